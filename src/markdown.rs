//! Markdown → HTML for advice pages (pulldown-cmark). While rendering it
//! gives headings stable ids, turns `<tel:ID>` into click-to-call links from
//! the contacts registry, and collects headings and links with their source
//! offsets, so no later stage re-parses HTML. Raw HTML is refused: content
//! must stay translatable and injection-free.

use std::collections::BTreeSet;
use std::path::Path;

use pulldown_cmark::{BlockQuoteKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use pulldown_cmark_escape::{escape_href, escape_html};

use crate::content::contacts::Registry;
use crate::diag::{Diagnostic, Span};
use crate::validate::phones;

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

#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    pub links: Vec<Link>,
    /// Registry ids of the numbers the text links to, in order of use.
    pub contacts_used: Vec<String>,
}

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_GFM
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
}

/// Renders `source[body_start..]` (the Markdown body of the file at `path`).
pub fn render(
    path: &Path,
    source: &str,
    body_start: usize,
    context: &Context<'_>,
) -> (Rendered, Vec<Diagnostic>) {
    let registry = context.registry;
    let body = &source[body_start..];
    let events: Vec<(Event<'_>, std::ops::Range<usize>)> = Parser::new_ext(body, options())
        .into_offset_iter()
        .map(|(event, range)| (event, range.start + body_start..range.end + body_start))
        .collect();
    let mut diagnostics = Vec::new();
    let mut headings = heading_ids(&events);
    if let Some(english) = context.english_headings {
        for (heading, english) in headings.iter_mut().zip(english) {
            heading.id = english.id.clone();
        }
    }
    let mut rendered = Rendered {
        headings,
        ..Rendered::default()
    };
    let mut heading_index = 0;
    let mut output: Vec<Event<'_>> = Vec::with_capacity(events.len());
    let mut skip_until_link_end = false;
    let span_at = |offset: usize| Span::at_offset(path, source, offset);

    for (event, range) in &events {
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
                let id = rendered
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
                        rendered.contacts_used.push(contact.id.clone());
                        output.push(Event::InlineHtml(CowStr::from(phone_link_html(
                            &phones::dial_uri(contact),
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
                rendered.links.push(Link {
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
                rendered.links.push(Link {
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
    pulldown_cmark::html::push_html(&mut rendered.html, output.into_iter());
    (rendered, diagnostics)
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
pub fn heading_ids(events: &[(Event<'_>, std::ops::Range<usize>)]) -> Vec<Heading> {
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

    fn render_body(body: &str) -> (Rendered, Vec<Diagnostic>) {
        let registry_source = "contacts:\n  - id: crimestoppers\n    name: Crimestoppers\n    number: 0800 555 111\n    display: 0800 555 111\n    kind: freephone\n    cost: free\n    purpose: p\n    nations: [england]\n    verified: 2026-11-01\n    source: https://example.org/\n";
        let (registry, _) = contacts::parse(Path::new("c.yaml"), registry_source);
        let context = Context {
            registry: &registry,
            warning_label: "Warning",
            english_headings: None,
        };
        render(Path::new("p.md"), body, 0, &context)
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
