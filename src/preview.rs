//! The preview behind `signpost serve`: the whole site built in memory and
//! kept between rebuilds, so a change rebuilds only what it can affect. An
//! English page: that page in every locale (and the locale lists); one
//! page translation: that page in that locale; a locale's interface file or
//! record: that locale; the base file of a page: that page everywhere;
//! anything else (site.yaml, templates, static files, fonts, the contacts
//! registry, pages added or removed): everything. Internal links are
//! checked again after every rebuild.
//!
//! It shows what a build refuses: every locale, published or not, and in a
//! translation every unit that is missing, stale or broken in English,
//! marked (`signpost-untranslated`), so translators see what is left. The
//! translation gate's "not translated yet" findings are warnings here;
//! `build` and `check` keep them as errors. Leaflets are typeset when asked
//! for. Nothing here writes a file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::diag::{self, Diagnostic};
use crate::l10n::localize::{self, LocalizedPage};
use crate::l10n::sources::Sources;
use crate::l10n::{Catalog, FtlText};
use crate::project::LOCALES_DIR;
use crate::render::route::Route;
use crate::render::{self, Built, Files};
use crate::{Options, Site, content, l10n, validate};

/// The site as the preview serves it.
pub struct Preview {
    options: Options,
    /// `None` until `site.yaml` loads.
    state: Option<State>,
    /// Every file last rendered, by path (a page that failed keeps its last
    /// good rendering).
    files: Files,
    /// The findings of the last rebuild, sorted.
    diagnostics: Vec<Diagnostic>,
    /// Counts rebuilds, so browsers know when to reload.
    version: u64,
    typesetter: Option<render::leaflet::Typesetter>,
}

/// What the preview keeps of a loaded site.
struct State {
    site: Site,
    tera: Option<tera::Tera>,
    sources: Sources,
    /// `[catalog][page]`: each page in each locale.
    localized: Vec<Vec<Option<LocalizedPage>>>,
    built: Built,
    /// Findings of loading (but templates) and of the site-wide files.
    loaded: Vec<Diagnostic>,
    /// Findings of loading and compiling the templates.
    template_findings: Vec<Diagnostic>,
    /// Findings of rendering the locale lists.
    list_findings: Vec<Diagnostic>,
    /// Findings of rendering the root files.
    site_file_findings: Vec<Diagnostic>,
    /// `[page]`: findings of each page's English (and its base file).
    source_findings: Vec<Vec<Diagnostic>>,
    /// `[catalog][page]`: the gate's and localizing's findings.
    localized_findings: Vec<Vec<Vec<Diagnostic>>>,
    /// `[catalog][page]`: findings of rendering each page.
    render_findings: Vec<Vec<Vec<Diagnostic>>>,
    /// `[page]`: the pseudo-locale's findings on each page.
    pseudo_findings: Vec<Vec<Diagnostic>>,
    /// `[linked file]` (as numbered in `built`): its links' findings.
    link_findings: Vec<Vec<Diagnostic>>,
}

/// What a rebuild did.
#[derive(Debug, Clone)]
pub struct Rebuild {
    pub elapsed: std::time::Duration,
    /// (page, locale) pairs localized and rendered again.
    pub n_rendered: usize,
    /// Whether everything was loaded and rendered again.
    pub full: bool,
}

impl Preview {
    /// Loads and renders the whole site. `Err` only when it cannot run at
    /// all (the project folder cannot be read).
    pub fn load(options: &Options) -> anyhow::Result<(Preview, Rebuild)> {
        let mut preview = Preview {
            options: options.clone(),
            state: None,
            files: Files::new(),
            diagnostics: Vec::new(),
            version: first_version(),
            typesetter: None,
        };
        let rebuild = preview.rebuild_all()?;
        Ok((preview, rebuild))
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    /// The path the site lives under (`/` or the base URL's path).
    pub fn base_path(&self) -> String {
        self.state
            .as_ref()
            .map_or_else(|| "/".to_string(), |state| state.site.config.base_path())
    }

    /// The findings of the last rebuild (sorted; errors and warnings).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// A rendered file.
    pub fn file(&self, path: &Path) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// Every rendered file.
    pub fn files(&self) -> &Files {
        &self.files
    }

    /// Rebuilds what `changed` (paths inside the project) can affect.
    pub fn apply(&mut self, changed: &[PathBuf]) -> anyhow::Result<Rebuild> {
        let start = std::time::Instant::now();
        let Some(state) = self.state.as_mut() else {
            return self.rebuild_all();
        };
        let mut pages: BTreeSet<usize> = BTreeSet::new();
        let mut locales: BTreeSet<usize> = BTreeSet::new();
        let mut cells: BTreeSet<(usize, usize)> = BTreeSet::new();
        let mut templates = false;
        let mut front_matter_changed = false;
        for path in changed {
            match classify(state, &self.options.root, path)? {
                Change::Everything => return self.rebuild_all(),
                Change::Nothing => {}
                Change::LeafletTemplate => self.typesetter = None,
                Change::Templates => templates = true,
                Change::Page { index, front_matter } => {
                    pages.insert(index);
                    front_matter_changed |= front_matter;
                }
                Change::Locale(locale) => {
                    locales.insert(locale);
                }
                Change::Translation(locale, page) => {
                    cells.insert((locale, page));
                }
            }
        }
        let n_locales = state.site.catalogs.len();
        let n_pages = state.site.pages.len();
        for page in &pages {
            cells.extend((0..n_locales).map(|locale| (locale, *page)));
            refresh_source(state, *page);
        }
        for locale in &locales {
            cells.extend((0..n_pages).map(|page| (*locale, page)));
        }
        let cells: Vec<(usize, usize)> = cells.into_iter().collect();
        let summaries_changed = localize_cells(state, &cells) || front_matter_changed;
        let (files, n_rendered) = if templates {
            reload_templates(state, &self.options.root)?;
            let all_pages: BTreeSet<usize> = (0..n_pages).collect();
            let files = render(state, &all_cells(n_locales, n_pages), SiteWide::All, &all_pages)?;
            (files, n_locales * n_pages)
        } else {
            let lists = if summaries_changed {
                SiteWide::Lists
            } else {
                SiteWide::None
            };
            (render(state, &cells, lists, &pages)?, cells.len())
        };
        self.files.extend(files);
        self.finish_rebuild();
        Ok(Rebuild {
            elapsed: start.elapsed(),
            n_rendered,
            full: false,
        })
    }

    /// Loads everything from disk and renders every page in every locale.
    fn rebuild_all(&mut self) -> anyhow::Result<Rebuild> {
        let start = std::time::Instant::now();
        let (site, loaded) = crate::load(&self.options.root)?;
        self.typesetter = None;
        let Some(site) = site else {
            self.state = None;
            self.diagnostics = loaded;
            diag::sort(&mut self.diagnostics);
            self.version += 1;
            return Ok(Rebuild {
                elapsed: start.elapsed(),
                n_rendered: 0,
                full: true,
            });
        };
        let (mut template_findings, loaded): (Vec<Diagnostic>, Vec<Diagnostic>) = loaded
            .into_iter()
            .partition(|diagnostic| diagnostic.span.path.starts_with(crate::project::TEMPLATES_DIR));
        let (tera, found) = render::templates::compile(&site.templates);
        template_findings.extend(found);
        let mut loaded = loaded;
        let (sources, found) = l10n::sources::load(
            site.source_catalog(),
            &site.registry,
            &site.pages,
            site.source_options(),
        );
        let n_pages = site.pages.len();
        let n_locales = site.catalogs.len();
        let mut source_findings: Vec<Vec<Diagnostic>> = vec![Vec::new(); n_pages];
        for diagnostic in found {
            match page_of(&site, &diagnostic) {
                Some(page) => source_findings[page].push(shown_in_page(diagnostic)),
                None => loaded.push(shown_in_page(diagnostic)),
            }
        }
        let per_cell =
            || -> Vec<Vec<Vec<Diagnostic>>> { (0..n_locales).map(|_| vec![Vec::new(); n_pages]).collect() };
        let mut state = State {
            localized: (0..n_locales).map(|_| vec![None; n_pages]).collect(),
            site,
            tera,
            sources,
            built: Built::default(),
            loaded,
            template_findings,
            list_findings: Vec::new(),
            site_file_findings: Vec::new(),
            source_findings,
            localized_findings: per_cell(),
            render_findings: per_cell(),
            pseudo_findings: vec![Vec::new(); n_pages],
            link_findings: Vec::new(),
        };
        let cells = all_cells(n_locales, n_pages);
        localize_cells(&mut state, &cells);
        let all_pages: BTreeSet<usize> = (0..n_pages).collect();
        let mut files = render(&mut state, &cells, SiteWide::All, &all_pages)?;
        // Files of the last good rendering that this one could not make stay.
        for (path, bytes) in std::mem::take(&mut self.files) {
            files.entry(path).or_insert(bytes);
        }
        self.files = files;
        self.state = Some(state);
        self.finish_rebuild();
        Ok(Rebuild {
            elapsed: start.elapsed(),
            n_rendered: cells.len(),
            full: true,
        })
    }

    /// Gathers every finding of the current state.
    fn finish_rebuild(&mut self) {
        self.version += 1;
        let Some(state) = self.state.as_ref() else { return };
        let site = &state.site;
        let mut diagnostics = state.loaded.clone();
        for findings in [
            &state.template_findings,
            &state.list_findings,
            &state.site_file_findings,
        ] {
            diagnostics.extend(findings.iter().cloned());
        }
        diagnostics.extend(state.source_findings.iter().flatten().cloned());
        diagnostics.extend(state.localized_findings.iter().flatten().flatten().cloned());
        diagnostics.extend(state.render_findings.iter().flatten().flatten().cloned());
        diagnostics.extend(state.pseudo_findings.iter().flatten().cloned());
        diagnostics.extend(state.link_findings.iter().flatten().cloned());
        diagnostics.extend(crate::check_loaded(site, self.options.today));
        // Files nothing uses (a page saved under a wrong extension, a
        // misspelt locale folder) are listed again after every save.
        let loaded_cleanly = !state
            .loaded
            .iter()
            .chain(&state.template_findings)
            .any(Diagnostic::is_error);
        match crate::check_files(site, loaded_cleanly) {
            Ok(found) => diagnostics.extend(found),
            Err(error) => diagnostics.push(Diagnostic::warning(
                "file/unreadable",
                diag::Span::file(Path::new(".")),
                format!("could not list the project's files: {error:#}"),
            )),
        }
        let (_, found) = crate::check_interface_translations(site);
        diagnostics.extend(found.into_iter().map(shown_in_page));
        diag::sort(&mut diagnostics);
        self.diagnostics = diagnostics;
    }

    /// The leaflet at `path` (`<locale>/<slug>/leaflet.pdf`), typeset now
    /// from the current text, if the page asks for one.
    pub fn leaflet(&mut self, path: &Path) -> anyhow::Result<Option<Result<Vec<u8>, Vec<Diagnostic>>>> {
        let Some(state) = self.state.as_ref() else {
            return Ok(None);
        };
        let site = &state.site;
        let path_text = path.to_string_lossy().replace('\\', "/");
        let codes: Vec<&str> = site.catalogs.iter().map(|c| c.locale.code.as_str()).collect();
        let Some(Route::Leaflet { locale, slug }) = Route::parse(&path_text, &codes) else {
            return Ok(None);
        };
        let Some(catalog_index) = site.catalogs.iter().position(|c| c.locale.code == locale) else {
            return Ok(None);
        };
        let Some(page_index) = site.pages.iter().position(|p| p.front.slug == slug) else {
            return Ok(None);
        };
        if site.pages[page_index].front.leaflet.is_none() {
            return Ok(None);
        }
        let Some(text) = state.localized[catalog_index][page_index].as_ref() else {
            return Ok(None);
        };
        if self.typesetter.is_none() {
            let (typesetter, found) = crate::leaflet_typesetter(site, &self.options)?;
            if !found.is_empty() || typesetter.is_none() {
                return Ok(Some(Err(found)));
            }
            self.typesetter = typesetter;
        }
        let Some(typesetter) = self.typesetter.as_ref() else {
            return Ok(None);
        };
        let input = render::leaflet::Input {
            config: &site.config,
            pages: &site.pages,
            print_marks: self.options.print_marks || site.config.output.print_marks,
        };
        let memory = render::Memory::default();
        let catalog: &Catalog = &site.catalogs[catalog_index];
        let (_, found) = render::leaflet::render_all(input, &[(catalog, text)], typesetter, &memory)?;
        if !found.is_empty() {
            return Ok(Some(Err(found)));
        }
        Ok(memory.into_files().remove(path).map(Ok))
    }
}

/// Versions start from the clock (milliseconds), so a page left open from
/// an earlier run of the server is behind, and reloads when it reconnects.
fn first_version() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| {
            u64::try_from(since.as_millis()).unwrap_or(u64::MAX / 2)
        })
}

/// What a changed file affects.
enum Change {
    Nothing,
    Everything,
    /// An English page (by index); whether its front matter changed.
    Page {
        index: usize,
        front_matter: bool,
    },
    /// A locale's interface files or record (by catalog index).
    Locale(usize),
    /// One page's translation in one locale.
    Translation(usize, usize),
    /// A page template (HTML or XML).
    Templates,
    /// The Typst template of the leaflets.
    LeafletTemplate,
}

/// Works out what `path` affects and takes its new content into `state`.
fn classify(state: &mut State, root: &Path, path: &Path) -> anyhow::Result<Change> {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let hidden = relative
        .components()
        .any(|part| part.as_os_str().to_string_lossy().starts_with('.'));
    let name = relative.to_string_lossy();
    let file_name = relative
        .file_name()
        .map(|name| name.to_string_lossy().to_string())
        .unwrap_or_default();
    if hidden
        || file_name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
    {
        return Ok(Change::Nothing);
    }
    let mut parts = relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy().to_string());
    let first = parts.next().unwrap_or_default();
    let site = &mut state.site;
    match first.as_str() {
        crate::project::CONTENT_DIR if relative.extension().is_some_and(|extension| extension == "md") => {
            let Some(index) = site.pages.iter().position(|page| page.path == relative) else {
                return Ok(Change::Everything); // a page added
            };
            let Ok(bytes) = std::fs::read(root.join(relative)) else {
                return Ok(Change::Everything); // a page removed
            };
            match content::parse_page(relative, &bytes) {
                Ok(page) if page.front.slug == site.pages[index].front.slug => {
                    let front_matter = page.front_matter_text() != site.pages[index].front_matter_text();
                    site.pages[index] = page;
                    Ok(Change::Page { index, front_matter })
                }
                Ok(_) => Ok(Change::Everything),
                Err(found) => {
                    // Half-saved or broken: keep the page as it was, say why.
                    state.source_findings[index] = found;
                    Ok(Change::Nothing)
                }
            }
        }
        LOCALES_DIR if relative.extension().is_some_and(|extension| extension == "ftl") => {
            let locale = parts.next().unwrap_or_default();
            let Some(catalog_index) = site.catalogs.iter().position(|c| c.locale.code == locale) else {
                return Ok(Change::Nothing);
            };
            let stem = relative
                .file_stem()
                .map(|stem| stem.to_string_lossy().to_string())
                .unwrap_or_default();
            let page = site.pages.iter().position(|page| page.front.slug == stem);
            let is_source = locale == site.config.source_locale;
            match (page, Arc::get_mut(&mut site.catalogs[catalog_index])) {
                (Some(page), Some(catalog)) => {
                    let source = std::fs::read(root.join(relative))
                        .ok()
                        .and_then(|bytes| String::from_utf8(bytes).ok())
                        .unwrap_or_default();
                    catalog.page_files.insert(
                        stem,
                        FtlText {
                            path: relative.to_path_buf(),
                            source,
                        },
                    );
                    // A base file sets the ids every locale uses.
                    Ok(if is_source {
                        Change::Page {
                            index: page,
                            front_matter: false,
                        }
                    } else {
                        Change::Translation(catalog_index, page)
                    })
                }
                _ if is_source => Ok(Change::Everything),
                _ => reload_locale(site, catalog_index).map(|()| Change::Locale(catalog_index)),
            }
        }
        LOCALES_DIR => {
            let locale = parts.next().unwrap_or_default();
            match site.catalogs.iter().position(|c| c.locale.code == locale) {
                Some(index) if locale != site.config.source_locale => {
                    reload_locale(site, index).map(|()| Change::Locale(index))
                }
                _ => Ok(Change::Everything),
            }
        }
        // The contacts registry (or any other YAML the content folder
        // holds) touches every page; anything else there is not read.
        crate::project::CONTENT_DIR
            if relative
                .extension()
                .is_some_and(|extension| extension == "yaml" || extension == "yml") =>
        {
            Ok(Change::Everything)
        }
        crate::project::CONTENT_DIR => Ok(Change::Nothing),
        crate::project::TEMPLATES_DIR if relative.extension().is_some_and(|extension| extension == "typ") => {
            Ok(Change::LeafletTemplate)
        }
        crate::project::TEMPLATES_DIR => Ok(Change::Templates),
        _ => Ok(Change::Everything),
    }
}

/// Reads one locale's files again.
fn reload_locale(site: &mut Site, index: usize) -> anyhow::Result<()> {
    let slugs: Vec<&str> = site.pages.iter().map(|page| page.front.slug.as_str()).collect();
    let locale = site.catalogs[index].locale.clone();
    let (mut catalogs, _) = l10n::load(&site.root, std::slice::from_ref(&locale), &slugs)?;
    if let Some(catalog) = catalogs.pop() {
        site.catalogs[index] = Arc::new(catalog);
    }
    Ok(())
}

/// Parses page `page` again (its English document and units).
fn refresh_source(state: &mut State, page: usize) {
    let site = &state.site;
    let (mut sources, found) = l10n::sources::load_range(
        site.source_catalog(),
        &site.registry,
        &site.pages,
        page..page + 1,
        site.source_options(),
    );
    state.source_findings[page] = found.into_iter().map(shown_in_page).collect();
    if let Some(source) = sources.pages.pop() {
        state.sources.pages[page] = source;
    }
}

/// The index of the page a finding is about, if it is about one page.
fn page_of(site: &Site, diagnostic: &Diagnostic) -> Option<usize> {
    let path = &diagnostic.span.path;
    site.pages.iter().position(|page| &page.path == path).or_else(|| {
        let stem = path.file_stem()?.to_string_lossy().to_string();
        site.pages.iter().position(|page| page.front.slug == stem)
    })
}

/// A finding the preview shows in the page rather than as an error.
fn shown_in_page(mut diagnostic: Diagnostic) -> Diagnostic {
    if localize::SHOWN_IN_PREVIEW.contains(&diagnostic.code) {
        diagnostic.severity = diag::Severity::Warning;
    }
    diagnostic
}

/// Every (locale, page) pair.
fn all_cells(n_locales: usize, n_pages: usize) -> Vec<(usize, usize)> {
    (0..n_locales)
        .flat_map(|locale| (0..n_pages).map(move |page| (locale, page)))
        .collect()
}

/// Localizes (page, locale) `cells` again; returns whether the title or
/// summary of any changed (what the locale lists show).
fn localize_cells(state: &mut State, cells: &[(usize, usize)]) -> bool {
    let site = &state.site;
    let context = localize::Context {
        pages: &site.pages,
        sources: &state.sources,
        registry: &site.registry,
        source_locale: &site.config.source_locale,
        check: true,
        preview: site.source_catalog(),
    };
    let results: Vec<localize::Localized> = cells
        .par_iter()
        .map(|(locale, page)| localize::localize(&context, &site.catalogs[*locale], *page))
        .collect();
    let mut summaries_changed = false;
    for ((locale, page), localized) in cells.iter().zip(results) {
        state.localized_findings[*locale][*page] =
            localized.diagnostics.into_iter().map(shown_in_page).collect();
        let before = state.localized[*locale][*page]
            .as_ref()
            .map(|page| (&page.title, &page.summary));
        let after = localized.page.as_ref().map(|page| (&page.title, &page.summary));
        summaries_changed |= before != after;
        state.localized[*locale][*page] = localized.page;
    }
    summaries_changed
}

/// Which of the site-wide files a rebuild renders again.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SiteWide {
    None,
    /// Each locale's home page and leaflet index.
    Lists,
    /// Those and the root files (language choice, 404, sitemap, assets).
    All,
}

/// A (locale, page) rendered: what it built and its problems.
type RenderedCell = ((usize, usize), (Built, Vec<Diagnostic>));

/// Renders the localized (locale, page) `cells`, the site-wide files
/// `lists` asks for, checks the pseudo-locale of `english_pages` and the
/// links of what was rendered (every link when anchors or files changed);
/// returns the files made. Findings go into the state.
fn render(
    state: &mut State,
    cells: &[(usize, usize)],
    site_wide: SiteWide,
    english_pages: &BTreeSet<usize>,
) -> anyhow::Result<Files> {
    let Some(tera) = state.tera.as_ref() else {
        return Ok(Files::new());
    };
    let site = &state.site;
    let catalogs: Vec<&Arc<Catalog>> = site.catalogs.iter().collect();
    let input = render::html::Input {
        config: &site.config,
        pages: &site.pages,
        catalogs: &catalogs,
        fallback: site
            .catalogs
            .iter()
            .find(|c| c.locale.code == site.config.source_locale),
    };
    let memory = render::Memory::default();
    let html_options = render::html::Options {
        minify: false,
        index_links: true,
    };
    let renderer = render::html::Renderer::new(input, tera, html_options, &memory);
    let rendered: Vec<RenderedCell> = cells
        .par_iter()
        .filter_map(|(locale, page)| {
            let text = state.localized[*locale][*page].as_ref()?;
            Some(
                renderer
                    .pages(&[(*locale, text)])
                    .map(|result| ((*locale, *page), result)),
            )
        })
        .collect::<anyhow::Result<_>>()?;
    let mut made = Built::default();
    for ((locale, page), (built, found)) in rendered {
        state.render_findings[locale][page] = found;
        made.append(built);
    }
    let mut every_link = false;
    if site_wide != SiteWide::None {
        let summaries: Vec<Vec<render::html::Summary>> = state
            .localized
            .iter()
            .map(|pages| pages.iter().flatten().map(render::html::Summary::of).collect())
            .collect();
        let (built, found) = renderer.lists(&summaries)?;
        made.append(built);
        state.list_findings = found;
    }
    if site_wide == SiteWide::All {
        let (built, found) = renderer.site_files(&site.assets)?;
        made.append(built);
        state.site_file_findings = found;
        // Leaflets are typeset when asked for; links to them are good.
        for catalog in &site.catalogs {
            for page in site.pages.iter().filter(|page| page.front.leaflet.is_some()) {
                made.add_plain(
                    Route::Leaflet {
                        locale: &catalog.locale.code,
                        slug: &page.front.slug,
                    }
                    .path(),
                );
            }
        }
        every_link = true;
    }
    // A link elsewhere may point at what changed: check every link when a
    // file or an anchor is new or gone, else only the rendered files'.
    let merged = state.built.merge(made);
    every_link |= merged.anchors_changed;
    let checked = merged.files;
    let mut reported = l10n::pseudo::Reported::new();
    for run in contiguous_runs(english_pages) {
        let (pseudo_sources, _) = l10n::sources::load_range(
            site.source_catalog(),
            &site.registry,
            &site.pages,
            run.clone(),
            site.source_options(),
        );
        let found = crate::check_pseudo_locale(site, &pseudo_sources, tera, &mut reported)?;
        for page in run.clone() {
            state.pseudo_findings[page].clear();
        }
        // The pseudo-locale names a template, not a page: keep its findings
        // with the first page of the run.
        state.pseudo_findings[run.start].extend(found);
    }
    let only = (!every_link).then_some(checked.as_slice());
    let found = validate::links::check_internal_by_file(&state.built, &site.pages, &site.config, only);
    if only.is_none() {
        state.link_findings.clear();
    }
    for (file, findings) in found {
        let file = file as usize;
        if state.link_findings.len() <= file {
            state.link_findings.resize_with(file + 1, Vec::new);
        }
        state.link_findings[file] = findings;
    }
    Ok(memory.into_files())
}

/// Reads and compiles the templates again.
fn reload_templates(state: &mut State, root: &Path) -> anyhow::Result<()> {
    let (templates, mut found) = content::load_templates(root)?;
    state.site.templates = templates;
    let (tera, compiled) = render::templates::compile(&state.site.templates);
    found.extend(compiled);
    state.tera = tera;
    state.template_findings = found;
    Ok(())
}

/// `pages` as runs of consecutive indexes.
fn contiguous_runs(pages: &BTreeSet<usize>) -> Vec<std::ops::Range<usize>> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    for page in pages {
        match runs.last_mut() {
            Some(run) if run.end == *page => run.end += 1,
            _ => runs.push(*page..*page + 1),
        }
    }
    runs
}
