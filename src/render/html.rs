//! HTML pages: builds the template context of each localized page, renders
//! it with Tera (the `t()` function bound to that locale's catalog),
//! minifies it and records the links and anchors it contains, every
//! (page, locale) of a batch in parallel. Then the locale home pages,
//! leaflet indexes and search pages (from each page's title and summary),
//! the language choice at the root, 404.html and sitemap.xml.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;

use super::assets::Assets;
use super::host::Policy;
use super::leaflet::Sizes as LeafletSizes;
use super::route::Route;
use super::sitemap;
use super::{Built, LinkSource, Sink};
use crate::config::{Config, ReviewState};
use crate::content::Page;
use crate::diag::{Diagnostic, Span};
use crate::key::{Cell, LocaleId, PageId};
use crate::l10n::localize::LocalizedPage;
use crate::l10n::{Catalog, Translate};
use crate::project::TEMPLATES_DIR;

/// What the HTML renderer reads.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub config: &'a Config,
    pub pages: &'a [Page],
    /// Every locale's catalog, by `LocaleId`.
    pub catalogs: &'a [Arc<Catalog>],
    /// The locales the site shows (pages are rendered in these only), in
    /// the order language switchers list them: the published ones for a
    /// build, every one in the preview.
    pub shown: &'a [LocaleId],
    /// For the preview: where messages a locale lacks are taken from.
    pub fallback: Option<&'a Arc<Catalog>>,
    /// The static files as published, for the templates' `asset()`.
    pub assets: &'a Arc<Assets>,
    /// The Content-Security-Policy of every page but the search pages
    /// (`render::host`): its meta form goes into the pages as `site.csp`.
    pub policy: &'a Policy,
    /// The search pages' policy (`render::host`), in their `site.csp`.
    pub search_policy: &'a Policy,
}

/// What a locale's home page and leaflet index show of a page.
#[derive(Debug, Clone)]
pub struct Summary {
    pub page: PageId,
    pub title: String,
    pub summary: String,
}

impl Summary {
    pub fn of(page: &LocalizedPage) -> Summary {
        Summary {
            page: page.cell.page,
            title: page.title.clone(),
            summary: page.summary.clone(),
        }
    }
}

/// How to render.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Minify the HTML (`output.minify`).
    pub minify: bool,
    /// Record every page's links and anchors for the link checks.
    pub index_links: bool,
}

/// What `page.html` receives as `page`.
#[derive(Serialize)]
struct PageContext<'a> {
    title: &'a str,
    summary: &'a str,
    slug: &'a str,
    body: &'a str,
    toc: Vec<TocEntry<'a>>,
    last_reviewed: String,
    last_reviewed_text: &'a str,
    applies_to: String,
    contacts: &'a [crate::l10n::localize::ContactView],
    /// The page's leaflets in its own locale: each format, then each
    /// bilingual edition.
    leaflets: Vec<LeafletLink>,
    canonical: String,
}

/// A link to one leaflet file, as pages and the leaflet index list them.
#[derive(Serialize)]
struct LeafletLink {
    url: String,
    /// The format's name in the locale of the page that links
    /// (`leaflet-format-a4`), or for an edition `leaflet-bilingual`.
    label: String,
    /// The PDF's language (the reader's, for an edition).
    hreflang: String,
    /// `leaflet-file-size` ("PDF, 212 KB"), when the leaflet was built in
    /// this run (the preview typesets leaflets only when opened).
    size: Option<String>,
    /// The size in KB (1,024 bytes), rounded up.
    kilobytes: Option<u64>,
}

/// One locale's leaflets of a page, as the leaflet index lists them.
#[derive(Serialize)]
struct LeafletLanguage {
    code: String,
    /// The language's own name for itself.
    name: String,
    dir: &'static str,
    files: Vec<LeafletLink>,
}

#[derive(Serialize)]
struct TocEntry<'a> {
    id: &'a str,
    text: &'a str,
}

/// An `hreflang` alternate of a page.
#[derive(Serialize)]
struct Alternate<'a> {
    hreflang: &'a str,
    href: String,
}

#[derive(Serialize, Clone)]
struct LanguageLink {
    code: String,
    name: String,
    dir: &'static str,
    url: String,
    current: bool,
}

/// Renders the site's HTML: made once a run, then asked for batches of
/// pages, the locale lists and the site-wide files.
pub struct Renderer<'a> {
    shared: Shared<'a>,
    /// By `LocaleId`; a renderer for each shown locale.
    locales: Vec<Option<LocaleRenderer<'a>>>,
}

/// What every page of the run shares, computed once.
struct Shared<'a> {
    input: Input<'a>,
    options: Options,
    sink: &'a dyn Sink,
    base_url: String,
    site: serde_json::Value,
    /// `site` as the search pages see it: the same, with the search pages'
    /// Content-Security-Policy.
    search_site: serde_json::Value,
    /// Each shown locale's own name for itself (`language-name`), in the
    /// order of `Input::shown`.
    language_names: Vec<String>,
}

/// One locale's renderer: the templates with `t()` speaking its language.
struct LocaleRenderer<'a> {
    locale: LocaleId,
    catalog: &'a Arc<Catalog>,
    tera: tera::Tera,
    lang: serde_json::Value,
}

/// A rendered HTML file (already in the sink) with what the link checks
/// need from it.
struct RenderedFile {
    path: PathBuf,
    anchors: Vec<String>,
    links: Vec<(String, LinkSource)>,
}

/// A rendered file, a template problem, or a failure to write (which stops
/// the run).
type Rendering = anyhow::Result<Result<RenderedFile, Diagnostic>>;

impl<'a> Renderer<'a> {
    /// Compiles nothing (the templates are compiled): prepares each
    /// locale's templates with its `t()` and what every page shares.
    pub fn new(input: Input<'a>, tera: &tera::Tera, options: Options, sink: &'a dyn Sink) -> Renderer<'a> {
        let site = json!({
            "base_url": input.config.base_url(),
            "exit_url": input.config.exit_url,
            "feedback_url": input.config.feedback_url.clone().unwrap_or_default(),
            "csp": input.policy.meta(),
            "search": input.config.search.enabled,
        });
        let mut search_site = site.clone();
        search_site["csp"] = json!(input.search_policy.meta());
        let shared = Shared {
            input,
            options,
            sink,
            base_url: input.config.base_url(),
            site,
            search_site,
            language_names: input
                .shown
                .iter()
                .map(|locale| {
                    let catalog = &input.catalogs[locale.index()];
                    catalog
                        .format("language-name", &[])
                        .unwrap_or_else(|_| catalog.locale.code.clone())
                })
                .collect(),
        };
        let mut locales: Vec<Option<LocaleRenderer<'a>>> = input.catalogs.iter().map(|_| None).collect();
        for locale in input.shown {
            let catalog = &input.catalogs[locale.index()];
            locales[locale.index()] = Some(LocaleRenderer {
                locale: *locale,
                catalog,
                tera: tera_for(tera, catalog, input.fallback, input.assets),
                lang: json!({
                    "code": catalog.locale.code,
                    "dir": catalog.locale.dir(),
                    "draft": catalog.locale.review == ReviewState::Draft,
                }),
            });
        }
        Renderer { shared, locales }
    }

    fn locale(&self, locale: LocaleId) -> anyhow::Result<&LocaleRenderer<'a>> {
        self.locales
            .get(locale.index())
            .and_then(Option::as_ref)
            .ok_or_else(|| anyhow::anyhow!("locale {locale:?} is not one this renderer shows"))
    }

    /// Renders localized pages into the sink, in parallel. Returns what
    /// was built, and each page's problem (a template that could not be
    /// rendered) with its cell.
    /// `sizes` are the leaflet files built so far, for the links to them.
    pub fn pages(
        &self,
        pages: &[&LocalizedPage],
        sizes: &LeafletSizes,
    ) -> anyhow::Result<(Built, Vec<(Cell, Diagnostic)>)> {
        let results: Vec<(Cell, Rendering)> = pages
            .par_iter()
            .map(|page| {
                let rendering = self
                    .locale(page.cell.locale)
                    .and_then(|renderer| render_page(&self.shared, renderer, page, sizes));
                (page.cell, rendering)
            })
            .collect();
        let mut built = Built::default();
        let mut problems = Vec::new();
        for (cell, result) in results {
            match result? {
                Ok(file) => built.add(file.path, file.anchors, file.links),
                Err(diagnostic) => problems.push((cell, diagnostic)),
            }
        }
        Ok((built, problems))
    }

    /// Each shown locale's home page and leaflet index, from the summaries
    /// of its pages (`summaries[locale]`, in page order) and the sizes of
    /// the leaflet files built.
    pub fn lists(
        &self,
        summaries: &[Vec<Summary>],
        sizes: &LeafletSizes,
    ) -> anyhow::Result<(Built, Vec<Diagnostic>)> {
        let results: Vec<Vec<Rendering>> = self
            .shared
            .input
            .shown
            .par_iter()
            .map(|locale| {
                let summaries = summaries.get(locale.index()).map_or(&[][..], Vec::as_slice);
                match self.locale(*locale) {
                    Ok(renderer) => render_locale_lists(&self.shared, renderer, summaries, sizes),
                    Err(error) => vec![Err(error)],
                }
            })
            .collect();
        collect(results.into_iter().flatten().collect())
    }

    /// The language choice at the root, 404.html, sitemap.xml and the
    /// static assets (at their published paths).
    pub fn site_files(&self, assets: &Assets) -> anyhow::Result<(Built, Vec<Diagnostic>)> {
        let renderers: Vec<&LocaleRenderer<'_>> = self.locales.iter().flatten().collect();
        let (mut built, diagnostics) = collect(render_root_files(&self.shared, &renderers))?;
        let sink = self.shared.sink;
        let sitemap = Route::Sitemap.path();
        sink.put(
            &sitemap,
            sitemap::render(&sitemap_entries(&self.shared)).into_bytes(),
        )?;
        built.add_plain(sitemap);
        let published: Vec<&super::assets::Asset> = assets.iter().map(|(_, asset)| asset).collect();
        published
            .par_iter()
            .try_for_each(|asset| sink.put(&Route::Asset(&asset.output).path(), asset.bytes.clone()))?;
        for asset in published {
            built.add_plain(Route::Asset(&asset.output).path());
        }
        Ok((built, diagnostics))
    }
}

/// The files and problems of a set of renderings, in order; stops at the
/// first failure to write.
fn collect(results: Vec<Rendering>) -> anyhow::Result<(Built, Vec<Diagnostic>)> {
    let mut built = Built::default();
    let mut diagnostics = Vec::new();
    for result in results {
        match result? {
            Ok(file) => built.add(file.path, file.anchors, file.links),
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    Ok((built, diagnostics))
}

fn render_page(
    shared: &Shared<'_>,
    renderer: &LocaleRenderer<'_>,
    text: &LocalizedPage,
    sizes: &LeafletSizes,
) -> Rendering {
    let page = &shared.input.pages[text.cell.page.index()];
    let locale = renderer.locale;
    let code = &renderer.catalog.locale.code;
    let slug = &page.front.slug;
    let route = Route::Page { locale: code, slug };
    let languages = language_links(
        shared,
        |other| Route::Page { locale: other, slug }.href_from(&route),
        locale,
    );
    let alternates = alternates(shared, |other| Route::Page { locale: other, slug }.href());
    let root = Route::LanguageChoice.href_from(&route);
    let mut context = base_context(shared, renderer, &root, &languages, alternates);
    insert_search_url(&mut context, shared, code, |search| search.href_from(&route));
    let toc: Vec<TocEntry<'_>> = text
        .body
        .headings
        .iter()
        .filter(|heading| heading.level == 2)
        .map(|heading| TocEntry {
            id: &heading.id,
            text: &heading.text,
        })
        .collect();
    context.insert(
        "page",
        &PageContext {
            title: &text.title,
            summary: &text.summary,
            slug,
            body: &text.body.html,
            toc,
            last_reviewed: page.front.last_reviewed.to_string(),
            last_reviewed_text: &text.last_reviewed,
            applies_to: page.front.applies_to.to_string(),
            contacts: &text.contacts,
            leaflets: match leaflet_links(shared, renderer, page, code, &route, sizes) {
                Ok(links) => links,
                Err(diagnostic) => return Ok(Err(diagnostic)),
            },
            canonical: format!("{}{}", shared.base_url, route.href()),
        },
    );
    let path = route.path();
    let content_links: HashMap<&str, usize> = text
        .body
        .links
        .iter()
        .rev()
        .map(|link| (link.url.as_str(), link.offset))
        .collect();
    let source_of = |url: &str| match content_links.get(url) {
        Some(offset) => LinkSource::Content {
            page: text.cell.page,
            offset: *offset,
        },
        None => LinkSource::Template("page.html"),
    };
    render_file(shared, renderer, "page.html", &context, path, &source_of)
}

/// The locale's home page (the list of pages) and, if any page has a
/// leaflet, its leaflet index.
fn render_locale_lists(
    shared: &Shared<'_>,
    renderer: &LocaleRenderer<'_>,
    summaries: &[Summary],
    sizes: &LeafletSizes,
) -> Vec<Rendering> {
    let locale = renderer.locale;
    let pages = shared.input.pages;
    let code = renderer.catalog.locale.code.as_str();
    let home = Route::Home { locale: code };
    let mut files = Vec::new();
    let page_list: Vec<_> = summaries
        .iter()
        .map(|text| {
            let slug = &pages[text.page.index()].front.slug;
            let url = Route::Page { locale: code, slug }.href_inside(&home);
            json!({ "title": text.title, "summary": text.summary, "url": url })
        })
        .collect();
    let has_leaflets = pages.iter().any(|page| page.front.leaflet.is_some());
    let index = Route::LeafletIndex { locale: code };
    if has_leaflets {
        let mut leaflets = Vec::new();
        for text in summaries {
            let page = &pages[text.page.index()];
            if page.front.leaflet.is_none() {
                continue;
            }
            let mut languages = Vec::new();
            for (locale, name) in shared.input.shown.iter().zip(&shared.language_names) {
                let catalog = &shared.input.catalogs[locale.index()];
                let other = catalog.locale.code.as_str();
                match leaflet_links(shared, renderer, page, other, &index, sizes) {
                    Ok(files) => languages.push(LeafletLanguage {
                        code: other.to_string(),
                        name: name.clone(),
                        dir: catalog.locale.dir(),
                        files,
                    }),
                    Err(diagnostic) => return vec![Ok(Err(diagnostic))],
                }
            }
            leaflets.push(json!({ "title": text.title, "languages": languages }));
        }
        let languages = language_links(
            shared,
            |other| Route::LeafletIndex { locale: other }.href_from(&index),
            locale,
        );
        let root = Route::LanguageChoice.href_from(&index);
        let alternates = alternates(shared, |other| Route::LeafletIndex { locale: other }.href());
        let mut context = base_context(shared, renderer, &root, &languages, alternates);
        insert_search_url(&mut context, shared, code, |search| search.href_from(&index));
        context.insert("leaflets", &leaflets);
        files.push(render_file(
            shared,
            renderer,
            "leaflets.html",
            &context,
            index.path(),
            &|_| LinkSource::Template("leaflets.html"),
        ));
    }
    let languages = language_links(
        shared,
        |other| Route::Home { locale: other }.href_from(&home),
        locale,
    );
    let root = Route::LanguageChoice.href_from(&home);
    let alternates = alternates(shared, |other| Route::Home { locale: other }.href());
    let mut context = base_context(shared, renderer, &root, &languages, alternates);
    insert_search_url(&mut context, shared, code, |search| search.href_inside(&home));
    context.insert("pages", &page_list);
    context.insert("has_leaflets", &has_leaflets);
    context.insert("leaflets_url", &index.href_inside(&home));
    files.push(render_file(
        shared,
        renderer,
        "home.html",
        &context,
        home.path(),
        &|_| LinkSource::Template("home.html"),
    ));
    if shared.input.config.search.enabled {
        files.push(render_search_page(shared, renderer, summaries));
    }
    files
}

/// The locale's search page: the search box (which `static/js/search.js`
/// brings to life), and every page of the locale in its alphabetical order
/// for readers without JavaScript. Its Content-Security-Policy lets the
/// search index's WebAssembly run; no other page's does.
fn render_search_page(
    shared: &Shared<'_>,
    renderer: &LocaleRenderer<'_>,
    summaries: &[Summary],
) -> Rendering {
    let locale = renderer.locale;
    let pages = shared.input.pages;
    let code = renderer.catalog.locale.code.as_str();
    let route = Route::Search { locale: code };
    let mut a_to_z: Vec<&Summary> = summaries.iter().collect();
    super::search::sort_alphabetically(code, &mut a_to_z, |summary| &summary.title);
    let page_list: Vec<_> = a_to_z
        .iter()
        .map(|text| {
            let slug = &pages[text.page.index()].front.slug;
            let url = Route::Page { locale: code, slug }.href_from(&route);
            json!({ "title": text.title, "url": url })
        })
        .collect();
    let languages = language_links(
        shared,
        |other| Route::Search { locale: other }.href_from(&route),
        locale,
    );
    let root = Route::LanguageChoice.href_from(&route);
    let alternates = alternates(shared, |other| Route::Search { locale: other }.href());
    let mut context = base_context(shared, renderer, &root, &languages, alternates);
    context.insert("site", &shared.search_site);
    insert_search_url(&mut context, shared, code, |search| search.href_from(&route));
    context.insert("pages", &page_list);
    context.insert(
        "search",
        &json!({
            "script": Route::SearchFile(super::search::SCRIPT).href_from(&route),
            "results_shown": shared.input.config.search.results_shown,
        }),
    );
    render_file(shared, renderer, "search.html", &context, route.path(), &|_| {
        LinkSource::Template("search.html")
    })
}

/// `search_url`, the link to the locale's search page from this file
/// (`link_from` makes it from the search page's route); empty when the
/// site has no search, so templates can test it.
fn insert_search_url(
    context: &mut tera::Context,
    shared: &Shared<'_>,
    code: &str,
    link_from: impl Fn(Route<'_>) -> String,
) {
    let url = if shared.input.config.search.enabled {
        link_from(Route::Search { locale: code })
    } else {
        String::new()
    };
    context.insert("search_url", &url);
}

/// The language choice (`index.html`) and `404.html`, in the source locale.
fn render_root_files(shared: &Shared<'_>, renderers: &[&LocaleRenderer<'_>]) -> Vec<Rendering> {
    let source_locale = &shared.input.config.source_locale;
    let Some(renderer) = renderers
        .iter()
        .find(|renderer| &renderer.catalog.locale.code == source_locale)
    else {
        return Vec::new();
    };
    let source_index = renderer.locale;
    let choice = Route::LanguageChoice;
    let languages = language_links(
        shared,
        |code| Route::Home { locale: code }.href_from(&choice),
        source_index,
    );
    let mut context = base_context(shared, renderer, "", &languages, Vec::new());
    let code = renderer.catalog.locale.code.as_str();
    insert_search_url(&mut context, shared, code, |search| search.href_from(&choice));
    let root_page = render_file(shared, renderer, "root.html", &context, choice.path(), &|_| {
        LinkSource::Template("root.html")
    });
    // 404.html is served at any depth: its links start from the base path.
    let base_path = shared.input.config.base_path();
    let mut languages = language_links(
        shared,
        |code| format!("{base_path}{}", Route::Home { locale: code }.href()),
        source_index,
    );
    for language in &mut languages {
        language.current = false;
    }
    let mut context = base_context(shared, renderer, &base_path, &languages, Vec::new());
    insert_search_url(&mut context, shared, code, |search| {
        format!("{base_path}{}", search.href())
    });
    let not_found = render_file(
        shared,
        renderer,
        "404.html",
        &context,
        Route::NotFound.path(),
        &|_| LinkSource::Template("404.html"),
    );
    vec![root_page, not_found]
}

/// The leaflets of `page` in locale `code` (each format, then each
/// bilingual edition), linked from `from` and labelled in `renderer`'s
/// language, with their sizes where built.
fn leaflet_links(
    shared: &Shared<'_>,
    renderer: &LocaleRenderer<'_>,
    page: &Page,
    code: &str,
    from: &Route<'_>,
    sizes: &LeafletSizes,
) -> Result<Vec<LeafletLink>, Diagnostic> {
    let config = shared.input.config;
    let mut links = Vec::new();
    for route in super::route::leaflet_routes(config, page, code) {
        let Route::Leaflet { format, beside, .. } = route else {
            continue;
        };
        let format_name = message(shared, renderer, &format.message_id(), &[])?;
        let label = match beside {
            None => format_name,
            Some(beside) => {
                let language = shared
                    .input
                    .shown
                    .iter()
                    .zip(&shared.language_names)
                    .find(|(locale, _)| shared.input.catalogs[locale.index()].locale.code == beside)
                    .map_or_else(|| beside.to_string(), |(_, name)| name.clone());
                message(
                    shared,
                    renderer,
                    "leaflet-bilingual",
                    &[("format", format_name.into()), ("language", language.into())],
                )?
            }
        };
        let kilobytes = sizes.get(&route.path()).map(|bytes| bytes.div_ceil(1024).max(1));
        let size = match kilobytes {
            Some(kilobytes) => Some(message(
                shared,
                renderer,
                "leaflet-file-size",
                &[(
                    "size",
                    f64::from(u32::try_from(kilobytes).unwrap_or(u32::MAX)).into(),
                )],
            )?),
            None => None,
        };
        links.push(LeafletLink {
            url: route.href_inside(from),
            label,
            hreflang: code.to_string(),
            size,
            kilobytes,
        });
    }
    Ok(links)
}

/// An interface message in `renderer`'s locale (in the preview, from the
/// source locale when the locale lacks it).
fn message(
    shared: &Shared<'_>,
    renderer: &LocaleRenderer<'_>,
    id: &str,
    args: &[(&str, fluent_bundle::FluentValue<'_>)],
) -> Result<String, Diagnostic> {
    renderer
        .catalog
        .format(id, args)
        .or_else(|error| match shared.input.fallback {
            Some(fallback) => fallback.format(id, args),
            None => Err(error),
        })
        .map_err(|error| renderer.catalog.format_diagnostic(&error))
}

/// A copy of the compiled templates whose `t()` speaks this locale, and
/// whose `asset()` answers the published address of a static file.
fn tera_for(
    tera: &tera::Tera,
    catalog: &Arc<Catalog>,
    fallback: Option<&Arc<Catalog>>,
    assets: &Arc<Assets>,
) -> tera::Tera {
    let mut tera = tera.clone();
    tera.register_function(
        "t",
        Translate::with_fallback(Arc::clone(catalog), fallback.cloned()),
    );
    tera.register_function("asset", assets.function());
    tera
}

fn base_context(
    shared: &Shared<'_>,
    renderer: &LocaleRenderer<'_>,
    root: &str,
    languages: &[LanguageLink],
    alternates: Vec<Alternate<'_>>,
) -> tera::Context {
    let mut context = tera::Context::new();
    context.insert("root", root);
    context.insert("lang", &renderer.lang);
    context.insert("languages", languages);
    context.insert("alternates", &alternates);
    context.insert("site", &shared.site);
    context
}

/// A link to the same place in every shown locale (`url_for` makes the
/// link for a locale code); `current` is the locale of the page.
fn language_links(
    shared: &Shared<'_>,
    url_for: impl Fn(&str) -> String,
    current: LocaleId,
) -> Vec<LanguageLink> {
    shared
        .input
        .shown
        .iter()
        .zip(&shared.language_names)
        .map(|(locale, name)| {
            let catalog = &shared.input.catalogs[locale.index()];
            LanguageLink {
                code: catalog.locale.code.clone(),
                name: name.clone(),
                dir: catalog.locale.dir(),
                url: url_for(&catalog.locale.code),
                current: *locale == current,
            }
        })
        .collect()
}

/// `hreflang` alternates (absolute URLs, from each locale's link from the
/// site root) in each locale, and
/// `x-default` (the source locale's).
fn alternates<'a>(shared: &'a Shared<'_>, href_for: impl Fn(&str) -> String) -> Vec<Alternate<'a>> {
    let base = &shared.base_url;
    let mut links: Vec<Alternate<'a>> = shared
        .input
        .shown
        .iter()
        .map(|locale| {
            let code = &shared.input.catalogs[locale.index()].locale.code;
            Alternate {
                hreflang: code,
                href: format!("{base}{}", href_for(code)),
            }
        })
        .collect();
    let source = &shared.input.config.source_locale;
    links.push(Alternate {
        hreflang: "x-default",
        href: format!("{base}{}", href_for(source)),
    });
    links
}

fn sitemap_entries(shared: &Shared<'_>) -> Vec<sitemap::Entry> {
    let base = &shared.base_url;
    let config = shared.input.config;
    let codes: Vec<&str> = shared
        .input
        .shown
        .iter()
        .map(|locale| shared.input.catalogs[locale.index()].locale.code.as_str())
        .collect();
    // The home page, then each page, each in every locale.
    type RouteFor<'p> = Box<dyn Fn(&str) -> String + 'p>;
    let mut kinds: Vec<(RouteFor<'_>, Option<String>)> =
        vec![(Box::new(|code: &str| Route::Home { locale: code }.href()), None)];
    kinds.extend(shared.input.pages.iter().map(|page| {
        let slug = page.front.slug.as_str();
        let href: RouteFor<'_> = Box::new(move |code: &str| Route::Page { locale: code, slug }.href());
        (href, Some(page.front.last_reviewed.to_string()))
    }));
    let mut entries = Vec::new();
    for (href, last_modified) in &kinds {
        let mut alternates: Vec<(String, String)> = codes
            .iter()
            .map(|code| (code.to_string(), format!("{base}{}", href(code))))
            .collect();
        alternates.push((
            "x-default".to_string(),
            format!("{base}{}", href(&config.source_locale)),
        ));
        for code in &codes {
            entries.push(sitemap::Entry {
                location: format!("{base}{}", href(code)),
                last_modified: last_modified.clone(),
                alternates: alternates.clone(),
            });
        }
    }
    entries
}

/// Renders one template into a file: minified if asked, with its links
/// (attributed by `source_of`) and anchors when links are indexed.
fn render_file(
    shared: &Shared<'_>,
    renderer: &LocaleRenderer<'_>,
    template: &str,
    context: &tera::Context,
    path: PathBuf,
    source_of: &dyn Fn(&str) -> LinkSource,
) -> Rendering {
    let html = match renderer.tera.render(template, context) {
        Ok(html) => html,
        Err(error) => {
            return Ok(Err(Diagnostic::error(
                "template/render",
                Span::file(&Path::new(TEMPLATES_DIR).join(template)),
                super::templates::error_chain(&error),
            )
            .with_help(format!("while rendering {}", path.display()))));
        }
    };
    if crate::limits::html_too_deep(&html).is_some() {
        let limit = crate::limits::MAX_HTML_NESTING;
        return Ok(Err(Diagnostic::error(
            "input/too-deep",
            Span::file(&Path::new(TEMPLATES_DIR).join(template)),
            format!(
                "{} nests HTML elements more than {limit} deep; the build does not write such a page",
                path.display()
            ),
        )
        .with_help(
            "look for an element the template opens in a loop and never closes",
        )));
    }
    let html = if shared.options.minify {
        // minify-html writes UTF-8 for UTF-8 input.
        String::from_utf8(minify(html.as_bytes())).unwrap_or(html)
    } else {
        html
    };
    let (anchors, links) = if shared.options.index_links {
        index_links(&html, &shared.input.config.exit_url, source_of)
    } else {
        (Vec::new(), Vec::new())
    };
    shared.sink.put(&path, html.into_bytes())?;
    Ok(Ok(RenderedFile { path, anchors, links }))
}

/// The ids and names (fragment targets) and the `href`/`src` links of a
/// rendered page. The exit link's destination is configuration (an https
/// URL checked when loaded), not content, and must never slow or fail a
/// build: it is left out of the link check.
fn index_links(
    html: &str,
    exit_url: &str,
    source_of: &dyn Fn(&str) -> LinkSource,
) -> (Vec<String>, Vec<(String, LinkSource)>) {
    let mut anchors = Vec::new();
    let mut links = Vec::new();
    crate::html::for_each_attribute(html, |_, name, value| {
        if name.eq_ignore_ascii_case("id") || name.eq_ignore_ascii_case("name") {
            anchors.push(value.into_owned());
        } else if (name.eq_ignore_ascii_case("href") || name.eq_ignore_ascii_case("src"))
            && !value.is_empty()
            && value != exit_url
        {
            let source = source_of(&value);
            links.push((value.into_owned(), source));
        }
    });
    (anchors, links)
}

/// Minifies a page's HTML. CSS and JavaScript are left alone: the pages'
/// Content-Security-Policy (`style-src 'self'; script-src 'self'`) allows
/// no inline style or script, so there is none to minify, and the
/// stylesheet and script are static files (measured: the bundled site's
/// pages are byte-identical with `minify_css` on or off).
fn minify(html: &[u8]) -> Vec<u8> {
    let cfg = minify_html::Cfg {
        keep_html_and_head_opening_tags: true,
        keep_closing_tags: true,
        minify_css: false,
        minify_js: false,
        ..minify_html::Cfg::default()
    };
    minify_html::minify(html, &cfg)
}
