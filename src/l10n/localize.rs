//! The localization stage: once per (page, locale), the page's translation
//! is checked by the gate and formatted, put back into the English Markdown
//! in place of each unit, and rendered once into a typed `LocalizedPage`
//! (title, summary, rendered body with headings, links and print outline,
//! the contacts block and the formatted review date). The HTML renderer,
//! the leaflet typesetter and the link checks borrow it; none of them
//! re-parses Markdown or Fluent.

use fluent_bundle::FluentValue;
use serde::Serialize;

use super::gate::{self, FileStatus, UnitState};
use super::sources::Sources;
use super::units;
use super::units::SourceUnit;
use super::{Catalog, FormatError};
use crate::content::contacts::{CallCost, Contact, Registry};
use crate::content::{Date, Page};
use crate::diag::{Diagnostic, Span};
use crate::key::Cell;
use crate::markdown::{self, Document};

/// A page's text in one locale, ready for every renderer.
#[derive(Debug, Clone)]
pub struct LocalizedPage {
    /// Which page, in which locale.
    pub cell: Cell,
    pub title: String,
    pub summary: String,
    /// The rendered body. Its links' offsets are positions in the English
    /// page source, where each link target is written.
    pub body: Document,
    /// The page's "Who to contact" block, in this locale.
    pub contacts: Vec<ContactView>,
    /// `last_reviewed` as this locale writes dates.
    pub last_reviewed: String,
}

/// One entry of a page's contacts block.
#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    pub id: String,
    pub name: String,
    pub display: String,
    pub dial: String,
    pub purpose: String,
    pub hours: Option<String>,
    pub cost: String,
}

/// What localizing needs besides the page and the locale.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub pages: &'a [Page],
    pub sources: &'a Sources,
    pub registry: &'a Registry,
    /// The locale the content is written in.
    pub source_locale: &'a str,
    /// How translations are read.
    pub reading: Reading<'a>,
}

/// How a page's translation is read.
#[derive(Debug, Clone, Copy)]
pub enum Reading<'a> {
    /// The gate decides (build and check): a unit that fails it fails the
    /// page, and the page is not rendered.
    Gated,
    /// The preview's translator view: the gate runs, but a unit whose
    /// translation is missing, stale or broken is shown in English,
    /// marked, instead of the page failing, and messages the locale lacks
    /// come from `source` (the source locale's catalog).
    Preview { source: &'a Catalog },
    /// Without the gate: the pseudo-locale, whose messages are the English
    /// passed through a transformation.
    Ungated,
}

impl<'a> Reading<'a> {
    fn preview_source(self) -> Option<&'a Catalog> {
        match self {
            Reading::Preview { source } => Some(source),
            Reading::Gated | Reading::Ungated => None,
        }
    }
}

/// Codes of findings that the preview shows in the page (as marked English)
/// rather than as errors: what is not translated yet.
pub const SHOWN_IN_PREVIEW: &[&str] = &[
    "l10n/missing",
    "l10n/empty",
    "l10n/stale",
    "l10n/missing-file",
    "l10n/base-outdated",
    "l10n/base-missing",
    "l10n/pontoon-config-outdated",
];

/// Marks around a unit shown in English in the preview, replaced by a
/// `<span>` after rendering (private-use characters never in content).
const MARK_START: char = '\u{E000}';
const MARK_MIDDLE: char = '\u{E001}';
const MARK_END: char = '\u{E002}';

/// What localizing one page in one locale gave.
#[derive(Debug)]
pub struct Localized {
    /// `None` when the translation has errors (they are in `diagnostics`).
    pub page: Option<LocalizedPage>,
    /// The gate's counts for the page's translation file (not for the
    /// source locale).
    pub status: Option<FileStatus>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Localizes the page of `cell` into `catalog`, the catalog of its locale.
pub fn localize(context: &Context<'_>, catalog: &Catalog, cell: Cell) -> Localized {
    let page = &context.pages[cell.page.index()];
    let source = context.sources.page(cell.page);
    let preview = context.reading.preview_source();
    if catalog.locale.code == context.source_locale {
        let mut diagnostics = Vec::new();
        let page = finish(
            context,
            catalog,
            page,
            cell,
            page.front.title.clone(),
            page.front.summary.clone(),
            source.document.clone(),
            &mut diagnostics,
        );
        return Localized {
            page,
            status: None,
            diagnostics,
        };
    }
    let (states, mut diagnostics, status) = match context.reading {
        Reading::Gated | Reading::Preview { .. } => {
            let check = gate::check_set(catalog, &source.units, context.registry);
            (check.states, check.diagnostics, Some(check.status))
        }
        Reading::Ungated => (gate::format_unchecked(catalog, &source.units), Vec::new(), None),
    };
    if preview.is_some() {
        for diagnostic in &mut diagnostics {
            if SHOWN_IN_PREVIEW.contains(&diagnostic.code) {
                diagnostic.severity = crate::diag::Severity::Warning;
            }
        }
    } else if diagnostics.iter().any(Diagnostic::is_error) {
        return Localized {
            page: None,
            status,
            diagnostics,
        };
    }
    let units = &source.units.units;
    let (path, _) = catalog.translation_text(&source.units);
    // In the preview, every unit without a good translation is its English,
    // between marks naming it.
    let mut marked: Vec<(String, &'static str)> = Vec::new();
    let preview_text: Vec<Option<String>> = units
        .iter()
        .zip(&states)
        .map(|(unit, state)| {
            let shown = match state {
                UnitState::Good(_) => return None,
                UnitState::Missing => "missing",
                UnitState::Stale => "stale",
                UnitState::Broken => "broken",
            };
            if preview.is_none() || unit.range.is_empty() {
                return None;
            }
            marked.push((unit.id.clone(), shown));
            Some(format!(
                "{MARK_START}{}{MARK_MIDDLE}{}{MARK_END}",
                marked.len() - 1,
                &page.source[unit.range.clone()]
            ))
        })
        .collect();
    let translated: Vec<Option<&str>> = states
        .iter()
        .zip(&preview_text)
        .map(|(state, preview)| match (state, preview) {
            (UnitState::Good(text), _) => Some(text.as_str()),
            (_, Some(preview)) => Some(preview.as_str()),
            _ => None,
        })
        .collect();
    let text_of = |kind: units::UnitKind, english: &str| {
        units
            .iter()
            .zip(&translated)
            .find(|(unit, _)| unit.kind == units::SourceKind::Page(kind))
            .and_then(|(_, text)| text.map(str::to_string))
            .unwrap_or_else(|| english.to_string())
    };
    let title = text_of(units::UnitKind::Title, &page.front.title);
    let summary = text_of(units::UnitKind::Summary, &page.front.summary);
    let (body, offsets) = rebuild(page, units, &translated);
    let warning_label = catalog.format("warning-label", &[]).unwrap_or_default();
    let markdown_context = markdown::Context {
        registry: context.registry,
        warning_label: &warning_label,
        english_headings: Some(&source.document.headings),
        outline: page.front.leaflet.is_some(),
    };
    let events = markdown::parse(&body, 0);
    let (mut document, found) = markdown::render(&path, &body, &events, &markdown_context);
    if !marked.is_empty() {
        show_marks(&mut document, &marked, &catalog.locale.code, &path);
    }
    if !found.is_empty() && preview.is_none() {
        // The gate has already checked every unit; anything left is reported
        // against the translation file as a whole.
        diagnostics.extend(found.into_iter().map(|mut diagnostic| {
            diagnostic.span = Span::file(&path);
            diagnostic.excerpt = None;
            diagnostic
        }));
        return Localized {
            page: None,
            status,
            diagnostics,
        };
    }
    for link in &mut document.links {
        link.offset = match offsets.origin(link.offset) {
            Origin::Exact(offset) => offset,
            // A link inside a translated unit: where the English of that
            // unit writes the same target (the translation keeps it).
            Origin::Unit(range) => source
                .document
                .links
                .iter()
                .find(|english| range.contains(&english.offset) && english.url == link.url)
                .map_or(range.start, |english| english.offset),
        };
    }
    let page = finish(
        context,
        catalog,
        page,
        cell,
        title,
        summary,
        document,
        &mut diagnostics,
    );
    Localized {
        page,
        status,
        diagnostics,
    }
}

/// Turns the preview's marks into `<span>`s naming each unit shown in
/// English (and takes them out of heading texts and the print outline).
fn show_marks(document: &mut Document, marked: &[(String, &str)], locale: &str, path: &std::path::Path) {
    let mut html = String::with_capacity(document.html.len() + marked.len() * 120);
    let mut rest = document.html.as_str();
    while let Some(start) = rest.find(MARK_START) {
        html.push_str(&rest[..start]);
        let after = &rest[start + MARK_START.len_utf8()..];
        let Some(middle) = after.find(MARK_MIDDLE) else {
            rest = after;
            continue;
        };
        let index: usize = after[..middle].parse().unwrap_or(0);
        let (id, state) = marked
            .get(index)
            .map_or(("", "missing"), |(id, state)| (id.as_str(), *state));
        html.push_str(&format!(
            r#"<span class="signpost-untranslated" data-state="{state}" title="{state} in {locale}: {id} ({})">"#,
            path.display()
        ));
        rest = &after[middle + MARK_MIDDLE.len_utf8()..];
    }
    html.push_str(rest);
    document.html = html.replace(MARK_END, "</span>");
    let strip = |text: &mut String| {
        if text.contains(MARK_START) {
            let mut clean = String::with_capacity(text.len());
            let mut skipping = false;
            for c in text.chars() {
                match c {
                    MARK_START => skipping = true,
                    MARK_MIDDLE => skipping = false,
                    MARK_END => {}
                    _ if !skipping => clean.push(c),
                    _ => {}
                }
            }
            *text = clean;
        }
    };
    for heading in &mut document.headings {
        strip(&mut heading.text);
    }
    for section in &mut document.sections {
        strip(&mut section.heading);
        for block in &mut section.blocks {
            for run in &mut block.runs {
                strip(&mut run.text);
            }
        }
    }
}

/// Adds what every locale's page has besides its text: the contacts block
/// and the review date. `None` (with diagnostics) if a message is missing.
#[allow(clippy::too_many_arguments, reason = "the parts of one page, assembled once")]
fn finish(
    context: &Context<'_>,
    catalog: &Catalog,
    page: &Page,
    cell: Cell,
    title: String,
    summary: String,
    body: Document,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<LocalizedPage> {
    let is_source = catalog.locale.code == context.source_locale;
    let contacts = match contact_views(context.registry, catalog, is_source, &page.front.contacts) {
        Ok(contacts) => contacts,
        Err(found) => match context.reading.preview_source() {
            // The gate reports the missing messages; the preview shows English.
            Some(source) => {
                contact_views(context.registry, source, true, &page.front.contacts).unwrap_or_default()
            }
            None => {
                diagnostics.extend(found);
                return None;
            }
        },
    };
    let last_reviewed = match format_date(catalog, page.front.last_reviewed) {
        Ok(text) => text,
        Err(message) => match context
            .reading
            .preview_source()
            .map(|source| format_date(source, page.front.last_reviewed))
        {
            Some(Ok(text)) => text,
            _ => {
                diagnostics.push(catalog.format_diagnostic(&message));
                return None;
            }
        },
    };
    Some(LocalizedPage {
        cell,
        title,
        summary,
        body,
        contacts,
        last_reviewed,
    })
}

/// Where each part of a rebuilt page came from in the English page.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// Sorted by `text_start`.
    segments: Vec<Segment>,
}

#[derive(Debug, Clone)]
struct Segment {
    /// Where the segment starts in the rebuilt text.
    text_start: usize,
    /// Where it comes from in the English page source.
    source: std::ops::Range<usize>,
    /// Copied as it was (offsets inside map one to one), or a translated
    /// unit (offsets inside map to the unit as a whole).
    verbatim: bool,
}

/// Where a position of a rebuilt page comes from in the English page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Copied English: this exact offset.
    Exact(usize),
    /// Inside a translated unit whose English is this range.
    Unit(std::ops::Range<usize>),
}

impl OffsetMap {
    /// Where rebuilt-text `offset` came from.
    pub fn origin(&self, offset: usize) -> Origin {
        let index = self
            .segments
            .partition_point(|segment| segment.text_start <= offset);
        match index.checked_sub(1).map(|index| &self.segments[index]) {
            Some(segment) if segment.verbatim => {
                Origin::Exact(segment.source.start + (offset - segment.text_start))
            }
            Some(segment) => Origin::Unit(segment.source.clone()),
            None => Origin::Exact(offset),
        }
    }
}

/// The page's Markdown body with each unit whose translation is given
/// replaced by it (the others stay English), and the offset map back to
/// the English page.
pub fn rebuild(page: &Page, units: &[SourceUnit], translated: &[Option<&str>]) -> (String, OffsetMap) {
    let mut body = String::with_capacity(page.source.len() - page.body_start + page.source.len() / 4);
    let mut map = OffsetMap::default();
    let mut position = page.body_start;
    let copy = |body: &mut String, map: &mut OffsetMap, range: std::ops::Range<usize>| {
        if range.is_empty() {
            return;
        }
        map.segments.push(Segment {
            text_start: body.len(),
            source: range.clone(),
            verbatim: true,
        });
        body.push_str(&page.source[range]);
    };
    for (unit, text) in units.iter().zip(translated) {
        let (Some(kind), false) = (unit.kind.page(), unit.range.is_empty()) else {
            continue;
        };
        if unit.range.start < position {
            continue;
        }
        copy(&mut body, &mut map, position..unit.range.start);
        match text {
            Some(text) => {
                map.segments.push(Segment {
                    text_start: body.len(),
                    source: unit.range.clone(),
                    verbatim: false,
                });
                body.push_str(&units::markdown_safe(kind, text));
            }
            None => copy(&mut body, &mut map, unit.range.clone()),
        }
        position = unit.range.end;
    }
    copy(&mut body, &mut map, position..page.source.len());
    (body, map)
}

/// The "Who to contact" entries of a page, in the page's locale. Names and
/// purposes come from the registry in the source locale and from Fluent
/// (`contact-<id>-name`, `-purpose`, `-hours`) in the others.
pub fn contact_views(
    registry: &Registry,
    catalog: &Catalog,
    is_source: bool,
    ids: &[String],
) -> Result<Vec<ContactView>, Vec<Diagnostic>> {
    let mut views = Vec::new();
    let mut diagnostics = Vec::new();
    for id in ids {
        let Some(contact) = registry.get(id) else {
            continue;
        };
        let text = |field: &str, english: &str| -> Result<String, FormatError> {
            if is_source {
                Ok(english.to_string())
            } else {
                catalog.format(&format!("contact-{id}-{field}"), &[])
            }
        };
        let hours = match &contact.hours {
            Some(hours) => text("hours", hours).map(Some),
            None => Ok(None),
        };
        match (
            text("name", &contact.name),
            text("purpose", &contact.purpose),
            hours,
            cost_text(catalog, contact),
        ) {
            (Ok(name), Ok(purpose), Ok(hours), Ok(cost)) => views.push(ContactView {
                id: contact.id.clone(),
                name,
                display: contact.display.clone(),
                dial: contact.dial.clone(),
                purpose,
                hours,
                cost,
            }),
            (name, purpose, hours, cost) => {
                let errors = [name.err(), purpose.err(), hours.err(), cost.err()];
                diagnostics.extend(
                    errors
                        .into_iter()
                        .flatten()
                        .map(|error| catalog.format_diagnostic(&error)),
                );
            }
        }
    }
    if diagnostics.is_empty() {
        Ok(views)
    } else {
        Err(diagnostics)
    }
}

fn cost_text(catalog: &Catalog, contact: &Contact) -> Result<String, FormatError> {
    let id = match contact.cost {
        CallCost::Free => "cost-free",
        CallCost::StandardRate => "cost-standard-rate",
        CallCost::Charged => "cost-charged",
    };
    catalog.format(id, &[])
}

/// A date as the locale writes it, from `date-long` and `month-<n>`.
pub fn format_date(catalog: &Catalog, date: Date) -> Result<String, FormatError> {
    let month = catalog.format(&format!("month-{}", date.month), &[])?;
    catalog.format(
        "date-long",
        &[
            ("day", FluentValue::from(i64::from(date.day))),
            ("month", FluentValue::from(month)),
            ("year", FluentValue::from(date.year.to_string())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn page(body: &str) -> Page {
        let source = format!(
            "---\ntitle: T\nsummary: S\nslug: s\napplies_to: england\nlast_reviewed: 2026-01-01\n---\n{body}"
        );
        crate::content::parse_page(Path::new("content/s.md"), source.as_bytes()).expect("valid page")
    }

    fn source_units(page: &Page) -> Vec<SourceUnit> {
        let (registry, _) = crate::content::contacts::parse(Path::new("c.yaml"), "contacts: []\n");
        let (sources, _) =
            super::super::sources::load(None, &registry, std::slice::from_ref(page), Default::default());
        sources.pages[0].units.units.clone()
    }

    // Protects the rebuild: translations replace exactly their units, cannot
    // start a new block or break a table, and every offset of the rebuilt
    // text maps back to where it came from in the English page.
    #[test]
    fn rebuilds_the_page_with_translations_and_maps_offsets_back() {
        let page = page("Hello.\n\n- one\n- two\n\n| A |\n| --- |\n| x |\n");
        let units = source_units(&page);
        let ids: Vec<&str> = units.iter().map(|unit| unit.id.as_str()).collect();
        let translation = |id: &str| match id {
            "intro--p1" => Some("Bonjour."),
            "intro--li2" => Some("# deux"),
            "intro--cell2" => Some("a|b"),
            _ => None,
        };
        let translated: Vec<Option<&str>> = ids.iter().map(|id| translation(id)).collect();
        let (rebuilt, offsets) = rebuild(&page, &units, &translated);
        assert_eq!(
            rebuilt,
            "Bonjour.\n\n- one\n- \\# deux\n\n| A |\n| --- |\n| a\\|b |\n"
        );
        let english = page.body_start..page.body_start + "Hello.".len();
        assert_eq!(
            offsets.origin(3),
            Origin::Unit(english),
            "inside a translated unit"
        );
        let exact = |offset| match offsets.origin(offset) {
            Origin::Exact(offset) => offset,
            Origin::Unit(range) => panic!("{offset} maps to the unit {range:?}"),
        };
        let one = rebuilt.find("one").expect("kept English");
        assert_eq!(&page.source[exact(one)..][..3], "one");
        let header = rebuilt.find("| A").expect("table");
        assert_eq!(&page.source[exact(header)..][..3], "| A");
    }
}
