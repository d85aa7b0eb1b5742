//! Every address the build writes, in one place: a typed `Route` per kind
//! of output file, its path inside the output folder (`path`), the link
//! that reaches it from the site root (`href`), and the way back from a
//! path (`parse`, for the preview server). `claims` lists the route of
//! every file a build will write, with who asks for it (a page, a static
//! file, or the build itself), and reports a second claim on one address
//! as an error naming both: a page whose slug is `leaflets` would
//! otherwise be overwritten by the leaflet index in every locale.
//!
//! The names the build gives its own folders inside a locale are reserved
//! as slugs (`content::RESERVED_SLUGS`), so such a page is refused where
//! its slug is written; the claims catch every other collision (a static
//! file at a page's address, a file where a folder must be, a static
//! `_headers` or `.htaccess` where the build writes its own, a static
//! `page.html.br` where the build puts the compressed copy of a page).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::{Config, LeafletFormat};
use crate::content::{self, Page};
use crate::diag::{Diagnostic, Span};
use crate::render::assets::Assets;

/// The folder of the leaflet index inside each locale.
pub const LEAFLET_INDEX_DIR: &str = "leaflets";
/// The address of a page's leaflet before there were formats: it keeps a
/// copy of the page's first format, so links to it made before keep
/// working (see the README, "For print teams").
pub const LEAFLET_FILE: &str = "leaflet.pdf";
/// The folder of the search page inside each locale.
pub const SEARCH_DIR: &str = "search";
/// The folder at the site root holding the search index and the script
/// that reads it (`render::search`): one folder for every locale, since
/// the index holds one part per language and the reader fetches only its
/// own.
pub const SEARCH_BUNDLE_DIR: &str = "pagefind";
/// The file a folder address (`pl/report/`) is served from.
pub const INDEX_FILE: &str = "index.html";
/// How every leaflet file's name starts (`leaflet-a5.pdf`).
const LEAFLET_PREFIX: &str = "leaflet-";
const PDF_SUFFIX: &str = ".pdf";

/// One output file's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Route<'a> {
    /// `<locale>/<slug>/index.html`
    Page { locale: &'a str, slug: &'a str },
    /// `<locale>/<slug>/leaflet-<format>.pdf`, or for a bilingual edition
    /// (`beside` is the language printed beside the locale's, the source
    /// language) `<locale>/<slug>/leaflet-<format>-<beside>-<locale>.pdf`.
    Leaflet {
        locale: &'a str,
        slug: &'a str,
        format: LeafletFormat,
        beside: Option<&'a str>,
    },
    /// `<locale>/<slug>/leaflet.pdf`: a copy of the page's first format.
    LeafletCopy { locale: &'a str, slug: &'a str },
    /// `<locale>/leaflets/index.html`
    LeafletIndex { locale: &'a str },
    /// `<locale>/index.html`: the locale's list of pages.
    Home { locale: &'a str },
    /// `<locale>/search/index.html`: the locale's search page.
    Search { locale: &'a str },
    /// `pagefind/<file>`: a file of the search index (`file` may name a
    /// sub-folder: `fragment/en_1a2b3c4.pf_fragment`).
    SearchFile(&'a str),
    /// `index.html`: the choice of language.
    LanguageChoice,
    /// `404.html`
    NotFound,
    /// `sitemap.xml`
    Sitemap,
    /// A file of `static/`, at its published path (stylesheets and
    /// scripts with a fingerprint, `render::assets`).
    Asset(&'a Path),
    /// A file that tells a host how to serve the site (`render::host`).
    Host(HostFile),
    /// The compressed copy of the file at `of` (`<of>.br`, `<of>.gz`),
    /// written by `output` beside it.
    Compressed { of: &'a Path, encoding: Encoding },
}

/// The files that tell hosts how to serve the site, at the site root.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HostFile {
    /// `_headers`: Netlify and Cloudflare Pages.
    Headers,
    /// `nginx.conf`: a snippet for an nginx `server` block.
    Nginx,
    /// `.htaccess`: Apache (mod_headers), as on shared hosting.
    Htaccess,
}

impl HostFile {
    pub const ALL: [HostFile; 3] = [HostFile::Headers, HostFile::Nginx, HostFile::Htaccess];

    pub fn file_name(self) -> &'static str {
        match self {
            HostFile::Headers => "_headers",
            HostFile::Nginx => "nginx.conf",
            HostFile::Htaccess => ".htaccess",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            HostFile::Headers => "the headers file for Netlify and Cloudflare Pages",
            HostFile::Nginx => "the nginx snippet",
            HostFile::Htaccess => "the Apache .htaccess",
        }
    }
}

/// How a compressed copy is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Encoding {
    Brotli,
    Gzip,
}

impl Encoding {
    pub const ALL: [Encoding; 2] = [Encoding::Brotli, Encoding::Gzip];

    /// The suffix of the copy's name, and its `Content-Encoding`.
    pub fn suffix(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gz",
        }
    }
}

/// File extensions (lower case) of the files that get compressed copies:
/// text a browser reads whole. PDFs and images are compressed already.
pub const COMPRESSED_KINDS: &[&str] = &["html", "css", "js", "json", "svg", "xml"];

/// Whether the file at `path` gets compressed copies (when
/// `output.precompress` is on).
pub fn is_compressed_kind(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| COMPRESSED_KINDS.contains(&extension.to_ascii_lowercase().as_str()))
}

impl<'a> Route<'a> {
    /// The path inside the output folder.
    pub fn path(&self) -> PathBuf {
        match self {
            Route::Page { locale, slug } => Path::new(locale).join(slug).join(INDEX_FILE),
            Route::Leaflet {
                locale,
                slug,
                format,
                beside,
            } => {
                let edition = beside.map_or(String::new(), |beside| format!("-{beside}-{locale}"));
                Path::new(locale)
                    .join(slug)
                    .join(format!("{LEAFLET_PREFIX}{format}{edition}{PDF_SUFFIX}"))
            }
            Route::LeafletCopy { locale, slug } => Path::new(locale).join(slug).join(LEAFLET_FILE),
            Route::LeafletIndex { locale } => Path::new(locale).join(LEAFLET_INDEX_DIR).join(INDEX_FILE),
            Route::Home { locale } => Path::new(locale).join(INDEX_FILE),
            Route::Search { locale } => Path::new(locale).join(SEARCH_DIR).join(INDEX_FILE),
            Route::SearchFile(file) => Path::new(SEARCH_BUNDLE_DIR).join(file),
            Route::LanguageChoice => PathBuf::from(INDEX_FILE),
            Route::NotFound => PathBuf::from("404.html"),
            Route::Sitemap => PathBuf::from("sitemap.xml"),
            Route::Asset(path) => path.to_path_buf(),
            Route::Host(file) => PathBuf::from(file.file_name()),
            Route::Compressed { of, encoding } => {
                let mut name = of.as_os_str().to_os_string();
                name.push(".");
                name.push(encoding.suffix());
                PathBuf::from(name)
            }
        }
    }

    /// The template that renders it, for the HTML files the build makes
    /// from templates.
    pub fn template(&self) -> Option<&'static str> {
        match self {
            Route::Page { .. } => Some("page.html"),
            Route::LeafletIndex { .. } => Some("leaflets.html"),
            Route::Home { .. } => Some("home.html"),
            Route::Search { .. } => Some("search.html"),
            Route::LanguageChoice => Some("root.html"),
            Route::NotFound => Some("404.html"),
            Route::Leaflet { .. }
            | Route::LeafletCopy { .. }
            | Route::Sitemap
            | Route::SearchFile(_)
            | Route::Asset(_)
            | Route::Host(_)
            | Route::Compressed { .. } => None,
        }
    }

    /// The link to it from the site root, as pages write links: a folder
    /// for an `index.html` (`pl/report/`, `pl/`, or empty for the root).
    pub fn href(&self) -> String {
        let path = self.path().to_string_lossy().replace('\\', "/");
        match path.strip_suffix(INDEX_FILE) {
            Some(folder) => folder.to_string(),
            None => path,
        }
    }

    /// The folder this file is in, from the site root (`pl/report/`, or
    /// empty for the root).
    fn folder(&self) -> String {
        let href = self.href();
        match href.rfind('/') {
            Some(index) => href[..=index].to_string(),
            None => String::new(),
        }
    }

    /// The relative link from the file of `from` to this one, through the
    /// site root (`../../pl/slug/` from a page): how language switchers and
    /// the way home are written.
    pub fn href_from(&self, from: &Route<'_>) -> String {
        let depth = from.folder().matches('/').count();
        format!("{}{}", "../".repeat(depth), self.href())
    }

    /// The shortest relative link from the file of `from` to this one,
    /// when it lies below the folder of `from` (`slug/` from a locale's
    /// home page, `leaflet.pdf` from its page); otherwise through the site
    /// root, as `href_from`.
    pub fn href_inside(&self, from: &Route<'_>) -> String {
        let folder = from.folder();
        let target = self.href();
        match target.strip_prefix(&folder) {
            Some(inside) if !inside.is_empty() => inside.to_string(),
            _ => self.href_from(from),
        }
    }

    /// The route of `path` (inside the output folder, `/`-separated), if
    /// it is one the build makes for a site with these locale codes;
    /// anything else that could be a file is an asset. Everything under
    /// `pagefind/` is the search index's (the claims keep static files out
    /// of that folder when search is on), its compressed copies included.
    pub fn parse(path: &'a str, locales: &[&str]) -> Option<Route<'a>> {
        let parts: Vec<&'a str> = path.split('/').collect();
        let is_locale = |part: &str| locales.contains(&part);
        let compressed = Encoding::ALL.into_iter().find_map(|encoding| {
            let of = path.strip_suffix(encoding.suffix())?.strip_suffix('.')?;
            is_compressed_kind(Path::new(of)).then_some((of, encoding))
        });
        if let Some((of, encoding)) = compressed {
            Route::parse(of, locales)?;
            return Some(Route::Compressed {
                of: Path::new(of),
                encoding,
            });
        }
        if let Some(file) = HostFile::ALL.into_iter().find(|file| path == file.file_name()) {
            return Some(Route::Host(file));
        }
        if let Some(file) = path
            .strip_prefix(SEARCH_BUNDLE_DIR)
            .and_then(|rest| rest.strip_prefix('/'))
            && !file.is_empty()
            && file.split('/').all(|part| !part.is_empty())
        {
            return Some(Route::SearchFile(file));
        }
        Some(match parts.as_slice() {
            [INDEX_FILE] => Route::LanguageChoice,
            ["404.html"] => Route::NotFound,
            ["sitemap.xml"] => Route::Sitemap,
            [locale, INDEX_FILE] if is_locale(locale) => Route::Home { locale },
            [locale, LEAFLET_INDEX_DIR, INDEX_FILE] if is_locale(locale) => Route::LeafletIndex { locale },
            [locale, SEARCH_DIR, INDEX_FILE] if is_locale(locale) => Route::Search { locale },
            [locale, slug, INDEX_FILE] if is_locale(locale) && content::is_slug(slug) => {
                Route::Page { locale, slug }
            }
            [locale, slug, LEAFLET_FILE] if is_locale(locale) && content::is_slug(slug) => {
                Route::LeafletCopy { locale, slug }
            }
            [locale, slug, file]
                if is_locale(locale) && content::is_slug(slug) && file.starts_with(LEAFLET_PREFIX) =>
            {
                match parse_leaflet_file(file, locale, locales) {
                    Some((format, beside)) => Route::Leaflet {
                        locale,
                        slug,
                        format,
                        beside,
                    },
                    None => Route::Asset(Path::new(path)),
                }
            }
            parts if !parts.is_empty() && parts.iter().all(|part| !part.is_empty()) => {
                Route::Asset(Path::new(path))
            }
            _ => return None,
        })
    }
}

/// The format and edition of a leaflet file name in `locale`'s folder
/// (`leaflet-a4-large.pdf`, `leaflet-a4-en-zh-Hans.pdf`). Format names and
/// locale codes both hold hyphens, so each format is tried and what
/// follows it must be nothing or `-<another locale>-<locale>`.
fn parse_leaflet_file<'a>(
    file: &'a str,
    locale: &str,
    locales: &[&str],
) -> Option<(LeafletFormat, Option<&'a str>)> {
    let stem = file.strip_prefix(LEAFLET_PREFIX)?.strip_suffix(PDF_SUFFIX)?;
    LeafletFormat::ALL.into_iter().find_map(|format| {
        let rest = stem.strip_prefix(format.name())?;
        if rest.is_empty() {
            return Some((format, None));
        }
        let beside = rest.strip_prefix('-')?.strip_suffix(locale)?.strip_suffix('-')?;
        (beside != locale && locales.contains(&beside)).then_some((format, Some(beside)))
    })
}

/// Who asks for an address.
#[derive(Debug, Clone)]
enum Claimant {
    /// A page, in one locale (its file, and where its slug is written).
    Page {
        page: PathBuf,
        slug_span: Span,
        locale: String,
    },
    /// A file of `static/` (its path inside it).
    Asset(PathBuf),
    /// The build itself (what it makes, e.g. "the leaflet index of `pl`").
    Build(String),
}

impl Claimant {
    fn describe(&self) -> String {
        match self {
            Claimant::Page { page, locale, .. } => format!("the page {} in `{locale}`", page.display()),
            Claimant::Asset(path) => format!(
                "the static file {}",
                Path::new(crate::project::STATIC_DIR).join(path).display()
            ),
            Claimant::Build(what) => what.clone(),
        }
    }

    /// Where an author can fix the collision, if it is theirs.
    fn span(&self) -> Option<Span> {
        match self {
            Claimant::Page { slug_span, .. } => Some(slug_span.clone()),
            Claimant::Asset(path) => Some(Span::file(&Path::new(crate::project::STATIC_DIR).join(path))),
            Claimant::Build(_) => None,
        }
    }
}

/// One address asked for: by whom, whether in a published locale, and
/// (for a compressed copy) the file it is a copy of.
struct Claim {
    path: PathBuf,
    claimant: Claimant,
    published: bool,
    copy_of: Option<PathBuf>,
}

/// The leaflet files of `page` in `locale` (none when it asks for no
/// leaflet): each of its formats, then each bilingual edition the locale
/// asks for (beside `source_locale`), then the copy at the old address.
pub fn leaflet_routes<'a>(config: &'a Config, page: &'a Page, locale: &'a str) -> Vec<Route<'a>> {
    let Some(spec) = &page.front.leaflet else {
        return Vec::new();
    };
    let slug = page.front.slug.as_str();
    let mut routes: Vec<Route<'a>> = spec
        .formats(config)
        .into_iter()
        .map(|format| Route::Leaflet {
            locale,
            slug,
            format,
            beside: None,
        })
        .collect();
    let editions = config
        .locales
        .iter()
        .find(|entry| entry.code == locale && entry.code != config.source_locale)
        .map_or(&[][..], |entry| entry.bilingual_leaflets.as_slice());
    routes.extend(editions.iter().map(|format| Route::Leaflet {
        locale,
        slug,
        format: *format,
        beside: Some(config.source_locale.as_str()),
    }));
    routes.push(Route::LeafletCopy { locale, slug });
    routes
}

/// Claims every address a build writes (pages and leaflets in every
/// configured locale, the build's own files, the host files, the static
/// files at their published paths, and the compressed copies of each of
/// those that gets them) and reports each address claimed twice, and each
/// file standing where another claim needs a folder, naming both
/// claimants. Two pages with one slug are left to
/// `content/duplicate-slug`, which reports them where they are written.
/// A collision only in an unpublished locale is a warning, as every
/// problem of such a locale is. With search on, the search index's folder
/// (`pagefind/`) is the build's as a whole: its files are named after
/// their content, so nothing else may be written anywhere inside it.
pub fn check_claims(config: &Config, pages: &[Page], assets: &Assets) -> Vec<Diagnostic> {
    let mut claims: Vec<Claim> = Vec::new();
    let build = |route: Route<'_>, what: String, published: bool| Claim {
        path: route.path(),
        claimant: Claimant::Build(what),
        published,
        copy_of: None,
    };
    claims.push(build(Route::LanguageChoice, "the language choice".into(), true));
    claims.push(build(Route::NotFound, "the 404 page".into(), true));
    claims.push(build(Route::Sitemap, "the sitemap".into(), true));
    let has_leaflets = pages.iter().any(|page| page.front.leaflet.is_some());
    for locale in &config.locales {
        let code = locale.code.as_str();
        let published = locale.publish;
        claims.push(build(
            Route::Home { locale: code },
            format!("the home page of `{code}`"),
            published,
        ));
        if has_leaflets {
            claims.push(build(
                Route::LeafletIndex { locale: code },
                format!("the leaflet index of `{code}`"),
                published,
            ));
        }
        if config.search.enabled {
            claims.push(build(
                Route::Search { locale: code },
                format!("the search page of `{code}`"),
                published,
            ));
        }
        for page in pages {
            let slug = page.front.slug.as_str();
            let claimant = Claimant::Page {
                page: page.path.clone(),
                slug_span: content::slug_span(page),
                locale: code.to_string(),
            };
            claims.push(Claim {
                path: Route::Page { locale: code, slug }.path(),
                claimant: claimant.clone(),
                published,
                copy_of: None,
            });
            for route in leaflet_routes(config, page, code) {
                claims.push(Claim {
                    path: route.path(),
                    claimant: claimant.clone(),
                    published,
                    copy_of: None,
                });
            }
        }
    }
    for file in HostFile::ALL {
        claims.push(build(Route::Host(file), file.describe().to_string(), true));
    }
    for (source, asset) in assets.iter() {
        claims.push(Claim {
            path: Route::Asset(&asset.output).path(),
            claimant: Claimant::Asset(source.to_path_buf()),
            published: true,
            copy_of: None,
        });
    }
    if config.output.precompress {
        // One copy per address, however many claim it (two pages with one
        // slug are reported as such).
        let mut copied = std::collections::BTreeSet::new();
        let copies: Vec<Claim> = claims
            .iter()
            .filter(|claim| is_compressed_kind(&claim.path) && copied.insert(claim.path.clone()))
            .flat_map(|claim| {
                Encoding::ALL.map(|encoding| Claim {
                    path: Route::Compressed {
                        of: &claim.path,
                        encoding,
                    }
                    .path(),
                    claimant: Claimant::Build(format!(
                        "the {} copy of `{}` (output.precompress)",
                        encoding.suffix(),
                        claim.path.display()
                    )),
                    published: claim.published,
                    copy_of: Some(claim.path.clone()),
                })
            })
            .collect();
        claims.extend(copies);
    }
    let mut claimed: BTreeMap<PathBuf, (Claimant, bool)> = BTreeMap::new();
    // Addresses already reported: the copies of such a file collide too,
    // and that is the same mistake.
    let mut reported: std::collections::BTreeSet<PathBuf> = std::collections::BTreeSet::new();
    let reserved_folder = config.search.enabled.then(|| PathBuf::from(SEARCH_BUNDLE_DIR));
    let mut diagnostics = Vec::new();
    for Claim {
        path,
        claimant,
        published,
        copy_of,
    } in claims
    {
        let mut conflicts: Vec<(PathBuf, (Claimant, bool))> = Vec::new();
        if let Some(first) = claimed.get(&path) {
            conflicts.push((path.clone(), first.clone()));
        }
        if let Some(folder) = reserved_folder.as_ref().filter(|folder| path.starts_with(folder)) {
            let index = Claimant::Build(format!(
                "the search index, which owns the folder `{}/`",
                folder.display()
            ));
            conflicts.push((path.clone(), (index, true)));
        }
        // A file where this claim needs a folder, or a folder (claims
        // below this path) where it needs a file.
        for ancestor in path.ancestors().skip(1).filter(|a| !a.as_os_str().is_empty()) {
            if let Some(first) = claimed.get(ancestor) {
                conflicts.push((ancestor.to_path_buf(), first.clone()));
            }
        }
        // Paths order by component, so whatever lies below `path` comes
        // right after it.
        let after = (
            std::ops::Bound::Excluded(path.clone()),
            std::ops::Bound::Unbounded,
        );
        if let Some((below, first)) = claimed.range(after).next()
            && below.starts_with(&path)
        {
            conflicts.push((below.clone(), first.clone()));
        }
        if let Some(of) = &copy_of {
            // A copy collides wherever its file does: that is reported.
            if reported.contains(of) {
                conflicts.clear();
            }
            conflicts.retain(|(other, _)| !reported.contains(other));
        }
        for (other, (first, first_published)) in conflicts {
            if matches!(
                (&first, &claimant),
                (Claimant::Page { .. }, Claimant::Page { .. })
            ) {
                continue;
            }
            reported.insert(path.clone());
            reported.insert(other.clone());
            let address = if other == path {
                format!("`{}` is claimed twice", path.display())
            } else {
                format!(
                    "`{}` and `{}` cannot both be written (one is a file where the other needs a folder)",
                    other.display(),
                    path.display()
                )
            };
            let span = claimant
                .span()
                .or_else(|| first.span())
                .unwrap_or_else(|| Span::file(Path::new(crate::config::FILE_NAME)));
            let message = format!(
                "{address}: by {} and by {}",
                first.describe(),
                claimant.describe()
            );
            let diagnostic = if published && first_published {
                Diagnostic::error("output/address-claimed", span, message)
            } else {
                Diagnostic::warning("output/address-claimed", span, message)
            };
            diagnostics.push(diagnostic.with_help(
                "give the page another slug, or move the static file; the build's own addresses are listed in the README (\"Addresses the build reserves\")",
            ));
        }
        claimed.entry(path).or_insert((claimant, published));
    }
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects the addresses every renderer, the preview and the link
    // checks rely on, and the way back from a path.
    #[test]
    fn routes_have_one_path_and_parse_back() {
        let locales = ["en", "zh-Hans"];
        let routes = [
            (
                Route::Page {
                    locale: "en",
                    slug: "a-page",
                },
                "en/a-page/index.html",
                "en/a-page/",
            ),
            (
                Route::LeafletCopy {
                    locale: "zh-Hans",
                    slug: "a",
                },
                "zh-Hans/a/leaflet.pdf",
                "zh-Hans/a/leaflet.pdf",
            ),
            (
                Route::Leaflet {
                    locale: "en",
                    slug: "a",
                    format: LeafletFormat::A4Large,
                    beside: None,
                },
                "en/a/leaflet-a4-large.pdf",
                "en/a/leaflet-a4-large.pdf",
            ),
            (
                Route::Leaflet {
                    locale: "zh-Hans",
                    slug: "a",
                    format: LeafletFormat::A4,
                    beside: Some("en"),
                },
                "zh-Hans/a/leaflet-a4-en-zh-Hans.pdf",
                "zh-Hans/a/leaflet-a4-en-zh-Hans.pdf",
            ),
            (
                Route::Leaflet {
                    locale: "zh-Hans",
                    slug: "a",
                    format: LeafletFormat::A4Large,
                    beside: Some("en"),
                },
                "zh-Hans/a/leaflet-a4-large-en-zh-Hans.pdf",
                "zh-Hans/a/leaflet-a4-large-en-zh-Hans.pdf",
            ),
            (
                Route::LeafletIndex { locale: "en" },
                "en/leaflets/index.html",
                "en/leaflets/",
            ),
            (Route::Home { locale: "en" }, "en/index.html", "en/"),
            (
                Route::Search { locale: "zh-Hans" },
                "zh-Hans/search/index.html",
                "zh-Hans/search/",
            ),
            (
                Route::SearchFile("fragment/en_1a2b3c4.pf_fragment"),
                "pagefind/fragment/en_1a2b3c4.pf_fragment",
                "pagefind/fragment/en_1a2b3c4.pf_fragment",
            ),
            (Route::LanguageChoice, "index.html", ""),
            (Route::NotFound, "404.html", "404.html"),
            (Route::Sitemap, "sitemap.xml", "sitemap.xml"),
            (
                Route::Asset(Path::new("css/site.css")),
                "css/site.css",
                "css/site.css",
            ),
            (Route::Host(HostFile::Headers), "_headers", "_headers"),
            (Route::Host(HostFile::Htaccess), ".htaccess", ".htaccess"),
            (Route::Host(HostFile::Nginx), "nginx.conf", "nginx.conf"),
            (
                Route::Compressed {
                    of: Path::new("en/a/index.html"),
                    encoding: Encoding::Brotli,
                },
                "en/a/index.html.br",
                "en/a/index.html.br",
            ),
            (
                Route::Compressed {
                    of: Path::new("css/site.css"),
                    encoding: Encoding::Gzip,
                },
                "css/site.css.gz",
                "css/site.css.gz",
            ),
        ];
        for (route, path, href) in routes {
            assert_eq!(route.path(), PathBuf::from(path));
            assert_eq!(route.href(), href);
            assert_eq!(Route::parse(path, &locales), Some(route), "{path}");
        }
        let page = Route::Page {
            locale: "en",
            slug: "a",
        };
        let home = Route::Home { locale: "en" };
        let pl_page = Route::Page {
            locale: "pl",
            slug: "a",
        };
        let leaflet = Route::Leaflet {
            locale: "en",
            slug: "a",
            format: LeafletFormat::DlTrifold,
            beside: None,
        };
        assert_eq!(page.href_inside(&home), "a/");
        assert_eq!(page.href_from(&home), "../en/a/");
        assert_eq!(home.href_from(&home), "../en/");
        assert_eq!(pl_page.href_from(&page), "../../pl/a/");
        assert_eq!(pl_page.href_inside(&page), "../../pl/a/");
        assert_eq!(leaflet.href_inside(&page), "leaflet-dl-trifold.pdf");
        // Every format and edition parses back to itself, and names that
        // only look like leaflets are assets.
        for format in LeafletFormat::ALL {
            for beside in [None, Some("en")] {
                let route = Route::Leaflet {
                    locale: "zh-Hans",
                    slug: "a",
                    format,
                    beside,
                };
                let path = route.path().to_string_lossy().replace('\\', "/");
                assert_eq!(Route::parse(&path, &locales), Some(route), "{path}");
            }
        }
        for path in [
            "en/a/leaflet-a3.pdf",
            "en/a/leaflet-a4-en-en.pdf",
            "en/a/leaflet-a4-fr-en.pdf",
            "en/a/leaflet-a4-zh-Hans.pdf",
            "en/a/leaflet-a4-large-.pdf",
        ] {
            assert_eq!(
                Route::parse(path, &locales),
                Some(Route::Asset(Path::new(path))),
                "{path}"
            );
        }
        assert_eq!(
            Route::LeafletIndex { locale: "en" }.href_inside(&home),
            "leaflets/"
        );
        assert_eq!(
            Route::Home { locale: "pl" }.href_from(&Route::LanguageChoice),
            "pl/"
        );
        assert_eq!(Route::LanguageChoice.href_from(&page), "../../");
        assert_eq!(
            Route::parse("fr/a/index.html", &locales),
            Some(Route::Asset(Path::new("fr/a/index.html")))
        );
        assert_eq!(Route::parse("en//x", &locales), None);
        assert_eq!(Route::parse("pagefind/", &locales), None);
        assert_eq!(
            Route::SearchFile("pagefind.js").href_from(&Route::Search { locale: "en" }),
            "../../pagefind/pagefind.js"
        );
        assert_eq!(
            Route::parse("img/photo.png.gz", &locales),
            Some(Route::Asset(Path::new("img/photo.png.gz"))),
            "only kinds that get copies have copies"
        );
        assert!(
            content::RESERVED_SLUGS
                .iter()
                .any(|(slug, _)| *slug == LEAFLET_INDEX_DIR)
        );
    }

    fn page(slug: &str, leaflet: bool) -> Page {
        let leaflet = if leaflet { "leaflet:\n  sections: []\n" } else { "" };
        let source = format!(
            "---\ntitle: T\nsummary: S\nslug: {slug}\napplies_to: england\nlast_reviewed: 2026-01-01\n{leaflet}---\nBody.\n"
        );
        content::parse_page(Path::new("content/p.md"), source.as_bytes()).expect("valid page")
    }

    fn claims(assets: &[&str], published_pl: bool) -> Vec<(String, crate::diag::Severity)> {
        claims_with(assets, published_pl, true)
    }

    fn claims_with(
        assets: &[&str],
        published_pl: bool,
        precompress: bool,
    ) -> Vec<(String, crate::diag::Severity)> {
        let yaml = format!(
            "base_url: https://example.org/\nsource_locale: en\nlocales:\n  - code: en\n    review: reviewed\n  - code: pl\n    review: draft\n    publish: {published_pl}\noutput:\n  precompress: {precompress}\n"
        );
        let config = crate::config::parse(Path::new("site.yaml"), &yaml).expect("valid config");
        let pages = [page("advice", true)];
        let assets = Assets::new(
            assets
                .iter()
                .map(|path| (PathBuf::from(path), b"body{}".to_vec()))
                .collect(),
        );
        check_claims(&config, &pages, &assets)
            .into_iter()
            .map(|d| (d.span.path.display().to_string(), d.severity))
            .collect()
    }

    // Protects the claims: an address asked for twice, a file where a
    // folder must be, and a folder where a file must be are errors at the
    // author's file; only an unpublished locale's are warnings.
    #[test]
    fn a_second_claim_on_an_address_is_refused() {
        use crate::diag::Severity::{Error, Warning};
        assert_eq!(claims(&["site.css", "en/advice/photo.png"], true), []);
        assert_eq!(
            claims(&["en/advice/leaflet.pdf"], true),
            [("static/en/advice/leaflet.pdf".to_string(), Error)]
        );
        assert_eq!(
            claims(&["en/advice/leaflet-a5.pdf"], true),
            [("static/en/advice/leaflet-a5.pdf".to_string(), Error)]
        );
        assert_eq!(claims(&["en/advice/leaflet-a4.pdf"], true), []);
        assert_eq!(
            claims(&["en/leaflets/index.html"], true),
            [("static/en/leaflets/index.html".to_string(), Error)]
        );
        assert_eq!(
            claims(&["sitemap.xml"], true),
            [("static/sitemap.xml".to_string(), Error)]
        );
        assert_eq!(claims(&["en"], true), [("static/en".to_string(), Error)]);
        assert_eq!(
            claims(&["pagefind/pagefind.js", "pagefind"], true),
            [
                ("static/pagefind".to_string(), Error),
                ("static/pagefind/pagefind.js".to_string(), Error),
                ("static/pagefind/pagefind.js".to_string(), Error),
            ]
        );
        assert_eq!(
            claims(&["en/search/index.html"], true),
            [("static/en/search/index.html".to_string(), Error)]
        );
        assert_eq!(
            claims(&["index.html/x"], true),
            [("static/index.html/x".to_string(), Error)]
        );
        assert_eq!(
            claims(&["pl/index.html"], false),
            [("static/pl/index.html".to_string(), Warning)]
        );
    }

    // Protects the addresses of the host files and of the compressed
    // copies (claimed only when they are written); one mistake is one
    // error, not one per copy.
    #[test]
    fn host_files_and_compressed_copies_are_claimed() {
        use crate::diag::Severity::Error;
        for name in ["_headers", ".htaccess", "nginx.conf"] {
            assert_eq!(claims(&[name], true), [(format!("static/{name}"), Error)]);
        }
        assert_eq!(
            claims(&["en/advice/index.html.br"], true),
            [("static/en/advice/index.html.br".to_string(), Error)]
        );
        assert_eq!(claims_with(&["en/advice/index.html.br"], true, false), []);
        assert_eq!(
            claims(&["notes.html", "notes.html.gz"], true),
            [("static/notes.html.gz".to_string(), Error)]
        );
        assert_eq!(
            claims(&["sitemap.xml"], true).len(),
            1,
            "the copies of a file claimed twice are not reported again"
        );
    }
}
