//! Link checks over the rendered site, split the way lychee splits its
//! checker: `internal` resolves links that stay inside the site (other
//! pages, assets, `#fragments`) against the files the build is about to
//! write, in every locale, always; external links are checked once each by
//! the `lychee` driver, through the `cache` of recent results, and the
//! `network` judgement decides what the run's answers prove. This is the
//! only module that touches the network.

mod cache;
mod internal;
mod lychee;
mod network;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::content::Page;
use crate::diag::{Diagnostic, Span};
use crate::render::{Built, LinkUse};

pub use cache::CACHE_FILE;
pub use internal::{check_internal, check_internal_by_file};

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

/// Each distinct external URL of the built site: where it is first used,
/// and on how many pages.
struct ExternalUses<'b> {
    first_use: BTreeMap<&'b str, &'b LinkUse>,
    n_uses: BTreeMap<&'b str, usize>,
}

impl<'b> ExternalUses<'b> {
    fn collect(built: &'b Built, config: &Config) -> ExternalUses<'b> {
        let mut uses = ExternalUses {
            first_use: BTreeMap::new(),
            n_uses: BTreeMap::new(),
        };
        let base_url = config.base_url();
        for link in built.links() {
            let url = built.url(link);
            if (url.starts_with("http://") || url.starts_with("https://")) && !url.starts_with(&base_url) {
                uses.first_use.entry(url).or_insert(link);
                *uses.n_uses.entry(url).or_default() += 1;
            }
        }
        uses
    }
}

/// What the external check learnt this run, besides each link's result.
#[derive(Default)]
struct Learnt {
    /// The `https://` twins of `http://` links, by URL.
    upgrades: BTreeMap<String, ExternalResult>,
    /// Why each unverified link could not be verified.
    reasons: BTreeMap<String, network::Why>,
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
    let uses = ExternalUses::collect(built, config);
    let mut report = Report {
        external: uses.first_use.len(),
        ..Report::default()
    };
    if uses.first_use.is_empty() {
        return (report, Vec::new());
    }
    if options.offline {
        // Said once, in the closing summary line ("not checked: --offline").
        report.skipped = Some("--offline".to_string());
        return (report, Vec::new());
    }
    let (mut cache, found) = cache::Cache::load(&options.root);
    let mut diagnostics: Vec<Diagnostic> = found.into_iter().collect();
    let now = cache::now_seconds();
    let (mut results, to_check) = known_results(&uses, config, &cache, now);
    // Also try https:// for every http:// link: if it works, say so.
    let upgrades: Vec<String> = to_check
        .iter()
        .filter_map(|url| url.strip_prefix("http://").map(|rest| format!("https://{rest}")))
        .filter(|url| !uses.first_use.contains_key(url.as_str()))
        .collect();
    let checking: Vec<String> = to_check.iter().chain(&upgrades).cloned().collect();
    let fresh = match lychee::run_checks(&checking, config, options.progress) {
        Ok(fresh) => fresh,
        Err(error) => {
            report.skipped = Some(format!("{error:#}"));
            let diagnostic = Diagnostic::warning(
                "link/not-checked",
                Span::file(Path::new(crate::config::FILE_NAME)),
                format!("external links were not checked: {error:#}"),
            );
            diagnostics.push(diagnostic);
            return (report, diagnostics);
        }
    };
    let probe_timeout = Duration::from_secs(config.links.timeout_seconds.clamp(1, 10));
    let judged = network::judge(fresh, || {
        network::public_name_resolves(&config.exit_url, probe_timeout)
    });
    let mut learnt = Learnt::default();
    for (result, why) in judged {
        if let Some(why) = why {
            learnt.reasons.insert(result.url.clone(), why);
        }
        if upgrades.contains(&result.url) {
            learnt.upgrades.insert(result.url.clone(), result);
            continue;
        }
        if matches!(
            result.outcome,
            Outcome::Ok | Outcome::Redirected | Outcome::Failed
        ) {
            cache.insert(result.clone(), now);
        }
        results.insert(result.url.clone(), result);
    }
    diagnostics.extend(cache.save(&options.root));
    let context = Findings {
        built,
        pages,
        uses: &uses,
        learnt: &learnt,
        strict: options.strict,
    };
    diagnostics.extend(context.report(&results, &mut report));
    report.results = results.into_values().collect();
    (report, diagnostics)
}

/// The results known without asking the network (excluded in site.yaml,
/// or checked recently enough), and the URLs left to check.
fn known_results(
    uses: &ExternalUses<'_>,
    config: &Config,
    cache: &cache::Cache,
    now: u64,
) -> (BTreeMap<String, ExternalResult>, Vec<String>) {
    let exclusions: Vec<regex::Regex> = config
        .links
        .exclude
        .iter()
        .filter_map(|exclusion| regex::Regex::new(&exclusion.pattern).ok())
        .collect();
    let max_age = config.links.cache_max_age_hours * 3600;
    let mut results = BTreeMap::new();
    let mut to_check = Vec::new();
    for url in uses.first_use.keys() {
        let known = if exclusions.iter().any(|pattern| pattern.is_match(url)) {
            Some(ExternalResult {
                url: url.to_string(),
                outcome: Outcome::Excluded,
                status: None,
                detail: "excluded in site.yaml".to_string(),
                cached: false,
            })
        } else {
            cache.get(url, now, max_age).map(|cached| ExternalResult {
                cached: true,
                ..cached.clone()
            })
        };
        match known {
            Some(result) => {
                results.insert(url.to_string(), result);
            }
            None => to_check.push(url.to_string()),
        }
    }
    (results, to_check)
}

/// What turns the external results into findings.
struct Findings<'a> {
    built: &'a Built,
    pages: &'a [Page],
    uses: &'a ExternalUses<'a>,
    learnt: &'a Learnt,
    strict: bool,
}

impl Findings<'_> {
    /// The findings for `results`, counted into `report`: broken links,
    /// redirects and `http://` links that work as `https://` where they are
    /// first used, and the unverified ones summed up in one warning (or
    /// each an error with `--strict`).
    fn report(&self, results: &BTreeMap<String, ExternalResult>, report: &mut Report) -> Vec<Diagnostic> {
        let mut diagnostics = Vec::new();
        let mut unverified = Vec::new();
        for (url, result) in results {
            let Some(link) = self.uses.first_use.get(url.as_str()) else {
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
                            link.source.span(self.pages),
                            format!("`{url}` redirects: {}", result.detail),
                        )
                        .with_help("link to the final address"),
                    );
                }
                Outcome::Failed => {
                    report.failed += 1;
                    let mut diagnostic = internal::problem(
                        self.pages,
                        self.built.path_of(link.file),
                        link,
                        "link/external-broken",
                        format!("`{url}` is broken: {}", result.detail),
                        "fix or remove the link; if it only fails for checkers, add it to links.exclude in site.yaml with a reason",
                    );
                    let n_uses = self.uses.n_uses.get(url.as_str()).copied().unwrap_or(1);
                    diagnostic.message = format!("{} (used on {n_uses} pages)", diagnostic.message);
                    diagnostics.push(diagnostic);
                }
                Outcome::Unverified => {
                    report.unverified += 1;
                    unverified.push((url, result, *link));
                }
            }
            if let Some(https) = url.strip_prefix("http://").map(|rest| format!("https://{rest}"))
                && self
                    .learnt
                    .upgrades
                    .get(&https)
                    .is_some_and(|upgrade| upgrade.outcome == Outcome::Ok)
            {
                diagnostics.push(
                    Diagnostic::warning(
                        "link/insecure",
                        link.source.span(self.pages),
                        format!("`{url}` also works as {https}"),
                    )
                    .with_help("use the https:// address"),
                );
            }
        }
        diagnostics.extend(self.unverified(&unverified));
        diagnostics
    }

    /// Links that could not be verified: one warning saying why, or with
    /// `--strict` an error for each where it is used.
    fn unverified(&self, unverified: &[(&String, &ExternalResult, &LinkUse)]) -> Vec<Diagnostic> {
        if unverified.is_empty() {
            return Vec::new();
        }
        if self.strict {
            return unverified
                .iter()
                .map(|(url, result, link)| {
                    internal::problem(
                        self.pages,
                        self.built.path_of(link.file),
                        link,
                        "link/unverified",
                        format!("`{url}` could not be verified: {}", result.detail),
                        "--strict needs every external link verified",
                    )
                })
                .collect();
        }
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for (url, _, _) in unverified {
            let why = self
                .learnt
                .reasons
                .get(url.as_str())
                .cloned()
                .unwrap_or(network::Why::ServerOrTimeout);
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
        vec![
            Diagnostic::warning(
                "link/unverified",
                Span::file(Path::new(crate::config::FILE_NAME)),
                format!("{} external links could not be verified{why}", unverified.len()),
            )
            .with_help("they are not counted as broken; run again with a network, or with --strict to make this an error"),
        ]
    }
}
