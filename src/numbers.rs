//! UK phone numbers in text: the short codes a site may publish (which
//! libphonenumber's main metadata lacks), and finding numbers typed by hand
//! in content, templates and translations, each reported with what to
//! write instead, so the contacts registry stays the single source of every
//! number.

use std::path::Path;

use crate::content::Date;
use crate::content::contacts::{Registry, digits};
use crate::diag::{Diagnostic, Span};

/// A UK short code: not in libphonenumber's main metadata, so listed here
/// with where each is documented. Dialled as `tel:<digits>`.
pub struct ShortCode {
    pub digits: &'static str,
    pub service: &'static str,
    pub free: bool,
}

/// UK short codes a site may publish (Ofcom's National Telephone Numbering
/// Plan; Ofcom's "116 numbers"). 101 costs 15p per call; the others are free.
pub const SHORT_CODES: &[ShortCode] = &[
    ShortCode {
        digits: "999",
        service: "emergency services",
        free: true,
    },
    ShortCode {
        digits: "112",
        service: "emergency services",
        free: true,
    },
    ShortCode {
        digits: "18000",
        service: "emergency text relay for deaf people",
        free: true,
    },
    ShortCode {
        digits: "101",
        service: "police non-emergency",
        free: false,
    },
    ShortCode {
        digits: "105",
        service: "power cut line",
        free: true,
    },
    ShortCode {
        digits: "111",
        service: "NHS non-emergency",
        free: true,
    },
    ShortCode {
        digits: "116000",
        service: "missing children hotline",
        free: true,
    },
    ShortCode {
        digits: "116111",
        service: "child helpline",
        free: true,
    },
    ShortCode {
        digits: "116123",
        service: "emotional support helpline (Samaritans)",
        free: true,
    },
];

pub fn short_code(digits: &str) -> Option<&'static ShortCode> {
    SHORT_CODES.iter().find(|code| code.digits == digits)
}

/// A run of text that looks like a phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundNumber {
    /// Byte range in the scanned text.
    pub start: usize,
    pub end: usize,
    /// The digits, with an international `+44`/`0044` prefix turned into `0`.
    pub digits: String,
}

/// Finds phone-number-like runs in free text: digit groups joined by single
/// spaces, hyphens or dots, that are a UK number (0 and six or more
/// digits), an international number (`+` or `00`), any run of seven or more
/// digits, or exactly a known short code (999, 101, 116 123 …). Dates
/// (`2026-11-26`) and URLs are not numbers.
pub fn find_numbers(text: &str) -> Vec<FoundNumber> {
    find_numbers_outside(text, &[])
}

/// `find_numbers`, ignoring runs that start inside any of `skip` (byte
/// ranges of references such as `<tel:ID>` or `{ $placeable }`).
fn find_numbers_outside(text: &str, skip: &[std::ops::Range<usize>]) -> Vec<FoundNumber> {
    let bytes = text.as_bytes();
    let mut url_ranges = url_ranges(text);
    url_ranges.extend(skip.iter().cloned());
    let mut found = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        let starts_number = bytes[index].is_ascii_digit()
            || (bytes[index] == b'+' && bytes.get(index + 1).is_some_and(u8::is_ascii_digit));
        let preceded_by_word = index > 0
            && (bytes[index - 1].is_ascii_alphanumeric()
                || bytes[index - 1] == b'_'
                || bytes[index - 1] == b'.');
        if !starts_number || preceded_by_word {
            index += 1;
            continue;
        }
        let start = index;
        let mut end = index + 1;
        while end < bytes.len() {
            let joins_groups = matches!(bytes[end], b' ' | b'-' | b'.')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
                && bytes[end - 1].is_ascii_digit();
            if bytes[end].is_ascii_digit() || joins_groups {
                end += 1;
            } else {
                break;
            }
        }
        let followed_by_word = bytes
            .get(end)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_');
        let run = &text[start..end];
        index = end;
        if followed_by_word || url_ranges.iter().any(|range| range.contains(&start)) || is_iso_date(run) {
            continue;
        }
        let raw_digits = digits(run);
        let normalised = if let Some(rest) = raw_digits.strip_prefix("0044").filter(|_| !run.starts_with('+'))
        {
            format!("0{rest}")
        } else if run.starts_with("+44") {
            format!("0{}", &raw_digits[2..])
        } else {
            raw_digits.clone()
        };
        let looks_like_phone = run.starts_with('+')
            || (normalised.starts_with('0') && normalised.len() >= 7)
            || raw_digits.len() >= 7
            || short_code(&raw_digits).is_some();
        if looks_like_phone {
            found.push(FoundNumber {
                start,
                end,
                digits: normalised,
            });
        }
    }
    found
}

fn is_iso_date(run: &str) -> bool {
    Date::parse(run).is_some()
}

/// Byte ranges of `<tel:ID>` references (an id may contain digits).
fn tel_references(text: &str) -> Vec<std::ops::Range<usize>> {
    text.match_indices("<tel:")
        .map(|(start, _)| start..text[start..].find('>').map_or(text.len(), |end| start + end + 1))
        .collect()
}

/// Byte ranges of Fluent placeables `{ … }` (variables, message
/// references, string literals), outermost only.
fn placeables(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut in_string = false;
    for (index, c) in text.char_indices() {
        match c {
            '"' if depth > 0 => in_string = !in_string,
            '{' if !in_string => {
                if depth == 0 {
                    start = index;
                }
                depth += 1;
            }
            '}' if !in_string && depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    ranges.push(start..index + 1);
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        ranges.push(start..text.len());
    }
    ranges
}

/// Byte ranges of `scheme://…` URLs, up to whitespace or a closing bracket.
fn url_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    for (position, _) in text.match_indices("://") {
        let start = text[..position]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.'))
            .map_or(0, |index| index + 1);
        let end = text[position..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '>' | '"' | '\'' | ']'))
            .map_or(text.len(), |index| position + index);
        ranges.push(start..end);
    }
    ranges
}

/// How the author of a file refers to a registry number, for the help text.
#[derive(Debug, Clone, Copy)]
pub enum Reference {
    /// Markdown content: `<tel:ID>`.
    Markdown,
    /// A Fluent translation: the placeable `{ $ID }` from the English.
    Fluent,
    /// A template: `{{ contact … }}` data from the registry.
    Template,
}

impl Reference {
    fn write(self, id: &str) -> String {
        match self {
            Reference::Markdown => format!("<tel:{id}>"),
            Reference::Fluent => format!("{{ ${id} }}"),
            Reference::Template => format!("the registry entry `{id}` (page.contacts)"),
        }
    }
}

/// Reports every phone-like number in `text` (which starts at byte `offset`
/// of `source`, the text of `path`): known numbers typed by hand, retired
/// numbers, and unknown numbers, each with what to write instead.
pub fn check_text(
    path: &Path,
    source: &str,
    offset: usize,
    text: &str,
    registry: &Registry,
    reference: Reference,
) -> Vec<Diagnostic> {
    let skip = match reference {
        Reference::Markdown => tel_references(text),
        Reference::Fluent => placeables(text),
        Reference::Template => Vec::new(),
    };
    find_numbers_outside(text, &skip)
        .into_iter()
        .map(|found| {
            let span = Span::at_offset(path, source, offset + found.start);
            let written = &text[found.start..found.end];
            let diagnostic = if let Some(contact) = registry.with_digits(&found.digits) {
                Diagnostic::error(
                    "phone/typed-number",
                    span,
                    format!("`{written}` ({}) is typed by hand", contact.name),
                )
                .with_help(format!("write {} so the number comes from the registry", reference.write(&contact.id)))
            } else if let Some(retired) = registry.retired_with_digits(&found.digits) {
                let replacement = registry.get(&retired.replaced_by);
                Diagnostic::error(
                    "phone/retired-number",
                    span,
                    format!(
                        "`{written}` ({}) was retired on {}",
                        retired.organisation, retired.retired_on
                    ),
                )
                .with_help(match replacement {
                    Some(contact) => format!(
                        "the current number is {} ({}): write {}",
                        contact.display,
                        contact.name,
                        reference.write(&contact.id)
                    ),
                    None => format!("see `{}` in the registry", retired.replaced_by),
                })
            } else {
                let nearest = registry
                    .contacts
                    .iter()
                    .map(|contact| (edit_distance(&digits(&contact.number), &found.digits), contact))
                    .filter(|(distance, _)| *distance <= 2)
                    .min_by_key(|(distance, _)| *distance);
                let help = match nearest {
                    Some((_, contact)) => format!(
                        "did you mean {} ({})? write {}",
                        contact.display,
                        contact.name,
                        reference.write(&contact.id)
                    ),
                    None => "verify the number with the organisation, add it to content/contacts.yaml, then refer to it by its id".to_string(),
                };
                Diagnostic::error("phone/unknown-number", span, format!("`{written}` is not a number in the contacts registry"))
                    .with_help(help)
            };
            diagnostic.with_excerpt_from(source)
        })
        .collect()
}

/// Levenshtein distance over bytes (the inputs are ASCII digits).
fn edit_distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, a_byte) in a.bytes().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, b_byte) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(a_byte != *b_byte);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::contacts;

    fn registry(entries: &str) -> Registry {
        let (registry, diagnostics) = contacts::parse(Path::new("content/contacts.yaml"), entries);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        registry
    }

    fn entry(id: &str, number: &str, display: &str, kind: &str, cost: &str) -> String {
        format!(
            "  - id: {id}\n    name: {id}\n    number: \"{number}\"\n    display: \"{display}\"\n    kind: {kind}\n    cost: {cost}\n    purpose: p\n    nations: [england]\n    verified: 2026-11-01\n    source: https://example.org/\n"
        )
    }

    // Protects what counts as a phone number in free text, and what does not.
    #[test]
    fn finds_phone_like_runs_only() {
        let cases: &[(&str, &[&str])] = &[
            ("Call 0800 555 111 now", &["0800555111"]),
            ("Call 0800-555-111.", &["0800555111"]),
            ("ring +44 800 555 111", &["0800555111"]),
            ("ring 0044 800 555 111", &["0800555111"]),
            ("dial 999 or 101", &["999", "101"]),
            ("call 116 123", &["116123"]),
            ("08000121700", &["08000121700"]),
            ("at least 45 days, 24 hours, in 2021", &[]),
            ("reviewed 2026-11-26", &[]),
            ("see https://example.org/08005551111/page", &[]),
            ("version v999 and file_101", &[]),
            ("3.5 metres", &[]),
            ("account 1234567", &["1234567"]),
            ("999th time", &[]),
        ];
        for (text, expected) in cases {
            let found: Vec<_> = find_numbers(text).into_iter().map(|f| f.digits).collect();
            assert_eq!(&found, expected, "{text}");
        }
    }

    // Protects references from being taken for numbers: a registry id with
    // digits in `<tel:ID>` or a `{ $placeable }`, while a number typed beside
    // them is still found.
    #[test]
    fn references_with_digits_are_not_numbers() {
        let registry = registry(&format!(
            "contacts:\n{}",
            entry(
                "helpline-112",
                "0800 555 111",
                "0800 555 111",
                "freephone",
                "free"
            )
        ));
        let markdown = "Call <tel:helpline-112> or 999.";
        let found = check_text(
            Path::new("p.md"),
            markdown,
            0,
            markdown,
            &registry,
            Reference::Markdown,
        );
        assert_eq!(found.iter().map(|d| d.span.column).collect::<Vec<_>>(), [28]);
        let fluent = "Zadzwoń { $helpline-112 } lub { \"{\" } 999.";
        let found = check_text(
            Path::new("p.ftl"),
            fluent,
            0,
            fluent,
            &registry,
            Reference::Fluent,
        );
        assert_eq!(found.iter().map(|d| d.span.column).collect::<Vec<_>>(), [39]);
    }

    // Protects the three outcomes for a hand-typed number and their help.
    #[test]
    fn typed_numbers_are_reported_with_the_fix() {
        let source = format!(
            "contacts:\n{}retired:\n  - number: 0300 303 8151\n    organisation: The Salvation Army\n    retired_on: 2021-01-04\n    replaced_by: sa\n",
            entry("sa", "0800 808 3733", "0800 808 3733", "freephone", "free")
        );
        let registry = registry(&source);
        let text = "a 0800 808 3733 b 0300 3038 151 c 0800 808 3734 d 0207 946 0999";
        let found = check_text(Path::new("p.md"), text, 0, text, &registry, Reference::Markdown);
        let summary: Vec<_> = found.iter().map(|d| (d.code, d.span.column)).collect();
        assert_eq!(
            summary,
            vec![
                ("phone/typed-number", 3),
                ("phone/retired-number", 19),
                ("phone/unknown-number", 35),
                ("phone/unknown-number", 51)
            ]
        );
        assert!(found[0].help.as_deref().is_some_and(|h| h.contains("<tel:sa>")));
        assert!(
            found[1]
                .help
                .as_deref()
                .is_some_and(|h| h.contains("0800 808 3733"))
        );
        assert!(
            found[2]
                .help
                .as_deref()
                .is_some_and(|h| h.contains("did you mean 0800 808 3733"))
        );
        assert!(
            found[3]
                .help
                .as_deref()
                .is_some_and(|h| h.contains("contacts.yaml"))
        );
    }
}
