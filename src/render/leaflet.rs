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

use super::{Built, LinkSource, Sink};
use crate::config::Config;
use crate::content::{Date, FontFile, Page};
use crate::diag::{Diagnostic, Span};
use crate::l10n::localize::{ContactView, LocalizedPage};
use crate::markdown::{Block, Run, RunKind, Section};

/// The Typst template's name in `templates/`.
pub const TEMPLATE: &str = crate::content::LEAFLET_TEMPLATE;

/// The stack each typesetting thread gets: Typst's evaluation recurses
/// deeply, and this must not depend on the user's environment
/// (`RUST_MIN_STACK`).
const TYPESETTING_STACK: usize = 64 * 1024 * 1024;

/// Fonts and the standard library, loaded once and shared by every leaflet.
pub struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    /// The template source and its path (for diagnostics).
    template: String,
    template_path: PathBuf,
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
    pub contacts: Vec<ContactView>,
    pub qr_label: String,
    pub qr_alt: String,
    pub url: String,
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

/// The QR code for `url` as an SVG image (an error when the address is
/// too long for any QR code).
pub fn qr_svg(url: &str) -> Result<String, qrcode::types::QrError> {
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .quiet_zone(true)
        .min_dimensions(200, 200)
        .build())
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

/// The sections a leaflet prints (those whose English ids are in
/// `selected`, in page order), with links made absolute against `page_url`
/// (print has no relative links) and fragment-only links as plain text.
pub fn print_sections(sections: &[Section], selected: &[String], page_url: &str) -> Vec<Section> {
    sections
        .iter()
        .filter(|section| selected.contains(&section.id))
        .map(|section| Section {
            id: section.id.clone(),
            heading: section.heading.clone(),
            blocks: section
                .blocks
                .iter()
                .map(|block| Block {
                    kind: block.kind,
                    runs: block.runs.iter().map(|run| print_run(run, page_url)).collect(),
                })
                .collect(),
        })
        .collect()
}

fn print_run(run: &Run, page_url: &str) -> Run {
    match (&run.url, run.kind) {
        (Some(url), RunKind::Link) if url.starts_with('#') => Run {
            kind: RunKind::Text,
            url: None,
            ..run.clone()
        },
        (Some(url), RunKind::Link) => Run {
            kind: RunKind::Link,
            text: run.text.clone(),
            url: Some(absolute_url(page_url, url)),
            strong: false,
            emph: false,
        },
        _ => run.clone(),
    }
}

/// Each `leaflet.sections` entry must be a `##` heading of its page (for
/// the pages of `sources`).
pub fn check_sections(pages: &[Page], sources: &crate::l10n::sources::Sources) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for (offset, source) in sources.pages.iter().enumerate() {
        let page = &pages[sources.first_page.index() + offset];
        let headings = &source.document.headings;
        let Some(spec) = &page.front.leaflet else { continue };
        let sections: Vec<&str> = headings
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

/// What typesetting leaflets needs.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub config: &'a Config,
    pub pages: &'a [Page],
    pub print_marks: bool,
}

/// One leaflet to make: a page with a leaflet, in one locale.
struct Job<'a> {
    catalog: &'a crate::l10n::Catalog,
    text: &'a LocalizedPage,
}

type Typeset = Result<(PathBuf, Vec<u8>, Vec<(String, LinkSource)>), Vec<Diagnostic>>;

/// The leaflets of `pages` (each localized page with its locale's
/// catalog) whose page asks for one. Leaflets are typeset on worker threads of their own
/// (with a stack size this program sets), never as rayon tasks: Typst's PDF
/// export waits with `rayon::yield_now`, which would start the next queued
/// leaflet on the same stack. The PDFs go to `sink`; returns them with the
/// links they print. `Err` only when the sink cannot take a file.
pub fn render_all(
    input: Input<'_>,
    pages: &[(&crate::l10n::Catalog, &LocalizedPage)],
    typesetter: &Typesetter,
    sink: &dyn Sink,
) -> anyhow::Result<(Built, Vec<Diagnostic>)> {
    let jobs: Vec<Job<'_>> = pages
        .iter()
        .filter(|(_, text)| input.pages[text.cell.page.index()].front.leaflet.is_some())
        .map(|(catalog, text)| Job { catalog, text })
        .collect();
    let results = run_on_workers(&jobs, |job| -> anyhow::Result<Result<_, Vec<Diagnostic>>> {
        match render_one(input, typesetter, job) {
            Ok((path, pdf, links)) => {
                sink.put(&path, pdf)?;
                Ok(Ok((path, links)))
            }
            Err(found) => Ok(Err(found)),
        }
    });
    let mut built = Built::default();
    let mut diagnostics = Vec::new();
    for result in results {
        match result {
            Ok(Ok((path, links))) => built.add(path, Vec::new(), links),
            Ok(Err(mut found)) => diagnostics.append(&mut found),
            Err(error) => return Err(error),
        }
    }
    Ok((built, diagnostics))
}

/// Runs `work` on every job, on as many worker threads as the current rayon
/// pool has, each with `TYPESETTING_STACK`; results come back in job order.
fn run_on_workers<J: Sync, T: Send>(jobs: &[J], work: impl Fn(&J) -> T + Sync) -> Vec<T> {
    use std::sync::atomic::{AtomicUsize, Ordering};

    let next = AtomicUsize::new(0);
    let n_workers = rayon::current_num_threads().clamp(1, jobs.len().max(1));
    let mut done: Vec<(usize, T)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..n_workers)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .name("signpost-leaflet".to_string())
                    .stack_size(TYPESETTING_STACK)
                    .spawn_scoped(scope, || {
                        let mut done = Vec::new();
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            let Some(job) = jobs.get(index) else { break };
                            done.push((index, work(job)));
                            // Typst memoizes across compilations and never
                            // forgets on its own: keep only what recent
                            // leaflets used, so memory does not grow with
                            // the number of leaflets.
                            comemo::evict(4);
                        }
                        done
                    })
                    .ok()
            })
            .collect();
        let mut done = Vec::with_capacity(jobs.len());
        for worker in workers {
            if let Ok(mut results) = worker.join() {
                done.append(&mut results);
            }
        }
        done
    });
    // Jobs no worker took (a worker could not start) run here.
    let taken: std::collections::HashSet<usize> = done.iter().map(|(index, _)| *index).collect();
    for (index, job) in jobs.iter().enumerate() {
        if !taken.contains(&index) {
            done.push((index, work(job)));
        }
    }
    done.sort_by_key(|(index, _)| *index);
    done.into_iter().map(|(_, result)| result).collect()
}

fn render_one(input: Input<'_>, typesetter: &Typesetter, job: &Job<'_>) -> Typeset {
    let text = job.text;
    let page = &input.pages[text.cell.page.index()];
    let catalog = job.catalog;
    let Some(spec) = &page.front.leaflet else {
        return Err(Vec::new());
    };
    let config = input.config;
    let code = &catalog.locale.code;
    let slug = &page.front.slug;
    let output = super::route::Route::Leaflet { locale: code, slug }.path();
    let label = Label {
        locale: code.clone(),
        output: output.clone(),
        page: page.path.clone(),
    };
    let url = format!("{}{code}/{slug}/", config.base_url());
    let string = |id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]| {
        catalog
            .format(id, args)
            .map_err(|error| vec![catalog.format_diagnostic(&error)])
    };
    let reviewed = page.front.last_reviewed;
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
            .unwrap_or(config.output.leaflet_paper)
            .typst_name()
            .to_string(),
        print_marks: input.print_marks,
        fonts: config.output.leaflet_fonts.clone(),
        site_name: string("site-name", &[])?,
        title: text.title.clone(),
        summary: text.summary.clone(),
        applies_to: string(
            "applies-to",
            &[("nation", page.front.applies_to.to_string().into())],
        )?,
        last_reviewed_label: string("last-reviewed-label", &[])?,
        last_reviewed: text.last_reviewed.clone(),
        draft_notice: match catalog.locale.review {
            crate::config::ReviewState::Draft => Some(string("draft-notice", &[])?),
            crate::config::ReviewState::Reviewed => None,
        },
        sections: print_sections(&text.body.sections, &spec.sections, &url),
        contacts_heading: string("leaflet-contacts-heading", &[])?,
        contacts: text.contacts.clone(),
        qr_label: string("leaflet-qr-label", &[])?,
        qr_alt: string("leaflet-qr-alt", &[("url", url.clone().into())])?,
        url: url.clone(),
    };
    let qr = qr_svg(&url).map_err(|error| {
        let message = format!("could not make a QR code for {url}: {error}");
        vec![Diagnostic::error("leaflet/qr", Span::file(&page.path), message)]
    })?;
    let budget = Budget {
        max_pages: spec.max_pages,
    };
    let pdf = render(typesetter, &data, &qr, reviewed, budget, &label)?;
    let source = LinkSource::Leaflet { page: text.cell.page };
    let mut links = vec![(url.clone(), source.clone())];
    for section in &data.sections {
        for block in &section.blocks {
            for run in block.runs.iter().filter(|run| run.kind == RunKind::Link) {
                if let Some(target) = &run.url {
                    links.push((target.clone(), source.clone()));
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
