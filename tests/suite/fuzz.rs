//! Property-based fuzzing of every parser that reads author input: front
//! matter and YAML (`content::parse_page`), Markdown pages (rendered and
//! segmented through the library, then scanned for numbers and hidden
//! characters), page translations through the gate (a whole `signpost::run`
//! of a fixture site), the contacts registry and `site.yaml`.
//!
//! Inputs are real files with hostile edits (other scripts, invisible and
//! direction characters, digits of other scripts, braces and placeables,
//! `<tel:…>`, YAML special characters, very long lines, CRLF) or hostile
//! text from scratch. For every input: no panic, an answer within a
//! generous bound (a hang guard, not a timing test), and every diagnostic
//! inside its file (a whole-file span, or a line that exists, or the one
//! after the last, and a column within that line).
//!
//! `SIGNPOST_FUZZ_CASES` multiplies the number of cases (a longer local run:
//! `SIGNPOST_FUZZ_CASES=20 cargo test --test fuzz`). Failures are not
//! persisted to files: a failing input found here becomes a unit test
//! beside the code it broke.
//!
//! `l10n update` is not fuzzed here: it is being rewritten; fuzz the new one
//! with the same generators once it lands.

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;

use signpost::content::contacts::{self, Registry};
use signpost::diag::Diagnostic;

/// The hang guard: far above what any input takes in a debug build.
const TIME_LIMIT: Duration = Duration::from_secs(5);

fn config(cases: u32) -> ProptestConfig {
    let factor = std::env::var("SIGNPOST_FUZZ_CASES")
        .ok()
        .and_then(|value| value.parse::<u32>().ok())
        .unwrap_or(1)
        .max(1);
    ProptestConfig {
        cases: cases * factor,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Fragments that have broken parsers before, or could.
const FRAGMENTS: &[&str] = &[
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "---",
    "---\n",
    ":",
    ": ",
    "- ",
    "#",
    "# en: ",
    "##",
    "{",
    "}",
    "{ $x }",
    "{ $helpline }",
    "{ $police-emergency }",
    "{ $link1 }",
    "{\"\"}",
    "{ \"{\" }",
    "{ -term }",
    "{ other-message }",
    "{ $x ->\n  [one] a\n *[other] b\n}",
    "<tel:helpline>",
    "<tel:police-emergency>",
    "<tel:",
    "<tel:nope>",
    "[link]({ $link1 })",
    "[text](../other-page/)",
    "[x](#who-can-help)",
    "[",
    "]",
    "(",
    ")",
    "*",
    "**",
    "_",
    "`",
    "```\n",
    "> [!WARNING]\n> ",
    "## ",
    "\n\n## Heading\n\n",
    "| a | b |\n|---|---|\n| c | d |\n",
    "1. ",
    "<b>",
    "<script>alert(1)</script>",
    "javascript:",
    "https://example.org/0800555111",
    "www.",
    "mailto:",
    "![alt](x.png)",
    "&a ",
    "*a",
    "!!str ",
    "!!binary ",
    "|\n  ",
    ">\n  ",
    "'",
    "\"",
    "? ",
    "%YAML 1.2\n",
    "@",
    "~",
    "null",
    "[a, b]",
    "{a: b}",
    "2026-11-26",
    "2026-02-30",
    "٢٠٢٦-١١-٢٦",
    "2019–2021",
    "0800 555 111",
    "999",
    "101",
    "116 123",
    "0300 303 8151",
    "+44 800 555 111",
    "0044 800 555 111",
    "٠٨٠٠ ٥٥٥ ١١١",
    "۰۸۰۰ ۵۵۵ ۱۱۱",
    "０８００－５５５－１１１",
    "०८०० ५५५ १११",
    "০৮০০ ৫৫৫ ১১১",
    "0800\u{200B}555\u{2060}111",
    "9\u{FE0F}\u{20E3}9\u{FE0F}\u{20E3}",
    "\u{FEFF}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{200E}",
    "\u{200F}",
    "\u{202A}",
    "\u{202E}",
    "\u{2066}",
    "\u{2069}",
    "\u{2028}",
    "\u{2029}",
    "\u{AD}",
    "\u{61C}",
    "\u{E0067}",
    "🏴\u{E0067}\u{E0062}\u{E007F}",
    "👩\u{200D}⚕\u{FE0F}",
    "می\u{200C}خواهم",
    "مرحبا",
    "你好",
    "नमस्ते",
    "Zażółć gęślą",
    "e\u{301}",
    "\u{0}",
    "\\",
    "\u{10FFFF}",
    "\u{FFFD}",
    "id = value\n",
    "  .attr = x\n",
    "-term = t\n",
    "=",
    "    ",
    "v999",
    "file_101",
];

/// One hostile piece of text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        2 => "\\PC{0,12}",
        1 => any::<char>().prop_map(String::from),
        1 => "[0-9 \\-.]{1,16}",
        1 => (1usize..4).prop_map(|n| "x".repeat(n * 3000)),
        1 => (1usize..3).prop_map(|n| "\u{0660}".repeat(n * 1500)),
    ]
}

/// Hostile text from scratch.
fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..32).prop_map(|pieces| pieces.concat())
}

/// `base` with a few hostile edits: at each chosen place, some characters
/// are deleted and a piece inserted; sometimes every line ends in CRLF.
fn mutated(base: &'static str) -> impl Strategy<Value = String> {
    let edit = (any::<prop::sample::Index>(), 0usize..12, piece());
    (prop::collection::vec(edit, 0..6), any::<bool>()).prop_map(move |(edits, crlf)| {
        let mut text = base.to_string();
        for (place, delete, insert) in edits {
            let boundaries: Vec<usize> = text
                .char_indices()
                .map(|(index, _)| index)
                .chain([text.len()])
                .collect();
            let at = boundaries[place.index(boundaries.len())];
            let end = text[at..]
                .char_indices()
                .nth(delete)
                .map_or(text.len(), |(index, _)| at + index);
            text.replace_range(at..end, &insert);
        }
        if crlf {
            text = text.replace("\r\n", "\n").replace('\n', "\r\n");
        }
        text
    })
}

/// A real file, mutated, or hostile text from scratch.
fn input_like(base: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![4 => mutated(base), 1 => hostile_text()]
}

fn fixture_text(path: &str) -> &'static str {
    let text = std::fs::read_to_string(common::fixtures().join(path)).expect("fixture file");
    Box::leak(text.into_boxed_str())
}

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        let source = fixture_text("small/content/contacts.yaml");
        let (registry, diagnostics) = contacts::parse(Path::new("content/contacts.yaml"), source);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        registry
    })
}

/// The text of a file as the loaders decode it: one byte-order mark
/// dropped (diagnostics count from there).
fn decoded(text: &str) -> &str {
    text.strip_prefix('\u{FEFF}').unwrap_or(text)
}

/// Asserts every diagnostic about `path` points inside `text`.
fn assert_spans_inside(diagnostics: &[Diagnostic], path: &Path, text: &str) {
    let lines: Vec<&str> = text.split('\n').collect();
    for diagnostic in diagnostics.iter().filter(|d| d.span.path == path) {
        let (line, column) = (diagnostic.span.line, diagnostic.span.column);
        if line == 0 {
            continue;
        }
        assert!(
            line <= lines.len() + 1,
            "line {line} of {} lines: {diagnostic:?}",
            lines.len()
        );
        assert!(column >= 1, "column 0 on line {line}: {diagnostic:?}");
        if let Some(line_text) = lines.get(line - 1) {
            let width = line_text.chars().count();
            assert!(
                column <= width + 1,
                "column {column} on a line of {width} characters: {diagnostic:?}"
            );
        }
    }
}

/// Runs `check` on an input and asserts the time bound.
fn timed<T>(check: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let result = check();
    let elapsed = started.elapsed();
    assert!(elapsed < TIME_LIMIT, "took {elapsed:?}");
    result
}

/// Front matter made of known keys with valid or hostile values, unknown
/// keys, and fences that may be missing.
fn page_source() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        4 => prop::sample::select(&[
            "title", "summary", "slug", "applies_to", "last_reviewed", "contacts", "leaflet",
        ][..])
        .prop_map(str::to_string),
        1 => hostile_text(),
    ];
    let value = prop_oneof![
        2 => prop::sample::select(&[
            "Getting help", "getting-help", "england", "2026-11-01", "[police-emergency, helpline]",
            "\n  sections: [who-can-help]\n  max_pages: 1", "", "\"quoted\"", "[", "{",
        ][..])
        .prop_map(str::to_string),
        3 => hostile_text(),
    ];
    let body = input_like(
        "If you are in danger, call <tel:police-emergency>.\n\n## Who can help\n\nCall <tel:helpline>. It is free.\n\n> [!WARNING]\n> Now.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nRead [who can help](#who-can-help) or the [other page](../other-page/).\n",
    );
    (
        prop::collection::vec((key, value), 0..9),
        body,
        0u8..4,
        any::<bool>(),
    )
        .prop_map(|(fields, body, fences, crlf)| {
            let mut front = String::new();
            for (key, value) in fields {
                front.push_str(&format!("{key}: {value}\n"));
            }
            let page = match fences {
                0 => format!("{front}\n{body}"),
                1 => format!("---\n{front}{body}"),
                _ => format!("---\n{front}---\n\n{body}"),
            };
            if crlf { page.replace('\n', "\r\n") } else { page }
        })
}

/// A page that parses: the real front matter with a hostile body.
fn valid_page() -> impl Strategy<Value = String> {
    input_like(
        "If you are in danger, call <tel:police-emergency>.\n\n## Who can help\n\nCall the helpline on <tel:helpline>. It is free.\n\n## More\n\nRead [who can help](#who-can-help) or the [other page](../other-page/).\n",
    )
    .prop_map(|body| {
        format!(
            "---\ntitle: Getting help\nsummary: Who to call.\nslug: getting-help\napplies_to: england\nlast_reviewed: 2026-11-01\ncontacts: [police-emergency, helpline]\n---\n\n{body}"
        )
    })
}

/// Everything the library does with one page: parse, render, segment into
/// translation units, scan for numbers and hidden characters.
fn check_page(source: &str) {
    let path = PathBuf::from("content/advice.md");
    let found = timed(|| {
        let page = match signpost::content::parse_page(&path, source.as_bytes()) {
            Ok(page) => page,
            Err(diagnostics) => return diagnostics,
        };
        let registry = registry();
        let events = signpost::markdown::parse(&page.source, page.body_start);
        let context = signpost::markdown::Context {
            registry,
            warning_label: "Warning",
            english_headings: None,
            outline: true,
        };
        let (_, mut diagnostics) = signpost::markdown::render(&page.path, &page.source, &events, &context);
        let (_, found) =
            signpost::l10n::sources::load(None, registry, std::slice::from_ref(&page), Default::default());
        diagnostics.extend(found);
        diagnostics.extend(signpost::numbers::check_text(
            &page.path,
            &page.source,
            0,
            &page.source,
            registry,
            signpost::numbers::Reference::Markdown,
        ));
        diagnostics.extend(signpost::characters::check_text(
            &page.path,
            &page.source,
            0,
            &page.source,
        ));
        diagnostics
    });
    assert_spans_inside(&found, &path, decoded(source));
}

proptest! {
    #![proptest_config(config(1200))]

    // Protects front matter and YAML parsing: any page, with any fields,
    // values and fences, is a page or diagnostics inside the file.
    #[test]
    fn any_front_matter_parses_or_reports_inside_the_file(source in page_source()) {
        check_page(&source);
    }

    // Protects Markdown rendering, segmentation and the text scans: any
    // body under valid front matter renders, with spans inside the file.
    #[test]
    fn any_markdown_body_renders_with_spans_inside_the_file(source in valid_page()) {
        check_page(&source);
    }

    // Protects the number and hidden-character scans on their own, on any
    // text at any offset of a file.
    #[test]
    fn text_scans_report_inside_the_text(prefix in hostile_text(), text in hostile_text()) {
        let source = format!("{prefix}{text}");
        let path = Path::new("locales/pl/site.ftl");
        let found = timed(|| {
            let mut found = signpost::numbers::check_text(
                path,
                &source,
                prefix.len(),
                &text,
                registry(),
                signpost::numbers::Reference::Fluent,
            );
            found.extend(signpost::characters::check_text(path, &source, prefix.len(), &text));
            found
        });
        assert_spans_inside(&found, path, &source);
        let text_start = signpost::diag::line_col(&source, prefix.len());
        for diagnostic in &found {
            let at = (diagnostic.span.line, diagnostic.span.column);
            assert!(at >= text_start, "{at:?} is before the scanned text at {text_start:?}");
        }
    }
}

proptest! {
    #![proptest_config(config(700))]

    // Protects the contacts registry parser: any registry is parsed or
    // reported, with spans inside the file.
    #[test]
    fn any_registry_parses_or_reports_inside_the_file(
        source in input_like(fixture_text("small/content/contacts.yaml"))
    ) {
        let path = Path::new("content/contacts.yaml");
        let (_, diagnostics) = timed(|| contacts::parse(path, &source));
        assert_spans_inside(&diagnostics, path, &source);
    }

    // Protects site.yaml parsing: any configuration is parsed or reported,
    // with spans inside the file.
    #[test]
    fn any_site_config_parses_or_reports_inside_the_file(
        source in input_like(fixture_text("translated/site.yaml"))
    ) {
        let path = Path::new("site.yaml");
        let diagnostics = timed(|| signpost::config::parse(path, &source).err().unwrap_or_default());
        assert_spans_inside(&diagnostics, path, &source);
    }
}

// Protects the translation gate end to end: any page translation goes
// through a whole run (check only) without panic, in bounded time, with
// every diagnostic about it inside it.
#[test]
fn any_page_translation_goes_through_the_gate() {
    let site = common::site("translated", None);
    let root = site.path();
    let relative = Path::new("locales/pl/getting-help.ftl");
    let strategy = input_like(fixture_text("translated/locales/pl/getting-help.ftl"));
    let mut runner = proptest::test_runner::TestRunner::new(config(60));
    let result = runner.run(&strategy, |source| {
        std::fs::write(root.join(relative), &source).expect("write translation");
        let outcome = timed(|| signpost::run(&common::options(root, None)).expect("pipeline runs"));
        assert_spans_inside(&outcome.diagnostics, relative, decoded(&source));
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
}
