//! Benchmark: builds the bundled site (every page, locale and leaflet,
//! offline) several times and reports the fastest and median run. Run with
//! `cargo bench`. Targets on a 2-core machine, release build: a full build
//! of the bundled site in under 3 s; pages alone (no leaflets) in under 1 s.

use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let runs = 5;
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..runs {
        let Ok(out) = tempfile::tempdir() else {
            eprintln!("could not make a temporary folder");
            std::process::exit(2);
        };
        let options = signpost::Options {
            root: root.clone(),
            out: Some(out.path().join("dist")),
            offline: true,
            strict: false,
            today: signpost::today(),
            progress: false,
            print: false,
            font_paths: Vec::new(),
        };
        let start = Instant::now();
        match signpost::run(&options) {
            Ok(outcome) if !outcome.failed(false) => times.push(start.elapsed()),
            Ok(outcome) => {
                eprintln!(
                    "the bundled site has problems: {} diagnostics",
                    outcome.diagnostics.len()
                );
                std::process::exit(1);
            }
            Err(error) => {
                eprintln!("could not build: {error:#}");
                std::process::exit(2);
            }
        }
    }
    times.sort();
    println!(
        "build of the bundled site: fastest {:.0} ms, median {:.0} ms over {runs} runs",
        times[0].as_secs_f64() * 1000.0,
        times[runs / 2].as_secs_f64() * 1000.0
    );
}
