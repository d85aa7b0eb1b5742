//! Leaflet benchmark: the cost of each leaflet format. A generated site
//! (`tests/suite/common/sitegen.rs`: 100 pages in the 7 bundled locales, a
//! leaflet of two sections each) is built by the release `signpost` binary
//! with one format at a time, with every format at once, and without
//! leaflets; a format's cost per leaflet is the CPU time (user + system)
//! it adds over the build without leaflets, divided by the leaflets made
//! (one per page and locale; each run also writes the copy at the old
//! address `leaflet.pdf`). Then 1,000 pages × 7 locales with one format
//! (A5): wall time and peak memory.
//!
//! Targets (2 cores): no format costs more per leaflet than A4 did before
//! formats (11.7 ms CPU measured then; compare with that build by giving
//! its binary and its `templates/` folder in `SIGNPOST_BASELINE_BIN` and
//! `SIGNPOST_BASELINE_TEMPLATES`, run on the same site with
//! `leaflet_paper: a4`); 1,000 × 7 with one format under a minute and
//! under 600 MiB.
//!
//! `SIGNPOST_LEAFLET_PAGES=100` sets the pages, `SIGNPOST_LEAFLET_RUNS=3`
//! the runs per case (medians are reported), `SIGNPOST_LEAFLET_SCALE=0`
//! skips the 1,000-page run. Needs GNU `time` (Debian package `time`).

#![allow(
    clippy::expect_used,
    reason = "a benchmark that cannot run should stop loudly"
)]

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::{Cost, env_number, measure, median, site, sitegen, work_dir};

const FORMATS: [&str; 5] = ["a5", "a4", "a4-large", "dl-trifold", "card"];

/// A copy of the generated site at `from` with the project's current
/// layouts and `output` settings appended to its site.yaml, search off.
fn variant(from: &Path, name: &str, output: &str, templates: &Path) -> PathBuf {
    let dir = work_dir().join(format!("leaflets-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    sitegen::copy_tree(from, &dir).expect("copy the site");
    let _ = std::fs::remove_dir_all(dir.join("templates"));
    sitegen::copy_tree(templates, &dir.join("templates")).expect("copy the layouts");
    let config = std::fs::read_to_string(dir.join("site.yaml")).expect("site.yaml");
    // Without the search index: it is not leaflet work, and at 1,000 × 7
    // Pagefind's memory (see "Speed" in the README) would hide the
    // leaflets' own.
    std::fs::write(
        dir.join("site.yaml"),
        format!("{config}output:\n{output}search:\n  enabled: false\n"),
    )
    .expect("write site.yaml");
    dir
}

fn build(binary: &Path, root: &Path) -> Command {
    let mut command = Command::new(binary);
    command
        .args(["build", "--offline", "--root"])
        .arg(root)
        .arg("--out")
        .arg(work_dir().join("out-leaflets"));
    command
}

fn runs(binary: &Path, root: &Path, n: usize) -> Cost {
    let _ = std::fs::remove_dir_all(work_dir().join("out-leaflets"));
    // One run first so every case starts over the output of its own kind.
    let _ = measure(&mut build(binary, root));
    median((0..n).map(|_| measure(&mut build(binary, root))).collect())
}

fn main() {
    std::fs::create_dir_all(work_dir()).expect("work folder");
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_signpost"));
    let pages = env_number("SIGNPOST_LEAFLET_PAGES", 100);
    let n_runs = env_number("SIGNPOST_LEAFLET_RUNS", 3).max(1);
    let templates = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut spec = sitegen::Spec::bundled_locales(pages);
    let without = site(&spec);
    spec.leaflets = true;
    let with = site(&spec);
    let n_leaflets = (pages * spec.locales.len()) as f64;

    let plain = variant(&without, "none", "  minify: true\n", &templates);
    let base = runs(&binary, &plain, n_runs);
    println!(
        "leaflet benchmark: {pages} pages × {} locales, {n_runs} runs each (medians), offline",
        spec.locales.len()
    );
    println!(
        "without leaflets: {:.2} s wall, {:.2} s CPU, peak {:.0} MiB",
        base.wall, base.cpu, base.peak_mib
    );
    println!("| format | wall | CPU | peak | CPU per leaflet | wall per leaflet |");
    println!("| --- | --- | --- | --- | --- | --- |");
    let per_leaflet = |cost: &Cost, n: f64| {
        (
            (cost.cpu - base.cpu) / n * 1000.0,
            (cost.wall - base.wall) / n * 1000.0,
        )
    };
    let mut a4 = None;
    for format in FORMATS {
        let root = variant(
            &with,
            format,
            &format!("  leaflet_formats: [{format}]\n"),
            &templates,
        );
        let cost = runs(&binary, &root, n_runs);
        let (cpu, wall) = per_leaflet(&cost, n_leaflets);
        if format == "a4" {
            a4 = Some(cpu);
        }
        println!(
            "| {format} | {:.2} s | {:.2} s | {:.0} MiB | {cpu:.1} ms | {wall:.1} ms |",
            cost.wall, cost.cpu, cost.peak_mib
        );
    }
    let every = variant(
        &with,
        "every",
        &format!("  leaflet_formats: [{}]\n", FORMATS.join(", ")),
        &templates,
    );
    let cost = runs(&binary, &every, n_runs);
    let (cpu, wall) = per_leaflet(&cost, n_leaflets * FORMATS.len() as f64);
    println!(
        "| all five at once | {:.2} s | {:.2} s | {:.0} MiB | {cpu:.1} ms | {wall:.1} ms |",
        cost.wall, cost.cpu, cost.peak_mib
    );
    if let (Ok(old), Ok(old_templates)) = (
        std::env::var("SIGNPOST_BASELINE_BIN"),
        std::env::var("SIGNPOST_BASELINE_TEMPLATES"),
    ) {
        let root = variant(
            &with,
            "baseline",
            "  leaflet_paper: a4\n",
            Path::new(&old_templates),
        );
        let old_plain = variant(
            &without,
            "baseline-none",
            "  minify: true\n",
            Path::new(&old_templates),
        );
        let old_base = runs(Path::new(&old), &old_plain, n_runs);
        let cost = runs(Path::new(&old), &root, n_runs);
        let cpu = (cost.cpu - old_base.cpu) / n_leaflets * 1000.0;
        println!(
            "A4 before formats ({old}): {:.2} s wall, {:.2} s CPU, peak {:.0} MiB; {cpu:.1} ms CPU per leaflet (A4 now: {:.1} ms)",
            cost.wall,
            cost.cpu,
            cost.peak_mib,
            a4.unwrap_or_default()
        );
    }
    if env_number("SIGNPOST_LEAFLET_SCALE", 1) == 0 {
        return;
    }
    let mut big = sitegen::Spec::bundled_locales(1000);
    big.leaflets = true;
    let root = variant(&site(&big), "1000", "  leaflet_formats: [a5]\n", &templates);
    let _ = std::fs::remove_dir_all(work_dir().join("out-leaflets"));
    let cost = measure(&mut build(&binary, &root));
    println!(
        "1000 × 7 with an A5 leaflet each (7,000 leaflets and their copies): {:.1} s wall, {:.1} s CPU, peak {:.0} MiB (targets: under 60 s, under 600 MiB)",
        cost.wall, cost.cpu, cost.peak_mib
    );
}
