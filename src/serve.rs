//! `signpost serve`: the preview for editors and translators. An HTTP
//! server (tiny_http, loopback only unless asked) serves the site from
//! memory (`preview::Preview`), a watcher (notify, debounced) rebuilds what
//! a saved file affects, and open pages reload themselves after each
//! rebuild. Nothing of the preview reaches `build` output: the reload
//! script, the error overlay and their stylesheet are added to pages as
//! they are served, as files of the server (never inline, so every page
//! keeps its Content-Security-Policy).
//!
//! Every file of the site is sent with the headers a host would send
//! (`render::host`, the table the build's host files come from), so the
//! preview is framed, sniffed and cached as the published site is; only
//! `Cache-Control` differs: a file that is not fingerprinted is never kept
//! (`no-store`), since the preview changes files in place at every save.
//!
//! Only files of the built site are served: a path is decoded, and any
//! `..`, `.`, backslash, NUL or absolute part is a 404, as is anything not
//! in memory; there are no directory listings. A bad input, a deleted file
//! or a file half-written while being saved never stops the server: the
//! last good rendering stays, with an overlay listing the problems.

use std::fmt::Write as _;
use std::io::Write as _;
use std::net::{IpAddr, SocketAddr};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use anyhow::Context as _;
use pulldown_cmark_escape::escape_html;

use crate::Options;
use crate::diag::{self, Diagnostic};
use crate::preview::{Preview, Rebuild};
use crate::render::host::{CACHE_CONTROL, Header, IMMUTABLE};

/// Where the preview's own files live on the server.
const OWN: &str = "/__signpost/";
/// How long a browser's reload request waits for a rebuild before asking again.
const WAIT: Duration = Duration::from_secs(25);
/// Saves closer together than this are one rebuild.
const DEBOUNCE: Duration = Duration::from_millis(60);
/// A page is open while its reload script asked within this long (it asks
/// again at least every `WAIT`).
const OPEN_FOR: Duration = Duration::from_secs(60);
/// Pages rendered at a time after the open ones, between requests.
const PENDING_CHUNK: usize = 256;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub bind: IpAddr,
    pub port: u16,
    /// `--port` was given: do not try the next ports when it is taken.
    pub port_given: bool,
    /// Open the site in the default browser.
    pub open: bool,
}

/// The preview and the number of its latest rebuild, shared by the
/// watcher and the request threads.
struct Shared {
    preview: Mutex<Preview>,
    rebuilt: Condvar,
    /// The output path of each page a browser has open, and when its
    /// reload script last asked.
    open: Mutex<std::collections::BTreeMap<PathBuf, std::time::Instant>>,
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Preview> {
        self.preview
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The pages open in a browser now.
    fn open_pages(&self) -> Vec<PathBuf> {
        let mut open = self
            .open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        open.retain(|_, seen| seen.elapsed() < OPEN_FOR);
        open.keys().cloned().collect()
    }
}

/// Builds the preview, then serves it until the process is stopped.
pub fn serve(options: &Options, serve: &ServeOptions) -> anyhow::Result<()> {
    let (preview, first) = Preview::load(options)?;
    report(&preview, &first);
    let shared = Arc::new(Shared {
        preview: Mutex::new(preview),
        rebuilt: Condvar::new(),
        open: Mutex::new(std::collections::BTreeMap::new()),
    });
    let server = bind(serve)?;
    let address = server
        .server_addr()
        .to_ip()
        .context("the server has no network address")?;
    let base_path = shared.lock().base_path();
    let url = format!("http://{address}{base_path}");
    let reach = if serve.bind.is_loopback() {
        "only this computer can open it; --bind 0.0.0.0 lets others on your network"
    } else {
        "other computers on your network can open it"
    };
    // Watching starts before the address is printed: a save made as soon
    // as the address is known is seen.
    let _watcher = watch(&options.root, Arc::clone(&shared))?;
    println!("Serving the preview at {url} ({reach}). Press Ctrl+C to stop.");
    let _ = std::io::stdout().flush();
    if serve.open {
        open_browser(&url);
    }
    for request in server.incoming_requests() {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || respond(&shared, request));
    }
    Ok(())
}

/// Listens on the asked port, or (when none was given) the next free one.
fn bind(serve: &ServeOptions) -> anyhow::Result<tiny_http::Server> {
    let tries = if serve.port_given || serve.port == 0 {
        1
    } else {
        10
    };
    let mut last_error = None;
    for offset in 0..tries {
        let address = SocketAddr::new(serve.bind, serve.port.saturating_add(offset));
        match tiny_http::Server::http(address) {
            Ok(server) => return Ok(server),
            Err(error) => last_error = Some(error),
        }
    }
    anyhow::bail!(
        "could not listen on {}:{} ({}); choose another with --port",
        serve.bind,
        serve.port,
        last_error.map(|error| error.to_string()).unwrap_or_default()
    )
}

/// Watches the project's inputs and rebuilds after each burst of saves
/// (changes closer together than `DEBOUNCE` are one rebuild). Opening and
/// reading files is not a change: the rebuild's own reads never start
/// another rebuild.
fn watch(root: &Path, shared: Arc<Shared>) -> anyhow::Result<notify::RecommendedWatcher> {
    use notify::{EventKind, RecursiveMode, Watcher as _};

    let (sender, receiver) = std::sync::mpsc::channel::<PathBuf>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        if matches!(event.kind, EventKind::Access(_)) {
            return;
        }
        for path in event.paths {
            let _ = sender.send(path);
        }
    })
    .context("could not watch the project's files")?;
    for folder in ["content", "locales", "templates", "static", "fonts"] {
        let path = root.join(folder);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .with_context(|| format!("could not watch {}", path.display()))?;
        }
    }
    watcher
        .watch(&root.join(crate::config::FILE_NAME), RecursiveMode::NonRecursive)
        .context("could not watch site.yaml")?;
    let root = root.to_path_buf();
    std::thread::spawn(move || {
        let absolute_root = std::fs::canonicalize(&root).unwrap_or_else(|_| root.clone());
        loop {
            // Pages left pending by a template save are rendered a chunk at
            // a time while no save waits; a save comes first.
            let pending = shared.lock().n_pending() > 0;
            let first = if pending {
                match receiver.try_recv() {
                    Ok(path) => path,
                    Err(std::sync::mpsc::TryRecvError::Empty) => {
                        continue_pending(&shared);
                        continue;
                    }
                    Err(std::sync::mpsc::TryRecvError::Disconnected) => break,
                }
            } else {
                match receiver.recv() {
                    Ok(path) => path,
                    Err(_) => break,
                }
            };
            let mut changed = vec![first];
            while let Ok(next) = receiver.recv_timeout(DEBOUNCE) {
                changed.push(next);
            }
            let mut changed: Vec<PathBuf> = changed
                .into_iter()
                .map(|path| match path.strip_prefix(&absolute_root) {
                    Ok(inside) => root.join(inside),
                    Err(_) => path,
                })
                .collect();
            changed.sort();
            changed.dedup();
            let open = shared.open_pages();
            let mut preview = shared.lock();
            match preview.apply(&changed, &open) {
                Ok(rebuild) => report(&preview, &rebuild),
                Err(error) => eprintln!("error: {error:#} (the preview keeps the last good version)"),
            }
            drop(preview);
            shared.rebuilt.notify_all();
        }
    });
    Ok(watcher)
}

/// Renders the next chunk of pages a template save left pending, and
/// reports the rebuild when the last is done.
fn continue_pending(shared: &Shared) {
    let mut preview = shared.lock();
    match preview.continue_pending(PENDING_CHUNK, None) {
        Ok(Some(rebuild)) => report(&preview, &rebuild),
        Ok(None) => {}
        Err(error) => eprintln!("error: {error:#} (the preview keeps the last good version)"),
    }
    drop(preview);
    shared.rebuilt.notify_all();
}

/// Prints a rebuild's errors in full, its warnings counted, and a summary.
fn report(preview: &Preview, rebuild: &Rebuild) {
    let diagnostics = preview.diagnostics();
    let errors: Vec<Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).cloned().collect();
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(diag::render_human(&errors).as_bytes());
    let mut warnings: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for diagnostic in diagnostics.iter().filter(|d| !d.is_error()) {
        *warnings.entry(diagnostic.code).or_default() += 1;
    }
    if !warnings.is_empty() {
        let list: Vec<String> = warnings.iter().map(|(code, n)| format!("{n} {code}")).collect();
        let _ = writeln!(
            stderr,
            "warnings: {} (untranslated and stale text is shown in English, marked)",
            list.join(", ")
        );
    }
    let what = if rebuild.full {
        "rebuilt everything".to_string()
    } else if rebuild.n_pending > 0 {
        format!(
            "rebuilt the {} open page(s) first; {} more to render and check",
            rebuild.n_rendered, rebuild.n_pending
        )
    } else {
        format!("rebuilt {} page(s)", rebuild.n_rendered)
    };
    let _ = writeln!(
        stderr,
        "{what} in {:.0} ms: {} error(s), {} warning(s)",
        rebuild.elapsed.as_secs_f64() * 1000.0,
        errors.len(),
        diagnostics.len() - errors.len(),
    );
}

fn open_browser(url: &str) {
    let opened = ["xdg-open", "open"]
        .iter()
        .any(|program| std::process::Command::new(program).arg(url).spawn().is_ok());
    if !opened {
        eprintln!("could not open a browser: open {url} yourself");
    }
}

/// Answers one request.
fn respond(shared: &Shared, request: tiny_http::Request) {
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
    if let Some(own) = path.strip_prefix(OWN) {
        return respond_own(shared, request, own, query);
    }
    let mut preview = shared.lock();
    let base_path = preview.base_path();
    let Some(inside) = path.strip_prefix(base_path.trim_end_matches('/')) else {
        drop(preview);
        return redirect(request, &base_path);
    };
    let Some(relative) = safe_path(inside) else {
        return not_found(&preview, request, query);
    };
    let candidates = [relative.clone(), relative.join(crate::render::route::INDEX_FILE)];
    if preview.n_pending() > 0 {
        // A page not yet rendered with the templates last saved: now.
        for candidate in &candidates {
            if let Err(error) = preview.continue_pending(0, Some(candidate)) {
                eprintln!("error: {error:#} (the preview keeps the last good version)");
            }
        }
    }
    let found = candidates.iter().find_map(|candidate| {
        preview
            .file(candidate)
            .map(|bytes| (candidate.clone(), bytes.to_vec()))
    });
    let Some((file, bytes)) = found else {
        if relative.extension().is_some_and(|extension| extension == "pdf") {
            return leaflet(&mut preview, request, &relative);
        }
        if relative.starts_with(crate::render::route::SEARCH_BUNDLE_DIR) {
            return search_file(&mut preview, request, &relative);
        }
        return not_found(&preview, request, query);
    };
    if file != relative && !inside.ends_with('/') && !inside.is_empty() {
        // A folder asked for without its slash: relative links need it.
        drop(preview);
        return redirect(request, &format!("{path}/"));
    }
    let content_type = content_type(&file);
    let body = if content_type.starts_with("text/html") {
        decorate(&preview, &String::from_utf8_lossy(&bytes), query).into_bytes()
    } else {
        bytes
    };
    let headers = site_headers(&preview, &file);
    drop(preview);
    if content_type.starts_with("text/html") {
        // A page just served is open, as Hugo's fast render counts a page
        // visited; its reload script keeps it so while it stays open.
        let mut open = shared
            .open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        open.insert(file, std::time::Instant::now());
    }
    send(request, 200, content_type, body, &headers);
}

/// The headers of a file of the site as the preview sends them: the host
/// table's, but `no-store` for every file that is not fingerprinted.
fn site_headers(preview: &Preview, path: &Path) -> Vec<Header> {
    preview
        .headers(path)
        .into_iter()
        .map(|mut header| {
            if header.name == CACHE_CONTROL && header.value != IMMUTABLE {
                header.value = "no-store".to_string();
            }
            header
        })
        .collect()
}

/// A leaflet, typeset now.
fn leaflet(preview: &mut Preview, request: tiny_http::Request, path: &Path) {
    match preview.leaflet(path) {
        Ok(Some(Ok(pdf))) => {
            let headers = site_headers(preview, path);
            send(request, 200, "application/pdf", pdf, &headers);
        }
        Ok(Some(Err(found))) => send_failure(request, &diag::render_human(&found)),
        Ok(None) => not_found(preview, request, ""),
        Err(error) => send_failure(request, &format!("{error:#}")),
    }
}

/// Answers 500 with `text`: what stopped the preview from making a file.
fn send_failure(request: tiny_http::Request, text: &str) {
    send(
        request,
        500,
        "text/plain; charset=utf-8",
        text.as_bytes().to_vec(),
        &[],
    );
}

/// A file of the search index, built now if the site changed.
fn search_file(preview: &mut Preview, request: tiny_http::Request, path: &Path) {
    match preview.search_file(path) {
        Ok(Some(bytes)) => {
            let headers = site_headers(preview, path);
            send(request, 200, content_type(path), bytes, &headers);
        }
        Ok(None) => not_found(preview, request, ""),
        Err(error) => send_failure(request, &format!("{error:#}")),
    }
}

/// The preview's own files and endpoints.
fn respond_own(shared: &Shared, request: tiny_http::Request, own: &str, query: &str) {
    match own {
        "live-reload.js" => send(
            request,
            200,
            "text/javascript; charset=utf-8",
            LIVE_RELOAD.as_bytes().to_vec(),
            &[],
        ),
        "preview.css" => send(
            request,
            200,
            "text/css; charset=utf-8",
            PREVIEW_CSS.as_bytes().to_vec(),
            &[],
        ),
        "wait.js" => {
            let since: u64 = query
                .split('&')
                .find_map(|pair| pair.strip_prefix("since="))
                .and_then(|value| value.parse().ok())
                .unwrap_or(0);
            let preview = shared.lock();
            if let Some(page) = query
                .split('&')
                .find_map(|pair| pair.strip_prefix("page="))
                .and_then(|page| open_page(&preview.base_path(), page))
            {
                let mut open = shared
                    .open
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                open.insert(page, std::time::Instant::now());
            }
            let (preview, _) = shared
                .rebuilt
                .wait_timeout_while(preview, WAIT, |preview| preview.version() <= since)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let script = if preview.version() > since {
                "location.reload();"
            } else {
                "window.signpostWait && window.signpostWait();"
            };
            drop(preview);
            send(
                request,
                200,
                "text/javascript; charset=utf-8",
                script.as_bytes().to_vec(),
                &[],
            );
        }
        "events" => events(shared, request),
        "version" => {
            let version = shared.lock().version();
            send(
                request,
                200,
                "text/plain; charset=utf-8",
                version.to_string().into_bytes(),
                &[],
            );
        }
        _ => send(
            request,
            404,
            "text/plain; charset=utf-8",
            b"not found".to_vec(),
            &[],
        ),
    }
}

/// The output path of the page whose address path (`page=` of the reload
/// script, percent-encoded) is `encoded`, if it is inside the site.
fn open_page(base_path: &str, encoded: &str) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(encoded).decode_utf8().ok()?;
    let inside = decoded.strip_prefix(base_path.trim_end_matches('/'))?;
    let relative = safe_path(inside)?;
    Some(if inside.ends_with('/') || inside.is_empty() {
        relative.join(crate::render::route::INDEX_FILE)
    } else {
        relative
    })
}

/// A server-sent event stream: `event: reload` with the version after each
/// rebuild, for tools and editors (browsers use `wait.js`, which the pages'
/// Content-Security-Policy allows).
fn events(shared: &Shared, request: tiny_http::Request) {
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n";
    let mut version = shared.lock().version();
    if writer
        .write_all(head.as_bytes())
        .and_then(|()| writer.flush())
        .is_err()
    {
        return;
    }
    loop {
        let preview = shared.lock();
        let (preview, timeout) = shared
            .rebuilt
            .wait_timeout_while(preview, Duration::from_secs(15), |preview| {
                preview.version() <= version
            })
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let message = if timeout.timed_out() {
            ": still here\n\n".to_string()
        } else {
            version = preview.version();
            format!("event: reload\ndata: {version}\n\n")
        };
        drop(preview);
        if writer
            .write_all(message.as_bytes())
            .and_then(|()| writer.flush())
            .is_err()
        {
            return;
        }
    }
}

/// A page as served: the reload script and the preview's stylesheet in
/// its head, and the list of problems over it while there are errors
/// (unless the reader asked to see the page without it).
fn decorate(preview: &Preview, html: &str, query: &str) -> String {
    let head = format!(
        "<link rel=\"stylesheet\" href=\"{OWN}preview.css\"><script src=\"{OWN}live-reload.js\" data-version=\"{}\" defer></script>",
        preview.version()
    );
    let mut page = match html.find("</head>") {
        Some(index) => format!("{}{head}{}", &html[..index], &html[index..]),
        None => format!("{head}{html}"),
    };
    let errors: Vec<&Diagnostic> = preview.diagnostics().iter().filter(|d| d.is_error()).collect();
    let n_pending = preview.n_pending();
    if (errors.is_empty() && n_pending == 0) || query.contains("signpost=hide-errors") {
        return page;
    }
    let mut overlay = if errors.is_empty() {
        String::new()
    } else {
        overlay(&errors)
    };
    if n_pending > 0 {
        let _ = write!(
            overlay,
            "<div class=\"signpost-checking\" role=\"status\">This page shows the template you saved. {n_pending} other page(s) are still being rendered and checked with it: problems they have will be listed here when they are done.</div>"
        );
    }
    let body = page
        .find("<body")
        .and_then(|start| page[start..].find('>').map(|end| start + end + 1));
    match body {
        Some(index) => page.insert_str(index, &overlay),
        None => page.insert_str(0, &overlay),
    }
    page
}

/// The list of problems shown over every page while the input has errors.
fn overlay(errors: &[&Diagnostic]) -> String {
    let mut html = String::from("<div class=\"signpost-errors\" role=\"alert\"><h2>");
    let _ = write!(
        html,
        "{} problem(s) in the input: fix them and save; this page is the last version that could be built</h2><ol>",
        errors.len()
    );
    for diagnostic in errors {
        let mut location = diagnostic.span.path.display().to_string();
        if diagnostic.span.line > 0 {
            let _ = write!(location, ":{}", diagnostic.span.line);
            if diagnostic.span.column > 0 {
                let _ = write!(location, ":{}", diagnostic.span.column);
            }
        }
        html.push_str("<li><code>");
        let _ = escape_html(&mut html, &location);
        html.push_str("</code> error[");
        let _ = escape_html(&mut html, diagnostic.code);
        html.push_str("]: ");
        let _ = escape_html(&mut html, &diagnostic.message);
        if let Some(excerpt) = &diagnostic.excerpt {
            html.push_str("<pre>");
            let _ = escape_html(&mut html, excerpt);
            html.push_str("</pre>");
        }
        if let Some(help) = &diagnostic.help {
            html.push_str("<p>help: ");
            let _ = escape_html(&mut html, help);
            html.push_str("</p>");
        }
        html.push_str("</li>");
    }
    html.push_str("</ol><p><a href=\"?signpost=hide-errors\">Hide this list</a></p></div>");
    html
}

/// `404.html` (with the status 404), or a plain 404.
fn not_found(preview: &Preview, request: tiny_http::Request, query: &str) {
    let page = Path::new("404.html");
    match preview.file(page) {
        Some(bytes) => {
            let html = decorate(preview, &String::from_utf8_lossy(bytes), query);
            let headers = site_headers(preview, page);
            send(
                request,
                404,
                "text/html; charset=utf-8",
                html.into_bytes(),
                &headers,
            );
        }
        None => send(
            request,
            404,
            "text/plain; charset=utf-8",
            b"not found".to_vec(),
            &[],
        ),
    }
}

fn redirect(request: tiny_http::Request, to: &str) {
    let mut response = tiny_http::Response::from_string(format!("see {to}")).with_status_code(302);
    if let Ok(header) = tiny_http::Header::from_bytes(&b"Location"[..], to.as_bytes()) {
        response = response.with_header(header);
    }
    let _ = request.respond(response);
}

/// Answers with `body` and `headers` (a file's, from the host table), and
/// `no-store` and `nosniff` when those do not say otherwise (the preview's
/// own files and messages).
fn send(request: tiny_http::Request, status: u16, content_type: &str, body: Vec<u8>, headers: &[Header]) {
    let mut response = tiny_http::Response::from_data(body).with_status_code(status);
    let given = |name: &str| {
        headers
            .iter()
            .any(|header| header.name.eq_ignore_ascii_case(name))
    };
    let defaults = [(CACHE_CONTROL, "no-store"), ("X-Content-Type-Options", "nosniff")]
        .into_iter()
        .filter(|(name, _)| !given(name));
    let all = [("Content-Type", content_type)]
        .into_iter()
        .chain(
            headers
                .iter()
                .map(|header| (header.name.as_str(), header.value.as_str())),
        )
        .chain(defaults);
    for (name, value) in all {
        if let Ok(header) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response = response.with_header(header);
        }
    }
    let _ = request.respond(response);
}

/// The file a request path names inside the site, or `None` for anything
/// that could leave it: after percent-decoding, every part must be a plain
/// name (no `..`, `.`, empty root, backslash, NUL or drive prefix).
pub fn safe_path(request_path: &str) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(request_path)
        .decode_utf8()
        .ok()?;
    if decoded.contains(['\\', '\0']) {
        return None;
    }
    let mut path = PathBuf::new();
    for part in decoded.split('/') {
        match part {
            "" => {}
            "." | ".." => return None,
            part => path.push(part),
        }
    }
    if path
        .components()
        .any(|component| !matches!(component, Component::Normal(_)))
    {
        return None;
    }
    Some(path)
}

fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|extension| extension.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "json" => "application/json",
        "pdf" => "application/pdf",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Reloads the page after the next rebuild: asks the server with a script
/// request (which the pages' `script-src 'self'` allows, where a fetch or
/// an event stream would need a `connect-src` the pages do not grant).
const LIVE_RELOAD: &str = r#"(function () {
  "use strict";
  var version = document.currentScript.getAttribute("data-version");
  function wait() {
    var script = document.createElement("script");
    script.src = "/__signpost/wait.js?since=" + version + "&page=" +
      encodeURIComponent(location.pathname) + "&t=" + Date.now();
    script.onload = function () { script.remove(); };
    script.onerror = function () { script.remove(); setTimeout(wait, 2000); };
    document.head.appendChild(script);
  }
  window.signpostWait = wait;
  // Only after the page has loaded: a script pending before then would
  // hold the page's load event (and its spinner) until the next rebuild.
  if (document.readyState === "complete") {
    wait();
  } else {
    window.addEventListener("load", wait);
  }
})();
"#;

/// The preview's marks: text shown in English, and the list of problems.
const PREVIEW_CSS: &str = r#".signpost-untranslated { outline: 2px dashed #d4351c; outline-offset: 2px; }
.signpost-untranslated[data-state="stale"] { outline-color: #f47738; }
.signpost-untranslated[data-state="broken"] { outline-color: #912b88; }
.signpost-errors { position: relative; z-index: 1000; margin: 0; padding: 1rem 1.5rem; background: #fff; color: #0b0c0c; border: 5px solid #d4351c; font: 1rem/1.4 sans-serif; }
.signpost-errors h2 { margin-top: 0; font-size: 1.2rem; }
.signpost-errors pre { white-space: pre-wrap; background: #f3f2f1; padding: 0.25rem 0.5rem; }
.signpost-checking { position: relative; z-index: 1000; margin: 0; padding: 0.5rem 1.5rem; background: #fff7bf; color: #0b0c0c; border-bottom: 3px solid #ffdd00; font: 1rem/1.4 sans-serif; }
"#;
