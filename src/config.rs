//! The site configuration in `site.yaml`: base URL, source locale, the
//! locales with their review state, and output options. Parsing is strict:
//! an unknown key or a wrong type is a diagnostic with file and line.

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
    /// Default paper size of leaflets.
    #[serde(default)]
    pub leaflet_paper: Paper,
    /// 3 mm bleed (a TrimBox) and crop marks, for professional printing.
    #[serde(default)]
    pub print_marks: bool,
    /// Font families leaflets use, in fallback order (files in fonts/).
    #[serde(default = "default_leaflet_fonts")]
    pub leaflet_fonts: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    #[default]
    A5,
    A4,
}

impl Paper {
    pub fn typst_name(self) -> &'static str {
        match self {
            Paper::A5 => "a5",
            Paper::A4 => "a4",
        }
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
            leaflet_paper: Paper::default(),
            print_marks: false,
            leaflet_fonts: default_leaflet_fonts(),
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
                    langid,
                    review: locale.review,
                    publish: locale.publish,
                    right_to_left,
                })
            })
            .collect()
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
    let config: Config = yaml::parse(path, source, 0, source.len(), FILE_NAME).map_err(|d| vec![d])?;
    let mut diagnostics = Vec::new();
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
        ];
        for (source, code) in cases {
            assert_eq!(codes(&source), vec![code], "{source}");
        }
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
