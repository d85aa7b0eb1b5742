//! External link checks against a real HTTP server on loopback: 200,
//! 301 → 200, 404, 429 with Retry-After, and a response slower than the
//! timeout; then the cache on a second build.

use crate::common;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{site, summary};

/// Requests seen per path.
type Counts = Arc<Mutex<HashMap<String, usize>>>;

/// Starts a loopback server; it stops when the test process ends.
fn start_server() -> (u16, Counts) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let port = listener.local_addr().expect("address").port();
    let counts: Counts = Arc::default();
    let shared = Arc::clone(&counts);
    std::thread::spawn(move || {
        for stream in listener.incoming().take(200).flatten() {
            let counts = Arc::clone(&shared);
            std::thread::spawn(move || serve(stream, &counts));
        }
    });
    (port, counts)
}

fn serve(mut stream: TcpStream, counts: &Counts) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut buffer = [0u8; 4096];
    let Ok(n) = stream.read(&mut buffer) else { return };
    let request = String::from_utf8_lossy(&buffer[..n]);
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    let seen = {
        let mut counts = counts.lock().expect("counts");
        let count = counts.entry(path.clone()).or_insert(0);
        *count += 1;
        *count
    };
    let response = match path.as_str() {
        "/ok" => "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".to_string(),
        "/moved" => "HTTP/1.1 301 Moved Permanently\r\nLocation: /ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
        "/gone" => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
        "/busy" if seen == 1 => {
            "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string()
        }
        "/busy" => "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".to_string(),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(4));
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".to_string()
        }
        _ => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
    };
    let _ = stream.write_all(response.as_bytes());
}

// Protects each external outcome and the cache: a 404 fails the build with
// the content line, a redirect and an unverifiable (slow) link are
// warnings, a 429 is retried after Retry-After, and a second build asks the
// server nothing it already knows.
#[test]
fn external_links_are_checked_and_cached() {
    let (port, counts) = start_server();
    let temp = site("small", None);
    let page = format!(
        "---\ntitle: Links\nsummary: Links to check.\nslug: links\napplies_to: england\nlast_reviewed: 2026-11-01\n---\n\n\
         - [ok](http://127.0.0.1:{port}/ok)\n- [moved](http://127.0.0.1:{port}/moved)\n- [gone](http://127.0.0.1:{port}/gone)\n\
         - [busy](http://127.0.0.1:{port}/busy)\n- [slow](http://127.0.0.1:{port}/slow)\n"
    );
    std::fs::write(temp.path().join("content/links.md"), page).expect("write page");
    let config = temp.path().join("site.yaml");
    let text = std::fs::read_to_string(&config).expect("config");
    std::fs::write(
        &config,
        format!("{text}links:\n  timeout_seconds: 2\n  retries: 1\n"),
    )
    .expect("config");
    let mut options = common::options(temp.path(), Some(temp.path().join("dist")));
    options.offline = false;

    let outcome = signpost::run(&options).expect("runs");
    let lines = summary(&outcome);
    assert!(
        lines.contains(&"error content/links.md:11:3 link/external-broken".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"warning content/links.md:10:3 link/redirect".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"warning site.yaml link/unverified".to_string()),
        "{lines:?}"
    );
    assert_eq!(lines.len(), 3, "{lines:?}");
    let broken = outcome
        .diagnostics
        .iter()
        .find(|d| d.code == "link/external-broken")
        .expect("broken");
    assert!(broken.message.contains("404"), "{}", broken.message);
    let report = outcome.links.as_ref().expect("report");
    assert_eq!(
        (
            report.external,
            report.failed,
            report.redirected,
            report.unverified
        ),
        (5, 1, 1, 1)
    );
    let busy = report
        .results
        .iter()
        .find(|r| r.url.ends_with("/busy"))
        .expect("busy");
    assert_eq!(busy.status, Some(200), "429 then Retry-After then 200");
    let before = counts.lock().expect("counts").clone();
    assert_eq!(before.get("/busy"), Some(&2));

    let again = signpost::run(&options).expect("runs again");
    let report = again.links.as_ref().expect("report");
    assert_eq!(report.cached, 4, "ok, moved, gone and busy come from the cache");
    let after = counts.lock().expect("counts").clone();
    for path in ["/ok", "/moved", "/gone", "/busy"] {
        assert_eq!(after.get(path), before.get(path), "{path} was asked again");
    }
    assert!(
        after.get("/slow") > before.get("/slow"),
        "unverified links are not cached"
    );
}

// Protects the offline promise: --offline sends nothing and says so once.
#[test]
fn offline_build_makes_no_requests() {
    let (port, counts) = start_server();
    let temp = site("small", None);
    let page = format!(
        "---\ntitle: Links\nsummary: One link.\nslug: links\napplies_to: england\nlast_reviewed: 2026-11-01\n---\n\n[ok](http://127.0.0.1:{port}/ok)\n"
    );
    std::fs::write(temp.path().join("content/links.md"), page).expect("write page");
    let outcome = signpost::run(&common::options(temp.path(), None)).expect("runs");
    assert!(summary(&outcome).is_empty(), "{:?}", summary(&outcome));
    assert_eq!(
        outcome.links.as_ref().and_then(|links| links.skipped.as_deref()),
        Some("--offline")
    );
    assert!(counts.lock().expect("counts").is_empty());
}

// Protects "broken means broken" on a machine like this one, where servers
// on loopback answer but public names do not resolve: a link to a public
// name that does not resolve is unverified (one warning saying why), never
// broken, while a real 404 on the loopback server still is an error. The
// exit link's host, which the check resolves to learn whether public DNS
// works, is a name that resolves nowhere, so the test means the same on a
// machine with working DNS.
#[test]
fn unresolvable_host_is_unverified_when_public_names_do_not_resolve() {
    let (port, _) = start_server();
    let temp = site("small", None);
    let page = format!(
        "---\ntitle: Links\nsummary: Links to check.\nslug: links\napplies_to: england\nlast_reviewed: 2026-11-01\n---\n\n\
         - [ok](http://127.0.0.1:{port}/ok)\n- [gone](http://127.0.0.1:{port}/gone)\n\
         - [nowhere](https://signpost-test-no-such-host.zz/)\n"
    );
    std::fs::write(temp.path().join("content/links.md"), page).expect("write page");
    let config = temp.path().join("site.yaml");
    let text = std::fs::read_to_string(&config).expect("config");
    std::fs::write(
        &config,
        format!(
            "{text}exit_url: https://signpost-test-exit-probe.zz/\nlinks:\n  timeout_seconds: 2\n  retries: 0\n"
        ),
    )
    .expect("config");
    let mut options = common::options(temp.path(), None);
    options.offline = false;

    let outcome = signpost::run(&options).expect("runs");
    let lines = summary(&outcome);
    assert_eq!(
        lines,
        [
            "error content/links.md:10:3 link/external-broken",
            "warning site.yaml link/unverified"
        ]
    );
    let broken = &outcome.diagnostics[0];
    assert!(broken.message.contains("/gone"), "{}", broken.message);
    let warning = &outcome.diagnostics[1];
    assert!(
        warning.message.contains("public host names do not resolve"),
        "{}",
        warning.message
    );
    let report = outcome.links.as_ref().expect("report");
    let nowhere = report
        .results
        .iter()
        .find(|result| result.url.contains("no-such-host"))
        .expect("checked");
    assert_eq!(nowhere.outcome, signpost::validate::links::Outcome::Unverified);
    assert_eq!((report.failed, report.unverified), (1, 1));
}
