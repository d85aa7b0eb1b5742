//! Print leaflets: for each page whose front matter asks for one, a PDF per
//! locale and format (`leaflet.formats`: A5, A4, large print, DL tri-fold,
//! contact card), plus each bilingual edition its locale asks for
//! (`bilingual_leaflets` in `site.yaml`: the source language beside the
//! locale's), and a copy of the first format at the old address
//! `leaflet.pdf`. Each is typeset in-process with Typst (`typeset`) from
//! its data (`data`), on worker threads of its own; in print mode
//! (`--print`) each gets an explicit BleedBox (`bleed_box`). Returns what
//! was built, with each file's size for the leaflet index and the pages.

mod bleed_box;
pub mod data;
mod typeset;

use std::collections::BTreeMap;
use std::path::PathBuf;

pub use typeset::{COMMON_TEMPLATE, Typesetter, missing_template};

use super::route::Route;
use super::{Built, LinkSource, Sink};
use crate::config::{Config, LeafletFormat, ReviewState, Sides};
use crate::content::Page;
use crate::content::contacts::Registry;
use crate::diag::{Diagnostic, Span};
use crate::l10n::Catalog;
use crate::l10n::localize::LocalizedPage;

/// The stack each typesetting thread gets: Typst's evaluation recurses
/// deeply, and this must not depend on the user's environment
/// (`RUST_MIN_STACK`).
const TYPESETTING_STACK: usize = 64 * 1024 * 1024;

/// How many typesetting jobs run between two evictions of Typst's
/// memoized results (see `run_on_workers`).
const EVICT_EVERY: usize = 2;

/// What typesetting leaflets needs.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub config: &'a Config,
    pub pages: &'a [Page],
    pub registry: &'a Registry,
    /// Print-shop files: bleed, crop marks, BleedBox, CMYK.
    pub print: bool,
}

/// The size in bytes of each leaflet file built, by its path in the site.
pub type Sizes = BTreeMap<PathBuf, u64>;

/// The leaflets of one page in one locale (or one bilingual edition): they
/// share the text, the QR code and the font check, so each format only
/// adds its typesetting.
struct Job<'a> {
    catalog: &'a Catalog,
    text: &'a LocalizedPage,
    /// The formats to make, each with whether it is also written at the
    /// page's old leaflet address.
    formats: Vec<(LeafletFormat, bool)>,
    /// A bilingual edition: the source language's catalog and text.
    beside: Option<(&'a Catalog, &'a LocalizedPage)>,
}

/// A leaflet made: its files (the leaflet, and the copy if any), with the
/// links it prints.
type Made = (Vec<(PathBuf, u64)>, Vec<(String, LinkSource)>);

/// The leaflets of `pages` (each localized page with its locale's catalog)
/// whose page asks for one: every format, every bilingual edition, and
/// the copy at the old address; with `only`, just the leaflet at that
/// route. A bilingual edition takes the source language's text from
/// `pages` (its cell is in the same batch; when it has errors, those stop
/// the build and the edition is left out). Leaflets are typeset on worker
/// threads of their own (with a stack size this program sets), never as
/// rayon tasks: Typst's PDF export waits with `rayon::yield_now`, which
/// would start the next queued leaflet on the same stack. The PDFs go to
/// `sink`; returns what was built (with the links it prints) and each
/// file's size. `Err` only when the sink cannot take a file.
pub fn render_all(
    input: Input<'_>,
    pages: &[(&Catalog, &LocalizedPage)],
    typesetter: &Typesetter,
    sink: &dyn Sink,
    only: Option<&Route<'_>>,
) -> anyhow::Result<(Built, Sizes, Vec<Diagnostic>)> {
    let jobs = jobs(input, pages, only);
    let results = run_on_workers(
        &jobs,
        |job| -> anyhow::Result<Vec<Result<Made, Vec<Diagnostic>>>> {
            let mut made = Vec::new();
            for result in render_job(input, typesetter, job) {
                match result {
                    Ok((routes, pdf, links)) => {
                        let size = pdf.len() as u64;
                        let mut files = Vec::new();
                        for path in routes {
                            sink.put(&path, pdf.clone())?;
                            files.push((path, size));
                        }
                        made.push(Ok((files, links)));
                    }
                    Err(found) => made.push(Err(found)),
                }
            }
            Ok(made)
        },
    );
    let mut built = Built::default();
    let mut sizes = Sizes::new();
    let mut diagnostics = Vec::new();
    for result in results {
        for leaflet in result? {
            match leaflet {
                Ok((files, links)) => {
                    for (path, size) in files {
                        built.add(path.clone(), Vec::new(), links.clone());
                        sizes.insert(path, size);
                    }
                }
                Err(mut found) => diagnostics.append(&mut found),
            }
        }
    }
    // A problem of the page's text (a character no font covers, a missing
    // message) is found once per format: report it once.
    let mut seen = std::collections::BTreeSet::new();
    diagnostics.retain(|diagnostic| {
        seen.insert((
            diagnostic.code,
            diagnostic.span.clone(),
            diagnostic.message.clone(),
        ))
    });
    Ok((built, sizes, diagnostics))
}

/// Every leaflet of `pages` to make (or just the one at `only`), grouped
/// by page, locale and edition.
fn jobs<'a>(
    input: Input<'_>,
    pages: &[(&'a Catalog, &'a LocalizedPage)],
    only: Option<&Route<'_>>,
) -> Vec<Job<'a>> {
    let config = input.config;
    let source_text = |page: crate::key::PageId| {
        pages
            .iter()
            .find(|(catalog, text)| text.cell.page == page && catalog.locale.code == config.source_locale)
            .copied()
    };
    let mut jobs = Vec::new();
    for (catalog, text) in pages {
        let page = &input.pages[text.cell.page.index()];
        let code = catalog.locale.code.as_str();
        let slug = page.front.slug.as_str();
        let Some(spec) = &page.front.leaflet else { continue };
        let wanted = |route: Route<'_>| only.is_none_or(|only| *only == route);
        let copy_wanted = wanted(Route::LeafletCopy { locale: code, slug });
        let formats: Vec<(LeafletFormat, bool)> = spec
            .formats(config)
            .into_iter()
            .enumerate()
            .filter_map(|(index, format)| {
                // The first format is also written at the old address.
                let copy = index == 0 && copy_wanted;
                let route = Route::Leaflet {
                    locale: code,
                    slug,
                    format,
                    beside: None,
                };
                (wanted(route) || copy).then_some((format, copy))
            })
            .collect();
        if !formats.is_empty() {
            jobs.push(Job {
                catalog,
                text,
                formats,
                beside: None,
            });
        }
        if code == config.source_locale {
            continue;
        }
        let formats: Vec<(LeafletFormat, bool)> = catalog
            .locale
            .bilingual_leaflets
            .iter()
            .filter(|format| {
                wanted(Route::Leaflet {
                    locale: code,
                    slug,
                    format: **format,
                    beside: Some(&config.source_locale),
                })
            })
            .map(|format| (*format, false))
            .collect();
        if let (false, Some(source)) = (formats.is_empty(), source_text(text.cell.page)) {
            jobs.push(Job {
                catalog,
                text,
                formats,
                beside: Some(source),
            });
        }
    }
    jobs
}

/// Runs `work` on every job, on as many worker threads as the current rayon
/// pool has, each with `TYPESETTING_STACK`; results come back in job order.
fn run_on_workers<J: Sync, T: Send>(jobs: &[J], work: impl Fn(&J) -> T + Sync) -> Vec<T> {
    use std::sync::atomic::{AtomicUsize, Ordering};

    let next = AtomicUsize::new(0);
    let finished = AtomicUsize::new(0);
    let n_workers = rayon::current_num_threads().clamp(1, jobs.len().max(1));
    let mut done: Vec<(usize, T)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..n_workers)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .name("signpost-leaflet".to_string())
                    .stack_size(TYPESETTING_STACK)
                    .spawn_scoped(scope, || {
                        let mut done = Vec::new();
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            let Some(job) = jobs.get(index) else { break };
                            done.push((index, work(job)));
                            // Typst memoizes across compilations and never
                            // forgets on its own: every `EVICT_EVERY` jobs
                            // (counted over all workers) drop what the
                            // jobs since the eviction before did not use,
                            // so memory does not grow with the number of
                            // leaflets. Not after every job: an eviction
                            // walks every cache while holding its lock.
                            if finished.fetch_add(1, Ordering::Relaxed) % EVICT_EVERY == EVICT_EVERY - 1 {
                                comemo::evict(1);
                            }
                        }
                        done
                    })
                    .ok()
            })
            .collect();
        let mut done = Vec::with_capacity(jobs.len());
        for worker in workers {
            if let Ok(mut results) = worker.join() {
                done.append(&mut results);
            }
        }
        done
    });
    // Jobs no worker took (a worker could not start) run here.
    let taken: std::collections::HashSet<usize> = done.iter().map(|(index, _)| *index).collect();
    for (index, job) in jobs.iter().enumerate() {
        if !taken.contains(&index) {
            done.push((index, work(job)));
        }
    }
    done.sort_by_key(|(index, _)| *index);
    done.into_iter().map(|(_, result)| result).collect()
}

/// One leaflet typeset: the paths it is written at, the PDF, the links it
/// prints; or its problems.
type Typeset = Result<(Vec<PathBuf>, Vec<u8>, Vec<(String, LinkSource)>), Vec<Diagnostic>>;

/// Typesets the leaflets of one job: the data, the QR code and the font
/// check once, then each format.
fn render_job(input: Input<'_>, typesetter: &Typesetter, job: &Job<'_>) -> Vec<Typeset> {
    let text = job.text;
    let page = &input.pages[text.cell.page.index()];
    let Some(spec) = &page.front.leaflet else {
        return Vec::new();
    };
    let config = input.config;
    let code = &job.catalog.locale.code;
    let slug = &page.front.slug;
    let page_url = |locale: &str| format!("{}{}", config.base_url(), Route::Page { locale, slug }.href());
    let url = page_url(code);
    let draft = job.catalog.locale.review == ReviewState::Draft;
    let shared = || -> Result<data::Data, Vec<Diagnostic>> {
        let main = data::text(page, job.catalog, text, input.registry, &url, draft)?;
        let beside = match job.beside {
            Some((catalog, source)) => Some(data::text(
                page,
                catalog,
                source,
                input.registry,
                &page_url(&catalog.locale.code),
                draft,
            )?),
            None => None,
        };
        let qr = data::qr(&url, !input.print)
            .map_err(|message| vec![Diagnostic::error("leaflet/qr", Span::file(&page.path), message)])?;
        let leaflet = data::Data {
            format: "",
            print: data::Print::new(input.print),
            fonts: config.output.leaflet_fonts.clone(),
            text: main,
            beside,
            qr,
        };
        typeset::check_fonts(typesetter, &leaflet, code, &page.path)?;
        Ok(leaflet)
    };
    let mut leaflet = match shared() {
        Ok(leaflet) => leaflet,
        Err(found) => return vec![Err(found)],
    };
    let source = LinkSource::Leaflet { page: text.cell.page };
    let mut links: Vec<(String, LinkSource)> = leaflet
        .text
        .links()
        .chain(leaflet.beside.iter().flat_map(data::Text::links))
        .map(|link| (link.to_string(), source.clone()))
        .collect();
    links.dedup();
    let mut made = Vec::new();
    for (format, copy) in &job.formats {
        let output = Route::Leaflet {
            locale: code,
            slug,
            format: *format,
            beside: job.beside.map(|(catalog, _)| catalog.locale.code.as_str()),
        }
        .path();
        let label = typeset::Label {
            locale: code.clone(),
            format: *format,
            output: output.clone(),
            page: page.path.clone(),
        };
        leaflet.format = format.name();
        // A bilingual edition sets each language in half the width, so it
        // may take twice the sides of the page's budget.
        let budget = spec.budget(*format) * if leaflet.beside.is_some() { 2 } else { 1 };
        made.push(
            typeset::typeset(typesetter, &leaflet, page.front.last_reviewed, budget, &label).map(|pdf| {
                let mut paths = vec![output];
                if *copy {
                    paths.push(Route::LeafletCopy { locale: code, slug }.path());
                }
                (paths, pdf, links.clone())
            }),
        );
    }
    made
}

/// Checks each page's `leaflet:` front matter that serde cannot: the
/// sections are `##` headings of the page (for the pages of `sources`),
/// formats are named once (and not both as `paper` and `formats`), budgets
/// are for flowing formats and at least 1, and a page asking for a card
/// has a number free to call to print on it.
pub fn check_specs(
    pages: &[Page],
    sources: &crate::l10n::sources::Sources,
    config: &Config,
    registry: &Registry,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for (offset, source) in sources.pages.iter().enumerate() {
        let page = &pages[sources.first_page.index() + offset];
        let Some(spec) = &page.front.leaflet else { continue };
        let front = page.front_matter_text();
        // Where `needle` is written in the `leaflet:` block, or the block.
        let at = |needle: &str| -> Span {
            let start = front.find("leaflet:").unwrap_or(0);
            let offset = front[start..].find(needle).map_or(start, |offset| start + offset);
            Span::at_offset(&page.path, &page.source, offset)
        };
        let error = |code: &'static str, needle: &str, message: String| {
            Diagnostic::error(code, at(needle), message).with_excerpt_from(&page.source)
        };
        let sections: Vec<&str> = source
            .document
            .headings
            .iter()
            .filter(|h| h.level == 2)
            .map(|h| h.id.as_str())
            .collect();
        for id in &spec.sections {
            if !sections.contains(&id.as_str()) {
                let offset = front.find(id.as_str()).unwrap_or(0);
                diagnostics.push(
                    Diagnostic::error(
                        "leaflet/unknown-section",
                        Span::at_offset(&page.path, &page.source, offset),
                        format!(
                            "the leaflet asks for section `{id}`, which is not a `##` heading of this page"
                        ),
                    )
                    .with_help(format!("sections of this page: {}", sections.join(", ")))
                    .with_excerpt_from(&page.source),
                );
            }
        }
        if spec.paper.is_some() && spec.formats.is_some() {
            diagnostics.push(
                error(
                    "leaflet/paper-and-formats",
                    "paper",
                    "`leaflet.paper` and `leaflet.formats` are both given".to_string(),
                )
                .with_help("keep `formats` (a list, e.g. `[a5, card]`); `paper: a4` is the older spelling of `formats: [a4]`"),
            );
        }
        if let Some(formats) = &spec.formats {
            if formats.is_empty() {
                diagnostics.push(
                    error(
                        "leaflet/no-formats",
                        "formats",
                        "`leaflet.formats` lists no format".to_string(),
                    )
                    .with_help(format!(
                        "name at least one of {}, or leave `formats` out for the site's default",
                        LeafletFormat::ALL.map(LeafletFormat::name).join(", ")
                    )),
                );
            }
            for (index, format) in formats.iter().enumerate() {
                if formats[..index].contains(format) {
                    diagnostics.push(error(
                        "leaflet/duplicate-format",
                        "formats",
                        format!("`leaflet.formats` lists `{format}` twice"),
                    ));
                }
            }
        }
        match &spec.max_pages {
            Some(crate::content::MaxPages::Every(0)) => diagnostics.push(error(
                "leaflet/no-pages",
                "max_pages",
                "leaflet.max_pages must be at least 1".to_string(),
            )),
            Some(crate::content::MaxPages::PerFormat(budgets)) => {
                for (format, budget) in budgets {
                    if let Sides::Fixed(sides) = format.sides() {
                        diagnostics.push(
                            error(
                                "leaflet/fixed-sides",
                                "max_pages",
                                format!("a `{format}` always has {sides} sides: it takes no `max_pages`"),
                            )
                            .with_help("give budgets only for a5, a4 and a4-large"),
                        );
                    } else if *budget == 0 {
                        diagnostics.push(error(
                            "leaflet/no-pages",
                            "max_pages",
                            format!("leaflet.max_pages of `{format}` must be at least 1"),
                        ));
                    }
                }
            }
            _ => {}
        }
        let card_ids = data::card_ids(registry, page.front.contacts.iter().map(String::as_str));
        if spec.formats(config).contains(&LeafletFormat::Card) && card_ids.is_empty() {
            diagnostics.push(
                error(
                    "leaflet/card-without-numbers",
                    "card",
                    "the page asks for a contact card, but none of its `contacts` is free to call".to_string(),
                )
                .with_help("a card prints the page's numbers with `cost: free` in content/contacts.yaml (999 and freephone helplines); add one to `contacts`, or leave `card` out"),
            );
        }
    }
    diagnostics
}
