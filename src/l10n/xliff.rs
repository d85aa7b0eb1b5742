//! XLIFF 1.2 for translation agencies (CAT tools such as Trados, memoQ and
//! Phrase read and write it). `export` writes one file per locale with a
//! `<file>` for each translation file and a `<trans-unit>` for each unit:
//! the English, the current translation with its state (`translated`,
//! `needs-translation`, `needs-review-translation` when stale, broken or a
//! suggestion), a note saying where the text is, and every placeable and
//! link bracket as protected inline code (`<ph>`, `<bpt>`/`<ept>`) that
//! CAT tools lock, so links and phone numbers never become editable text.
//! `read` parses such a file back into Fluent values, refusing a unit whose
//! protected elements were altered. Pure: text in, text out.

use std::collections::BTreeMap;

use quick_xml::events::Event;

use super::gate::{SetCheck, UnitState};
use super::units::{SourceUnit, UnitSet};

/// One piece of a Fluent value as XLIFF sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    /// Translatable text.
    Text(String),
    /// A placeable (`{ $link1 }`, `{ $police }`, `{"{"}`), locked.
    Placeable { id: usize, code: String },
    /// The `[` opening a link's text, locked.
    LinkOpen { id: usize },
    /// The `]({ $linkN })` closing it, locked.
    LinkClose { id: usize, code: String },
}

/// Splits a Fluent value into text and protected pieces. Numbering is by
/// order of appearance, so the English and a translation of it number the
/// same placeables alike when they keep them.
fn pieces(value: &str) -> Vec<Piece> {
    let mut found = Vec::new();
    let mut text = String::new();
    let mut next_id = 1;
    let mut open_links: Vec<usize> = Vec::new();
    let bytes = value.as_bytes();
    let mut index = 0;
    let push_text = |found: &mut Vec<Piece>, text: &mut String| {
        if !text.is_empty() {
            found.push(Piece::Text(std::mem::take(text)));
        }
    };
    while index < value.len() {
        let rest = &value[index..];
        // A select expression holds text to translate in its variants: it
        // stays text (the gate checks it on import); other placeables lock.
        if rest.starts_with('{') && !rest[..placeable_end(rest)].contains("->") {
            let end = placeable_end(rest);
            push_text(&mut found, &mut text);
            found.push(Piece::Placeable {
                id: next_id,
                code: rest[..end].to_string(),
            });
            next_id += 1;
            index += end;
            continue;
        }
        // `]({ $linkN })`: the close of the nearest open link.
        if let Some(inner) = rest.strip_prefix("](")
            && inner.starts_with('{')
            && inner[placeable_end(inner)..].starts_with(')')
            && let Some(open) = open_links.pop()
        {
            let end = placeable_end(inner);
            push_text(&mut found, &mut text);
            found.push(Piece::LinkClose {
                id: open,
                code: rest[..2 + end + 1].to_string(),
            });
            index += 2 + end + 1;
            continue;
        }
        if bytes[index] == b'[' && has_link_close(rest) {
            push_text(&mut found, &mut text);
            found.push(Piece::LinkOpen { id: next_id });
            open_links.push(next_id);
            next_id += 1;
            index += 1;
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        text.push(c);
        index += c.len_utf8();
    }
    push_text(&mut found, &mut text);
    found
}

/// The length of the placeable at the start of `text` (`{` … its `}`),
/// string literals included; the rest of the text if it never closes.
fn placeable_end(text: &str) -> usize {
    let mut depth = 0usize;
    let mut in_string = false;
    for (index, c) in text.char_indices() {
        match c {
            '"' if depth > 0 => in_string = !in_string,
            '{' if !in_string => depth += 1,
            '}' if !in_string => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return index + 1;
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// Whether the `[` at the start of `text` opens a link: its own `]` (the
/// one that closes it, counting nested brackets) is followed by `({`.
fn has_link_close(text: &str) -> bool {
    let mut depth = 0usize;
    for (index, c) in text.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return text[index + 1..].starts_with("({");
                }
            }
            _ => {}
        }
    }
    false
}

/// The XLIFF inline content of a Fluent value.
fn inline(value: &str) -> String {
    let mut xml = String::new();
    for piece in pieces(value) {
        match piece {
            Piece::Text(text) => xml.push_str(&escape(&text)),
            Piece::Placeable { id, code } => {
                let kind = if code.starts_with("{ $") {
                    "x-fluent-placeable"
                } else {
                    "x-fluent-literal"
                };
                xml.push_str(&format!(
                    "<ph id=\"{id}\" ctype=\"{kind}\">{}</ph>",
                    escape(&code)
                ));
            }
            Piece::LinkOpen { id } => xml.push_str(&format!("<bpt id=\"{id}\" ctype=\"link\">[</bpt>")),
            Piece::LinkClose { id, code } => {
                xml.push_str(&format!("<ept id=\"{id}\">{}</ept>", escape(&code)))
            }
        }
    }
    xml
}

fn escape(text: &str) -> String {
    quick_xml::escape::escape(text).into_owned()
}

/// What to export for one translation file.
pub struct FileExport<'a> {
    /// The translation file's path (`locales/pl/page.ftl`).
    pub original: String,
    pub set: &'a UnitSet,
    /// The gate's verdict on the file.
    pub check: &'a SetCheck,
    /// The file's current value of each unit, by id.
    pub values: BTreeMap<String, String>,
    /// The English each stale unit was translated from, by id.
    pub was: BTreeMap<String, String>,
    /// Units pre-filled as suggestions and not confirmed.
    pub suggested: Vec<String>,
}

/// An XLIFF 1.2 document with every unit of `files` for `locale`.
pub fn export(source_locale: &str, locale: &str, files: &[FileExport<'_>]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n",
    );
    for file in files {
        xml.push_str(&format!(
            "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"plaintext\">\n    <header>\n      <tool tool-id=\"signpost\" tool-name=\"Signpost\"/>\n    </header>\n    <body>\n",
            escape(&file.original),
            escape(source_locale),
            escape(locale)
        ));
        for (unit, state) in file.set.units.iter().zip(&file.check.states) {
            let value = file.values.get(&unit.id);
            let (state_name, qualifier) = match state {
                UnitState::Good(_) if file.suggested.contains(&unit.id) => {
                    ("needs-review-translation", Some("leveraged-tm"))
                }
                UnitState::Good(_) => ("translated", None),
                UnitState::Missing => ("needs-translation", None),
                UnitState::Stale | UnitState::Broken => ("needs-review-translation", None),
            };
            xml.push_str(&format!(
                "      <trans-unit id=\"{0}\" resname=\"{0}\">\n        <source>{1}</source>\n",
                escape(&unit.id),
                inline(&unit.english)
            ));
            let target = match (state, value) {
                (UnitState::Missing, _) | (_, None) => String::new(),
                (_, Some(value)) => inline(value),
            };
            let qualifier = qualifier
                .map(|q| format!(" state-qualifier=\"{q}\""))
                .unwrap_or_default();
            xml.push_str(&format!(
                "        <target state=\"{state_name}\"{qualifier}>{target}</target>\n"
            ));
            xml.push_str(&format!(
                "        <note from=\"signpost\">{}</note>\n",
                escape(&note(unit))
            ));
            if let Some(old) = file.was.get(&unit.id) {
                xml.push_str(&format!(
                    "        <note from=\"signpost\">The English changed: it was “{}”.</note>\n",
                    escape(old)
                ));
            }
            xml.push_str("      </trans-unit>\n");
        }
        xml.push_str("    </body>\n  </file>\n");
    }
    xml.push_str("</xliff>\n");
    xml
}

/// Where a unit is and what its placeables are, for translators (what
/// the base file's comment says).
fn note(unit: &SourceUnit) -> String {
    super::base::comment(unit).join(" ")
}

/// One unit read back from an XLIFF file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedUnit {
    /// The `original` of its `<file>` (`locales/pl/page.ftl`).
    pub original: String,
    pub target_language: String,
    pub id: String,
    /// The target as inline pieces (text, and the protected elements as
    /// they came back).
    target: Vec<Piece>,
    /// Whether the unit had a non-empty `<target>`.
    pub has_target: bool,
}

/// Why an XLIFF file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// Byte offset in the file.
    pub offset: u64,
    pub message: String,
}

/// Reads every `<trans-unit>` of an XLIFF 1.2 document.
pub fn read(xml: &str) -> Result<Vec<ImportedUnit>, ReadError> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut units = Vec::new();
    let mut original = String::new();
    let mut target_language = String::new();
    let mut current: Option<ImportedUnit> = None;
    // Inside `<target>`: the pieces so far and the element being read.
    let mut in_target = false;
    let mut inline_element: Option<(String, usize, String)> = None;
    let error = |reader: &quick_xml::Reader<&[u8]>, message: String| ReadError {
        offset: reader.buffer_position(),
        message,
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|e| error(&reader, format!("not well-formed XML: {e}")))?;
        let event_kind = match &event {
            Event::Start(_) => Kind::Start,
            _ => Kind::Other,
        };
        match event {
            Event::Start(element) | Event::Empty(element) if !in_target => {
                let opens_content = matches!(event_kind, Kind::Start);
                let attribute = |name: &str| -> Option<String> {
                    element
                        .try_get_attribute(name)
                        .ok()
                        .flatten()
                        .and_then(|value| value.unescape_value().ok().map(|value| value.into_owned()))
                };
                match element.local_name().as_ref() {
                    b"file" => {
                        original = attribute("original").unwrap_or_default();
                        target_language = attribute("target-language").unwrap_or_default();
                    }
                    b"trans-unit" if opens_content => {
                        let id =
                            attribute("id").ok_or_else(|| error(&reader, "a trans-unit has no id".into()))?;
                        current = Some(ImportedUnit {
                            original: original.clone(),
                            target_language: target_language.clone(),
                            id,
                            target: Vec::new(),
                            has_target: false,
                        });
                    }
                    b"target" if current.is_some() => in_target = opens_content,
                    _ => {}
                }
            }
            Event::Start(element) => {
                let name = String::from_utf8_lossy(element.local_name().as_ref()).to_string();
                let id = element
                    .try_get_attribute("id")
                    .ok()
                    .flatten()
                    .and_then(|value| value.unescape_value().ok()?.parse().ok())
                    .unwrap_or(0);
                inline_element = Some((name, id, String::new()));
            }
            Event::Empty(element) if in_target => {
                return Err(error(
                    &reader,
                    format!(
                        "unexpected empty <{}> in a target",
                        String::from_utf8_lossy(element.local_name().as_ref())
                    ),
                ));
            }
            Event::Text(text) if in_target => {
                let text = text
                    .xml_content()
                    .map_err(|e| error(&reader, format!("bad text: {e}")))?;
                push_inline(&mut inline_element, current.as_mut(), &text);
            }
            Event::CData(text) if in_target => {
                let text = String::from_utf8_lossy(&text).to_string();
                push_inline(&mut inline_element, current.as_mut(), &text);
            }
            Event::GeneralRef(reference) if in_target => {
                let text = match reference.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => {
                        let name = String::from_utf8_lossy(&reference).to_string();
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .map(str::to_string)
                            .ok_or_else(|| error(&reader, format!("unknown entity &{name};")))?
                    }
                };
                push_inline(&mut inline_element, current.as_mut(), &text);
            }
            Event::End(element) => match element.local_name().as_ref() {
                b"target" => in_target = false,
                b"trans-unit" => units.extend(current.take()),
                name if in_target => {
                    if let (Some((open, id, code)), Some(unit)) = (inline_element.take(), current.as_mut()) {
                        let piece = match open.as_bytes() {
                            b"ph" => Piece::Placeable { id, code },
                            b"bpt" => Piece::LinkOpen { id },
                            b"ept" => Piece::LinkClose { id, code },
                            _ => {
                                return Err(error(
                                    &reader,
                                    format!("<{}> is not allowed in a target", String::from_utf8_lossy(name)),
                                ));
                            }
                        };
                        unit.target.push(piece);
                        unit.has_target = true;
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(units)
}

/// Whether an element event opens content (`<a>`) or not (`<a/>`).
enum Kind {
    Start,
    Other,
}

fn push_inline(
    inline_element: &mut Option<(String, usize, String)>,
    unit: Option<&mut ImportedUnit>,
    text: &str,
) {
    match inline_element {
        Some((_, _, code)) => code.push_str(text),
        None => {
            if let Some(unit) = unit {
                if !text.is_empty() {
                    unit.has_target = true;
                }
                match unit.target.last_mut() {
                    Some(Piece::Text(previous)) => previous.push_str(text),
                    _ => unit.target.push(Piece::Text(text.to_string())),
                }
            }
        }
    }
}

/// The Fluent value of an imported target, given the English unit it
/// translates. `Err` names what was altered when a protected element is
/// not exactly one of the English's (a placeable changed, added or
/// dropped; a link bracket lost or moved out of its pair).
pub fn value_of(unit: &ImportedUnit, english: &str) -> Result<String, String> {
    let source = pieces(english);
    let protected = |pieces: &[Piece]| -> Vec<Piece> {
        let mut found: Vec<Piece> = pieces
            .iter()
            .filter(|piece| !matches!(piece, Piece::Text(_)))
            .cloned()
            .collect();
        found.sort_by_key(piece_key);
        found
    };
    if protected(&source) != protected(&unit.target) {
        return Err(
            "its protected elements (placeables and link brackets) differ from the English".to_string(),
        );
    }
    // Each link must open before it closes.
    let mut open = Vec::new();
    for piece in &unit.target {
        match piece {
            Piece::LinkOpen { id } => open.push(*id),
            Piece::LinkClose { id, .. } if open.pop() != Some(*id) => {
                return Err("a link's brackets are out of order".to_string());
            }
            _ => {}
        }
    }
    let mut value = String::new();
    for piece in &unit.target {
        match piece {
            Piece::Text(text) => value.push_str(&escape_fluent_text(text)),
            Piece::Placeable { code, .. } | Piece::LinkClose { code, .. } => value.push_str(code),
            Piece::LinkOpen { .. } => value.push('['),
        }
    }
    Ok(value.trim().to_string())
}

fn piece_key(piece: &Piece) -> (usize, u8, String) {
    match piece {
        Piece::Text(_) => (0, 0, String::new()),
        Piece::Placeable { id, code } => (*id, 1, code.clone()),
        Piece::LinkOpen { id } => (*id, 2, String::new()),
        Piece::LinkClose { id, code } => (*id, 3, code.clone()),
    }
}

/// Text typed in a CAT tool, as Fluent text: braces escaped (except in a
/// select expression, whose syntax is the text), line breaks kept.
fn escape_fluent_text(text: &str) -> String {
    if text.contains("->") && text.trim_start().starts_with('{') {
        return text.replace('\r', "");
    }
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => escaped.push_str("{\"{\"}"),
            '}' => escaped.push_str("{\"}\"}"),
            '\r' => {}
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALUE: &str = "[pl] Read [who can help]({ $link1 }) or call { $police } {\"{\"}now{\"}\"}.";

    // Protects the inline form: placeables and link brackets are locked
    // elements, text is text, and the value reads back exactly.
    #[test]
    fn placeables_and_links_are_protected_and_read_back() {
        let xml = inline(VALUE);
        assert_eq!(
            xml,
            "[pl] Read <bpt id=\"1\" ctype=\"link\">[</bpt>who can help<ept id=\"1\">]({ $link1 })</ept> or call <ph id=\"2\" ctype=\"x-fluent-placeable\">{ $police }</ph> <ph id=\"3\" ctype=\"x-fluent-literal\">{&quot;{&quot;}</ph>now<ph id=\"4\" ctype=\"x-fluent-literal\">{&quot;}&quot;}</ph>."
        );
        let document = format!(
            "<xliff><file original=\"locales/pl/p.ftl\" target-language=\"pl\"><body><trans-unit id=\"a\"><source>x</source><target>{xml}</target></trans-unit></body></file></xliff>"
        );
        let units = read(&document).expect("reads");
        assert_eq!(units.len(), 1);
        assert_eq!(value_of(&units[0], VALUE), Ok(VALUE.to_string()));
    }

    // Protects the lock: a target whose protected element was edited,
    // dropped or duplicated is refused; text typed with braces is escaped.
    #[test]
    fn altered_protected_elements_are_refused() {
        let unit = |target: &str| {
            let document = format!(
                "<xliff><file original=\"o\" target-language=\"pl\"><body><trans-unit id=\"a\"><source/><target>{target}</target></trans-unit></body></file></xliff>"
            );
            read(&document).expect("reads").remove(0)
        };
        let english = "Call { $police } now.";
        assert_eq!(
            value_of(&unit("Zadzwoń <ph id=\"1\">{ $police }</ph> {teraz}."), english),
            Ok("Zadzwoń { $police } {\"{\"}teraz{\"}\"}.".to_string())
        );
        for altered in [
            "Zadzwoń <ph id=\"1\">{ $link1 }</ph>",
            "Zadzwoń teraz",
            "<ph id=\"1\">{ $police }</ph><ph id=\"1\">{ $police }</ph>",
        ] {
            assert!(value_of(&unit(altered), english).is_err(), "{altered}");
        }
    }
}
