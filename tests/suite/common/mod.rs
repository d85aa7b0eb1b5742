//! Shared helpers for the integration tests: build fixture sites in temp
//! folders. A fixture starts from the bundled templates, static assets and
//! locales, then the files of `tests/fixtures/<name>/` are laid over them,
//! then an optional overlay (a failing case). A file named `X.remove` in an
//! overlay deletes `X`.

#![allow(
    clippy::expect_used,
    reason = "test helpers fail the test loudly on a broken fixture"
)]

pub mod server;
#[allow(
    dead_code,
    reason = "the benchmarks and the example use the Hugo half of the generator"
)]
pub mod sitegen;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use signpost::content::Date;
use signpost::{Options, Outcome};

pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    project_root().join("tests").join("fixtures")
}

/// Copies `from` into `to`, applying `.remove` markers.
pub fn overlay(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).sort_by_file_name() {
        let entry = entry.expect("walk fixture");
        let relative = entry.path().strip_prefix(from).expect("inside fixture");
        let target = to.join(relative);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("create folder");
        } else if let Some(removed) = relative.to_str().and_then(|name| name.strip_suffix(".remove")) {
            let _ = std::fs::remove_file(to.join(removed));
        } else if relative != Path::new("expect.txt") && relative != Path::new("base.txt") {
            std::fs::copy(entry.path(), &target).expect("copy fixture file");
        }
    }
}

/// The locale codes a fixture's `site.yaml` lists (`- code: xx` lines), or
/// `None` when it has no readable `site.yaml`.
fn listed_locales(folder: &Path) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(folder.join("site.yaml")).ok()?;
    Some(
        text.lines()
            .filter_map(|line| line.trim().strip_prefix("- code: "))
            .map(|code| code.trim().to_string())
            .collect(),
    )
}

/// A temp folder holding the named fixture site (plus an optional overlay).
/// The bundled templates, static files, fonts and interface strings
/// (`locales/*/site.ftl` of the locales the fixture's `site.yaml` lists, so
/// no locale folder is left unused) come first; the fixture brings the rest.
pub fn site(fixture: &str, extra: Option<&Path>) -> tempfile::TempDir {
    let temp = tempfile::tempdir().expect("temp dir");
    for shared in ["templates", "static", "fonts"] {
        overlay(&project_root().join(shared), &temp.path().join(shared));
    }
    let listed = extra
        .and_then(listed_locales)
        .or_else(|| listed_locales(&fixtures().join(fixture)));
    for entry in std::fs::read_dir(project_root().join("locales")).expect("locales") {
        let folder = entry.expect("locale folder").path();
        let interface = folder.join("site.ftl");
        let code = folder.file_name().map(|name| name.to_string_lossy().to_string());
        let wanted = listed
            .as_ref()
            .is_none_or(|codes| code.as_ref().is_some_and(|code| codes.contains(code)));
        if interface.is_file() && wanted {
            let target = temp
                .path()
                .join("locales")
                .join(folder.file_name().expect("name"));
            std::fs::create_dir_all(&target).expect("create locale folder");
            std::fs::copy(&interface, target.join("site.ftl")).expect("copy site.ftl");
        }
    }
    overlay(&fixtures().join(fixture), temp.path());
    if let Some(extra) = extra {
        overlay(extra, temp.path());
    }
    temp
}

pub fn options(root: &Path, out: Option<PathBuf>) -> Options {
    Options {
        root: root.to_path_buf(),
        out,
        offline: true,
        strict: false,
        today: Date {
            year: 2026,
            month: 11,
            day: 26,
        },
        progress: false,
        print: false,
        font_paths: Vec::new(),
    }
}

pub fn build(root: &Path) -> Outcome {
    signpost::run(&options(root, Some(root.join("dist")))).expect("pipeline runs")
}

/// `severity path[:line:col] code` for each diagnostic, sorted.
pub fn summary(outcome: &Outcome) -> Vec<String> {
    outcome
        .diagnostics
        .iter()
        .map(|d| {
            let severity = if d.is_error() { "error" } else { "warning" };
            let location = if d.span.line == 0 {
                d.span.path.display().to_string()
            } else {
                format!("{}:{}:{}", d.span.path.display(), d.span.line, d.span.column)
            };
            format!("{severity} {location} {}", d.code)
        })
        .collect()
}

/// Every file under `root` with its bytes, sorted by path.
pub fn snapshot(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .map(|entry| entry.expect("walk"))
        .filter(|entry| entry.file_type().is_file())
        .map(|entry| {
            let relative = entry.path().strip_prefix(root).expect("inside").to_path_buf();
            (relative, std::fs::read(entry.path()).expect("read"))
        })
        .collect()
}

/// Makes sure a command-line tool the tests need is installed: installs its
/// Debian package when running as root (as CI does), otherwise fails with
/// the command to run. Never skips.
pub fn ensure_tool(binary: &str, package: &str) {
    let found = || {
        std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("command -v {binary}"))
            .output()
            .is_ok_and(|output| output.status.success())
    };
    ensure_package(&format!("`{binary}`"), found, package);
}

/// Makes sure a file a Debian package installs is there (a module, a
/// library), as `ensure_tool` does for commands.
pub fn ensure_file(path: &Path, package: &str) {
    ensure_package(&path.display().to_string(), || path.exists(), package);
}

/// Installs `package` with apt-get (under the install lock) unless
/// `present` says `what` is there already; fails with the command to run
/// when it cannot.
fn ensure_package(what: &str, present: impl Fn() -> bool, package: &str) {
    if present() {
        return;
    }
    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0");
    assert!(
        is_root,
        "{what} is missing and the tests are not running as root: run `sudo apt-get install -y {package}` and test again"
    );
    let _lock = InstallLock::acquire();
    if present() {
        return;
    }
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq {package}"
        ))
        .status()
        .expect("run apt-get");
    assert!(
        status.success() && present(),
        "installing {package} failed: run `apt-get install -y {package}`"
    );
}

/// Debian's Python (`/usr/bin/python3`, not one a version manager put first
/// on PATH), with `module` importable: installs the Debian package
/// `package` when running as root, otherwise fails with the command to run.
/// Never skips.
pub fn ensure_python_module(module: &str, package: &str) -> PathBuf {
    let python = PathBuf::from("/usr/bin/python3");
    let importable = || {
        std::process::Command::new(&python)
            .args(["-c", &format!("import {module}")])
            .output()
            .is_ok_and(|output| output.status.success())
    };
    if importable() {
        return python;
    }
    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0");
    assert!(
        is_root,
        "the Python module `{module}` is missing and the tests are not running as root: run `sudo apt-get install -y {package}` and test again"
    );
    let _lock = InstallLock::acquire();
    if importable() {
        return python;
    }
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq {package}"
        ))
        .status()
        .expect("run apt-get");
    assert!(
        status.success() && importable(),
        "installing {package} failed: run `apt-get install -y {package}`"
    );
    python
}

/// The one install lock: serialises package and browser installs between
/// test threads and test processes (another `cargo test` at the same
/// time). A file created exclusively, removed when dropped; a lock left by
/// a killed run is taken over after 30 minutes.
pub struct InstallLock(PathBuf);

impl InstallLock {
    pub fn acquire() -> Self {
        let path = std::env::temp_dir().join("signpost-test-install.lock");
        let started = Instant::now();
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(_) => return Self(path),
                Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                    let stale = std::fs::metadata(&path)
                        .and_then(|meta| meta.modified())
                        .ok()
                        .and_then(|modified| SystemTime::now().duration_since(modified).ok())
                        .is_some_and(|age| age > Duration::from_secs(30 * 60));
                    if stale {
                        let _ = std::fs::remove_file(&path);
                        continue;
                    }
                    assert!(
                        started.elapsed() < Duration::from_secs(40 * 60),
                        "still waiting for {} after 40 minutes: remove it if no test is running",
                        path.display()
                    );
                    std::thread::sleep(Duration::from_millis(250));
                }
                Err(error) => panic!("could not create the lock {}: {error}", path.display()),
            }
        }
    }
}

impl Drop for InstallLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Builds every failing case under `tests/fixtures/<folder>/` (each laid
/// over the `base` fixture, after `extra` if given) and checks that it
/// fails, writes nothing, and produces exactly the diagnostics in its
/// `expect.txt`: one line per diagnostic, `severity path[:line:col] code`,
/// optionally followed by text the message must contain; and that the
/// errors as a person reads them (`signpost build`'s stderr) are exactly
/// its `expect.stderr`, so a message that gets worse is seen in review.
/// `SIGNPOST_BLESS=1 cargo test` writes the `expect.stderr` files anew.
pub fn check_error_fixtures(folder: &str, base: &str, extra: Option<&Path>, min_cases: usize) {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures().join(folder))
        .expect("fixture folder")
        .map(|entry| entry.expect("entry").path())
        .collect();
    cases.sort();
    assert!(cases.len() >= min_cases, "the fixtures in {folder} went missing");
    let mut mismatches = Vec::new();
    for case in &cases {
        let temp = site(base, extra);
        overlay(case, temp.path());
        let outcome = build(temp.path());
        let expected: Vec<String> = std::fs::read_to_string(case.join("expect.txt"))
            .expect("expect.txt")
            .lines()
            .map(str::to_string)
            .collect();
        let actual = summary(&outcome);
        let matches = actual.len() == expected.len()
            && actual.iter().zip(&expected).zip(&outcome.diagnostics).all(
                |((actual, expected), diagnostic)| {
                    let mut fields = expected.splitn(4, ' ');
                    let head: Vec<&str> = fields.by_ref().take(3).collect();
                    actual == &head.join(" ")
                        && fields
                            .next()
                            .is_none_or(|needle| diagnostic.message.contains(needle))
                },
            );
        let stderr = signpost::diag::render_human(&outcome.diagnostics);
        let stderr_path = case.join("expect.stderr");
        if std::env::var_os("SIGNPOST_BLESS").is_some() {
            std::fs::write(&stderr_path, &stderr).expect("write expect.stderr");
        } else if std::fs::read_to_string(&stderr_path).ok().as_deref() != Some(stderr.as_str()) {
            mismatches.push(format!(
                "{}: the printed errors differ from expect.stderr (run with SIGNPOST_BLESS=1 to accept them, then read the diff):\n{stderr}",
                case.display()
            ));
        }
        if !matches {
            let messages: Vec<_> = outcome.diagnostics.iter().map(|d| d.message.clone()).collect();
            mismatches.push(format!(
                "{}:\n  expected {expected:?}\n  actual   {actual:?}\n  messages {messages:?}",
                case.display()
            ));
        }
        assert!(outcome.failed(false), "{} must fail", case.display());
        assert!(
            !temp.path().join("dist").exists(),
            "{} wrote output",
            case.display()
        );
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// The OASIS XLIFF 1.2 strict schema, from Debian's copy in
/// `php-symfony-translation` (downloaded, not installed, on first use),
/// with its import of the XML namespace schema pointed at the local copy
/// so validation needs no network.
pub fn xliff_schema() -> PathBuf {
    let folder = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("xliff-schema");
    let schema = folder.join("xliff-core-1.2-strict.xsd");
    if schema.is_file() {
        return schema;
    }
    let _lock = InstallLock::acquire();
    if schema.is_file() {
        return schema;
    }
    std::fs::create_dir_all(&folder).expect("schema folder");
    let fetch = format!(
        "cd '{}' && apt-get download php-symfony-translation >/dev/null 2>&1 || (apt-get update -qq && apt-get download php-symfony-translation) && dpkg-deb -x php-symfony-translation_*.deb extracted",
        folder.display()
    );
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(&fetch)
        .status()
        .expect("run apt-get download");
    let schemas = folder.join("extracted/usr/share/php/Symfony/Component/Translation/Resources/schemas");
    assert!(
        status.success() && schemas.join("xliff-core-1.2-strict.xsd").is_file(),
        "could not get the XLIFF 1.2 schema: run `apt-get download php-symfony-translation` (Debian's package carries the OASIS schema)"
    );
    let text = std::fs::read_to_string(schemas.join("xliff-core-1.2-strict.xsd")).expect("schema");
    std::fs::copy(schemas.join("xml.xsd"), folder.join("xml.xsd")).expect("xml.xsd");
    std::fs::write(&schema, text.replace("http://www.w3.org/2001/xml.xsd", "xml.xsd")).expect("write schema");
    schema
}

/// Gives the Polish translation of the fixture's other page a new title,
/// as a translator saving `locales/pl/other-page.ftl` would.
pub fn retitle_polish_other_page(root: &std::path::Path, title: &str) {
    let file = root.join("locales/pl/other-page.ftl");
    let text = std::fs::read_to_string(&file).expect("read");
    let (id, value) = text
        .lines()
        .find_map(|line| {
            let (id, value) = line.split_once(" = ")?;
            (id.starts_with("page-title")).then(|| (id.to_string(), value.to_string()))
        })
        .expect("a page-title message");
    std::fs::write(
        &file,
        text.replace(&format!("{id} = {value}"), &format!("{id} = {title}")),
    )
    .expect("write");
}
