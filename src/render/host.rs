//! How a host serves the built site: one table of response headers for
//! every file (`Table`), and from it the files that tell each kind of host
//! to send them (`_headers` for Netlify and Cloudflare Pages, an nginx
//! snippet, an Apache `.htaccess`), and the headers the preview sends.
//!
//! A `<meta>` tag carries a page's Content-Security-Policy but not what
//! keeps other sites from framing the page (`frame-ancestors`), nor
//! `nosniff`, a `Permissions-Policy`, HSTS, a referrer policy for PDFs or
//! caching. The page policy is made once (`Policy::for_pages`); the page
//! templates write it into the meta tag (without the directives a meta tag
//! cannot carry) and the host files send it whole, so the two cannot
//! disagree.
//!
//! Every file belongs to one `Class` by its name: HTML pages, PDF
//! documents, fingerprinted stylesheets and scripts (`render::assets`),
//! and the rest. Each class has its headers, on top of those every file
//! gets. Hosts that read `_headers` combine the headers of every rule a
//! URL matches, and do it differently (Cloudflare joins repeated headers
//! with commas; its `! Name` to detach one is unknown to Netlify), and
//! read patterns differently (Netlify's final slash is optional), so
//! `_headers` holds the shared headers under `/*` and each class's under
//! address shapes that do not overlap (`/en/:page/`, the exact names of
//! fingerprinted files), and is read back as each host reads it before it
//! is written: a file that would not get exactly its headers is an error.
//!
//! Pure: the configuration, the published assets and the list of built
//! files in; text out.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::diag::{Diagnostic, Span};
use crate::render::assets::Assets;
use crate::render::route::{self, HostFile, Route};

/// One response header.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Header {
    pub name: String,
    pub value: String,
}

impl Header {
    fn new(name: &str, value: impl Into<String>) -> Header {
        Header {
            name: name.to_string(),
            value: value.into(),
        }
    }
}

pub const CONTENT_SECURITY_POLICY: &str = "Content-Security-Policy";
pub const CACHE_CONTROL: &str = "Cache-Control";

/// `Cache-Control` of every file that is not fingerprinted: a cache may
/// keep it but must ask the host whether it changed before each use (a
/// cheap 304 when it did not). Without it, nginx and Apache let browsers
/// guess a lifetime from the file's age, and a leaflet with an old phone
/// number could be shown from a cache.
pub const REVALIDATE: &str = "no-cache";

/// `Cache-Control` of fingerprinted files: a new content is a new name, so
/// the old name may be kept for a year without asking.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// What hosts that read `_headers` send when a file has no `Cache-Control`
/// rule: Netlify and Cloudflare Pages both revalidate every file by
/// default (`public, max-age=0, must-revalidate`), which means what
/// `REVALIDATE` means. So `_headers` gives `Cache-Control` only where the
/// table asks for something else, and rules stay few.
pub const HEADERS_FILE_DEFAULT_CACHE: &str = "public, max-age=0, must-revalidate";

/// Powerful browser features the pages never use, all turned off for the
/// site and anything it could embed: the reader's camera, microphone and
/// location first. Only names Chromium knows (others it reports as
/// errors in the console); `tests/suite/host.rs` checks that in Chromium.
pub const DENIED_FEATURES: &[&str] = &[
    "camera",
    "microphone",
    "geolocation",
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "captured-surface-control",
    "clipboard-read",
    "clipboard-write",
    "compute-pressure",
    "display-capture",
    "encrypted-media",
    "fullscreen",
    "gamepad",
    "gyroscope",
    "hid",
    "identity-credentials-get",
    "idle-detection",
    "local-fonts",
    "magnetometer",
    "midi",
    "otp-credentials",
    "payment",
    "picture-in-picture",
    "publickey-credentials-create",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "speaker-selection",
    "storage-access",
    "usb",
    "window-management",
    "xr-spatial-tracking",
];

/// The headers Signpost sets on some or all files; `host.headers` in
/// `site.yaml` may add others, not these.
pub const SET_BY_SIGNPOST: &[&str] = &[
    "Strict-Transport-Security",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Permissions-Policy",
    "Cross-Origin-Opener-Policy",
    CONTENT_SECURITY_POLICY,
    "X-Frame-Options",
    CACHE_CONTROL,
];

/// Headers a host makes itself from the file and the request; a site
/// cannot set them in any host file (Netlify ignores them, nginx and
/// Apache would send them twice).
const SET_BY_HOSTS: &[&str] = &[
    "Content-Type",
    "Content-Length",
    "Content-Encoding",
    "Content-Range",
    "Transfer-Encoding",
    "Connection",
    "Keep-Alive",
    "Upgrade",
    "Trailer",
    "Date",
    "Server",
    "Age",
    "Location",
    "Set-Cookie",
    "Accept-Ranges",
    "Alt-Svc",
    "Allow",
    "Vary",
    "ETag",
    "Last-Modified",
];

/// A Content-Security-Policy: its directives in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    directives: Vec<(&'static str, String)>,
}

/// Directives browsers ignore in a `<meta>` tag (CSP 3, section 3.3).
const NOT_IN_META: &[&str] = &["frame-ancestors", "report-uri", "sandbox"];

impl Policy {
    /// The policy of every page: only the site's own files, no plugins or
    /// base URL, forms only to the feedback endpoint's origin, and no
    /// framing by any site.
    pub fn for_pages(config: &Config) -> Policy {
        let form_action = match &config.feedback_url {
            Some(url) => url.splitn(4, '/').take(3).collect::<Vec<_>>().join("/"),
            None => "'none'".to_string(),
        };
        Policy {
            directives: vec![
                ("default-src", "'none'".to_string()),
                ("style-src", "'self'".to_string()),
                ("img-src", "'self'".to_string()),
                ("script-src", "'self'".to_string()),
                ("base-uri", "'none'".to_string()),
                ("form-action", form_action),
                ("frame-ancestors", "'none'".to_string()),
            ],
        }
    }

    /// The policy of the search pages (`<locale>/search/`): the page policy,
    /// and the search index's WebAssembly may be compiled
    /// (`'wasm-unsafe-eval'`: WebAssembly only, never `'unsafe-eval'`) and
    /// its files fetched from the site itself (`connect-src 'self'`). The
    /// search runs on the page, so no worker is allowed.
    pub fn for_search(config: &Config) -> Policy {
        let mut policy = Policy::for_pages(config);
        let mut directives = Vec::with_capacity(policy.directives.len() + 1);
        for (name, value) in policy.directives.drain(..) {
            if name == "script-src" {
                directives.push((name, format!("{value} 'wasm-unsafe-eval'")));
                directives.push(("connect-src", "'self'".to_string()));
            } else {
                directives.push((name, value));
            }
        }
        Policy { directives }
    }

    /// The policy of PDF documents: only that no site may frame them.
    /// Anything more breaks Chromium's PDF viewer, which draws the document
    /// in a page of its own under the response's policy (a
    /// `default-src 'none'` there blocks the viewer's own styles).
    pub fn for_documents() -> Policy {
        Policy {
            directives: vec![("frame-ancestors", "'none'".to_string())],
        }
    }

    /// The policy as a response header sends it.
    pub fn header(&self) -> String {
        self.render(|_| true)
    }

    /// The policy as a page's `<meta http-equiv>` carries it: without the
    /// directives browsers ignore there (and report when they find them).
    pub fn meta(&self) -> String {
        self.render(|name| !NOT_IN_META.contains(&name))
    }

    fn render(&self, keep: impl Fn(&str) -> bool) -> String {
        self.directives
            .iter()
            .filter(|(name, _)| keep(name))
            .map(|(name, value)| format!("{name} {value}"))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// What a file is, for the headers it is served with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// HTML: the page policy, no framing, revalidated.
    Page,
    /// PDF: no framing, revalidated.
    Document,
    /// A stylesheet or script with a fingerprint: kept for a year.
    Fingerprinted,
    /// Everything else (images, the sitemap, compressed copies):
    /// revalidated.
    Other,
}

impl Class {
    pub const ALL: [Class; 4] = [Class::Page, Class::Document, Class::Fingerprinted, Class::Other];

    fn describe(self) -> &'static str {
        match self {
            Class::Page => "HTML pages",
            Class::Document => "PDF documents",
            Class::Fingerprinted => "fingerprinted stylesheets and scripts",
            Class::Other => "every other file",
        }
    }
}

/// The headers of every file of one site.
#[derive(Debug, Clone)]
pub struct Table {
    /// Sent with every file, in this order.
    common: Vec<Header>,
    /// Sent with the files of each class, after the common ones.
    by_class: BTreeMap<Class, Vec<Header>>,
    /// The published paths of the fingerprinted files.
    fingerprinted: BTreeSet<PathBuf>,
    page_policy: Policy,
    search_policy: Policy,
    /// The path the site is served under (`/` or `/help/`).
    base_path: String,
    precompress: bool,
    /// The codes of the published locales (whose pages the build writes).
    locales: Vec<String>,
}

impl Table {
    /// The table of a site with this configuration and these published
    /// static files.
    pub fn new(config: &Config, assets: &Assets) -> Table {
        let host = &config.host;
        let mut common = Vec::new();
        if host.hsts_max_age_days > 0 {
            let seconds = u64::from(host.hsts_max_age_days) * 86_400;
            let subdomains = if host.hsts_include_subdomains {
                "; includeSubDomains"
            } else {
                ""
            };
            common.push(Header::new(
                "Strict-Transport-Security",
                format!("max-age={seconds}{subdomains}"),
            ));
        }
        common.push(Header::new("X-Content-Type-Options", "nosniff"));
        common.push(Header::new("Referrer-Policy", "no-referrer"));
        let denied: Vec<String> = DENIED_FEATURES
            .iter()
            .map(|feature| format!("{feature}=()"))
            .collect();
        common.push(Header::new("Permissions-Policy", denied.join(", ")));
        common.push(Header::new("Cross-Origin-Opener-Policy", "same-origin"));
        // Extra headers whose names Signpost or hosts set are refused by
        // `check`, which stops the build; the preview skips them here.
        common.extend(
            host.headers
                .iter()
                .filter(|(name, _)| reserved(name).is_none())
                .map(|(name, value)| Header::new(name, value.clone())),
        );
        let page_policy = Policy::for_pages(config);
        let search_policy = Policy::for_search(config);
        // One header for every HTML file, so every host's rules stay one
        // per shape: with search on it is the search pages' policy, and
        // each other page's `<meta>` narrows it back to the page policy
        // (a browser enforces every policy it is given, so a page gets
        // what both allow).
        let html_policy = if config.search.enabled {
            &search_policy
        } else {
            &page_policy
        };
        let by_class = BTreeMap::from([
            (
                Class::Page,
                vec![
                    Header::new(CONTENT_SECURITY_POLICY, html_policy.header()),
                    Header::new("X-Frame-Options", "DENY"),
                    Header::new(CACHE_CONTROL, REVALIDATE),
                ],
            ),
            (
                Class::Document,
                vec![
                    Header::new(CONTENT_SECURITY_POLICY, Policy::for_documents().header()),
                    Header::new("X-Frame-Options", "DENY"),
                    Header::new(CACHE_CONTROL, REVALIDATE),
                ],
            ),
            (Class::Fingerprinted, vec![Header::new(CACHE_CONTROL, IMMUTABLE)]),
            (Class::Other, vec![Header::new(CACHE_CONTROL, REVALIDATE)]),
        ]);
        Table {
            common,
            by_class,
            fingerprinted: assets.fingerprinted().map(Path::to_path_buf).collect(),
            page_policy,
            search_policy,
            base_path: config.base_path(),
            precompress: config.output.precompress,
            locales: config
                .locales
                .iter()
                .filter(|locale| locale.publish)
                .map(|locale| locale.code.clone())
                .collect(),
        }
    }

    /// The policy every page but the search pages carries (its `meta()`
    /// goes into the pages).
    pub fn page_policy(&self) -> &Policy {
        &self.page_policy
    }

    /// The policy the search pages carry in their `<meta>`.
    pub fn search_policy(&self) -> &Policy {
        &self.search_policy
    }

    /// The class of the file at `path` (inside the output folder).
    pub fn class_of(&self, path: &Path) -> Class {
        if self.fingerprinted.contains(path) {
            return Class::Fingerprinted;
        }
        let extension = path
            .extension()
            .map(|extension| extension.to_string_lossy().to_ascii_lowercase());
        match extension.as_deref() {
            Some("html") => Class::Page,
            Some("pdf") => Class::Document,
            _ => Class::Other,
        }
    }

    /// Every header the file at `path` is served with: the common ones,
    /// then its class's.
    pub fn headers(&self, path: &Path) -> Vec<&Header> {
        self.common
            .iter()
            .chain(self.class_headers(self.class_of(path)))
            .collect()
    }

    /// The headers every file gets.
    pub fn common(&self) -> &[Header] {
        &self.common
    }

    /// The headers the files of `class` get besides the common ones.
    pub fn class_headers(&self, class: Class) -> &[Header] {
        self.by_class.get(&class).map_or(&[], Vec::as_slice)
    }
}

/// Why a header named `name` cannot be added in `site.yaml`, if it cannot.
fn reserved(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    if SET_BY_SIGNPOST
        .iter()
        .any(|set| set.to_ascii_lowercase() == lower)
    {
        Some("Signpost sets it itself (see the README, \"Deploy\")")
    } else if SET_BY_HOSTS.iter().any(|set| set.to_ascii_lowercase() == lower) {
        Some("hosts set it themselves from the file and the request")
    } else {
        None
    }
}

/// The findings about `host` in `site.yaml` that need the table: extra
/// headers whose names Signpost or the hosts set.
pub fn check(config: &Config) -> Vec<Diagnostic> {
    config
        .host
        .headers
        .keys()
        .filter_map(|name| {
            let why = reserved(name)?;
            let span = config
                .host
                .header_spans
                .get(name)
                .cloned()
                .unwrap_or_else(|| Span::file(Path::new(crate::config::FILE_NAME)));
            Some(
                Diagnostic::error(
                    "host/reserved-header",
                    span,
                    format!("`host.headers.{name}` cannot be added: {why}"),
                )
                .with_help(if name.eq_ignore_ascii_case("Strict-Transport-Security") {
                    "remove it from `host.headers`; `host.hsts_max_age_days` and `host.hsts_include_subdomains` choose it"
                } else {
                    "remove it from `host.headers`"
                }),
            )
        })
        .collect()
}

/// How many rules Cloudflare Pages reads from `_headers`.
pub const MAX_HEADERS_RULES: usize = 100;
/// The longest line Cloudflare Pages reads from `_headers`.
pub const MAX_HEADERS_LINE: usize = 2_000;

/// The three host files, each with its route: `files` are the paths of
/// every file the build writes (inside the output folder).
pub fn render(
    table: &Table,
    files: &BTreeSet<PathBuf>,
) -> Result<Vec<(Route<'static>, String)>, Vec<Diagnostic>> {
    let headers_file = headers_file(table, files)?;
    Ok(vec![
        (Route::Host(HostFile::Headers), headers_file),
        (Route::Host(HostFile::Nginx), nginx(table)),
        (Route::Host(HostFile::Htaccess), htaccess(table)),
    ])
}

const GENERATED: &str = "Written by Signpost from site.yaml (`host`) at every build: edits here are lost.";

/// The address shapes (in `_headers` syntax) of the files the build makes
/// for every page in each published locale, by class: each route's link
/// and its path, with the locale written out and a placeholder for the
/// page. A shape that another shape of the class covers is left out
/// (`/en/leaflets/` is one of `/en/:page/`). The locale is written out,
/// not a placeholder: Netlify reads `/:locale/` as any address of one
/// segment (its trailing slash is optional), which would give `sitemap.xml`
/// and `/css/site.3f2a9c1b.css` the headers of pages.
fn shapes(locales: &[String]) -> Vec<(Class, String)> {
    let slug = ":page";
    let mut routes = vec![
        (Class::Page, Route::LanguageChoice),
        (Class::Page, Route::NotFound),
    ];
    for locale in locales {
        let locale = locale.as_str();
        routes.extend([
            (Class::Page, Route::Home { locale }),
            (Class::Page, Route::Page { locale, slug }),
            (Class::Page, Route::LeafletIndex { locale }),
        ]);
    }
    let mut shapes: Vec<(Class, String)> = Vec::new();
    for (class, route) in routes {
        let path = route.path().to_string_lossy().replace('\\', "/");
        for form in [format!("/{}", route.href()), format!("/{path}")] {
            if !shapes.iter().any(|(_, shape)| covers(shape, &form)) {
                shapes.retain(|(_, shape)| !covers(&form, shape));
                shapes.push((class, form));
            }
        }
    }
    // A page's leaflets, whatever their format and edition
    // (`leaflet-a5.pdf`, `leaflet-a4-en-pl.pdf`, `leaflet.pdf`): one rule
    // per locale, so the formats a site uses do not count against the
    // rules a host reads. Both hosts read `*` inside a segment.
    for locale in locales {
        let route = Route::LeafletCopy {
            locale: locale.as_str(),
            slug,
        };
        let path = route.path().to_string_lossy().replace('\\', "/");
        let pattern = path.replace(route::LEAFLET_FILE, &route::LEAFLET_FILE.replace('.', "*."));
        shapes.push((Class::Document, format!("/{pattern}")));
    }
    shapes
}

/// Whether every address `specific` matches is matched by `general`
/// (both made of literal segments and `:placeholder` segments).
fn covers(general: &str, specific: &str) -> bool {
    let general: Vec<&str> = general.split('/').collect();
    let specific: Vec<&str> = specific.split('/').collect();
    general.len() == specific.len()
        && general
            .iter()
            .zip(&specific)
            .all(|(g, s)| g == s || (g.starts_with(':') && !s.is_empty()))
}

/// The URL paths a file is reached at from the site root: `/a/b/` and
/// `/a/b/index.html` for a folder's index page, its path otherwise.
pub fn urls(path: &Path) -> Vec<String> {
    let path = path.to_string_lossy().replace('\\', "/");
    let mut urls = vec![format!("/{path}")];
    if let Some(folder) = path.strip_suffix("index.html")
        && (folder.is_empty() || folder.ends_with('/'))
    {
        urls.insert(0, format!("/{folder}"));
    }
    urls
}

/// A host that reads `_headers`, by how it matches a rule's pattern
/// against a request's path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadersHost {
    /// Cloudflare Pages (workers-shared `generateRuleRegExp`): the whole
    /// path; `*` any characters, `:name` one segment.
    Cloudflare,
    /// Netlify (`@netlify/headers-parser` `getForRegExp`): segment by
    /// segment, a trailing slash optional, letters in any case; `*` any
    /// characters, `:name` one segment.
    Netlify,
}

impl HeadersHost {
    pub const ALL: [HeadersHost; 2] = [HeadersHost::Cloudflare, HeadersHost::Netlify];

    fn name(self) -> &'static str {
        match self {
            HeadersHost::Cloudflare => "Cloudflare Pages",
            HeadersHost::Netlify => "Netlify",
        }
    }

    /// `pattern` as this host compiles it (`None` for one it would drop).
    pub fn compile(self, pattern: &str) -> Option<regex::Regex> {
        let placeholder = |part: &str| part.starts_with(':') && part.len() > 1;
        let expression = match self {
            HeadersHost::Cloudflare => {
                let parts: Vec<String> = pattern
                    .split('/')
                    .map(|part| {
                        if placeholder(part) {
                            "[^/]+".to_string()
                        } else {
                            part.split('*').map(regex::escape).collect::<Vec<_>>().join(".*")
                        }
                    })
                    .collect();
                format!("^{}$", parts.join("/"))
            }
            HeadersHost::Netlify => {
                let parts: Vec<String> = pattern
                    .split('/')
                    .map(str::trim_end)
                    .filter(|part| !part.is_empty())
                    .map(|part| {
                        if placeholder(part) {
                            "([^/]+)".to_string()
                        } else if part == "*" {
                            "?(.*)".to_string()
                        } else {
                            part.split('*')
                                .map(regex::escape)
                                .collect::<Vec<_>>()
                                .join("(.*)")
                        }
                    })
                    .collect();
                format!("(?i)^/{}/?$", parts.join("/"))
            }
        };
        regex::Regex::new(&expression).ok()
    }
}

/// `_headers` for Netlify and Cloudflare Pages: the common headers under
/// `/*`, each class's under its address shapes, exact rules for the files
/// of a class that no shape reaches (fingerprinted files; a static HTML
/// or PDF file elsewhere). The class of "every other file" gets no rule:
/// its only header is `Cache-Control`, and what these hosts send without
/// one (`HEADERS_FILE_DEFAULT_CACHE`) revalidates as the table asks.
///
/// Then every address of every file is read back as each host reads the
/// file: a header given two different values by the rules an address
/// matches (the hosts combine those differently), or headers other than
/// the table's, are an error naming the file, never a silent mistake.
fn headers_file(table: &Table, files: &BTreeSet<PathBuf>) -> Result<String, Vec<Diagnostic>> {
    let mut rules: Vec<(String, Vec<&Header>)> = vec![("/*".to_string(), table.common.iter().collect())];
    let shapes = shapes(&table.locales);
    for (class, shape) in &shapes {
        rules.push((shape.clone(), table.class_headers(*class).iter().collect()));
    }
    // Cloudflare's reading is the narrower one (Netlify's matches all it
    // matches, and more): an address it finds no shape for gets a rule of
    // its own; `read_back` finds where Netlify's reading then disagrees.
    let compiled_shapes: Vec<regex::Regex> = shapes
        .iter()
        .filter_map(|(_, shape)| HeadersHost::Cloudflare.compile(shape))
        .collect();
    for path in files {
        let class = table.class_of(path);
        if class == Class::Other {
            continue;
        }
        for url in urls(path) {
            if !compiled_shapes.iter().any(|shape| shape.is_match(&url)) {
                rules.push((url, table.class_headers(class).iter().collect()));
            }
        }
    }
    let problems = read_back(table, files, &rules);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut text = format!(
        "# {GENERATED}\n# Netlify and Cloudflare Pages read this file. No two rules that one address matches\n# give a header different values; files without a Cache-Control rule get these hosts'\n# default, `{HEADERS_FILE_DEFAULT_CACHE}`.\n"
    );
    for (pattern, headers) in &rules {
        let _ = writeln!(text, "{pattern}");
        for header in headers {
            let _ = writeln!(text, "  {}: {}", header.name, header.value);
        }
    }
    let mut problems = Vec::new();
    let n_rules = rules.len();
    if n_rules > MAX_HEADERS_RULES {
        let exact: Vec<String> = rules
            .iter()
            .skip(1 + shapes.len())
            .map(|(pattern, _)| pattern.clone())
            .take(5)
            .collect();
        problems.push(
            Diagnostic::error(
                "host/too-many-rules",
                Span::file(Path::new(crate::project::STATIC_DIR)),
                format!(
                    "`_headers` would need {n_rules} rules ({} for the pages of {} locales, {} for single files such as {}); Cloudflare Pages reads at most {MAX_HEADERS_RULES}",
                    shapes.len(),
                    table.locales.len(),
                    n_rules - 1 - shapes.len(),
                    exact.join(", ")
                ),
            )
            .with_help("join stylesheets and scripts into fewer files, or put static HTML and PDF files in fewer places; with very many locales, publish on nginx or Apache"),
        );
    }
    if let Some(line) = text.lines().find(|line| line.len() > MAX_HEADERS_LINE) {
        let name = line.trim_start().split(':').next().unwrap_or_default();
        problems.push(
            Diagnostic::error(
                "host/line-too-long",
                Span::file(Path::new(crate::config::FILE_NAME)),
                format!(
                    "the `{name}` header is {} characters long in `_headers`; Cloudflare Pages reads lines of at most {MAX_HEADERS_LINE}",
                    line.len()
                ),
            )
            .with_help("shorten the value in `host.headers`, or the feedback_url"),
        );
    }
    if problems.is_empty() {
        Ok(text)
    } else {
        Err(problems)
    }
}

/// Reads `rules` as each host that reads `_headers` does and returns a
/// problem for each file that one of its addresses leaves without a
/// header of the table (or with another value), or gives a header with
/// two different values (the hosts combine those differently).
/// `Cache-Control` may be left to the host's default where that means
/// `REVALIDATE`. A header a file gets beyond the table's is let be: only a
/// page's rule can add one (a policy, `DENY`, `no-cache`), and to a file
/// of the other kinds that takes nothing away (a PDF, which it would
/// break, has its own policy in the table, so it is reported).
fn read_back(table: &Table, files: &BTreeSet<PathBuf>, rules: &[(String, Vec<&Header>)]) -> Vec<Diagnostic> {
    let readings: Vec<(HeadersHost, Vec<Option<regex::Regex>>)> = HeadersHost::ALL
        .iter()
        .map(|host| {
            (
                *host,
                rules.iter().map(|(pattern, _)| host.compile(pattern)).collect(),
            )
        })
        .collect();
    let cache = CACHE_CONTROL.to_ascii_lowercase();
    let problem_of = |path: &PathBuf| -> Option<Diagnostic> {
        let expected: BTreeMap<String, &str> = table
            .headers(path)
            .into_iter()
            .map(|header| (header.name.to_ascii_lowercase(), header.value.as_str()))
            .collect();
        for (host, compiled) in &readings {
            for url in urls(path) {
                let mut got: BTreeMap<String, &str> = BTreeMap::new();
                let mut why = None;
                for ((pattern, headers), regex) in rules.iter().zip(compiled) {
                    if !regex.as_ref().is_some_and(|regex| regex.is_match(&url)) {
                        continue;
                    }
                    for header in headers {
                        let name = header.name.to_ascii_lowercase();
                        if let Some(value) = got.insert(name, &header.value)
                            && value != header.value
                        {
                            why = Some(format!(
                                "`{}` would get two values, the second from the rule `{pattern}`",
                                header.name
                            ));
                        }
                    }
                }
                if expected.get(&cache) == Some(&REVALIDATE) {
                    got.entry(cache.clone()).or_insert(REVALIDATE);
                }
                let wrong: Vec<&str> = expected
                    .iter()
                    .filter(|(name, value)| got.get(*name) != Some(*value))
                    .map(|(name, _)| name.as_str())
                    .collect();
                if why.is_none() && !wrong.is_empty() {
                    why = Some(format!("it would lack or change {}", wrong.join(", ")));
                }
                if let Some(why) = why {
                    return Some(
                        Diagnostic::error(
                            "host/unreachable-headers",
                            Span::file(&Path::new(crate::project::STATIC_DIR).join(path)),
                            format!(
                                "`_headers` cannot give `{url}` the headers of {} on {}: {why}",
                                table.class_of(path).describe(),
                                host.name()
                            ),
                        )
                        .with_help("move or rename the static file (a file directly in a locale's folder has the address of a page there)"),
                    );
                }
            }
        }
        None
    };
    let files: Vec<&PathBuf> = files.iter().collect();
    files.par_iter().filter_map(|path| problem_of(path)).collect()
}

/// `value` inside double quotes, for nginx and Apache: `"` and `\` escaped
/// (`config` refuses `$`, line breaks and anything but visible ASCII in
/// the values it takes from `site.yaml`).
fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Apache reads `%` in a header value as the start of a format (`%t`,
/// `%{VAR}e`); `%%` is a percent sign.
fn apache_quoted(value: &str) -> String {
    quoted(&value.replace('%', "%%"))
}

/// The nginx snippet: included inside the `server` block that serves the
/// site. Every header in every location block (nginx drops the headers of
/// an outer block wherever an inner block adds its own); the locations are
/// inside one `location ^~ <base path>`, so a site under a path touches
/// nothing else the server serves (a site at `/` is the whole server).
fn nginx(table: &Table) -> String {
    let base = &table.base_path;
    let mut text = format!(
        "# {GENERATED}\n# nginx: include this file inside the `server` block of the site, whose `root` is the\n# folder that holds this build as `{base}`:\n#     root /var/www;\n#     include /var/www{base}nginx.conf;\n\nlocation ^~ {base} {{\n    index index.html;\n    error_page 404 {base}404.html;\n"
    );
    if table.precompress {
        text.push_str(
            "\n    # Send the stored compressed copies (`.br`, `.gz`; output.precompress in site.yaml).\n    gzip_static on;\n    gzip_vary on;\n    # Needs the Brotli module (Debian and Ubuntu: `apt install libnginx-mod-http-brotli-static`);\n    # without it, delete the next line.\n    brotli_static on;\n",
        );
    }
    let block = |text: &mut String, indent: &str, class: Class| {
        for header in table.common.iter().chain(table.class_headers(class)) {
            let _ = writeln!(
                text,
                "{indent}add_header {} {} always;",
                header.name,
                quoted(&header.value)
            );
        }
    };
    text.push('\n');
    block(&mut text, "    ", Class::Other);
    for (class, extension) in [(Class::Page, "html"), (Class::Document, "pdf")] {
        let _ = writeln!(text, "\n    location ~* \\.{extension}$ {{");
        block(&mut text, "        ", class);
        text.push_str("    }\n");
    }
    for path in &table.fingerprinted {
        let url = format!("{base}{}", path.to_string_lossy().replace('\\', "/"));
        let _ = writeln!(text, "\n    location = {url} {{");
        block(&mut text, "        ", Class::Fingerprinted);
        text.push_str("    }\n");
    }
    text.push_str("\n    # The host files are instructions for hosts, not pages.\n");
    for file in HostFile::ALL {
        let _ = writeln!(
            text,
            "    location = {base}{} {{ return 404; }}",
            file.file_name()
        );
    }
    text.push_str("}\n");
    text
}

/// The Apache `.htaccess`: the 404 page, the common headers and those of
/// "every other file" for the whole folder, then a section per class that sets (and
/// unsets) what differs; Apache applies `<Files>` sections after the
/// folder's own lines and in order, and `set` replaces a header.
/// Needs mod_headers; without it Apache answers every request with an
/// error, so a host without it is noticed at once.
fn htaccess(table: &Table) -> String {
    let mut text = format!(
        "# {GENERATED}\n# Apache (mod_headers, and AllowOverride FileInfo for this folder) reads this file.\n\nErrorDocument 404 {}404.html\n\n",
        table.base_path
    );
    let base: Vec<&Header> = table
        .common
        .iter()
        .chain(table.class_headers(Class::Other))
        .collect();
    for header in &base {
        let _ = writeln!(
            text,
            "Header always set {} {}",
            header.name,
            apache_quoted(&header.value)
        );
    }
    let section = |text: &mut String, open: String, close: &str, class: Class| {
        let _ = writeln!(text, "\n{open}");
        let headers = table.class_headers(class);
        for header in headers {
            let _ = writeln!(
                text,
                "    Header always set {} {}",
                header.name,
                apache_quoted(&header.value)
            );
        }
        for name in table
            .class_headers(Class::Other)
            .iter()
            .map(|header| &header.name)
        {
            if !headers.iter().any(|header| &header.name == name) {
                let _ = writeln!(text, "    Header always unset {name}");
            }
        }
        let _ = writeln!(text, "{close}");
    };
    for (class, extension) in [(Class::Page, "html"), (Class::Document, "pdf")] {
        section(
            &mut text,
            format!("<FilesMatch \"\\.(?i:{extension})$\">"),
            "</FilesMatch>",
            class,
        );
    }
    for path in &table.fingerprinted {
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().to_string())
            .unwrap_or_default();
        section(
            &mut text,
            format!("<Files {}>", quoted(&name)),
            "</Files>",
            Class::Fingerprinted,
        );
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(extra: &str) -> Config {
        let source = format!(
            "base_url: https://example.org/help/\nsource_locale: en\nlocales:\n  - code: en\n    review: reviewed\n{extra}"
        );
        crate::config::parse(Path::new("site.yaml"), &source).expect("valid config")
    }

    fn assets() -> Assets {
        Assets::new(BTreeMap::from([
            (PathBuf::from("css/site.css"), b"body{}".to_vec()),
            (PathBuf::from("js/site.js"), b"1".to_vec()),
            (PathBuf::from("img/logo.svg"), b"<svg/>".to_vec()),
        ]))
    }

    // Protects the one page policy: the meta tag carries it without what a
    // meta tag cannot carry, the header whole; forms go only to the
    // feedback origin.
    #[test]
    fn the_page_policy_is_one_value_in_two_forms() {
        let policy = Policy::for_pages(&config("feedback_url: https://forms.example.org/a/b?c\n"));
        assert_eq!(
            policy.header(),
            "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; base-uri 'none'; form-action https://forms.example.org; frame-ancestors 'none'"
        );
        assert_eq!(
            format!("{}; frame-ancestors 'none'", policy.meta()),
            policy.header()
        );
        assert!(
            Policy::for_pages(&config(""))
                .header()
                .contains("form-action 'none'")
        );
        assert_eq!(Policy::for_documents().meta(), "");
    }

    // Protects the classes: by extension, fingerprinted files by their
    // published names only.
    #[test]
    fn each_file_has_one_class() {
        let assets = assets();
        let table = Table::new(&config(""), &assets);
        let css = assets.href("css/site.css").expect("css");
        for (path, class) in [
            ("en/a/index.html", Class::Page),
            ("404.HTML", Class::Page),
            ("en/a/leaflet.pdf", Class::Document),
            (css.as_str(), Class::Fingerprinted),
            ("css/site.css", Class::Other),
            ("img/logo.svg", Class::Other),
            ("en/a/index.html.br", Class::Other),
        ] {
            assert_eq!(table.class_of(Path::new(path)), class, "{path}");
        }
        let names: Vec<&str> = table
            .headers(Path::new("en/a/index.html"))
            .iter()
            .map(|header| header.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "Strict-Transport-Security",
                "X-Content-Type-Options",
                "Referrer-Policy",
                "Permissions-Policy",
                "Cross-Origin-Opener-Policy",
                "Content-Security-Policy",
                "X-Frame-Options",
                "Cache-Control"
            ]
        );
        for header in Class::ALL
            .iter()
            .flat_map(|class| table.class_headers(*class))
            .chain(table.common())
        {
            assert!(
                SET_BY_SIGNPOST.contains(&header.name.as_str()),
                "{} is set by Signpost and must be refused in host.headers",
                header.name
            );
        }
    }

    // Protects the site's choices: HSTS off or with subdomains, extra
    // headers on every file, names Signpost or hosts set refused where
    // they are written.
    #[test]
    fn site_yaml_chooses_hsts_and_extra_headers() {
        let config = config(
            "host:\n  hsts_max_age_days: 0\n  headers:\n    X-Robots-Tag: noindex\n    cache-control: no-store\n    Content-Type: text/plain\n",
        );
        let table = Table::new(&config, &assets());
        let headers = table.headers(Path::new("img/logo.svg"));
        assert!(
            !headers
                .iter()
                .any(|header| header.name == "Strict-Transport-Security")
        );
        assert!(
            headers
                .iter()
                .any(|header| header.name == "X-Robots-Tag" && header.value == "noindex")
        );
        let refused: Vec<(String, usize)> = check(&config)
            .iter()
            .map(|d| (d.message.clone(), d.span.line))
            .collect();
        assert_eq!(refused.len(), 2, "{refused:?}");
        assert!(
            refused
                .iter()
                .all(|(message, line)| message.contains("cannot be added") && *line > 6)
        );
        let with_subdomains = Table::new(&config_hsts(), &assets());
        assert_eq!(
            with_subdomains.common()[0].value,
            "max-age=172800; includeSubDomains"
        );
    }

    fn config_hsts() -> Config {
        config("host:\n  hsts_max_age_days: 2\n  hsts_include_subdomains: true\n")
    }

    // Protects the shapes `_headers` relies on: derived from the routes
    // for each published locale, none covering another.
    #[test]
    fn address_shapes_do_not_overlap() {
        let shapes = shapes(&["en".to_string(), "pl".to_string()]);
        let patterns: Vec<&str> = shapes.iter().map(|(_, shape)| shape.as_str()).collect();
        assert_eq!(
            patterns,
            [
                "/",
                "/index.html",
                "/404.html",
                "/en/",
                "/en/index.html",
                "/en/:page/",
                "/en/:page/index.html",
                "/pl/",
                "/pl/index.html",
                "/pl/:page/",
                "/pl/:page/index.html",
                "/en/:page/leaflet*.pdf",
                "/pl/:page/leaflet*.pdf"
            ]
        );
        for (index, (_, a)) in shapes.iter().enumerate() {
            for (_, b) in &shapes[index + 1..] {
                assert!(!covers(a, b) && !covers(b, a), "{a} and {b} overlap");
            }
        }
        assert_eq!(urls(Path::new("en/index.html")), ["/en/", "/en/index.html"]);
        assert_eq!(urls(Path::new("index.html")), ["/", "/index.html"]);
        assert_eq!(urls(Path::new("en/notindex.html")), ["/en/notindex.html"]);
    }

    // Protects how each host reads a pattern: Cloudflare the whole path,
    // Netlify with an optional trailing slash and any case.
    #[test]
    fn each_host_reads_patterns_its_own_way() {
        let matches = |host: HeadersHost, pattern: &str, url: &str| {
            host.compile(pattern).expect("compiles").is_match(url)
        };
        use HeadersHost::{Cloudflare, Netlify};
        for host in HeadersHost::ALL {
            assert!(matches(host, "/*", "/"));
            assert!(matches(host, "/*", "/a/b.css"));
            assert!(matches(host, "/en/:page/", "/en/report/"));
            assert!(!matches(host, "/en/:page/", "/en/report/leaflet.pdf"));
            assert!(!matches(host, "/en/:page/", "/pl/report/"));
            assert!(matches(host, "/", "/"));
            assert!(!matches(host, "/", "/en/"));
            assert!(matches(host, "/css/a.b.css", "/css/a.b.css"));
            assert!(!matches(host, "/css/a.b.css", "/css/aXb.css"));
        }
        assert!(!matches(Cloudflare, "/en/:page/", "/en/index.html"));
        assert!(matches(Netlify, "/en/:page/", "/en/index.html"));
        assert!(!matches(Cloudflare, "/:locale/", "/sitemap.xml"));
        assert!(matches(Netlify, "/:locale/", "/sitemap.xml"));
        assert!(matches(Netlify, "/EN/", "/en"));
    }

    // Protects `_headers` beyond the shapes: fingerprinted files and static
    // HTML or PDF files elsewhere get exact rules, other files none; a
    // file neither host would give its headers is refused, naming it; and
    // more than 100 rules is an error rather than a file hosts cut short.
    #[test]
    fn headers_file_gives_exact_rules_where_no_shape_reaches() {
        let assets = assets();
        let table = Table::new(&config(""), &assets);
        let css = assets.href("css/site.css").expect("css");
        let site: Vec<&str> = vec![
            "index.html",
            "en/index.html",
            "en/a/index.html",
            "en/a/leaflet.pdf",
            css.as_str(),
            "img/logo.svg",
            "en/photo.png",
            "docs/guide/manual.pdf",
            "docs/a/b/index.html",
        ];
        let files =
            |extra: &[&str]| -> BTreeSet<PathBuf> { site.iter().chain(extra).map(PathBuf::from).collect() };
        let text = headers_file(&table, &files(&[])).expect("fits");
        let patterns: Vec<&str> = text.lines().filter(|line| line.starts_with('/')).collect();
        assert_eq!(
            &patterns[9..],
            [
                format!("/{css}").as_str(),
                "/docs/a/b/",
                "/docs/a/b/index.html",
                "/docs/guide/manual.pdf"
            ]
        );
        assert!(!text.contains("/img/"));
        // A PDF or a stylesheet straight in a locale's folder has the
        // address of a page there on Netlify (`/en/:page/`).
        let pdf = headers_file(&table, &files(&["en/guide.pdf"])).expect_err("a PDF where pages are");
        let extra = Assets::new(BTreeMap::from([(PathBuf::from("en/extra.css"), b"a{}".to_vec())]));
        let stylesheet = extra.href("en/extra.css").expect("published");
        let placed = Table::new(&config(""), &extra);
        let css =
            headers_file(&placed, &files(&[stylesheet.as_str()])).expect_err("a stylesheet where pages are");
        for problems in [pdf, css] {
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert_eq!(problems[0].code, "host/unreachable-headers");
            assert!(problems[0].message.contains("Netlify"), "{}", problems[0].message);
        }
        let many: BTreeSet<PathBuf> = (0..100).map(|n| PathBuf::from(format!("docs/{n}.pdf"))).collect();
        let problems = headers_file(&table, &many).expect_err("too many rules");
        assert_eq!(problems[0].code, "host/too-many-rules");
    }

    // Protects the escaping of values in nginx and Apache files.
    #[test]
    fn values_are_quoted_for_nginx_and_apache() {
        assert_eq!(quoted(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(apache_quoted("100%"), "\"100%%\"");
    }
}
