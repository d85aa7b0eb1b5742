//! What a contributor's file may ask of the parsers. Translators and
//! editors are outside contributors, so their files are checked before any
//! recursive parser or walker sees them: a translation with thousands of
//! nested placeables once overflowed a worker thread's stack and aborted
//! the build with no file named. Every parser a contributor can feed
//! (Fluent, Markdown, YAML, Tera, XLIFF, Typst) either runs here first or
//! has a limit of its own (YAML's recursion limit, Typst's parsing and
//! call depth, quick-xml's streaming reader), and deeper or larger input
//! is an error at its file and line (`input/too-deep`, `input/too-large`),
//! never an abort.
//!
//! The scanners are linear, allocate nothing per level, and count nesting
//! the way each syntax opens and closes it; they are not parsers, so they
//! only ever err on the side of letting the real parser report syntax.

use std::path::Path;

use crate::diag::{Diagnostic, Span};

/// How deep a hand-written source may nest: placeables in a Fluent
/// message, containers and spans in a Markdown page, blocks and brackets in
/// a template. Real advice nests a handful of levels; 64 leaves room for
/// any honest use and keeps the deepest walk far inside a 2 MiB stack.
pub const MAX_NESTING: usize = 64;

/// How deep the HTML of one rendered page may nest elements (templates and
/// content together). The minifier walks elements recursively.
pub const MAX_HTML_NESTING: usize = 512;

/// The largest hand-written source file (a page, a translation file, a
/// template, `site.yaml`, the contacts registry): 8 MiB, about two hundred
/// times the longest advice page. Larger files are almost always a mistake
/// (a pasted export or binary) and would take minutes to check.
/// Machine-written files (the translation record, XLIFF) are read as
/// streams and have no such limit.
pub const MAX_SOURCE_BYTES: usize = 8 << 20;

/// An `input/too-deep` finding at `offset` of `source` (the text of `path`).
pub fn too_deep(path: &Path, source: &str, offset: usize, what: &str, limit: usize) -> Diagnostic {
    Diagnostic::error(
        "input/too-deep",
        Span::at_offset(path, source, offset),
        format!("{what} nested more than {limit} levels deep here; the build does not read deeper nesting"),
    )
    .with_help(format!(
        "no advice needs more than {limit} levels: flatten it (the limit keeps a hostile file from exhausting the build's stack)"
    ))
    .with_excerpt_from(source)
}

/// An `input/too-large` finding when `bytes` is over `MAX_SOURCE_BYTES`.
pub fn check_size(path: &Path, bytes: usize) -> Option<Diagnostic> {
    (bytes > MAX_SOURCE_BYTES).then(|| {
        Diagnostic::error(
            "input/too-large",
            Span::file(path),
            format!(
                "the file is {} MiB; hand-written sources may be at most {} MiB",
                bytes.div_ceil(1 << 20),
                MAX_SOURCE_BYTES >> 20
            ),
        )
        .with_help("split it into several files, or check that it is the file you meant to save here")
    })
}

/// Fluent: where placeables first nest deeper than `MAX_NESTING`, for
/// each entry that does, and the text with those entries blanked out
/// (every character but line breaks made a space, so line numbers stay
/// and the parser sees nothing of them). `None` when nothing is too deep.
pub fn fluent_without_deep_entries(source: &str) -> Option<(String, Vec<usize>)> {
    let mut found = Vec::new();
    let mut blanked: Option<Vec<u8>> = None;
    let mut start = 0;
    while let Some(offset) = fluent_too_deep(source.as_bytes(), start) {
        let entry_start = fluent_entry_start(source, offset);
        let entry_end = fluent_entry_end(source, offset);
        let bytes = blanked.get_or_insert_with(|| source.as_bytes().to_vec());
        for byte in &mut bytes[entry_start..entry_end] {
            if *byte != b'\n' && *byte != b'\r' {
                *byte = b' ';
            }
        }
        found.push(offset);
        start = entry_end;
    }
    // Whole characters became ASCII spaces, so the text is still UTF-8.
    let text = String::from_utf8(blanked?).ok()?;
    Some((text, found))
}

/// Whether `line` (the text from a line start) starts a Fluent entry
/// (`id =` or `-term =`), which no placeable can continue into.
fn starts_fluent_entry(line: &[u8]) -> bool {
    let name = line.strip_prefix(b"-").unwrap_or(line);
    if !name.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let rest = name
        .iter()
        .position(|byte| !(byte.is_ascii_alphanumeric() || *byte == b'_' || *byte == b'-'))
        .map_or(&[][..], |end| &name[end..]);
    rest.iter().find(|byte| **byte != b' ') == Some(&b'=')
}

/// The first offset from `start` where placeables nest deeper than
/// `MAX_NESTING`. String literals (inside placeables) and comment lines
/// (outside) are skipped; a line that starts an entry closes whatever the
/// previous entry left open (that is a syntax error Fluent reports).
fn fluent_too_deep(bytes: &[u8], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut index = start;
    let mut at_line_start = start == 0 || bytes.get(start - 1) == Some(&b'\n');
    while index < bytes.len() {
        if at_line_start {
            at_line_start = false;
            if depth == 0 && bytes[index] == b'#' {
                index = next_line(bytes, index);
                at_line_start = true;
                continue;
            }
            if starts_fluent_entry(&bytes[index..]) {
                depth = 0;
            }
        }
        match bytes[index] {
            b'\n' => at_line_start = true,
            b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(index);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            b'"' if depth > 0 => {
                index += 1;
                while index < bytes.len() && bytes[index] != b'"' && bytes[index] != b'\n' {
                    index += if bytes[index] == b'\\' { 2 } else { 1 };
                }
                if bytes.get(index) == Some(&b'\n') {
                    continue; // an unclosed literal: Fluent reports it
                }
            }
            _ => {}
        }
        index += 1;
    }
    None
}

/// The offset just after the next line break at or after `index`.
fn next_line(bytes: &[u8], index: usize) -> usize {
    bytes[index..]
        .iter()
        .position(|byte| *byte == b'\n')
        .map_or(bytes.len(), |at| index + at + 1)
}

/// The start of the entry holding `offset`: the last line at or before it
/// that starts an entry (or the start of the file).
fn fluent_entry_start(source: &str, offset: usize) -> usize {
    let bytes = source.as_bytes();
    let mut line_start = source[..offset].rfind('\n').map_or(0, |at| at + 1);
    loop {
        if starts_fluent_entry(&bytes[line_start..]) || line_start == 0 {
            return line_start;
        }
        line_start = source[..line_start - 1].rfind('\n').map_or(0, |at| at + 1);
    }
}

/// The end of the entry holding `offset`: the next line that starts with
/// what starts an entry or a comment (where Fluent's own recovery from a
/// broken entry resumes), or the end of the file.
fn fluent_entry_end(source: &str, offset: usize) -> usize {
    let bytes = source.as_bytes();
    let mut line_start = next_line(bytes, offset);
    while line_start < bytes.len() {
        let first = bytes[line_start];
        if first == b'#' || first == b'-' || first.is_ascii_alphabetic() {
            return line_start;
        }
        line_start = next_line(bytes, line_start);
    }
    bytes.len()
}

/// Tera: where a template first nests blocks (`{% if %}`, `{% for %}`,
/// `{% block %}`, `{% macro %}`, `{% filter %}`) or brackets inside a tag
/// deeper than `MAX_NESTING`. Comments and `{% raw %}` are skipped.
pub fn tera_too_deep(source: &str) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut blocks = 0usize;
    let mut index = 0;
    while let Some(found) = find(bytes, b"{", index) {
        index = found + 1;
        match bytes.get(index) {
            Some(b'#') => {
                index = find(bytes, b"#}", index).map_or(bytes.len(), |end| end + 2);
            }
            Some(open @ (b'{' | b'%')) => {
                let close: &[u8] = if *open == b'{' { b"}}" } else { b"%}" };
                let (end, deepest) = tag_end(bytes, index + 1, close);
                if let Some(offset) = deepest {
                    return Some(offset);
                }
                if *open == b'%' {
                    let keyword = tag_keyword(&bytes[index + 1..end]);
                    match keyword {
                        b"raw" => {
                            index = find(bytes, b"endraw", end).map_or(bytes.len(), |at| at + 6);
                            continue;
                        }
                        b"if" | b"for" | b"block" | b"macro" | b"filter" => {
                            blocks += 1;
                            if blocks > MAX_NESTING {
                                return Some(found);
                            }
                        }
                        keyword if keyword.starts_with(b"end") => blocks = blocks.saturating_sub(1),
                        _ => {}
                    }
                }
                index = end;
            }
            _ => {}
        }
    }
    None
}

/// The offset after the `close` that ends a tag whose contents start at
/// `start`, and where brackets inside it first nest too deep, if they do.
fn tag_end(bytes: &[u8], start: usize, close: &[u8]) -> (usize, Option<usize>) {
    let mut depth = 0usize;
    let mut index = start;
    while index < bytes.len() {
        let byte = bytes[index];
        match byte {
            b'"' | b'\'' | b'`' => {
                index = bytes[index + 1..]
                    .iter()
                    .position(|other| *other == byte)
                    .map_or(bytes.len(), |at| index + 1 + at);
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return (bytes.len(), Some(index));
                }
            }
            b')' | b']' => depth = depth.saturating_sub(1),
            b'}' | b'%' if depth == 0 && bytes[index..].starts_with(close) => {
                return (index + close.len(), None);
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        index += 1;
    }
    (bytes.len(), None)
}

/// The first word of a `{% … %}` tag, after whitespace control.
fn tag_keyword(inside: &[u8]) -> &[u8] {
    let trimmed = inside
        .iter()
        .position(|byte| !(byte.is_ascii_whitespace() || *byte == b'-'))
        .map_or(&[][..], |start| &inside[start..]);
    let end = trimmed
        .iter()
        .position(|byte| !(byte.is_ascii_alphanumeric() || *byte == b'_'))
        .unwrap_or(trimmed.len());
    &trimmed[..end]
}

fn find(bytes: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from >= bytes.len() {
        return None;
    }
    bytes[from..]
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|at| from + at)
}

/// YAML: where block indentation, `- ` items and flow collections (`[`,
/// `{`) together first nest deeper than `MAX_NESTING`. The YAML reader
/// has a recursion limit of its own, but reads input nested 100,000 deep
/// for minutes before reaching it. Brackets inside plain or quoted
/// scalars, comments and block scalars (`|`, `>`) do not count.
pub fn yaml_too_deep(text: &str) -> Option<usize> {
    let mut indents: Vec<usize> = Vec::new();
    let mut flow = 0usize;
    // Inside a block scalar: lines indented more than this belong to it.
    let mut block_scalar: Option<usize> = None;
    // Inside a quoted scalar that goes on past its line: the quote.
    let mut quoted: Option<u8> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let offset = line_start;
        line_start += line.len();
        let bytes = line.trim_end_matches(['\n', '\r']).as_bytes();
        let indent = bytes.iter().take_while(|byte| **byte == b' ').count();
        if indent == bytes.len() || (bytes[indent] == b'#' && quoted.is_none() && flow == 0) {
            continue;
        }
        if let Some(scalar_indent) = block_scalar {
            if indent > scalar_indent {
                continue;
            }
            block_scalar = None;
        }
        let mut index = indent;
        let mut levels = 0;
        if quoted.is_none() && flow == 0 {
            while indents.last().is_some_and(|last| *last > indent) {
                indents.pop();
            }
            if indents.last().is_none_or(|last| *last < indent) {
                indents.push(indent);
            }
            // `- - x`: each dash opens a sequence inside the last.
            while bytes.get(index) == Some(&b'-') && matches!(bytes.get(index + 1), Some(b' ') | None) {
                levels += 1;
                index += 2;
                while bytes.get(index) == Some(&b' ') {
                    index += 1;
                }
            }
            if indents.len() + levels > MAX_NESTING {
                return Some(offset + index.min(bytes.len()));
            }
        }
        let mut value_start = true;
        while index < bytes.len() {
            let byte = bytes[index];
            if let Some(quote) = quoted {
                if byte == b'\\' && quote == b'"' {
                    index += 1;
                } else if byte == quote {
                    if quote == b'\'' && bytes.get(index + 1) == Some(&b'\'') {
                        index += 1;
                    } else {
                        quoted = None;
                    }
                }
                index += 1;
                continue;
            }
            match byte {
                b'"' | b'\'' if value_start || flow > 0 => quoted = Some(byte),
                b'[' | b'{' if value_start || flow > 0 => {
                    flow += 1;
                    if indents.len() + levels + flow > MAX_NESTING {
                        return Some(offset + index);
                    }
                }
                b']' | b'}' if flow > 0 => flow -= 1,
                b'#' if index > 0 && bytes[index - 1] == b' ' => break,
                b'|' | b'>' if value_start && flow == 0 => {
                    block_scalar = Some(indent);
                    break;
                }
                b':' if flow == 0 && matches!(bytes.get(index + 1), Some(b' ') | None) => {
                    value_start = true;
                    index += 1;
                    continue;
                }
                b' ' | b',' => {
                    index += 1;
                    continue;
                }
                _ if flow == 0 => {
                    // A plain scalar: a key (a `: ` may follow) or a value.
                    value_start = false;
                }
                _ => {}
            }
            if !matches!(byte, b' ') {
                value_start = flow > 0 && matches!(byte, b'[' | b'{' | b',');
            }
            index += 1;
        }
    }
    None
}

/// HTML: where a rendered page first nests elements deeper than
/// `MAX_HTML_NESTING`. Elements without end tags (void elements) and those
/// whose end tag may be left out (`p`, `li`, `td`, …) are not counted, so
/// valid HTML is never judged too deep by a missing optional end tag;
/// comments, scripts and styles are skipped.
pub fn html_too_deep(html: &str) -> Option<usize> {
    const NOT_COUNTED: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
        "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
    ];
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut index = 0;
    while let Some(found) = memchr_lt(bytes, index) {
        index = found + 1;
        if html[index..].starts_with("!--") {
            index = html[index..]
                .find("-->")
                .map_or(bytes.len(), |end| index + end + 3);
            continue;
        }
        let closing = bytes.get(index) == Some(&b'/');
        let name_start = if closing { index + 1 } else { index };
        let name_end = bytes[name_start..]
            .iter()
            .position(|byte| !byte.is_ascii_alphanumeric())
            .map_or(bytes.len(), |at| name_start + at);
        if name_end == name_start {
            continue;
        }
        let name = html[name_start..name_end].to_ascii_lowercase();
        if NOT_COUNTED.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            continue;
        }
        let Some(tag_end) = html[name_end..].find('>').map(|end| name_end + end) else {
            break; // no tag is complete after this one
        };
        if bytes.get(tag_end - 1) == Some(&b'/') {
            continue; // <svg/> and the like
        }
        if name == "script" || name == "style" {
            let end_tag = format!("</{name}");
            index = html[tag_end..]
                .find(&end_tag)
                .map_or(bytes.len(), |end| tag_end + end);
            continue;
        }
        depth += 1;
        if depth > MAX_HTML_NESTING {
            return Some(found);
        }
    }
    None
}

fn memchr_lt(bytes: &[u8], from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|byte| *byte == b'<')
        .map(|at| from + at)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects the Fluent limit: deep placeables anywhere (nested, unclosed,
    // in a term) are found and only their entry is blanked; literal braces
    // in strings and comments do not count.
    #[test]
    fn deep_fluent_entries_are_found_and_blanked() {
        let deep = format!("deep = {}\"x\"{}\n", "{ ".repeat(70), " }".repeat(70));
        let source = format!("# {}\nok = fine\n{deep}after = {{ \"{{{{\" }}\n", "{".repeat(100));
        let (text, found) = fluent_without_deep_entries(&source).expect("too deep");
        assert_eq!(found.len(), 1);
        assert_eq!(text.lines().count(), source.lines().count());
        assert!(text.contains("ok = fine") && text.contains("after = "));
        assert!(!text.contains("deep ="));
        let shallow = format!("a = {}x{}\n", "{ ".repeat(10), " }".repeat(10));
        assert!(fluent_without_deep_entries(&shallow).is_none());
        let unclosed = format!("-term = {}\nnext = ok\n", "{ ".repeat(MAX_NESTING + 1));
        let (text, _) = fluent_without_deep_entries(&unclosed).expect("too deep");
        assert!(text.contains("next = ok") && !text.contains("-term"));
    }

    // Protects the Tera limit: nested blocks and nested brackets are found;
    // the same count spread over siblings, comments and raw text is not.
    #[test]
    fn deep_templates_are_found() {
        let nested = "{% if a %}".repeat(MAX_NESTING + 1) + &"{% endif %}".repeat(MAX_NESTING + 1);
        assert!(tera_too_deep(&nested).is_some());
        let siblings = "{% if a %}x{% endif %}".repeat(1000);
        assert_eq!(tera_too_deep(&siblings), None);
        let brackets = format!("{{{{ {}1{} }}}}", "(".repeat(100), ")".repeat(100));
        assert!(tera_too_deep(&brackets).is_some());
        let hidden = format!(
            "{{# {} #}}{{% raw %}}{}{{% endraw %}}",
            "{% if a %}".repeat(100),
            "{{ ((((".repeat(100)
        );
        assert_eq!(tera_too_deep(&hidden), None);
    }

    // Protects the YAML limit: flow collections, nested `- ` items and
    // block indentation too deep are found; brackets in scalars, comments
    // and block scalars, and the same counts as siblings, are not.
    #[test]
    fn deep_yaml_is_found_but_brackets_in_text_are_not() {
        let flow = format!("key: {}x{}\n", "[".repeat(100), "]".repeat(100));
        // The mapping is one level, so the 64th bracket is one too many.
        assert_eq!(yaml_too_deep(&flow), Some(5 + MAX_NESTING - 1));
        let maps = format!("key: {}x{}\n", "{a: ".repeat(100), "}".repeat(100));
        assert!(yaml_too_deep(&maps).is_some());
        let dashes = format!("key:\n  {}x\n", "- ".repeat(100));
        assert!(yaml_too_deep(&dashes).is_some());
        let indented: String = (0..100)
            .map(|level| format!("{}k{level}:\n", " ".repeat(level)))
            .collect();
        assert!(yaml_too_deep(&indented).is_some());
        let text = format!(
            "title: see [1] and {}\nsummary: \"{}\"\nnote: |\n  {}\n# {}\nlist: [a, [b], {{c: d}}]\n",
            "[".repeat(100),
            "{".repeat(100),
            "[".repeat(100),
            "[".repeat(100)
        );
        assert_eq!(yaml_too_deep(&text), None);
        let siblings = "- [a, [b, [c]]]\n".repeat(1000);
        assert_eq!(yaml_too_deep(&siblings), None);
    }

    // Protects the HTML limit: deep elements are found; many unclosed
    // paragraphs and list items (valid HTML) and void elements are not.
    #[test]
    fn deep_html_is_found_but_optional_end_tags_are_not_counted() {
        let deep = "<div>".repeat(MAX_HTML_NESTING + 1);
        assert!(html_too_deep(&deep).is_some());
        let flat = "<ul><li>x".repeat(10) + &"</ul>".repeat(10) + &"<p>para<br>".repeat(5000);
        assert_eq!(html_too_deep(&flat), None);
        let scripted = format!("<script>{}</script>", "<div>".repeat(1000));
        assert_eq!(html_too_deep(&scripted), None);
    }
}
