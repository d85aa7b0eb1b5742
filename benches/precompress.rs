//! Precompression benchmark (issue 21): what the `.br` and `.gz` copies cost
//! and save at 1,000 pages × 7 locales, to choose the Brotli quality and
//! gzip level by measurement.
//!
//! 1. The bundled site (real text: its advice page in 7 locales) and the generated
//!    site (`tests/suite/common/sitegen.rs`: pages of the bundled page's
//!    shape in words drawn at random, which compress less than real text)
//!    are built once without copies; every file that gets copies (HTML,
//!    CSS, JavaScript, JSON, SVG, XML) is read back.
//! 2. Those files are compressed at each Brotli quality and gzip level
//!    with `signpost::output::compress_at` (what the build runs), on
//!    rayon's threads as the build does: bytes out, CPU time of the process
//!    and wall time.
//! 3. The release `signpost build` of the same site with
//!    `output.precompress` off and on (at the chosen settings), medians.
//!
//! `SIGNPOST_PRECOMPRESS_PAGES=1000` chooses the size,
//! `SIGNPOST_PRECOMPRESS_RUNS=3` the build runs, and
//! `SIGNPOST_PRECOMPRESS_QUALITIES=5,9,11` the Brotli qualities.

#![allow(
    clippy::expect_used,
    reason = "a benchmark that cannot run should stop loudly"
)]

mod support;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use rayon::prelude::*;
use signpost::output::{BROTLI_QUALITY, GZIP_LEVEL, compress_at};
use signpost::render::route::{Encoding, is_compressed_kind};
use support::{env_number, measure, median, set_precompress, sitegen, work_dir};

fn build(root: &Path, out: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_signpost"));
    command
        .args(["build", "--offline", "--root"])
        .arg(root)
        .arg("--out")
        .arg(out);
    command
}

/// Compresses every file at `level`: (bytes out, CPU seconds, wall seconds).
/// CPU time is the process's (from `/proc`), so other work on a busy
/// machine does not count.
fn compress_all(files: &[Vec<u8>], encoding: Encoding, level: u32) -> (usize, f64, f64) {
    let cpu_before = process_cpu();
    let started = Instant::now();
    let size = files
        .par_iter()
        .map(|bytes| compress_at(bytes, encoding, level).expect("compress").len())
        .sum();
    let wall = started.elapsed().as_secs_f64();
    (size, process_cpu() - cpu_before, wall)
}

/// The CPU seconds (user and system) this process has used: fields 14
/// and 15 of `/proc/self/stat`, in clock ticks of 1/100 s.
fn process_cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").expect("/proc/self/stat (Linux)");
    let (_, after_name) = stat.rsplit_once(") ").expect("the fields after the name");
    let fields: Vec<f64> = after_name
        .split_whitespace()
        .map(|field| field.parse().unwrap_or(0.0))
        .collect();
    (fields[11] + fields[12]) / 100.0
}

fn main() {
    std::fs::create_dir_all(work_dir()).expect("work folder");
    let pages = env_number("SIGNPOST_PRECOMPRESS_PAGES", 1000);
    let runs = env_number("SIGNPOST_PRECOMPRESS_RUNS", 3).max(1);
    let qualities: Vec<u32> = std::env::var("SIGNPOST_PRECOMPRESS_QUALITIES")
        .unwrap_or_else(|_| "1,4,5,6,7,8,9,10,11".to_string())
        .split(',')
        .filter_map(|quality| quality.trim().parse().ok())
        .collect();
    let spec = sitegen::Spec::bundled_locales(pages);
    let root = support::site(&spec);
    let out = work_dir().join("out-precompress");
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bundled_out = work_dir().join("out-precompress-bundled");
    set_precompress(&root, false);
    measure(&mut build(&root, &out));
    // The bundled site's own site.yaml is left alone: its copies are
    // removed from what is read.
    measure(&mut build(bundled, &bundled_out));
    println!(
        "precompression benchmark, {} threads; CPU is the process's, wall is elapsed",
        rayon::current_num_threads()
    );
    let sets = [
        (
            "the bundled site (its advice page, home pages and leaflet indexes in 7 locales: real text)",
            bundled_out.as_path(),
        ),
        ("the generated site", out.as_path()),
    ];
    for (name, folder) in sets {
        let files: Vec<Vec<u8>> = walk(folder)
            .into_iter()
            .filter(|path| is_compressed_kind(path))
            .map(|path| std::fs::read(&path).expect("read a built file"))
            .collect();
        let total: usize = files.iter().map(Vec::len).sum();
        let mib = |bytes: usize| bytes as f64 / (1024.0 * 1024.0);
        let label = if folder == out.as_path() {
            format!("{name}: {pages} pages × {} locales", spec.locales.len())
        } else {
            name.to_string()
        };
        println!(
            "\n{label}: {} files that get copies, {:.2} MiB",
            files.len(),
            mib(total)
        );
        println!("| copy | size | of the files | CPU | wall | MiB/s per core |");
        println!("| --- | --- | --- | --- | --- | --- |");
        let row = |name: String, (size, cpu, wall): (usize, f64, f64)| {
            println!(
                "| {name} | {:.2} MiB | {:.1} % | {:.2} s | {:.2} s | {:.1} |",
                mib(size),
                size as f64 / total as f64 * 100.0,
                cpu,
                wall,
                mib(total) / cpu.max(0.01)
            );
        };
        for level in [6, 9] {
            row(
                format!("gzip -{level}"),
                compress_all(&files, Encoding::Gzip, level),
            );
        }
        for quality in &qualities {
            row(
                format!("brotli q{quality}"),
                compress_all(&files, Encoding::Brotli, *quality),
            );
        }
    }
    println!("chosen: brotli q{BROTLI_QUALITY}, gzip -{GZIP_LEVEL} (src/output.rs)");
    for on in [false, true] {
        set_precompress(&root, on);
        let cost = median((0..runs).map(|_| measure(&mut build(&root, &out))).collect());
        println!(
            "signpost build, output.precompress {}: {:.2} s wall, {:.2} s CPU, peak {:.0} MiB",
            if on { "on" } else { "off" },
            cost.wall,
            cost.cpu,
            cost.peak_mib
        );
    }
    set_precompress(&root, false);
}

/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("read a folder") {
            let entry = entry.expect("an entry");
            if entry.file_type().expect("a file type").is_dir() {
                folders.push(entry.path());
            } else {
                files.push(entry.path());
            }
        }
    }
    files.sort();
    files
}
