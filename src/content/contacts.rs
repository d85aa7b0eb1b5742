//! The contacts registry (`content/contacts.yaml`): the single source of every
//! phone number the site publishes, and the record of retired numbers. This
//! module owns the data model and parsing; `validate::phones` owns the
//! numbering-plan checks.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{Date, Nation};
use crate::diag::{Diagnostic, Span};
use crate::yaml;

pub const FILE_NAME: &str = "contacts.yaml";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    contacts: Vec<Contact>,
    #[serde(default)]
    retired: Vec<RetiredNumber>,
}

/// A number the site publishes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Stable id used in content (`<tel:ID>`) and Fluent message ids.
    pub id: String,
    /// The organisation or service, in English (translated through Fluent).
    pub name: String,
    /// The number as dialled in the UK, e.g. `0800 555 111` or `999`.
    pub number: String,
    /// How it is printed; must have exactly the digits of `number`.
    pub display: String,
    /// What the number is, checked against the numbering plan.
    pub kind: NumberKind,
    /// What a call costs, checked against the kind.
    pub cost: CallCost,
    /// When to call it, in English (translated through Fluent).
    pub purpose: String,
    /// Opening hours in English, where a source states them.
    #[serde(default)]
    pub hours: Option<String>,
    /// The UK nations it serves.
    pub nations: Vec<Nation>,
    /// The last day someone confirmed the number at `source`.
    pub verified: Date,
    /// Where it was confirmed (a URL).
    pub source: String,
    /// 1-based line of the entry in the registry (filled after parsing).
    #[serde(skip)]
    pub line: usize,
    /// The `tel:` URI (filled after parsing, see `dial_uri`).
    #[serde(skip)]
    pub dial: String,
}

/// A number that was published once and must never appear again.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetiredNumber {
    pub number: String,
    pub organisation: String,
    pub retired_on: Date,
    /// The registry id of the number that replaced it.
    pub replaced_by: String,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(skip)]
    pub line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumberKind {
    /// 0800 and 0808 numbers.
    Freephone,
    /// 01 and 02 numbers.
    Geographic,
    /// 03 numbers, charged like geographic ones.
    NonGeographic,
    /// 07 mobile numbers.
    Mobile,
    /// 999, 101, 116 123 and the other short codes in `validate::phones`.
    ShortCode,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CallCost {
    /// Free from landlines and mobiles.
    Free,
    /// Costs the same as a call to an ordinary landline number.
    StandardRate,
    /// Has a charge of its own (101 costs 15p a call).
    Charged,
}

/// The parsed registry.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// Path relative to the project root, for diagnostics.
    pub path: PathBuf,
    pub source: String,
    pub contacts: Vec<Contact>,
    pub retired: Vec<RetiredNumber>,
    /// Contact id → index in `contacts` (the first entry with that id).
    by_id: HashMap<String, usize>,
    /// National digits → index in `contacts`, and in `retired`.
    by_digits: HashMap<String, usize>,
    retired_by_digits: HashMap<String, usize>,
}

impl Registry {
    pub fn get(&self, id: &str) -> Option<&Contact> {
        self.by_id.get(id).map(|index| &self.contacts[*index])
    }

    /// The contact whose number has exactly these national digits.
    pub fn with_digits(&self, digits: &str) -> Option<&Contact> {
        self.by_digits.get(digits).map(|index| &self.contacts[*index])
    }

    /// The retired number with exactly these national digits.
    pub fn retired_with_digits(&self, digits: &str) -> Option<&RetiredNumber> {
        self.retired_by_digits
            .get(digits)
            .map(|index| &self.retired[*index])
    }

    /// Builds the look-up tables and each contact's `tel:` URI.
    fn index(&mut self) {
        for (index, contact) in self.contacts.iter_mut().enumerate() {
            contact.dial = dial_uri(contact);
            self.by_id.entry(contact.id.clone()).or_insert(index);
            self.by_digits.entry(digits(&contact.number)).or_insert(index);
        }
        for (index, retired) in self.retired.iter().enumerate() {
            self.retired_by_digits
                .entry(digits(&retired.number))
                .or_insert(index);
        }
    }

    /// The span of `field:` inside the entry that starts on `entry_line`
    /// (the entry's first line if the field is not written out).
    pub fn field_span(&self, entry_line: usize, field: &str) -> Span {
        let prefix = format!("{field}:");
        for (index, text) in self.source.lines().enumerate().skip(entry_line.saturating_sub(1)) {
            let trimmed = text.trim_start();
            let later_line = index + 1 > entry_line;
            let ends_entry = trimmed.starts_with("- ") || (!text.starts_with(' ') && !trimmed.is_empty());
            if later_line && ends_entry {
                break;
            }
            let body = trimmed.strip_prefix("- ").unwrap_or(trimmed);
            if body.starts_with(&prefix) {
                let column = text.len() - body.len() + 1;
                return Span {
                    path: self.path.clone(),
                    line: index + 1,
                    column,
                };
            }
        }
        self.span(entry_line)
    }

    /// The span of line `line` of the registry.
    pub fn span(&self, line: usize) -> Span {
        Span {
            path: self.path.clone(),
            line,
            column: 1,
        }
    }
}

/// The `tel:` URI for a registry number: E.164 (`tel:+448005551111`) for a
/// full number, the bare digits (`tel:999`) for a short code.
pub fn dial_uri(contact: &Contact) -> String {
    match parse_uk(&contact.number) {
        Some(number) if contact.kind != NumberKind::ShortCode => {
            format!("tel:{}", number.format().mode(phonenumber::Mode::E164))
        }
        _ => format!("tel:{}", digits(&contact.number)),
    }
}

/// A number as libphonenumber reads it when dialled in the UK.
pub fn parse_uk(number: &str) -> Option<phonenumber::PhoneNumber> {
    phonenumber::parse(Some(phonenumber::country::Id::GB), number).ok()
}

/// Only the digits of a number as written (`0800 555 111` → `0800555111`).
pub fn digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

/// Reads `content/contacts.yaml`; a site without one has no numbers.
pub fn load(root: &Path) -> anyhow::Result<(Registry, Vec<Diagnostic>)> {
    let relative = Path::new(super::CONTENT_DIR).join(FILE_NAME);
    let full = root.join(&relative);
    // A registry that is a link out of the project is not read
    // (`validate::files` reports the link).
    if !full.exists() || !super::is_inside(root, &full) {
        return Ok((
            Registry {
                path: relative,
                ..Registry::default()
            },
            Vec::new(),
        ));
    }
    let bytes = std::fs::read(&full)
        .map_err(|error| anyhow::anyhow!("could not read {}: {error}", full.display()))?;
    match super::decode(&relative, &bytes) {
        Ok(source) => Ok(parse(&relative, &source)),
        Err(diagnostic) => Ok((
            Registry {
                path: relative,
                ..Registry::default()
            },
            vec![diagnostic],
        )),
    }
}

/// Parses the registry and checks its shape: unique ids, id syntax, retired
/// numbers pointing at a known replacement. Number validity is checked by
/// `validate::phones`.
pub fn parse(path: &Path, source: &str) -> (Registry, Vec<Diagnostic>) {
    let mut registry = Registry {
        path: path.to_path_buf(),
        source: source.to_string(),
        ..Registry::default()
    };
    let file: File = match yaml::parse(path, source, 0, source.len(), FILE_NAME) {
        Ok(file) => file,
        Err(diagnostic) => return (registry, vec![diagnostic]),
    };
    let mut diagnostics = Vec::new();
    let entry_lines = list_item_lines(source, "contacts");
    let retired_lines = list_item_lines(source, "retired");
    registry.contacts = file.contacts;
    registry.retired = file.retired;
    for (index, contact) in registry.contacts.iter_mut().enumerate() {
        contact.line = entry_lines.get(index).copied().unwrap_or(0);
    }
    for (index, retired) in registry.retired.iter_mut().enumerate() {
        retired.line = retired_lines.get(index).copied().unwrap_or(0);
    }
    registry.index();
    let mut first_line_of_id: BTreeMap<&str, usize> = BTreeMap::new();
    for contact in &registry.contacts {
        let span = registry.span(contact.line);
        if !super::is_slug(&contact.id) {
            diagnostics.push(
                Diagnostic::error(
                    "contacts/bad-id",
                    span.clone(),
                    format!(
                        "contact id `{}` is not lowercase words joined by hyphens",
                        contact.id
                    ),
                )
                .with_help("ids are used in content as <tel:ID>; write e.g. `crimestoppers`")
                .with_excerpt_from(source),
            );
        }
        if let Some(first) = first_line_of_id.insert(&contact.id, contact.line) {
            diagnostics.push(
                Diagnostic::error(
                    "contacts/duplicate-id",
                    span.clone(),
                    format!("contact id `{}` is already used on line {first}", contact.id),
                )
                .with_excerpt_from(source),
            );
        }
        for (field, value) in [
            ("name", &contact.name),
            ("purpose", &contact.purpose),
            ("source", &contact.source),
        ] {
            if value.trim().is_empty() {
                diagnostics.push(
                    Diagnostic::error(
                        "contacts/empty-field",
                        registry.field_span(contact.line, field),
                        format!("`{field}` of `{}` is empty", contact.id),
                    )
                    .with_excerpt_from(source),
                );
            }
        }
        if contact.nations.is_empty() {
            diagnostics.push(
                Diagnostic::error(
                    "contacts/no-nations",
                    registry.field_span(contact.line, "nations"),
                    format!("`{}` serves no nation", contact.id),
                )
                .with_help("list the nations it serves, e.g. `nations: [england, wales]`")
                .with_excerpt_from(source),
            );
        }
    }
    for retired in &registry.retired {
        if registry.get(&retired.replaced_by).is_none() {
            diagnostics.push(
                Diagnostic::error(
                    "contacts/unknown-replacement",
                    registry.span(retired.line),
                    format!(
                        "retired number {} is replaced by unknown contact `{}`",
                        retired.number, retired.replaced_by
                    ),
                )
                .with_excerpt_from(source),
            );
        }
    }
    (registry, diagnostics)
}

/// The 1-based line of each `- ` item of the top-level list `key`, in order.
/// serde does not keep positions, so the entries are matched to their lines
/// by walking the text; the YAML has already parsed, so the shape is known.
fn list_item_lines(source: &str, key: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut inside = false;
    let mut item_indent = None;
    for (index, line) in source.lines().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if indent == 0 && !trimmed.starts_with('-') {
            inside = trimmed.starts_with(&format!("{key}:"));
            item_indent = None;
            continue;
        }
        if inside && trimmed.starts_with("- ") && item_indent.is_none_or(|expected| expected == indent) {
            item_indent = Some(indent);
            lines.push(index + 1);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENTRY: &str = "  - id: crimestoppers\n    name: Crimestoppers\n    number: 0800 555 111\n    display: 0800 555 111\n    kind: freephone\n    cost: free\n    purpose: Report anonymously.\n    nations: [england]\n    verified: 2026-11-26\n    source: https://crimestoppers-uk.org/\n";

    fn codes(source: &str) -> Vec<(&'static str, usize)> {
        parse(Path::new("content/contacts.yaml"), source)
            .1
            .iter()
            .map(|d| (d.code, d.span.line))
            .collect()
    }

    // Protects the registry's shape checks and the line each points at.
    #[test]
    fn reports_malformed_entries_with_their_line() {
        let good = format!("contacts:\n{ENTRY}");
        assert!(codes(&good).is_empty());
        let (registry, _) = parse(Path::new("c.yaml"), &good);
        assert_eq!(registry.contacts[0].line, 2);
        let cases = [
            (
                format!("contacts:\n{ENTRY}{ENTRY}"),
                vec![("contacts/duplicate-id", 12)],
            ),
            (
                good.replace("id: crimestoppers", "id: Crime Stoppers"),
                vec![("contacts/bad-id", 2)],
            ),
            (
                good.replace("    kind: freephone\n", ""),
                vec![("yaml/missing-key", 2)],
            ),
            (
                good.replace("kind: freephone", "kind: free-phone"),
                vec![("yaml/unknown-key", 6)],
            ),
            (
                good.replace("nations: [england]", "nations: []"),
                vec![("contacts/no-nations", 9)],
            ),
            (
                format!(
                    "{good}retired:\n  - number: 0300 303 8151\n    organisation: X\n    retired_on: 2021-01-04\n    replaced_by: nobody\n"
                ),
                vec![("contacts/unknown-replacement", 13)],
            ),
        ];
        for (source, expected) in cases {
            assert_eq!(codes(&source), expected, "{source}");
        }
    }
}
