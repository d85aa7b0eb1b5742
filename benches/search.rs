//! Search benchmark (issue 22): the generated site of 1,000 pages in the 7
//! bundled locales (`tests/suite/common/sitegen.rs`), built offline by the
//! release `signpost` binary with search on (every language indexed, then
//! again with the pages unchanged, from the cache) and off, runs
//! alternating; medians are reported. Then what the index costs: its bytes per page
//! (and the fixed part: Pagefind's script and WebAssembly), and what a
//! reader's first search downloads in each locale, measured in Chromium
//! (`tests/browser/run.mjs --first-search`).
//!
//! Targets (2 cores): build time added by search at most 15 % of the
//! build; a first search fetches at most 100 KB compressed.
//!
//! `SIGNPOST_SEARCH_PAGES=1000` sets the size, `SIGNPOST_SEARCH_RUNS=3` the
//! runs. Needs GNU `time` (Debian package `time`), Node.js and Chromium (as
//! the browser tests: `cargo test` installs them).

#![allow(
    clippy::expect_used,
    reason = "a benchmark that cannot run should stop loudly"
)]

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::{env_number, measure, median, set_options, site, sitegen, work_dir};

fn build(root: &Path, out: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_signpost"));
    command
        .args(["build", "--offline", "--root"])
        .arg(root)
        .arg("--out")
        .arg(out);
    command
}

/// The generated site again, with search off (`search: enabled: false`).
fn without_search(root: &Path) -> PathBuf {
    let copy = root.with_extension("no-search");
    let done = copy.join(".complete");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&copy);
        let status = Command::new("cp")
            .arg("-r")
            .arg(root)
            .arg(&copy)
            .status()
            .expect("cp");
        assert!(status.success(), "could not copy {}", root.display());
        std::fs::write(&done, "").expect("mark complete");
    }
    set_options(&copy, false, false);
    copy
}

/// Bytes of every file under `dir`, and how many files.
fn folder_size(dir: &Path) -> (u64, usize) {
    let mut total = 0;
    let mut count = 0;
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.expect("walk");
        if entry.file_type().is_file() {
            total += entry.metadata().expect("metadata").len();
            count += 1;
        }
    }
    (total, count)
}

/// The longest word of the `<h1>` of page `slug` in `locale`, from the
/// built HTML: what a reader might type.
fn title_word(dist: &Path, locale: &str, slug: &str) -> String {
    let html = std::fs::read_to_string(dist.join(locale).join(slug).join("index.html")).expect("page");
    let heading = html
        .split("<h1>")
        .nth(1)
        .and_then(|rest| rest.split("</h1>").next())
        .expect("an h1");
    let mut best = "";
    for word in heading.split(|c: char| !c.is_alphanumeric()) {
        if word.chars().count() > best.chars().count() {
            best = word;
        }
    }
    best.to_string()
}

fn main() {
    std::fs::create_dir_all(work_dir()).expect("work folder");
    let pages = env_number("SIGNPOST_SEARCH_PAGES", 1000);
    let runs = env_number("SIGNPOST_SEARCH_RUNS", 3).max(1);
    let spec = sitegen::Spec::bundled_locales(pages);
    let with = site(&spec);
    set_options(&with, false, true);
    let without = without_search(&with);
    let out_with = work_dir().join("out-search-on");
    let out_without = work_dir().join("out-search-off");
    let cache = with.join(signpost::output::SEARCH_CACHE_DIR);
    let mut on = Vec::new();
    let mut warm = Vec::new();
    let mut off = Vec::new();
    for _ in 0..runs {
        // Every language indexed (no cache), then the same site again (every
        // language from the cache).
        let _ = std::fs::remove_dir_all(&cache);
        on.push(measure(&mut build(&with, &out_with)));
        warm.push(measure(&mut build(&with, &out_with)));
        off.push(measure(&mut build(&without, &out_without)));
    }
    let (on, warm, off) = (median(on), median(warm), median(off));
    let n_cells = pages * spec.locales.len();
    println!(
        "search benchmark, {pages} pages × {} locales, {runs} runs each (medians), offline",
        spec.locales.len()
    );
    println!("| build | wall | CPU | peak |");
    println!("| --- | --- | --- | --- |");
    for (what, cost) in [
        ("search on, every language indexed", on),
        ("search on, pages unchanged (from the cache)", warm),
        ("search off", off),
    ] {
        println!(
            "| {what} | {:.2} s | {:.2} s | {:.0} MiB |",
            cost.wall, cost.cpu, cost.peak_mib
        );
    }
    println!(
        "search adds {:.2} s wall ({:.0} % of the build without it), {:.2} s CPU ({:.0} %), {:.0} MiB peak",
        on.wall - off.wall,
        (on.wall - off.wall) / off.wall * 100.0,
        on.cpu - off.cpu,
        (on.cpu - off.cpu) / off.cpu * 100.0,
        on.peak_mib - off.peak_mib
    );
    println!(
        "with the pages unchanged (every language from the cache), search adds {:.2} s wall ({:.0} %)",
        warm.wall - off.wall,
        (warm.wall - off.wall) / off.wall * 100.0
    );
    let _ = std::fs::remove_dir_all(&cache);
    let timings = build(&with, &out_with)
        .arg("--timings")
        .output()
        .expect("build with --timings");
    let stages = String::from_utf8_lossy(&timings.stderr);
    for line in stages.lines().filter(|line| {
        let name = line.split_whitespace().next().unwrap_or_default();
        ["search", "render", "total"].contains(&name)
    }) {
        println!("  stage {}", line.trim());
    }

    let bundle = out_with.join("pagefind");
    let (total, n_files) = folder_size(&bundle);
    let fixed: u64 = std::fs::read_dir(&bundle)
        .expect("bundle")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
            name == "pagefind.js" || name.starts_with("wasm.")
        })
        .map(|path| std::fs::metadata(path).expect("metadata").len())
        .sum();
    println!(
        "index: {n_files} files, {:.1} MB in all; {:.1} KB of them Pagefind's script and WebAssembly (the same for any site); {:.0} bytes per page and locale ({n_cells} pages), gzip-compressed as written",
        total as f64 / 1e6,
        fixed as f64 / 1e3,
        (total - fixed) as f64 / n_cells as f64
    );

    let slug = "advice-00000";
    let cases: Vec<serde_json::Value> = spec
        .locales
        .iter()
        .map(|locale| serde_json::json!({ "locale": locale, "query": title_word(&out_with, locale, slug) }))
        .collect();
    let cases_file = work_dir().join("first-search.json");
    std::fs::write(&cases_file, serde_json::to_vec(&cases).expect("JSON")).expect("write cases");
    let suite = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/browser/run.mjs");
    let output = Command::new("node")
        .arg(&suite)
        .arg("--first-search")
        .arg(&out_with)
        .arg(&cases_file)
        .output()
        .expect("node runs (the browser tests install Node.js packages and Chromium: run `cargo test` once)");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the first-search measurement failed:\n{text}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    println!(
        "| locale | query | results shown | search page (HTML, CSS, JS) | first search: files | as served | compressed |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for line in text.lines().filter(|line| line.starts_with('{')) {
        let measured: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let search = &measured["search"];
        let kb = |value: &serde_json::Value| value.as_f64().unwrap_or_default() / 1e3;
        println!(
            "| {} | {} | {} | {:.1} KB compressed | {} | {:.1} KB | {:.1} KB |",
            measured["locale"].as_str().unwrap_or_default(),
            measured["query"].as_str().unwrap_or_default(),
            measured["results"],
            kb(&measured["page"]["compressed"]),
            search["files"].as_array().map_or(0, Vec::len),
            kb(&search["bytes"]),
            kb(&search["compressed"]),
        );
    }
}
