//! Preview benchmark: how long an editor waits, from saving a file to the
//! preview serving the changed page, on a generated site of 1,000 pages in
//! the 7 bundled locales. `signpost serve` (release binary) and, side by
//! side on the same text, `hugo server --renderToMemory` (Hugo's default
//! fast render), each polled over HTTP every 5 ms until the page holds the
//! new text. Saves alternate between the two servers; medians are reported.
//!
//! Cases: an English paragraph (the page in every locale is rebuilt), a
//! translated paragraph (one page in one locale), the base template
//! (everything). Also the time until each server first answers.
//!
//! Targets (2 cores): an English paragraph under 300 ms and no slower than
//! Hugo; a translation under 150 ms. `SIGNPOST_PREVIEW_PAGES=1000` chooses
//! the size, `SIGNPOST_PREVIEW_RUNS=7` the saves per case.

#![allow(
    clippy::expect_used,
    reason = "a benchmark that cannot run should stop loudly"
)]

mod support;

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::{env_number, hugo, hugo_site, site, sitegen, work_dir};

/// Words for the edits: the text must hold no digits (they would be typed
/// phone numbers) and change every time.
const WORDS: [&str; 12] = [
    "amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "heath", "inlet", "juniper", "kestrel",
    "linden",
];

/// A server process, stopped when dropped.
struct Running {
    child: Child,
    address: SocketAddr,
    /// From starting the process to its first answer.
    ready: Duration,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `command`, reads its output until a line holds `marker` followed
/// by an `http://host:port` address.
fn start(mut command: Command, marker: &str) -> Running {
    let started = Instant::now();
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the server");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    let address = loop {
        line.clear();
        let n = stdout.read_line(&mut line).expect("read the server's output");
        assert!(n > 0, "the server stopped before printing {marker:?}");
        if let Some(rest) = line.split(marker).nth(1) {
            let rest = rest.trim_start().trim_start_matches("http://");
            let host = rest
                .split(['/', ' '])
                .next()
                .expect("host")
                .replace("localhost", "127.0.0.1");
            break host.parse::<SocketAddr>().expect("an address");
        }
    };
    std::thread::spawn(move || {
        let mut rest = Vec::new();
        let _ = stdout.read_to_end(&mut rest);
    });
    let mut running = Running {
        child,
        address,
        ready: Duration::ZERO,
    };
    while get(running.address, "/").is_none() {
        std::thread::sleep(Duration::from_millis(5));
    }
    running.ready = started.elapsed();
    running
}

/// The body of `path`, or `None` when the server does not answer.
fn get(address: SocketAddr, path: &str) -> Option<String> {
    let mut stream = TcpStream::connect(address).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).ok()?;
    Some(String::from_utf8_lossy(&raw).into_owned())
}

/// Writes `text` to `file`, then polls `path` until it holds `expected`.
fn save_and_wait(server: &Running, file: &Path, text: &str, path: &str, expected: &str) -> Duration {
    std::fs::write(file, text).expect("save");
    let saved = Instant::now();
    loop {
        if get(server.address, path).is_some_and(|body| body.contains(expected)) {
            return saved.elapsed();
        }
        assert!(
            saved.elapsed() < Duration::from_secs(60),
            "{path} never showed {expected:?} after saving {}",
            file.display()
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// A fresh copy of `from` (the servers' saves must not touch the kept
/// generated sites).
fn copy_of(from: &Path, name: &str) -> PathBuf {
    let to = work_dir().join(name);
    let _ = std::fs::remove_dir_all(&to);
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("folder");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
    to
}

/// One kind of save, for both servers: the file, a line of it to replace,
/// and the page to poll.
struct Case {
    name: &'static str,
    file: PathBuf,
    line: String,
    path: String,
}

/// Saves `case` `runs` times with a new word, returns the median wait.
fn edit(server: &Running, case: &Case, runs: usize, offset: usize) -> Duration {
    let original = std::fs::read_to_string(&case.file).expect("read");
    assert!(
        original.contains(&case.line),
        "{} lacks {:?}",
        case.file.display(),
        case.line
    );
    let mut waits = Vec::new();
    for run in 0..runs {
        let word = WORDS[(run + offset) % WORDS.len()];
        let marker = format!("{word} {}", WORDS[(run + offset + 5) % WORDS.len()]);
        let edited_line = edited(&case.line, &marker);
        let text = original.replace(&case.line, &edited_line);
        waits.push(save_and_wait(server, &case.file, &text, &case.path, &marker));
    }
    std::fs::write(&case.file, &original).expect("restore");
    std::thread::sleep(Duration::from_millis(500));
    waits.sort();
    waits[waits.len() / 2]
}

/// `line` with `marker` put into it where each format holds text.
fn edited(line: &str, marker: &str) -> String {
    if let Some((id, value)) = line.split_once(" = ") {
        format!("{id} = {marker} {value}") // Fluent
    } else if line.starts_with("<body") {
        line.replacen("<body", &format!("<body data-bench=\"{marker}\""), 1)
    } else {
        format!("{marker} {line}")
    }
}

/// The first plain paragraph line of a Markdown file (after front matter).
fn paragraph(text: &str) -> String {
    text.split("\n---\n")
        .nth(1)
        .unwrap_or(text)
        .lines()
        .find(|line| {
            line.len() > 40 && line.chars().next().is_some_and(char::is_alphabetic) && !line.contains('<')
        })
        .expect("a paragraph")
        .to_string()
}

fn body_line(template: &Path) -> String {
    std::fs::read_to_string(template)
        .expect("template")
        .lines()
        .find(|line| line.trim_start().starts_with("<body"))
        .expect("a <body> line")
        .to_string()
}

fn main() {
    let pages = env_number("SIGNPOST_PREVIEW_PAGES", 1000);
    let runs = env_number("SIGNPOST_PREVIEW_RUNS", 7).max(1);
    let spec = sitegen::Spec::bundled_locales(pages);
    let kept = site(&spec);
    let kept_hugo = hugo_site(&spec, &kept);
    let ours = copy_of(&kept, "preview-signpost");
    let theirs = copy_of(&kept_hugo, "preview-hugo");
    let hugo = hugo();

    let mut serve = Command::new(env!("CARGO_BIN_EXE_signpost"));
    serve.args(["serve", "--port", "0", "--root"]).arg(&ours);
    let signpost = start(serve, "Serving the preview at");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port();
    let mut hugo_server = Command::new(&hugo);
    hugo_server
        .args([
            "server",
            "--renderToMemory",
            "--bind",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--source",
        ])
        .arg(&theirs);
    let hugo_running = start(hugo_server, "Web Server is available at");

    // The same page, in English and Polish, in both sites.
    let slug = std::fs::read_dir(ours.join("content"))
        .expect("content")
        .filter_map(|entry| entry.ok()?.path().file_stem()?.to_str().map(str::to_string))
        .filter(|stem| stem != "contacts")
        .min()
        .expect("a page");
    let english = ours.join("content").join(format!("{slug}.md"));
    let english_line = paragraph(&std::fs::read_to_string(&english).expect("page"));
    let polish_file = ours.join("locales/pl").join(format!("{slug}.ftl"));
    let polish_line = std::fs::read_to_string(&polish_file)
        .expect("translation")
        .lines()
        .find(|line| {
            line.contains(" = ") && !line.starts_with("page-") && line.len() > 40 && !line.contains('{')
        })
        .expect("a translated paragraph")
        .to_string();
    let hugo_english = theirs.join("content/en").join(format!("{slug}.md"));
    let hugo_polish = theirs.join("content/pl").join(format!("{slug}.md"));
    let polish_value = polish_line.split_once(" = ").expect("a value").1.to_string();
    let cases = [
        (
            Case {
                name: "English paragraph",
                file: english.clone(),
                line: english_line.clone(),
                path: format!("/en/{slug}/"),
            },
            Case {
                name: "English paragraph",
                file: hugo_english,
                line: english_line.clone(),
                path: format!("/en/{slug}/"),
            },
        ),
        (
            Case {
                name: "translated paragraph",
                file: polish_file,
                line: polish_line,
                path: format!("/pl/{slug}/"),
            },
            Case {
                name: "translated paragraph",
                file: hugo_polish,
                line: polish_value,
                path: format!("/pl/{slug}/"),
            },
        ),
        (
            Case {
                name: "base template",
                file: ours.join("templates/base.html"),
                line: body_line(&ours.join("templates/base.html")),
                path: format!("/en/{slug}/"),
            },
            Case {
                name: "base template",
                file: theirs.join("layouts/_default/baseof.html"),
                line: body_line(&theirs.join("layouts/_default/baseof.html")),
                path: format!("/en/{slug}/"),
            },
        ),
    ];
    println!(
        "preview benchmark: {pages} pages × 7 locales, {runs} saves per case (medians), save → page served"
    );
    println!(
        "first answer: Signpost {:.2} s, Hugo {:.2} s",
        signpost.ready.as_secs_f64(),
        hugo_running.ready.as_secs_f64()
    );
    println!("| save | Signpost | Hugo | Signpost / Hugo |");
    println!("| --- | --- | --- | --- |");
    for (offset, (ours_case, hugo_case)) in cases.iter().enumerate() {
        let signpost_wait = edit(&signpost, ours_case, runs, offset * 3);
        let hugo_wait = edit(&hugo_running, hugo_case, runs, offset * 3 + 1);
        println!(
            "| {} | {:.0} ms | {:.0} ms | {:.2} |",
            ours_case.name,
            signpost_wait.as_secs_f64() * 1000.0,
            hugo_wait.as_secs_f64() * 1000.0,
            signpost_wait.as_secs_f64() / hugo_wait.as_secs_f64()
        );
    }
}
