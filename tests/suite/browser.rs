//! The browser suite (`tests/browser/run.mjs`) run from `cargo test`: the
//! bundled site is built into a temp folder, then every page of every locale
//! is checked in headless Chromium (axe-core WCAG 2.2 AA, reflow at 320 px,
//! the quick exit, right-to-left phone numbers, valid HTML, no third-party
//! requests). A missing tool is installed when that can be done safely here
//! (Chromium and fonts with apt-get as root, the npm packages from the lock
//! file) and is otherwise a loud failure that names the command to run:
//! never a silent skip.

use crate::common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
/// A font file from each Debian package the screenshots need (Latin, Arabic,
/// Chinese).
const FONTS: [&str; 3] = [
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
];
const APT_PACKAGES: [&str; 3] = ["chromium", "fonts-noto-core", "fonts-noto-cjk"];
const INSTALL_HINT: &str = "apt-get update && apt-get install -y chromium fonts-noto-core fonts-noto-cjk";

fn suite_dir() -> PathBuf {
    common::project_root().join("tests").join("browser")
}

/// Cargo's scratch folder for integration tests (`<target>/tmp`).
fn target_tmp() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

/// The target folder: screenshots go to `<target>/browser-artifacts`.
pub(crate) fn target_dir() -> PathBuf {
    target_tmp().parent().map_or_else(target_tmp, Path::to_path_buf)
}

/// What a finished command did.
struct Ran {
    success: bool,
    code: Option<i32>,
    output: String,
}

/// Runs `command` with no input, collecting stdout and stderr, and kills it
/// after `limit`.
fn run(command: &mut Command, limit: Duration) -> Ran {
    let shown = format!("{command:?}");
    let mut child = match command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(error) => {
            return Ran {
                success: false,
                code: None,
                output: format!("could not start {shown}: {error}"),
            };
        }
    };
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let err_reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the command") {
            break Some(status);
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let mut output = out_reader.join().unwrap_or_default();
    let errors = err_reader.join().unwrap_or_default();
    if !errors.is_empty() {
        output.push_str("\n--- stderr ---\n");
        output.push_str(&errors);
    }
    match status {
        Some(status) => Ran {
            success: status.success(),
            code: status.code(),
            output,
        },
        None => Ran {
            success: false,
            code: None,
            output: format!("{output}\n{shown} was stopped after {} s", limit.as_secs()),
        },
    }
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status").is_ok_and(|status| {
        status
            .lines()
            .find_map(|line| line.strip_prefix("Uid:"))
            .and_then(|ids| ids.split_whitespace().next())
            == Some("0")
    })
}

fn missing_system_files() -> Vec<&'static str> {
    std::iter::once(CHROMIUM)
        .chain(FONTS)
        .filter(|path| !Path::new(path).exists())
        .collect()
}

/// Chromium, the fonts, Node.js and the suite's npm packages, installed at
/// most once per test process and never by two processes at once. Returns
/// why not, with the command to run, when something cannot be installed.
fn ensure_tools() -> Result<(), String> {
    static READY: OnceLock<Mutex<Option<Result<(), String>>>> = OnceLock::new();
    let mut ready = READY
        .get_or_init(|| Mutex::new(None))
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(result) = ready.as_ref() {
        return result.clone();
    }
    let _lock = common::InstallLock::acquire();
    let result = install_tools();
    *ready = Some(result.clone());
    result
}

fn install_tools() -> Result<(), String> {
    let missing = missing_system_files();
    if !missing.is_empty() {
        if !is_root() {
            return Err(format!(
                "the browser tests need {} (missing: {}). Install them as root:\n    {INSTALL_HINT}",
                APT_PACKAGES.join(", "),
                missing.join(", ")
            ));
        }
        let update = run(
            Command::new("apt-get")
                .arg("update")
                .env("DEBIAN_FRONTEND", "noninteractive"),
            Duration::from_secs(10 * 60),
        );
        if !update.success {
            return Err(format!(
                "`apt-get update` failed ({:?}):\n{}\nRun it yourself:\n    {INSTALL_HINT}",
                update.code, update.output
            ));
        }
        let install = run(
            Command::new("apt-get")
                .args(["install", "-y"])
                .args(APT_PACKAGES)
                .env("DEBIAN_FRONTEND", "noninteractive"),
            Duration::from_secs(20 * 60),
        );
        let still_missing = missing_system_files();
        if !install.success || !still_missing.is_empty() {
            return Err(format!(
                "`apt-get install -y {}` failed ({:?}); still missing: {}\n{}\nRun it yourself:\n    {INSTALL_HINT}",
                APT_PACKAGES.join(" "),
                install.code,
                still_missing.join(", "),
                install.output
            ));
        }
    }
    let node = run(Command::new("node").arg("--version"), Duration::from_secs(60));
    if !node.success {
        return Err(format!(
            "Node.js 20.19 or later is needed to run tests/browser/run.mjs and was not found \
             (`node --version`: {}). Install Node.js, then run:\n    cd tests/browser && npm ci --no-audit --no-fund",
            node.output.trim()
        ));
    }
    let modules = suite_dir().join("node_modules");
    let installed = ["playwright-core", "axe-core", "html-validate"]
        .iter()
        .all(|name| modules.join(name).join("package.json").is_file());
    if !installed {
        let npm = run(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(suite_dir()),
            Duration::from_secs(15 * 60),
        );
        if !npm.success {
            return Err(format!(
                "`npm ci --no-audit --no-fund` in {} failed ({:?}):\n{}",
                suite_dir().display(),
                npm.code,
                npm.output
            ));
        }
    }
    Ok(())
}

/// Runs `node tests/browser/run.mjs ARGS…` and checks that it passed, with
/// its closing `N passed, M failed` line, and that it checked something.
pub(crate) fn run_suite(args: &[&Path]) -> String {
    if let Err(why) = ensure_tools() {
        panic!("{why}");
    }
    let ran = run(
        Command::new("node")
            .arg(suite_dir().join("run.mjs"))
            .args(args)
            .current_dir(common::project_root()),
        Duration::from_secs(20 * 60),
    );
    let closing = ran.output.lines().rev().find_map(|line| {
        let (passed, failed) = line.trim().split_once(" passed, ")?;
        let failed = failed.strip_suffix(" failed")?;
        Some((passed.parse::<usize>().ok()?, failed.parse::<usize>().ok()?))
    });
    assert!(
        ran.success && closing.is_some_and(|(passed, failed)| passed > 0 && failed == 0),
        "the browser suite failed (exit {:?}, {closing:?} passed/failed):\n{}",
        ran.code,
        ran.output
    );
    ran.output
}

// Protects issue 7 end to end: every page of every locale, as a reader's
// browser shows it, passes axe-core's WCAG 2.2 AA rules, reflows at 320 px,
// is valid HTML and makes no third-party request; the quick exit leaves by
// Shift x3, the button and the skip link (and without JavaScript), and Back
// does not return; Arabic phone numbers dial and read like the English.
#[test]
fn browser_suite_passes_on_every_page() {
    let root = common::project_root();
    let out = tempfile::tempdir().expect("temp dir");
    let dist = out.path().join("dist");
    let outcome = signpost::run(&common::options(&root, Some(dist.clone()))).expect("the build runs");
    assert!(
        !outcome.failed(false),
        "the bundled site does not build: {:?}",
        common::summary(&outcome)
    );
    let artifacts = target_dir().join("browser-artifacts");
    let output = run_suite(&[&dist, &artifacts]);
    println!("{output}");
}

// Protects the suite itself: on a fixture page built with an image without
// alt text, low-contrast text, a third-party request and a too-wide element,
// the same checks must report each problem (a suite that cannot fail proves
// nothing).
#[test]
fn browser_suite_catches_a_violation() {
    let fixture = suite_dir().join("fixtures").join("violations");
    let output = run_suite(&[Path::new("--expect-violations"), &fixture]);
    assert!(output.contains("axe reports image-alt"), "{output}");
    println!("{output}");
}

// Protects issue 11 in a real browser: a page open in the preview reloads
// itself after a save (its Content-Security-Policy allows the reload
// script), shows the list of problems while the page is broken (and the
// list passes axe), and loses it when the page is fixed.
#[test]
fn the_preview_reloads_open_pages_in_chromium() {
    let site = common::site("translated", None);
    let server = common::server::Server::start(site.path());
    let url = format!("{}en/getting-help/", server.url);
    let page = site.path().join("content").join("advice.md");
    let output = run_suite(&[Path::new("--live-reload"), Path::new(&url), &page]);
    println!("{output}");
}
