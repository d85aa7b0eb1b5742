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
    /// A start (or end) tag: its name as written (compare it ignoring
    /// case), its whole text and offset.
    Tag {
        name: &'a str,
        text: &'a str,
        offset: usize,
    },
    /// Text between tags.
    Text { text: &'a str, offset: usize },
}

/// Walks `html` once, skipping comments and the insides of scripts and
/// styles, and hands each tag and text run to `visit`. Allocates nothing.
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
            let name_length = text[1..].bytes().take_while(u8::is_ascii_alphanumeric).count();
            let name = &text[1..1 + name_length];
            index = tag_end;
            let skips_body = name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style");
            visit(Piece::Tag {
                name,
                text,
                offset: tag_end - text.len(),
            });
            if skips_body {
                index = find_closing_tag(html, index, name).unwrap_or(bytes.len());
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

/// Where `</name` (any case) starts at or after `from`.
fn find_closing_tag(html: &str, from: usize, name: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut position = from;
    while let Some(found) = html[position..].find("</") {
        let start = position + found;
        let candidate = bytes.get(start + 2..start + 2 + name.len())?;
        if candidate.eq_ignore_ascii_case(name.as_bytes()) {
            return Some(start);
        }
        position = start + 2;
    }
    None
}

/// Every visible piece of `html`: text outside tags, comments, scripts and
/// styles, and the values of attributes that are shown or read aloud.
pub fn visible_text(html: &str) -> Vec<VisibleText> {
    let mut found = Vec::new();
    for_each_visible_text(html, |text, attribute, offset| {
        found.push(VisibleText {
            offset,
            text: text.to_string(),
            attribute: attribute.map(str::to_ascii_lowercase),
        });
    });
    found
}

/// Calls `visit(text, attribute, offset)` for every visible piece of
/// `html` (see `visible_text`), without allocating.
pub fn for_each_visible_text(html: &str, mut visit: impl FnMut(&str, Option<&str>, usize)) {
    scan(html, |piece| match piece {
        Piece::Tag { name, text, offset } => {
            let is_field = ["input", "button", "option"]
                .iter()
                .any(|field| name.eq_ignore_ascii_case(field));
            for_attributes(text, |attribute, value, value_offset| {
                let visible = VISIBLE_ATTRIBUTES
                    .iter()
                    .any(|shown| attribute.eq_ignore_ascii_case(shown));
                let is_content = attribute.eq_ignore_ascii_case("content");
                let is_value = attribute.eq_ignore_ascii_case("value");
                let shown = visible
                    && (!is_content || is_described_meta(text))
                    && (!is_value || is_field)
                    && !(is_value && is_hidden_input(text));
                if shown {
                    visit(value, Some(attribute), offset + value_offset);
                }
            });
        }
        Piece::Text { text, offset } => visit(text, None, offset),
    });
}

/// Calls `visit(tag name, attribute name, value)` for every attribute with a
/// value on every start tag (names as written: compare them ignoring case;
/// values with entities decoded). Allocates only to decode entities.
pub fn for_each_attribute(html: &str, mut visit: impl FnMut(&str, &str, std::borrow::Cow<'_, str>)) {
    scan(html, |piece| {
        if let Piece::Tag { name, text, .. } = piece
            && !name.is_empty()
        {
            for_attributes(text, |attribute, value, _| {
                visit(name, attribute, decode_entities(value))
            });
        }
    });
}

/// `<input type="hidden">`: its value is sent, never shown.
fn is_hidden_input(tag: &str) -> bool {
    let mut hidden = false;
    if tag
        .get(..6)
        .is_some_and(|start| start.eq_ignore_ascii_case("<input"))
    {
        for_attributes(tag, |name, value, _| {
            hidden |= name.eq_ignore_ascii_case("type") && value.eq_ignore_ascii_case("hidden");
        });
    }
    hidden
}

/// A start tag: its name and attributes (name, decoded value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    pub attributes: Vec<(String, String)>,
}

/// Every start tag of `html` (comments, scripts and styles skipped).
pub fn tags(html: &str) -> Vec<Tag> {
    let mut found: Vec<Tag> = Vec::new();
    scan(html, |piece| {
        if let Piece::Tag { name, text, .. } = piece
            && !name.is_empty()
        {
            let mut attributes = Vec::new();
            for_attributes(text, |attribute, value, _| {
                attributes.push((
                    attribute.to_ascii_lowercase(),
                    decode_entities(value).into_owned(),
                ));
            });
            found.push(Tag {
                name: name.to_ascii_lowercase(),
                attributes,
            });
        }
    });
    found
}

/// Decodes the entities minify-html and Tera write in attribute values.
pub fn decode_entities(value: &str) -> std::borrow::Cow<'_, str> {
    if !value.contains('&') {
        return std::borrow::Cow::Borrowed(value);
    }
    let decoded = value
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    std::borrow::Cow::Owned(decoded)
}

/// `<meta name="description" content="…">` and similar metadata a search
/// engine or share card shows.
fn is_described_meta(tag: &str) -> bool {
    if !tag
        .get(..5)
        .is_some_and(|start| start.eq_ignore_ascii_case("<meta"))
    {
        return false;
    }
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

/// Calls `visit(name, value, byte offset of the value inside the tag)` for
/// each attribute with a value (names as written).
fn for_attributes<'a>(tag: &'a str, mut visit: impl FnMut(&'a str, &'a str, usize)) {
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
        let name = &tag[name_start..index];
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
        visit(name, &tag[value_start..value_end], value_start);
        index = value_end + 1;
    }
}
