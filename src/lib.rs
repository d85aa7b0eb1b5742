//! Signpost: advice written once in English, published as translated static
//! pages. The pipeline, one stage per module:
//!
//! 1. **load** (`config`, `content`, `l10n`): read `site.yaml`, the pages,
//!    the contacts registry, templates, assets and Fluent catalogs;
//! 2. **check** (`markdown`, `render::templates`, `validate`): render the
//!    Markdown, compile templates, validate numbers and messages — every
//!    problem of every file is collected before stopping;
//! 3. **render** (`render`): every page in every published locale, in memory;
//! 4. **write** (`output`): stage and swap into the output folder.

pub mod config;
pub mod content;
pub mod diag;
pub mod html;
pub mod l10n;
pub mod markdown;
pub mod output;
pub mod render;
pub mod validate;
pub mod yaml;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context as _;

use content::contacts::Registry;
use content::{Date, Page, TemplateSource};
use diag::{Diagnostic, Span};
use l10n::Catalog;

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
}

impl Outcome {
    /// Whether the input has problems that stop the build.
    pub fn failed(&self, strict: bool) -> bool {
        self.diagnostics.iter().any(|d| d.is_error() || strict)
    }
}

/// Runs the pipeline. `Err` means it could not run (IO, missing folders);
/// problems in the input are diagnostics in the `Outcome`.
pub fn run(options: &Options) -> anyhow::Result<Outcome> {
    let (site, mut diagnostics) = load(&options.root)?;
    let finish = |mut diagnostics: Vec<Diagnostic>| {
        diag::sort(&mut diagnostics);
        Ok(Outcome {
            diagnostics,
            ..Outcome::default()
        })
    };
    let Some(site) = site else {
        return finish(diagnostics);
    };

    let source_catalog = site.source_catalog();
    let warning_label = source_catalog
        .and_then(|c| c.format("warning-label", &[]).ok())
        .unwrap_or_default();
    let context = markdown::Context {
        registry: &site.registry,
        warning_label: &warning_label,
        english_headings: None,
    };
    let rendered_sources: Vec<markdown::Rendered> = site
        .pages
        .iter()
        .map(|page| {
            let (rendered, mut found) = markdown::render(&page.path, &page.source, page.body_start, &context);
            diagnostics.append(&mut found);
            rendered
        })
        .collect();
    diagnostics.extend(check_leaflet_sections(&site, &rendered_sources));
    let (tera, mut found) = render::templates::compile(&site.templates);
    diagnostics.append(&mut found);
    diagnostics.extend(validate::check(&site, options.today));
    let (_, mut found) = check_translations(&site);
    diagnostics.append(&mut found);
    let stop = |diagnostics: &[Diagnostic]| diagnostics.iter().any(|d| d.is_error() || options.strict);
    let Some(tera) = tera.filter(|_| !stop(&diagnostics)) else {
        return finish(diagnostics);
    };
    diagnostics.extend(l10n::pseudo::check(&site, &tera, &rendered_sources));
    if stop(&diagnostics) {
        return finish(diagnostics);
    }

    let localized = |page_index: usize, catalog: &Catalog| {
        let page = &site.pages[page_index];
        let english = &rendered_sources[page_index];
        if catalog.locale.code == site.config.source_locale {
            Ok(render::html::LocalizedPage {
                title: page.front.title.clone(),
                summary: page.front.summary.clone(),
                body: english.clone(),
                markdown: page.body().to_string(),
            })
        } else {
            l10n::pages::localize(page, catalog, &site.registry, &english.headings)
        }
    };
    let (files, mut found) = render::html::render_site(&site, &tera, &localized);
    diagnostics.append(&mut found);
    if stop(&diagnostics) {
        return finish(diagnostics);
    }

    let mut files = files;
    let mut leaflet_links = Vec::new();
    if site.pages.iter().any(|page| page.front.leaflet.is_some()) {
        let english_headings: Vec<Vec<markdown::Heading>> = rendered_sources
            .iter()
            .map(|rendered| rendered.headings.clone())
            .collect();
        let (leaflet_files, links, mut found) =
            render_leaflets(&site, options, &localized, &english_headings)?;
        files.extend(leaflet_files);
        leaflet_links = links;
        diagnostics.append(&mut found);
        if stop(&diagnostics) {
            return finish(diagnostics);
        }
    }

    let mut content_links = BTreeMap::new();
    for (page, rendered) in site.pages.iter().zip(&rendered_sources) {
        for link in &rendered.links {
            content_links
                .entry(link.url.clone())
                .or_insert_with(|| Span::at_offset(&page.path, &page.source, link.offset));
        }
    }
    let mut uses = validate::links::collect(&files, &content_links, &site.config.exit_url);
    uses.append(&mut leaflet_links);
    let (n_internal, mut found) = validate::links::check_internal(&files, &uses, &site.config);
    diagnostics.append(&mut found);
    let external_options = validate::links::ExternalOptions {
        offline: options.offline,
        strict: options.strict,
        root: site.root.clone(),
        progress: options.progress,
    };
    let (mut link_report, mut found) =
        validate::links::check_external(&uses, &site.config, &external_options);
    link_report.internal = n_internal;
    diagnostics.append(&mut found);
    if stop(&diagnostics) {
        diag::sort(&mut diagnostics);
        return Ok(Outcome {
            diagnostics,
            links: Some(link_report),
            ..Outcome::default()
        });
    }

    let n_locales = site.catalogs.iter().filter(|c| c.locale.publish).count();
    let mut outcome = Outcome {
        links: Some(link_report),
        n_files: files.len(),
        n_pages: site.pages.len() * n_locales,
        n_locales,
        ..Outcome::default()
    };
    if let Some(out) = &options.out {
        output::write(out, &files)?;
        outcome.written = true;
    }
    diag::sort(&mut diagnostics);
    outcome.diagnostics = diagnostics;
    Ok(outcome)
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
    let config = content::decode(config_relative, &bytes)
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
                Span::file(Path::new(content::CONTENT_DIR)),
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

/// Each section a leaflet asks for must be a `##` heading of its page.
fn check_leaflet_sections(site: &Site, rendered: &[markdown::Rendered]) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for (page, rendered) in site.pages.iter().zip(rendered) {
        let Some(spec) = &page.front.leaflet else { continue };
        let sections: Vec<&str> = rendered
            .headings
            .iter()
            .filter(|h| h.level == 2)
            .map(|h| h.id.as_str())
            .collect();
        for id in &spec.sections {
            if !sections.contains(&id.as_str()) {
                let offset = page.source[..page.body_start].find(id.as_str()).unwrap_or(0);
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
        if spec.max_pages == 0 {
            diagnostics.push(Diagnostic::error(
                "leaflet/no-pages",
                Span::file(&page.path),
                "leaflet.max_pages must be at least 1",
            ));
        }
    }
    diagnostics
}

/// Loads the fonts and the Typst template, then typesets every leaflet.
fn render_leaflets(
    site: &Site,
    options: &Options,
    localized: &render::html::Localize<'_>,
    english_headings: &[Vec<markdown::Heading>],
) -> anyhow::Result<(render::Files, Vec<validate::links::LinkUse>, Vec<Diagnostic>)> {
    let template = match content::load_leaflet_template(&site.root)? {
        Some((path, Ok(source))) => (path, source),
        Some((_, Err(diagnostic))) => return Ok((render::Files::new(), Vec::new(), vec![diagnostic])),
        None => {
            let path = Path::new(content::TEMPLATES_DIR).join(render::leaflet::TEMPLATE);
            let diagnostic = Diagnostic::error(
                "template/missing",
                Span::file(&path),
                "pages ask for leaflets but there is no leaflet template",
            )
            .with_help("add templates/leaflet.typ, or remove `leaflet:` from the pages' front matter");
            return Ok((render::Files::new(), Vec::new(), vec![diagnostic]));
        }
    };
    let fonts = content::load_fonts(&site.root, &options.font_paths)?;
    let (typesetter, mut diagnostics) = render::leaflet::Typesetter::new(fonts, &template.0, &template.1);
    let print_marks = options.print_marks || site.config.output.print_marks;
    let (files, links, mut found) =
        render::leaflet::render_site_leaflets(site, &typesetter, localized, english_headings, print_marks);
    diagnostics.append(&mut found);
    Ok((files, links, diagnostics))
}

/// Runs the translation gate over every locale but the source one.
/// Returns each translation file's status (for `l10n status`) too.
pub fn check_translations(site: &Site) -> (Vec<l10n::gate::FileStatus>, Vec<Diagnostic>) {
    let Some(source_catalog) = site.source_catalog() else {
        return (Vec::new(), Vec::new());
    };
    let sets = l10n::sources::all(source_catalog, &site.registry, &site.pages);
    let mut statuses = Vec::new();
    let mut diagnostics = Vec::new();
    for catalog in site
        .catalogs
        .iter()
        .filter(|catalog| catalog.locale.code != site.config.source_locale)
    {
        let (mut found_statuses, mut found) =
            l10n::gate::check(catalog, &sets, &catalog.locale.allow_identical);
        statuses.append(&mut found_statuses);
        diagnostics.append(&mut found);
    }
    (statuses, diagnostics)
}

impl Site {
    /// The catalog of the language the content is written in.
    pub fn source_catalog(&self) -> Option<&Catalog> {
        self.catalogs
            .iter()
            .map(AsRef::as_ref)
            .find(|catalog| catalog.locale.code == self.config.source_locale)
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
