//! Link checks over the rendered site. Internal links (other pages, assets,
//! `#fragments`) are resolved against the files the build is about to write,
//! in every locale, always. External links are checked once each with
//! lychee-lib (bounded concurrency, per-host limits, timeouts, retries with
//! backoff, `Retry-After`), through a cache of recent results. This is the
//! only module that touches the network, and the only async code.

use std::collections::{BTreeMap, HashMap};
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::content::Page;
use crate::diag::{Diagnostic, Span};
use crate::render::{Built, LinkUse};

/// How the run went, for the closing summary and `--format json`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub internal: usize,
    pub external: usize,
    pub cached: usize,
    pub excluded: usize,
    pub failed: usize,
    pub unverified: usize,
    pub redirected: usize,
    /// Why external links were not checked at all, if they were not.
    pub skipped: Option<String>,
    pub results: Vec<ExternalResult>,
}

/// The outcome for one external URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExternalResult {
    pub url: String,
    pub outcome: Outcome,
    /// HTTP status, where there was one.
    pub status: Option<u16>,
    /// What happened, in words (redirect chain, error).
    pub detail: String,
    /// Whether this came from the cache.
    #[serde(default)]
    pub cached: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Ok,
    Redirected,
    /// Definitively broken: 404, 410, unknown host.
    Failed,
    /// Could not be checked this time: timeout, no network, 5xx after retries.
    Unverified,
    Excluded,
}

/// The locale of an output page (its first folder), if it has one.
fn locale_of(page: &Path) -> String {
    match page.components().next() {
        Some(Component::Normal(first)) if page.components().count() > 1 => {
            first.to_string_lossy().to_string()
        }
        _ => "-".to_string(),
    }
}

fn is_external(url: &str) -> bool {
    url.starts_with("http://") || url.starts_with("https://") || url.starts_with("//")
}

/// Checks every internal link and fragment of the built site (in
/// parallel). Returns the number checked and the problems.
pub fn check_internal(built: &Built, pages: &[Page], config: &Config) -> (usize, Vec<Diagnostic>) {
    let results = check_links(built, pages, config, None);
    let n_checked = results.iter().map(|(_, n, _)| n).sum();
    let diagnostics = results.into_iter().flat_map(|(_, _, found)| found).collect();
    (n_checked, diagnostics)
}

/// The internal links of linked files `only` (every file when `None`),
/// checked against everything built: each file's findings, by file (as
/// `Built` numbers them). The preview re-checks only what it rendered.
pub fn check_internal_by_file(
    built: &Built,
    pages: &[Page],
    config: &Config,
    only: Option<&[u32]>,
) -> Vec<(u32, Vec<Diagnostic>)> {
    check_links(built, pages, config, only)
        .into_iter()
        .map(|(file, _, found)| (file, found))
        .collect()
}

/// (file, links checked, findings) for each file of `only` (or every one).
fn check_links(
    built: &Built,
    pages: &[Page],
    config: &Config,
    only: Option<&[u32]>,
) -> Vec<(u32, usize, Vec<Diagnostic>)> {
    let base_url = config.base_url();
    let base_path = config.base_path();
    let context = Internal {
        built,
        pages,
        base_url: &base_url,
        base_path: &base_path,
        without_locale: std::sync::OnceLock::new(),
    };
    let by_file = built.links_by_file();
    let files: Vec<u32> = match only {
        Some(files) => files.to_vec(),
        None => (0..by_file.len())
            .filter_map(|file| u32::try_from(file).ok())
            .collect(),
    };
    files
        .par_iter()
        .map(|file| {
            let links = by_file.get(*file as usize).copied().unwrap_or_default();
            let mut n_checked = 0;
            let mut found = Vec::new();
            for link in links {
                let (checked, diagnostic) = context.check(link);
                n_checked += usize::from(checked);
                found.extend(diagnostic);
            }
            (*file, n_checked, found)
        })
        .collect()
}

/// What checking one internal link needs.
struct Internal<'a> {
    built: &'a Built,
    pages: &'a [Page],
    base_url: &'a str,
    base_path: &'a str,
    /// Every built path with its locale folder taken off, made only when a
    /// link is broken (to say whether another language has the target).
    without_locale: std::sync::OnceLock<HashMap<PathBuf, Vec<String>>>,
}

impl Internal<'_> {
    /// Whether the link was an internal one that got checked, and its problem.
    fn check(&self, link: &LinkUse) -> (bool, Option<Diagnostic>) {
        let page = self.built.path_of(link.file);
        let problem =
            |code, message: String, help: &str| Some(problem(self.pages, page, link, code, message, help));
        let url = self.built.url(link);
        let lower = url.to_ascii_lowercase();
        if ["javascript:", "data:", "vbscript:"]
            .iter()
            .any(|scheme| lower.starts_with(scheme))
        {
            return (
                false,
                problem(
                    "link/unsafe-scheme",
                    format!("`{url}` runs code or embeds data"),
                    "link to a page or file instead",
                ),
            );
        }
        if let Some(address) = url.strip_prefix("mailto:") {
            let found = (!is_email(address)).then(|| {
                problem(
                    "link/bad-email",
                    format!("`{address}` is not an email address"),
                    "write mailto:name@example.org",
                )
            });
            return (true, found.flatten());
        }
        if url.starts_with("tel:") {
            return (false, None); // Numbers are checked by validate::phones.
        }
        let inside = if let Some(rest) = url.strip_prefix(self.base_url) {
            Some(format!("/{rest}"))
        } else if is_external(url) {
            None
        } else if let Some(rest) = url.strip_prefix(self.base_path) {
            Some(format!("/{rest}"))
        } else if url.starts_with('/') {
            return (
                false,
                problem(
                    "link/outside-site",
                    format!("`{url}` points outside the site's base path `{}`", self.base_path),
                    "use a relative link",
                ),
            );
        } else if url.contains(':')
            && !url.starts_with('#')
            && url.split(':').next().is_some_and(|scheme| {
                scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.')
            })
        {
            return (
                false,
                problem(
                    "link/unsupported-scheme",
                    format!("`{url}` uses a scheme the site cannot check"),
                    "use an http(s) link",
                ),
            );
        } else {
            Some(url.to_string())
        };
        let Some(target) = inside else {
            return (false, None);
        };
        let (path_part, fragment) = match target.split_once('#') {
            Some((path, fragment)) => (path, Some(fragment)),
            None => (target.as_str(), None),
        };
        let path_part = path_part.split('?').next().unwrap_or_default();
        let Some(target_file) = resolve(page, path_part, &self.built.files) else {
            let locale = locale_of(page);
            let other_locale_has_it = resolve_path(page, path_part).is_some_and(|wanted| {
                let index = self.without_locale.get_or_init(|| {
                    let mut index: HashMap<PathBuf, Vec<String>> = HashMap::new();
                    for path in &self.built.files {
                        let (inner, locale) = split_locale(path);
                        index.entry(inner).or_default().push(locale);
                    }
                    index
                });
                let (inner, _) = split_locale(&wanted);
                index
                    .get(&inner)
                    .is_some_and(|locales| locales.iter().any(|other| other != &locale))
            });
            let help = if other_locale_has_it {
                format!(
                    "the target exists in another language but not in `{locale}`; translate it, or link to the other language on purpose"
                )
            } else {
                "check the address; links between pages are relative, e.g. ../other-page/".to_string()
            };
            return (
                true,
                problem(
                    "link/broken",
                    format!("`{url}` leads to no page of the site"),
                    &help,
                ),
            );
        };
        if let Some(fragment) = fragment.filter(|fragment| !fragment.is_empty()) {
            let known = self
                .built
                .linked_file(&target_file)
                .is_some_and(|file| self.built.has_anchor(file, fragment));
            if !known {
                return (
                    true,
                    problem(
                        "link/missing-fragment",
                        format!("`{url}`: there is no `#{fragment}` on {}", target_file.display()),
                        "heading ids come from the English heading text: check the spelling",
                    ),
                );
            }
        }
        (true, None)
    }
}

/// A built path without its first folder, and that folder.
fn split_locale(path: &Path) -> (PathBuf, String) {
    let inner: PathBuf = path.components().skip(1).collect();
    (inner, locale_of(path))
}

fn problem(
    pages: &[Page],
    page: &Path,
    link: &LinkUse,
    code: &'static str,
    message: String,
    help: &str,
) -> Diagnostic {
    Diagnostic::error(
        code,
        link.source.span(pages),
        format!("{message} (on {}, locale `{}`)", page.display(), locale_of(page)),
    )
    .with_help(help)
}

/// `name@host.tld`, with no spaces or angle brackets.
fn is_email(address: &str) -> bool {
    let address = address.split('?').next().unwrap_or_default();
    let Some((name, host)) = address.split_once('@') else {
        return false;
    };
    !name.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !address.contains(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == ',')
}

/// The output path a relative or site-absolute link points to.
fn resolve_path(page: &Path, link_path: &str) -> Option<PathBuf> {
    let mut parts: Vec<String> = if let Some(absolute) = link_path.strip_prefix('/') {
        let _ = absolute;
        Vec::new()
    } else {
        page.parent()
            .map(|parent| {
                parent
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let relative = link_path.trim_start_matches('/');
    if link_path.is_empty() {
        return Some(page.to_path_buf());
    }
    for segment in relative.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other.to_string()),
        }
    }
    let mut path: PathBuf = parts.iter().collect();
    if link_path.ends_with('/') || relative.is_empty() {
        path.push("index.html");
    }
    Some(path)
}

/// The file a link resolves to, trying `…/index.html` for folder links
/// written without a trailing slash.
fn resolve(page: &Path, link_path: &str, files: &std::collections::BTreeSet<PathBuf>) -> Option<PathBuf> {
    let path = resolve_path(page, link_path)?;
    if files.contains(&path) {
        return Some(path);
    }
    let folder = path.join("index.html");
    files.contains(&folder).then_some(folder)
}

/// Where external results are remembered between builds (git-ignored).
pub const CACHE_FILE: &str = ".signpost-cache/links.json";

#[derive(Debug, Default, Serialize, Deserialize)]
struct Cache {
    /// URL → (seconds since the epoch when checked, result).
    entries: BTreeMap<String, (u64, ExternalResult)>,
}

/// How to run the external check.
#[derive(Debug, Clone)]
pub struct ExternalOptions {
    pub offline: bool,
    pub strict: bool,
    /// The project root (the cache lives under it).
    pub root: PathBuf,
    /// Show a progress bar (stderr is a terminal).
    pub progress: bool,
}

/// Checks each distinct external URL once. Definitive failures are errors;
/// links that could not be verified are summarised in one warning (errors
/// with `--strict`).
pub fn check_external(
    built: &Built,
    pages: &[Page],
    config: &Config,
    options: &ExternalOptions,
) -> (Report, Vec<Diagnostic>) {
    let mut report = Report::default();
    let mut first_use: BTreeMap<&str, &LinkUse> = BTreeMap::new();
    let mut n_uses: BTreeMap<&str, usize> = BTreeMap::new();
    let base_url = config.base_url();
    for link in built.links() {
        let url = built.url(link);
        if (url.starts_with("http://") || url.starts_with("https://")) && !url.starts_with(&base_url) {
            first_use.entry(url).or_insert(link);
            *n_uses.entry(url).or_default() += 1;
        }
    }
    report.external = first_use.len();
    if first_use.is_empty() {
        return (report, Vec::new());
    }
    if options.offline {
        // Said once, in the closing summary line ("not checked: --offline").
        report.skipped = Some("--offline".to_string());
        return (report, Vec::new());
    }
    let exclusions: Vec<regex::Regex> = config
        .links
        .exclude
        .iter()
        .filter_map(|exclusion| regex::Regex::new(&exclusion.pattern).ok())
        .collect();
    let cache_path = options.root.join(CACHE_FILE);
    let mut cache: Cache = std::fs::read(&cache_path)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default();
    let now = now_seconds();
    let max_age = config.links.cache_max_age_hours * 3600;
    let mut results: BTreeMap<String, ExternalResult> = BTreeMap::new();
    let mut to_check = Vec::new();
    for url in first_use.keys() {
        if exclusions.iter().any(|pattern| pattern.is_match(url)) {
            results.insert(
                url.to_string(),
                ExternalResult {
                    url: url.to_string(),
                    outcome: Outcome::Excluded,
                    status: None,
                    detail: "excluded in site.yaml".to_string(),
                    cached: false,
                },
            );
        } else if let Some((checked_at, cached)) = cache
            .entries
            .get(*url)
            .filter(|(at, _)| now.saturating_sub(*at) < max_age)
        {
            let _ = checked_at;
            results.insert(
                url.to_string(),
                ExternalResult {
                    cached: true,
                    ..cached.clone()
                },
            );
        } else {
            to_check.push(url.to_string());
        }
    }
    // Also try https:// for every http:// link: if it works, say so.
    let upgrades: Vec<String> = to_check
        .iter()
        .filter_map(|url| url.strip_prefix("http://").map(|rest| format!("https://{rest}")))
        .filter(|url| !first_use.contains_key(url.as_str()))
        .collect();
    let mut checking = to_check.clone();
    checking.extend(upgrades.iter().cloned());
    let fresh = match run_checks(&checking, config, options.progress) {
        Ok(fresh) => fresh,
        Err(error) => {
            report.skipped = Some(format!("{error:#}"));
            let diagnostic = Diagnostic::warning(
                "link/not-checked",
                Span::file(Path::new("site.yaml")),
                format!("external links were not checked: {error:#}"),
            );
            return (report, vec![diagnostic]);
        }
    };
    let probe_timeout = Duration::from_secs(config.links.timeout_seconds.clamp(1, 10));
    let judged = judge(fresh, || public_name_resolves(&config.exit_url, probe_timeout));
    let mut upgrade_results = BTreeMap::new();
    let mut reasons: BTreeMap<String, Why> = BTreeMap::new();
    for (result, why) in judged {
        if let Some(why) = why {
            reasons.insert(result.url.clone(), why);
        }
        if upgrades.contains(&result.url) {
            upgrade_results.insert(result.url.clone(), result);
            continue;
        }
        if matches!(
            result.outcome,
            Outcome::Ok | Outcome::Redirected | Outcome::Failed
        ) {
            cache.entries.insert(result.url.clone(), (now, result.clone()));
        }
        results.insert(result.url.clone(), result);
    }
    if let Some(folder) = cache_path.parent() {
        let _ = std::fs::create_dir_all(folder);
        if let Ok(text) = serde_json::to_vec_pretty(&cache) {
            let _ = std::fs::write(&cache_path, text);
        }
    }
    let mut diagnostics = Vec::new();
    let mut unverified = Vec::new();
    for (url, result) in &results {
        let Some(link) = first_use.get(url.as_str()) else {
            continue;
        };
        report.cached += usize::from(result.cached);
        match result.outcome {
            Outcome::Ok => {}
            Outcome::Excluded => report.excluded += 1,
            Outcome::Redirected => {
                report.redirected += 1;
                diagnostics.push(
                    Diagnostic::warning(
                        "link/redirect",
                        link.source.span(pages),
                        format!("`{url}` redirects: {}", result.detail),
                    )
                    .with_help("link to the final address"),
                );
            }
            Outcome::Failed => {
                report.failed += 1;
                let mut diagnostic = problem(
                    pages,
                    built.path_of(link.file),
                    link,
                    "link/external-broken",
                    format!("`{url}` is broken: {}", result.detail),
                    "fix or remove the link; if it only fails for checkers, add it to links.exclude in site.yaml with a reason",
                );
                diagnostic.message = format!(
                    "{} (used on {} pages)",
                    diagnostic.message,
                    n_uses.get(url.as_str()).copied().unwrap_or(1)
                );
                diagnostics.push(diagnostic);
            }
            Outcome::Unverified => {
                report.unverified += 1;
                unverified.push((url, result, link));
            }
        }
        if let Some(https) = url.strip_prefix("http://").map(|rest| format!("https://{rest}"))
            && upgrade_results
                .get(&https)
                .is_some_and(|upgrade| upgrade.outcome == Outcome::Ok)
        {
            diagnostics.push(
                Diagnostic::warning(
                    "link/insecure",
                    link.source.span(pages),
                    format!("`{url}` also works as {https}"),
                )
                .with_help("use the https:// address"),
            );
        }
    }
    if !unverified.is_empty() {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for (url, _, _) in &unverified {
            let why = reasons.get(url.as_str()).cloned().unwrap_or(Why::ServerOrTimeout);
            *counts.entry(why.explain()).or_default() += 1;
        }
        let why = match counts.len() {
            1 => counts.into_keys().collect::<String>(),
            _ => counts
                .iter()
                .map(|(why, n)| format!("{n} because {why}"))
                .collect::<Vec<_>>()
                .join("; "),
        };
        let why = if why.starts_with(|c: char| c.is_ascii_digit()) {
            format!(": {why}")
        } else {
            format!(" because {why}")
        };
        if options.strict {
            for (url, result, link) in &unverified {
                diagnostics.push(problem(
                    pages,
                    built.path_of(link.file),
                    link,
                    "link/unverified",
                    format!("`{url}` could not be verified: {}", result.detail),
                    "--strict needs every external link verified",
                ));
            }
        } else {
            diagnostics.push(
                Diagnostic::warning(
                    "link/unverified",
                    Span::file(Path::new("site.yaml")),
                    format!("{} external links could not be verified{why}", unverified.len()),
                )
                .with_help("they are not counted as broken; run again with a network, or with --strict to make this an error"),
            );
        }
    }
    report.results = results.into_values().collect();
    (report, diagnostics)
}

fn now_seconds() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |duration| duration.as_secs())
}

/// What one request showed about the network, apart from the link's own
/// outcome: what tells a broken link from a network that cannot reach it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Answer {
    /// An HTTP server answered, after redirects to this host if any.
    Http { redirected_to: Option<String> },
    /// The host name did not resolve.
    UnknownHost,
    /// The TLS handshake failed on the server's certificate.
    BadCertificate,
    /// No answer for another reason (timeout, refused), or no request.
    Silent,
}

/// Why a link could not be verified, for the closing warning.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Why {
    /// No request of the run got any answer.
    NoNetwork,
    /// Public host names do not resolve on this machine.
    NamesDoNotResolve,
    /// The certificate was refused; `everywhere` when it was so for every
    /// https host checked (a proxy intercepting TLS).
    Certificate {
        everywhere: bool,
    },
    /// Every answer was a redirect to this one foreign host.
    Portal(String),
    ServerOrTimeout,
}

impl Why {
    fn explain(&self) -> String {
        match self {
            Why::NoNetwork => "the network is unreachable".to_string(),
            Why::NamesDoNotResolve => "public host names do not resolve on this machine (no DNS?)".to_string(),
            Why::Certificate { everywhere: true } => {
                "every https host failed its certificate check (a proxy or filter may be intercepting connections)"
                    .to_string()
            }
            Why::Certificate { everywhere: false } => {
                "the checker did not accept their certificates (browsers may still open them)".to_string()
            }
            Why::Portal(host) => {
                format!("every request was redirected to {host} (a captive portal or filter?)")
            }
            Why::ServerOrTimeout => "they timed out or the server failed".to_string(),
        }
    }
}

/// A URL's host, lowercase, without brackets or a trailing dot.
fn host_of(url: &str) -> Option<String> {
    let uri: http::Uri = url.parse().ok()?;
    let host = uri.host()?.trim_start_matches('[').trim_end_matches(']');
    Some(host.trim_end_matches('.').to_ascii_lowercase())
}

/// A host name that only public DNS can answer: not an IP address, not a
/// single label, not a name reserved for local or private use.
fn is_public_name(host: &str) -> bool {
    const LOCAL_SUFFIXES: &[&str] = &[
        "localhost",
        "local",
        "localdomain",
        "internal",
        "intranet",
        "lan",
        "home",
        "corp",
        "private",
        "arpa",
        "test",
        "example",
        "invalid",
    ];
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host.parse::<std::net::IpAddr>().is_err()
        && host.contains('.')
        && host
            .rsplit('.')
            .next()
            .is_some_and(|tld| !tld.is_empty() && !LOCAL_SUFFIXES.contains(&tld))
}

/// Whether the host of `url` (the exit link: a public site every build
/// names) resolves, asked of the system resolver on a thread of its own so
/// a hanging resolver costs at most `timeout`.
fn public_name_resolves(url: &str, timeout: Duration) -> bool {
    use std::net::ToSocketAddrs as _;
    let Some(host) = host_of(url).filter(|host| is_public_name(host)) else {
        return false;
    };
    let (sender, receiver) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("signpost-dns-probe".to_string())
        .spawn(move || {
            let resolved = (host.as_str(), 443)
                .to_socket_addrs()
                .is_ok_and(|mut addresses| addresses.next().is_some());
            let _ = sender.send(resolved);
        });
    spawned.is_ok() && receiver.recv_timeout(timeout).unwrap_or(false)
}

/// Decides what each fresh result means once the whole run is known:
///
/// - an unknown host is broken only when public names demonstrably resolve
///   in this run (another link with a public host name got an HTTP answer,
///   or else `public_names_resolve`, asked only then, says so); otherwise
///   it is unverified, even if servers on loopback answered;
/// - a refused certificate is unverified (an incomplete chain still opens
///   in browsers), and named as interception when every https host failed;
/// - when every answer from two or more hosts was a redirect to the same
///   foreign host, those are a captive portal or filter: unverified, not
///   redirects or failures of the links.
fn judge(
    checked: Vec<(ExternalResult, Answer)>,
    public_names_resolve: impl FnOnce() -> bool,
) -> Vec<(ExternalResult, Option<Why>)> {
    let hosts: Vec<Option<String>> = checked.iter().map(|(result, _)| host_of(&result.url)).collect();
    let answered = |index: usize| matches!(checked[index].1, Answer::Http { .. });
    let any_answer = (0..checked.len()).any(answered);
    let names_resolve = checked.iter().any(|(_, answer)| *answer == Answer::UnknownHost)
        && ((0..checked.len())
            .any(|index| answered(index) && hosts[index].as_deref().is_some_and(is_public_name))
            || public_names_resolve());
    let is_https = |index: usize| checked[index].0.url.starts_with("https://");
    let tls_worked = (0..checked.len()).any(|index| is_https(index) && answered(index));
    let portal = captive_portal(&checked, &hosts);
    checked
        .into_iter()
        .map(|(mut result, answer)| {
            let why = match answer {
                Answer::UnknownHost if names_resolve => {
                    result.outcome = Outcome::Failed;
                    result.detail = format!("unknown host: {}", result.detail);
                    None
                }
                Answer::UnknownHost => {
                    result.outcome = Outcome::Unverified;
                    result.detail = format!("public host names do not resolve here: {}", result.detail);
                    Some(Why::NamesDoNotResolve)
                }
                Answer::BadCertificate => {
                    result.outcome = Outcome::Unverified;
                    Some(Why::Certificate {
                        everywhere: !tls_worked,
                    })
                }
                Answer::Http {
                    redirected_to: Some(host),
                } if portal.as_deref() == Some(host.as_str()) => {
                    result.outcome = Outcome::Unverified;
                    result.detail = format!("redirected to {host} like every other link: {}", result.detail);
                    Some(Why::Portal(host))
                }
                _ if result.outcome != Outcome::Unverified => None,
                _ if !any_answer => Some(Why::NoNetwork),
                _ => Some(Why::ServerOrTimeout),
            };
            (result, why)
        })
        .collect()
}

/// The foreign host every answer was redirected to, when answers came from
/// two or more hosts and all went there: a captive portal or a filter, not
/// the links. Foreign: not one of the checked hosts, nor of their domains.
fn captive_portal(checked: &[(ExternalResult, Answer)], hosts: &[Option<String>]) -> Option<String> {
    let domain = |host: &str| host.rsplit('.').take(2).collect::<Vec<_>>().join(".");
    let mut target: Option<&str> = None;
    let mut answering_hosts = std::collections::BTreeSet::new();
    for ((_, answer), host) in checked.iter().zip(hosts) {
        let Answer::Http { redirected_to } = answer else {
            continue;
        };
        let redirected_to = redirected_to.as_deref()?;
        if target.is_some_and(|target| target != redirected_to) {
            return None;
        }
        target = Some(redirected_to);
        answering_hosts.insert(host.clone()?);
    }
    let target = target?;
    let foreign = answering_hosts
        .iter()
        .all(|host| host != target && domain(host) != domain(target));
    (answering_hosts.len() >= 2 && foreign).then(|| target.to_string())
}

/// The host of the last redirect of a response, if it was redirected.
fn redirect_target(redirects: Option<&lychee_lib::Redirects>) -> Option<String> {
    let chain = serde_json::to_value(redirects?).ok()?;
    let last = chain.get("redirects")?.as_array()?.last()?;
    host_of(last.get("url")?.as_str()?)
}

/// What a failure without an HTTP status says about the network.
fn failure_answer(detail: &str) -> Answer {
    let lower = detail.to_ascii_lowercase();
    if lower.contains("dns error") {
        Answer::UnknownHost
    } else if lower.contains("certificate") {
        Answer::BadCertificate
    } else {
        Answer::Silent
    }
}

/// Checks URLs with lychee-lib on a small tokio runtime.
fn run_checks(
    urls: &[String],
    config: &Config,
    progress: bool,
) -> anyhow::Result<Vec<(ExternalResult, Answer)>> {
    use lychee_lib::ratelimit::RateLimitConfig;

    let mut accepted: std::collections::HashSet<http::StatusCode> = (200..=299)
        .filter_map(|code| http::StatusCode::from_u16(code).ok())
        .collect();
    accepted.extend(
        config
            .links
            .accept
            .iter()
            .filter_map(|accepted| http::StatusCode::from_u16(accepted.status).ok()),
    );
    let client = lychee_lib::ClientBuilder::builder()
        .timeout(Duration::from_secs(config.links.timeout_seconds))
        .max_retries(config.links.retries)
        .retry_wait_time(Duration::from_secs(1))
        .max_redirects(10usize)
        .user_agent(
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 signpost-link-check"
                .to_string(),
        )
        .accepted(accepted)
        .rate_limit_config(RateLimitConfig {
            concurrency: config.links.per_host_concurrency.max(1),
            request_interval: Duration::from_millis(100),
        })
        .build()
        .client()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let bar = if progress {
        let bar = indicatif::ProgressBar::new(urls.len() as u64);
        bar.set_message("checking external links");
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let concurrency = config.links.concurrency.max(1);
    let results = runtime.block_on(async {
        let semaphore = std::sync::Arc::new(tokio::sync::Semaphore::new(concurrency));
        let mut tasks = tokio::task::JoinSet::new();
        for url in urls {
            let client = client.clone();
            let semaphore = std::sync::Arc::clone(&semaphore);
            let url = url.clone();
            tasks.spawn(async move {
                let _permit = semaphore.acquire_owned().await;
                let response = client.check(url.as_str()).await;
                classify(&url, response)
            });
        }
        let mut results = Vec::new();
        while let Some(joined) = tasks.join_next().await {
            bar.inc(1);
            if let Ok(result) = joined {
                results.push(result);
            }
        }
        results
    });
    bar.finish_and_clear();
    Ok(results)
}

fn classify(
    url: &str,
    response: Result<lychee_lib::Response, lychee_lib::ErrorKind>,
) -> (ExternalResult, Answer) {
    let response = match response {
        Ok(response) => response,
        Err(error) => {
            let detail = error_chain(&error);
            let answer = failure_answer(&detail);
            let result = ExternalResult {
                url: url.to_string(),
                outcome: Outcome::Unverified,
                status: None,
                detail,
                cached: false,
            };
            return (result, answer);
        }
    };
    let result = classify_status(url, &response);
    let answer = match (&result.status, result.outcome) {
        (_, Outcome::Excluded) => Answer::Silent,
        (Some(_), _) => Answer::Http {
            redirected_to: redirect_target(response.redirects().filter(|redirects| redirects.count() > 0)),
        },
        (None, _) => failure_answer(&result.detail),
    };
    (result, answer)
}

fn classify_status(url: &str, response: &lychee_lib::Response) -> ExternalResult {
    use lychee_lib::Status;
    let result = |outcome, status: Option<u16>, detail: String| ExternalResult {
        url: url.to_string(),
        outcome,
        status,
        detail,
        cached: false,
    };
    let redirects = response
        .redirects()
        .filter(|redirects| redirects.count() > 0)
        .map(ToString::to_string);
    match response.status() {
        Status::Ok(code) => match redirects {
            Some(chain) => result(Outcome::Redirected, Some(code.as_u16()), chain),
            None => result(Outcome::Ok, Some(code.as_u16()), code.to_string()),
        },
        Status::Excluded => result(Outcome::Excluded, None, "excluded".to_string()),
        Status::Timeout(code) => result(
            Outcome::Unverified,
            code.map(|c| c.as_u16()),
            "timed out".to_string(),
        ),
        Status::Error(kind) => {
            let code = status_code(kind);
            let detail = error_chain(kind);
            match code {
                Some(code) if is_definitive(code) => result(Outcome::Failed, Some(code), detail),
                Some(code) => result(Outcome::Unverified, Some(code), detail),
                None => result(Outcome::Unverified, None, detail),
            }
        }
        Status::UnknownStatusCode(code) => result(
            Outcome::Unverified,
            Some(code.as_u16()),
            format!("unknown status {code}"),
        ),
        other => result(Outcome::Unverified, None, other.to_string()),
    }
}

/// 4xx except 408 (timeout) and 429 (rate limit) mean the page is not there.
fn is_definitive(code: u16) -> bool {
    (400..500).contains(&code) && code != 408 && code != 429
}

fn status_code(kind: &lychee_lib::ErrorKind) -> Option<u16> {
    match kind {
        lychee_lib::ErrorKind::RejectedStatusCode(code) => Some(code.as_u16()),
        lychee_lib::ErrorKind::NetworkRequest(error) => error.status().map(|code| code.as_u16()),
        _ => None,
    }
}

fn error_chain(error: &dyn std::error::Error) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !parts.contains(&text) {
            parts.push(text);
        }
        source = cause.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects link resolution: relative, parent, folder and root forms.
    #[test]
    fn resolves_links_to_output_files() {
        let page = Path::new("pl/a/index.html");
        let cases = [
            ("../b/", "pl/b/index.html"),
            ("../b", "pl/b"),
            ("", "pl/a/index.html"),
            ("../../css/site.css", "css/site.css"),
            ("/en/", "en/index.html"),
            ("./x.pdf", "pl/a/x.pdf"),
        ];
        for (link, expected) in cases {
            assert_eq!(resolve_path(page, link), Some(PathBuf::from(expected)), "{link}");
        }
        assert_eq!(resolve_path(page, "../../../../x"), None);
    }

    fn checked(url: &str, outcome: Outcome, status: Option<u16>, answer: Answer) -> (ExternalResult, Answer) {
        let result = ExternalResult {
            url: url.to_string(),
            outcome,
            status,
            detail: "detail".to_string(),
            cached: false,
        };
        (result, answer)
    }

    fn http(redirected_to: Option<&str>) -> Answer {
        Answer::Http {
            redirected_to: redirected_to.map(str::to_string),
        }
    }

    // Protects "broken means broken": an unknown host is a failure only
    // when public names demonstrably resolve in the same run (a public
    // host answered, or else the probe resolved), never because loopback
    // answered; refused certificates and a captive portal are unverified.
    #[test]
    fn judges_network_failures_by_the_whole_run() {
        let dns = || checked("https://gone.zz/", Outcome::Unverified, None, Answer::UnknownHost);
        let loopback = || checked("http://127.0.0.1:8/ok", Outcome::Ok, Some(200), http(None));
        let public = || checked("https://www.gov.uk/", Outcome::Ok, Some(200), http(None));
        let cert = |url: &str| checked(url, Outcome::Unverified, None, Answer::BadCertificate);
        let portal = |url: &str| checked(url, Outcome::Redirected, Some(200), http(Some("login.wifi.zz")));
        // (results, what the probe says, expected (outcome, why) per result)
        type Case = (Vec<(ExternalResult, Answer)>, bool, Vec<(Outcome, Option<Why>)>);
        let cases: Vec<Case> = vec![
            (
                vec![dns(), loopback()],
                false,
                vec![
                    (Outcome::Unverified, Some(Why::NamesDoNotResolve)),
                    (Outcome::Ok, None),
                ],
            ),
            (
                vec![dns(), loopback()],
                true,
                vec![(Outcome::Failed, None), (Outcome::Ok, None)],
            ),
            (
                vec![dns(), public()],
                false,
                vec![(Outcome::Failed, None), (Outcome::Ok, None)],
            ),
            (
                vec![
                    dns(),
                    checked("http://printer.local/", Outcome::Ok, Some(200), http(None)),
                ],
                false,
                vec![
                    (Outcome::Unverified, Some(Why::NamesDoNotResolve)),
                    (Outcome::Ok, None),
                ],
            ),
            (
                vec![cert("https://a.zz/"), cert("https://b.zz/")],
                true,
                vec![
                    (Outcome::Unverified, Some(Why::Certificate { everywhere: true })),
                    (Outcome::Unverified, Some(Why::Certificate { everywhere: true })),
                ],
            ),
            (
                vec![cert("https://a.zz/"), public()],
                true,
                vec![
                    (Outcome::Unverified, Some(Why::Certificate { everywhere: false })),
                    (Outcome::Ok, None),
                ],
            ),
            (
                vec![portal("http://a.zz/x"), portal("http://b.zz/y")],
                true,
                vec![
                    (
                        Outcome::Unverified,
                        Some(Why::Portal("login.wifi.zz".to_string())),
                    ),
                    (
                        Outcome::Unverified,
                        Some(Why::Portal("login.wifi.zz".to_string())),
                    ),
                ],
            ),
            (
                vec![portal("http://a.zz/x"), public()],
                true,
                vec![(Outcome::Redirected, None), (Outcome::Ok, None)],
            ),
            (
                vec![
                    checked(
                        "http://gov.uk/a",
                        Outcome::Redirected,
                        Some(200),
                        http(Some("www.gov.uk")),
                    ),
                    checked(
                        "http://direct.gov.uk/b",
                        Outcome::Redirected,
                        Some(200),
                        http(Some("www.gov.uk")),
                    ),
                ],
                true,
                vec![(Outcome::Redirected, None), (Outcome::Redirected, None)],
            ),
            (
                vec![checked(
                    "https://a.zz/",
                    Outcome::Unverified,
                    None,
                    Answer::Silent,
                )],
                true,
                vec![(Outcome::Unverified, Some(Why::NoNetwork))],
            ),
        ];
        for (index, (results, probe, expected)) in cases.into_iter().enumerate() {
            let judged: Vec<(Outcome, Option<Why>)> = judge(results, || probe)
                .into_iter()
                .map(|(result, why)| (result.outcome, why))
                .collect();
            assert_eq!(judged, expected, "case {index}");
        }
    }

    // Protects the probe from being asked when the run already knows.
    #[test]
    fn asks_the_resolver_only_when_needed() {
        let asked = std::cell::Cell::new(false);
        let results = vec![checked("https://www.gov.uk/", Outcome::Ok, Some(200), http(None))];
        judge(results, || {
            asked.set(true);
            true
        });
        assert!(!asked.get(), "no unknown host, nothing to prove");
    }

    // Protects what counts as a public host name (evidence that DNS works).
    #[test]
    fn tells_public_names_from_local_ones() {
        for public in ["www.gov.uk", "example.org", "WWW.BBC.CO.UK.", "signpost-test.zz"] {
            assert!(is_public_name(public), "{public}");
        }
        for local in [
            "localhost",
            "127.0.0.1",
            "::1",
            "printer.local",
            "router.home.arpa",
            "x.test",
            "x.example",
            "intranet",
        ] {
            assert!(!is_public_name(local), "{local}");
        }
        assert_eq!(host_of("http://[::1]:8080/x"), Some("::1".to_string()));
        assert_eq!(host_of("https://WWW.Gov.UK./a"), Some("www.gov.uk".to_string()));
    }

    // Protects the mailto syntax check.
    #[test]
    fn checks_email_syntax() {
        for good in ["help@example.org", "a.b@c.co.uk?subject=Hi"] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "",
            "help",
            "help@",
            "@example.org",
            "a b@example.org",
            "a@example",
            "a@.org",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
