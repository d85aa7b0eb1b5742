//! Signpost: advice written once in English, published as translated static
//! pages and print leaflets. `run()` is the pipeline, one stage per module;
//! each stage is a function over borrowed data that returns its findings as
//! diagnostics, and the run stops after a stage whose findings are errors:
//!
//! 1. **load** (`config`, `content`, `l10n`): read `site.yaml`, the pages,
//!    the contacts registry, templates, assets, and every locale's Fluent
//!    files and translation record, each parsed once;
//! 2. **check** (`render::templates`, `validate`, `l10n::gate`): compile the
//!    templates, check phone numbers, contacts, message ids, hard-coded
//!    template text, and the interface and contacts translations;
//!
//! then, for each batch of pages (so memory does not grow with the site):
//!
//! 3. **source** (`l10n::sources`, `markdown`): parse and render each
//!    English page once, and segment it into translation units;
//! 4. **localize** (`l10n::localize`): each page in every locale, checked
//!    by the gate and rendered into a `LocalizedPage`, in parallel (its
//!    findings join those of the checks before the run stops);
//! 5. **pseudo-locale** (`l10n::pseudo`): each page rendered once more with
//!    pseudo-translated messages, to catch text that bypasses Fluent;
//! 6. **render** (`render::html`, `render::leaflet`): HTML pages and
//!    leaflets from the localized pages; after the last batch, the home
//!    pages, leaflet indexes, sitemap and assets;
//! 7. **links** (`validate::links`): internal links and fragments, then
//!    external links;
//! 8. **write** (`output`): stage the files and swap them into the output
//!    folder.

pub mod characters;
pub mod config;
pub mod content;
pub mod diag;
pub mod html;
pub mod l10n;
pub mod markdown;
pub mod numbers;
pub mod output;
pub mod preview;
pub mod project;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod validate;
pub mod yaml;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context as _;
use rayon::prelude::*;

use content::contacts::Registry;
use content::{Date, Page, TemplateSource};
use diag::{Diagnostic, Span};
use l10n::Catalog;
use l10n::localize::{self, LocalizedPage};
use l10n::sources::Sources;

/// What the caller asked for.
#[derive(Debug, Clone)]
pub struct Options {
    /// The project folder (holding `site.yaml`).
    pub root: PathBuf,
    /// Where to write the site; `None` checks without writing.
    pub out: Option<PathBuf>,
    /// Never use the network.
    pub offline: bool,
    /// Warnings fail the build too.
    pub strict: bool,
    /// The date that "verified N months ago" is measured from.
    pub today: Date,
    /// Show progress bars (stderr is a terminal).
    pub progress: bool,
    /// Leaflets get 3 mm bleed and crop marks (also `output.print_marks`).
    pub print_marks: bool,
    /// More folders with leaflet fonts, besides `fonts/`.
    pub font_paths: Vec<PathBuf>,
}

/// Everything loaded from the project folder.
pub struct Site {
    pub root: PathBuf,
    pub config: config::Config,
    pub pages: Vec<Page>,
    pub registry: Registry,
    pub templates: Vec<TemplateSource>,
    pub assets: BTreeMap<PathBuf, Vec<u8>>,
    /// One catalog per configured locale, in configuration order.
    pub catalogs: Vec<Arc<Catalog>>,
}

/// What a run found and made.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Sorted, every stage's findings.
    pub diagnostics: Vec<Diagnostic>,
    /// Files in the built site (zero when nothing was built).
    pub n_files: usize,
    pub n_pages: usize,
    pub n_locales: usize,
    /// Whether the output folder was replaced.
    pub written: bool,
    /// What the link check found (when the site got that far).
    pub links: Option<validate::links::Report>,
    /// How long each stage took, in order (`--timings`).
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

impl Outcome {
    /// Whether the input has problems that stop the build.
    pub fn failed(&self, strict: bool) -> bool {
        self.diagnostics.iter().any(|d| d.is_error() || strict)
    }
}

/// Pages are taken through the page stages (source, localize, pseudo-locale,
/// render, leaflets) this many at a time, so a site's memory does not grow
/// with its localized pages: only their links, anchors and titles are kept.
const BATCH_PAGES: usize = 256;

/// Runs the pipeline. `Err` means it could not run (IO, missing folders);
/// problems in the input are diagnostics in the `Outcome`.
pub fn run(options: &Options) -> anyhow::Result<Outcome> {
    let mut run = Run {
        options,
        diagnostics: Vec::new(),
        timings: Vec::new(),
        stage_start: std::time::Instant::now(),
    };
    let (site, found) = load(&options.root)?;
    let loaded_cleanly = !found.iter().any(Diagnostic::is_error);
    run.add(found);
    run.mark("load");
    let Some(site) = site else {
        return Ok(run.finish(None));
    };

    let (tera, found) = render::templates::compile(&site.templates);
    run.add(found);
    run.add(check_loaded(&site, options.today));
    run.add(check_files(&site, loaded_cleanly)?);
    let (interface_ok, found) = check_interface_translations(&site);
    run.add(found);
    run.mark("check");

    // Files go into the output's spare folder as they are made; it takes
    // the output folder's place only if every check below passes.
    let staging = options.out.as_deref().map(output::Staging::create).transpose()?;
    let sink: &dyn render::Sink = match &staging {
        Some(staging) => staging,
        None => &render::Discard,
    };
    let published: Vec<&Arc<Catalog>> = site.catalogs.iter().filter(|c| c.locale.publish).collect();
    let html_input = render::html::Input {
        config: &site.config,
        pages: &site.pages,
        catalogs: &published,
        fallback: None,
    };
    // `check` writes nothing, so it need not minify: links and anchors are
    // the same before and after.
    let html_options = render::html::Options {
        minify: site.config.output.minify && options.out.is_some(),
        index_links: true,
    };
    let renderer = tera
        .as_ref()
        .map(|tera| render::html::Renderer::new(html_input, tera, html_options, sink));
    let typesetter = if site.pages.iter().any(|page| page.front.leaflet.is_some()) {
        let (typesetter, found) = leaflet_typesetter(&site, options)?;
        run.add(found);
        typesetter
    } else {
        None
    };

    let mut built = render::Built::default();
    let mut summaries: Vec<Vec<render::html::Summary>> = published.iter().map(|_| Vec::new()).collect();
    let mut pseudo_reported = l10n::pseudo::Reported::new();
    let source_options = site.source_options();
    for first in (0..site.pages.len()).step_by(BATCH_PAGES) {
        let batch = first..(first + BATCH_PAGES).min(site.pages.len());
        let (sources, found) = l10n::sources::load_range(
            site.source_catalog(),
            &site.registry,
            &site.pages,
            batch.clone(),
            source_options,
        );
        run.add(found);
        run.add(render::leaflet::check_sections(&site.pages, &sources));
        run.mark("source");
        // Localizing runs the gate over every page translation: its
        // findings join those of the checks, so an author sees them all.
        let (localized, found) = localize_batch(&site, &sources, &interface_ok, batch);
        run.add(found);
        run.mark("localize");
        let (Some(tera), Some(renderer)) = (&tera, &renderer) else {
            continue;
        };
        if run.stops() {
            continue;
        }
        let found = check_pseudo_locale(&site, &sources, tera, &mut pseudo_reported)?;
        run.add(found);
        run.mark("pseudo-locale");
        let pages: Vec<(usize, &LocalizedPage)> = localized
            .iter()
            .filter_map(|(locale, page)| {
                Some((
                    published
                        .iter()
                        .position(|c| Arc::ptr_eq(c, &site.catalogs[*locale]))?,
                    page,
                ))
            })
            .collect();
        let (pages_built, found) = renderer.pages(&pages)?;
        built.append(pages_built);
        run.add(found);
        for (locale, page) in &pages {
            summaries[*locale].push(render::html::Summary::of(page));
        }
        run.mark("render");
        if let Some(typesetter) = &typesetter {
            let leaflet_input = render::leaflet::Input {
                config: &site.config,
                pages: &site.pages,
                print_marks: options.print_marks || site.config.output.print_marks,
            };
            let jobs: Vec<(&Catalog, &LocalizedPage)> = pages
                .iter()
                .map(|(locale, page)| (published[*locale].as_ref(), *page))
                .collect();
            let (leaflets, found) = render::leaflet::render_all(leaflet_input, &jobs, typesetter, sink)?;
            built.append(leaflets);
            run.add(found);
            run.mark("leaflets");
        }
    }
    let Some(renderer) = renderer.filter(|_| !run.stops()) else {
        return Ok(run.finish(None));
    };
    for result in [renderer.lists(&summaries)?, renderer.site_files(&site.assets)?] {
        let (lists, found) = result;
        built.append(lists);
        run.add(found);
    }
    run.mark("render");
    if run.stops() {
        return Ok(run.finish(None));
    }

    let (n_internal, found) = validate::links::check_internal(&built, &site.pages, &site.config);
    run.add(found);
    run.mark("internal links");
    let external_options = validate::links::ExternalOptions {
        offline: options.offline,
        strict: options.strict,
        root: site.root.clone(),
        progress: options.progress,
    };
    let (mut link_report, found) =
        validate::links::check_external(&built, &site.pages, &site.config, &external_options);
    link_report.internal = n_internal;
    run.add(found);
    run.mark("external links");
    if run.stops() {
        return Ok(run.finish(Some(link_report)));
    }

    let n_locales = published.len();
    let written = match staging {
        Some(staging) => {
            staging.commit(&built.files)?;
            true
        }
        None => false,
    };
    run.mark("write");
    let mut outcome = run.finish(Some(link_report));
    outcome.n_files = built.files.len();
    outcome.n_pages = site.pages.len() * n_locales;
    outcome.n_locales = n_locales;
    outcome.written = written;
    Ok(outcome)
}

/// The findings of a run so far, and how long its stages took.
struct Run<'a> {
    options: &'a Options,
    diagnostics: Vec<Diagnostic>,
    timings: Vec<(&'static str, std::time::Duration)>,
    stage_start: std::time::Instant,
}

impl Run<'_> {
    fn add(&mut self, mut found: Vec<Diagnostic>) {
        self.diagnostics.append(&mut found);
    }

    /// Records that `stage` ended now (a stage run once per batch of pages
    /// adds up).
    fn mark(&mut self, stage: &'static str) {
        let now = std::time::Instant::now();
        let elapsed = now - self.stage_start;
        match self.timings.iter_mut().find(|(name, _)| *name == stage) {
            Some((_, total)) => *total += elapsed,
            None => self.timings.push((stage, elapsed)),
        }
        self.stage_start = now;
    }

    /// Whether the findings stop the run before the next stage.
    fn stops(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.is_error() || self.options.strict)
    }

    fn finish(self, links: Option<validate::links::Report>) -> Outcome {
        let mut diagnostics = self.diagnostics;
        diag::sort(&mut diagnostics);
        Outcome {
            diagnostics,
            links,
            timings: self.timings,
            ..Outcome::default()
        }
    }
}

/// The checks over loaded data that need no rendering: phone numbers,
/// contacts, template text, message ids, and every output address claimed
/// once.
pub(crate) fn check_loaded(site: &Site, today: Date) -> Vec<Diagnostic> {
    let mut diagnostics = render::route::check_claims(&site.config, &site.pages, &site.assets);
    diagnostics.extend(validate::check(
        validate::Input {
            pages: &site.pages,
            registry: &site.registry,
            templates: &site.templates,
            catalogs: &site.catalogs,
            verify_contacts_every_months: site.config.checks.verify_contacts_every_months,
        },
        today,
    ));
    diagnostics
}

/// Files in the project's folders that the build does not use, and links
/// that lead out of the project.
pub(crate) fn check_files(site: &Site, loaded_cleanly: bool) -> anyhow::Result<Vec<Diagnostic>> {
    let listed = crate::project::list_project(&site.root)?;
    let input = validate::files::Input {
        config: &site.config,
        pages: &site.pages,
        templates: &site.templates,
        catalogs: &site.catalogs,
        complete: loaded_cleanly,
    };
    Ok(validate::files::check(input, &listed))
}

/// The gate over every locale's interface and contacts translations.
/// Returns, per catalog (in order), whether they passed without errors.
pub(crate) fn check_interface_translations(site: &Site) -> (Vec<bool>, Vec<Diagnostic>) {
    let sets = l10n::sources::interface_sets(site.source_catalog(), &site.registry);
    let mut base_findings = Vec::new();
    if site.is_translated()
        && let Some(source_catalog) = site.source_catalog()
    {
        let contacts = sets.last();
        if let Some(contacts) = contacts {
            let actual = source_catalog
                .interface_file(&contacts.name)
                .map(l10n::FtlFile::source);
            base_findings.extend(l10n::base::check(&source_catalog.locale.code, contacts, actual));
        }
        base_findings.extend(l10n::base::check_pontoon_config(&site.root, &site.config));
        for locale in site
            .config
            .locales
            .iter()
            .filter(|locale| !locale.allow_identical.is_empty())
        {
            base_findings.push(
                Diagnostic::warning(
                    "config/allow-identical-moved",
                    Span::file(Path::new(config::FILE_NAME)),
                    format!("`allow_identical` of `{}` now lives in the translation record", locale.code),
                )
                .with_help(format!(
                    "run `signpost l10n update {}` (it moves the list into the record), then delete `allow_identical` from site.yaml; later use `signpost l10n allow-identical`",
                    locale.code
                )),
            );
        }
    }
    let source_locale = &site.config.source_locale;
    let jobs: Vec<(usize, &l10n::units::UnitSet)> = site
        .catalogs
        .iter()
        .enumerate()
        .filter(|(_, catalog)| &catalog.locale.code != source_locale)
        .flat_map(|(index, _)| sets.iter().map(move |set| (index, set)))
        .collect();
    let checked: Vec<Vec<Diagnostic>> = jobs
        .par_iter()
        .map(|(index, set)| l10n::gate::check_set(&site.catalogs[*index], set, &site.registry).diagnostics)
        .collect();
    let mut passed = vec![true; site.catalogs.len()];
    let mut diagnostics = base_findings;
    for ((index, _), mut found) in jobs.iter().zip(checked) {
        if found.iter().any(Diagnostic::is_error) {
            passed[*index] = false;
        }
        diagnostics.append(&mut found);
    }
    (passed, diagnostics)
}

/// Localizes a batch of pages into every published locale, and checks the
/// page translations of unpublished ones (their findings are warnings). A
/// locale whose interface or contacts translations failed the gate only has
/// its pages checked: rendering them would repeat those findings. Returns
/// (catalog index, page) in locale order, then page order.
fn localize_batch(
    site: &Site,
    sources: &Sources,
    interface_ok: &[bool],
    batch: std::ops::Range<usize>,
) -> (Vec<(usize, LocalizedPage)>, Vec<Diagnostic>) {
    let context = localize::Context {
        pages: &site.pages,
        sources,
        registry: &site.registry,
        source_locale: &site.config.source_locale,
        check: true,
        preview: None,
    };
    let jobs: Vec<(usize, usize)> = (0..site.catalogs.len())
        .flat_map(|locale| batch.clone().map(move |page| (locale, page)))
        .collect();
    let results: Vec<(Option<LocalizedPage>, Vec<Diagnostic>)> = jobs
        .par_iter()
        .map(|(locale, page)| {
            let catalog = &site.catalogs[*locale];
            if catalog.locale.publish && interface_ok[*locale] {
                let localized = localize::localize(&context, catalog, *page);
                (localized.page, localized.diagnostics)
            } else {
                let set = &sources.page(*page).units;
                (
                    None,
                    l10n::gate::check_set(catalog, set, &site.registry).diagnostics,
                )
            }
        })
        .collect();
    let mut diagnostics = Vec::new();
    let mut localized = Vec::new();
    for ((locale, _), (page, mut found)) in jobs.iter().zip(results) {
        diagnostics.append(&mut found);
        localized.extend(page.map(|page| (*locale, page)));
    }
    (localized, diagnostics)
}

/// Builds a batch of pages once more in the pseudo-locale and reports
/// English words on them: text that does not come through Fluent.
pub(crate) fn check_pseudo_locale(
    site: &Site,
    sources: &Sources,
    tera: &tera::Tera,
    reported: &mut l10n::pseudo::Reported,
) -> anyhow::Result<Vec<Diagnostic>> {
    let Some(catalog) = l10n::pseudo::catalog(site.source_catalog(), sources) else {
        return Ok(Vec::new());
    };
    let catalog = Arc::new(catalog);
    let context = localize::Context {
        pages: &site.pages,
        sources,
        registry: &site.registry,
        source_locale: &site.config.source_locale,
        check: false,
        preview: None,
    };
    // Problems of the pages themselves are the same as the real locales'
    // and are reported there.
    let batch = sources.first_page..sources.first_page + sources.pages.len();
    let pages: Vec<LocalizedPage> = batch
        .into_par_iter()
        .filter_map(|page| localize::localize(&context, &catalog, page).page)
        .collect();
    let catalogs = [&catalog];
    let input = render::html::Input {
        config: &site.config,
        pages: &site.pages,
        catalogs: &catalogs,
        fallback: None,
    };
    let options = render::html::Options {
        minify: false,
        index_links: false,
    };
    let memory = render::Memory::default();
    let renderer = render::html::Renderer::new(input, tera, options, &memory);
    let jobs: Vec<(usize, &LocalizedPage)> = pages.iter().map(|page| (0, page)).collect();
    renderer.pages(&jobs)?;
    if sources.first_page == 0 {
        let summaries = vec![pages.iter().map(render::html::Summary::of).collect()];
        renderer.lists(&summaries)?;
    }
    let files = memory.into_files();
    Ok(l10n::pseudo::check(
        files
            .iter()
            .map(|(path, bytes)| (path.as_path(), bytes.as_slice())),
        reported,
    ))
}

/// Reads and parses the project. Returns `None` for the site when
/// `site.yaml` itself is unusable (nothing else can be checked without it).
pub fn load(root: &Path) -> anyhow::Result<(Option<Site>, Vec<Diagnostic>)> {
    let config_path = root.join(config::FILE_NAME);
    let bytes = std::fs::read(&config_path).with_context(|| {
        format!(
            "could not read {}: is --root the project folder?",
            config_path.display()
        )
    })?;
    let config_relative = Path::new(config::FILE_NAME);
    let config = crate::project::decode(config_relative, &bytes)
        .map_err(|d| vec![d])
        .and_then(|source| config::parse(config_relative, &source));
    let config = match config {
        Ok(config) => config,
        Err(diagnostics) => return Ok((None, diagnostics)),
    };
    let (pages, mut diagnostics) = content::load_pages(root)?;
    let (registry, mut found) = content::contacts::load(root)?;
    diagnostics.append(&mut found);
    let (templates, mut found) = content::load_templates(root)?;
    diagnostics.append(&mut found);
    let assets = content::load_static(root)?;
    let slugs: Vec<&str> = pages.iter().map(|page| page.front.slug.as_str()).collect();
    let (catalogs, mut found) = l10n::load(root, &config.locales(), &slugs)?;
    diagnostics.append(&mut found);
    if pages.is_empty() && diagnostics.is_empty() {
        diagnostics.push(
            Diagnostic::error(
                "content/no-pages",
                Span::file(Path::new(crate::project::CONTENT_DIR)),
                "there are no pages to build",
            )
            .with_help("add a Markdown file such as content/my-advice.md"),
        );
    }
    let site = Site {
        root: root.to_path_buf(),
        config,
        pages,
        registry,
        templates,
        assets,
        catalogs: catalogs.into_iter().map(Arc::new).collect(),
    };
    Ok((Some(site), diagnostics))
}

/// Loads the fonts and the Typst template for the leaflets.
pub(crate) fn leaflet_typesetter(
    site: &Site,
    options: &Options,
) -> anyhow::Result<(Option<render::leaflet::Typesetter>, Vec<Diagnostic>)> {
    let template = match content::load_leaflet_template(&site.root)? {
        Some((path, Ok(source))) => (path, source),
        Some((_, Err(diagnostic))) => return Ok((None, vec![diagnostic])),
        None => {
            let path = Path::new(crate::project::TEMPLATES_DIR).join(content::LEAFLET_TEMPLATE);
            let diagnostic = Diagnostic::error(
                "template/missing",
                Span::file(&path),
                "pages ask for leaflets but there is no leaflet template",
            )
            .with_help("add templates/leaflet.typ, or remove `leaflet:` from the pages' front matter");
            return Ok((None, vec![diagnostic]));
        }
    };
    let fonts = content::load_fonts(&site.root, &options.font_paths)?;
    let (typesetter, diagnostics) = render::leaflet::Typesetter::new(fonts, &template.0, &template.1);
    Ok((Some(typesetter), diagnostics))
}

/// Runs the translation gate over every translation file of every locale
/// but the source one (for `l10n status`): each file's counts and findings.
pub fn check_translations(site: &Site) -> (Vec<l10n::gate::FileStatus>, Vec<Diagnostic>) {
    if site.source_catalog().is_none() {
        return (Vec::new(), Vec::new());
    }
    let (sources, _) = l10n::sources::load(
        site.source_catalog(),
        &site.registry,
        &site.pages,
        site.source_options(),
    );
    let catalogs: Vec<&Catalog> = site.translated_catalogs().collect();
    l10n::gate::check_all(&catalogs, &sources, &site.registry)
}

impl Site {
    /// The catalog of the language the content is written in.
    pub fn source_catalog(&self) -> Option<&Catalog> {
        self.catalogs
            .iter()
            .map(AsRef::as_ref)
            .find(|catalog| catalog.locale.code == self.config.source_locale)
    }

    /// Whether the site has locales to translate into (then every
    /// translation file needs a current base file).
    pub fn is_translated(&self) -> bool {
        self.catalogs
            .iter()
            .any(|catalog| catalog.locale.code != self.config.source_locale)
    }

    /// How a build reads the English: positional ids for a site not yet
    /// migrated, and base files checked when there is anything to translate.
    pub fn source_options(&self) -> l10n::sources::Options {
        l10n::sources::Options {
            without_base: l10n::sources::WithoutBase::Positional,
            check_base: self.is_translated(),
        }
    }

    /// The catalogs of every locale but the source one.
    pub fn translated_catalogs(&self) -> impl Iterator<Item = &Catalog> {
        self.catalogs
            .iter()
            .map(AsRef::as_ref)
            .filter(|catalog| catalog.locale.code != self.config.source_locale)
    }
}

/// Today's date in UTC, or the one `SOURCE_DATE_EPOCH` names (reproducible
/// builds set it).
pub fn today() -> Date {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|value| value.parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |duration| i64::try_from(duration.as_secs()).unwrap_or(0))
        });
    Date::from_days_since_epoch(seconds.div_euclid(86_400))
}
