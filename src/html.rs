//! A small scanner for the HTML Signpost renders (and the literal parts of
//! templates): tags with their attributes, and the text a person sees or
//! hears. It is not a general HTML parser; it reads what our templates and
//! minify-html produce, which is enough for the hard-coded text and link
//! checks, and it never panics on other input.

/// Attributes whose values are shown to people or read by assistive tech.
const VISIBLE_ATTRIBUTES: &[&str] = &[
    "alt",
    "title",
    "aria-label",
    "aria-description",
    "aria-roledescription",
    "aria-placeholder",
    "aria-valuetext",
    "placeholder",
    "value",
    "label",
    "abbr",
    "content",
];

/// A piece of HTML a person sees or hears: a text run between tags, or the
/// value of a shown attribute. `offset` is its byte position in the HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisibleText {
    pub offset: usize,
    pub text: String,
    /// The attribute it is the value of, or `None` for text between tags.
    pub attribute: Option<String>,
}

/// One piece of HTML met by `scan`.
enum Piece<'a> {
    /// A start (or end) tag: its lowercase name, its whole text and offset.
    Tag {
        name: String,
        text: &'a str,
        offset: usize,
    },
    /// Text between tags.
    Text { text: &'a str, offset: usize },
}

/// Walks `html` once, skipping comments and the insides of scripts and
/// styles, and hands each tag and text run to `visit`.
fn scan<'a>(html: &'a str, mut visit: impl FnMut(Piece<'a>)) {
    let bytes = html.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        if html[index..].starts_with("<!--") {
            index = html[index..]
                .find("-->")
                .map_or(bytes.len(), |end| index + end + 3);
        } else if bytes[index] == b'<' {
            let tag_end = tag_end(html, index);
            let text = &html[index..tag_end];
            let name: String = text[1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            index = tag_end;
            let skips_body = name == "script" || name == "style";
            let closing = format!("</{name}");
            visit(Piece::Tag {
                name,
                text,
                offset: tag_end - text.len(),
            });
            if skips_body {
                index = html[index..]
                    .to_ascii_lowercase()
                    .find(&closing)
                    .map_or(bytes.len(), |end| index + end);
            }
        } else {
            let text_end = html[index..].find('<').map_or(bytes.len(), |end| index + end);
            visit(Piece::Text {
                text: &html[index..text_end],
                offset: index,
            });
            index = text_end;
        }
    }
}

/// Every visible piece of `html`: text outside tags, comments, scripts and
/// styles, and the values of attributes that are shown or read aloud.
pub fn visible_text(html: &str) -> Vec<VisibleText> {
    let mut found = Vec::new();
    scan(html, |piece| match piece {
        Piece::Tag { name, text, offset } => {
            for (attribute, value, value_offset) in attributes(text) {
                let shown = VISIBLE_ATTRIBUTES.contains(&attribute.as_str())
                    && (attribute != "content" || is_described_meta(text))
                    && !(attribute == "value" && name != "input" && name != "button" && name != "option")
                    && !(attribute == "value" && is_hidden_input(text));
                if shown {
                    found.push(VisibleText {
                        offset: offset + value_offset,
                        text: value.to_string(),
                        attribute: Some(attribute),
                    });
                }
            }
        }
        Piece::Text { text, offset } => found.push(VisibleText {
            offset,
            text: text.to_string(),
            attribute: None,
        }),
    });
    found
}

/// `<input type="hidden">`: its value is sent, never shown.
fn is_hidden_input(tag: &str) -> bool {
    let lower = tag.to_ascii_lowercase();
    lower.starts_with("<input")
        && attributes(tag)
            .iter()
            .any(|(name, value, _)| name == "type" && value.eq_ignore_ascii_case("hidden"))
}

/// A start tag: its name and attributes (name, decoded value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    pub attributes: Vec<(String, String)>,
}

/// Every start tag of `html` (comments, scripts and styles skipped).
pub fn tags(html: &str) -> Vec<Tag> {
    let mut found = Vec::new();
    scan(html, |piece| {
        if let Piece::Tag { name, text, .. } = piece
            && !name.is_empty()
        {
            let attributes = attributes(text)
                .into_iter()
                .map(|(name, value, _)| (name, decode_entities(value)))
                .collect();
            found.push(Tag { name, attributes });
        }
    });
    found
}

/// Decodes the entities minify-html and Tera write in attribute values.
pub fn decode_entities(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// `<meta name="description" content="…">` and similar metadata a search
/// engine or share card shows.
fn is_described_meta(tag: &str) -> bool {
    let lower = tag.to_ascii_lowercase();
    lower.starts_with("<meta")
        && [
            "description",
            "og:title",
            "og:description",
            "twitter:title",
            "twitter:description",
            "application-name",
        ]
        .iter()
        .any(|name| lower.contains(&format!("\"{name}\"")))
}

fn tag_end(text: &str, start: usize) -> usize {
    let mut quote = None;
    for (offset, c) in text[start..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(open), _) if c == open => quote = None,
            (None, '>') => return start + offset + 1,
            _ => {}
        }
    }
    text.len()
}

/// (name, value, byte offset of the value inside the tag) for each
/// attribute with a value.
fn attributes(tag: &str) -> Vec<(String, &str, usize)> {
    let mut found = Vec::new();
    let bytes = tag.as_bytes();
    let mut index = 1;
    while index < bytes.len() && !bytes[index].is_ascii_whitespace() && bytes[index] != b'>' {
        index += 1;
    }
    while index < bytes.len() {
        while index < bytes.len() && (bytes[index].is_ascii_whitespace() || bytes[index] == b'/') {
            index += 1;
        }
        let name_start = index;
        while index < bytes.len()
            && !bytes[index].is_ascii_whitespace()
            && !matches!(bytes[index], b'=' | b'>' | b'/')
        {
            index += 1;
        }
        let name = tag[name_start..index].to_ascii_lowercase();
        if name.is_empty() {
            index += 1;
            continue;
        }
        if bytes.get(index) != Some(&b'=') {
            continue;
        }
        index += 1;
        let (value_start, value_end) = match bytes.get(index) {
            Some(quote @ (b'"' | b'\'')) => {
                let end = tag[index + 1..]
                    .find(*quote as char)
                    .map_or(tag.len(), |offset| index + 1 + offset);
                (index + 1, end)
            }
            _ => {
                let end = tag[index..]
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .map_or(tag.len(), |offset| index + offset);
                (index, end)
            }
        };
        found.push((name, &tag[value_start..value_end], value_start));
        index = value_end + 1;
    }
    found
}
