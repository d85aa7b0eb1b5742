//! End-to-end tests of the build: fixture sites built into temp folders,
//! asserting on output files and on every diagnostic of each failing case.

use crate::common;

use std::process::Command;

use common::{build, fixtures, site, snapshot, summary};

// Protects the basic contract: every page in every locale, the locale home,
// the language choice, 404, sitemap and assets are written.
#[test]
fn builds_every_output_file() {
    let temp = site("small", None);
    let outcome = build(temp.path());
    assert!(summary(&outcome).is_empty(), "{:?}", summary(&outcome));
    let dist = temp.path().join("dist");
    let stylesheet = fingerprinted(&dist, "css", "site", "css");
    for path in [
        "index.html",
        "404.html",
        "sitemap.xml",
        stylesheet.as_str(),
        "en/index.html",
        "en/getting-help/index.html",
        "en/other-page/index.html",
        "_headers",
        "nginx.conf",
        ".htaccess",
        "en/getting-help/index.html.br",
        "en/getting-help/index.html.gz",
    ] {
        assert!(dist.join(path).is_file(), "missing {path}");
    }
    assert!(
        !dist.join("css/site.css").exists(),
        "only the fingerprinted name is published"
    );
    let page = std::fs::read_to_string(dist.join("en/getting-help/index.html")).expect("page");
    assert!(page.contains("<html dir=ltr lang=en>"), "{page}");
    assert!(page.contains(r#"<h2 id=who-can-help>Who can help</h2>"#));
    assert!(page.contains(r#"<a class=tel href=tel:+44800555111><bdi dir=ltr>0800 555 111</bdi></a>"#));
    assert!(page.contains(r#"<a class=tel href=tel:999><bdi dir=ltr>999</bdi></a>"#));
    assert!(page.contains("Last reviewed: <time datetime=2026-11-01>1 November 2026</time>"));
    assert!(page.contains("This advice applies to England"));
    let sitemap = std::fs::read_to_string(dist.join("sitemap.xml")).expect("sitemap");
    assert!(sitemap.contains("<loc>https://example.org/help/en/getting-help/</loc>"));
    assert!(sitemap.contains("<lastmod>2026-11-01</lastmod>"));
    let not_found = std::fs::read_to_string(dist.join("404.html")).expect("404");
    assert!(
        not_found.contains(&format!("href=/help/{stylesheet}")),
        "404 links from the site root: {not_found}"
    );
    assert!(page.contains(&format!("href=../../{stylesheet}")), "{page}");
    assert!(
        page.starts_with("<!doctype html><html dir=ltr lang=en><head><meta content=\"default-src 'none';"),
        "the page's policy comes first in <head>: {page}"
    );
}

/// The published path of `static/<folder>/<stem>.<extension>`: the one
/// file in `dist/<folder>/` named `<stem>.<8 hex digits>.<extension>`.
fn fingerprinted(dist: &std::path::Path, folder: &str, stem: &str, extension: &str) -> String {
    let names: Vec<String> = std::fs::read_dir(dist.join(folder))
        .expect("asset folder")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().to_string())
        .filter(|name| {
            name.strip_prefix(&format!("{stem}."))
                .and_then(|rest| rest.strip_suffix(&format!(".{extension}")))
                .is_some_and(|digits| digits.len() == 8 && digits.chars().all(|c| c.is_ascii_hexdigit()))
        })
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    format!("{folder}/{}", names[0])
}

// Protects determinism: two builds of the same input are byte-identical.
#[test]
fn two_builds_are_byte_identical() {
    let temp = site("small", None);
    build(temp.path());
    let first = snapshot(&temp.path().join("dist"));
    build(temp.path());
    assert_eq!(first, snapshot(&temp.path().join("dist")));
}

// Protects every failing case under tests/fixtures/errors/: each lists the
// exact diagnostics (severity, file, line, column, code) it must produce,
// and none may write output.
#[test]
fn each_error_fixture_reports_exactly_its_diagnostics() {
    common::check_error_fixtures("errors", "small", None, 15);
}

// Protects atomic output: a failed build leaves the previous dist/ exactly
// as it was.
#[test]
fn failed_build_leaves_previous_output_untouched() {
    let temp = site("small", None);
    build(temp.path());
    let before = snapshot(&temp.path().join("dist"));
    common::overlay(&fixtures().join("errors").join("typed-numbers"), temp.path());
    let outcome = build(temp.path());
    assert!(outcome.failed(false));
    assert_eq!(before, snapshot(&temp.path().join("dist")));
}

fn signpost(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_signpost"))
        .args(args)
        .output()
        .expect("run signpost")
}

// Protects the CLI contract: exit 0 on success, 1 on input problems with
// path:line:col on stderr, 2 when it cannot run; `check` writes nothing.
#[test]
fn cli_exit_codes_and_messages() {
    let temp = site("small", None);
    let root = temp.path().to_str().expect("utf-8 temp path");
    let ok = signpost(&["check", "--root", root, "--offline"]);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(!temp.path().join("dist").exists(), "check must not write");

    common::overlay(&fixtures().join("errors").join("typed-numbers"), temp.path());
    let failed = signpost(&["build", "--root", root, "--offline"]);
    assert_eq!(failed.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(
        stderr.contains("content/advice.md:12:16: error[phone/retired-number]"),
        "{stderr}"
    );
    assert!(stderr.contains("4 error(s), 0 warning(s)"), "{stderr}");

    let missing = signpost(&["build", "--root", "/nonexistent/signpost-root"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("is --root the project folder?"));

    let usage = signpost(&["build", "--no-such-flag"]);
    assert_eq!(usage.status.code(), Some(2));
}

// Protects --format json: one machine-readable record per diagnostic.
#[test]
fn json_format_lists_each_diagnostic() {
    let temp = site(
        "small",
        Some(&fixtures().join("errors").join("unknown-front-matter-key")),
    );
    let root = temp.path().to_str().expect("utf-8 temp path");
    let output = signpost(&["check", "--root", root, "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    assert_eq!(report["status"], "failed");
    let diagnostic = &report["diagnostics"][0];
    assert_eq!(diagnostic["code"], "yaml/unknown-key");
    assert_eq!(diagnostic["path"], "content/advice.md");
    assert_eq!(
        (diagnostic["line"].as_u64(), diagnostic["column"].as_u64()),
        (Some(7), Some(1))
    );
    assert_eq!(diagnostic["severity"], "error");
}

/// `(href, shown text)` of every click-to-call link in a page, sorted.
fn phone_links(html: &str) -> Vec<(String, String)> {
    let mut links = Vec::new();
    for piece in html.split("<a class=tel href=").skip(1) {
        let href = piece.split('>').next().unwrap_or_default().to_string();
        let shown = piece
            .split("<bdi dir=ltr>")
            .nth(1)
            .and_then(|rest| rest.split("</bdi>").next())
            .unwrap_or_default();
        links.push((href, shown.to_string()));
    }
    links.sort();
    links.dedup();
    links
}

// Protects the promise to readers: every shipped locale's page reads and
// dials exactly the same numbers as the English, isolated left-to-right,
// with no Fluent isolation marks; Arabic is laid out right to left.
#[test]
fn every_locale_reads_and_dials_the_same_numbers() {
    let root = common::project_root();
    let out = tempfile::tempdir().expect("temp dir");
    let outcome = signpost::run(&common::options(&root, Some(out.path().join("dist")))).expect("runs");
    assert!(!outcome.failed(false), "{:?}", summary(&outcome));
    let page = |locale: &str| {
        std::fs::read_to_string(
            out.path()
                .join(format!("dist/{locale}/report-human-trafficking/index.html")),
        )
        .expect("page exists")
    };
    let english = phone_links(&page("en"));
    assert_eq!(english.len(), 6, "{english:?}");
    let config = std::fs::read_to_string(root.join("site.yaml")).expect("site.yaml");
    let locales: Vec<&str> = config
        .lines()
        .filter_map(|line| line.trim().strip_prefix("- code: "))
        .collect();
    assert_eq!(locales.len(), 7, "the shipped locales");
    for locale in locales {
        let html = page(locale);
        assert_eq!(phone_links(&html), english, "{locale}");
        assert!(
            !html.contains('\u{2068}') && !html.contains('\u{2069}'),
            "{locale} has isolation marks"
        );
        assert!(
            html.contains("href=https://www.gov.uk/claim-compensation-criminal-injury rel=noreferrer"),
            "{locale}"
        );
    }
    let arabic = page("ar");
    assert!(arabic.contains("<html dir=rtl lang=ar>"));
    assert!(arabic.contains("<a class=tel href=tel:+448000121700><bdi dir=ltr>08000 121 700</bdi></a>"));
}

// Protects the bundled site: the real content builds with no diagnostics.
#[test]
fn bundled_site_builds_cleanly() {
    let root = common::project_root();
    let out = tempfile::tempdir().expect("temp dir");
    let outcome = signpost::run(&common::options(&root, Some(out.path().join("dist")))).expect("runs");
    assert!(summary(&outcome).is_empty(), "{:?}", summary(&outcome));
    let links = outcome.links.as_ref().expect("link report");
    assert!(
        links.internal > 300,
        "every locale's internal links are checked: {}",
        links.internal
    );
    assert_eq!(links.external, 4);
    let page = std::fs::read_to_string(out.path().join("dist/en/report-human-trafficking/index.html"))
        .expect("page");
    for number in [
        "999",
        "101",
        "0800 555 111",
        "0800 808 3733",
        "08000 121 700",
        "0808 800 5000",
    ] {
        assert!(
            page.contains(&format!("<bdi dir=ltr>{number}</bdi>")),
            "{number} missing"
        );
    }
    assert!(!page.contains("0300"), "the retired number must not appear");
}

/// Builds `root` with the binary under test, using
/// `threads` worker threads, into `out`; returns every output file.
fn build_with_threads(
    root: &std::path::Path,
    out: &std::path::Path,
    threads: usize,
) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let output = Command::new(env!("CARGO_BIN_EXE_signpost"))
        .args(["build", "--offline", "--root"])
        .arg(root)
        .arg("--out")
        .arg(out)
        .env("RAYON_NUM_THREADS", threads.to_string())
        .env("SOURCE_DATE_EPOCH", "1795000000")
        .output()
        .expect("run signpost");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    snapshot(out)
}

// Protects determinism across thread counts: a generated site with pages,
// leaflets, three locales (one right-to-left) and their search index is
// byte-identical whether it is built on one thread or on several.
#[test]
fn output_is_identical_on_one_thread_and_many() {
    let temp = tempfile::tempdir().expect("temp dir");
    let spec = common::sitegen::Spec {
        pages: 6,
        locales: vec!["en".to_string(), "pl".to_string(), "ar".to_string()],
        leaflets: true,
        seed: 3,
    };
    common::sitegen::generate(&spec, temp.path()).expect("generate");
    let one = build_with_threads(temp.path(), &temp.path().join("one"), 1);
    // The search index is made again, not taken from the first build's
    // cache.
    std::fs::remove_dir_all(temp.path().join(signpost::output::SEARCH_CACHE_DIR)).expect("the search cache");
    let many = build_with_threads(temp.path(), &temp.path().join("many"), 4);
    assert_eq!(one.len(), many.len());
    assert!(
        one.iter().any(|(path, _)| path.ends_with("leaflet.pdf")),
        "the site has leaflets"
    );
    for ((path, a), (other, b)) in one.iter().zip(&many) {
        assert_eq!(path, other);
        assert!(a == b, "{} differs between 1 and 4 threads", path.display());
    }
}

// Protects atomic output when the build fails late: a broken link is found
// after every file was rendered into the spare folder, and still the
// previous dist/ stays as it was; the next good build is complete.
#[test]
fn failure_after_rendering_leaves_previous_output_untouched() {
    let temp = site("small", None);
    build(temp.path());
    let before = snapshot(&temp.path().join("dist"));
    let advice = temp.path().join("content/advice.md");
    let text = std::fs::read_to_string(&advice).expect("advice");
    std::fs::write(&advice, format!("{text}\nSee [nowhere](../no-such-page/).\n")).expect("break a link");
    let outcome = build(temp.path());
    assert!(
        summary(&outcome).iter().any(|line| line.ends_with("link/broken")),
        "{:?}",
        summary(&outcome)
    );
    assert_eq!(before, snapshot(&temp.path().join("dist")));
    let names: Vec<String> = std::fs::read_dir(temp.path())
        .expect("list")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().to_string())
        .collect();
    assert!(!names.iter().any(|name| name.contains("staging")), "{names:?}");
}

// Protects the batched build: a site larger than one batch of pages builds
// every page, lists them all on each home page, resolves fragment links
// across batches, and still reports a problem in the last batch.
#[test]
fn sites_larger_than_a_batch_build_whole() {
    let temp = tempfile::tempdir().expect("temp dir");
    let spec = common::sitegen::Spec {
        pages: 300,
        locales: vec!["en".to_string(), "pl".to_string()],
        leaflets: false,
        seed: 5,
    };
    common::sitegen::generate(&spec, temp.path()).expect("generate");
    let outcome = build(temp.path());
    assert!(summary(&outcome).is_empty(), "{:?}", summary(&outcome));
    assert_eq!(outcome.n_pages, 600);
    let home = std::fs::read_to_string(temp.path().join("dist/pl/index.html")).expect("home");
    assert_eq!(home.matches("href=advice-").count(), 300, "every page is listed");
    let last = temp.path().join("content/advice-00299.md");
    let text = std::fs::read_to_string(&last).expect("last page");
    assert!(text.contains("/#"), "the generator links to a section");
    std::fs::write(&last, text.replacen("/#", "/#no-such-", 1)).expect("break a fragment");
    let outcome = build(temp.path());
    assert!(
        summary(&outcome)
            .iter()
            .any(|line| line.contains("advice-00299.md") && line.ends_with("link/missing-fragment")),
        "{:?}",
        summary(&outcome)
    );
}
