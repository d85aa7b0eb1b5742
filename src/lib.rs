//! Signpost: advice written once in English, published as translated static
//! pages and print leaflets. `run()` is the pipeline: it drives the stages
//! of `stages` (each a method over the loaded `Site`, returning its
//! findings) over batches of pages, keeps every finding in one `Findings`
//! map, and stops after a stage whose findings are errors:
//!
//! 1. **load** (`site`, `config`, `content`, `l10n`): read `site.yaml`, the
//!    pages, the contacts registry, templates, assets, and every locale's
//!    Fluent files and translation record, each parsed once;
//! 2. **check** (`render::templates`, `render::route`, `validate`,
//!    `l10n::gate`): compile the templates, claim every output address,
//!    check phone numbers, contacts, message ids, hard-coded template
//!    text, and the interface and contacts translations;
//!
//! then, for each batch of pages (so memory does not grow with the site):
//!
//! 3. **source** (`l10n::sources`, `markdown`): parse and render each
//!    English page once, and segment it into translation units;
//! 4. **localize** (`l10n::localize`): each page in every locale, checked
//!    by the gate and rendered into a `LocalizedPage`, in parallel;
//! 5. **pseudo-locale** (`l10n::pseudo`): each page rendered once more with
//!    pseudo-translated messages, to catch text that bypasses Fluent;
//! 6. **render** (`render::leaflet`, `render::html`, `render::host`):
//!    leaflets (every format and bilingual edition) and then HTML pages
//!    (which give the leaflets' sizes) from the localized pages; after the
//!    last batch, the home pages, leaflet indexes, search pages, sitemap,
//!    assets (stylesheets and scripts fingerprinted) and the host files
//!    (the headers every file is served with, for each kind of host);
//! 7. **search** (`render::search`): each batch's localized pages are kept
//!    for the search index (a small document each, compressed) as they
//!    are rendered; after the last batch each language is indexed (or
//!    taken from the cache, if its pages did not change) and written
//!    beside the pages (`check` builds no index);
//! 8. **links** (`validate::links`): internal links and fragments, then
//!    external links;
//! 9. **write** (`output`): stage the files (with compressed copies when
//!    `output.precompress` is on) and swap them into the output folder.
//!
//! The preview (`preview`) drives the same stages over the cells a saved
//! file affects.

pub mod characters;
pub mod config;
pub mod content;
pub mod diag;
pub mod findings;
pub mod html;
pub mod key;
pub mod l10n;
pub mod limits;
pub mod markdown;
pub mod numbers;
pub mod output;
pub mod preview;
pub mod project;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod stages;
pub mod validate;
pub mod yaml;

pub use site::{Options, Site, load, today};
pub use stages::translation_status;

use std::time::{Duration, Instant};

use findings::{Findings, Scope, Stage};
use l10n::localize::LocalizedPage;
use stages::{BATCH_PAGES, Mode, Stages};

/// What a run found and made.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Sorted, every stage's findings.
    pub diagnostics: Vec<diag::Diagnostic>,
    /// Files in the built site (zero when nothing was built).
    pub n_files: usize,
    /// Compressed copies written beside them (`output.precompress`).
    pub n_copies: usize,
    pub n_pages: usize,
    pub n_locales: usize,
    /// Whether the output folder was replaced.
    pub written: bool,
    /// What the build wrote and what it found unchanged from the build
    /// before last (`output::Writes`).
    pub writes: output::Writes,
    /// What the link check found (when the site got that far).
    pub links: Option<validate::links::Report>,
    /// How long each stage took, in order (`--timings`).
    pub timings: Vec<(&'static str, Duration)>,
}

impl Outcome {
    /// Whether the input has problems that stop the build.
    pub fn failed(&self, strict: bool) -> bool {
        findings::stops(self.diagnostics.iter(), strict)
    }
}

/// Runs the pipeline: `signpost build` when `options.out` is set, `check`
/// otherwise. `Err` means it could not run (IO, missing folders); problems
/// in the input are diagnostics in the `Outcome`.
pub fn run(options: &Options) -> anyhow::Result<Outcome> {
    let mut run = Run::new(options);
    let (site, found) = site::load(&options.root)?;
    let loaded_cleanly = !found.iter().any(diag::Diagnostic::is_error);
    run.add(Stage::Load, found);
    run.mark("load");
    let Some(site) = site else {
        return Ok(run.finish(None));
    };
    let mode = if options.out.is_some() {
        Mode::Build
    } else {
        Mode::Check
    };
    let stages = Stages::new(&site, mode, options);

    let (tera, found) = stages.templates();
    run.add(Stage::Templates, found);
    run.add(Stage::Check, stages.check_loaded());
    run.add(Stage::Files, stages.check_files(loaded_cleanly)?);
    let (interface_ok, found) = stages.check_interface();
    run.add(Stage::Interface, found);
    let typesetter = if site.has_leaflets() {
        let (typesetter, found) = stages.typesetter()?;
        run.add(Stage::Leaflets, found);
        typesetter
    } else {
        None
    };
    run.mark("check");

    // Files go into the output's spare folder as they are made; it takes
    // the output folder's place only if every check below passes.
    let write_options = output::WriteOptions {
        precompress: site.config.output.precompress,
    };
    let staging = options
        .out
        .as_deref()
        .map(|out| output::Staging::create(out, write_options))
        .transpose()?;
    let sink: &dyn render::Sink = match &staging {
        Some(staging) => staging,
        None => &render::Discard,
    };
    let renderer = tera.as_ref().map(|tera| stages.renderer(tera, sink));
    let mut search = stages.search_index();
    let mut built = render::Built::default();
    let mut summaries: Vec<Vec<render::html::Summary>> = site.catalogs.iter().map(|_| Vec::new()).collect();
    let mut pseudo_reported = l10n::pseudo::Reported::new();
    let mut leaflet_sizes = render::leaflet::Sizes::new();
    for first in (0..site.pages.len()).step_by(BATCH_PAGES) {
        let batch = first..(first + BATCH_PAGES).min(site.pages.len());
        let (sources, found) = stages.sources(batch.clone());
        for (scope, found) in found {
            run.findings.add(Stage::Source, scope, found);
        }
        run.mark("source");
        let cells = key::cells(site.locales(), batch);
        let localized = stages.localize(&sources, &cells, &interface_ok);
        let mut pages: Vec<LocalizedPage> = Vec::new();
        for cell in localized {
            run.findings
                .add(Stage::Localize, Scope::Cell(cell.cell), cell.diagnostics);
            pages.extend(cell.page);
        }
        run.mark("localize");
        let (Some(tera), Some(renderer)) = (&tera, &renderer) else {
            continue;
        };
        if run.stops() {
            continue;
        }
        run.add(
            Stage::PseudoLocale,
            stages.pseudo_locale(&sources, tera, &mut pseudo_reported)?,
        );
        run.mark("pseudo-locale");
        let pages: Vec<&LocalizedPage> = pages.iter().collect();
        // Leaflets first, so each page can give its leaflets' sizes.
        if let Some(typesetter) = &typesetter {
            let (leaflets, sizes, found) = stages.leaflets(typesetter, &pages, sink, None)?;
            built.append(leaflets);
            leaflet_sizes.extend(sizes);
            run.add(Stage::Leaflets, found);
            run.mark("leaflets");
        }
        let (pages_built, problems) = renderer.pages(&pages, &leaflet_sizes)?;
        built.append(pages_built);
        for (cell, problem) in problems {
            run.findings.add(Stage::Render, Scope::Cell(cell), vec![problem]);
        }
        for page in &pages {
            summaries[page.cell.locale.index()].push(render::html::Summary::of(page));
        }
        run.mark("render");
        if let Some(index) = search.as_mut() {
            stages.index_pages(index, &pages)?;
            run.mark("search");
        }
    }
    let Some(renderer) = renderer.filter(|_| !run.stops()) else {
        return Ok(run.finish(None));
    };
    let (lists, found) = renderer.lists(&summaries, &leaflet_sizes)?;
    built.append(lists);
    run.add(Stage::Lists, found);
    let (site_files, found) = renderer.site_files(&site.assets)?;
    built.append(site_files);
    run.add(Stage::SiteFiles, found);
    let (host_files, found) = stages.host_files(&built, sink)?;
    built.append(host_files);
    run.add(Stage::HostFiles, found);
    run.mark("render");
    if run.stops() {
        return Ok(run.finish(None));
    }
    match search {
        Some(index) => {
            let cache = output::SearchCache::new(&options.root);
            let (index_files, found) = stages.write_search(index, sink, &cache)?;
            built.append(index_files);
            run.add(Stage::Search, found);
            run.mark("search");
        }
        None => built.append(stages.search_placeholder()),
    }

    let (n_internal, found) = stages.internal_links(&built);
    run.add(Stage::InternalLinks, found);
    run.mark("internal links");
    let (mut link_report, found) = stages.external_links(&built);
    link_report.internal = n_internal;
    run.add(Stage::ExternalLinks, found);
    run.mark("external links");
    if run.stops() {
        return Ok(run.finish(Some(link_report)));
    }

    let writes = match staging {
        Some(staging) => Some(staging.commit(&built.files)?),
        None => None,
    };
    let written = writes.is_some();
    run.mark("write");
    let n_locales = stages.shown().len();
    let mut outcome = run.finish(Some(link_report));
    outcome.n_files = built.files.len();
    if written && write_options.precompress {
        let copied = built
            .files
            .iter()
            .filter(|path| render::route::is_compressed_kind(path));
        outcome.n_copies = copied.count() * render::route::Encoding::ALL.len();
    }
    outcome.n_pages = site.pages.len() * n_locales;
    outcome.n_locales = n_locales;
    outcome.written = written;
    outcome.writes = writes.unwrap_or_default();
    Ok(outcome)
}

/// The findings of a run so far, and how long its stages took.
struct Run<'a> {
    options: &'a Options,
    findings: Findings,
    timings: Vec<(&'static str, Duration)>,
    stage_start: Instant,
}

impl Run<'_> {
    fn new(options: &Options) -> Run<'_> {
        Run {
            options,
            findings: Findings::default(),
            timings: Vec::new(),
            stage_start: Instant::now(),
        }
    }

    /// Adds what `stage` found about the site as a whole.
    fn add(&mut self, stage: Stage, found: Vec<diag::Diagnostic>) {
        self.findings.add(stage, Scope::Site, found);
    }

    /// Records that `stage` ended now (a stage run once per batch of pages
    /// adds up).
    fn mark(&mut self, stage: &'static str) {
        let now = Instant::now();
        let elapsed = now - self.stage_start;
        match self.timings.iter_mut().find(|(name, _)| *name == stage) {
            Some((_, total)) => *total += elapsed,
            None => self.timings.push((stage, elapsed)),
        }
        self.stage_start = now;
    }

    /// Whether the findings stop the run before the next stage.
    fn stops(&self) -> bool {
        self.findings.stops(self.options.strict)
    }

    fn finish(self, links: Option<validate::links::Report>) -> Outcome {
        Outcome {
            diagnostics: self.findings.sorted(),
            links,
            timings: self.timings,
            ..Outcome::default()
        }
    }
}
