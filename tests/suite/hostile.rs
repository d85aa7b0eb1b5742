//! Hostile depth and size (issue 19): every parser a contributor can feed
//! (Fluent, Markdown, YAML front matter, registry and `site.yaml`, Tera,
//! XLIFF, Typst) is given nesting 100,000 levels deep, a 50 MB file and a
//! 1 MB line. In process, each runs where the build runs it, on a rayon
//! worker with rayon's own small stack, and must answer with findings;
//! through the binary, `build`, `check`, `serve` and `l10n import` must end
//! with exit code 1 and name the file, never with a signal.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use signpost::diag::Diagnostic;

/// As deep as the issue asks.
const DEPTH: usize = 100_000;
/// A 50 MB file and a 1 MB line.
const BIG_FILE: usize = 50_000_000;
const LONG_LINE: usize = 1_000_000;

/// Runs `work` on a worker of a rayon pool built with rayon's defaults (so
/// with its small stacks), as the build's stages run.
fn on_rayon_worker<T: Send>(work: impl FnOnce() -> T + Send) -> T {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a rayon pool");
    pool.install(work)
}

fn codes(found: &[Diagnostic]) -> Vec<&'static str> {
    found.iter().map(|diagnostic| diagnostic.code).collect()
}

fn nested(open: &str, middle: &str, close: &str) -> String {
    format!("{}{middle}{}", open.repeat(DEPTH), close.repeat(DEPTH))
}

// Protects the Fluent parser: placeables nested 100,000 deep, closed or
// not, are an error at their line on a rayon worker; the entries around
// them still parse.
#[test]
fn deep_fluent_is_an_error_on_a_worker() {
    for deep in [nested("{ ", "\"x\"", " }"), "{ ".repeat(DEPTH)] {
        let source = format!("before = fine\n\ndeep = {deep}\nafter = fine\n");
        let (file, found) =
            on_rayon_worker(|| signpost::l10n::FtlFile::parse(PathBuf::from("locales/pl/site.ftl"), source));
        assert_eq!(codes(&found), ["input/too-deep"]);
        assert_eq!(found[0].span.line, 3);
        assert!(file.messages.block("before").is_some() && file.messages.block("after").is_some());
        assert!(file.messages.block("deep").is_none());
    }
}

// Protects the Markdown renderer (and the minifier and typesetter behind
// it): quotes, lists, emphasis and links nested 100,000 deep are an error
// at their line on a rayon worker.
#[test]
fn deep_markdown_is_an_error_on_a_worker() {
    let registry = signpost::content::contacts::Registry::default();
    for body in [
        ">".repeat(DEPTH) + " x",
        "- ".repeat(DEPTH) + "x",
        "> - ".repeat(DEPTH) + "x",
        nested("*", "x", "*"),
        nested("[", "x", "](#a)"),
    ] {
        let source = format!("intro\n\n{body}\n");
        let found = on_rayon_worker(|| {
            let events = signpost::markdown::parse(&source, 0);
            let context = signpost::markdown::Context {
                registry: &registry,
                warning_label: "Warning",
                english_headings: None,
                outline: true,
            };
            signpost::markdown::render(Path::new("content/a.md"), &source, &events, &context).1
        });
        // Either refused at its line, or read as something shallow (a run of
        // brackets or asterisks can be plain text).
        assert!(
            found
                .iter()
                .all(|d| d.code == "input/too-deep" && d.span.line == 3),
            "{found:?}"
        );
    }
}

// Protects the YAML readers (front matter, registry, site.yaml): values
// nested 100,000 deep are an error inside the file on a rayon worker.
#[test]
fn deep_yaml_is_an_error_on_a_worker() {
    let deep = nested("[", "x", "]");
    let page = format!("---\ntitle: {deep}\nsummary: s\nslug: a\n---\nText\n");
    let found = on_rayon_worker(|| signpost::content::parse_page(Path::new("content/a.md"), page.as_bytes()))
        .expect_err("too deep to read");
    assert!(!found.is_empty() && found.iter().all(|d| d.span.path == Path::new("content/a.md")));
    let registry = format!("contacts:\n  - id: {deep}\n");
    let (_, found) =
        on_rayon_worker(|| signpost::content::contacts::parse(Path::new("content/contacts.yaml"), &registry));
    assert!(found.iter().any(Diagnostic::is_error));
    let config = format!("base_url: {deep}\n");
    let found =
        on_rayon_worker(|| signpost::config::parse(Path::new("site.yaml"), &config)).expect_err("too deep");
    assert!(found.iter().all(|d| d.span.path == Path::new("site.yaml")));
}

// Protects the template compiler: blocks and brackets nested 100,000 deep,
// and templates that include or call themselves, are errors on a rayon
// worker (Tera's parser and renderer recurse with no limit of their own).
#[test]
fn deep_or_recursive_templates_are_errors_on_a_worker() {
    let root = common::project_root();
    let bundled = signpost::content::load_templates(&root)
        .expect("bundled templates")
        .0;
    let cases = [
        (
            "deep.html",
            nested("{% if true %}", "x", "{% endif %}"),
            "input/too-deep",
        ),
        (
            "deep.html",
            format!("{{{{ {} }}}}", nested("(", "1", ")")),
            "input/too-deep",
        ),
        (
            "loop.html",
            "<p>{% include \"loop.html\" %}</p>".to_string(),
            "template/recursion",
        ),
    ];
    for (name, text, code) in cases {
        let mut templates = bundled.clone();
        templates.push(signpost::content::TemplateSource {
            name: name.to_string(),
            path: PathBuf::from("templates").join(name),
            source: text,
        });
        let (tera, found) = on_rayon_worker(|| signpost::render::templates::compile(&templates));
        assert!(tera.is_none());
        assert_eq!(codes(&found), [code]);
    }
}

// Protects the XLIFF reader: inline elements nested 100,000 deep are read
// without recursing (or refused), on a rayon worker.
#[test]
fn deep_xliff_is_read_or_refused_on_a_worker() {
    let target = nested("<g id=\"1\">", "x", "</g>");
    let xml = format!(
        "<?xml version=\"1.0\"?><xliff version=\"1.2\"><file original=\"locales/pl/a.ftl\" source-language=\"en\" target-language=\"pl\" datatype=\"plaintext\"><body><trans-unit id=\"a\"><source>x</source><target>{target}</target></trans-unit></body></file></xliff>"
    );
    let read = on_rayon_worker(|| signpost::l10n::xliff::read(&xml));
    if let Ok(units) = read {
        assert_eq!(units.len(), 1);
    }
}

// Protects every hand-written source from a 50 MB file: it is refused at
// once, before any parser reads it.
#[test]
fn huge_sources_are_refused_before_parsing() {
    let huge = "x".repeat(BIG_FILE);
    let found = signpost::project::decode(Path::new("content/a.md"), huge.as_bytes()).expect_err("too large");
    assert_eq!(found.code, "input/too-large");
}

/// A project to try hostile input on: the translated fixture (English and
/// Polish) with a leaflet on its page, so every parser is reached.
fn project() -> tempfile::TempDir {
    let temp = common::site("translated", None);
    let page = temp.path().join("content/advice.md");
    let text = std::fs::read_to_string(&page).expect("page");
    let with_leaflet = text.replacen(
        "contacts: [police-emergency, helpline]\n",
        "contacts: [police-emergency, helpline]\nleaflet:\n  sections: [who-can-help]\n",
        1,
    );
    std::fs::write(&page, with_leaflet).expect("write page");
    temp
}

fn run(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_signpost"))
        .args(args)
        .arg("--root")
        .arg(root)
        .arg("--offline")
        .output()
        .expect("run signpost")
}

fn append(path: &Path, text: &str) {
    let mut before = std::fs::read_to_string(path).expect("read");
    before.push_str(text);
    std::fs::write(path, before).expect("write");
}

/// Each hostile input: where it goes and what it does to the file.
struct Hostile {
    name: &'static str,
    file: &'static str,
    edit: fn(&Path),
    /// Run `check` too (the same stages as `build`, less the writing: once
    /// per parser is enough).
    also_check: bool,
}

fn hostile_inputs() -> Vec<Hostile> {
    vec![
        Hostile {
            name: "Fluent placeables 100,000 deep",
            file: "locales/pl/site.ftl",
            edit: |path| append(path, &format!("\ndeep = {}\n", nested("{ ", "\"x\"", " }"))),
            also_check: true,
        },
        Hostile {
            name: "Fluent placeables left open",
            file: "locales/pl/getting-help.ftl",
            edit: |path| append(path, &format!("\ndeep = {}\n", "{ ".repeat(DEPTH))),
            also_check: false,
        },
        Hostile {
            name: "Markdown quotes 100,000 deep",
            file: "content/advice.md",
            edit: |path| append(path, &format!("\n{} deep\n", ">".repeat(DEPTH))),
            also_check: true,
        },
        Hostile {
            name: "Markdown emphasis 100,000 deep",
            file: "content/advice.md",
            edit: |path| append(path, &format!("\n{}\n", nested("*", "x", "*"))),
            also_check: false,
        },
        Hostile {
            name: "front matter nested 100,000 deep",
            file: "content/other.md",
            edit: |path| {
                let text = std::fs::read_to_string(path).expect("read");
                let deep = format!("---\nsummary: {}\n", nested("[", "x", "]"));
                std::fs::write(path, text.replacen("---\n", &deep, 1)).expect("write");
            },
            also_check: true,
        },
        Hostile {
            name: "registry nested 100,000 deep",
            file: "content/contacts.yaml",
            edit: |path| append(path, &format!("\nextra: {}\n", nested("{a: ", "x", "}"))),
            also_check: true,
        },
        Hostile {
            name: "site.yaml nested 100,000 deep",
            file: "site.yaml",
            edit: |path| append(path, &format!("\nextra: {}\n", nested("[", "x", "]"))),
            also_check: true,
        },
        Hostile {
            name: "template blocks 100,000 deep",
            file: "templates/page.html",
            edit: |path| append(path, &nested("{% if true %}", "x", "{% endif %}")),
            also_check: true,
        },
        Hostile {
            name: "template including itself",
            file: "templates/loop.html",
            edit: |path| std::fs::write(path, "<p>{% include \"loop.html\" %}</p>").expect("write"),
            also_check: false,
        },
        Hostile {
            name: "Typst code 100,000 deep",
            file: "templates/leaflet-a5.typ",
            edit: |path| append(path, &format!("\n#let deep = {}\n", nested("(", "1", ")"))),
            also_check: true,
        },
        Hostile {
            name: "a 50 MB page",
            file: "content/advice.md",
            edit: |path| append(path, &"\nMore words in a long page.\n".repeat(BIG_FILE / 28)),
            also_check: true,
        },
        Hostile {
            name: "a 50 MB translation",
            file: "locales/pl/site.ftl",
            edit: |path| append(path, &"\n# a comment line\n".repeat(BIG_FILE / 18)),
            also_check: false,
        },
        Hostile {
            name: "a 50 MB template",
            file: "templates/page.html",
            edit: |path| append(path, &"<p>text</p>\n".repeat(BIG_FILE / 12)),
            also_check: false,
        },
        Hostile {
            name: "a 50 MB registry",
            file: "content/contacts.yaml",
            edit: |path| append(path, &"\n# a comment line\n".repeat(BIG_FILE / 18)),
            also_check: false,
        },
        Hostile {
            name: "a typed number at the end of a 1 MB line of a page",
            file: "content/advice.md",
            edit: |path| {
                append(
                    path,
                    &format!("\n{}call 0800 555 111\n", "word ".repeat(LONG_LINE / 5)),
                )
            },
            also_check: false,
        },
        Hostile {
            name: "a typed number at the end of a 1 MB line of a translation",
            file: "locales/pl/site.ftl",
            edit: |path| {
                append(
                    path,
                    &format!("\nsite-name = {}0800 555 111\n", "słowo ".repeat(LONG_LINE / 7)),
                )
            },
            also_check: true,
        },
    ]
}

/// What a finished run must show: exit code 1 (not a signal, not 0) and
/// the file named on stderr.
fn assert_refused(output: &Output, hostile: &Hostile, command: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(1),
        "{command} on {}: {:?}\n{}",
        hostile.name,
        output.status,
        stderr.chars().take(2000).collect::<String>()
    );
    assert!(
        stderr.contains(hostile.file),
        "{command} on {} does not name {}:\n{}",
        hostile.name,
        hostile.file,
        stderr.chars().take(2000).collect::<String>()
    );
    assert!(
        stderr.lines().all(|line| line.chars().count() < 1_000),
        "{command} on {} printed a line of the hostile input whole",
        hostile.name
    );
}

// Protects the promise that no input can abort the build: `check` and
// `build` on each hostile input end with exit code 1 naming the file, and
// leave no output behind.
#[test]
fn check_and_build_refuse_every_hostile_input_with_exit_code_one() {
    for hostile in hostile_inputs() {
        let started = std::time::Instant::now();
        let temp = project();
        (hostile.edit)(&temp.path().join(hostile.file));
        if hostile.also_check {
            assert_refused(&run(temp.path(), &["check"]), &hostile, "check");
        }
        let out = temp.path().join("dist");
        let built = run(temp.path(), &["build", "--out", out.to_str().expect("path")]);
        assert_refused(&built, &hostile, "build");
        assert!(!out.exists(), "build on {} wrote output", hostile.name);
        eprintln!("{}: refused in {:.1?}", hostile.name, started.elapsed());
    }
}

// Protects the preview: started on hostile input, and given more while it
// runs, the server keeps serving and lists the file among the problems.
#[test]
fn the_preview_survives_hostile_input() {
    let temp = project();
    let translation = temp.path().join("locales/pl/getting-help.ftl");
    append(
        &translation,
        &format!("\ndeep = {}\n", nested("{ ", "\"x\"", " }")),
    );
    let mut server = common::server::Server::start(temp.path());
    let page = server.get("/help/en/getting-help/");
    assert_eq!(page.status, 200);
    assert!(
        page.text().contains("locales/pl/getting-help.ftl"),
        "the overlay names the file"
    );
    let since = server.version();
    append(
        &temp.path().join("content/advice.md"),
        &format!("\n{} deep\n", ">".repeat(DEPTH)),
    );
    server.wait_for_rebuild(since);
    let page = server.get("/help/en/getting-help/");
    assert_eq!(page.status, 200);
    assert!(
        page.text().contains("content/advice.md"),
        "the overlay names the page"
    );
    assert!(server.is_running(), "stderr:\n{}", server.stderr());
}

// Protects `l10n import`: an XLIFF file nested 100,000 deep, malformed, or
// carrying placeables 100,000 deep in a target ends with exit code 1 and
// names the file.
#[test]
fn import_refuses_hostile_xliff_with_exit_code_one() {
    let temp = project();
    let root = temp.path();
    let export = root.join("pl.xlf");
    let exported = run(
        root,
        &["l10n", "export", "pl", "--out", export.to_str().expect("path")],
    );
    assert_eq!(
        exported.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&exported.stderr)
    );
    let xliff = std::fs::read_to_string(&export).expect("the export");
    let first_target = xliff.find("<target").expect("a target");
    let target_end = xliff[first_target..].find('>').expect("tag end") + first_target + 1;
    let cases = [
        (
            "nested.xlf",
            format!(
                "{}{}{}",
                &xliff[..target_end],
                nested("<g id=\"9\">", "x", "</g>"),
                &xliff[target_end..]
            ),
        ),
        (
            "malformed.xlf",
            format!("{}<target>{}", &xliff[..first_target], "<".repeat(1000)),
        ),
        (
            "placeables.xlf",
            format!(
                "{}{}{}",
                &xliff[..target_end],
                nested("{ ", "\"x\"", " }"),
                &xliff[target_end..]
            ),
        ),
    ];
    for (name, text) in cases {
        let path = root.join(name);
        std::fs::write(&path, text).expect("write xliff");
        let output = run(root, &["l10n", "import", path.to_str().expect("path")]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            stderr.contains(name) || stderr.contains("locales/pl/"),
            "{name} is not named: {stderr}"
        );
    }
}
