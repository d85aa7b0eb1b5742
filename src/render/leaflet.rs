//! Print leaflets: a PDF per page and locale, typeset in-process with Typst.
//! A small `World` of our own serves the template (`templates/leaflet.typ`),
//! the leaflet's data as JSON, the QR code as SVG and the shipped fonts;
//! nothing is read from disk here. The build's guarantees extend to print:
//! Typst warnings are errors, a glyph missing from every font (tofu) is an
//! error naming the text, and a leaflet over its page budget is an error
//! naming the locale.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use typst::diag::{FileError, FileResult, Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::layout::{Frame, FrameItem};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

use crate::content::Date;
use crate::diag::{Diagnostic, Span};

/// The Typst template's name in `templates/`.
pub const TEMPLATE: &str = "leaflet.typ";

/// Fonts and the standard library, loaded once and shared by every leaflet.
pub struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    /// The template source and its path (for diagnostics).
    template: String,
    template_path: PathBuf,
}

/// One font file as read from disk.
pub struct FontFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

impl Typesetter {
    /// Parses the font files (every face of a collection) and keeps the
    /// template. A file that holds no font is reported.
    pub fn new(
        font_files: Vec<FontFile>,
        template_path: &Path,
        template: &str,
    ) -> (Typesetter, Vec<Diagnostic>) {
        let mut fonts = Vec::new();
        let mut diagnostics = Vec::new();
        for file in font_files {
            let before = fonts.len();
            fonts.extend(Font::iter(Bytes::new(file.bytes)));
            if fonts.len() == before {
                diagnostics.push(
                    Diagnostic::error(
                        "leaflet/bad-font",
                        Span::file(&file.path),
                        "this file holds no font Typst can read",
                    )
                    .with_help("use TrueType (.ttf), OpenType (.otf) or collections (.ttc)"),
                );
            }
        }
        let book = FontBook::from_fonts(&fonts);
        let typesetter = Typesetter {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(book),
            fonts,
            template: template.to_string(),
            template_path: template_path.to_path_buf(),
        };
        (typesetter, diagnostics)
    }

    /// The families of the loaded fonts, for error messages.
    pub fn families(&self) -> Vec<String> {
        let mut families: Vec<String> = self.fonts.iter().map(|font| font.info().family.clone()).collect();
        families.sort();
        families.dedup();
        families
    }

    /// Whether some loaded font has a glyph for `c`.
    fn covers(&self, c: char) -> bool {
        self.fonts
            .iter()
            .any(|font| font.info().coverage.contains(u32::from(c)))
    }
}

/// Everything the template receives, documented in `templates/leaflet.typ`.
#[derive(Debug, Clone, Serialize)]
pub struct Data {
    pub lang: String,
    pub region: Option<String>,
    pub dir: &'static str,
    pub paper: String,
    pub print_marks: bool,
    pub fonts: Vec<String>,
    pub site_name: String,
    pub title: String,
    pub summary: String,
    pub applies_to: String,
    pub last_reviewed_label: String,
    pub last_reviewed: String,
    pub draft_notice: Option<String>,
    pub sections: Vec<Section>,
    pub contacts_heading: String,
    pub contacts: Vec<super::html::ContactView>,
    pub qr_label: String,
    pub qr_alt: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Block {
    /// `p`, `li`, `h3` or `warning`.
    pub kind: &'static str,
    pub runs: Vec<Run>,
}

impl Block {
    /// A block holding one plain text run.
    fn plain(kind: &'static str, text: String) -> Block {
        Block {
            kind,
            runs: vec![Run::plain(text)],
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Run {
    /// `text`, `phone` or `link`.
    pub kind: &'static str,
    pub text: String,
    /// For phones the `tel:` URI, for links the address.
    pub url: Option<String>,
    pub strong: bool,
    pub emph: bool,
}

impl Run {
    /// Unstyled text.
    fn plain(text: String) -> Run {
        Run {
            kind: "text",
            text,
            url: None,
            strong: false,
            emph: false,
        }
    }
}

/// Limits a leaflet must keep.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    pub max_pages: usize,
}

/// What to call the leaflet in messages.
#[derive(Debug, Clone)]
pub struct Label {
    pub locale: String,
    /// The output path, e.g. `pl/report-human-trafficking/leaflet.pdf`.
    pub output: PathBuf,
    /// The page the content comes from, for diagnostics.
    pub page: PathBuf,
}

/// Typesets one leaflet; returns the PDF or every problem found.
pub fn render(
    typesetter: &Typesetter,
    data: &Data,
    qr_svg: &str,
    reviewed: Date,
    budget: Budget,
    label: &Label,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let uncovered = uncovered_characters(typesetter, data);
    if !uncovered.is_empty() {
        return Err(vec![
            Diagnostic::error(
                "leaflet/no-font",
                Span::file(&label.page),
                format!(
                    "the `{}` leaflet uses characters no configured font covers: {}",
                    label.locale,
                    uncovered
                        .iter()
                        .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
            .with_help(format!(
                "add a font for this script to fonts/ or pass --font-path; loaded families: {}",
                typesetter.families().join(", ")
            )),
        ]);
    }
    let data_json = serde_json::to_vec(data).map_err(|error| {
        vec![Diagnostic::error(
            "leaflet/data",
            Span::file(&label.page),
            format!("could not encode the leaflet data: {error}"),
        )]
    })?;
    let world =
        LeafletWorld::new(typesetter, data_json, qr_svg.as_bytes().to_vec(), reviewed).ok_or_else(|| {
            vec![Diagnostic::error(
                "leaflet/world",
                Span::file(&label.page),
                "could not set up the Typst file system",
            )]
        })?;
    let compiled = typst::compile::<PagedDocument>(&world);
    let mut diagnostics: Vec<Diagnostic> = compiled
        .warnings
        .iter()
        .map(|warning| typst_diagnostic(&world, typesetter, warning, label))
        .collect();
    let document = match compiled.output {
        Ok(document) => document,
        Err(errors) => {
            diagnostics.extend(
                errors
                    .iter()
                    .map(|error| typst_diagnostic(&world, typesetter, error, label)),
            );
            return Err(diagnostics);
        }
    };
    for page in document.pages() {
        find_tofu(&page.frame, label, &mut diagnostics);
    }
    if document.pages().len() > budget.max_pages {
        diagnostics.push(
            Diagnostic::error(
                "leaflet/overflow",
                Span::file(&label.page),
                format!(
                    "the `{}` leaflet needs {} pages but may have {} ({})",
                    label.locale,
                    document.pages().len(),
                    budget.max_pages,
                    label.output.display()
                ),
            )
            .with_help("print fewer sections (leaflet.sections in the front matter), shorten the translation, or raise leaflet.max_pages"),
        );
    }
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom(label.output.display().to_string()),
        timestamp: Datetime::from_ymd(i32::from(reviewed.year), reviewed.month, reviewed.day)
            .map(typst_pdf::Timestamp::new_utc),
        standards: typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1]).map_err(|error| {
            vec![Diagnostic::error(
                "leaflet/pdf",
                Span::file(&label.page),
                format!("{error:?}"),
            )]
        })?,
        ..typst_pdf::PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| {
        errors
            .iter()
            .map(|error| typst_diagnostic(&world, typesetter, error, label))
            .collect()
    })
}

/// Characters of the leaflet's text that no loaded font can draw.
fn uncovered_characters(typesetter: &Typesetter, data: &Data) -> Vec<char> {
    let mut texts: Vec<&str> = vec![
        &data.title,
        &data.summary,
        &data.applies_to,
        &data.last_reviewed_label,
    ];
    texts.extend([
        data.last_reviewed.as_str(),
        &data.contacts_heading,
        &data.qr_label,
        &data.site_name,
    ]);
    texts.extend(data.draft_notice.as_deref());
    for section in &data.sections {
        texts.push(&section.heading);
        for block in &section.blocks {
            texts.extend(block.runs.iter().map(|run| run.text.as_str()));
        }
    }
    for contact in &data.contacts {
        texts.extend([
            contact.name.as_str(),
            &contact.display,
            &contact.purpose,
            &contact.cost,
        ]);
        texts.extend(contact.hours.as_deref());
    }
    let mut uncovered: Vec<char> = texts
        .iter()
        .flat_map(|text| text.chars())
        .filter(|c| !c.is_whitespace() && !c.is_control() && !is_invisible_format(*c))
        .filter(|c| !typesetter.covers(*c))
        .collect();
    uncovered.sort_unstable();
    uncovered.dedup();
    uncovered
}

/// Bidi and joiner controls are not drawn, so need no glyph.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Reports every run of text drawn with glyph 0 (the "missing glyph" box).
fn find_tofu(frame: &Frame, label: &Label, diagnostics: &mut Vec<Diagnostic>) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(group) => find_tofu(&group.frame, label, diagnostics),
            FrameItem::Text(text) if text.glyphs.iter().any(|glyph| glyph.id == 0) => {
                diagnostics.push(
                    Diagnostic::error(
                        "leaflet/tofu",
                        Span::file(&label.page),
                        format!(
                            "the `{}` leaflet would print empty boxes for `{}` (font {})",
                            label.locale,
                            text.text,
                            text.font.font().info().family
                        ),
                    )
                    .with_help("add a font that covers these characters to fonts/ or pass --font-path"),
                );
            }
            _ => {}
        }
    }
}

fn typst_diagnostic(
    world: &LeafletWorld,
    typesetter: &Typesetter,
    found: &SourceDiagnostic,
    label: &Label,
) -> Diagnostic {
    let in_template = found.span.id() == Some(world.main);
    let span = match (in_template, world.range(found.span)) {
        (true, Some(range)) => Span::at_offset(&typesetter.template_path, &typesetter.template, range.start),
        _ => Span::file(&typesetter.template_path),
    };
    let kind = match found.severity {
        TypstSeverity::Error => "error",
        TypstSeverity::Warning => "warning",
    };
    let hints: Vec<String> = found.hints.iter().map(|hint| hint.v.to_string()).collect();
    let mut diagnostic = Diagnostic::error(
        "leaflet/typst",
        span,
        format!(
            "Typst {kind} in the `{}` leaflet: {}",
            label.locale, found.message
        ),
    );
    if in_template {
        diagnostic = diagnostic.with_excerpt_from(&typesetter.template);
    }
    if !hints.is_empty() {
        diagnostic = diagnostic.with_help(hints.join("; "));
    }
    diagnostic
}

/// The files one compilation can see: the template, `/data.json`, `/qr.svg`.
struct LeafletWorld<'a> {
    typesetter: &'a Typesetter,
    main: FileId,
    source: Source,
    files: HashMap<FileId, Bytes>,
    today: Option<Datetime>,
}

fn file_id(path: &str) -> Option<FileId> {
    let virtual_path = VirtualPath::new(path).ok()?;
    Some(FileId::new(RootedPath::new(VirtualRoot::Project, virtual_path)))
}

impl<'a> LeafletWorld<'a> {
    fn new(
        typesetter: &'a Typesetter,
        data_json: Vec<u8>,
        qr_svg: Vec<u8>,
        reviewed: Date,
    ) -> Option<LeafletWorld<'a>> {
        let main = file_id("/leaflet.typ")?;
        let files = HashMap::from([
            (file_id("/data.json")?, Bytes::new(data_json)),
            (file_id("/qr.svg")?, Bytes::new(qr_svg)),
        ]);
        Some(LeafletWorld {
            typesetter,
            main,
            source: Source::new(main, typesetter.template.clone()),
            files,
            today: Datetime::from_ymd(i32::from(reviewed.year), reviewed.month, reviewed.day),
        })
    }
}

impl World for LeafletWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.typesetter.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.typesetter.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main {
            Ok(self.source.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main {
            return Ok(Bytes::from_string(self.source.clone()));
        }
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(PathBuf::from(format!("{id:?}"))))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.typesetter.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}

/// The QR code for `url` as an SVG image.
pub fn qr_svg(url: &str) -> Result<String, String> {
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
        .map_err(|error| format!("could not make a QR code for {url}: {error}"))?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .quiet_zone(true)
        .min_dimensions(200, 200)
        .build())
}

/// The `##` sections of `markdown` whose English ids are in `selected`, as
/// leaflet blocks. `english_headings` gives every heading's English id by
/// position; `page_url` makes relative links absolute (print has no
/// relative links); fragment-only links print as plain text.
pub fn sections(
    markdown: &str,
    english_headings: &[crate::markdown::Heading],
    selected: &[String],
    registry: &crate::content::contacts::Registry,
    page_url: &str,
) -> Vec<Section> {
    use pulldown_cmark::{BlockQuoteKind, Event, HeadingLevel, Parser, Tag, TagEnd};

    let mut found: Vec<Section> = Vec::new();
    let mut heading_index = 0;
    let mut inside = false;
    let mut heading: Option<(HeadingLevel, String)> = None;
    let mut current: Option<Block> = None;
    let mut in_warning = false;
    let mut in_item = 0usize;
    let mut strong = 0usize;
    let mut emph = 0usize;
    let mut link: Option<(String, String)> = None;
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<String> = None;

    let push_text = |current: &mut Option<Block>, text: &str, strong: bool, emph: bool| {
        if let Some(block) = current.as_mut() {
            block.runs.push(Run {
                kind: "text",
                text: text.to_string(),
                url: None,
                strong,
                emph,
            });
        }
    };
    for event in Parser::new_ext(markdown, crate::markdown::options()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let id = english_headings
                    .get(heading_index)
                    .map(|h| h.id.clone())
                    .unwrap_or_default();
                heading_index += 1;
                if level == HeadingLevel::H2 {
                    inside = selected.contains(&id);
                }
                heading = Some((level, String::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, text)) = heading.take() {
                    if level == HeadingLevel::H2 && inside {
                        found.push(Section {
                            heading: text,
                            blocks: Vec::new(),
                        });
                    } else if inside && let Some(section) = found.last_mut() {
                        section.blocks.push(Block::plain("h3", text));
                    }
                }
            }
            Event::Text(text) | Event::Code(text) if heading.is_some() => {
                if let Some((_, heading_text)) = heading.as_mut() {
                    heading_text.push_str(&text);
                }
            }
            _ if !inside => {}
            Event::Start(Tag::BlockQuote(Some(BlockQuoteKind::Warning))) => in_warning = true,
            Event::End(TagEnd::BlockQuote(Some(BlockQuoteKind::Warning))) => in_warning = false,
            Event::Start(Tag::Item) => {
                in_item += 1;
                current = Some(Block {
                    kind: "li",
                    runs: Vec::new(),
                });
            }
            Event::End(TagEnd::Item) => {
                in_item = in_item.saturating_sub(1);
                if let (Some(block), Some(section)) = (current.take(), found.last_mut()) {
                    section.blocks.push(block);
                }
            }
            Event::Start(Tag::Paragraph) if in_item == 0 => {
                let kind = if in_warning { "warning" } else { "p" };
                current = Some(Block {
                    kind,
                    runs: Vec::new(),
                });
            }
            Event::End(TagEnd::Paragraph) if in_item == 0 => {
                if let (Some(block), Some(section)) = (current.take(), found.last_mut()) {
                    section.blocks.push(block);
                }
            }
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => row.extend(cell.take()),
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => {
                let text = row
                    .drain(..)
                    .filter(|cell| !cell.trim().is_empty())
                    .collect::<Vec<_>>()
                    .join(" – ");
                if let Some(section) = found.last_mut() {
                    section.blocks.push(Block::plain("li", text));
                }
            }
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Emphasis) => emph += 1,
            Event::End(TagEnd::Emphasis) => emph = emph.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(id) = dest_url.strip_prefix("tel:") {
                    if let Some(contact) = registry.get(id) {
                        let run = Run {
                            kind: "phone",
                            text: contact.display.clone(),
                            url: Some(crate::validate::phones::dial_uri(contact)),
                            strong: false,
                            emph: false,
                        };
                        match (cell.as_mut(), current.as_mut()) {
                            (Some(cell), _) => cell.push_str(&contact.display),
                            (None, Some(block)) => block.runs.push(run),
                            (None, None) => {}
                        }
                    }
                    link = Some((String::new(), String::new()));
                } else {
                    link = Some((absolute_url(page_url, &dest_url), String::new()));
                }
            }
            Event::End(TagEnd::Link) => {
                if let Some((url, text)) = link.take().filter(|(url, _)| !url.is_empty())
                    && let Some(block) = current.as_mut()
                {
                    let is_fragment = url.starts_with('#');
                    if is_fragment {
                        block.runs.push(Run {
                            kind: "text",
                            text,
                            url: None,
                            strong: strong > 0,
                            emph: emph > 0,
                        });
                    } else {
                        block.runs.push(Run {
                            kind: "link",
                            text,
                            url: Some(url),
                            strong: false,
                            emph: false,
                        });
                    }
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((url, link_text)) = link.as_mut() {
                    if !url.is_empty() {
                        link_text.push_str(&text);
                    }
                } else if let Some(cell) = cell.as_mut() {
                    cell.push_str(&text);
                } else {
                    push_text(&mut current, &text, strong > 0, emph > 0);
                }
            }
            Event::SoftBreak | Event::HardBreak => push_text(&mut current, " ", false, false),
            _ => {}
        }
    }
    found
}

/// `url` made absolute against `page_url` (fragments stay as they are).
fn absolute_url(page_url: &str, url: &str) -> String {
    if url.starts_with('#') || url.contains("://") || url.starts_with("mailto:") {
        return url.to_string();
    }
    let mut base: Vec<&str> = page_url.trim_end_matches('/').split('/').collect();
    for segment in url.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                if base.len() > 3 {
                    base.pop();
                }
            }
            other => base.push(other),
        }
    }
    let mut joined = base.join("/");
    if url.ends_with('/') {
        joined.push('/');
    }
    joined
}

/// One leaflet to make.
struct Job<'a> {
    page_index: usize,
    catalog: &'a std::sync::Arc<crate::l10n::Catalog>,
}

/// Every leaflet of the site: for each page that asks for one, in each
/// published locale, rendered in parallel. Returns the PDFs, the links they
/// print (for the link check) and the problems.
pub fn render_site_leaflets(
    site: &crate::Site,
    typesetter: &Typesetter,
    localized: &super::html::Localize<'_>,
    english_headings: &[Vec<crate::markdown::Heading>],
    print_marks: bool,
) -> (
    super::Files,
    Vec<crate::validate::links::LinkUse>,
    Vec<Diagnostic>,
) {
    use rayon::prelude::*;

    let mut jobs = Vec::new();
    for (page_index, page) in site.pages.iter().enumerate() {
        if page.front.leaflet.is_some() {
            for catalog in site.catalogs.iter().filter(|catalog| catalog.locale.publish) {
                jobs.push(Job { page_index, catalog });
            }
        }
    }
    let results: Vec<_> = jobs
        .par_iter()
        .map(|job| {
            render_one(
                site,
                typesetter,
                localized,
                &english_headings[job.page_index],
                print_marks,
                job,
            )
        })
        .collect();
    let mut files = super::Files::new();
    let mut uses = Vec::new();
    let mut diagnostics = Vec::new();
    for result in results {
        match result {
            Ok((path, pdf, mut links)) => {
                files.insert(path, pdf);
                uses.append(&mut links);
            }
            Err(mut found) => diagnostics.append(&mut found),
        }
    }
    (files, uses, diagnostics)
}

type Rendered = (PathBuf, Vec<u8>, Vec<crate::validate::links::LinkUse>);

fn render_one(
    site: &crate::Site,
    typesetter: &Typesetter,
    localized: &super::html::Localize<'_>,
    english_headings: &[crate::markdown::Heading],
    print_marks: bool,
    job: &Job<'_>,
) -> Result<Rendered, Vec<Diagnostic>> {
    let page = &site.pages[job.page_index];
    let catalog = job.catalog;
    let Some(spec) = &page.front.leaflet else {
        return Err(Vec::new());
    };
    let code = &catalog.locale.code;
    let slug = &page.front.slug;
    let output = PathBuf::from(code).join(slug).join("leaflet.pdf");
    let label = Label {
        locale: code.clone(),
        output: output.clone(),
        page: page.path.clone(),
    };
    let text = localized(job.page_index, catalog)?;
    let url = format!("{}{code}/{slug}/", site.config.base_url());
    let string = |id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]| {
        catalog.format(id, args).map_err(|message| {
            vec![
                Diagnostic::error("l10n/format", Span::file(&catalog.dir()), message)
                    .with_help("add the message to this locale's site.ftl"),
            ]
        })
    };
    let contacts = super::html::contact_views(site, catalog, page)?;
    let reviewed = page.front.last_reviewed;
    let last_reviewed = super::html::format_date(catalog, reviewed).map_err(|message| {
        vec![Diagnostic::error(
            "l10n/format",
            Span::file(&catalog.dir()),
            message,
        )]
    })?;
    let data = Data {
        lang: catalog.locale.langid.language.as_str().to_string(),
        region: catalog
            .locale
            .langid
            .region
            .map(|region| region.as_str().to_ascii_lowercase()),
        dir: catalog.locale.dir(),
        paper: spec
            .paper
            .unwrap_or(site.config.output.leaflet_paper)
            .typst_name()
            .to_string(),
        print_marks,
        fonts: site.config.output.leaflet_fonts.clone(),
        site_name: string("site-name", &[])?,
        title: text.title.clone(),
        summary: text.summary.clone(),
        applies_to: string(
            "applies-to",
            &[("nation", page.front.applies_to.to_string().into())],
        )?,
        last_reviewed_label: string("last-reviewed-label", &[])?,
        last_reviewed,
        draft_notice: match catalog.locale.review {
            crate::config::ReviewState::Draft => Some(string("draft-notice", &[])?),
            crate::config::ReviewState::Reviewed => None,
        },
        sections: sections(
            &text.markdown,
            english_headings,
            &spec.sections,
            &site.registry,
            &url,
        ),
        contacts_heading: string("leaflet-contacts-heading", &[])?,
        contacts,
        qr_label: string("leaflet-qr-label", &[])?,
        qr_alt: string("leaflet-qr-alt", &[("url", url.clone().into())])?,
        url: url.clone(),
    };
    let qr = qr_svg(&url)
        .map_err(|message| vec![Diagnostic::error("leaflet/qr", Span::file(&page.path), message)])?;
    let budget = Budget {
        max_pages: spec.max_pages,
    };
    let pdf = render(typesetter, &data, &qr, reviewed, budget, &label)?;
    let mut links = vec![crate::validate::links::LinkUse {
        url: url.clone(),
        page: output.clone(),
        source: Span::file(&page.path),
    }];
    for section in &data.sections {
        for block in &section.blocks {
            for run in block.runs.iter().filter(|run| run.kind == "link") {
                if let Some(target) = &run.url {
                    links.push(crate::validate::links::LinkUse {
                        url: target.clone(),
                        page: output.clone(),
                        source: Span::file(&page.path),
                    });
                }
            }
        }
    }
    Ok((output, pdf, links))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects relative links becoming full addresses in print.
    #[test]
    fn makes_relative_links_absolute() {
        let page = "https://e.org/help/pl/a/";
        assert_eq!(absolute_url(page, "../b/"), "https://e.org/help/pl/b/");
        assert_eq!(absolute_url(page, "https://x.org/"), "https://x.org/");
        assert_eq!(absolute_url(page, "#signs"), "#signs");
    }
}
