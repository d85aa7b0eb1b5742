//! Host-ready output (issue 21) with real parts: a fixture site (pages,
//! leaflets, stylesheet and script, under the base path `/help/`) built
//! into a temp folder and served by a real nginx (Debian's, with the
//! Brotli module) through the snippet the build writes and by a real
//! Apache through its `.htaccess` (both installed when missing, as root),
//! checked over HTTP for every header of the table on every file, and
//! nginx for the compressed copies; the `_headers` and `.htaccess` files
//! read rule by rule (as Netlify, Cloudflare Pages and Apache read them)
//! and held against the same table; every compressed copy decompressed;
//! the preview's headers; and a page framed by another origin in Chromium.

use crate::common;

use std::collections::BTreeMap;
use std::io::Read as _;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::server::{Response, get};
use signpost::render::host::{CACHE_CONTROL, Class, HEADERS_FILE_DEFAULT_CACHE, REVALIDATE, Table};

const NGINX_MODULES: &str = "/usr/lib/nginx/modules";
const BROTLI_MODULE: &str = "ngx_http_brotli_static_module.so";
/// The fixture's base URL is `https://example.org/help/`.
const BASE: &str = "/help/";

/// A fixture site built as a host holds it: the build in `<www>/help/`.
struct Site {
    project: tempfile::TempDir,
    table: Table,
}

impl Site {
    fn build() -> Site {
        let project = common::site("translated", Some(&common::fixtures().join("leaflet")));
        let options = common::options(project.path(), Some(project.path().join("www").join("help")));
        let outcome = signpost::run(&options).expect("the build runs");
        assert!(
            !outcome.failed(false) && outcome.written,
            "{:?}",
            common::summary(&outcome)
        );
        let (site, _) = signpost::load(project.path()).expect("load");
        let site = site.expect("site.yaml loads");
        let table = Table::new(&site.config, &site.assets);
        Site { project, table }
    }

    fn www(&self) -> PathBuf {
        self.project.path().join("www")
    }

    fn dist(&self) -> PathBuf {
        self.www().join("help")
    }

    /// Every file of the build (paths inside it), sorted.
    fn files(&self) -> Vec<PathBuf> {
        common::snapshot(&self.dist())
            .into_iter()
            .map(|(path, _)| path)
            .collect()
    }

    /// The files a reader asks for: not the compressed copies, not the
    /// host files.
    fn served_files(&self) -> Vec<PathBuf> {
        self.files()
            .into_iter()
            .filter(|path| !is_copy(path) && !is_host_file(path))
            .collect()
    }

    /// The headers the table gives `path`, by lower-case name.
    fn expected(&self, path: &Path) -> BTreeMap<String, (String, String)> {
        self.table
            .headers(path)
            .into_iter()
            .map(|header| {
                (
                    header.name.to_ascii_lowercase(),
                    (header.name.clone(), header.value.clone()),
                )
            })
            .collect()
    }

    fn read(&self, path: &Path) -> Vec<u8> {
        std::fs::read(self.dist().join(path)).expect("read a built file")
    }
}

fn is_copy(path: &Path) -> bool {
    path.extension()
        .is_some_and(|extension| extension == "br" || extension == "gz")
}

fn is_host_file(path: &Path) -> bool {
    ["_headers", "nginx.conf", ".htaccess"]
        .iter()
        .any(|name| path == Path::new(name))
}

/// The URL paths a file is asked for at (under the base path): a folder's
/// index page at the folder and at its own name.
fn urls(path: &Path) -> Vec<String> {
    let path = path.to_string_lossy().replace('\\', "/");
    match path.strip_suffix("index.html") {
        Some(folder) if folder.is_empty() || folder.ends_with('/') => {
            vec![format!("/{folder}"), format!("/{path}")]
        }
        _ => vec![format!("/{path}")],
    }
}

/// A real nginx on a free loopback port, with a configuration of its own
/// in a temp folder (pid, logs and temporary files there too) that serves
/// `www` through the snippet the build wrote; stopped when dropped.
struct Nginx {
    child: Child,
    address: SocketAddr,
    folder: tempfile::TempDir,
}

impl Nginx {
    fn start(site: &Site) -> Nginx {
        common::ensure_tool("nginx", "nginx");
        let module = Path::new(NGINX_MODULES).join(BROTLI_MODULE);
        common::ensure_file(&module, "libnginx-mod-http-brotli-static");
        let folder = tempfile::tempdir().expect("temp dir");
        let port = {
            let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
            listener.local_addr().expect("address").port()
        };
        let temp = folder.path().display().to_string();
        // One process, no privileges to drop: it reads the temp folders
        // as the test's own user, root or not.
        let config = format!(
            "daemon off;\nmaster_process off;\npid {temp}/nginx.pid;\nerror_log {temp}/error.log info;\nload_module {module};\nevents {{ worker_connections 64; }}\nhttp {{\n    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n    access_log off;\n    client_body_temp_path {temp}/body;\n    proxy_temp_path {temp}/proxy;\n    fastcgi_temp_path {temp}/fastcgi;\n    uwsgi_temp_path {temp}/uwsgi;\n    scgi_temp_path {temp}/scgi;\n    server {{\n        listen 127.0.0.1:{port};\n        root {www};\n        include {snippet};\n    }}\n}}\n",
            module = module.display(),
            www = site.www().display(),
            snippet = site.dist().join("nginx.conf").display(),
        );
        let config_path = folder.path().join("nginx.conf");
        std::fs::write(&config_path, config).expect("write nginx.conf");
        let child = Command::new("nginx")
            .arg("-p")
            .arg(folder.path())
            .arg("-e")
            .arg(folder.path().join("error.log"))
            .arg("-c")
            .arg(&config_path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start nginx");
        let mut nginx = Nginx {
            child,
            address: SocketAddr::from(([127, 0, 0, 1], port)),
            folder,
        };
        let started = Instant::now();
        while TcpStream::connect(nginx.address).is_err() {
            if let Ok(Some(status)) = nginx.child.try_wait() {
                let mut stderr = String::new();
                if let Some(mut pipe) = nginx.child.stderr.take() {
                    let _ = pipe.read_to_string(&mut stderr);
                }
                panic!("nginx stopped ({status}): {stderr}\n{}", nginx.log());
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "nginx does not answer on {}: {}",
                nginx.address,
                nginx.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        nginx
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.folder.path().join("error.log")).unwrap_or_default()
    }

    fn get(&self, url: &str, headers: &[&str]) -> Response {
        get(
            self.address,
            &format!("{}{}", BASE.trim_end_matches('/'), url),
            headers,
        )
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Each header of `expected` sent exactly once with exactly its value, in
/// `response` to `url`; the problems found.
fn header_problems(
    url: &str,
    response: &Response,
    expected: &BTreeMap<String, (String, String)>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, value) in expected.values() {
        let sent = response.all(name);
        if sent != [value.clone()] {
            problems.push(format!(
                "{url}: {name} sent as {sent:?}, the table says {value:?}"
            ));
        }
    }
    problems
}

fn brotli_decompress(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::Decompressor::new(bytes, 4096)
        .read_to_end(&mut out)
        .expect("a valid brotli stream");
    out
}

fn gzip_decompress(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("a valid gzip stream");
    out
}

/// Asks `get` for every file the site serves, at each of its addresses
/// (under the base path): the problems with status, body and headers, and
/// that every class of file was seen.
fn every_file_problems(site: &Site, get: impl Fn(&str) -> Response) -> Vec<String> {
    let mut problems = Vec::new();
    let mut classes = std::collections::BTreeSet::new();
    for path in site.served_files() {
        classes.insert(site.table.class_of(&path));
        for url in urls(&path) {
            let response = get(&url);
            if response.status != 200 {
                problems.push(format!("{url}: status {}", response.status));
                continue;
            }
            if response.body != site.read(&path) {
                problems.push(format!("{url}: the body is not {}", path.display()));
            }
            problems.extend(header_problems(&url, &response, &site.expected(&path)));
        }
    }
    if classes.into_iter().collect::<Vec<_>>() != Class::ALL {
        problems.push("the fixture lacks a file of some class".to_string());
    }
    problems
}

/// The policy in a built page's `<meta http-equiv="Content-Security-Policy">`.
fn meta_policy(html: &str) -> String {
    let head = html.split("</head>").next().unwrap_or_default();
    let tag = head
        .split("<meta ")
        .find(|tag| tag.contains("http-equiv=Content-Security-Policy"))
        .expect("a policy meta tag");
    tag.split("content=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the policy")
        .to_string()
}

// Protects issue 21 end to end: nginx, configured only by the snippet the
// build wrote, sends every header of the one table with every file
// (pages at their folder and their own name, leaflets, fingerprinted
// stylesheet and script, the sitemap), once each; the 404 page with a
// page's headers; the host files not at all; and the page's header policy
// is its meta policy plus what a meta tag cannot carry.
#[test]
fn nginx_sends_every_header_of_the_table_with_every_file() {
    let site = Site::build();
    let nginx = Nginx::start(&site);
    let problems = every_file_problems(&site, |url| nginx.get(url, &[]));
    assert!(problems.is_empty(), "{}\n{}", problems.join("\n"), nginx.log());

    let page = nginx.get("/en/getting-help/", &[]);
    let html = String::from_utf8(site.read(Path::new("en/getting-help/index.html"))).expect("utf-8");
    let meta = meta_policy(&html);
    assert_eq!(meta, site.table.page_policy().meta());
    // With search on, every page's header is the search pages' policy;
    // the search page's meta is that policy without what a meta tag
    // cannot carry, and every other page's meta narrows it.
    let search_html = String::from_utf8(site.read(Path::new("en/search/index.html"))).expect("utf-8");
    let search_meta = meta_policy(&search_html);
    assert_eq!(search_meta, site.table.search_policy().meta());
    assert_eq!(
        page.header("Content-Security-Policy"),
        Some(format!("{search_meta}; frame-ancestors 'none'"))
    );
    assert_eq!(
        nginx.get("/en/search/", &[]).header("Content-Security-Policy"),
        page.header("Content-Security-Policy")
    );
    for directive in meta.split("; ") {
        let name = directive.split(' ').next().unwrap_or_default();
        let header_directive = search_meta
            .split("; ")
            .find(|d| d.split(' ').next() == Some(name))
            .unwrap_or_else(|| panic!("the header lacks {name}"));
        assert!(
            directive
                .split(' ')
                .all(|source| header_directive.split(' ').any(|s| s == source)),
            "the page's meta `{directive}` allows what the header `{header_directive}` does not"
        );
    }
    let leaflet = nginx.get("/en/getting-help/leaflet.pdf", &[]);
    assert_eq!(leaflet.header("Referrer-Policy").as_deref(), Some("no-referrer"));
    assert_eq!(
        leaflet.header("Content-Security-Policy").as_deref(),
        Some("frame-ancestors 'none'")
    );

    let missing = nginx.get("/en/no-such-page/", &[]);
    assert_eq!(missing.status, 404);
    assert_eq!(missing.body, site.read(Path::new("404.html")));
    let problems = header_problems("404", &missing, &site.expected(Path::new("404.html")));
    assert!(problems.is_empty(), "{problems:?}");
    for host_file in ["/_headers", "/nginx.conf", "/.htaccess"] {
        assert_eq!(nginx.get(host_file, &[]).status, 404, "{host_file} is served");
    }
}

/// A real Apache httpd (Debian's `apache2-bin`: the server without
/// Debian's service scripts) on a free loopback port, with a configuration
/// of its own in a temp folder that serves `www` and lets the build's
/// `.htaccess` set headers (`AllowOverride FileInfo`), as shared hosting
/// does; stopped when dropped.
struct Apache {
    child: Child,
    address: SocketAddr,
    folder: tempfile::TempDir,
}

const APACHE_MODULES: &str = "/usr/lib/apache2/modules";

impl Apache {
    fn start(site: &Site) -> Apache {
        common::ensure_file(Path::new("/usr/sbin/apache2"), "apache2-bin");
        // Apache serves as an unprivileged user when started as root: the
        // site's folders must be readable by anyone.
        for folder in [site.project.path().to_path_buf(), site.www()] {
            std::fs::set_permissions(&folder, std::os::unix::fs::PermissionsExt::from_mode(0o755))
                .expect("open the site folder to reading");
        }
        let folder = tempfile::tempdir().expect("temp dir");
        std::fs::set_permissions(folder.path(), std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .expect("open the temp folder");
        let port = {
            let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
            listener.local_addr().expect("address").port()
        };
        let temp = folder.path().display().to_string();
        let www = site.www().display().to_string();
        let modules: String = ["mpm_event", "authz_core", "dir", "mime", "headers"]
            .iter()
            .map(|name| format!("LoadModule {name}_module {APACHE_MODULES}/mod_{name}.so\n"))
            .collect();
        let config = format!(
            "ServerName 127.0.0.1\nServerRoot {temp}\nListen 127.0.0.1:{port}\nPidFile {temp}/httpd.pid\nDefaultRuntimeDir {temp}\nErrorLog {temp}/error.log\nLogLevel warn\n{modules}User nobody\nGroup nogroup\nTypesConfig /etc/mime.types\nDocumentRoot {www}\nDirectoryIndex index.html\n<Directory />\n    AllowOverride None\n    Require all denied\n</Directory>\n<Directory {www}>\n    AllowOverride FileInfo\n    Require all granted\n</Directory>\n"
        );
        let config_path = folder.path().join("httpd.conf");
        std::fs::write(&config_path, config).expect("write httpd.conf");
        // One process (`-X`): no worker processes to outlive it.
        let child = Command::new("/usr/sbin/apache2")
            .arg("-f")
            .arg(&config_path)
            .arg("-X")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start apache2");
        let mut apache = Apache {
            child,
            address: SocketAddr::from(([127, 0, 0, 1], port)),
            folder,
        };
        let started = Instant::now();
        while TcpStream::connect(apache.address).is_err() {
            if let Ok(Some(status)) = apache.child.try_wait() {
                let mut stderr = String::new();
                if let Some(mut pipe) = apache.child.stderr.take() {
                    let _ = pipe.read_to_string(&mut stderr);
                }
                panic!("apache2 stopped ({status}): {stderr}\n{}", apache.log());
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "apache2 does not answer on {}: {}",
                apache.address,
                apache.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        apache
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.folder.path().join("error.log")).unwrap_or_default()
    }

    fn get(&self, url: &str) -> Response {
        get(
            self.address,
            &format!("{}{}", BASE.trim_end_matches('/'), url),
            &[],
        )
    }
}

impl Drop for Apache {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// Protects Apache shared hosting (issue 21): a real Apache, configured only
// by the `.htaccess` the build wrote (mod_headers), sends every header of
// the table with every file, pages asked for at their folder too, once
// each, and the 404 page with a page's headers.
#[test]
fn apache_sends_every_header_of_the_table_with_every_file() {
    let site = Site::build();
    let apache = Apache::start(&site);
    let problems = every_file_problems(&site, |url| apache.get(url));
    assert!(problems.is_empty(), "{}\n{}", problems.join("\n"), apache.log());
    let missing = apache.get("/en/no-such-page/");
    assert_eq!(missing.status, 404);
    assert_eq!(missing.body, site.read(Path::new("404.html")));
    let problems = header_problems("404", &missing, &site.expected(Path::new("404.html")));
    assert!(problems.is_empty(), "{problems:?}\n{}", missing.headers);
}

// Protects the compressed copies as a host uses them: nginx sends the
// Brotli copy to a client that accepts Brotli, the gzip copy to one that
// accepts only gzip, the file itself to one that accepts neither, each
// decoding to the file's bytes, with `Vary: Accept-Encoding` and the
// file's headers.
#[test]
fn nginx_sends_brotli_to_clients_that_accept_it_and_plain_to_others() {
    let site = Site::build();
    let nginx = Nginx::start(&site);
    let stylesheet = site
        .files()
        .into_iter()
        .find(|path| {
            site.table.class_of(path) == Class::Fingerprinted && path.extension().is_some_and(|e| e == "css")
        })
        .expect("a fingerprinted stylesheet");
    let stylesheet_url = format!("/{}", stylesheet.display());
    let cases = [
        ("/en/getting-help/", PathBuf::from("en/getting-help/index.html")),
        ("/sitemap.xml", PathBuf::from("sitemap.xml")),
        (stylesheet_url.as_str(), stylesheet.clone()),
    ];
    for (url, path) in &cases {
        let file = site.read(path);
        let brotli = nginx.get(url, &["Accept-Encoding: gzip, deflate, br"]);
        assert_eq!(brotli.status, 200, "{url}");
        assert_eq!(
            brotli.header("Content-Encoding").as_deref(),
            Some("br"),
            "{url}: {}",
            brotli.headers
        );
        assert_eq!(brotli_decompress(&brotli.body), file, "{url}");
        assert!(brotli.body.len() < file.len(), "{url}: the copy is smaller");
        assert_eq!(brotli.header("Vary").as_deref(), Some("Accept-Encoding"), "{url}");
        assert!(
            header_problems(url, &brotli, &site.expected(path)).is_empty(),
            "{url}: {}",
            brotli.headers
        );

        let gzip = nginx.get(url, &["Accept-Encoding: gzip"]);
        assert_eq!(gzip.header("Content-Encoding").as_deref(), Some("gzip"), "{url}");
        assert_eq!(gzip_decompress(&gzip.body), file, "{url}");

        let plain = nginx.get(url, &[]);
        assert_eq!(plain.header("Content-Encoding"), None, "{url}");
        assert_eq!(plain.body, file, "{url}");
        let identity = nginx.get(url, &["Accept-Encoding: identity"]);
        assert_eq!(identity.header("Content-Encoding"), None, "{url}");
    }
    let leaflet = nginx.get("/en/getting-help/leaflet.pdf", &["Accept-Encoding: br, gzip"]);
    assert_eq!(leaflet.header("Content-Encoding"), None, "PDFs have no copies");
}

/// How a host that reads `_headers` matches a rule's pattern against a
/// request's path, as its own code does: Cloudflare Pages
/// (workers-shared `generateRuleRegExp`) the whole path, `*` any
/// characters, `:name` one segment; Netlify (`@netlify/headers-parser`
/// `getForRegExp`) segment by segment, the same wildcards, a trailing
/// slash optional and letters in any case.
#[derive(Debug, Clone, Copy)]
enum Reader {
    Cloudflare,
    Netlify,
}

impl Reader {
    fn compile(self, pattern: &str) -> regex::Regex {
        let segment = |part: &str, any: &str| {
            if part.starts_with(':') {
                "[^/]+".to_string()
            } else {
                part.split('*').map(regex::escape).collect::<Vec<_>>().join(any)
            }
        };
        let expression = match self {
            Reader::Cloudflare => {
                let parts: Vec<String> = pattern.split('/').map(|part| segment(part, ".*")).collect();
                format!("^{}$", parts.join("/"))
            }
            Reader::Netlify => {
                let parts: Vec<String> = pattern
                    .split('/')
                    .filter(|part| !part.is_empty())
                    .map(|part| {
                        if part == "*" {
                            "?(.*)".to_string()
                        } else {
                            segment(part, "(.*)")
                        }
                    })
                    .collect();
                format!("(?i)^/{}/?$", parts.join("/"))
            }
        };
        regex::Regex::new(&expression).expect("a pattern")
    }
}

// Protects Netlify and Cloudflare Pages: `_headers` read as each reads it
// (a rule is an address pattern, then indented `Name: value` lines; a
// request gets the headers of every rule it matches) gives every file at
// each of its addresses every header of the table with the table's value,
// never two different values for one header (the hosts combine those
// differently), within Cloudflare's limits. Where it gives no
// Cache-Control, the hosts' default revalidates as the table asks. Only a
// file outside the table's pages, PDFs and fingerprinted files may get
// more (a page's rule that Netlify's looser reading also matches).
#[test]
fn headers_file_gives_every_file_the_headers_of_the_table() {
    let site = Site::build();
    let text = String::from_utf8(site.read(Path::new("_headers"))).expect("utf-8");
    let mut rules: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for line in text.lines() {
        assert!(line.len() <= 2_000, "a line longer than Cloudflare reads: {line}");
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            let (name, value) = line.trim().split_once(':').expect("a `Name: value` line");
            let rule = rules.last_mut().expect("a header after a pattern");
            rule.1.push((name.trim().to_string(), value.trim().to_string()));
        } else {
            rules.push((line.trim().to_string(), Vec::new()));
        }
    }
    assert!(rules.len() <= 100, "{} rules; Cloudflare reads 100", rules.len());
    let mut problems = Vec::new();
    let mut checked = 0;
    let mut extras = 0;
    for reader in [Reader::Cloudflare, Reader::Netlify] {
        let matchers: Vec<regex::Regex> = rules.iter().map(|(pattern, _)| reader.compile(pattern)).collect();
        for path in site
            .files()
            .into_iter()
            .filter(|path| path != Path::new("_headers"))
        {
            let expected = site.expected(&path);
            for url in urls(&path) {
                checked += 1;
                let mut got: BTreeMap<String, (String, String)> = BTreeMap::new();
                for ((pattern, headers), matcher) in rules.iter().zip(&matchers) {
                    if !matcher.is_match(&url) {
                        continue;
                    }
                    for (name, value) in headers {
                        let before = got.insert(name.to_ascii_lowercase(), (name.clone(), value.clone()));
                        if before.is_some_and(|(_, before)| before != *value) {
                            problems.push(format!(
                                "{reader:?} {url}: {name} gets another value from the rule {pattern}"
                            ));
                        }
                    }
                }
                let cache = CACHE_CONTROL.to_ascii_lowercase();
                let revalidated = expected.get(&cache).is_some_and(|(_, value)| value == REVALIDATE);
                if revalidated && !got.contains_key(&cache) {
                    got.insert(cache, (CACHE_CONTROL.to_string(), REVALIDATE.to_string()));
                    assert!(HEADERS_FILE_DEFAULT_CACHE.contains("max-age=0, must-revalidate"));
                }
                for (name, (shown, value)) in &expected {
                    if got.get(name).map(|(_, got)| got) != Some(value) {
                        problems.push(format!(
                            "{reader:?} {url}: {shown} is {:?}, the table says {value:?}",
                            got.get(name)
                        ));
                    }
                }
                if got.len() > expected.len() {
                    extras += 1;
                    if site.table.class_of(&path) != Class::Other {
                        problems.push(format!(
                            "{reader:?} {url}: more headers than the table's: {got:?}"
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 40, "{checked} addresses checked");
    assert!(
        extras < checked / 4,
        "{extras} of {checked} addresses get more headers than the table's"
    );
    assert!(problems.is_empty(), "{}\n{text}", problems.join("\n"));
}

// Protects Apache: `.htaccess` read as Apache reads it (the folder's own
// `Header always set|unset` lines, then each `<FilesMatch>` and `<Files>`
// section whose pattern matches the file's name, in order, a later `set`
// replacing an earlier one) gives every file exactly the table's headers.
#[test]
fn htaccess_gives_every_file_the_headers_of_the_table() {
    enum Matcher {
        All,
        Regex(regex::Regex),
        Name(String),
    }
    /// `Header always set` (a value) or `unset` (none), by name.
    type Actions = Vec<(String, Option<String>)>;
    let site = Site::build();
    let text = String::from_utf8(site.read(Path::new(".htaccess"))).expect("utf-8");
    let unquote = |value: &str| -> String {
        let inner = value
            .strip_prefix('"')
            .and_then(|rest| rest.strip_suffix('"'))
            .expect("a quoted value");
        inner
            .replace("\\\"", "\"")
            .replace("\\\\", "\\")
            .replace("%%", "%")
    };
    let mut sections: Vec<(Matcher, Actions)> = vec![(Matcher::All, Vec::new())];
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(page) = line.strip_prefix("ErrorDocument 404 ") {
            assert_eq!(page, format!("{BASE}404.html"));
            continue;
        }
        if let Some(pattern) = line
            .strip_prefix("<FilesMatch ")
            .and_then(|rest| rest.strip_suffix('>'))
        {
            let expression = unquote(pattern);
            sections.push((
                Matcher::Regex(regex::Regex::new(&expression).expect("regex")),
                Vec::new(),
            ));
        } else if let Some(name) = line
            .strip_prefix("<Files ")
            .and_then(|rest| rest.strip_suffix('>'))
        {
            sections.push((Matcher::Name(unquote(name)), Vec::new()));
        } else if line.starts_with("</Files") {
            sections.push((Matcher::All, Vec::new()));
        } else if let Some(rest) = line.strip_prefix("Header always set ") {
            let (name, value) = rest.split_once(' ').expect("a name and a value");
            let section = sections.last_mut().expect("a section");
            section.1.push((name.to_string(), Some(unquote(value))));
        } else if let Some(name) = line.strip_prefix("Header always unset ") {
            let section = sections.last_mut().expect("a section");
            section.1.push((name.to_string(), None));
        } else {
            panic!("a line Apache would read and this test does not: {line}");
        }
    }
    // Apache merges the folder's own lines before any <Files> section.
    sections.sort_by_key(|(matcher, _)| !matches!(matcher, Matcher::All));
    let mut problems = Vec::new();
    for path in site.files() {
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().to_string())
            .unwrap_or_default();
        let mut got: BTreeMap<String, (String, String)> = BTreeMap::new();
        for (matcher, actions) in &sections {
            let applies = match matcher {
                Matcher::All => true,
                Matcher::Regex(expression) => expression.is_match(&name),
                Matcher::Name(exact) => *exact == name,
            };
            if !applies {
                continue;
            }
            for (header, value) in actions {
                match value {
                    Some(value) => got.insert(header.to_ascii_lowercase(), (header.clone(), value.clone())),
                    None => got.remove(&header.to_ascii_lowercase()),
                };
            }
        }
        let expected = site.expected(&path);
        if got != expected {
            problems.push(format!(
                "{}: got {got:?}\n  the table says {expected:?}",
                path.display()
            ));
        }
    }
    assert!(problems.is_empty(), "{}\n{text}", problems.join("\n"));
}

// Protects `output.precompress`: every HTML, CSS, JavaScript, JSON, SVG
// and XML file has a `.br` and a `.gz` copy that decompress to its exact
// bytes, other files have none, and no copy is left without its file;
// with the option off there are no copies at all.
#[test]
fn every_compressed_copy_decompresses_to_its_file() {
    let site = Site::build();
    let files = site.files();
    let mut n_copied = 0;
    for path in files.iter().filter(|path| !is_copy(path)) {
        let kind = path
            .extension()
            .map(|extension| extension.to_string_lossy().to_string())
            .unwrap_or_default();
        let copied = ["html", "css", "js", "json", "svg", "xml"].contains(&kind.as_str());
        let brotli = site.dist().join(format!("{}.br", path.display()));
        let gzip = site.dist().join(format!("{}.gz", path.display()));
        assert_eq!(brotli.is_file(), copied, "{}", path.display());
        assert_eq!(gzip.is_file(), copied, "{}", path.display());
        if copied {
            n_copied += 1;
            let bytes = site.read(path);
            assert_eq!(
                brotli_decompress(&std::fs::read(&brotli).expect("br")),
                bytes,
                "{}",
                path.display()
            );
            assert_eq!(
                gzip_decompress(&std::fs::read(&gzip).expect("gz")),
                bytes,
                "{}",
                path.display()
            );
        }
    }
    assert!(n_copied > 10, "{n_copied} files have copies");
    for copy in files.iter().filter(|path| is_copy(path)) {
        assert!(
            files.contains(&copy.with_extension("")),
            "{} has no file",
            copy.display()
        );
    }

    let config = site.project.path().join("site.yaml");
    let text = std::fs::read_to_string(&config).expect("site.yaml");
    std::fs::write(&config, format!("{text}output:\n  precompress: false\n")).expect("turn copies off");
    let outcome = signpost::run(&common::options(site.project.path(), Some(site.dist()))).expect("runs");
    assert!(!outcome.failed(false), "{:?}", common::summary(&outcome));
    assert!(
        !site.files().iter().any(|path| is_copy(path)),
        "copies are removed"
    );
    let nginx = std::fs::read_to_string(site.dist().join("nginx.conf")).expect("snippet");
    assert!(!nginx.contains("brotli_static"), "{nginx}");
}

// Protects `signpost serve`: the preview sends the table's headers with
// pages, leaflets and fingerprinted assets, except that only
// fingerprinted files may be cached there.
#[test]
fn the_preview_sends_the_headers_of_the_table() {
    let site = Site::build();
    let server = common::server::Server::start(site.project.path());
    let stylesheet = site
        .served_files()
        .into_iter()
        .find(|path| site.table.class_of(path) == Class::Fingerprinted)
        .expect("a fingerprinted file");
    let stylesheet_url = stylesheet.to_string_lossy().replace('\\', "/");
    for (url, path) in [
        ("en/getting-help/", PathBuf::from("en/getting-help/index.html")),
        (
            "pl/getting-help/leaflet.pdf",
            PathBuf::from("pl/getting-help/leaflet.pdf"),
        ),
        (stylesheet_url.as_str(), stylesheet.clone()),
        ("sitemap.xml", PathBuf::from("sitemap.xml")),
    ] {
        let response = server.get(&format!("{BASE}{url}"));
        assert_eq!(response.status, 200, "{url}");
        let mut expected = site.expected(&path);
        if let Some((_, value)) = expected.get_mut(&CACHE_CONTROL.to_ascii_lowercase())
            && value == REVALIDATE
        {
            *value = "no-store".to_string();
        }
        let problems = header_problems(url, &response, &expected);
        assert!(problems.is_empty(), "{problems:?}\n{}", response.headers);
    }
}

// Protects the reason for the header files (issue 21): in Chromium, a
// page of another origin that frames an advice page served by nginx with
// the generated snippet sees the frame refused, while the same page served
// without the headers is framed (the meta tag cannot refuse it); opened
// directly, the page works under its header policy and the console has no
// complaint about any header (every Permissions-Policy feature is one
// Chromium knows).
#[test]
fn a_page_framed_by_another_origin_is_refused_in_chromium() {
    let site = Site::build();
    let nginx = Nginx::start(&site);
    let url = format!("http://{}{BASE}en/getting-help/", nginx.address);
    let output = crate::browser::run_suite(&[Path::new("--framing"), Path::new(&url), &site.www()]);
    assert!(
        output.contains("is refused in a frame of another origin"),
        "{output}"
    );
    println!("{output}");
}
