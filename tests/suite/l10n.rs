//! Translation tests: the gate's failure modes on a translated fixture
//! site, the translator's round trip (update → translate → build), staleness
//! and `keep`, unpublished locales, and right-to-left pages.

use crate::common;

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
        created.contains("# en: Call the helpline on { $helpline }. It is free.\n# $helpline = a phone number, filled in by the build\nwho-can-help--call-the-helpline-on = {\"\"}"),
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

// Protects staleness: changed English makes the base file out of date
// until `update`, then the unchanged translation stale; `keep` accepts a
// typo fix; a re-translation is current again.
#[test]
fn stale_translations_fail_until_retranslated_or_kept() {
    let temp = site("translated", None);
    let advice = temp.path().join("content/advice.md");
    let english = std::fs::read_to_string(&advice).expect("advice");
    std::fs::write(&advice, english.replace("It is free.", "It is free to call.")).expect("edit English");
    assert_eq!(
        summary(&build(temp.path())),
        [
            "error locales/en/getting-help.ftl:21:1 l10n/base-outdated",
            "error locales/pl/getting-help.ftl:24:1 l10n/stale"
        ]
    );
    let update = signpost(temp.path(), &["l10n", "update"]);
    assert!(
        update.status.success(),
        "{}",
        String::from_utf8_lossy(&update.stderr)
    );
    let stale = build(temp.path());
    assert_eq!(
        summary(&stale),
        ["error locales/pl/getting-help.ftl:25:1 l10n/stale"]
    );
    assert!(
        stale.diagnostics[0]
            .message
            .contains("who-can-help--call-the-helpline-on")
    );

    let keep = signpost(
        temp.path(),
        &[
            "l10n",
            "keep",
            "getting-help",
            "who-can-help--call-the-helpline-on",
        ],
    );
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
    assert!(signpost(temp.path(), &["l10n", "update"]).status.success());
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

/// The message ids of a translation file, in order.
fn message_ids(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("translation file");
    signpost::l10n::ftl::blocks(&text)
        .into_iter()
        .map(|block| block.id)
        .collect()
}

/// An edit of the English: its name, what it does, the ids it adds and
/// the ids it removes.
type Edit = (
    &'static str,
    fn(&str) -> String,
    &'static [&'static str],
    &'static [&'static str],
);

// Protects ids that survive edits: inserting, deleting or moving an English
// paragraph, list item or table row changes no other unit's id (in the
// base file and the locale file), so translations keep their ids and only
// the added unit needs translating.
#[test]
fn ids_survive_insertions_deletions_and_moves() {
    let edits: [Edit; 3] = [
        (
            "insert",
            |text| {
                text.replace(
                    "## Who can help\n\n",
                    "## Who can help\n\nA new first paragraph.\n\n",
                )
            },
            &["who-can-help--a-new-first-paragraph"],
            &[],
        ),
        (
            "delete",
            |text| text.replace("If you are in danger, call <tel:police-emergency>.", ""),
            &[],
            &["intro--if-you-are-in"],
        ),
        (
            "move",
            |text| {
                let paragraph = "If you are in danger, call <tel:police-emergency>.";
                text.replace(paragraph, "").replace(
                    "## Who can help\n\n",
                    &format!("## Who can help\n\n{paragraph}\n\n"),
                )
            },
            &[],
            &[],
        ),
    ];
    for (name, edit, added, removed) in edits {
        let temp = site("translated", None);
        let advice = temp.path().join("content/advice.md");
        let pl = temp.path().join("locales/pl/getting-help.ftl");
        let base = temp.path().join("locales/en/getting-help.ftl");
        let ids_before: Vec<String> = message_ids(&base);
        let english = std::fs::read_to_string(&advice).expect("advice");
        std::fs::write(&advice, edit(&english)).expect("edit");
        let update = signpost(temp.path(), &["l10n", "update"]);
        assert!(
            update.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&update.stderr)
        );
        let mut expected: Vec<String> = ids_before
            .iter()
            .filter(|id| !removed.contains(&id.as_str()))
            .cloned()
            .collect();
        expected.extend(added.iter().map(|id| id.to_string()));
        expected.sort();
        let mut in_base = message_ids(&base);
        in_base.sort();
        assert_eq!(in_base, expected, "{name}: base file ids");
        let mut in_pl: Vec<String> = message_ids(&pl)
            .into_iter()
            .filter(|id| !removed.contains(&id.as_str()))
            .collect();
        in_pl.sort();
        assert_eq!(
            in_pl, expected,
            "{name}: translation ids (obsolete ones kept aside)"
        );
        let outcome = build(temp.path());
        let errors: Vec<String> = summary(&outcome)
            .into_iter()
            .filter(|line| line.starts_with("error"))
            .collect();
        assert_eq!(
            errors.len(),
            added.len(),
            "{name}: only the added unit is untranslated: {errors:?}"
        );
        if !added.is_empty() {
            assert!(
                outcome.diagnostics.iter().any(|d| d.message.contains(added[0])),
                "{name}"
            );
        }
    }
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

/// Every translation of a locale folder, by the English it was made from
/// (the record's English and the file's value of each id). Interface
/// files are keyed by their value alone: their English is not the page's.
fn translations_by_english(folder: &Path) -> std::collections::BTreeMap<String, String> {
    let record_path = folder.join("translated-from.yaml");
    let record_text = std::fs::read_to_string(&record_path).expect("record");
    let record = signpost::l10n::record::parse(&record_path, &record_text).expect("record parses");
    let mut found = std::collections::BTreeMap::new();
    for (file, entries) in &record.files {
        let text = std::fs::read_to_string(folder.join(format!("{file}.ftl"))).expect("translation file");
        let messages = signpost::l10n::ftl::Messages::parse(&text);
        for (id, entry) in entries {
            if let Some(value) = messages.value(id) {
                let key = if file == "site" {
                    value.to_string()
                } else {
                    entry.english.clone()
                };
                found.insert(format!("{file}: {key}"), value.to_string());
            }
        }
    }
    found
}

// Protects the migration from positional ids on the bundled site: the
// first `l10n update` gives every unit a lasting id, writes the base files,
// moves `allow_identical` into the record, and keeps every translation of
// all six locales under the id of the same English; the site then builds.
#[test]
fn migration_keeps_every_translation_of_the_bundled_site() {
    let temp = tempfile::tempdir().expect("temp dir");
    let root = common::project_root();
    for folder in ["content", "templates", "static", "fonts"] {
        common::overlay(&root.join(folder), &temp.path().join(folder));
    }
    for entry in std::fs::read_dir(root.join("locales")).expect("locales") {
        let folder = entry.expect("entry").path();
        let target = temp
            .path()
            .join("locales")
            .join(folder.file_name().expect("name"));
        std::fs::create_dir_all(&target).expect("folder");
        std::fs::copy(folder.join("site.ftl"), target.join("site.ftl")).expect("site.ftl");
    }
    common::overlay(&fixtures().join("bundled-legacy"), temp.path());
    let locales = ["sq", "vi", "ro", "pl", "ar", "zh-Hans"];
    let before: Vec<_> = locales
        .iter()
        .map(|code| translations_by_english(&temp.path().join("locales").join(code)))
        .collect();
    assert!(
        before.iter().all(|found| found.len() > 90),
        "the legacy fixture is complete"
    );
    let update = signpost(temp.path(), &["l10n", "update"]);
    assert!(
        update.status.success(),
        "{}",
        String::from_utf8_lossy(&update.stderr)
    );
    for (code, before) in locales.iter().zip(&before) {
        let after = translations_by_english(&temp.path().join("locales").join(code));
        for (english, value) in before {
            assert_eq!(after.get(english), Some(value), "{code}: {english}");
        }
        let pl_file = std::fs::read_to_string(
            temp.path()
                .join("locales")
                .join(code)
                .join("report-human-trafficking.ftl"),
        )
        .expect("page translation");
        assert!(!pl_file.contains("--p1 ="), "{code}: positional ids are gone");
    }
    let record =
        std::fs::read_to_string(temp.path().join("locales/pl/translated-from.yaml")).expect("record");
    assert!(
        record.contains(r#""contact-crimestoppers-name": {"english": "Crimestoppers", "translation": "6723d530adc6247d", "same-as-english": true}"#),
        "allow_identical moved into the record: {record}"
    );
    let outcome = build(temp.path());
    let errors: Vec<String> = summary(&outcome)
        .into_iter()
        .filter(|line| line.starts_with("error"))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

// Protects platform round trips: a file written back as Pontoon writes it
// (the base file's order and comments, unknown messages dropped) and one
// as Weblate leaves it (old comments kept) pass the gate like a hand-written
// one, and `l10n update` re-records them without marking anything stale.
#[test]
fn files_rewritten_by_translation_platforms_pass_and_rerecord() {
    let temp = site("translated", None);
    let pl = temp.path().join("locales/pl/getting-help.ftl");
    let base = std::fs::read_to_string(temp.path().join("locales/en/getting-help.ftl")).expect("base");
    let ours = std::fs::read_to_string(&pl).expect("translation");
    let values = signpost::l10n::ftl::Messages::parse(&ours);
    // Pontoon: the base file with each value replaced by the translation.
    let pontoon: String = base
        .lines()
        .map(|line| match signpost::l10n::ftl::entry_id(line) {
            Some(id) => format!("{id} = {}\n", values.value(&id).expect("translated")),
            None => format!("{line}\n"),
        })
        .collect();
    // Weblate: our file, with comments from an older English kept.
    let weblate = ours.replace("# en: Call the helpline", "# en: Ring the helpline");
    for (platform, text) in [("pontoon", pontoon), ("weblate", weblate)] {
        std::fs::write(&pl, &text).expect("write back");
        let outcome = build(temp.path());
        assert!(
            summary(&outcome).is_empty(),
            "{platform}: {:?}",
            summary(&outcome)
        );
        let record_path = temp.path().join("locales/pl/translated-from.yaml");
        let record_before = std::fs::read_to_string(&record_path).expect("record");
        let update = signpost(temp.path(), &["l10n", "update", "pl"]);
        assert!(update.status.success(), "{platform}");
        assert!(
            String::from_utf8_lossy(&update.stderr).contains("0 stale")
                || !String::from_utf8_lossy(&update.stderr).contains("stale"),
            "{platform}: {}",
            String::from_utf8_lossy(&update.stderr)
        );
        assert_eq!(
            std::fs::read_to_string(&record_path).expect("record"),
            record_before,
            "{platform}: nothing re-recorded"
        );
        assert!(
            summary(&build(temp.path())).is_empty(),
            "{platform}: after update"
        );
        std::fs::write(&pl, &ours).expect("restore");
    }
}

// Protects the exchange with agencies: an XLIFF 1.2 export of a locale is
// valid against the OASIS schema; importing it unedited changes nothing;
// importing an edited target updates exactly that unit (and its record);
// a target whose locked placeable was altered is refused with its id.
#[test]
fn xliff_round_trip_updates_exactly_the_edited_units() {
    common::ensure_tool("xmllint", "libxml2-utils");
    let schema = common::xliff_schema();
    let temp = site("translated", None);
    let xlf = temp.path().join("pl.xlf");
    let export = signpost(
        temp.path(),
        &["l10n", "export", "pl", "--out", xlf.to_str().expect("path")],
    );
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    let valid = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(&schema)
        .arg(&xlf)
        .output()
        .expect("run xmllint");
    assert!(
        valid.status.success(),
        "{}",
        String::from_utf8_lossy(&valid.stderr)
    );
    let xml = std::fs::read_to_string(&xlf).expect("export");
    assert!(
        xml.contains(r#"<ph id="1" ctype="x-fluent-placeable">{ $police-emergency }</ph>"#),
        "{xml}"
    );
    assert!(xml.contains(r#"<bpt id="1" ctype="link">[</bpt>"#), "{xml}");

    let before = common::snapshot(&temp.path().join("locales"));
    let unedited = signpost(temp.path(), &["l10n", "import", xlf.to_str().expect("path")]);
    assert!(
        unedited.status.success(),
        "{}",
        String::from_utf8_lossy(&unedited.stderr)
    );
    assert_eq!(
        before,
        common::snapshot(&temp.path().join("locales")),
        "an unedited import changes nothing"
    );

    let edited = xml.replace("[pl] Go back to", "[pl] Wróć do").replace(
        r#"[pl] If you are in danger, call <ph id="1" ctype="x-fluent-placeable">{ $police-emergency }</ph>"#,
        r#"[pl] If you are in danger, call <ph id="1" ctype="x-fluent-placeable">{ $helpline }</ph>"#,
    );
    assert_ne!(edited, xml, "the test edits two targets");
    std::fs::write(&xlf, edited).expect("edit");
    let import = signpost(temp.path(), &["l10n", "import", xlf.to_str().expect("path")]);
    let stderr = String::from_utf8_lossy(&import.stderr);
    assert_eq!(
        import.status.code(),
        Some(1),
        "a refused unit fails the import: {stderr}"
    );
    assert!(stderr.contains("`intro--if-you-are-in` refused"), "{stderr}");
    assert!(stderr.contains("`intro--go-back-to-getting` updated"), "{stderr}");
    let after = common::snapshot(&temp.path().join("locales"));
    let changed: Vec<_> = before
        .iter()
        .zip(&after)
        .filter(|(a, b)| a != b)
        .map(|((path, _), _)| path.display().to_string())
        .collect();
    assert_eq!(changed, ["pl/other-page.ftl", "pl/translated-from.yaml"]);
    let page = std::fs::read_to_string(temp.path().join("locales/pl/other-page.ftl")).expect("page");
    assert!(
        page.contains("intro--go-back-to-getting = [pl] Wróć do [getting help]({ $link1 })."),
        "{page}"
    );
    let help = std::fs::read_to_string(temp.path().join("locales/pl/getting-help.ftl")).expect("page");
    assert!(
        help.contains("{ $police-emergency }"),
        "the refused unit is as it was"
    );
    assert!(summary(&build(temp.path())).is_empty());
}

// Protects the platform recipes of the README on the bundled site:
// Weblate's component discovery (file mask and base file template) finds
// one component per translation file, each with its base file; Pontoon's
// l10n.toml names every translated locale and a reference folder holding
// every translation file's base.
#[test]
fn weblate_and_pontoon_recipes_match_the_bundled_files() {
    let root = common::project_root();
    let discovery =
        regex::Regex::new(r"^locales/(?P<language>[^/]*)/(?P<component>[^/.]*)\.ftl$").expect("regex");
    let mut components = std::collections::BTreeSet::new();
    for (path, _) in common::snapshot(&root.join("locales")) {
        let path = format!("locales/{}", path.display());
        let Some(found) = discovery.captures(&path) else {
            continue;
        };
        let component = found["component"].to_string();
        assert!(
            root.join(format!("locales/en/{component}.ftl")).is_file(),
            "Weblate base file for {path}"
        );
        components.insert(component);
    }
    assert_eq!(
        components.into_iter().collect::<Vec<_>>(),
        ["contacts", "report-human-trafficking", "site"]
    );
    let config: toml::Table = std::fs::read_to_string(root.join("l10n.toml"))
        .expect("l10n.toml")
        .parse()
        .expect("valid TOML");
    let locales: Vec<&str> = config["locales"]
        .as_array()
        .expect("locales")
        .iter()
        .filter_map(|locale| locale.as_str())
        .collect();
    assert_eq!(locales, ["sq", "vi", "ro", "pl", "ar", "zh-Hans"]);
    let paths = config["paths"].as_array().expect("paths");
    assert_eq!(paths[0]["reference"].as_str(), Some("locales/en/*.ftl"));
    assert_eq!(paths[0]["l10n"].as_str(), Some("locales/{locale}/*.ftl"));
    for locale in locales {
        for component in ["contacts", "report-human-trafficking", "site"] {
            assert!(
                root.join(format!("locales/{locale}/{component}.ftl")).is_file(),
                "{locale}/{component}"
            );
        }
    }
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
            "warning locales/pl/getting-help.ftl:24:85 text/bidi-control",
            "warning locales/pl/getting-help.ftl:24:90 text/bidi-control",
            "warning locales/pl/getting-help.ftl:24:96 phone/typed-number",
        ]
    );
    assert!(!outcome.failed(false));
    assert!(
        !temp.path().join("dist/pl").exists(),
        "the locale is not published"
    );
}
