//! Markdown → a rendered document for advice pages (pulldown-cmark), in
//! one walk over the events: the HTML body, headings with stable ids,
//! `<tel:ID>` turned into click-to-call links from the contacts registry,
//! every link with its source offset, and (for pages with a leaflet) the
//! block/run outline of each `##` section that the leaflet prints. No later
//! stage re-parses the Markdown or the HTML it made. Raw HTML is refused:
//! content must stay translatable and injection-free.

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{BlockQuoteKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use pulldown_cmark_escape::{escape_href, escape_html};
use serde::Serialize;

use crate::content::contacts::Registry;
use crate::diag::{Diagnostic, Span};

/// Ids the templates use; headings never take them.
pub const RESERVED_IDS: &[&str] = &["main-content", "on-this-page", "numbers-on-this-page", "top"];

/// What rendering needs besides the Markdown (an options struct, not a
/// row of arguments).
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// Where `<tel:ID>` numbers come from.
    pub registry: &'a Registry,
    /// Read out before warning text ("Warning"), in the page's language.
    pub warning_label: &'a str,
    /// For a translation: the English page's headings, whose ids every
    /// language keeps so `#fragment` links work everywhere.
    pub english_headings: Option<&'a [Heading]>,
    /// Also outline each `##` section as blocks and runs (for leaflets).
    pub outline: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// A link target found in the content, with its byte offset in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub url: String,
    pub offset: usize,
}

/// One page's Markdown, rendered.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub html: String,
    pub headings: Vec<Heading>,
    pub links: Vec<Link>,
    /// Registry ids of the numbers the text links to, in order of use.
    pub contacts_used: Vec<String>,
    /// Every `##` section as blocks and runs (only with `Context::outline`).
    pub sections: Vec<Section>,
}

/// A `##` section of the page, outlined for print.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// The English heading id (the same in every language).
    #[serde(skip)]
    pub id: String,
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub runs: Vec<Run>,
}

/// What a block of an outlined section is (written as `p`, `li`, `h3` or
/// `warning` in the leaflet template's data).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum BlockKind {
    #[serde(rename = "p")]
    Paragraph,
    #[serde(rename = "li")]
    ListItem,
    #[serde(rename = "h3")]
    Subheading,
    #[serde(rename = "warning")]
    Warning,
}

/// What a run of text is (written as `text`, `phone` or `link`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RunKind {
    Text,
    Phone,
    Link,
}

impl Block {
    /// A block holding one plain text run.
    pub fn plain(kind: BlockKind, text: String) -> Block {
        Block {
            kind,
            runs: vec![Run::plain(text)],
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Run {
    pub kind: RunKind,
    pub text: String,
    /// For phones the `tel:` URI, for links the address as written.
    pub url: Option<String>,
    pub strong: bool,
    pub emph: bool,
}

impl Run {
    /// Unstyled text.
    pub fn plain(text: String) -> Run {
        Run {
            kind: RunKind::Text,
            text,
            url: None,
            strong: false,
            emph: false,
        }
    }
}

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_GFM
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
}

/// Parsed Markdown: every event with its byte range in the file.
pub type Events<'a> = Vec<(Event<'a>, Range<usize>)>;

/// Parses `source[body_start..]` (the Markdown body of a file), with ranges
/// given as offsets in `source`.
pub fn parse(source: &str, body_start: usize) -> Events<'_> {
    Parser::new_ext(&source[body_start..], options())
        .into_offset_iter()
        .map(|(event, range)| (event, range.start + body_start..range.end + body_start))
        .collect()
}

/// Where containers and spans (quotes, lists, emphasis, links) first nest
/// deeper than `limits::MAX_NESTING`: pulldown-cmark reads any depth
/// without recursing, but the HTML minifier and the leaflet typesetter
/// walk what it makes recursively.
fn too_deep(events: &[(Event<'_>, Range<usize>)]) -> Option<usize> {
    let mut depth = 0usize;
    for (event, range) in events {
        match event {
            Event::Start(_) => {
                depth += 1;
                if depth > crate::limits::MAX_NESTING {
                    return Some(range.start);
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Renders parsed Markdown of the file at `path` (whose text is `source`).
/// Markdown nested deeper than `limits::MAX_NESTING` renders to nothing,
/// with an `input/too-deep` finding.
pub fn render(
    path: &Path,
    source: &str,
    events: &[(Event<'_>, Range<usize>)],
    context: &Context<'_>,
) -> (Document, Vec<Diagnostic>) {
    let registry = context.registry;
    let mut diagnostics = Vec::new();
    let mut headings = heading_ids(events);
    if let Some(english) = context.english_headings {
        for (heading, english) in headings.iter_mut().zip(english) {
            heading.id = english.id.clone();
        }
    }
    if let Some(offset) = too_deep(events) {
        let limit = crate::limits::MAX_NESTING;
        let found = crate::limits::too_deep(
            path,
            source,
            offset,
            "Markdown (quotes, lists, emphasis or links)",
            limit,
        );
        let document = Document {
            headings,
            ..Document::default()
        };
        return (document, vec![found]);
    }
    let mut document = Document {
        headings,
        ..Document::default()
    };
    let mut outline = context.outline.then(Outline::default);
    let mut heading_index = 0;
    let mut output: Vec<Event<'_>> = Vec::with_capacity(events.len());
    let mut skip_until_link_end = false;
    let span_at = |offset: usize| Span::at_offset(path, source, offset);

    for (event, range) in events {
        if let Some(outline) = outline.as_mut() {
            let heading_id = match event {
                Event::Start(Tag::Heading { .. }) => {
                    document.headings.get(heading_index).map(|h| h.id.as_str())
                }
                _ => None,
            };
            outline.push(event, heading_id, registry);
        }
        if skip_until_link_end {
            if matches!(event, Event::End(TagEnd::Link)) {
                skip_until_link_end = false;
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => {
                let id = document
                    .headings
                    .get(heading_index)
                    .map(|h| CowStr::from(h.id.clone()));
                heading_index += 1;
                output.push(Event::Start(Tag::Heading {
                    level: *level,
                    id,
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
            }
            Event::Start(Tag::Link { dest_url, .. }) if dest_url.starts_with("tel:") => {
                skip_until_link_end = true;
                let id = &dest_url["tel:".len()..];
                match registry.get(id) {
                    Some(contact) => {
                        document.contacts_used.push(contact.id.clone());
                        output.push(Event::InlineHtml(CowStr::from(phone_link_html(
                            &contact.dial,
                            &contact.display,
                        ))));
                    }
                    None => {
                        // Digits after `tel:` are reported by the typed-number
                        // scan with a better message; do not report twice.
                        if id.chars().any(|c| c.is_ascii_alphabetic()) {
                            diagnostics.push(
                                Diagnostic::error(
                                    "phone/unknown-id",
                                    span_at(range.start),
                                    format!("`{id}` is not an id in the contacts registry"),
                                )
                                .with_help(format!(
                                    "known ids: {}",
                                    registry
                                        .contacts
                                        .iter()
                                        .map(|c| c.id.as_str())
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                ))
                                .with_excerpt_from(source),
                            );
                        }
                        output.push(Event::Text(CowStr::from(id.to_string())));
                    }
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                document.links.push(Link {
                    url: dest_url.to_string(),
                    offset: range.start,
                });
                let mut href = String::new();
                let _ = escape_href(&mut href, dest_url);
                let rel = if is_external(dest_url) {
                    r#" rel="noreferrer""#
                } else {
                    ""
                };
                output.push(Event::InlineHtml(CowStr::from(format!(
                    r#"<a href="{href}"{rel}>"#
                ))));
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                document.links.push(Link {
                    url: dest_url.to_string(),
                    offset: range.start,
                });
                if is_external(dest_url) || dest_url.starts_with("//") {
                    diagnostics.push(
                        Diagnostic::error(
                            "content/external-image",
                            span_at(range.start),
                            format!("image `{dest_url}` is loaded from another site"),
                        )
                        .with_help("put the image in static/ and link to it there: pages make no third-party requests")
                        .with_excerpt_from(source),
                    );
                }
                let alt_is_empty = source[range.clone()].starts_with("![]");
                if alt_is_empty {
                    diagnostics.push(
                        Diagnostic::error(
                            "content/image-without-alt",
                            span_at(range.start),
                            "image has no alternative text",
                        )
                        .with_help("describe the image between the brackets: ![a map of the office](map.png)")
                        .with_excerpt_from(source),
                    );
                }
                output.push(event.clone());
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                if !html.trim().is_empty() {
                    let first_line = html.lines().next().unwrap_or_default().trim();
                    diagnostics.push(
                        Diagnostic::error(
                            "content/raw-html",
                            span_at(range.start),
                            format!("raw HTML `{first_line}` is not allowed in content"),
                        )
                        .with_help("write Markdown instead; phone numbers are <tel:ID>, links [text](url)")
                        .with_excerpt_from(source),
                    );
                }
            }
            Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => {}
            Event::Start(Tag::BlockQuote(Some(BlockQuoteKind::Warning))) => {
                let mut label = String::new();
                let _ = escape_html(&mut label, context.warning_label);
                output.push(Event::Html(CowStr::from(format!(
                    r#"<div class="warning-text"><span class="warning-text-icon" aria-hidden="true">!</span><div class="warning-text-body"><strong class="visually-hidden">{label}</strong>"#
                ))));
            }
            Event::End(TagEnd::BlockQuote(Some(BlockQuoteKind::Warning))) => {
                output.push(Event::Html(CowStr::from("</div></div>")));
            }
            _ => output.push(event.clone()),
        }
    }
    pulldown_cmark::html::push_html(&mut document.html, output.into_iter());
    if let Some(outline) = outline {
        document.sections = outline.sections;
    }
    (document, diagnostics)
}

/// Builds the print outline of each `##` section while `render` walks the
/// events: paragraphs, list items, `###` headings and warning text become
/// blocks; emphasis, links and phone numbers become runs; a table row
/// becomes one item with its cells joined.
#[derive(Default)]
struct Outline {
    sections: Vec<Section>,
    /// Inside a `##` section (and not before the first one).
    inside: bool,
    heading: Option<(HeadingLevel, String, String)>,
    current: Option<Block>,
    in_warning: bool,
    item_depth: usize,
    strong: usize,
    emph: usize,
    /// The link being read: its address (empty for a phone) and text.
    link: Option<(String, String)>,
    row: Vec<String>,
    cell: Option<String>,
}

impl Outline {
    fn push(&mut self, event: &Event<'_>, heading_id: Option<&str>, registry: &Registry) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let id = heading_id.unwrap_or_default().to_string();
                if *level == HeadingLevel::H2 {
                    self.inside = true;
                }
                self.heading = Some((*level, id, String::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, id, text)) = self.heading.take() {
                    if level == HeadingLevel::H2 {
                        self.sections.push(Section {
                            id,
                            heading: text,
                            blocks: Vec::new(),
                        });
                    } else if let Some(section) = self.sections.last_mut().filter(|_| self.inside) {
                        section.blocks.push(Block::plain(BlockKind::Subheading, text));
                    }
                }
            }
            Event::Text(text) | Event::Code(text) if self.heading.is_some() => {
                if let Some((_, _, heading_text)) = self.heading.as_mut() {
                    heading_text.push_str(text);
                }
            }
            _ if !self.inside => {}
            Event::Start(Tag::BlockQuote(Some(BlockQuoteKind::Warning))) => self.in_warning = true,
            Event::End(TagEnd::BlockQuote(Some(BlockQuoteKind::Warning))) => self.in_warning = false,
            Event::Start(Tag::Item) => {
                self.item_depth += 1;
                self.current = Some(Block {
                    kind: BlockKind::ListItem,
                    runs: Vec::new(),
                });
            }
            Event::End(TagEnd::Item) => {
                self.item_depth = self.item_depth.saturating_sub(1);
                self.finish_block();
            }
            Event::Start(Tag::Paragraph) if self.item_depth == 0 => {
                let kind = if self.in_warning {
                    BlockKind::Warning
                } else {
                    BlockKind::Paragraph
                };
                self.current = Some(Block {
                    kind,
                    runs: Vec::new(),
                });
            }
            Event::End(TagEnd::Paragraph) if self.item_depth == 0 => self.finish_block(),
            Event::Start(Tag::TableCell) => self.cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => self.row.extend(self.cell.take()),
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => {
                let text = self
                    .row
                    .drain(..)
                    .filter(|cell| !cell.trim().is_empty())
                    .collect::<Vec<_>>()
                    .join(" – ");
                if let Some(section) = self.sections.last_mut() {
                    section.blocks.push(Block::plain(BlockKind::ListItem, text));
                }
            }
            Event::Start(Tag::Strong) => self.strong += 1,
            Event::End(TagEnd::Strong) => self.strong = self.strong.saturating_sub(1),
            Event::Start(Tag::Emphasis) => self.emph += 1,
            Event::End(TagEnd::Emphasis) => self.emph = self.emph.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(id) = dest_url.strip_prefix("tel:") {
                    if let Some(contact) = registry.get(id) {
                        match (self.cell.as_mut(), self.current.as_mut()) {
                            (Some(cell), _) => cell.push_str(&contact.display),
                            (None, Some(block)) => block.runs.push(Run {
                                kind: RunKind::Phone,
                                text: contact.display.clone(),
                                url: Some(contact.dial.clone()),
                                strong: false,
                                emph: false,
                            }),
                            (None, None) => {}
                        }
                    }
                    self.link = Some((String::new(), String::new()));
                } else {
                    self.link = Some((dest_url.to_string(), String::new()));
                }
            }
            Event::End(TagEnd::Link) => {
                if let Some((url, text)) = self.link.take().filter(|(url, _)| !url.is_empty())
                    && let Some(block) = self.current.as_mut()
                {
                    block.runs.push(Run {
                        kind: RunKind::Link,
                        text,
                        url: Some(url),
                        strong: self.strong > 0,
                        emph: self.emph > 0,
                    });
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((url, link_text)) = self.link.as_mut() {
                    if !url.is_empty() {
                        link_text.push_str(text);
                    }
                } else if let Some(cell) = self.cell.as_mut() {
                    cell.push_str(text);
                } else {
                    let (strong, emph) = (self.strong > 0, self.emph > 0);
                    self.push_text(text, strong, emph);
                }
            }
            Event::SoftBreak | Event::HardBreak => self.push_text(" ", false, false),
            _ => {}
        }
    }

    fn push_text(&mut self, text: &str, strong: bool, emph: bool) {
        if let Some(block) = self.current.as_mut() {
            block.runs.push(Run {
                kind: RunKind::Text,
                text: text.to_string(),
                url: None,
                strong,
                emph,
            });
        }
    }

    fn finish_block(&mut self) {
        if let (Some(block), Some(section)) = (self.current.take(), self.sections.last_mut()) {
            section.blocks.push(block);
        }
    }
}

/// A click-to-call link: the number kept on one line and isolated as
/// left-to-right, so it reads correctly inside right-to-left text.
pub fn phone_link_html(dial_uri: &str, display: &str) -> String {
    let mut href = String::new();
    let _ = escape_href(&mut href, dial_uri);
    let mut text = String::new();
    let _ = escape_html(&mut text, display);
    format!(r#"<a class="tel" href="{href}"><bdi dir="ltr">{text}</bdi></a>"#)
}

fn is_external(url: &str) -> bool {
    url.starts_with("http://") || url.starts_with("https://")
}

/// Stable ids for every heading, from its text, made unique on the page.
pub fn heading_ids(events: &[(Event<'_>, Range<usize>)]) -> Vec<Heading> {
    let mut used: BTreeSet<String> = RESERVED_IDS.iter().map(|id| id.to_string()).collect();
    let mut headings = Vec::new();
    let mut current: Option<(HeadingLevel, String)> = None;
    for (event, _) in events {
        match event {
            Event::Start(Tag::Heading { level, .. }) => current = Some((*level, String::new())),
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, heading_text)) = current.as_mut() {
                    heading_text.push_str(text);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, text)) = current.take() {
                    let base = slugify(&text);
                    let mut id = base.clone();
                    let mut n = 2;
                    while used.contains(&id) {
                        id = format!("{base}-{n}");
                        n += 1;
                    }
                    used.insert(id.clone());
                    headings.push(Heading {
                        level: level as u8,
                        id,
                        text,
                    });
                }
            }
            _ => {}
        }
    }
    headings
}

/// Lowercase words joined by hyphens; letters of any script are kept.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        "section".to_string()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::contacts;

    fn render_body(body: &str) -> (Document, Vec<Diagnostic>) {
        let registry_source = "contacts:\n  - id: crimestoppers\n    name: Crimestoppers\n    number: 0800 555 111\n    display: 0800 555 111\n    kind: freephone\n    cost: free\n    purpose: p\n    nations: [england]\n    verified: 2026-11-01\n    source: https://example.org/\n";
        let (registry, _) = contacts::parse(Path::new("c.yaml"), registry_source);
        let context = Context {
            registry: &registry,
            warning_label: "Warning",
            english_headings: None,
            outline: true,
        };
        render(Path::new("p.md"), body, &parse(body, 0), &context)
    }

    // Protects stable, unique heading ids that fragment links rely on.
    #[test]
    fn headings_get_unique_ids() {
        let (rendered, diagnostics) =
            render_body("## Who to contact\n\n## Signs\n\n### Signs\n\n## On this page\n");
        assert!(diagnostics.is_empty());
        let ids: Vec<_> = rendered.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["who-to-contact", "signs", "signs-2", "on-this-page-2"]);
        assert!(rendered.html.contains(r#"<h2 id="signs">Signs</h2>"#));
    }

    // Protects click-to-call links built from the registry, never from text.
    #[test]
    fn tel_autolinks_become_registry_links() {
        let (rendered, diagnostics) = render_body("Call <tel:crimestoppers> or <tel:nobody>.\n");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            (diagnostics[0].code, diagnostics[0].span.column),
            ("phone/unknown-id", 29)
        );
        assert!(
            rendered
                .html
                .contains(r#"<a class="tel" href="tel:+44800555111"><bdi dir="ltr">0800 555 111</bdi></a>"#)
        );
        assert_eq!(rendered.contacts_used, ["crimestoppers"]);
    }

    // Protects the refusal of raw HTML (a script in content is never output).
    #[test]
    fn raw_html_is_reported_and_dropped() {
        let (rendered, diagnostics) = render_body("Hi <b>there</b>\n\n<script>alert(1)</script>\n");
        let codes: Vec<_> = diagnostics.iter().map(|d| (d.code, d.span.line)).collect();
        assert_eq!(
            codes,
            [
                ("content/raw-html", 1),
                ("content/raw-html", 1),
                ("content/raw-html", 3)
            ]
        );
        assert!(!rendered.html.contains("<script") && !rendered.html.contains("<b>"));
    }

    // Protects link collection with offsets and rel="noreferrer" outbound.
    #[test]
    fn links_are_collected_and_outbound_ones_send_no_referrer() {
        let (rendered, _) = render_body("See [help](https://example.org/a?b=1&c=2) and [signs](#signs).\n");
        assert_eq!(rendered.links.len(), 2);
        assert_eq!(rendered.links[0].offset, 4);
        assert!(
            rendered
                .html
                .contains(r#"<a href="https://example.org/a?b=1&amp;c=2" rel="noreferrer">help</a>"#)
        );
        assert!(rendered.html.contains(r##"<a href="#signs">signs</a>"##));
    }

    // Protects warning text rendering with its spoken label.
    #[test]
    fn warning_blocks_become_warning_text() {
        let (rendered, _) = render_body("> [!WARNING]\n> Call now.\n");
        assert!(rendered.html.contains(r#"<div class="warning-text">"#));
        assert!(
            rendered
                .html
                .contains(r#"<strong class="visually-hidden">Warning</strong>"#)
        );
        assert!(!rendered.html.contains("blockquote"));
    }
}
