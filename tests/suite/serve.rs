//! The preview server (`signpost serve`) run as editors run it: the real
//! binary on a free loopback port, hit over HTTP with a plain client, while
//! the test edits the project's files on disk. And `signpost new`, whose
//! project must build and preview as it is.

use crate::common;

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use common::server::{BINARY, PATIENCE, Server};

/// Saves `text` at `path` as many editors do: into a temporary file beside
/// it, then renamed over it.
fn save_by_rename(path: &Path, text: &str) {
    let temporary = path.with_extension("md.tmp");
    std::fs::write(&temporary, text).expect("write the temporary file");
    std::fs::rename(&temporary, path).expect("rename over the file");
}

fn replace_in(path: &Path, from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        path.display()
    );
    text.replace(from, to)
}

// Protects issue 11: pages are served under the site's base path, folders
// without their slash are redirected (relative links need it), the reload
// script is added, and nothing outside the built site can be read,
// however the path is written.
#[test]
fn serves_the_site_and_nothing_else() {
    let site = common::site("translated", None);
    let server = Server::start(site.path());

    let root = server.get("/");
    assert_eq!(root.status, 302);
    assert_eq!(root.header("Location").as_deref(), Some("/help/"));
    let folder = server.get("/help/en/getting-help");
    assert_eq!(folder.status, 302);
    assert_eq!(
        folder.header("Location").as_deref(),
        Some("/help/en/getting-help/")
    );

    let page = server.get("/help/en/getting-help/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("Content-Type").as_deref(),
        Some("text/html; charset=utf-8")
    );
    let html = page.text();
    assert!(html.contains("Call the helpline on"), "{html}");
    assert!(html.contains("src=\"/__signpost/live-reload.js\""), "{html}");
    let script = server.get("/__signpost/live-reload.js");
    assert_eq!(script.status, 200);
    assert!(script.text().contains("wait.js?since="));
    // The stylesheet under its fingerprinted name, as the page links it.
    let stylesheet = html
        .split("css/site.")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(|rest| format!("css/site.{rest}"))
        .expect("the page links its stylesheet");
    assert!(
        stylesheet.starts_with("css/site.") && stylesheet != "css/site.css",
        "{stylesheet}"
    );
    let css = server.get(&format!("/help/{stylesheet}"));
    assert_eq!(css.status, 200);
    assert_eq!(server.get("/help/css/site.css").status, 404);
    assert_eq!(
        css.header("Content-Type").as_deref(),
        Some("text/css; charset=utf-8")
    );
    assert_eq!(server.get("/help/pl/getting-help/").status, 200);

    let missing = server.get("/help/en/no-such-page/");
    assert_eq!(missing.status, 404);
    for target in [
        "/help/../site.yaml",
        "/help/%2e%2e/site.yaml",
        "/help/%2E%2E%2Fsite.yaml",
        "/help/en/..%2f..%2fsite.yaml",
        "/help/..%5csite.yaml",
        "/help/%00/site.yaml",
        "/help//etc/passwd",
        "/help/content/advice.md",
        "/help/site.yaml",
        "/help/templates/base.html",
        "/help/%ff%fe",
    ] {
        let response = server.get(target);
        assert_eq!(response.status, 404, "{target} was answered");
        let body = response.text();
        assert!(
            !body.contains("source_locale") && !body.contains("root:") && !body.contains("{%"),
            "{target} leaked a file: {body}"
        );
    }
}

// Protects issue 11: saving an English page rebuilds that page in every
// locale (and nothing else), open pages are told to reload, and the
// translation shows the changed paragraph in English, marked, because its
// translation is now stale.
#[test]
fn a_saved_page_reloads_with_the_new_text_in_every_locale() {
    let site = common::site("translated", None);
    let server = Server::start(site.path());
    let before = server.version();
    let page = site.path().join("content/advice.md");
    save_by_rename(
        &page,
        &replace_in(&page, "It is free.", "It costs nothing to call."),
    );
    server.wait_for_rebuild(before);

    let english = server.get("/help/en/getting-help/").text();
    assert!(english.contains("It costs nothing to call."), "{english}");
    let polish = server.get("/help/pl/getting-help/").text();
    let marked = polish
        .split("<span class=\"signpost-untranslated\"")
        .skip(1)
        .any(|after| {
            after
                .split("</span>")
                .next()
                .is_some_and(|inside| inside.contains("It costs nothing to call."))
        });
    assert!(
        marked,
        "the stale paragraph is not shown marked in English: {polish}"
    );
    let stderr = server.stderr();
    assert!(
        stderr.contains("rebuilt 2 page(s)"),
        "not an incremental rebuild:\n{stderr}"
    );
}

// Protects issue 11: a translator's save rebuilds that page in that locale.
#[test]
fn a_saved_translation_rebuilds_its_page() {
    let site = common::site("translated", None);
    let server = Server::start(site.path());
    let before = server.version();
    common::retitle_polish_other_page(site.path(), "Zupełnie inna strona");
    server.wait_for_rebuild(before);
    let polish = server.get("/help/pl/other-page/").text();
    assert!(polish.contains("Zupełnie inna strona"), "{polish}");
    let stderr = server.stderr();
    assert!(
        stderr.contains("rebuilt 1 page(s)"),
        "not an incremental rebuild:\n{stderr}"
    );
}

// Protects issue 11: a problem is shown over every page with its file and
// line while the last good version stays readable; fixing it removes the
// list; a half-written page (broken front matter) never stops the server.
#[test]
fn problems_are_shown_over_the_page_until_fixed() {
    let site = common::site("translated", None);
    let server = Server::start(site.path());
    let page = site.path().join("content/advice.md");
    let good = std::fs::read_to_string(&page).expect("read");

    let before = server.version();
    std::fs::write(
        &page,
        good.replace("It is free.", "It is free. Or call 0800 555 0199."),
    )
    .expect("write");
    let version = server.wait_for_rebuild(before);
    let line = good
        .lines()
        .position(|line| line.contains("It is free."))
        .expect("the line")
        + 1;
    let html = server.get("/help/en/getting-help/").text();
    assert!(html.contains("class=\"signpost-errors\""), "{html}");
    assert!(html.contains(&format!("content/advice.md:{line}:")), "{html}");
    assert!(
        html.contains("Call the helpline on"),
        "the last good page is gone: {html}"
    );
    let hidden = server.get("/help/en/getting-help/?signpost=hide-errors").text();
    assert!(!hidden.contains("class=\"signpost-errors\""));

    std::fs::write(&page, good.replacen("title: Getting help", "title: [unclosed", 1)).expect("write");
    let version = server.wait_for_rebuild(version);
    let html = server.get("/help/en/getting-help/").text();
    assert!(html.contains("content/advice.md:2:"), "{html}");
    assert!(html.contains("Call the helpline on"), "{html}");

    std::fs::write(&page, &good).expect("write");
    server.wait_for_rebuild(version);
    let html = server.get("/help/en/getting-help/").text();
    assert!(!html.contains("class=\"signpost-errors\""), "{html}");
    let stderr = server.stderr();
    assert!(stderr.contains("0 error(s)"), "{stderr}");
}

// Protects issue 11: tools and editors can follow rebuilds as server-sent
// events.
#[test]
fn each_rebuild_is_announced_as_an_event() {
    let site = common::site("translated", None);
    let server = Server::start(site.path());
    let mut stream = TcpStream::connect(server.address).expect("connect");
    stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
    write!(
        stream,
        "GET /__signpost/events HTTP/1.1\r\nHost: {}\r\n\r\n",
        server.address
    )
    .expect("send");
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    while !head.ends_with("\r\n\r\n") {
        reader.read_line(&mut head).expect("read the head");
    }
    assert!(head.contains("text/event-stream"), "{head}");
    let before = server.version();
    let page = site.path().join("content/other.md");
    std::fs::write(&page, replace_in(&page, "Go back to", "Return to")).expect("write");
    let mut event = String::new();
    let start = Instant::now();
    while !event.contains("event: reload\n") && start.elapsed() < PATIENCE {
        reader.read_line(&mut event).expect("read an event");
    }
    let data = event
        .split("event: reload\n")
        .nth(1)
        .and_then(|rest| {
            let mut line = String::new();
            reader.read_line(&mut line).ok()?;
            let text = format!("{rest}{line}");
            text.trim().strip_prefix("data: ").map(str::to_string)
        })
        .expect("a data line");
    assert!(data.parse::<u64>().expect("a version") > before);
}

// Protects issue 11: nothing of the preview reaches the built site.
#[test]
fn the_built_site_holds_nothing_of_the_preview() {
    let site = common::site("translated", None);
    let dist = site.path().join("dist");
    let outcome = signpost::run(&common::options(site.path(), Some(dist.clone()))).expect("the build runs");
    assert!(!outcome.failed(false), "{:?}", common::summary(&outcome));
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(&dist) {
        let entry = entry.expect("walk");
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).expect("read");
            let text = String::from_utf8_lossy(&bytes);
            for marker in [
                "__signpost",
                "signpost-untranslated",
                "signpost-errors",
                "\u{E000}",
            ] {
                assert!(
                    !text.contains(marker),
                    "{} holds {marker:?}",
                    entry.path().display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 5, "only {checked} files built");
}

// Protects issue 11: a taken port given with --port is a clear error.
#[test]
fn a_taken_port_is_a_clear_error() {
    let site = common::site("translated", None);
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("address").port();
    let output = Command::new(BINARY)
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(site.path())
        .output()
        .expect("run signpost serve");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("could not listen on 127.0.0.1:") && stderr.contains("--port"),
        "{stderr}"
    );
}

fn new_project(dir: &Path, title: &str) -> std::process::Output {
    Command::new(BINARY)
        .arg("new")
        .arg(dir)
        .args(["--title", title])
        .output()
        .expect("run signpost new")
}

// Protects issue 11: `signpost new` makes a project that builds with no
// finding at all, with its title on the pages and a leaflet; the preview
// serves it, leaflets included; a folder holding files is refused and
// left as it was.
#[test]
fn a_new_project_builds_and_previews_as_it_is() {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = temp.path().join("help-in-leeds");
    let made = new_project(&dir, "Help in {Leeds}");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    for file in [
        "site.yaml",
        "content/first-page.md",
        "content/contacts.yaml",
        "locales/en/first-page.ftl",
        "l10n.toml",
    ] {
        assert!(dir.join(file).is_file(), "{file} missing");
    }
    let leftovers: Vec<PathBuf> = std::fs::read_dir(temp.path())
        .expect("list")
        .map(|entry| entry.expect("entry").path())
        .collect();
    assert_eq!(leftovers, vec![dir.clone()], "staging left behind");

    let dist = dir.join("dist");
    let options = signpost::Options {
        today: signpost::today(),
        ..common::options(&dir, Some(dist.clone()))
    };
    let outcome = signpost::run(&options).expect("the build runs");
    assert!(outcome.diagnostics.is_empty(), "{:?}", common::summary(&outcome));
    let html = std::fs::read_to_string(dist.join("en/first-page/index.html")).expect("the page");
    assert!(html.contains("Help in {Leeds}"), "{html}");
    let pdf = std::fs::read(dist.join("en/first-page/leaflet.pdf")).expect("the leaflet");
    assert!(pdf.starts_with(b"%PDF-"));

    let server = Server::start(&dir);
    let page = server.get("/en/first-page/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Your first advice page"));
    assert!(dist.join("en/first-page/leaflet-card.pdf").is_file());
    // Every format the page asks for is typeset on request through its
    // route, and the copy at the old address; others are not there.
    for file in ["leaflet.pdf", "leaflet-a5.pdf", "leaflet-card.pdf"] {
        let leaflet = server.get(&format!("/en/first-page/{file}"));
        assert_eq!(leaflet.status, 200, "{file}: {}", leaflet.text());
        assert_eq!(leaflet.header("Content-Type").as_deref(), Some("application/pdf"));
        assert!(leaflet.body.starts_with(b"%PDF-"), "{file}");
    }
    assert_eq!(
        server.get("/en/first-page/leaflet.pdf").body,
        server.get("/en/first-page/leaflet-a5.pdf").body,
        "leaflet.pdf is the first format"
    );
    for file in ["leaflet-a4.pdf", "leaflet-a3.pdf", "leaflet-a5-en-en.pdf"] {
        assert_eq!(
            server.get(&format!("/en/first-page/{file}")).status,
            404,
            "{file}"
        );
    }
    drop(server);

    let before = common::snapshot(&dir);
    let again = new_project(&dir, "Other");
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds files"));
    assert_eq!(common::snapshot(&dir), before, "the existing project was changed");
}

// Protects issue 11: a saved template is compiled again and every page is
// rendered with it (without reading the content again); a template that
// does not compile is listed over the pages, which keep their last version.
#[test]
fn a_saved_template_renders_every_page_again() {
    let site = common::site("translated", None);
    let server = Server::start(site.path());
    let template = site.path().join("templates/base.html");
    let good = std::fs::read_to_string(&template).expect("read");
    let before = server.version();
    std::fs::write(
        &template,
        good.replacen("<body", "<body data-preview-test=\"saved\"", 1),
    )
    .expect("write");
    let version = server.wait_for_rebuild(before);
    for page in ["/help/en/getting-help/", "/help/pl/other-page/", "/help/en/"] {
        let html = server.get(page).text();
        assert!(html.contains("data-preview-test=\"saved\""), "{page}: {html}");
    }
    std::fs::write(&template, good.replacen("<body", "{% if %}<body", 1)).expect("write");
    let version = server.wait_for_rebuild(version);
    let html = server.get("/help/en/getting-help/").text();
    assert!(
        html.contains("class=\"signpost-errors\"") && html.contains("templates/base.html"),
        "{html}"
    );
    assert!(
        html.contains("data-preview-test=\"saved\""),
        "the last version is gone: {html}"
    );
    std::fs::write(&template, &good).expect("write");
    server.wait_for_rebuild(version);
    let html = server.get("/help/en/getting-help/").text();
    assert!(
        !html.contains("signpost-errors") && !html.contains("data-preview-test"),
        "{html}"
    );
}

// Protects issue 24: a saved template reaches the pages a browser has
// open first (as Hugo's fast render does), then every other page; a page
// asked for before its turn is rendered when asked; the whole site's
// findings come when the rest is done.
#[test]
fn a_saved_template_reaches_open_pages_first() {
    let site = common::site("translated", None);
    let server = Server::start(site.path());
    assert_eq!(server.get("/help/pl/getting-help/").status, 200, "the open page");
    let template = site.path().join("templates/base.html");
    let good = std::fs::read_to_string(&template).expect("read");
    let before = server.version();
    std::fs::write(
        &template,
        good.replacen("<body", "<body data-preview-test=\"open-first\"", 1),
    )
    .expect("write");
    server.wait_for_rebuild(before);
    let html = server.get("/help/pl/getting-help/").text();
    assert!(html.contains("data-preview-test=\"open-first\""), "{html}");
    // Every other page, whether its turn came or it was asked for first.
    for page in [
        "/help/en/other-page/",
        "/help/en/getting-help/",
        "/help/pl/other-page/",
        "/help/en/",
    ] {
        let html = server.get(page).text();
        assert!(
            html.contains("data-preview-test=\"open-first\""),
            "{page}: {html}"
        );
    }
    let started = Instant::now();
    while !server.stderr().contains("rebuilt 4 page(s)") {
        assert!(
            started.elapsed() < PATIENCE,
            "the rest never finished:\n{}",
            server.stderr()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(
        server
            .stderr()
            .contains("rebuilt the 1 open page(s) first; 3 more to render and check"),
        "{}",
        server.stderr()
    );
    let html = server.get("/help/pl/getting-help/").text();
    assert!(!html.contains("signpost-checking"), "{html}");
}

/// The hash of `language`'s part of the index, from the preview's
/// `pagefind-entry.json`.
fn index_hash(server: &Server, language: &str) -> String {
    let entry = server.get("/help/pagefind/pagefind-entry.json?ts=1");
    assert_eq!(entry.status, 200, "{}", entry.text());
    let entry: serde_json::Value = serde_json::from_str(&entry.text()).expect("JSON");
    entry["languages"][language]["hash"]
        .as_str()
        .unwrap_or_else(|| panic!("no {language} index in {entry}"))
        .to_string()
}

// Protects issue 22 in the preview: each locale's search page is served
// with the search pages' Content-Security-Policy, and the index behind it
// is built from the text as it is now: after a translator's save, that
// language's part of the index changes and the others do not.
#[test]
fn the_preview_serves_search_over_the_current_text() {
    let site = common::site("translated", None);
    let server = Server::start(site.path());
    let page = server.get("/help/pl/search/");
    assert_eq!(page.status, 200);
    // The preview does not minify: the templates' escapes are left in.
    let html = page.text().replace("&#39;", "'");
    assert!(html.contains("script-src 'self' 'wasm-unsafe-eval'"), "{html}");
    assert!(html.contains("href=\"../../pagefind/pagefind.js\""), "{html}");
    let script = server.get("/help/pagefind/pagefind.js");
    assert_eq!(script.status, 200);
    assert_eq!(
        script.header("Content-Type").as_deref(),
        Some("text/javascript; charset=utf-8")
    );
    let (english, polish) = (index_hash(&server, "en"), index_hash(&server, "pl"));

    let before = server.version();
    common::retitle_polish_other_page(site.path(), "Przeszukiwalna nowość");
    server.wait_for_rebuild(before);
    assert_eq!(index_hash(&server, "en"), english, "English did not change");
    assert_ne!(index_hash(&server, "pl"), polish, "the Polish index is stale");
    assert_eq!(server.get("/help/pagefind/no-such-file.js").status, 404);
}

// Protects leaflets in the preview: a format added in a page's front
// matter is linked from the page at once (no broken-link finding) and
// typeset when opened, as is a bilingual edition asked for in site.yaml.
#[test]
fn a_format_added_in_front_matter_is_linked_and_served() {
    let site = common::site("translated", Some(&common::fixtures().join("leaflet")));
    let config = site.path().join("site.yaml");
    let yaml = std::fs::read_to_string(&config).expect("site.yaml");
    std::fs::write(
        &config,
        yaml.replace("review: draft", "review: draft\n    bilingual_leaflets: [a4]"),
    )
    .expect("write");
    let server = Server::start(site.path());
    let page = site.path().join("content/advice.md");
    let text = std::fs::read_to_string(&page).expect("page");
    let before = server.version();
    std::fs::write(
        &page,
        text.replace(
            "  sections: [who-can-help, more]",
            "  sections: [who-can-help, more]\n  formats: [a5, card]",
        ),
    )
    .expect("write");
    server.wait_for_rebuild(before);
    let html = server.get("/help/pl/getting-help/").text();
    assert!(!html.contains("signpost-errors"), "{html}");
    for file in ["leaflet-card.pdf", "leaflet-a4-en-pl.pdf"] {
        assert!(html.contains(file), "the page does not link {file}: {html}");
        let leaflet = server.get(&format!("/help/pl/getting-help/{file}"));
        assert_eq!(leaflet.status, 200, "{file}: {}", leaflet.text());
        assert!(leaflet.body.starts_with(b"%PDF-"), "{file}: {}", leaflet.text());
    }
    assert_eq!(
        server.get("/help/en/getting-help/leaflet-a4-en-en.pdf").status,
        404
    );
}
