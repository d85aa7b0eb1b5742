//! The one place that parses YAML (front matter, `site.yaml`, the contacts
//! registry), so the YAML crate can be swapped in one file. Parse errors
//! become diagnostics pointing at the line in the original file.
//!
//! The crate is `serde_yaml_ng`, a maintained fork of the archived
//! `serde_yaml` with the same API; the README records how both were tried.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, Span, line_col};

/// Parses the YAML in `source[start..end]` (a slice of the file at `path`
/// that begins at the start of a line) into `T`.
pub fn parse<T: DeserializeOwned>(
    path: &Path,
    source: &str,
    start: usize,
    end: usize,
    what: &str,
) -> Result<T, Diagnostic> {
    let text = &source[start..end];
    if let Some(offset) = crate::limits::yaml_too_deep(text) {
        let limit = crate::limits::MAX_NESTING;
        return Err(crate::limits::too_deep(path, source, start + offset, what, limit));
    }
    serde_yaml_ng::from_str::<T>(text).map_err(|error| {
        let (line, column) = error
            .location()
            .map_or((1, 1), |location| (location.line(), location.column()));
        // The span comes from the error's byte index, not its line: YAML
        // also breaks lines at U+2028, U+2029, U+0085 and a lone CR, which
        // are not line breaks for editors or for every other diagnostic.
        let offset = error.location().map_or(0, |location| location.index());
        let span = Span::at_offset(path, source, (start + offset).min(end));
        let message = rewrite_locations(&error.to_string(), source, start, (line, column));
        let (code, help) = classify(&message, what);
        let mut diagnostic =
            Diagnostic::error(code, span, format!("{what}: {message}")).with_excerpt_from(source);
        if let Some(help) = help {
            diagnostic = diagnostic.with_help(help);
        }
        diagnostic
    })
}

/// Serialises `value` as YAML (maps in their own order: use `BTreeMap` for
/// deterministic files).
pub fn to_string<T: serde::Serialize>(value: &T) -> anyhow::Result<String> {
    Ok(serde_yaml_ng::to_string(value)?)
}

/// serde's messages say " at line L column C" relative to the YAML slice
/// (which starts at byte `start` of `source`). The position of the error
/// itself is the span, so it is dropped; other positions (where an
/// unclosed quote started) are rewritten as positions in the whole file.
fn rewrite_locations(message: &str, source: &str, start: usize, error_at: (usize, usize)) -> String {
    let mut rest = message;
    let mut out = String::new();
    while let Some(index) = rest.find(" at line ") {
        out.push_str(&rest[..index]);
        let after = &rest[index + " at line ".len()..];
        let line_digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        let after = &after[line_digits.len()..];
        let after = after.strip_prefix(" column ").unwrap_or(after);
        let column_digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        rest = &after[column_digits.len()..];
        let position = (
            line_digits.parse().unwrap_or(0),
            column_digits.parse().unwrap_or(0),
        );
        if position != error_at {
            let offset = start + yaml_offset(&source[start..], position);
            let (line, column) = line_col(source, offset);
            out.push_str(&format!(" (from line {line}, column {column})"));
        }
    }
    out.push_str(rest);
    out
}

/// The byte offset in `text` of a 1-based YAML line and column. YAML breaks
/// lines at LF, CR, CR LF, U+0085, U+2028 and U+2029, and counts columns
/// in characters.
fn yaml_offset(text: &str, (line, column): (usize, usize)) -> usize {
    let mut chars = text.char_indices().peekable();
    let mut current_line = 1;
    while current_line < line {
        match chars.next() {
            None => return text.len(),
            Some((_, '\r')) => {
                chars.next_if(|(_, c)| *c == '\n');
                current_line += 1;
            }
            Some((_, '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')) => current_line += 1,
            Some(_) => {}
        }
    }
    chars
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(index, _)| index)
}

fn classify(message: &str, what: &str) -> (&'static str, Option<String>) {
    if message.contains("unknown field") || message.contains("unknown variant") {
        (
            "yaml/unknown-key",
            Some(format!(
                "check the spelling; {what} accepts only the keys or values listed"
            )),
        )
    } else if message.contains("missing field") {
        ("yaml/missing-key", Some(format!("add the missing key to {what}")))
    } else if message.contains("duplicate field") {
        (
            "yaml/duplicate-key",
            Some("keep only one of the repeated keys".to_string()),
        )
    } else if message.contains("invalid type") || message.contains("invalid value") {
        ("yaml/wrong-type", None)
    } else {
        (
            "yaml/syntax",
            Some("YAML is indented with spaces, `key: value`, one key per line".to_string()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        title: String,
        count: u32,
    }

    // Protects line numbers of YAML errors inside a larger file (front matter
    // starts on line 2, after the `---` fence).
    #[test]
    fn errors_point_at_the_line_in_the_whole_file() {
        let cases = [
            (
                "---\ntitle: a\ncount: 1\ncolour: red\n---\n",
                "yaml/unknown-key",
                4,
                1,
            ),
            ("---\ntitle: a\ncount: many\n---\n", "yaml/wrong-type", 3, 8),
            ("---\ntitle: a\n---\n", "yaml/missing-key", 2, 1),
            ("---\ntitle: a\n\tcount: 1\n---\n", "yaml/syntax", 3, 1),
        ];
        for (source, code, line, column) in cases {
            let end = source[4..].find("---").map(|i| i + 4).unwrap_or(source.len());
            let error = parse::<Sample>(Path::new("p.md"), source, 4, end, "front matter").expect_err(source);
            assert_eq!(
                (error.code, error.span.line, error.span.column),
                (code, line, column)
            );
            assert!(!error.message.contains(" at line "), "{}", error.message);
        }
        let source = "---\ntitle: \"unclosed\ncount: 1\n---\n";
        let error = parse::<Sample>(Path::new("p.md"), source, 4, 30, "front matter").expect_err("unclosed");
        assert_eq!((error.code, error.span.line), ("yaml/syntax", 4));
        assert!(
            error.message.contains("(from line 2, column 8)"),
            "{}",
            error.message
        );
    }

    // Protects spans against YAML's extra line breaks (found by fuzzing:
    // a U+2028 in site.yaml put the error on a line past its text): the
    // span is where the error is in the file as editors count lines.
    #[test]
    fn errors_after_unicode_line_separators_point_inside_the_file() {
        let source = "---\ntitle: a\u{2028}b\ncount: 1\n---\n";
        let error = parse::<Sample>(Path::new("p.md"), source, 4, 27, "front matter").expect_err("syntax");
        let line_text = source.lines().nth(error.span.line - 1).unwrap_or_default();
        assert_eq!(error.span.line, 3, "{error:?}");
        assert!(error.span.column <= line_text.chars().count() + 1, "{error:?}");
        assert!(
            error.message.contains("(from line 2, column 10)"),
            "the key after U+2028 starts on line 2: {}",
            error.message
        );
    }
}
