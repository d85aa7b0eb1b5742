//! Nothing ignored silently: files the build does not use are warnings that
//! name them (with "did you mean" for near names), and symbolic links that
//! lead out of the project are refused without their target ever being
//! read or published.

use crate::common;

use std::os::unix::fs::symlink;
use std::path::Path;

use common::{build, fixtures, overlay, site, summary};

/// Checks `outcome` against an `expect.txt` (`severity path code [text the
/// message contains]`, one line per diagnostic).
fn assert_expected(outcome: &signpost::Outcome, expect: &Path) {
    let expected: Vec<String> = std::fs::read_to_string(expect)
        .expect("expect.txt")
        .lines()
        .map(str::to_string)
        .collect();
    let actual = summary(outcome);
    assert_eq!(actual.len(), expected.len(), "{actual:#?}");
    for ((actual, expected), diagnostic) in actual.iter().zip(&expected).zip(&outcome.diagnostics) {
        let mut fields = expected.splitn(4, ' ');
        let head: Vec<&str> = fields.by_ref().take(3).collect();
        assert_eq!(actual, &head.join(" "));
        if let Some(needle) = fields.next() {
            assert!(diagnostic.message.contains(needle), "{}", diagnostic.message);
        }
    }
}

fn help_of<'a>(outcome: &'a signpost::Outcome, path: &str) -> &'a str {
    outcome
        .diagnostics
        .iter()
        .find(|d| d.span.path == Path::new(path))
        .and_then(|d| d.help.as_deref())
        .unwrap_or_default()
}

// Protects "nothing ignored silently": a translation file for no page, a
// locale folder not in site.yaml, a template nothing renders, a file in
// content/ that is no page, each a warning naming the file (with "did you
// mean" where a used name is near), and the site still builds.
#[test]
fn each_unused_file_is_a_warning_with_its_name() {
    let temp = site("translated", None);
    let case = fixtures().join("files").join("unused");
    overlay(&case, temp.path());
    let outcome = build(temp.path());
    assert_expected(&outcome, &case.join("expect.txt"));
    assert!(!outcome.failed(false), "warnings do not stop the build");
    assert!(outcome.written);
    for (path, suggestion) in [
        ("locales/pl/geting-help.ftl", "did you mean `getting-help.ftl`?"),
        ("content/contacts.yml", "did you mean `contacts.yaml`?"),
        (
            "locales/pl/translated-from.yml",
            "did you mean `translated-from.yaml`?",
        ),
        ("templates/page.htm", "did you mean `page.html`?"),
    ] {
        assert!(
            help_of(&outcome, path).contains(suggestion),
            "{path}: {}",
            help_of(&outcome, path)
        );
    }
    assert!(outcome.failed(true), "--strict makes them errors");
}

// Protects the project boundary: a link out of the project in content/,
// locales/, templates/, static/ or fonts/ is an error naming the link and
// its target, and the target is never read (its typed number, its Fluent
// syntax error and its secret never show up) or published.
#[test]
fn links_out_of_the_project_are_refused_and_never_read() {
    let temp = site("small", None);
    let outside = tempfile::tempdir().expect("outside folder");
    let secret = "SECRET-0300-303-8151 { broken";
    let page = format!(
        "---\ntitle: Leak\nsummary: Leak.\nslug: leak\napplies_to: england\nlast_reviewed: 2026-11-01\n---\n\nCall 0300 303 8151. {secret}\n"
    );
    for (name, text) in [
        ("secret.txt", secret.to_string()),
        ("leak.md", page),
        ("leak.ftl", format!("leak = {secret}\n")),
        ("leak.html", format!("<p>{secret}</p>\n")),
        ("leak.ttf", secret.to_string()),
    ] {
        std::fs::write(outside.path().join(name), text).expect("write outside file");
    }
    let links = [
        ("static/secret.txt", "secret.txt"),
        ("content/leak.md", "leak.md"),
        ("locales/en/leak.ftl", "leak.ftl"),
        ("templates/leak.html", "leak.html"),
        ("fonts/leak.ttf", "leak.ttf"),
    ];
    for (link, target) in links {
        symlink(outside.path().join(target), temp.path().join(link)).expect("make link");
    }
    let outcome = build(temp.path());
    let mut expected: Vec<String> = links
        .iter()
        .map(|(link, _)| format!("error {link} file/link-outside"))
        .collect();
    expected.sort();
    assert_eq!(summary(&outcome), expected);
    for diagnostic in &outcome.diagnostics {
        assert!(
            diagnostic.message.contains(&outside.path().display().to_string()),
            "names the target: {}",
            diagnostic.message
        );
        assert!(!diagnostic.message.contains("SECRET"));
    }
    assert!(!temp.path().join("dist").exists(), "nothing is published");
}

// Protects the boundary for whole folders: a top-level folder that is a
// link out of the project is refused and nothing in it is read.
#[test]
fn a_folder_linked_out_of_the_project_is_refused() {
    let temp = site("small", None);
    let outside = tempfile::tempdir().expect("outside folder");
    overlay(&temp.path().join("static"), outside.path());
    std::fs::write(outside.path().join("secret.txt"), "SECRET").expect("write");
    std::fs::remove_dir_all(temp.path().join("static")).expect("remove static");
    symlink(outside.path(), temp.path().join("static")).expect("make link");
    let outcome = build(temp.path());
    assert_eq!(summary(&outcome), ["error static file/link-outside"]);
    assert!(!temp.path().join("dist").exists());
}

// Protects links that stay inside the project: a link to a file is read
// like the file (and published), a link to a folder and a dangling link
// are warnings rather than silence.
#[test]
fn links_inside_the_project_are_followed_or_reported() {
    let temp = site("small", None);
    std::fs::create_dir_all(temp.path().join("shared")).expect("shared folder");
    std::fs::write(temp.path().join("shared/note.txt"), "shared note").expect("write");
    symlink("../shared/note.txt", temp.path().join("static/note.txt")).expect("file link");
    symlink("../shared", temp.path().join("static/more")).expect("folder link");
    symlink("no-such-file.css", temp.path().join("static/gone.css")).expect("dangling link");
    let outcome = build(temp.path());
    assert_eq!(
        summary(&outcome),
        [
            "warning static/gone.css file/broken-link",
            "warning static/more file/link-not-followed"
        ]
    );
    let published = std::fs::read_to_string(temp.path().join("dist/note.txt")).expect("published");
    assert_eq!(published, "shared note");
}
