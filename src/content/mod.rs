//! Loads the author's input from disk: advice pages (Markdown with YAML
//! front matter) from `content/`, the contacts registry, template sources
//! from `templates/` and static assets from `static/`, and lists the
//! project's folders for `validate::files`. Parsing is pure and reports
//! every problem as a diagnostic; only the `load_*` and `list_*` functions
//! do IO. A symbolic link that leads out of the project is never read
//! (`validate::files` reports it).

pub mod contacts;
mod date;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::Deserialize;

pub use date::Date;

use crate::config::{LeafletFormat, Sides};
use crate::diag::{Diagnostic, Span};
use crate::project::{
    CONTENT_DIR, FONTS_DIR, STATIC_DIR, TEMPLATES_DIR, decode, has_extension, is_inside, read_tree,
};
use crate::yaml;

/// One advice page.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path relative to the project root, as shown in diagnostics.
    pub path: PathBuf,
    pub source: String,
    pub front: FrontMatter,
    /// Byte offset in `source` where the Markdown body starts.
    pub body_start: usize,
}

impl Page {
    pub fn body(&self) -> &str {
        &self.source[self.body_start..]
    }

    /// The front matter as written (with its `---` lines).
    pub fn front_matter_text(&self) -> &str {
        &self.source[..self.body_start]
    }
}

/// The typed front matter of an advice page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    /// One sentence for the home page list, search results and leaflets.
    pub summary: String,
    /// The page's folder in the output: lowercase letters, digits, hyphens.
    pub slug: String,
    /// The nation whose law the advice follows; shown as a banner.
    pub applies_to: Nation,
    /// When the advice was last checked against the law (YYYY-MM-DD).
    pub last_reviewed: Date,
    /// Registry ids of the contacts listed in the page's "Who to contact"
    /// block, in order.
    #[serde(default)]
    pub contacts: Vec<String>,
    /// A printable leaflet of this page, if wanted.
    #[serde(default)]
    pub leaflet: Option<LeafletSpec>,
}

/// What a page's leaflet prints, and in which formats.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeafletSpec {
    /// Ids of the `##` sections to print (the English heading ids, as in
    /// `#fragment` links), in page order. The title, summary, contacts block
    /// and QR code are always printed.
    #[serde(default)]
    pub sections: Vec<String>,
    /// The formats to make, each a file of its own; `site.yaml`
    /// `output.leaflet_formats` when not given.
    #[serde(default)]
    pub formats: Option<Vec<LeafletFormat>>,
    /// The older one-format spelling: `paper: a4` is `formats: [a4]`.
    /// Both at once is an error (`front-matter/leaflet-paper-and-formats`).
    #[serde(default)]
    pub paper: Option<LeafletFormat>,
    /// Sides of paper a flowing format (A5, A4, large print) may take in
    /// any language: one number for all, or one per format.
    #[serde(default)]
    pub max_pages: Option<MaxPages>,
}

/// `leaflet.max_pages`: `2`, or `{a5: 2, a4-large: 6}`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum MaxPages {
    Every(usize),
    PerFormat(BTreeMap<LeafletFormat, usize>),
}

impl LeafletSpec {
    /// The formats to make, in the order given.
    pub fn formats(&self, config: &crate::config::Config) -> Vec<LeafletFormat> {
        match (&self.formats, self.paper) {
            (Some(formats), _) => formats.clone(),
            (None, Some(paper)) => vec![paper],
            (None, None) => config.default_leaflet_formats(),
        }
    }

    /// The page budget of `format`: the sides it may take in any language.
    pub fn budget(&self, format: LeafletFormat) -> usize {
        match (format.sides(), &self.max_pages) {
            (Sides::Fixed(sides), _) => sides,
            (Sides::Flowing { default_budget }, None) => default_budget,
            (Sides::Flowing { .. }, Some(MaxPages::Every(pages))) => *pages,
            (Sides::Flowing { default_budget }, Some(MaxPages::PerFormat(pages))) => {
                pages.get(&format).copied().unwrap_or(default_budget)
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Nation {
    England,
    Wales,
    Scotland,
    NorthernIreland,
}

impl fmt::Display for Nation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Nation::England => "england",
            Nation::Wales => "wales",
            Nation::Scotland => "scotland",
            Nation::NorthernIreland => "northern-ireland",
        })
    }
}

/// A template file, still unparsed.
#[derive(Debug, Clone)]
pub struct TemplateSource {
    /// The name templates use to refer to it (`base.html`).
    pub name: String,
    /// Path relative to the project root, for diagnostics.
    pub path: PathBuf,
    pub source: String,
}

/// Reads every `*.md` file under `content/`, sorted by path, and parses
/// them (in parallel).
pub fn load_pages(root: &Path) -> anyhow::Result<(Vec<Page>, Vec<Diagnostic>)> {
    use rayon::prelude::*;

    let files = read_tree(root, CONTENT_DIR, |path| has_extension(path, "md"))?;
    let parsed: Vec<Result<Page, Vec<Diagnostic>>> = files
        .par_iter()
        .map(|(relative, bytes)| parse_page(relative, bytes))
        .collect();
    let mut pages = Vec::new();
    let mut diagnostics = Vec::new();
    for result in parsed {
        match result {
            Ok(page) => pages.push(page),
            Err(mut found) => diagnostics.append(&mut found),
        }
    }
    check_unique_slugs(&pages, &mut diagnostics);
    Ok((pages, diagnostics))
}

/// Reads every file under `templates/` whose name Tera renders (`*.html`,
/// `*.xml`), keyed by its path inside `templates/`.
pub fn load_templates(root: &Path) -> anyhow::Result<(Vec<TemplateSource>, Vec<Diagnostic>)> {
    let mut templates = Vec::new();
    let mut diagnostics = Vec::new();
    let is_template = |path: &Path| has_extension(path, "html") || has_extension(path, "xml");
    for (relative, bytes) in read_tree(root, TEMPLATES_DIR, is_template)? {
        match decode(&relative, &bytes) {
            Ok(source) => {
                let name = relative
                    .strip_prefix(TEMPLATES_DIR)
                    .unwrap_or(&relative)
                    .to_string_lossy()
                    .replace('\\', "/");
                templates.push(TemplateSource {
                    name,
                    path: relative,
                    source,
                });
            }
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    Ok((templates, diagnostics))
}

/// Reads `static/` (copied as-is to the output root), keyed by the path
/// inside `static/`. A missing folder means no assets.
pub fn load_static(root: &Path) -> anyhow::Result<BTreeMap<PathBuf, Vec<u8>>> {
    let mut assets = BTreeMap::new();
    if !root.join(STATIC_DIR).is_dir() {
        return Ok(assets);
    }
    for (relative, bytes) in read_tree(root, STATIC_DIR, |_| true)? {
        let inside = relative
            .strip_prefix(STATIC_DIR)
            .unwrap_or(&relative)
            .to_path_buf();
        assets.insert(inside, bytes);
    }
    Ok(assets)
}

/// One font file as read from disk, for the leaflets.
pub struct FontFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// The extension of the leaflets' Typst layouts in `templates/`
/// (`leaflet-common.typ` and one `leaflet-<format>.typ` per format).
pub const LEAFLET_TEMPLATE_EXTENSION: &str = "typ";

/// Reads the leaflet fonts: every `.ttf`, `.otf`, `.ttc` and `.otc` in
/// `fonts/` and in each extra folder (`--font-path`), sorted by path.
pub fn load_fonts(root: &Path, extra: &[PathBuf]) -> anyhow::Result<Vec<FontFile>> {
    let is_font = |path: &Path| {
        ["ttf", "otf", "ttc", "otc"]
            .iter()
            .any(|extension| has_extension(path, extension))
    };
    let mut fonts = Vec::new();
    if root.join(FONTS_DIR).is_dir() {
        for (path, bytes) in read_tree(root, FONTS_DIR, is_font)? {
            fonts.push(FontFile { path, bytes });
        }
    }
    for folder in extra {
        if !folder.is_dir() {
            anyhow::bail!("--font-path {} is not a folder", folder.display());
        }
        for entry in walkdir::WalkDir::new(folder).sort_by_file_name() {
            let entry = entry.with_context(|| format!("could not read {}", folder.display()))?;
            if entry.file_type().is_file() && is_font(entry.path()) {
                let bytes = std::fs::read(entry.path())
                    .with_context(|| format!("could not read {}", entry.path().display()))?;
                fonts.push(FontFile {
                    path: entry.path().to_path_buf(),
                    bytes,
                });
            }
        }
    }
    Ok(fonts)
}

/// Reads every Typst file directly in `templates/` (the leaflet layouts),
/// sorted by name, each named by its file name (`leaflet-a5.typ`); a file
/// that is not UTF-8 is a diagnostic.
pub fn load_leaflet_templates(root: &Path) -> anyhow::Result<Vec<Result<TemplateSource, Diagnostic>>> {
    let folder = root.join(TEMPLATES_DIR);
    if !folder.is_dir() {
        return Ok(Vec::new());
    }
    let is_layout = |path: &Path| {
        has_extension(path, LEAFLET_TEMPLATE_EXTENSION) && path.parent() == Some(folder.as_path())
    };
    let mut layouts = Vec::new();
    for (relative, bytes) in read_tree(root, TEMPLATES_DIR, is_layout)? {
        let name = relative
            .file_name()
            .map(|name| name.to_string_lossy().to_string())
            .unwrap_or_default();
        layouts.push(decode(&relative, &bytes).map(|source| TemplateSource {
            name,
            path: relative,
            source,
        }));
    }
    Ok(layouts)
}

/// Parses one page: front matter fences, YAML, then the checks serde cannot
/// express (slug shape, empty fields).
pub fn parse_page(path: &Path, bytes: &[u8]) -> Result<Page, Vec<Diagnostic>> {
    let source = decode(path, bytes).map_err(|d| vec![d])?;
    if source.trim().is_empty() {
        return Err(vec![
            Diagnostic::error("content/empty", Span::file(path), "the page is empty")
                .with_help("start it with front matter between `---` lines, then the Markdown"),
        ]);
    }
    let (yaml_start, yaml_end, body_start) = split_front_matter(path, &source)?;
    let front: FrontMatter =
        yaml::parse(path, &source, yaml_start, yaml_end, "front matter").map_err(|d| vec![d])?;
    let mut diagnostics = Vec::new();
    let front_text = &source[..body_start];
    let field_span = |key: &str| {
        let needle = format!("\n{key}:");
        front_text.find(&needle).map_or(Span::file(path), |offset| {
            Span::at_offset(path, &source, offset + 1)
        })
    };
    if !is_slug(&front.slug) {
        diagnostics.push(
            Diagnostic::error(
                "front-matter/bad-slug",
                field_span("slug"),
                format!(
                    "slug `{}` is not lowercase letters, digits and single hyphens",
                    front.slug
                ),
            )
            .with_help("for example `report-human-trafficking`; it becomes the page's folder and URL")
            .with_excerpt_from(&source),
        );
    }
    if let Some((_, what)) = RESERVED_SLUGS.iter().find(|(slug, _)| *slug == front.slug) {
        diagnostics.push(
            Diagnostic::error(
                "front-matter/reserved-slug",
                field_span("slug"),
                format!(
                    "slug `{}` is reserved: the build writes {what} at `<locale>/{}/` in every locale",
                    front.slug, front.slug
                ),
            )
            .with_help(format!(
                "choose another slug, e.g. `{}-advice`; reserved: {}",
                front.slug,
                RESERVED_SLUGS
                    .iter()
                    .map(|(slug, _)| format!("`{slug}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .with_excerpt_from(&source),
        );
    }
    for (key, value) in [("title", &front.title), ("summary", &front.summary)] {
        if value.trim().is_empty() {
            diagnostics.push(
                Diagnostic::error("front-matter/empty", field_span(key), format!("`{key}` is empty"))
                    .with_excerpt_from(&source),
            );
        }
    }
    if body_start >= source.len() || source[body_start..].trim().is_empty() {
        diagnostics.push(Diagnostic::error(
            "content/empty-body",
            Span::file(path),
            "the page has no text after its front matter",
        ));
    }
    if diagnostics.is_empty() {
        Ok(Page {
            path: path.to_path_buf(),
            source,
            front,
            body_start,
        })
    } else {
        Err(diagnostics)
    }
}

/// Finds the YAML between the opening `---` line and the closing one.
/// Returns (yaml start, yaml end, body start) as byte offsets.
fn split_front_matter(path: &Path, source: &str) -> Result<(usize, usize, usize), Vec<Diagnostic>> {
    let first_line_end = source.find('\n').map_or(source.len(), |index| index + 1);
    if source[..first_line_end].trim_end() != "---" {
        return Err(vec![
            Diagnostic::error(
                "front-matter/missing",
                Span {
                    path: path.to_path_buf(),
                    line: 1,
                    column: 1,
                },
                "the page does not start with front matter",
            )
            .with_help("did you forget the `---` line before and after the title, slug and other fields?")
            .with_excerpt_from(source),
        ]);
    }
    let mut offset = first_line_end;
    while offset < source.len() {
        let line_end = source[offset..]
            .find('\n')
            .map_or(source.len(), |index| offset + index + 1);
        if source[offset..line_end].trim_end() == "---" {
            return Ok((first_line_end, offset, line_end));
        }
        offset = line_end;
    }
    Err(vec![
        Diagnostic::error(
            "front-matter/unclosed",
            Span {
                path: path.to_path_buf(),
                line: 1,
                column: 1,
            },
            "the front matter opened here is never closed",
        )
        .with_help("add a line with only `---` after the last front-matter field")
        .with_excerpt_from(source),
    ])
}

/// Slugs the build keeps for folders of its own inside every locale (see
/// `render::route`), with what it writes there.
pub const RESERVED_SLUGS: &[(&str, &str)] =
    &[("leaflets", "the leaflet index"), ("search", "the search page")];

/// Where a page's `slug:` is written (the whole file if nowhere).
pub fn slug_span(page: &Page) -> Span {
    page.source[..page.body_start].find("\nslug:").map_or_else(
        || Span::file(&page.path),
        |offset| Span::at_offset(&page.path, &page.source, offset + 1),
    )
}

/// Lowercase ASCII letters and digits in hyphen-separated words.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.split('-').all(|word| {
            !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn check_unique_slugs(pages: &[Page], diagnostics: &mut Vec<Diagnostic>) {
    let mut first_use: BTreeMap<&str, &Path> = BTreeMap::new();
    for page in pages {
        match first_use.get(page.front.slug.as_str()) {
            Some(first) => {
                let offset = page.source.find("\nslug:").map_or(0, |index| index + 1);
                diagnostics.push(
                    Diagnostic::error(
                        "content/duplicate-slug",
                        Span::at_offset(&page.path, &page.source, offset),
                        format!(
                            "slug `{}` is already used by {}",
                            page.front.slug,
                            first.display()
                        ),
                    )
                    .with_help("give each page its own slug; two pages cannot share an address")
                    .with_excerpt_from(&page.source),
                );
            }
            None => {
                first_use.insert(&page.front.slug, &page.path);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "---\ntitle: T\nsummary: S\nslug: a-page\napplies_to: england\nlast_reviewed: 2026-01-31\n---\n\nBody.\n";

    fn codes(source: &[u8]) -> Vec<(&'static str, usize)> {
        match parse_page(Path::new("content/p.md"), source) {
            Ok(_) => Vec::new(),
            Err(diagnostics) => diagnostics.iter().map(|d| (d.code, d.span.line)).collect(),
        }
    }

    // Protects the diagnostic (code and line) for each kind of bad page.
    #[test]
    fn reports_each_kind_of_bad_page() {
        assert!(codes(GOOD.as_bytes()).is_empty());
        let cases: Vec<(Vec<u8>, &str, usize)> = vec![
            (b"".to_vec(), "content/empty", 0),
            (b"title: x\n\nBody".to_vec(), "front-matter/missing", 1),
            (b"---\ntitle: x\nBody".to_vec(), "front-matter/unclosed", 1),
            (
                GOOD.replace("slug: a-page", "slug: A Page").into_bytes(),
                "front-matter/bad-slug",
                4,
            ),
            (
                GOOD.replace("applies_to: england", "applies_to: france")
                    .into_bytes(),
                "yaml/unknown-key",
                5,
            ),
            (
                GOOD.replace("2026-01-31", "2026-02-30").into_bytes(),
                "yaml/wrong-type",
                6,
            ),
            (
                GOOD.replace("title: T\n", "title: T\ncolour: red\n").into_bytes(),
                "yaml/unknown-key",
                3,
            ),
            (
                GOOD.replace("slug: a-page", "slug: leaflets").into_bytes(),
                "front-matter/reserved-slug",
                4,
            ),
            (
                GOOD.replace("\nBody.\n", "").into_bytes(),
                "content/empty-body",
                0,
            ),
            ([GOOD.as_bytes(), b"\xff\xfe"].concat(), "file/not-utf8", 10),
        ];
        for (source, code, line) in cases {
            assert_eq!(
                codes(&source),
                vec![(code, line)],
                "{}",
                String::from_utf8_lossy(&source)
            );
        }
    }

    // Protects the slug rule: it becomes a folder name and a URL segment.
    #[test]
    fn slugs_are_lowercase_hyphenated_words() {
        for good in ["a", "report-human-trafficking", "page-2"] {
            assert!(is_slug(good), "{good}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "a/b", "..", "é"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
