//! Typesetting one leaflet with Typst, in-process: a small `World` of our
//! own serves the layouts (`templates/leaflet-*.typ`, each format's file
//! importing `leaflet-common.typ`), the leaflet's data as `/data.json` and
//! the shipped fonts; nothing is read from disk here. The build's
//! guarantees extend to print: Typst warnings are errors, a glyph missing
//! from every font (tofu) is an error naming the text, a part that does not
//! fit its panel or page budget is an error naming the format, the locale
//! and the part, and a PDF standard Typst cannot meet is an error with
//! Typst's reason, never a quiet downgrade.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use typst::diag::{FileError, FileResult, Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Label as TypstLabel, Selector};
use typst::introspection::{Introspector, MetadataElem};
use typst::layout::{Frame, FrameItem};
use typst::syntax::{DiagSpan, FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::{LazyHash, PicoStr};
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

use super::bleed_box;
use super::data::Data;
use crate::config::{LeafletFormat, Sides};
use crate::content::{Date, FontFile, TemplateSource};
use crate::diag::{Diagnostic, Span};

/// The layouts' shared file in `templates/`, imported by each format's.
pub const COMMON_TEMPLATE: &str = "leaflet-common.typ";

/// A layout file as loaded from `templates/`.
pub struct TemplateFile {
    /// The file name (`leaflet-a5.typ`).
    pub name: String,
    /// Path relative to the project root, for diagnostics.
    pub path: PathBuf,
    pub source: Source,
}

/// Fonts, the standard library and the layouts, loaded once and shared by
/// every leaflet.
pub struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    templates: Vec<TemplateFile>,
}

impl Typesetter {
    /// Parses the font files (every face of a collection) and keeps the
    /// layouts. A file that holds no font is reported.
    pub fn new(font_files: Vec<FontFile>, templates: Vec<TemplateSource>) -> (Typesetter, Vec<Diagnostic>) {
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
        let templates = templates
            .into_iter()
            .filter_map(|template| {
                let id = file_id(&format!("/{}", template.name))?;
                Some(TemplateFile {
                    name: template.name,
                    path: template.path,
                    source: Source::new(id, template.source),
                })
            })
            .collect();
        let book = FontBook::from_fonts(&fonts);
        let typesetter = Typesetter {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(book),
            fonts,
            templates,
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

    /// The layout file named `name`, if loaded.
    pub fn template(&self, name: &str) -> Option<&TemplateFile> {
        self.templates.iter().find(|template| template.name == name)
    }

    fn template_by_id(&self, id: FileId) -> Option<&TemplateFile> {
        self.templates.iter().find(|template| template.source.id() == id)
    }
}

/// What to call a leaflet in messages.
#[derive(Debug, Clone)]
pub struct Label {
    pub locale: String,
    pub format: LeafletFormat,
    /// The output path, e.g. `pl/report-human-trafficking/leaflet-a5.pdf`.
    pub output: PathBuf,
    /// The page the content comes from, for diagnostics.
    pub page: PathBuf,
}

impl Label {
    /// "the `pl` a5 leaflet (pl/x/leaflet-a5.pdf)"
    fn describe(&self) -> String {
        format!(
            "the `{}` {} leaflet ({})",
            self.locale,
            self.format,
            self.output.display()
        )
    }
}

/// Every character of the leaflet's text has a glyph in some loaded font
/// (else the leaflet would print empty boxes): checked once for all the
/// formats of one text, in `locale`, from the page at `page`.
pub fn check_fonts(
    typesetter: &Typesetter,
    data: &Data,
    locale: &str,
    page: &Path,
) -> Result<(), Vec<Diagnostic>> {
    let uncovered = uncovered_characters(typesetter, data);
    if uncovered.is_empty() {
        return Ok(());
    }
    Err(vec![
        Diagnostic::error(
            "leaflet/no-font",
            Span::file(page),
            format!(
                "the `{locale}` leaflets use characters no configured font covers: {}",
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
    ])
}

/// Typesets one leaflet (its fonts checked by `check_fonts`); returns the
/// PDF or every problem found.
/// `budget` is the most sides it may take (a fixed format's sides).
pub fn typeset(
    typesetter: &Typesetter,
    data: &Data,
    reviewed: Date,
    budget: usize,
    label: &Label,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let data_json = serde_json::to_vec(data).map_err(|error| {
        vec![Diagnostic::error(
            "leaflet/data",
            Span::file(&label.page),
            format!("could not encode the leaflet data: {error}"),
        )]
    })?;
    let template_name = label.format.template();
    let Some(main) = typesetter.template(&template_name) else {
        return Err(vec![missing_template(&template_name, label.format)]);
    };
    let world = LeafletWorld::new(typesetter, main.source.id(), data_json, reviewed).ok_or_else(|| {
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
        .map(|warning| typst_diagnostic(&world, warning, label))
        .collect();
    let document = match compiled.output {
        Ok(document) => document,
        Err(errors) => {
            diagnostics.extend(errors.iter().map(|error| typst_diagnostic(&world, error, label)));
            return Err(diagnostics);
        }
    };
    for page in document.pages() {
        find_tofu(&page.frame, label, &mut diagnostics);
    }
    diagnostics.extend(check_fit(&document, budget, label));
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    let standards = if data.print.on {
        // PDF/A forbids device colours without an output intent, and Typst
        // writes CMYK as DeviceCMYK with no way to give one (typst#6012):
        // print files are PDF/UA-1 only.
        vec![typst_pdf::PdfStandard::Ua_1]
    } else {
        vec![typst_pdf::PdfStandard::Ua_1, typst_pdf::PdfStandard::A_2a]
    };
    let standard_names = if data.print.on {
        "PDF/UA-1"
    } else {
        "PDF/UA-1 and PDF/A-2a"
    };
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom(label.output.display().to_string()),
        timestamp: Datetime::from_ymd(i32::from(reviewed.year), reviewed.month, reviewed.day)
            .map(typst_pdf::Timestamp::new_utc),
        standards: typst_pdf::PdfStandards::new(&standards).map_err(|error| {
            vec![Diagnostic::error(
                "leaflet/pdf-standard",
                Span::file(&label.page),
                format!(
                    "{} cannot be {standard_names}: {}",
                    label.describe(),
                    error.message()
                ),
            )]
        })?,
        ..typst_pdf::PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &options).map_err(|errors| {
        errors
            .iter()
            .map(|error| {
                let mut diagnostic = typst_diagnostic(&world, error, label);
                diagnostic.code = "leaflet/pdf-standard";
                diagnostic.message = format!(
                    "{} cannot be written as {standard_names}: {}",
                    label.describe(),
                    error.message
                );
                diagnostic
            })
            .collect::<Vec<_>>()
    })?;
    if !data.print.on {
        return Ok(pdf);
    }
    let bleed_pt = data.print.bleed_mm / 25.4 * 72.0;
    bleed_box::add(&pdf, bleed_pt).map_err(|reason| {
        vec![Diagnostic::error(
            "leaflet/pdf-boxes",
            Span::file(&label.page),
            format!("could not give {} its BleedBox: {reason}", label.describe()),
        )]
    })
}

/// A layout file a format needs is missing.
pub fn missing_template(name: &str, format: LeafletFormat) -> Diagnostic {
    let path = Path::new(crate::project::TEMPLATES_DIR).join(name);
    Diagnostic::error(
        "template/missing",
        Span::file(&path),
        format!("pages ask for `{format}` leaflets but there is no {}", path.display()),
    )
    .with_help(format!(
        "each format has its own layout, importing {COMMON_TEMPLATE}: copy {name} from a new project (`signpost new`), or leave `{format}` out of the leaflet formats"
    ))
}

/// A part of a fixed panel that did not fit, as the layout reports it
/// (`fit()` in `leaflet-common.typ`).
#[derive(Deserialize)]
struct Overflow {
    part: String,
    needed: f64,
    room: f64,
}

/// The layout's labels: `<signpost-overflow>` on a panel that did not fit,
/// `<signpost-part-end>` after each part of a flowing layout (its name).
const OVERFLOW_LABEL: &str = "signpost-overflow";
const PART_END_LABEL: &str = "signpost-part-end";

/// What did not fit: each panel the layout reports as too full, and each
/// part that ends past the page budget.
fn check_fit(document: &PagedDocument, budget: usize, label: &Label) -> Vec<Diagnostic> {
    let introspector = document.introspector();
    let metadata = |name: &str| -> Vec<(Option<usize>, serde_json::Value)> {
        let Some(typst_label) = TypstLabel::new(PicoStr::intern(name)) else {
            return Vec::new();
        };
        introspector
            .query(&Selector::Label(typst_label))
            .iter()
            .filter_map(|content| {
                let value = serde_json::to_value(&content.to_packed::<MetadataElem>()?.value).ok()?;
                let page = content
                    .location()
                    .and_then(|location| introspector.page(location))
                    .map(std::num::NonZeroUsize::get);
                Some((page, value))
            })
            .collect()
    };
    let mut diagnostics = Vec::new();
    for (_, value) in metadata(OVERFLOW_LABEL) {
        if let Ok(overflow) = serde_json::from_value::<Overflow>(value) {
            diagnostics.push(
                Diagnostic::error(
                    "leaflet/overflow",
                    Span::file(&label.page),
                    format!(
                        "{} does not fit: {} needs {:.1} mm of height and has {:.1} mm",
                        label.describe(),
                        overflow.part,
                        overflow.needed,
                        overflow.room
                    ),
                )
                .with_help(overflow_help(label.format)),
            );
        }
    }
    let pages = document.pages().len();
    if pages > budget {
        let beyond: Vec<String> = metadata(PART_END_LABEL)
            .into_iter()
            .filter(|(page, _)| page.is_some_and(|page| page > budget))
            .filter_map(|(_, value)| value.as_str().map(|part| format!("“{part}”")))
            .collect();
        let what = if beyond.is_empty() {
            String::new()
        } else {
            format!("; past side {budget}: {}", beyond.join(", "))
        };
        let kind = match label.format.sides() {
            Sides::Flowing { .. } => "may have",
            Sides::Fixed(_) => "has",
        };
        diagnostics.push(
            Diagnostic::error(
                "leaflet/overflow",
                Span::file(&label.page),
                format!(
                    "{} does not fit: it needs {pages} sides but {kind} {budget}{what}",
                    label.describe()
                ),
            )
            .with_help(overflow_help(label.format)),
        );
    } else if let Sides::Fixed(sides) = label.format.sides()
        && pages != sides
    {
        diagnostics.push(Diagnostic::error(
            "leaflet/sides",
            Span::file(&label.page),
            format!(
                "{} has {pages} sides but a {} has {sides}: its layout ({}) must make exactly {sides}",
                label.describe(),
                label.format,
                label.format.template()
            ),
        ));
    }
    diagnostics
}

fn overflow_help(format: LeafletFormat) -> &'static str {
    match format {
        LeafletFormat::Card => {
            "the card prints the page's free numbers: shorten their names or purposes in the translation, or leave `card` out of the leaflet formats"
        }
        LeafletFormat::DlTrifold => {
            "print fewer sections (leaflet.sections in the front matter), shorten the translation, or choose a format that flows over pages (a5, a4)"
        }
        LeafletFormat::A5 | LeafletFormat::A4 | LeafletFormat::A4Large => {
            "print fewer sections (leaflet.sections in the front matter), shorten the translation, or raise leaflet.max_pages"
        }
    }
}

/// Characters of the leaflet's text that no loaded font can draw.
fn uncovered_characters(typesetter: &Typesetter, data: &Data) -> Vec<char> {
    let mut texts = data.text.strings();
    if let Some(beside) = &data.beside {
        texts.extend(beside.strings());
    }
    // Each distinct character is looked up once (a leaflet has thousands
    // of characters and a few dozen distinct ones).
    let distinct: std::collections::BTreeSet<char> = texts
        .iter()
        .flat_map(|text| text.chars())
        .filter(|c| !c.is_whitespace() && !c.is_control() && !is_invisible_format(*c))
        .collect();
    distinct.into_iter().filter(|c| !typesetter.covers(*c)).collect()
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
                            "{} would print empty boxes for `{}` (font {})",
                            label.describe(),
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

/// A Typst error or warning, at its file and line when it is in a layout.
fn typst_diagnostic(world: &LeafletWorld<'_>, found: &SourceDiagnostic, label: &Label) -> Diagnostic {
    let typesetter = world.typesetter;
    let located = |span: DiagSpan| -> Option<(&TemplateFile, usize)> {
        let template = typesetter.template_by_id(span.id()?)?;
        let range = world.range(span)?;
        Some((template, range.start))
    };
    let (span, excerpt) = match located(found.span) {
        Some((template, offset)) => (
            Span::at_offset(&template.path, template.source.text(), offset),
            Some(template.source.text()),
        ),
        None => (
            Span::file(&typesetter.template(&label.format.template()).map_or_else(
                || PathBuf::from(crate::project::TEMPLATES_DIR),
                |t| t.path.clone(),
            )),
            None,
        ),
    };
    let kind = match found.severity {
        TypstSeverity::Error => "error",
        TypstSeverity::Warning => "warning",
    };
    let mut hints: Vec<String> = found.hints.iter().map(|hint| hint.v.to_string()).collect();
    // Where a shared function was called from, outermost last.
    for point in &found.trace {
        if let Some((template, offset)) = located(point.span.into()) {
            let at = Span::at_offset(&template.path, template.source.text(), offset);
            hints.push(format!(
                "{} at {}:{}:{}",
                point.v,
                at.path.display(),
                at.line,
                at.column
            ));
        }
    }
    let mut diagnostic = Diagnostic::error(
        "leaflet/typst",
        span,
        format!("Typst {kind} in {}: {}", label.describe(), found.message),
    );
    if let Some(text) = excerpt {
        diagnostic = diagnostic.with_excerpt_from(text);
    }
    if !hints.is_empty() {
        diagnostic = diagnostic.with_help(hints.join("; "));
    }
    diagnostic
}

/// The files one compilation can see: the layouts and `/data.json`.
struct LeafletWorld<'a> {
    typesetter: &'a Typesetter,
    main: FileId,
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
        main: FileId,
        data_json: Vec<u8>,
        reviewed: Date,
    ) -> Option<LeafletWorld<'a>> {
        let files = HashMap::from([(file_id("/data.json")?, Bytes::new(data_json))]);
        Some(LeafletWorld {
            typesetter,
            main,
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
        match self.typesetter.template_by_id(id) {
            Some(template) => Ok(template.source.clone()),
            None if self.files.contains_key(&id) => Err(FileError::NotSource),
            None => Err(FileError::NotFound(PathBuf::from(format!("{id:?}")))),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(template) = self.typesetter.template_by_id(id) {
            return Ok(Bytes::from_string(template.source.clone()));
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
