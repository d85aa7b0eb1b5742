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
//! for, and so is the search index: the search pages are rendered with
//! the lists, and the index is built from the pages as they are now when
//! a search page first asks for one of its files after a change (by the
//! same stage as the build). Nothing here writes a file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::{self, Diagnostic};
use crate::findings::{Findings, Scope, Stage};
use crate::key::{self, Cell, LocaleId, PageId};
use crate::l10n::localize::LocalizedPage;
use crate::l10n::sources::Sources;
use crate::l10n::{self, FtlText};
use crate::project::LOCALES_DIR;
use crate::render::route::Route;
use crate::render::{self, Built, Files};
use crate::stages::{Mode, Stages};
use crate::{Options, Site, content};

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
    /// After a template save: the cells not rendered with the new
    /// templates yet (the open pages went first, as in Hugo's fast render).
    pending: Vec<Cell>,
    /// The search index's files, and the version they were built for.
    search: Option<(u64, Files)>,
    /// Each language's part of the index as last built, so a rebuild
    /// indexes only the languages whose pages changed.
    search_cache: render::search::MemoryCache,
}

/// What the preview keeps of a loaded site.
struct State {
    site: Site,
    tera: Option<tera::Tera>,
    sources: Sources,
    /// `[locale][page]`: each page in each locale (`None` where it failed).
    localized: Vec<Vec<Option<LocalizedPage>>>,
    built: Built,
    /// Every finding of the current text, replaced scope by scope as what
    /// they are about is rebuilt.
    findings: Findings,
    /// The headers every file is served with (as a host would send them).
    host: crate::render::host::Table,
}

impl State {
    fn localized(&self, cell: Cell) -> Option<&LocalizedPage> {
        self.localized
            .get(cell.locale.index())?
            .get(cell.page.index())?
            .as_ref()
    }
}

/// What a rebuild did.
#[derive(Debug, Clone)]
pub struct Rebuild {
    pub elapsed: std::time::Duration,
    /// (page, locale) pairs localized and rendered again.
    pub n_rendered: usize,
    /// Whether everything was loaded and rendered again.
    pub full: bool,
    /// Pages still to be rendered and checked after this step (the open
    /// pages of a template save went first).
    pub n_pending: usize,
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
            pending: Vec::new(),
            search: None,
            search_cache: render::search::MemoryCache::default(),
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

    /// The headers a host sends with the file at `path` (inside the site),
    /// from the same table as the build's host files; none until
    /// `site.yaml` loads.
    pub fn headers(&self, path: &Path) -> Vec<crate::render::host::Header> {
        self.state.as_ref().map_or_else(Vec::new, |state| {
            state.host.headers(path).into_iter().cloned().collect()
        })
    }

    /// How many pages are still to be rendered with the templates last
    /// saved (the open ones went first).
    pub fn n_pending(&self) -> usize {
        self.pending.len()
    }

    /// Rebuilds what `changed` (paths inside the project) can affect. A
    /// template save renders the pages in `open` (output paths of pages a
    /// browser shows) first and leaves the rest pending, for
    /// `continue_pending`, as Hugo's fast render does; with nothing open,
    /// everything is rendered at once.
    pub fn apply(&mut self, changed: &[PathBuf], open: &[PathBuf]) -> anyhow::Result<Rebuild> {
        let start = std::time::Instant::now();
        let Some(state) = self.state.as_mut() else {
            return self.rebuild_all();
        };
        let mut pages: BTreeSet<PageId> = BTreeSet::new();
        let mut locales: BTreeSet<LocaleId> = BTreeSet::new();
        let mut cells: BTreeSet<Cell> = BTreeSet::new();
        let mut templates = false;
        let mut front_matter_changed = false;
        for path in changed {
            match classify(state, &self.options.root, path)? {
                Change::Everything => return self.rebuild_all(),
                Change::Nothing => {}
                Change::LeafletTemplate => self.typesetter = None,
                Change::Templates => templates = true,
                Change::Page { page, front_matter } => {
                    pages.insert(page);
                    front_matter_changed |= front_matter;
                }
                Change::Locale(locale) => {
                    locales.insert(locale);
                }
                Change::Translation(cell) => {
                    cells.insert(cell);
                }
            }
        }
        let n_pages = state.site.pages.len();
        for page in &pages {
            cells.extend(state.site.locales().map(|locale| Cell::new(locale, *page)));
            refresh_source(state, &self.options, *page);
        }
        for locale in &locales {
            cells.extend((0..n_pages).map(|page| Cell::new(*locale, PageId::new(page))));
        }
        let cells: Vec<Cell> = cells.into_iter().collect();
        let summaries_changed = localize_cells(state, &self.options, &cells) || front_matter_changed;
        if templates {
            reload_templates(state, &self.options.root)?;
        }
        let first: Vec<Cell> = if templates {
            open.iter().filter_map(|path| cell_of(state, path)).collect()
        } else {
            Vec::new()
        };
        if !first.is_empty() {
            // The open pages now, with their findings; the rest when the
            // server asks (`continue_pending`), between requests.
            let every_cell = key::cells(state.site.locales(), 0..n_pages);
            self.pending = every_cell
                .into_iter()
                .filter(|cell| !first.contains(cell))
                .collect();
            let files = render(
                state,
                &self.options,
                &first,
                SiteWide::None,
                &BTreeSet::new(),
                false,
            )?;
            self.files.extend(files);
            self.version += 1;
            self.diagnostics = state.findings.sorted();
            return Ok(Rebuild {
                elapsed: start.elapsed(),
                n_rendered: first.len(),
                full: false,
                n_pending: self.pending.len(),
            });
        }
        let (files, n_rendered) = if templates {
            self.pending.clear();
            let all_pages: BTreeSet<PageId> = (0..n_pages).map(PageId::new).collect();
            let every_cell = key::cells(state.site.locales(), 0..n_pages);
            let n_cells = every_cell.len();
            let files = render(state, &self.options, &every_cell, SiteWide::All, &all_pages, true)?;
            (files, n_cells)
        } else {
            let lists = if summaries_changed {
                SiteWide::Lists
            } else {
                SiteWide::None
            };
            // Cells rendered now need not wait for the pending round.
            self.pending.retain(|cell| !cells.contains(cell));
            (
                render(state, &self.options, &cells, lists, &pages, true)?,
                cells.len(),
            )
        };
        self.files.extend(files);
        self.finish_rebuild();
        self.version += 1;
        Ok(Rebuild {
            elapsed: start.elapsed(),
            n_rendered,
            full: false,
            n_pending: self.pending.len(),
        })
    }

    /// Renders up to `max_cells` of the pages a template save left pending
    /// (the one at `first`, when it is among them, before any other); when
    /// none are left, renders the site-wide files and checks every link
    /// and the pseudo-locale, and returns the finished rebuild. The server
    /// calls it between requests, so pages stay served meanwhile.
    pub fn continue_pending(
        &mut self,
        max_cells: usize,
        first: Option<&Path>,
    ) -> anyhow::Result<Option<Rebuild>> {
        let start = std::time::Instant::now();
        let Some(state) = self.state.as_mut() else {
            self.pending.clear();
            return Ok(None);
        };
        if self.pending.is_empty() {
            return Ok(None);
        }
        let wanted = first.and_then(|path| cell_of(state, path));
        let mut chunk: Vec<Cell> = match wanted {
            Some(cell) if self.pending.contains(&cell) => vec![cell],
            _ => Vec::new(),
        };
        self.pending.retain(|cell| !chunk.contains(cell));
        if chunk.is_empty() {
            if max_cells == 0 {
                return Ok(None);
            }
            let take = max_cells.min(self.pending.len());
            chunk = self.pending.drain(..take).collect();
        }
        let files = render(
            state,
            &self.options,
            &chunk,
            SiteWide::None,
            &BTreeSet::new(),
            false,
        )?;
        self.files.extend(files);
        if !self.pending.is_empty() {
            return Ok(None);
        }
        let n_pages = state.site.pages.len();
        let all_pages: BTreeSet<PageId> = (0..n_pages).map(PageId::new).collect();
        let files = render(state, &self.options, &[], SiteWide::All, &all_pages, true)?;
        self.files.extend(files);
        self.finish_rebuild();
        // Open pages reload once more: the note that other pages are being
        // checked goes, and any problem they have is listed.
        self.version += 1;
        Ok(Some(Rebuild {
            elapsed: start.elapsed(),
            n_rendered: n_pages * state_locales(self.state.as_ref()),
            full: false,
            n_pending: 0,
        }))
    }

    /// Loads everything from disk and renders every page in every locale.
    fn rebuild_all(&mut self) -> anyhow::Result<Rebuild> {
        let start = std::time::Instant::now();
        let (site, loaded) = crate::site::load(&self.options.root)?;
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
                n_pending: 0,
            });
        };
        let mut findings = Findings::default();
        let (templates_found, loaded): (Vec<Diagnostic>, Vec<Diagnostic>) = loaded
            .into_iter()
            .partition(|diagnostic| diagnostic.span.path.starts_with(crate::project::TEMPLATES_DIR));
        findings.add(Stage::Load, Scope::Site, loaded);
        findings.add(Stage::Templates, Scope::Site, templates_found);
        let stages = Stages::new(&site, Mode::Preview, &self.options);
        let (tera, found) = stages.templates();
        findings.add(Stage::Templates, Scope::Site, found);
        let n_pages = site.pages.len();
        let (sources, found) = stages.sources(0..n_pages);
        for (scope, found) in found {
            findings.add(Stage::Source, scope, found);
        }
        let every_cell = key::cells(site.locales(), 0..n_pages);
        let host = stages.host_table().clone();
        let mut state = State {
            host,
            localized: site.catalogs.iter().map(|_| vec![None; n_pages]).collect(),
            site,
            tera,
            sources,
            built: Built::default(),
            findings,
        };
        localize_cells(&mut state, &self.options, &every_cell);
        let all_pages: BTreeSet<PageId> = (0..n_pages).map(PageId::new).collect();
        let mut files = render(
            &mut state,
            &self.options,
            &every_cell,
            SiteWide::All,
            &all_pages,
            true,
        )?;
        self.pending.clear();
        // Files of the last good rendering that this one could not make stay.
        for (path, bytes) in std::mem::take(&mut self.files) {
            files.entry(path).or_insert(bytes);
        }
        self.files = files;
        self.state = Some(state);
        self.finish_rebuild();
        self.version += 1;
        Ok(Rebuild {
            elapsed: start.elapsed(),
            n_rendered: every_cell.len(),
            full: true,
            n_pending: 0,
        })
    }

    /// Runs the site-wide checks again (their input may have changed with
    /// any save) and gathers every finding of the current state.
    fn finish_rebuild(&mut self) {
        let Some(state) = self.state.as_mut() else { return };
        let stages = Stages::new(&state.site, Mode::Preview, &self.options);
        state
            .findings
            .replace(Stage::Check, Scope::Site, stages.check_loaded());
        // Files nothing uses (a page saved under a wrong extension, a
        // misspelt locale folder) are listed again after every save.
        let loaded_cleanly = ![Stage::Load, Stage::Templates].iter().any(|stage| {
            state
                .findings
                .get(*stage, Scope::Site)
                .iter()
                .any(Diagnostic::is_error)
        });
        let files = match stages.check_files(loaded_cleanly) {
            Ok(found) => found,
            Err(error) => vec![Diagnostic::warning(
                "file/unreadable",
                diag::Span::file(Path::new(".")),
                format!("could not list the project's files: {error:#}"),
            )],
        };
        state.findings.replace(Stage::Files, Scope::Site, files);
        let (_, found) = stages.check_interface();
        state.findings.replace(Stage::Interface, Scope::Site, found);
        self.diagnostics = state.findings.sorted();
    }

    /// The leaflet at `path` (its route inside the site: any format, a
    /// bilingual edition, or the copy at `leaflet.pdf`), typeset now from
    /// the current text, if the page asks for one. `None` when `path` is
    /// no leaflet of this site.
    pub fn leaflet(&mut self, path: &Path) -> anyhow::Result<Option<Result<Vec<u8>, Vec<Diagnostic>>>> {
        let Some(state) = self.state.as_ref() else {
            return Ok(None);
        };
        let site = &state.site;
        let path_text = path.to_string_lossy().replace('\\', "/");
        let codes: Vec<&str> = site.catalogs.iter().map(|c| c.locale.code.as_str()).collect();
        let Some(route) = Route::parse(&path_text, &codes) else {
            return Ok(None);
        };
        let (locale, slug, beside) = match route {
            Route::Leaflet {
                locale, slug, beside, ..
            } => (locale, slug, beside),
            Route::LeafletCopy { locale, slug } => (locale, slug, None),
            _ => return Ok(None),
        };
        let (Some(locale), Some(page)) = (site.locale_of(locale), site.page_of(slug)) else {
            return Ok(None);
        };
        let code = &site.catalog(locale).locale.code;
        let exists = render::route::leaflet_routes(&site.config, site.page(page), code).contains(&route);
        if !exists {
            return Ok(None);
        }
        let mut texts = Vec::new();
        if let Some(beside) = beside.and_then(|beside| site.locale_of(beside)) {
            texts.extend(state.localized(Cell::new(beside, page)));
        }
        let Some(text) = state.localized(Cell::new(locale, page)) else {
            return Ok(None);
        };
        texts.push(text);
        let stages = Stages::new(site, Mode::Preview, &self.options);
        if self.typesetter.is_none() {
            let (typesetter, found) = stages.typesetter()?;
            if !found.is_empty() || typesetter.is_none() {
                return Ok(Some(Err(found)));
            }
            self.typesetter = typesetter;
        }
        let Some(typesetter) = self.typesetter.as_ref() else {
            return Ok(None);
        };
        let memory = render::Memory::default();
        let (_, _, found) = stages.leaflets(typesetter, &texts, &memory, Some(&route))?;
        if !found.is_empty() {
            return Ok(Some(Err(found)));
        }
        Ok(memory.into_files().remove(path).map(Ok))
    }
}

/// The cell whose page is at output path `path`, if it is a page.
fn cell_of(state: &State, path: &Path) -> Option<Cell> {
    let site = &state.site;
    let text = path.to_string_lossy().replace('\\', "/");
    let codes: Vec<&str> = site
        .catalogs
        .iter()
        .map(|catalog| catalog.locale.code.as_str())
        .collect();
    let Some(Route::Page { locale, slug }) = Route::parse(&text, &codes) else {
        return None;
    };
    Some(Cell::new(site.locale_of(locale)?, site.page_of(slug)?))
}

/// How many locales the loaded site has (none before it loads).
fn state_locales(state: Option<&State>) -> usize {
    state.map_or(0, |state| state.site.catalogs.len())
}

impl Preview {
    /// A file of the search index (`path` inside the site: `pagefind/…`),
    /// building the index first if the site changed since it was last
    /// built. `None` when the site has no search or no such file.
    pub fn search_file(&mut self, path: &Path) -> anyhow::Result<Option<Vec<u8>>> {
        let Some(state) = self.state.as_mut() else {
            return Ok(None);
        };
        let stages = Stages::new(&state.site, Mode::Preview, &self.options);
        let fresh = self
            .search
            .as_ref()
            .is_some_and(|(version, _)| *version == self.version);
        if !fresh {
            let Some(mut index) = stages.search_index() else {
                return Ok(None);
            };
            // Locale by locale, each in page order: the order a build adds
            // them in, as far as each language's part of the index goes.
            let pages: Vec<&LocalizedPage> = stages
                .shown()
                .iter()
                .flat_map(|locale| state.localized[locale.index()].iter().flatten())
                .collect();
            stages.index_pages(&mut index, &pages)?;
            let memory = render::Memory::default();
            let (_, found) = stages.write_search(index, &memory, &self.search_cache)?;
            state.findings.replace(Stage::Search, Scope::Site, found);
            self.diagnostics = state.findings.sorted();
            self.search = Some((self.version, memory.into_files()));
        }
        Ok(self
            .search
            .as_ref()
            .and_then(|(_, files)| files.get(path).cloned()))
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
    /// An English page; whether its front matter changed.
    Page {
        page: PageId,
        front_matter: bool,
    },
    /// A locale's interface files or record.
    Locale(LocaleId),
    /// One page's translation in one locale.
    Translation(Cell),
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
            let page = PageId::new(index);
            match content::parse_page(relative, &bytes) {
                Ok(parsed) if parsed.front.slug == site.pages[index].front.slug => {
                    let front_matter = parsed.front_matter_text() != site.pages[index].front_matter_text();
                    site.pages[index] = parsed;
                    Ok(Change::Page { page, front_matter })
                }
                Ok(_) => Ok(Change::Everything),
                Err(found) => {
                    // Half-saved or broken: keep the page as it was, say why.
                    state.findings.replace(Stage::Source, Scope::Page(page), found);
                    Ok(Change::Nothing)
                }
            }
        }
        LOCALES_DIR if relative.extension().is_some_and(|extension| extension == "ftl") => {
            let code = parts.next().unwrap_or_default();
            let Some(locale) = site.locale_of(&code) else {
                return Ok(Change::Nothing);
            };
            let stem = relative
                .file_stem()
                .map(|stem| stem.to_string_lossy().to_string())
                .unwrap_or_default();
            let page = site.page_of(&stem);
            let is_source = code == site.config.source_locale;
            match (page, Arc::get_mut(&mut site.catalogs[locale.index()])) {
                (Some(page), Some(catalog)) => {
                    // Unreadable, too large or not UTF-8: an empty file,
                    // whose translations are all missing, until it is fixed.
                    let source = std::fs::read(root.join(relative))
                        .ok()
                        .and_then(|bytes| crate::project::decode(relative, &bytes).ok())
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
                            page,
                            front_matter: false,
                        }
                    } else {
                        Change::Translation(Cell::new(locale, page))
                    })
                }
                _ if is_source => Ok(Change::Everything),
                _ => reload_locale(site, locale).map(|()| Change::Locale(locale)),
            }
        }
        LOCALES_DIR => {
            let code = parts.next().unwrap_or_default();
            match site.locale_of(&code) {
                Some(locale) if code != site.config.source_locale => {
                    reload_locale(site, locale).map(|()| Change::Locale(locale))
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
fn reload_locale(site: &mut Site, locale: LocaleId) -> anyhow::Result<()> {
    let slugs: Vec<&str> = site.pages.iter().map(|page| page.front.slug.as_str()).collect();
    let config_locale = site.catalog(locale).locale.clone();
    let (mut catalogs, _) = l10n::load(&site.root, std::slice::from_ref(&config_locale), &slugs)?;
    if let Some(catalog) = catalogs.pop() {
        site.catalogs[locale.index()] = Arc::new(catalog);
    }
    Ok(())
}

/// Parses page `page` again (its English document and units).
fn refresh_source(state: &mut State, options: &Options, page: PageId) {
    let stages = Stages::new(&state.site, Mode::Preview, options);
    let (mut sources, found) = stages.sources(page.index()..page.index() + 1);
    // Everything found reading this page is about this page.
    let found: Vec<Diagnostic> = found.into_iter().flat_map(|(_, found)| found).collect();
    state.findings.replace(Stage::Source, Scope::Page(page), found);
    if let Some(source) = sources.pages.pop() {
        state.sources.pages[page.index()] = source;
    }
}

/// Localizes `cells` again; returns whether the title or summary of any
/// changed (what the locale lists show).
fn localize_cells(state: &mut State, options: &Options, cells: &[Cell]) -> bool {
    let stages = Stages::new(&state.site, Mode::Preview, options);
    // The preview renders every locale, whatever its interface gate says.
    let results = stages.localize(&state.sources, cells, &[]);
    let mut summaries_changed = false;
    for result in results {
        let cell = result.cell;
        state
            .findings
            .replace(Stage::Localize, Scope::Cell(cell), result.diagnostics);
        let slot = &mut state.localized[cell.locale.index()][cell.page.index()];
        let before = slot.as_ref().map(|page| (&page.title, &page.summary));
        let after = result.page.as_ref().map(|page| (&page.title, &page.summary));
        summaries_changed |= before != after;
        *slot = result.page;
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

/// Renders the localized `cells`, the site-wide files `site_wide` asks
/// for, checks the pseudo-locale of `english_pages` and, with
/// `check_links`, the links of what was rendered (every link when anchors
/// or files changed); returns the files made. Findings go into the state.
fn render(
    state: &mut State,
    options: &Options,
    cells: &[Cell],
    site_wide: SiteWide,
    english_pages: &BTreeSet<PageId>,
    check_links: bool,
) -> anyhow::Result<Files> {
    let Some(tera) = state.tera.as_ref() else {
        return Ok(Files::new());
    };
    let site = &state.site;
    let stages = Stages::new(site, Mode::Preview, options);
    let memory = render::Memory::default();
    let renderer = stages.renderer(tera, &memory);
    let pages: Vec<&LocalizedPage> = cells.iter().filter_map(|cell| state.localized(*cell)).collect();
    let (mut made, problems) = renderer.pages(&pages, &render::leaflet::Sizes::new())?;
    for cell in cells {
        state
            .findings
            .replace(Stage::Render, Scope::Cell(*cell), Vec::new());
    }
    for (cell, problem) in problems {
        state
            .findings
            .add(Stage::Render, Scope::Cell(cell), vec![problem]);
    }
    // Leaflets are typeset when asked for, so links to every leaflet of
    // the rendered pages are good (also formats a changed front matter
    // just asked for).
    for cell in cells {
        let code = &site.catalog(cell.locale).locale.code;
        for route in render::route::leaflet_routes(&site.config, site.page(cell.page), code) {
            made.add_plain(route.path());
        }
    }
    let mut every_link = false;
    if site_wide != SiteWide::None {
        let summaries: Vec<Vec<render::html::Summary>> = state
            .localized
            .iter()
            .map(|pages| pages.iter().flatten().map(render::html::Summary::of).collect())
            .collect();
        let (built, found) = renderer.lists(&summaries, &render::leaflet::Sizes::new())?;
        made.append(built);
        state.findings.replace(Stage::Lists, Scope::Site, found);
    }
    if site_wide == SiteWide::All {
        let (built, found) = renderer.site_files(&site.assets)?;
        made.append(built);
        state.findings.replace(Stage::SiteFiles, Scope::Site, found);
        // The search index is built when asked for (`Preview::search_file`),
        // and the search pages link to its script.
        made.append(stages.search_placeholder());
        every_link = true;
    }
    // A link elsewhere may point at what changed: check every link when a
    // file or an anchor is new or gone, else only the rendered files'.
    let merged = state.built.merge(made);
    every_link |= merged.anchors_changed;
    let checked = merged.files;
    let mut reported = l10n::pseudo::Reported::new();
    for run in contiguous_runs(english_pages) {
        let (pseudo_sources, _) = stages.sources(run.clone());
        let found = stages.pseudo_locale(&pseudo_sources, tera, &mut reported)?;
        for page in run.clone() {
            state
                .findings
                .replace(Stage::PseudoLocale, Scope::Page(PageId::new(page)), Vec::new());
        }
        // The pseudo-locale names a template, not a page: keep its findings
        // with the first page of the run.
        state
            .findings
            .add(Stage::PseudoLocale, Scope::Page(PageId::new(run.start)), found);
    }
    if !check_links {
        return Ok(memory.into_files());
    }
    let only = (!every_link).then_some(checked.as_slice());
    let found = stages.internal_links_by_file(&state.built, only);
    if only.is_none() {
        state.findings.clear_stage(Stage::InternalLinks);
    }
    for (file, found) in found {
        state
            .findings
            .replace(Stage::InternalLinks, Scope::LinkedFile(file), found);
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
    state.findings.replace(Stage::Templates, Scope::Site, found);
    Ok(())
}

/// `pages` as runs of consecutive indexes.
fn contiguous_runs(pages: &BTreeSet<PageId>) -> Vec<std::ops::Range<usize>> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    for page in pages {
        let page = page.index();
        match runs.last_mut() {
            Some(run) if run.end == page => run.end += 1,
            _ => runs.push(page..page + 1),
        }
    }
    runs
}
