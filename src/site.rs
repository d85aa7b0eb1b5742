//! The loaded site: everything read from the project folder (`site.yaml`,
//! the pages, the contacts registry, templates, static assets, and every
//! locale's Fluent files and translation record), each parsed once, and
//! what the caller asked for (`Options`). Every stage borrows a `Site`;
//! none reads the disk again. The typed keys of `key` index it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context as _;

use crate::config;
use crate::content::contacts::Registry;
use crate::content::{self, Date, Page, TemplateSource};
use crate::diag::{Diagnostic, Span};
use crate::key::{LocaleId, PageId};
use crate::l10n::{self, Catalog};
use crate::render::assets::Assets;

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
    /// Print-shop leaflets: bleed, crop marks, BleedBox and TrimBox, CMYK
    /// colours (`--print`; also `output.print` in site.yaml).
    pub print: bool,
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
    /// The files of `static/`, as published (stylesheets and scripts with a
    /// fingerprint in their names).
    pub assets: Arc<Assets>,
    /// One catalog per configured locale, in configuration order.
    pub catalogs: Vec<Arc<Catalog>>,
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
    let assets = Arc::new(Assets::new(content::load_static(root)?));
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

    /// The catalog of a locale.
    pub fn catalog(&self, locale: LocaleId) -> &Arc<Catalog> {
        &self.catalogs[locale.index()]
    }

    /// A page.
    pub fn page(&self, page: PageId) -> &Page {
        &self.pages[page.index()]
    }

    /// Every locale, in configuration order.
    pub fn locales(&self) -> impl Iterator<Item = LocaleId> + use<> {
        (0..self.catalogs.len()).map(LocaleId::new)
    }

    /// The locales a build publishes, in configuration order.
    pub fn published_locales(&self) -> Vec<LocaleId> {
        self.locales()
            .filter(|locale| self.catalog(*locale).locale.publish)
            .collect()
    }

    /// The locale with this code.
    pub fn locale_of(&self, code: &str) -> Option<LocaleId> {
        self.catalogs
            .iter()
            .position(|catalog| catalog.locale.code == code)
            .map(LocaleId::new)
    }

    /// The page with this slug.
    pub fn page_of(&self, slug: &str) -> Option<PageId> {
        self.pages
            .iter()
            .position(|page| page.front.slug == slug)
            .map(PageId::new)
    }

    /// Whether any page asks for a leaflet.
    pub fn has_leaflets(&self) -> bool {
        self.pages.iter().any(|page| page.front.leaflet.is_some())
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
