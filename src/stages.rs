//! The stages of the pipeline, as methods over a loaded `Site` in one
//! `Mode`. The build and `check` (`run()`) and the preview
//! (`preview::Preview`) drive these same stages: they differ only in what
//! they schedule (batches of pages, or the cells a saved file affects) and
//! where the output goes (the staging folder, nowhere, or memory), never
//! in how a page is checked, localized or rendered. Each stage returns its
//! findings with what they are about (`findings::Scope`), so a driver can
//! keep them in one `Findings` map.

use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use crate::content;
use crate::diag::{self, Diagnostic, Span};
use crate::findings::Scope;
use crate::key::{Cell, LocaleId, PageId};
use crate::l10n::localize::{self, LocalizedPage, Reading};
use crate::l10n::sources::Sources;
use crate::l10n::{self, Catalog};
use crate::render::host;
use crate::render::route::Route;
use crate::render::{self, Built, Sink};
use crate::site::{Options, Site};
use crate::validate;

/// What the stages are run for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `signpost build`: every check, then the site is written (minified).
    Build,
    /// `signpost check`: every check, nothing written (so nothing is
    /// minified: links and anchors are the same either way).
    Check,
    /// `signpost serve`: every locale shown, published or not, with text
    /// not translated yet in English, marked, and what is not translated
    /// yet reported as warnings; no external links; nothing written.
    Preview,
}

/// Pages are taken through the page stages this many at a time by the
/// build, so its memory does not grow with its localized pages.
pub const BATCH_PAGES: usize = 256;

/// The stages of one site in one mode.
pub struct Stages<'s> {
    pub site: &'s Site,
    pub mode: Mode,
    pub options: &'s Options,
    /// The locales pages are rendered in, in language-switcher order.
    shown: Vec<LocaleId>,
    /// The headers every file is served with.
    host: host::Table,
}

/// One cell localized: its page (`None` when its translation has errors,
/// or when it is only checked) and its findings.
pub struct LocalizedCell {
    pub cell: Cell,
    pub page: Option<LocalizedPage>,
    pub diagnostics: Vec<Diagnostic>,
}

impl<'s> Stages<'s> {
    pub fn new(site: &'s Site, mode: Mode, options: &'s Options) -> Stages<'s> {
        let shown = match mode {
            Mode::Build | Mode::Check => site.published_locales(),
            Mode::Preview => site.locales().collect(),
        };
        Stages {
            site,
            mode,
            options,
            shown,
            host: host::Table::new(&site.config, &site.assets),
        }
    }

    /// The headers every file is served with (`render::host`).
    pub fn host_table(&self) -> &host::Table {
        &self.host
    }

    /// The locales pages are rendered in.
    pub fn shown(&self) -> &[LocaleId] {
        &self.shown
    }

    /// Findings as this mode shows them: the preview shows text that is
    /// not translated yet in the page (marked), so those findings are
    /// warnings there; the build and check keep them errors.
    pub fn present(&self, mut found: Vec<Diagnostic>) -> Vec<Diagnostic> {
        if self.mode == Mode::Preview {
            for diagnostic in &mut found {
                if localize::SHOWN_IN_PREVIEW.contains(&diagnostic.code) {
                    diagnostic.severity = diag::Severity::Warning;
                }
            }
        }
        found
    }

    /// Compiles the templates (each one, so every broken one is reported).
    pub fn templates(&self) -> (Option<tera::Tera>, Vec<Diagnostic>) {
        render::templates::compile(&self.site.templates)
    }

    /// The checks over loaded data that need no rendering: every output
    /// address claimed once, phone numbers, contacts, template text and
    /// message ids.
    pub fn check_loaded(&self) -> Vec<Diagnostic> {
        let site = self.site;
        let mut diagnostics = render::route::check_claims(&site.config, &site.pages, &site.assets);
        diagnostics.extend(host::check(&site.config));
        diagnostics.extend(validate::check(
            validate::Input {
                pages: &site.pages,
                registry: &site.registry,
                templates: &site.templates,
                catalogs: &site.catalogs,
                verify_contacts_every_months: site.config.checks.verify_contacts_every_months,
            },
            self.options.today,
        ));
        diagnostics
    }

    /// Files in the project's folders that the build does not use, and
    /// links that lead out of the project. `loaded_cleanly`: loading found
    /// no errors (otherwise a file that failed to load is not "unused").
    pub fn check_files(&self, loaded_cleanly: bool) -> anyhow::Result<Vec<Diagnostic>> {
        let site = self.site;
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

    /// The gate over every locale's interface and contacts translations,
    /// and the base files of those. Returns, per locale, whether its
    /// interface and contacts translations passed without errors.
    pub fn check_interface(&self) -> (Vec<bool>, Vec<Diagnostic>) {
        let site = self.site;
        let sets = l10n::sources::interface_sets(site.source_catalog(), &site.registry);
        let mut base_findings = Vec::new();
        if site.is_translated()
            && let Some(source_catalog) = site.source_catalog()
        {
            if let Some(contacts) = sets.last() {
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
                        Span::file(Path::new(crate::config::FILE_NAME)),
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
        let jobs: Vec<(LocaleId, &l10n::units::UnitSet)> = site
            .locales()
            .filter(|locale| &site.catalog(*locale).locale.code != source_locale)
            .flat_map(|locale| sets.iter().map(move |set| (locale, set)))
            .collect();
        let checked: Vec<Vec<Diagnostic>> = jobs
            .par_iter()
            .map(|(locale, set)| {
                l10n::gate::check_set(site.catalog(*locale), set, &site.registry).diagnostics
            })
            .collect();
        let mut passed = vec![true; site.catalogs.len()];
        let mut diagnostics = base_findings;
        for ((locale, _), mut found) in jobs.iter().zip(checked) {
            if found.iter().any(Diagnostic::is_error) {
                passed[locale.index()] = false;
            }
            diagnostics.append(&mut found);
        }
        (passed, self.present(diagnostics))
    }

    /// Loads the fonts and the Typst layouts of the leaflets; every format
    /// a page (or a bilingual edition) asks for needs its layout file.
    pub fn typesetter(&self) -> anyhow::Result<(Option<render::leaflet::Typesetter>, Vec<Diagnostic>)> {
        let site = self.site;
        let root = &site.root;
        let mut diagnostics = Vec::new();
        let mut layouts = Vec::new();
        for layout in content::load_leaflet_templates(root)? {
            match layout {
                Ok(layout) => layouts.push(layout),
                Err(diagnostic) => diagnostics.push(diagnostic),
            }
        }
        let mut needed: Vec<crate::config::LeafletFormat> = site
            .pages
            .iter()
            .filter_map(|page| page.front.leaflet.as_ref())
            .flat_map(|spec| spec.formats(&site.config))
            .collect();
        if site.has_leaflets() {
            needed.extend(
                site.config
                    .locales
                    .iter()
                    .flat_map(|locale| locale.bilingual_leaflets.iter().copied()),
            );
        }
        needed.sort();
        needed.dedup();
        for format in needed {
            let name = format.template();
            if !layouts.iter().any(|layout| layout.name == name) {
                let mut diagnostic = render::leaflet::missing_template(&name, format);
                if layouts.iter().any(|layout| layout.name == "leaflet.typ") {
                    // A project made before leaflets had formats.
                    diagnostic = diagnostic.with_help(format!(
                        "templates/leaflet.typ is the single layout of earlier versions: each format now has its own file importing {}; copy the leaflet-*.typ files from a new project (`signpost new`), move your changes into them, and delete leaflet.typ",
                        render::leaflet::COMMON_TEMPLATE
                    ));
                }
                diagnostics.push(diagnostic);
            }
        }
        if !diagnostics.is_empty() {
            return Ok((None, diagnostics));
        }
        let fonts = content::load_fonts(root, &self.options.font_paths)?;
        let (typesetter, diagnostics) = render::leaflet::Typesetter::new(fonts, layouts);
        Ok((Some(typesetter), diagnostics))
    }

    /// The English of the pages in `pages`, each parsed and segmented
    /// once, with the findings about each page (and about none: the site).
    pub fn sources(&self, pages: std::ops::Range<usize>) -> (Sources, Vec<(Scope, Vec<Diagnostic>)>) {
        let site = self.site;
        let (sources, mut found) = l10n::sources::load_range(
            site.source_catalog(),
            &site.registry,
            &site.pages,
            pages,
            site.source_options(),
        );
        found.extend(render::leaflet::check_specs(
            &site.pages,
            &sources,
            &site.config,
            &site.registry,
        ));
        (sources, self.by_page(found))
    }

    /// Findings grouped by the page they are about (by the page's file, or
    /// its translation files' name), the rest as the site's.
    fn by_page(&self, found: Vec<Diagnostic>) -> Vec<(Scope, Vec<Diagnostic>)> {
        let mut grouped: std::collections::BTreeMap<Scope, Vec<Diagnostic>> =
            std::collections::BTreeMap::new();
        for diagnostic in self.present(found) {
            let scope = self.page_of(&diagnostic).map_or(Scope::Site, Scope::Page);
            grouped.entry(scope).or_default().push(diagnostic);
        }
        grouped.into_iter().collect()
    }

    /// The page a finding is about, if it is about one page.
    fn page_of(&self, diagnostic: &Diagnostic) -> Option<PageId> {
        let pages = &self.site.pages;
        let path = &diagnostic.span.path;
        pages
            .iter()
            .position(|page| &page.path == path)
            .or_else(|| {
                let stem = path.file_stem()?.to_string_lossy().to_string();
                pages.iter().position(|page| page.front.slug == stem)
            })
            .map(PageId::new)
    }

    /// How this mode reads translations.
    fn reading(&self) -> Reading<'s> {
        match (self.mode, self.site.source_catalog()) {
            (Mode::Preview, Some(source)) => Reading::Preview { source },
            _ => Reading::Gated,
        }
    }

    /// Localizes `cells` (whose pages are in `sources`), in parallel: each
    /// is checked by the gate and, if it is shown (published, or any in
    /// the preview) and its locale's interface translations passed
    /// (`interface_ok`, by locale), rendered into a `LocalizedPage`. A
    /// cell that is not shown, or whose interface failed (rendering it
    /// would repeat those findings), is only checked.
    pub fn localize(&self, sources: &Sources, cells: &[Cell], interface_ok: &[bool]) -> Vec<LocalizedCell> {
        let site = self.site;
        let context = localize::Context {
            pages: &site.pages,
            sources,
            registry: &site.registry,
            source_locale: &site.config.source_locale,
            reading: self.reading(),
        };
        cells
            .par_iter()
            .map(|cell| {
                let catalog = site.catalog(cell.locale);
                let shown = self.shown.contains(&cell.locale);
                let interface_passed = interface_ok.get(cell.locale.index()).copied().unwrap_or(true);
                if shown && (interface_passed || self.mode == Mode::Preview) {
                    let localized = localize::localize(&context, catalog, *cell);
                    LocalizedCell {
                        cell: *cell,
                        page: localized.page,
                        diagnostics: self.present(localized.diagnostics),
                    }
                } else {
                    let set = &sources.page(cell.page).units;
                    LocalizedCell {
                        cell: *cell,
                        page: None,
                        diagnostics: self
                            .present(l10n::gate::check_set(catalog, set, &site.registry).diagnostics),
                    }
                }
            })
            .collect()
    }

    /// Builds the pages of `sources` once more in the pseudo-locale and
    /// reports English words on them: text that does not come through
    /// Fluent. `reported` keeps a word from being named twice per template
    /// across batches.
    pub fn pseudo_locale(
        &self,
        sources: &Sources,
        tera: &tera::Tera,
        reported: &mut l10n::pseudo::Reported,
    ) -> anyhow::Result<Vec<Diagnostic>> {
        let site = self.site;
        let Some(catalog) = l10n::pseudo::catalog(site.source_catalog(), sources) else {
            return Ok(Vec::new());
        };
        let catalogs = [Arc::new(catalog)];
        let pseudo = LocaleId::new(0);
        let context = localize::Context {
            pages: &site.pages,
            sources,
            registry: &site.registry,
            source_locale: &site.config.source_locale,
            reading: Reading::Ungated,
        };
        // Problems of the pages themselves are the same as the real
        // locales' and are reported there.
        let pages: Vec<LocalizedPage> = sources
            .range()
            .into_par_iter()
            .filter_map(|page| {
                localize::localize(&context, &catalogs[0], Cell::new(pseudo, PageId::new(page))).page
            })
            .collect();
        let shown = [pseudo];
        let input = render::html::Input {
            config: &site.config,
            pages: &site.pages,
            catalogs: &catalogs,
            shown: &shown,
            fallback: None,
            assets: &site.assets,
            policy: self.host.page_policy(),
            search_policy: self.host.search_policy(),
        };
        let options = render::html::Options {
            minify: false,
            index_links: false,
        };
        let memory = render::Memory::default();
        let renderer = render::html::Renderer::new(input, tera, options, &memory);
        let page_refs: Vec<&LocalizedPage> = pages.iter().collect();
        renderer.pages(&page_refs, &render::leaflet::Sizes::new())?;
        if sources.first_page.index() == 0 {
            let summaries = vec![pages.iter().map(render::html::Summary::of).collect()];
            renderer.lists(&summaries, &render::leaflet::Sizes::new())?;
        }
        let files = memory.into_files();
        let codes = [l10n::pseudo::CODE];
        let rendered = files.iter().filter_map(|(path, bytes)| {
            let path = path.to_string_lossy().replace('\\', "/");
            let route = Route::parse(&path, &codes)?;
            Some((route.template()?, path.clone(), bytes.as_slice()))
        });
        let rendered: Vec<(&'static str, String, &[u8])> = rendered.collect();
        Ok(l10n::pseudo::check(
            rendered
                .iter()
                .map(|(template, path, bytes)| (*template, Path::new(path), *bytes)),
            reported,
        ))
    }

    /// The HTML renderer of this mode, writing into `sink`.
    pub fn renderer<'r>(&'r self, tera: &tera::Tera, sink: &'r dyn Sink) -> render::html::Renderer<'r> {
        let site = self.site;
        let input = render::html::Input {
            config: &site.config,
            pages: &site.pages,
            catalogs: &site.catalogs,
            shown: &self.shown,
            fallback: match self.mode {
                Mode::Preview => site
                    .source_catalog()
                    .and_then(|source| site.locale_of(&source.locale.code))
                    .map(|locale| site.catalog(locale)),
                Mode::Build | Mode::Check => None,
            },
            assets: &site.assets,
            policy: self.host.page_policy(),
            search_policy: self.host.search_policy(),
        };
        let options = render::html::Options {
            minify: self.mode == Mode::Build && site.config.output.minify,
            index_links: true,
        };
        render::html::Renderer::new(input, tera, options, sink)
    }

    /// The files that tell hosts how to serve the site (`_headers`,
    /// `nginx.conf`, `.htaccess`), from the header table and every file
    /// built (`built`), into `sink`. The preview does not make them: it is
    /// the host there, and sends the same headers itself.
    pub fn host_files(&self, built: &Built, sink: &dyn Sink) -> anyhow::Result<(Built, Vec<Diagnostic>)> {
        let mut made = Built::default();
        match host::render(&self.host, &built.files) {
            Ok(files) => {
                for (route, text) in files {
                    let path = route.path();
                    sink.put(&path, text.into_bytes())?;
                    made.add_plain(path);
                }
                Ok((made, Vec::new()))
            }
            Err(found) => Ok((made, found)),
        }
    }

    /// Typesets the leaflets of `pages` (those whose page asks for one;
    /// with `only`, the one leaflet at that route) into `sink`; returns
    /// what was built and each leaflet file's size.
    pub fn leaflets(
        &self,
        typesetter: &render::leaflet::Typesetter,
        pages: &[&LocalizedPage],
        sink: &dyn Sink,
        only: Option<&Route<'_>>,
    ) -> anyhow::Result<(Built, render::leaflet::Sizes, Vec<Diagnostic>)> {
        let site = self.site;
        let input = render::leaflet::Input {
            config: &site.config,
            pages: &site.pages,
            registry: &site.registry,
            print: self.options.print || site.config.output.print,
        };
        let jobs: Vec<(&Catalog, &LocalizedPage)> = pages
            .iter()
            .map(|page| (site.catalog(page.cell.locale).as_ref(), *page))
            .collect();
        render::leaflet::render_all(input, &jobs, typesetter, sink, only)
    }

    /// An empty search index for this run, when the site has search and
    /// the run makes a site (`check` builds none: the index holds no check
    /// of its own, its text is what the pages show, and building it costs
    /// more than the rest of the run; `search_placeholder` stands in).
    pub fn search_index(&self) -> Option<render::search::Index> {
        (self.site.config.search.enabled && self.mode != Mode::Check).then(render::search::Index::default)
    }

    /// What `check` knows of the index without building it: the script the
    /// search pages link to will be there.
    pub fn search_placeholder(&self) -> Built {
        let mut built = Built::default();
        if self.site.config.search.enabled {
            built.add_plain(Route::SearchFile(render::search::SCRIPT).path());
        }
        built
    }

    /// Adds a batch of localized pages to the search index: each page's
    /// document made, compressed and hashed in parallel, kept in page
    /// order.
    pub fn index_pages(
        &self,
        index: &mut render::search::Index,
        pages: &[&LocalizedPage],
    ) -> anyhow::Result<()> {
        let site = self.site;
        let documents: Vec<(String, render::search::Kept)> = pages
            .par_iter()
            .map(|page| {
                let locale = &site.catalog(page.cell.locale).locale;
                let slug = &site.page(page.cell.page).front.slug;
                let url = Route::Page {
                    locale: &locale.code,
                    slug,
                }
                .href();
                let document = render::search::document(page, &locale.code, locale.dir(), &url);
                render::search::Kept::new(document).map(|kept| (locale.code.clone(), kept))
            })
            .collect::<anyhow::Result<_>>()?;
        index.add(documents);
        Ok(())
    }

    /// Builds the search index into `sink`, as many languages at once as
    /// the run has worker threads, taking languages whose pages did not
    /// change from `cache`. A page that gave the index no word cannot be
    /// found by search: a warning at its file.
    pub fn write_search(
        &self,
        index: render::search::Index,
        sink: &dyn Sink,
        cache: &dyn render::search::Cache,
    ) -> anyhow::Result<(Built, Vec<Diagnostic>)> {
        let written = index.write(sink, rayon::current_num_threads(), cache)?;
        let site = self.site;
        let found = written
            .empty
            .iter()
            .map(|cell| {
                let page = site.page(cell.page);
                Diagnostic::warning(
                    "search/empty-page",
                    Span::file(&page.path),
                    format!(
                        "the page `{}` in `{}` gave the search index no word: search cannot find it",
                        page.front.slug,
                        site.catalog(cell.locale).locale.code
                    ),
                )
                .with_help("give the page a title and text made of words")
            })
            .collect();
        Ok((written.built, found))
    }

    /// Every internal link and fragment of what was built: the number
    /// checked, and the findings.
    pub fn internal_links(&self, built: &Built) -> (usize, Vec<Diagnostic>) {
        validate::links::check_internal(built, &self.site.pages, &self.site.config)
    }

    /// The internal links of the linked files `only` (every file when
    /// `None`), file by file.
    pub fn internal_links_by_file(&self, built: &Built, only: Option<&[u32]>) -> Vec<(u32, Vec<Diagnostic>)> {
        validate::links::check_internal_by_file(built, &self.site.pages, &self.site.config, only)
    }

    /// Every external link of what was built, each distinct URL once.
    pub fn external_links(&self, built: &Built) -> (validate::links::Report, Vec<Diagnostic>) {
        let options = validate::links::ExternalOptions {
            offline: self.options.offline || self.mode == Mode::Preview,
            strict: self.options.strict,
            root: self.site.root.clone(),
            progress: self.options.progress,
        };
        validate::links::check_external(built, &self.site.pages, &self.site.config, &options)
    }
}

/// Runs the translation gate over every translation file of every locale
/// but the source one (for `l10n status` and `l10n import`): each file's
/// counts and findings.
pub fn translation_status(site: &Site) -> (Vec<l10n::gate::FileStatus>, Vec<Diagnostic>) {
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
