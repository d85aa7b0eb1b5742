//! Finds text in templates that a reader would see or hear but that does not
//! come from Fluent: letters between tags, and letters in attributes that
//! are shown or read aloud (`alt`, `title`, `aria-label`, `placeholder`,
//! `content` of a meta description, …). Also finds the message ids that
//! templates ask for with `t(id="…")`, so a missing one is reported with its
//! template line before rendering.

use std::path::Path;

use crate::content::TemplateSource;
use crate::diag::{Diagnostic, Span};
use crate::html::visible_text;

/// Blanks out every Tera tag (`{{ … }}`, `{% … %}`, `{# … #}`) with spaces,
/// keeping byte offsets, so only the template's literal text remains.
fn mask_tera(source: &str) -> String {
    let mut masked = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(start) = rest.find('{') {
        let close = match rest.as_bytes().get(start + 1) {
            Some(b'{') => Some("}}"),
            Some(b'%') => Some("%}"),
            Some(b'#') => Some("#}"),
            _ => None,
        };
        let Some(close) = close else {
            masked.push_str(&rest[..=start]);
            rest = &rest[start + 1..];
            continue;
        };
        masked.push_str(&rest[..start]);
        let end = rest[start + 2..]
            .find(close)
            .map_or(rest.len(), |index| start + 2 + index + 2);
        for c in rest[start..end].chars() {
            // Keep byte offsets: a character becomes as many spaces as bytes.
            if c == '\n' {
                masked.push('\n');
            } else {
                masked.extend(std::iter::repeat_n(' ', c.len_utf8()));
            }
        }
        rest = &rest[end..];
    }
    masked.push_str(rest);
    masked
}

/// Hard-coded visible text in one template.
pub fn check(template: &TemplateSource) -> Vec<Diagnostic> {
    let masked = mask_tera(&template.source);
    let mut diagnostics = Vec::new();
    for piece in visible_text(&masked) {
        let Some(position) = first_letter(&piece.text) else {
            continue;
        };
        let what = match &piece.attribute {
            Some(attribute) => format!("hard-coded text in `{attribute}`: `{}`", piece.text.trim()),
            None => {
                let words: String = piece.text[position..]
                    .chars()
                    .take_while(|c| *c != '\n')
                    .collect();
                format!("hard-coded text `{}`", words.trim())
            }
        };
        let offset = if piece.attribute.is_some() {
            piece.offset
        } else {
            piece.offset + position
        };
        diagnostics.push(
            Diagnostic::error(
                "l10n/hardcoded-text",
                Span::at_offset(&template.path, &template.source, offset),
                what,
            )
            .with_help("put the text in locales/<locale>/*.ftl and write {{ t(id=\"message-id\") }}")
            .with_excerpt_from(&template.source),
        );
    }
    diagnostics
}

/// Byte position of the first letter outside an HTML entity (`&nbsp;`).
fn first_letter(text: &str) -> Option<usize> {
    let mut in_entity = false;
    for (offset, c) in text.char_indices() {
        if c == '&' {
            in_entity = true;
        } else if in_entity && (c == ';' || c.is_whitespace()) {
            in_entity = false;
        } else if !in_entity && c.is_alphabetic() {
            return Some(offset);
        }
    }
    None
}

/// A `t(id="…")` call found in a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageUse {
    pub id: String,
    pub offset: usize,
}

/// Every literal message id a template asks for with `t(id="…")`.
pub fn message_uses(source: &str) -> Vec<MessageUse> {
    let mut uses = Vec::new();
    for (position, _) in source.match_indices("t(") {
        let is_call = position == 0
            || !source.as_bytes()[position - 1].is_ascii_alphanumeric()
                && source.as_bytes()[position - 1] != b'_';
        if !is_call {
            continue;
        }
        let after = source[position + 2..].trim_start();
        let Some(rest) = after.strip_prefix("id") else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(quote) = rest.chars().next().filter(|c| matches!(c, '"' | '\'' | '`')) else {
            continue;
        };
        let Some(end) = rest[1..].find(quote) else {
            continue;
        };
        let id = &rest[1..1 + end];
        let offset = source.len() - rest.len() + 1;
        uses.push(MessageUse {
            id: id.to_string(),
            offset,
        });
    }
    uses
}

/// The span of a message use, for diagnostics.
pub fn use_span(path: &Path, source: &str, message_use: &MessageUse) -> Span {
    Span::at_offset(path, source, message_use.offset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn findings(source: &str) -> Vec<(usize, usize)> {
        let template = TemplateSource {
            name: "t.html".into(),
            path: PathBuf::from("templates/t.html"),
            source: source.into(),
        };
        check(&template)
            .iter()
            .map(|d| (d.span.line, d.span.column))
            .collect()
    }

    // Protects the hard-coded text gate: visible text and visible attributes
    // are caught; Tera expressions, markup, scripts and entities are not.
    #[test]
    fn finds_visible_text_outside_fluent() {
        assert_eq!(findings("<p>{{ t(id=\"a\") }}</p>"), []);
        assert_eq!(
            findings("<p class=\"lead big\" id=x>{{ v }}&nbsp;&#8203;</p>"),
            []
        );
        assert_eq!(
            findings("<script>let hello = 1;</script><style>a{color:red}</style>"),
            []
        );
        assert_eq!(
            findings("<!-- a comment --><p>{% if x %}{{ y }}{% endif %}</p>"),
            []
        );
        assert_eq!(findings("<p>\n  Call us</p>"), [(2, 3)]);
        assert_eq!(
            findings("<img alt=\"A map\" src=\"{{ root }}map.png\">"),
            [(1, 11)]
        );
        assert_eq!(
            findings("<a aria-label='Close menu' href=x>{{ t(id=\"x\") }}</a>"),
            [(1, 16)]
        );
        assert_eq!(
            findings("<meta name=\"description\" content=\"About us\">"),
            [(1, 35)]
        );
        assert_eq!(
            findings("<meta name=\"viewport\" content=\"width=device-width\">"),
            []
        );
        assert_eq!(findings("<p>{{ a }} é {{ b }}</p>"), [(1, 12)]);
        assert_eq!(findings("<p>{# note: Hello #}</p>"), []);
        assert_eq!(
            findings("<input type=\"hidden\" name=\"page\" value=\"en/report/\">"),
            []
        );
        assert_eq!(findings("<input type=\"submit\" value=\"Send\">"), [(1, 29)]);
    }

    // Protects the static message-id scan used to report missing messages
    // at the template line that asks for them.
    #[test]
    fn finds_message_ids_in_calls() {
        let source = "{{ t(id=\"a-b\") }}\n{{ t( id = 'c', n=1) }}{{ at(id=\"no\") }}";
        let ids: Vec<_> = message_uses(source)
            .into_iter()
            .map(|u| (u.id, u.offset))
            .collect();
        assert_eq!(ids, [("a-b".to_string(), 9), ("c".to_string(), 30)]);
    }
}
