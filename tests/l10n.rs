//! Translation tests: the gate's failure modes on a translated fixture
//! site, the translator's round trip (update → translate → build), staleness
//! and `keep`, unpublished locales, and right-to-left pages.

#![allow(clippy::expect_used, reason = "a failed expectation is a failed test")]

mod common;

use std::path::Path;
use std::process::Command;

use common::{build, fixtures, site, summary};

fn signpost(root: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_signpost"))
        .args(args)
        .arg("--root")
        .arg(root)
        .output()
        .expect("run signpost")
}

/// Replaces every empty message (`{""}`) by "[xx] " + its English.
fn translate_everything(folder: &Path, prefix: &str) {
    for entry in std::fs::read_dir(folder).expect("locale folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|extension| extension != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read ftl");
        let mut english = String::new();
        let mut out = Vec::new();
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("# en: ") {
                english = rest.to_string();
            }
            match line.strip_suffix("{\"\"}") {
                Some(head) => out.push(format!("{head}{prefix} {english}")),
                None => out.push(line.to_string()),
            }
        }
        std::fs::write(&path, out.join("\n") + "\n").expect("write ftl");
    }
}

// Protects the translated fixture itself: it builds, with both locales.
#[test]
fn builds_every_locale() {
    let temp = site("translated", None);
    let outcome = build(temp.path());
    assert!(summary(&outcome).is_empty(), "{:?}", summary(&outcome));
    let page = std::fs::read_to_string(temp.path().join("dist/pl/getting-help/index.html")).expect("pl page");
    assert!(page.contains("<html dir=ltr lang=pl>"), "{page}");
    assert!(page.contains("[pl] Who can help"));
    assert!(
        page.contains("<h2 id=who-can-help>[pl] Who can help</h2>"),
        "ids stay English"
    );
    assert!(
        page.contains("[pl] Read <a href=#who-can-help>who can help</a>"),
        "{page}"
    );
    assert!(page.contains("<a class=tel href=tel:+44800555111><bdi dir=ltr>0800 555 111</bdi></a>"));
    assert!(page.contains("hreflang=pl") && page.contains("hreflang=x-default"));
    assert!(
        !page.contains('\u{2068}') && !page.contains('\u{2069}'),
        "no Fluent isolation marks"
    );
    let sitemap = std::fs::read_to_string(temp.path().join("dist/sitemap.xml")).expect("sitemap");
    assert!(sitemap.contains(
        r#"<xhtml:link rel="alternate" hreflang="pl" href="https://example.org/help/pl/getting-help/"/>"#
    ));
}

// Protects every failing case under tests/fixtures/errors-translated/: each
// lists the exact diagnostics (and the message id) it must produce.
#[test]
fn each_translation_error_fixture_reports_exactly_its_diagnostics() {
    common::check_error_fixtures("errors-translated", "translated", None, 10);
}

// Protects the translator's round trip: `update` creates every message with
// its English, a translator fills them in, and the build passes.
#[test]
fn translator_round_trip_builds() {
    let temp = site("translated", None);
    let pl = temp.path().join("locales/pl");
    for file in [
        "contacts.ftl",
        "getting-help.ftl",
        "other-page.ftl",
        "translated-from.yaml",
    ] {
        std::fs::remove_file(pl.join(file)).expect("remove");
    }
    let failed = build(temp.path());
    assert!(
        summary(&failed)
            .iter()
            .any(|line| line.ends_with("l10n/missing-file"))
    );
    let update = signpost(temp.path(), &["l10n", "update", "pl"]);
    assert!(
        update.status.success(),
        "{}",
        String::from_utf8_lossy(&update.stderr)
    );
    let created = std::fs::read_to_string(pl.join("getting-help.ftl")).expect("created");
    assert!(
        created.contains("# en: Call the helpline on { $helpline }. It is free.\n# $helpline = a phone number, filled in by the build\nwho-can-help--p1 = {\"\"}"),
        "{created}"
    );
    let empty = build(temp.path());
    assert!(
        summary(&empty).iter().all(|line| line.ends_with("l10n/empty")),
        "{:?}",
        summary(&empty)
    );
    translate_everything(&pl, "[pl2]");
    let outcome = build(temp.path());
    assert!(summary(&outcome).is_empty(), "{:?}", summary(&outcome));
    let page = std::fs::read_to_string(temp.path().join("dist/pl/getting-help/index.html")).expect("page");
    assert!(page.contains("[pl2] Call the helpline on <a class=tel"));
    let status = signpost(temp.path(), &["l10n", "status", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_slice(&status.stdout).expect("status JSON");
    assert!(
        rows.as_array()
            .expect("rows")
            .iter()
            .all(|row| row["percent_complete"] == 100.0),
        "{rows}"
    );
}

// Protects staleness: changed English makes an unchanged translation stale;
// `keep` accepts a typo fix; a re-translation is current again.
#[test]
fn stale_translations_fail_until_retranslated_or_kept() {
    let temp = site("translated", None);
    let advice = temp.path().join("content/advice.md");
    let english = std::fs::read_to_string(&advice).expect("advice");
    std::fs::write(&advice, english.replace("It is free.", "It is free to call.")).expect("edit English");
    let stale = build(temp.path());
    assert_eq!(
        summary(&stale),
        ["error locales/pl/getting-help.ftl:24:1 l10n/stale"]
    );
    assert!(stale.diagnostics[0].message.contains("who-can-help--p1"));

    let keep = signpost(temp.path(), &["l10n", "keep", "getting-help", "who-can-help--p1"]);
    assert!(keep.status.success(), "{}", String::from_utf8_lossy(&keep.stderr));
    assert!(
        summary(&build(temp.path())).is_empty(),
        "kept translations are current"
    );
    let record =
        std::fs::read_to_string(temp.path().join("locales/pl/translated-from.yaml")).expect("record");
    assert!(
        record.contains(r#""english": "Call the helpline on { $helpline }. It is free to call.""#),
        "{record}"
    );

    std::fs::write(&advice, english.replace("It is free.", "Calls are free.")).expect("edit again");
    assert_eq!(summary(&build(temp.path())).len(), 1, "stale again");
    let ftl_path = temp.path().join("locales/pl/getting-help.ftl");
    let ftl = std::fs::read_to_string(&ftl_path).expect("ftl");
    std::fs::write(
        &ftl_path,
        ftl.replace(
            "[pl] Call the helpline on { $helpline }. It is free.",
            "[pl] Zadzwoń: { $helpline }. Za darmo.",
        ),
    )
    .expect("retranslate");
    assert!(
        summary(&build(temp.path())).is_empty(),
        "re-translated is current"
    );
}

// Protects inserting an English paragraph: `update` re-keys the ones after
// it instead of orphaning them, so the build only asks for the new one.
#[test]
fn update_rekeys_when_english_paragraphs_move() {
    let temp = site("translated", None);
    let advice = temp.path().join("content/advice.md");
    let english = std::fs::read_to_string(&advice).expect("advice");
    std::fs::write(
        &advice,
        english.replace(
            "## Who can help\n\n",
            "## Who can help\n\nA new first paragraph.\n\n",
        ),
    )
    .expect("insert");
    let update = signpost(temp.path(), &["l10n", "update", "pl"]);
    assert!(
        String::from_utf8_lossy(&update.stderr).contains("1 added, 1 re-keyed"),
        "{}",
        String::from_utf8_lossy(&update.stderr)
    );
    let outcome = build(temp.path());
    assert_eq!(summary(&outcome).len(), 1, "{:?}", summary(&outcome));
    assert!(outcome.diagnostics[0].message.contains("who-can-help--p1"));
    assert_eq!(outcome.diagnostics[0].code, "l10n/empty");
}

// Protects `publish: false`: the locale is still checked, but its problems
// are warnings and it is left out of the site, switchers and sitemap.
#[test]
fn unpublished_locale_is_checked_but_not_built() {
    let temp = site(
        "translated",
        Some(&fixtures().join("errors-translated").join("missing-message")),
    );
    let config = temp.path().join("site.yaml");
    let text = std::fs::read_to_string(&config).expect("config");
    std::fs::write(
        &config,
        text.replace("review: draft", "review: draft\n    publish: false"),
    )
    .expect("write");
    let outcome = build(temp.path());
    assert!(!outcome.failed(false));
    assert_eq!(
        summary(&outcome),
        ["warning locales/pl/getting-help.ftl l10n/missing"]
    );
    assert!(!temp.path().join("dist/pl").exists());
    let sitemap = std::fs::read_to_string(temp.path().join("dist/sitemap.xml")).expect("sitemap");
    assert!(!sitemap.contains("/pl/"));
}

// Protects unpublished locales from blocking the site: hidden characters
// and typed numbers in their interface and page translations are reported
// as warnings, and the site is built without the locale.
#[test]
fn hidden_characters_in_an_unpublished_locale_are_warnings() {
    let temp = site("translated", None);
    let config = temp.path().join("site.yaml");
    let text = std::fs::read_to_string(&config).expect("config");
    std::fs::write(
        &config,
        text.replace("review: draft", "review: draft\n    publish: false"),
    )
    .expect("config");
    let case = fixtures().join("errors-translated").join("hidden-characters");
    common::overlay(&case, temp.path());
    let outcome = build(temp.path());
    let lines = summary(&outcome);
    assert_eq!(
        lines,
        [
            "warning locales/pl/contacts.ftl:18:33 text/invisible-character",
            "warning locales/pl/getting-help.ftl:24:67 text/bidi-control",
            "warning locales/pl/getting-help.ftl:24:72 text/bidi-control",
            "warning locales/pl/getting-help.ftl:24:78 phone/typed-number",
        ]
    );
    assert!(!outcome.failed(false));
    assert!(
        !temp.path().join("dist/pl").exists(),
        "the locale is not published"
    );
}
