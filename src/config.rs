//! The site configuration in `site.yaml`: base URL, source locale, the
//! locales with their review state, output options and how a host serves
//! the files (`host`). Parsing is strict: an unknown key or a wrong type is
//! a diagnostic with file and line, and so is a header name or value that a
//! response header cannot carry.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::diag::{Diagnostic, Span};
use crate::yaml;

pub const FILE_NAME: &str = "site.yaml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Absolute URL the site is published at, e.g. `https://example.org/`.
    /// Used for the sitemap, `hreflang` alternates and leaflet QR codes.
    pub base_url: String,
    /// The locale the content is written in (English for the first site).
    pub source_locale: String,
    /// Every locale, in the order language switchers list them.
    pub locales: Vec<LocaleConfig>,
    #[serde(default)]
    pub output: OutputConfig,
    #[serde(default)]
    pub checks: ChecksConfig,
    #[serde(default)]
    pub links: LinksConfig,
    #[serde(default)]
    pub host: HostConfig,
    #[serde(default)]
    pub search: SearchConfig,
    /// Where "Exit this page" goes: a neutral site (GOV.UK's default).
    #[serde(default = "default_exit_url")]
    pub exit_url: String,
    /// Where the "Did this advice help?" form is sent (a GET request); no
    /// feedback prompt is shown without one.
    #[serde(default)]
    pub feedback_url: Option<String>,
}

fn default_exit_url() -> String {
    "https://www.bbc.co.uk/weather".to_string()
}

/// How external links are checked.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinksConfig {
    /// A result younger than this is reused instead of asking the site again.
    #[serde(default = "default_cache_hours")]
    pub cache_max_age_hours: u64,
    /// Per request.
    #[serde(default = "default_timeout")]
    pub timeout_seconds: u64,
    /// Retries of a failed or rate-limited request, with growing waits.
    #[serde(default = "default_retries")]
    pub retries: u64,
    /// Requests in flight at once, in all.
    #[serde(default = "default_concurrency")]
    pub concurrency: usize,
    /// Requests in flight at once to one host.
    #[serde(default = "default_host_concurrency")]
    pub per_host_concurrency: usize,
    /// Links never checked, each with the reason.
    #[serde(default)]
    pub exclude: Vec<LinkExclusion>,
    /// Status codes accepted as working, each with the reason.
    #[serde(default)]
    pub accept: Vec<AcceptedStatus>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkExclusion {
    /// A regular expression matched against the whole URL.
    pub pattern: String,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AcceptedStatus {
    pub status: u16,
    pub reason: String,
}

impl Default for LinksConfig {
    fn default() -> LinksConfig {
        LinksConfig {
            cache_max_age_hours: default_cache_hours(),
            timeout_seconds: default_timeout(),
            retries: default_retries(),
            concurrency: default_concurrency(),
            per_host_concurrency: default_host_concurrency(),
            exclude: Vec::new(),
            accept: Vec::new(),
        }
    }
}

fn default_cache_hours() -> u64 {
    24
}
fn default_timeout() -> u64 {
    20
}
fn default_retries() -> u64 {
    2
}
fn default_concurrency() -> usize {
    16
}
fn default_host_concurrency() -> usize {
    2
}

/// The site search (`<locale>/search/`, the index in `pagefind/`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchConfig {
    /// Build a search page per locale and the index behind it (on by
    /// default). Off: no search page, no index, no search link.
    #[serde(default = "default_true")]
    pub enabled: bool,
    /// Results shown at first (and added by each "Show more results");
    /// each one shown costs the reader one small download.
    #[serde(default = "default_results_shown")]
    pub results_shown: u8,
}

impl Default for SearchConfig {
    fn default() -> SearchConfig {
        SearchConfig {
            enabled: true,
            results_shown: default_results_shown(),
        }
    }
}

fn default_results_shown() -> u8 {
    5
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecksConfig {
    /// A contact not verified within this many months is a warning.
    #[serde(default = "default_verify_months")]
    pub verify_contacts_every_months: u32,
}

impl Default for ChecksConfig {
    fn default() -> ChecksConfig {
        ChecksConfig {
            verify_contacts_every_months: default_verify_months(),
        }
    }
}

fn default_verify_months() -> u32 {
    12
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleConfig {
    /// A BCP 47 tag such as `en`, `pl` or `zh-Hans`.
    pub code: String,
    /// `draft` until a qualified translator has checked it.
    pub review: ReviewState,
    /// `false` keeps a locale out of the build while it is being
    /// translated; it is still checked and reported.
    #[serde(default = "default_true")]
    pub publish: bool,
    /// Message ids whose translation may equal the English (a brand name,
    /// a word that is the same in this language). Others are warned about.
    #[serde(default)]
    pub allow_identical: Vec<String>,
    /// Formats in which every leaflet of this locale also comes as a
    /// bilingual edition: the source language (English) beside this one,
    /// for advisers who hand a leaflet to a client. Only formats with a
    /// side-by-side layout (`LeafletFormat::has_bilingual_layout`).
    #[serde(default)]
    pub bilingual_leaflets: Vec<LeafletFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewState {
    Draft,
    Reviewed,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutputConfig {
    /// Minify HTML with minify-html (on by default; off helps debugging).
    #[serde(default = "default_true")]
    pub minify: bool,
    /// The formats a page's leaflet comes in when its front matter names
    /// none (default: A5 only).
    #[serde(default)]
    pub leaflet_formats: Option<Vec<LeafletFormat>>,
    /// The older one-format spelling of `leaflet_formats`
    /// (`leaflet_paper: a4` is `leaflet_formats: [a4]`); both at once is
    /// an error.
    #[serde(default)]
    pub leaflet_paper: Option<LeafletFormat>,
    /// Print-shop leaflets: bleed, crop marks, TrimBox and BleedBox, CMYK
    /// colours (`--print`). `print_marks` is the older name.
    #[serde(default, alias = "print_marks")]
    pub print: bool,
    /// Font families leaflets use, in fallback order (files in fonts/).
    #[serde(default = "default_leaflet_fonts")]
    pub leaflet_fonts: Vec<String>,
    /// Write a Brotli (`.br`) and a gzip (`.gz`) copy beside every HTML,
    /// CSS, JavaScript, JSON, SVG and XML file, for servers that send a
    /// stored compressed copy (nginx `brotli_static`/`gzip_static`). Hosts
    /// that compress by themselves (Netlify, Cloudflare Pages, GitHub
    /// Pages) ignore the copies: turn it off there.
    #[serde(default = "default_true")]
    pub precompress: bool,
}

/// How the host serves the files: what goes into the header files the
/// build writes (`_headers`, `nginx.conf`, `.htaccess`) and what the
/// preview sends. The security headers themselves are Signpost's
/// (`render::host`); these are the choices a site makes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostConfig {
    /// `Strict-Transport-Security`: after one visit over https, the reader's
    /// browser refuses plain http to the site for this many days. 0 sends
    /// no such header.
    #[serde(default = "default_hsts_days")]
    pub hsts_max_age_days: u32,
    /// The same for every subdomain of the site's host (only when all of
    /// them are served over https).
    #[serde(default)]
    pub hsts_include_subdomains: bool,
    /// More response headers, on every file: name → value. Names the build
    /// sets itself are refused (`host/reserved-header`).
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// Where each extra header's name is written in `site.yaml`, for later
    /// findings about it.
    #[serde(skip)]
    pub header_spans: BTreeMap<String, Span>,
}

fn default_hsts_days() -> u32 {
    365
}

impl Default for HostConfig {
    fn default() -> HostConfig {
        HostConfig {
            hsts_max_age_days: default_hsts_days(),
            hsts_include_subdomains: false,
            headers: BTreeMap::new(),
            header_spans: BTreeMap::new(),
        }
    }
}

/// A leaflet format: a paper size and the layout made for it. Each is laid
/// out by its own Typst file, `templates/leaflet-<name>.typ`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LeafletFormat {
    /// A5 portrait, the default: text flows over as many sides as the
    /// page's budget allows.
    A5,
    /// A4 portrait, the same design as A5 with larger text.
    A4,
    /// Large print on A4 (RNIB Clear Print: body text 16 pt or more, sans
    /// serif, left-aligned, no text over images).
    A4Large,
    /// A DL tri-fold: one A4 landscape sheet, printed both sides, folded
    /// into three panels of 100, 100 and 97 mm.
    DlTrifold,
    /// A two-sided 85 × 55 mm card with only the numbers a reader needs
    /// and the QR code.
    Card,
}

/// How many sides of paper a format takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sides {
    /// Text flows over pages, within the page's budget (`max_pages`).
    Flowing { default_budget: usize },
    /// Exactly this many sides, each laid out panel by panel.
    Fixed(usize),
}

impl LeafletFormat {
    /// Every format, in the order lists show them.
    pub const ALL: [LeafletFormat; 5] = [
        LeafletFormat::A5,
        LeafletFormat::A4,
        LeafletFormat::A4Large,
        LeafletFormat::DlTrifold,
        LeafletFormat::Card,
    ];

    /// The name in front matter, `site.yaml` and file names (`dl-trifold`).
    pub fn name(self) -> &'static str {
        match self {
            LeafletFormat::A5 => "a5",
            LeafletFormat::A4 => "a4",
            LeafletFormat::A4Large => "a4-large",
            LeafletFormat::DlTrifold => "dl-trifold",
            LeafletFormat::Card => "card",
        }
    }

    /// The format with this name.
    pub fn from_name(name: &str) -> Option<LeafletFormat> {
        LeafletFormat::ALL
            .into_iter()
            .find(|format| format.name() == name)
    }

    /// The trimmed size, width × height in millimetres.
    pub fn trim_mm(self) -> (f64, f64) {
        match self {
            LeafletFormat::A5 => (148.0, 210.0),
            LeafletFormat::A4 | LeafletFormat::A4Large => (210.0, 297.0),
            LeafletFormat::DlTrifold => (297.0, 210.0),
            LeafletFormat::Card => (85.0, 55.0),
        }
    }

    pub fn sides(self) -> Sides {
        match self {
            LeafletFormat::A5 | LeafletFormat::A4 => Sides::Flowing { default_budget: 2 },
            // 16 pt text takes about three times the room of 9.5 pt.
            LeafletFormat::A4Large => Sides::Flowing { default_budget: 6 },
            // Outside and inside of the folded sheet; front and back of the card.
            LeafletFormat::DlTrifold | LeafletFormat::Card => Sides::Fixed(2),
        }
    }

    /// Whether the format has a side-by-side layout for bilingual
    /// editions. A tri-fold panel (100 mm) or a card split in two columns
    /// would leave lines of two or three words, so those have none.
    pub fn has_bilingual_layout(self) -> bool {
        matches!(
            self,
            LeafletFormat::A5 | LeafletFormat::A4 | LeafletFormat::A4Large
        )
    }

    /// The Typst file in `templates/` that lays it out.
    pub fn template(self) -> String {
        format!("leaflet-{}.typ", self.name())
    }

    /// The interface message naming it (`leaflet-format-dl-trifold`).
    pub fn message_id(self) -> String {
        format!("leaflet-format-{}", self.name())
    }
}

impl std::fmt::Display for LeafletFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

fn default_leaflet_fonts() -> Vec<String> {
    ["Noto Sans", "Noto Naskh Arabic", "Noto Sans CJK SC"]
        .iter()
        .map(|name| name.to_string())
        .collect()
}

impl Default for OutputConfig {
    fn default() -> OutputConfig {
        OutputConfig {
            minify: true,
            leaflet_formats: None,
            leaflet_paper: None,
            print: false,
            leaflet_fonts: default_leaflet_fonts(),
            precompress: true,
        }
    }
}

fn default_true() -> bool {
    true
}

/// A locale as the rest of the pipeline sees it: parsed and with its
/// writing direction.
#[derive(Debug, Clone)]
pub struct Locale {
    pub code: String,
    pub allow_identical: Vec<String>,
    /// Formats of this locale's bilingual leaflet editions (the source
    /// language beside this one).
    pub bilingual_leaflets: Vec<LeafletFormat>,
    pub langid: LanguageIdentifier,
    pub review: ReviewState,
    pub publish: bool,
    pub right_to_left: bool,
}

impl Locale {
    pub fn dir(&self) -> &'static str {
        if self.right_to_left { "rtl" } else { "ltr" }
    }
}

impl Config {
    /// The locales in configuration order (only those whose code parsed).
    pub fn locales(&self) -> Vec<Locale> {
        self.locales
            .iter()
            .filter_map(|locale| {
                let langid: LanguageIdentifier = locale.code.parse().ok()?;
                let right_to_left = langid.character_direction() == CharacterDirection::RTL;
                Some(Locale {
                    code: locale.code.clone(),
                    allow_identical: locale.allow_identical.clone(),
                    bilingual_leaflets: locale.bilingual_leaflets.clone(),
                    langid,
                    review: locale.review,
                    publish: locale.publish,
                    right_to_left,
                })
            })
            .collect()
    }

    /// The formats of a leaflet whose front matter names none.
    pub fn default_leaflet_formats(&self) -> Vec<LeafletFormat> {
        match (&self.output.leaflet_formats, self.output.leaflet_paper) {
            (Some(formats), _) => formats.clone(),
            (None, Some(paper)) => vec![paper],
            (None, None) => vec![LeafletFormat::A5],
        }
    }

    /// `base_url` with exactly one trailing slash.
    pub fn base_url(&self) -> String {
        format!("{}/", self.base_url.trim_end_matches('/'))
    }

    /// The path part of the base URL (`/` or `/advice/`), for pages such as
    /// 404.html that are served at arbitrary paths.
    pub fn base_path(&self) -> String {
        let after_scheme = self.base_url.split_once("://").map_or("", |(_, rest)| rest);
        let path = after_scheme.find('/').map_or("", |index| &after_scheme[index..]);
        format!("{}/", path.trim_end_matches('/'))
    }
}

/// Parses `site.yaml` and checks what serde cannot: locale codes, the source
/// locale, duplicates and the base URL.
pub fn parse(path: &Path, source: &str) -> Result<Config, Vec<Diagnostic>> {
    let mut config: Config = yaml::parse(path, source, 0, source.len(), FILE_NAME).map_err(|d| vec![d])?;
    let mut diagnostics = Vec::new();
    config.host.header_spans = check_headers(path, source, &config.host.headers, &mut diagnostics);
    let mut seen = Vec::new();
    for locale in &config.locales {
        let span = locate(path, source, &locale.code);
        match locale.code.parse::<LanguageIdentifier>() {
            Err(_) => diagnostics.push(
                Diagnostic::error(
                    "config/bad-locale",
                    span.clone(),
                    format!("`{}` is not a valid BCP 47 language tag", locale.code),
                )
                .with_help("use a tag such as `pl`, `ar` or `zh-Hans`")
                .with_excerpt_from(source),
            ),
            Ok(langid) if langid.to_string() != locale.code => diagnostics.push(
                Diagnostic::error(
                    "config/bad-locale",
                    span.clone(),
                    format!("write the locale tag `{}` in its canonical form", locale.code),
                )
                .with_help(format!("write `{langid}`"))
                .with_excerpt_from(source),
            ),
            Ok(_) => {}
        }
        if seen.contains(&locale.code) {
            diagnostics.push(
                Diagnostic::error(
                    "config/duplicate-locale",
                    span,
                    format!("locale `{}` is listed twice", locale.code),
                )
                .with_excerpt_from(source),
            );
        }
        seen.push(locale.code.clone());
    }
    match config
        .locales
        .iter()
        .find(|locale| locale.code == config.source_locale)
    {
        None => diagnostics.push(
            Diagnostic::error(
                "config/unknown-source-locale",
                locate(path, source, "source_locale"),
                format!("source_locale `{}` is not in `locales`", config.source_locale),
            )
            .with_help("add it to `locales` or correct the code")
            .with_excerpt_from(source),
        ),
        Some(locale) if !locale.publish => diagnostics.push(
            Diagnostic::error(
                "config/unpublished-source-locale",
                locate(path, source, "source_locale"),
                "the source locale cannot be unpublished",
            )
            .with_excerpt_from(source),
        ),
        Some(_) => {}
    }
    let scheme_ok = config.base_url.starts_with("https://") || config.base_url.starts_with("http://");
    let host = config.base_url.split_once("://").map_or("", |(_, rest)| rest);
    if !scheme_ok || host.is_empty() || host.starts_with('/') || config.base_url.contains(['?', '#', ' ']) {
        diagnostics.push(
            Diagnostic::error(
                "config/bad-base-url",
                locate(path, source, "base_url"),
                format!("base_url `{}` is not an absolute http(s) URL", config.base_url),
            )
            .with_help("write the address the site is published at, e.g. `https://example.org/advice/`")
            .with_excerpt_from(source),
        );
    }
    let urls = [
        ("exit_url", Some(&config.exit_url)),
        ("feedback_url", config.feedback_url.as_ref()),
    ];
    for (key, url) in urls {
        if let Some(url) = url
            && !url.starts_with("https://")
        {
            diagnostics.push(
                Diagnostic::error(
                    "config/bad-url",
                    locate(path, source, key),
                    format!("{key} `{url}` must be an https:// address"),
                )
                .with_excerpt_from(source),
            );
        }
    }
    diagnostics.extend(check_leaflet_settings(path, source, &config));
    for exclusion in &config.links.exclude {
        let span = locate(path, source, &exclusion.pattern);
        if let Err(error) = regex::Regex::new(&exclusion.pattern) {
            diagnostics.push(
                Diagnostic::error(
                    "config/bad-pattern",
                    span.clone(),
                    format!("link exclusion pattern is not a valid regular expression: {error}"),
                )
                .with_excerpt_from(source),
            );
        }
        if exclusion.reason.trim().is_empty() {
            diagnostics.push(
                Diagnostic::error("config/no-reason", span, "every link exclusion needs a reason")
                    .with_excerpt_from(source),
            );
        }
    }
    for accepted in &config.links.accept {
        if !(100..=599).contains(&accepted.status) || accepted.reason.trim().is_empty() {
            diagnostics.push(
                Diagnostic::error(
                    "config/bad-accept",
                    locate(path, source, &accepted.status.to_string()),
                    format!(
                        "accepted status {} needs an HTTP status (100-599) and a reason",
                        accepted.status
                    ),
                )
                .with_excerpt_from(source),
            );
        }
    }
    if !(1..=50).contains(&config.search.results_shown) {
        diagnostics.push(
            Diagnostic::error(
                "config/bad-search",
                locate(path, source, "results_shown"),
                format!(
                    "search.results_shown is {}: show between 1 and 50 results at a time",
                    config.search.results_shown
                ),
            )
            .with_help("each result shown is one more small download for the reader; 5 is the default")
            .with_excerpt_from(source),
        );
    }
    if diagnostics.is_empty() {
        Ok(config)
    } else {
        Err(diagnostics)
    }
}

/// Checks the extra headers of `host.headers`: each name an HTTP token, each
/// value one line of visible ASCII that every host file can carry as
/// written, no name twice (names are case-insensitive). Returns where each
/// name is written.
fn check_headers(
    path: &Path,
    source: &str,
    headers: &BTreeMap<String, String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Span> {
    let section = host_section(source);
    let mut spans = BTreeMap::new();
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (name, value) in headers {
        let span = locate_from(path, source, section, name);
        let key = format!("host.headers.{name}");
        if let Some(problem) = header_name_problem(name) {
            diagnostics.push(
                Diagnostic::error(
                    "config/bad-header",
                    span.clone(),
                    format!("`{key}`: the header name {problem}"),
                )
                .with_help("a header name is letters, digits and `-`, such as `X-Robots-Tag`")
                .with_excerpt_from(source),
            );
        }
        if let Some(problem) = header_value_problem(value) {
            diagnostics.push(
                Diagnostic::error(
                    "config/bad-header",
                    span.clone(),
                    format!("`{key}`: the value {problem}"),
                )
                .with_help(
                    "write the value on one line, in plain ASCII (percent-encode anything else, as in a URL)",
                )
                .with_excerpt_from(source),
            );
        }
        if let Some(first) = seen.insert(name.to_ascii_lowercase(), name) {
            diagnostics.push(
                Diagnostic::error(
                    "config/duplicate-header",
                    span.clone(),
                    format!("`{key}`: `{first}` is listed already (header names ignore case)"),
                )
                .with_excerpt_from(source),
            );
        }
        spans.insert(name.clone(), span);
    }
    spans
}

/// Why `name` cannot be a header name, if it cannot: header names are
/// tokens (RFC 9110, section 5.1).
fn header_name_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("is empty".to_string());
    }
    let is_token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    name.chars()
        .find(|c| !is_token(*c))
        .map(|c| format!("`{name}` holds {}, which a header name cannot", describe_char(c)))
}

/// Why `value` cannot be sent as written by every host file, if it cannot.
/// A header value is one line (RFC 9110, section 5.5); beyond that, the
/// host files carry only visible ASCII and spaces as written (`$` would be
/// read by nginx as a variable), and nothing around the value may be
/// blank (hosts trim it, so the header would differ between hosts).
pub fn header_value_problem(value: &str) -> Option<String> {
    let is_line_break = |c: char| matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}');
    if value.contains(is_line_break) {
        return Some("holds a line break; a header is one line".to_string());
    }
    if let Some(bad) = value
        .chars()
        .find(|c| !(*c == ' ' || c.is_ascii_graphic()) || *c == '$')
    {
        return Some(if bad == '$' {
            "holds `$`, which nginx would read as the start of a variable".to_string()
        } else {
            format!(
                "holds {}, which a header cannot carry as written",
                describe_char(bad)
            )
        });
    }
    if value.trim().is_empty() {
        return Some("is empty".to_string());
    }
    if value.trim() != value {
        return Some("starts or ends with blank space".to_string());
    }
    if value.len() > MAX_HEADER_VALUE {
        return Some(format!(
            "is {} characters long; host files take lines of at most 2,000 characters, so keep it under {MAX_HEADER_VALUE}",
            value.len()
        ));
    }
    None
}

/// The longest extra header value: a `_headers` line (at most 2,000
/// characters on Cloudflare Pages) also holds the indent and the name.
const MAX_HEADER_VALUE: usize = 1_800;

fn describe_char(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("the character U+{:04X}", u32::from(c))
    } else {
        format!("`{c}` (U+{:04X})", u32::from(c))
    }
}

/// The byte offset of the `host:` section in `site.yaml` (0 when there is
/// none), so that a header name is located there rather than at an earlier
/// mention of the same word.
fn host_section(source: &str) -> usize {
    if source.starts_with("host:") {
        return 0;
    }
    source.find("\nhost:").map_or(0, |offset| offset + 1)
}

/// Where `needle` first appears at or after byte `from` (or anywhere, when
/// it does not appear there).
fn locate_from(path: &Path, source: &str, from: usize, needle: &str) -> Span {
    match source.get(from..).and_then(|rest| rest.find(needle)) {
        Some(offset) if !needle.is_empty() => Span::at_offset(path, source, from + offset),
        _ => locate(path, source, needle),
    }
}

/// The leaflet settings serde cannot check: the formats given once, and
/// bilingual editions only for translations, in formats that have a
/// side-by-side layout.
fn check_leaflet_settings(path: &Path, source: &str, config: &Config) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let output = &config.output;
    if output.leaflet_formats.is_some() && output.leaflet_paper.is_some() {
        diagnostics.push(
            Diagnostic::error(
                "config/leaflet-paper-and-formats",
                locate(path, source, "leaflet_paper"),
                "`output.leaflet_paper` and `output.leaflet_formats` are both given",
            )
            .with_help("keep `leaflet_formats` (a list, e.g. `[a5, card]`); `leaflet_paper: a4` is the older spelling of `leaflet_formats: [a4]`")
            .with_excerpt_from(source),
        );
    }
    if let Some(formats) = &output.leaflet_formats {
        diagnostics.extend(check_format_list(path, source, "leaflet_formats", formats));
    }
    for locale in &config.locales {
        if locale.bilingual_leaflets.is_empty() {
            continue;
        }
        let span = locate_after(
            path,
            source,
            &format!("code: {}", locale.code),
            "bilingual_leaflets",
        );
        if locale.code == config.source_locale {
            diagnostics.push(
                Diagnostic::error(
                    "config/bilingual-source-locale",
                    span.clone(),
                    format!(
                        "`{}` is the source locale: a bilingual edition prints it beside a translation",
                        locale.code
                    ),
                )
                .with_help("ask for `bilingual_leaflets` on the locales that get an edition beside the source language, e.g. `ar`")
                .with_excerpt_from(source),
            );
        }
        for format in &locale.bilingual_leaflets {
            if !format.has_bilingual_layout() {
                let usable: Vec<&str> = LeafletFormat::ALL
                    .iter()
                    .filter(|format| format.has_bilingual_layout())
                    .map(|format| format.name())
                    .collect();
                diagnostics.push(
                    Diagnostic::error(
                        "config/no-bilingual-layout",
                        span.clone(),
                        format!(
                            "the `{format}` format has no side-by-side layout for a bilingual edition (`{}`)",
                            locale.code
                        ),
                    )
                    .with_help(format!(
                        "a {format} split in two columns leaves lines of two or three words; bilingual editions come in {}",
                        usable.join(", ")
                    ))
                    .with_excerpt_from(source),
                );
            }
        }
        diagnostics.extend(check_format_list(
            path,
            source,
            "bilingual_leaflets",
            &locale.bilingual_leaflets,
        ));
    }
    diagnostics
}

/// A list of formats names each at most once, and at least one.
pub(crate) fn check_format_list(
    path: &Path,
    source: &str,
    key: &str,
    formats: &[LeafletFormat],
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    if formats.is_empty() {
        diagnostics.push(
            Diagnostic::error(
                "config/no-leaflet-formats",
                locate(path, source, key),
                format!("`{key}` lists no format"),
            )
            .with_help(format!(
                "name at least one of {}, or leave the key out",
                LeafletFormat::ALL.map(LeafletFormat::name).join(", ")
            ))
            .with_excerpt_from(source),
        );
    }
    for (index, format) in formats.iter().enumerate() {
        if formats[..index].contains(format) {
            diagnostics.push(
                Diagnostic::error(
                    "config/duplicate-leaflet-format",
                    locate(path, source, key),
                    format!("`{key}` lists `{format}` twice"),
                )
                .with_excerpt_from(source),
            );
        }
    }
    diagnostics
}

/// The first `needle` after the first `anchor` (the key of one list
/// entry, after the line that names the entry), or `locate(anchor)`.
fn locate_after(path: &Path, source: &str, anchor: &str, needle: &str) -> Span {
    match source.find(anchor) {
        Some(start) => match source[start..].find(needle) {
            Some(offset) => Span::at_offset(path, source, start + offset),
            None => Span::at_offset(path, source, start),
        },
        None => locate(path, source, needle),
    }
}

/// The first place `needle` appears in `source`, or the file as a whole.
/// serde does not report where a value came from, so semantic checks point
/// at the first mention of the offending text.
pub(crate) fn locate(path: &Path, source: &str, needle: &str) -> Span {
    match source.find(needle) {
        Some(offset) if !needle.is_empty() => Span::at_offset(path, source, offset),
        _ => Span::file(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(source: &str) -> Vec<&'static str> {
        match parse(Path::new("site.yaml"), source) {
            Ok(_) => Vec::new(),
            Err(diagnostics) => diagnostics.iter().map(|d| d.code).collect(),
        }
    }

    // Protects each semantic check of site.yaml that serde cannot express.
    #[test]
    fn rejects_each_kind_of_bad_config() {
        let good = "base_url: https://example.org/\nsource_locale: en\nlocales:\n  - code: en\n    review: reviewed\n";
        assert!(codes(good).is_empty());
        let cases = [
            (
                good.replace("https://example.org/", "example.org"),
                "config/bad-base-url",
            ),
            (
                good.replace("source_locale: en", "source_locale: fr"),
                "config/unknown-source-locale",
            ),
            (
                format!("{good}  - code: e_n!\n    review: draft\n"),
                "config/bad-locale",
            ),
            (
                format!("{good}  - code: en\n    review: draft\n"),
                "config/duplicate-locale",
            ),
            (
                good.replace("review: reviewed", "review: done"),
                "yaml/unknown-key",
            ),
            (format!("{good}colour: red\n"), "yaml/unknown-key"),
            (format!("{good}search:\n  enable: false\n"), "yaml/unknown-key"),
            (
                format!("{good}search:\n  results_shown: 0\n"),
                "config/bad-search",
            ),
            (
                format!("{good}output:\n  leaflet_paper: a4\n  leaflet_formats: [a5]\n"),
                "config/leaflet-paper-and-formats",
            ),
            (
                format!("{good}output:\n  leaflet_formats: []\n"),
                "config/no-leaflet-formats",
            ),
            (
                format!("{good}output:\n  leaflet_formats: [a5, card, a5]\n"),
                "config/duplicate-leaflet-format",
            ),
            (
                format!("{good}output:\n  leaflet_formats: [a3]\n"),
                "yaml/unknown-key",
            ),
            (
                good.replace(
                    "review: reviewed",
                    "review: reviewed\n    bilingual_leaflets: [a4]",
                ),
                "config/bilingual-source-locale",
            ),
            (
                format!("{good}  - code: ar\n    review: draft\n    bilingual_leaflets: [card]\n"),
                "config/no-bilingual-layout",
            ),
        ];
        for (source, code) in cases {
            assert_eq!(codes(&source), vec![code], "{source}");
        }
    }

    // Protects the checks of `output.precompress` and `host`: a misspelt
    // key is an error at its line; a header name that is no token, a value
    // with a line break, a control or non-ASCII character, `$`, blank ends
    // or too long a line, and a name given twice are errors naming the key.
    #[test]
    fn rejects_misspelt_host_options_and_bad_headers() {
        let good = "base_url: https://example.org/\nsource_locale: en\nlocales:\n  - code: en\n    review: reviewed\n";
        let config = parse(Path::new("site.yaml"), good).expect("valid");
        assert!(config.output.precompress, "on by default");
        assert_eq!(config.host.hsts_max_age_days, 365);
        let with = |yaml: &str| format!("{good}{yaml}");
        assert_eq!(
            codes(&with("output:\n  precompres: false\n")),
            ["yaml/unknown-key"]
        );
        assert_eq!(codes(&with("host:\n  hsts_max_age: 10\n")), ["yaml/unknown-key"]);
        assert_eq!(codes(&with("hosts:\n  headers: {}\n")), ["yaml/unknown-key"]);
        assert_eq!(codes(&with("host:\n  headers: [a]\n")), ["yaml/wrong-type"]);
        assert!(codes(&with("host:\n  headers:\n    X-Robots-Tag: noindex, nofollow\n")).is_empty());
        let bad = [
            ("X Robots: a", "header name `X Robots` holds"),
            ("X-A: \"a\\nb\"", "line break"),
            ("X-A: \"a\\rb\"", "line break"),
            ("X-A: |\n      one\n      two", "line break"),
            ("X-A: \"a\\u0000b\"", "U+0000"),
            ("X-A: \"a\\tb\"", "U+0009"),
            ("X-A: café", "`é` (U+00E9)"),
            ("X-A: a$b", "`$`"),
            ("X-A: \" a\"", "blank space"),
            ("X-A: \"\"", "is empty"),
        ];
        for (line, expected) in bad {
            let source = with(&format!("host:\n  headers:\n    {line}\n"));
            let found = parse(Path::new("site.yaml"), &source).expect_err(line);
            assert_eq!(found.len(), 1, "{line}: {found:?}");
            assert_eq!(found[0].code, "config/bad-header");
            assert!(
                found[0].message.contains(expected),
                "{line}: {}",
                found[0].message
            );
            assert!(
                found[0].message.contains("`host.headers."),
                "{}",
                found[0].message
            );
            assert_eq!(found[0].span.line, 8, "{line}");
        }
        let long = with(&format!("host:\n  headers:\n    X-A: {}\n", "a".repeat(1_801)));
        assert_eq!(codes(&long), ["config/bad-header"]);
        let twice = with("host:\n  headers:\n    X-A: a\n    x-a: b\n");
        assert_eq!(codes(&twice), ["config/duplicate-header"]);
    }

    // Protects the leaflet settings: the site's default formats (the older
    // one-format spelling too), print mode under its old name, and
    // bilingual editions per locale.
    #[test]
    fn reads_leaflet_settings() {
        use LeafletFormat::{A4, A5, Card, DlTrifold};
        let base = "base_url: https://example.org/\nsource_locale: en\nlocales:\n  - code: en\n    review: reviewed\n  - code: ar\n    review: draft\n    bilingual_leaflets: [a4, a5]\n";
        let read = |extra: &str| parse(Path::new("site.yaml"), &format!("{base}{extra}")).expect("valid");
        assert_eq!(read("").default_leaflet_formats(), [A5]);
        assert_eq!(
            read("output:\n  leaflet_paper: a4\n").default_leaflet_formats(),
            [A4]
        );
        assert_eq!(
            read("output:\n  leaflet_formats: [dl-trifold, card]\n").default_leaflet_formats(),
            [DlTrifold, Card]
        );
        assert!(read("output:\n  print_marks: true\n").output.print);
        assert!(read("output:\n  print: true\n").output.print);
        assert!(!read("").output.print);
        assert_eq!(read("").locales()[1].bilingual_leaflets, [A4, A5]);
        assert!(
            parse(
                Path::new("site.yaml"),
                &format!("{base}output:\n  print: true\n  print_marks: true\n")
            )
            .is_err()
        );
    }

    // Protects right-to-left detection and the base path used by 404.html.
    #[test]
    fn derives_direction_and_base_path() {
        let source = "base_url: https://example.org/advice\nsource_locale: en\nlocales:\n  - code: en\n    review: reviewed\n  - code: ar\n    review: draft\n";
        let config = parse(Path::new("site.yaml"), source).expect("valid");
        let locales = config.locales();
        assert!(!locales[0].right_to_left);
        assert!(locales[1].right_to_left);
        assert_eq!(config.base_path(), "/advice/");
        assert_eq!(config.base_url(), "https://example.org/advice/");
    }
}
