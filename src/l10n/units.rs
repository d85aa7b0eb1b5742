//! Splits an English page into translation units: the title, the summary,
//! and every heading, paragraph, list item and table cell of the Markdown.
//! Each unit gets a readable, stable Fluent id from the page structure
//! (`signs-in-adults--li3`) and a Fluent value in which link targets and
//! phone numbers are placeables (`{ $link1 }`, `{ $crimestoppers }`), so a
//! translator cannot alter them. A translated page is rebuilt (by
//! `localize`) by putting each unit's translation back in place of its
//! English source.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::PathBuf;

use pulldown_cmark::{Event, LinkType, Tag, TagEnd};

use crate::content::Page;
use crate::markdown;

/// The English of one translation file.
#[derive(Debug, Clone)]
pub struct UnitSet {
    /// The translation file's name without `.ftl` (`site`, `contacts`, a slug).
    pub name: String,
    /// Where the English lives, for messages.
    pub origin: PathBuf,
    pub units: Vec<SourceUnit>,
    /// Index of the page, for page unit sets.
    pub page_index: Option<usize>,
    /// Unit id → index in `units`.
    by_id: HashMap<String, usize>,
}

#[derive(Debug, Clone)]
pub struct SourceUnit {
    pub id: String,
    /// The English as a Fluent value (what the `# en:` comment shows and
    /// the record stores).
    pub english: String,
    /// Variables the translation must use, each exactly as in English.
    pub variables: BTreeSet<String>,
    /// For page units: what each placeable stands for (a URL or `<tel:ID>`).
    pub placeables: BTreeMap<String, String>,
    /// Where it comes from: a kind of block of a page, an interface file,
    /// or a field of a contact.
    pub kind: SourceKind,
    /// The heading of its section (pages), for group comments.
    pub section: String,
    /// For page units: the byte range of its text in the page source
    /// (empty for the title and summary, and for other sets).
    pub range: Range<usize>,
}

impl UnitSet {
    pub fn new(name: String, origin: PathBuf, units: Vec<SourceUnit>, page_index: Option<usize>) -> UnitSet {
        let mut by_id = HashMap::with_capacity(units.len());
        for (index, unit) in units.iter().enumerate() {
            by_id.entry(unit.id.clone()).or_insert(index);
        }
        UnitSet {
            name,
            origin,
            units,
            page_index,
            by_id,
        }
    }

    pub fn file_name(&self) -> String {
        format!("{}.ftl", self.name)
    }

    pub fn get(&self, id: &str) -> Option<&SourceUnit> {
        self.by_id.get(id).map(|index| &self.units[*index])
    }
}

impl crate::diag::Diagnostic {
    /// Says the finding is about unit `id` of `set`, when `set` is a
    /// page's (so an error in that unit's English can fold it in).
    pub fn about_unit_of(self, set: &UnitSet, id: &str) -> crate::diag::Diagnostic {
        match set.page_index {
            Some(page) => self.about(crate::key::PageId::new(page), id),
            None => self,
        }
    }
}

/// Where a unit's English comes from, as known where it is made (never
/// guessed from its id: `site-name` is not a contact's name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A block of an English page.
    Page(UnitKind),
    /// A message of an interface file (`site.ftl`).
    Interface,
    /// A field of a contact in the registry.
    Contact(ContactField),
}

impl SourceKind {
    /// The kind of block, for a page's unit.
    pub fn page(self) -> Option<UnitKind> {
        match self {
            SourceKind::Page(kind) => Some(kind),
            SourceKind::Interface | SourceKind::Contact(_) => None,
        }
    }
}

/// The translated fields of a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactField {
    Name,
    Purpose,
    Hours,
}

impl ContactField {
    /// As it ends the unit's id (`contact-<id>-name`).
    pub fn as_str(self) -> &'static str {
        match self {
            ContactField::Name => "name",
            ContactField::Purpose => "purpose",
            ContactField::Hours => "hours",
        }
    }
}

/// What kind of text a unit is (for comments and for escaping).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    Title,
    Summary,
    Heading,
    Paragraph,
    ListItem,
    TableCell,
}

/// One translatable piece of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub id: String,
    pub kind: UnitKind,
    /// The English as a Fluent value, on one line, placeables in place.
    pub english: String,
    /// Byte range of the unit's inline text in the page source (empty for
    /// the title and summary, which live in the front matter).
    pub range: Range<usize>,
    /// The heading text of the section the unit is in.
    pub section: String,
    /// Placeable name → what it stands for (a URL, or `<tel:ID>`).
    pub placeables: BTreeMap<String, String>,
    /// The index (among the page's units) of the heading unit of its
    /// section; `None` before the first heading.
    pub section_unit: Option<usize>,
}

/// Units of `page`, in document order: title, summary, then the body.
/// `events` are the page's parsed Markdown (`markdown::parse`).
pub fn segment(page: &Page, events: &[(Event<'_>, Range<usize>)]) -> Vec<Unit> {
    let mut units = vec![
        Unit {
            id: "page-title".to_string(),
            kind: UnitKind::Title,
            english: escape_fluent(&page.front.title),
            range: 0..0,
            section: String::new(),
            placeables: BTreeMap::new(),
            section_unit: None,
        },
        Unit {
            id: "page-summary".to_string(),
            kind: UnitKind::Summary,
            english: escape_fluent(&page.front.summary),
            range: 0..0,
            section: String::new(),
            placeables: BTreeMap::new(),
            section_unit: None,
        },
    ];
    let source = &page.source;
    let heading_ids = markdown::heading_ids(events);
    let mut heading_index = 0;
    let mut section_id = "intro".to_string();
    let mut section_text = String::new();
    let mut counters: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut run: Option<Run> = None;
    let mut containers: Vec<UnitKind> = Vec::new();

    for (event, range) in events {
        match event {
            Event::Start(tag) if is_inline_tag(tag) => {
                extend(&mut run, range, containers.last().copied());
                if let Tag::Link {
                    link_type, dest_url, ..
                }
                | Tag::Image {
                    link_type, dest_url, ..
                } = tag
                    && let Some(current) = run.as_mut()
                {
                    current
                        .links
                        .push((range.clone(), *link_type, dest_url.to_string()));
                }
            }
            Event::End(tag_end) if is_inline_end(tag_end) => {
                extend(&mut run, range, containers.last().copied())
            }
            Event::Text(_)
            | Event::Code(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::InlineHtml(_)
            | Event::InlineMath(_)
            | Event::FootnoteReference(_) => extend(&mut run, range, containers.last().copied()),
            Event::Start(tag) => {
                close_run(
                    &mut run,
                    &mut units,
                    source,
                    &section_id,
                    &section_text,
                    &mut counters,
                );
                match tag {
                    Tag::Heading { .. } => {
                        if let Some(heading) = heading_ids.get(heading_index) {
                            section_id = fluent_id(&heading.id, heading_index);
                            section_text = heading.text.clone();
                        }
                        heading_index += 1;
                        counters.clear();
                        containers.push(UnitKind::Heading);
                    }
                    Tag::Paragraph => containers.push(UnitKind::Paragraph),
                    Tag::Item => containers.push(UnitKind::ListItem),
                    Tag::TableCell => containers.push(UnitKind::TableCell),
                    _ => {}
                }
            }
            Event::End(tag_end) => {
                close_run(
                    &mut run,
                    &mut units,
                    source,
                    &section_id,
                    &section_text,
                    &mut counters,
                );
                if matches!(
                    tag_end,
                    TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell
                ) {
                    containers.pop();
                }
            }
            _ => close_run(
                &mut run,
                &mut units,
                source,
                &section_id,
                &section_text,
                &mut counters,
            ),
        }
    }
    close_run(
        &mut run,
        &mut units,
        source,
        &section_id,
        &section_text,
        &mut counters,
    );
    units
}

/// A run of inline events that makes one unit.
struct Run {
    range: Range<usize>,
    kind: UnitKind,
    links: Vec<(Range<usize>, LinkType, String)>,
}

fn extend(run: &mut Option<Run>, range: &Range<usize>, container: Option<UnitKind>) {
    match run {
        Some(current) => {
            current.range.start = current.range.start.min(range.start);
            current.range.end = current.range.end.max(range.end);
        }
        None => {
            *run = Some(Run {
                range: range.clone(),
                kind: container.unwrap_or(UnitKind::Paragraph),
                links: Vec::new(),
            })
        }
    }
}

fn is_inline_tag(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::Superscript
            | Tag::Subscript
    )
}

fn is_inline_end(tag_end: &TagEnd) -> bool {
    matches!(
        tag_end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript
    )
}

fn close_run(
    run: &mut Option<Run>,
    units: &mut Vec<Unit>,
    source: &str,
    section_id: &str,
    section_text: &str,
    counters: &mut BTreeMap<&'static str, usize>,
) {
    let Some(current) = run.take() else { return };
    if source[current.range.clone()].trim().is_empty() {
        return;
    }
    let (english, placeables) = fluent_value(source, &current);
    let id = match current.kind {
        UnitKind::Heading => section_id.to_string(),
        kind => {
            let prefix = match kind {
                UnitKind::ListItem => "li",
                UnitKind::TableCell => "cell",
                _ => "p",
            };
            let counter = counters.entry(prefix).or_insert(0);
            *counter += 1;
            format!("{section_id}--{prefix}{counter}")
        }
    };
    let section_unit = if current.kind == UnitKind::Heading {
        None
    } else {
        let last = units.len().checked_sub(1);
        last.and_then(|index| match units[index].kind {
            UnitKind::Heading => Some(index),
            _ => units[index].section_unit,
        })
    };
    units.push(Unit {
        id,
        kind: current.kind,
        english,
        range: current.range,
        section: section_text.to_string(),
        placeables,
        section_unit,
    });
}

/// A Fluent identifier from a heading slug (ASCII letter first, ASCII
/// only), falling back to `section<N>` for other scripts.
pub fn fluent_id(slug: &str, index: usize) -> String {
    let ascii = slug
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    match slug.bytes().next() {
        Some(first) if ascii && first.is_ascii_lowercase() => slug.to_string(),
        Some(_) if ascii => format!("s-{slug}"),
        _ => format!("section{}", index + 1),
    }
}

/// The unit's Markdown as a one-line Fluent value with placeables.
fn fluent_value(source: &str, run: &Run) -> (String, BTreeMap<String, String>) {
    let mut replacements: Vec<(Range<usize>, String)> = Vec::new();
    let mut placeables = BTreeMap::new();
    let mut n_links = 0;
    for (range, link_type, url) in &run.links {
        let text = &source[range.clone()];
        if let Some(id) = url
            .strip_prefix("tel:")
            .filter(|_| *link_type == LinkType::Autolink)
        {
            placeables.insert(id.to_string(), format!("<tel:{id}>"));
            replacements.push((range.clone(), format!("{{ ${id} }}")));
            continue;
        }
        n_links += 1;
        let name = format!("link{n_links}");
        placeables.insert(name.clone(), url.clone());
        match link_type {
            LinkType::Inline => {
                if let Some(open) = text.rfind("](") {
                    let start = range.start + open + 2;
                    replacements.push((start..range.end - 1, format!("{{ ${name} }}")));
                }
            }
            LinkType::Autolink | LinkType::Email => {
                replacements.push((range.start + 1..range.end - 1, format!("{{ ${name} }}")));
            }
            // Reference links keep their label; the definition stays in
            // the page, outside every unit.
            _ => {
                placeables.remove(&name);
                n_links -= 1;
            }
        }
    }
    replacements.sort_by_key(|(range, _)| range.start);
    let mut text = String::new();
    let mut position = run.range.start;
    for (range, replacement) in replacements {
        if range.start < position {
            continue;
        }
        text.push_str(&escape_fluent(&source[position..range.start]));
        text.push_str(&replacement);
        position = range.end;
    }
    text.push_str(&escape_fluent(&source[position..run.range.end]));
    (join_lines(&text), placeables)
}

/// Joins a multi-line unit into one line, dropping the continuation
/// prefixes of its container (indentation, `>` of block quotes).
fn join_lines(text: &str) -> String {
    let mut joined = String::new();
    for (index, line) in text.lines().enumerate() {
        let line = if index == 0 {
            line.trim()
        } else {
            line.trim_start().trim_start_matches(['>', ' ']).trim_end()
        };
        if line.is_empty() {
            continue;
        }
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(line);
    }
    joined
}

/// Escapes `{` and `}` for a Fluent value.
pub fn escape_fluent(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => escaped.push_str("{\"{\"}"),
            '}' => escaped.push_str("{\"}\"}"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// Makes a translated unit safe to put back into the Markdown: one line,
/// no character that would start a new block, `|` escaped in tables.
pub fn markdown_safe(kind: UnitKind, translated: &str) -> String {
    let mut line = join_lines(translated);
    if kind == UnitKind::TableCell {
        line = line.replace('|', "\\|");
    }
    let starts_block = line.starts_with(['#', '-', '+', '*', '>', '=', '|'])
        || line
            .split_once(['.', ')'])
            .is_some_and(|(number, _)| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()));
    if starts_block { format!("\\{line}") } else { line }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn page(body: &str) -> Page {
        let source = format!(
            "---\ntitle: T {{x}}\nsummary: S\nslug: s\napplies_to: england\nlast_reviewed: 2026-01-01\n---\n{body}"
        );
        crate::content::parse_page(Path::new("content/s.md"), source.as_bytes()).expect("valid page")
    }

    // Protects readable, structural unit ids and the English values with
    // placeables for links and phone numbers.
    #[test]
    fn segments_blocks_into_named_units() {
        let page = page(
            "Intro with [a link](https://e.org/a \"t\").\n\n> [!WARNING]\n> Call <tel:police-emergency>\n> now.\n\n## Signs in adults\n\n- one\n- *two* and\n  more\n\n| A | B |\n| --- | --- |\n| <tel:nspcc> | c{d} |\n",
        );
        let units = segment(&page, &markdown::parse(&page.source, page.body_start));
        let summary: Vec<(&str, &str)> = units
            .iter()
            .map(|u| (u.id.as_str(), u.english.as_str()))
            .collect();
        assert_eq!(
            summary,
            [
                ("page-title", "T {\"{\"}x{\"}\"}"),
                ("page-summary", "S"),
                ("intro--p1", "Intro with [a link]({ $link1 })."),
                ("intro--p2", "Call { $police-emergency } now."),
                ("signs-in-adults", "Signs in adults"),
                ("signs-in-adults--li1", "one"),
                ("signs-in-adults--li2", "*two* and more"),
                ("signs-in-adults--cell1", "A"),
                ("signs-in-adults--cell2", "B"),
                ("signs-in-adults--cell3", "{ $nspcc }"),
                ("signs-in-adults--cell4", "c{\"{\"}d{\"}\"}"),
            ]
        );
        assert_eq!(
            units[2].placeables.get("link1").map(String::as_str),
            Some("https://e.org/a")
        );
        assert_eq!(
            units[3].placeables.get("police-emergency").map(String::as_str),
            Some("<tel:police-emergency>")
        );
    }
}
