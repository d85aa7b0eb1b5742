//! UK phone numbers in text: the short codes a site may publish (which
//! libphonenumber's main metadata lacks), and finding numbers typed by hand
//! in content, templates and translations, each reported with what to
//! write instead, so the contacts registry stays the single source of every
//! number.

use std::path::Path;

use crate::characters;
use crate::content::Date;
use crate::content::contacts::{Registry, digits as digits_of};
use crate::diag::{Diagnostic, LineIndex, Span};

/// A UK short code: not in libphonenumber's main metadata, so listed here
/// with where each is documented. Dialled as `tel:<digits>`.
pub struct ShortCode {
    pub digits: &'static str,
    pub service: &'static str,
    pub free: bool,
    /// An emergency number (999, 112, the 18000 text relay): first on a
    /// leaflet's contact card.
    pub emergency: bool,
}

/// UK short codes a site may publish (Ofcom's National Telephone Numbering
/// Plan; Ofcom's "116 numbers"). 101 costs 15p per call; the others are free.
pub const SHORT_CODES: &[ShortCode] = &[
    ShortCode {
        digits: "999",
        service: "emergency services",
        free: true,
        emergency: true,
    },
    ShortCode {
        digits: "112",
        service: "emergency services",
        free: true,
        emergency: true,
    },
    ShortCode {
        digits: "18000",
        service: "emergency text relay for deaf people",
        free: true,
        emergency: true,
    },
    ShortCode {
        digits: "101",
        service: "police non-emergency",
        free: false,
        emergency: false,
    },
    ShortCode {
        digits: "105",
        service: "power cut line",
        free: true,
        emergency: false,
    },
    ShortCode {
        digits: "111",
        service: "NHS non-emergency",
        free: true,
        emergency: false,
    },
    ShortCode {
        digits: "116000",
        service: "missing children hotline",
        free: true,
        emergency: false,
    },
    ShortCode {
        digits: "116111",
        service: "child helpline",
        free: true,
        emergency: false,
    },
    ShortCode {
        digits: "116123",
        service: "emotional support helpline (Samaritans)",
        free: true,
        emergency: false,
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
    /// The digits in ASCII, with an international `+44`/`0044` prefix
    /// turned into `0`.
    pub digits: String,
}

/// Finds phone-number-like runs in free text: digit groups joined by
/// separators, that are a UK number (0 and six or more digits), an
/// international number (`+` or `00`), any run of seven or more digits, or
/// exactly a known short code (999, 101, 116 123 …). A digit is a decimal
/// digit of any script (`٠٨٠٠`, `۰۸۰۰`, `０８００`, `०८००` are all 0800);
/// groups are joined by up to three separators of any kind (spaces of every
/// width, hyphens and dashes, dots, and their full-width forms), and
/// invisible characters (format characters such as ZWSP or bidi marks,
/// variation selectors) inside a run are ignored. Dates (`2026-11-26`),
/// year ranges (`2019–2021`) and URLs are not numbers, nor are digits
/// that are part of a word (`v999`, `file_101`, `999th`).
pub fn find_numbers(text: &str) -> Vec<FoundNumber> {
    find_numbers_outside(text, &[])
}

/// `find_numbers` over the source of a Fluent value, leaving out what is
/// inside `{ placeables }` (variables and references such as
/// `{ $helpline-112 }`; literals there are read by `l10n::visible`).
pub fn find_fluent_numbers(text: &str) -> Vec<FoundNumber> {
    find_numbers_outside(text, &placeables(text))
}

/// One group of digits in a run, and whether more than one separator
/// stands before it (`999 – 112` may be two numbers).
#[derive(Debug, Clone)]
struct Group {
    start: usize,
    end: usize,
    digits: String,
    wide_gap_before: bool,
}

/// Spaces, hyphens, dashes, dots, slashes and brackets that people put
/// between the digit groups of a number (`0800 555 111`, `0800/555/111`,
/// `(0800) 555 111`), in every width. Commas are not among them: `1,000,000`
/// is a count, not a number to dial.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{00A0}'
            | '\u{2000}'..='\u{200A}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}'
            | '-'
            | '\u{2010}'..='\u{2015}'
            | '\u{2212}'
            | '\u{FE58}'
            | '\u{FE63}'
            | '\u{FF0D}'
            | '.'
            | '\u{00B7}'
            | '\u{2024}'
            | '\u{FF0E}'
            | '/'
            | '\u{2044}'
            | '\u{2215}'
            | '\u{FF0F}'
            | '('
            | ')'
            | '['
            | ']'
            | '\u{FF08}'
            | '\u{FF09}'
    )
}

/// Characters a run of digits is read through as if they were not there:
/// format characters (ZWSP, ZWJ, bidi marks, soft hyphen …), variation
/// selectors and the keycap mark (`9️⃣`).
fn is_transparent(c: char) -> bool {
    characters::is_format(c) || ('\u{FE00}'..='\u{FE0F}').contains(&c) || c == '\u{20E3}'
}

fn is_plus(c: char) -> bool {
    c == '+' || c == '\u{FF0B}'
}

fn is_digit(c: char) -> bool {
    characters::decimal_value(c).is_some()
}

/// The first character at or after `index` that is not transparent.
fn next_visible(text: &str, index: usize) -> Option<char> {
    text.get(index..)?.chars().find(|c| !is_transparent(*c))
}

/// `find_numbers`, ignoring runs that start inside any of `skip` (byte
/// ranges of references such as `<tel:ID>` or `{ $placeable }`).
fn find_numbers_outside(text: &str, skip: &[std::ops::Range<usize>]) -> Vec<FoundNumber> {
    let mut ignored = url_ranges(text);
    ignored.extend(skip.iter().cloned());
    let mut found = Vec::new();
    // The last character before `index` that is not transparent.
    let mut previous: Option<char> = None;
    let mut index = 0;
    while let Some(c) = text[index..].chars().next() {
        let plus = is_plus(c) && next_visible(text, index + c.len_utf8()).is_some_and(is_digit);
        let starts_number = is_digit(c) || plus;
        // Part of a word: `v999`, `file_101`, `1.2.3`, or digits after digits
        // of a run that was skipped.
        let continues_word =
            previous.is_some_and(|p| p.is_ascii_alphanumeric() || p == '_' || p == '.' || is_digit(p));
        if !starts_number || continues_word {
            if !is_transparent(c) {
                previous = Some(c);
            }
            index += c.len_utf8();
            continue;
        }
        let start = index;
        let groups = digit_groups(text, if plus { index + c.len_utf8() } else { index });
        let end = groups.last().map_or(index + c.len_utf8(), |group| group.end);
        index = end;
        previous = text[..end].chars().next_back();
        let followed_by_word = next_visible(text, end).is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
        if followed_by_word || ignored.iter().any(|range| range.contains(&start)) {
            continue;
        }
        found.extend(numbers_in_run(text, start, plus, &groups));
    }
    found
}

/// The digit groups of the run whose first digit is at `index`.
fn digit_groups(text: &str, mut index: usize) -> Vec<Group> {
    let mut groups = Vec::new();
    let mut wide_gap_before = false;
    loop {
        let start = index;
        let mut end = index;
        let mut digits = String::new();
        while let Some(c) = text[index..].chars().next() {
            if let Some(value) = characters::decimal_value(c) {
                digits.extend(char::from_digit(value, 10));
                index += c.len_utf8();
                end = index;
            } else if is_transparent(c) {
                index += c.len_utf8();
            } else {
                break;
            }
        }
        groups.push(Group {
            start,
            end,
            digits,
            wide_gap_before,
        });
        let mut gap_end = end;
        let mut n_separators = 0;
        while let Some(c) = text[gap_end..].chars().next() {
            if is_separator(c) {
                n_separators += 1;
            } else if !is_transparent(c) {
                break;
            }
            gap_end += c.len_utf8();
        }
        let digit_follows = text[gap_end..].chars().next().is_some_and(is_digit);
        if !(1..=3).contains(&n_separators) || !digit_follows {
            return groups;
        }
        index = gap_end;
        wide_gap_before = n_separators > 1;
    }
}

/// The numbers in one run. A run with wide gaps (`0800 555 111 – 0800 555
/// 112`, `999 - 112`, `0800 555 111 (24 hours)`) is split at them when
/// its parts are numbers of their own; otherwise it is one number when it
/// looks like one (`0800 – 555 – 111`).
fn numbers_in_run(text: &str, start: usize, plus: bool, groups: &[Group]) -> Vec<FoundNumber> {
    let whole = || number_of(text, start, plus, groups);
    if !groups.iter().any(|group| group.wide_gap_before) {
        return whole().into_iter().collect();
    }
    let mut parts: Vec<&[Group]> = Vec::new();
    let mut first = 0;
    for (index, group) in groups.iter().enumerate().skip(1) {
        if group.wide_gap_before {
            parts.push(&groups[first..index]);
            first = index;
        }
    }
    parts.push(&groups[first..]);
    let numbers: Vec<Option<FoundNumber>> = parts
        .iter()
        .enumerate()
        .map(|(index, part)| {
            let part_start = if index == 0 { start } else { part[0].start };
            number_of(text, part_start, plus && index == 0, part)
        })
        .collect();
    if numbers.iter().all(Option::is_some) {
        return numbers.into_iter().flatten().collect();
    }
    // A part that is a whole number on its own (`0800 555 111 (24
    // hours)`) stands alone; otherwise the run is one number if it is one
    // (`(0800) 555 111`, `0800 – 555 — 111`, whose `111` is only a part),
    // and failing that, each short code in it is one (`999 – 24 hours`).
    let full_number = numbers
        .iter()
        .flatten()
        .any(|number| short_code(&number.digits).is_none());
    if !full_number && let Some(number) = whole() {
        return vec![number];
    }
    numbers.into_iter().flatten().collect()
}

/// The run of `groups` (from `start`, which is the `+` if `plus`) as a
/// number, if it looks like a phone number and not like a date.
fn number_of(text: &str, start: usize, plus: bool, groups: &[Group]) -> Option<FoundNumber> {
    let end = groups.last()?.end;
    let written = ascii_form(&text[start..end]);
    if is_iso_date(&written) || is_year_range(&written) || is_day_month_year(&written) {
        return None;
    }
    let raw_digits: String = groups.iter().map(|group| group.digits.as_str()).collect();
    // The trunk 0 never follows a country code; `+44 0800 …` means 0800.
    let after_country_code = |rest: &str| format!("0{}", rest.strip_prefix('0').unwrap_or(rest));
    let normalised = match (
        plus,
        raw_digits.strip_prefix("0044"),
        raw_digits.strip_prefix("44"),
    ) {
        (false, Some(rest), _) => after_country_code(rest),
        (true, _, Some(rest)) => after_country_code(rest),
        _ => raw_digits.clone(),
    };
    let looks_like_phone = plus
        || (normalised.starts_with('0') && normalised.len() >= 7)
        || raw_digits.len() >= 7
        || short_code(&raw_digits).is_some();
    looks_like_phone.then_some(FoundNumber {
        start,
        end,
        digits: normalised,
    })
}

/// A run as ASCII: digits of every script as `0`–`9`, every dash as `-`,
/// every space as ` `, every dot as `.`, invisible characters dropped.
fn ascii_form(run: &str) -> String {
    run.chars()
        .filter(|c| !is_transparent(*c))
        .map(|c| match characters::decimal_value(c) {
            Some(value) => char::from_digit(value, 10).unwrap_or('0'),
            None if is_plus(c) => '+',
            None if matches!(c, '.' | '\u{00B7}' | '\u{2024}' | '\u{FF0E}') => '.',
            None if c.is_whitespace() => ' ',
            None if is_separator(c) => '-',
            None => c,
        })
        .collect()
}

fn is_iso_date(run: &str) -> bool {
    Date::parse(run).is_some()
}

/// A date written with its parts in any order people use (`26.11.2026`,
/// `26/11/2026`, `11/26/2026`, `2026/11/26`): three groups, a four-digit
/// year between 1800 and 2199 first or last, and a day and month in range.
fn is_day_month_year(run: &str) -> bool {
    let parts: Vec<&str> = run
        .split(['-', '.', ' '])
        .filter(|part| !part.is_empty())
        .collect();
    let [first, second, third] = parts.as_slice() else {
        return false;
    };
    let number = |text: &str| -> Option<u32> {
        (text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse().ok())
            .flatten()
    };
    let (Some(a), Some(b), Some(c)) = (number(first), number(second), number(third)) else {
        return false;
    };
    let is_year = |text: &str, value: u32| text.len() == 4 && (1800..=2199).contains(&value);
    let day_month = |day: u32, month: u32| (1..=31).contains(&day) && (1..=12).contains(&month);
    (is_year(third, c) && (day_month(a, b) || day_month(b, a)))
        || (is_year(first, a) && second.len() <= 2 && third.len() <= 2 && day_month(c, b))
}

/// `2019-2021`, `2019 – 2021`: two years in order, not a phone number.
fn is_year_range(run: &str) -> bool {
    let Some((from, to)) = run.split_once('-') else {
        return false;
    };
    let year = |text: &str| {
        let text = text.trim();
        (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u32>().ok())
            .flatten()
            .filter(|year| (1800..=2199).contains(year))
    };
    matches!((year(from), year(to)), (Some(from), Some(to)) if from < to)
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
    let found = find_numbers_outside(text, &skip);
    let lines = (!found.is_empty()).then(|| LineIndex::new(source));
    found
        .into_iter()
        .map(|found| {
            let span = lines.as_ref().map_or_else(
                || Span::file(path),
                |lines| lines.span(path, source, offset + found.start),
            );
            let written = characters::visible(&text[found.start..found.end]);
            describe(span, &written, &found.digits, registry, reference, "").with_excerpt_from(source)
        })
        .collect()
}

/// The finding for a number `written` (its digits `digits`) at `span`: a
/// registry number typed by hand, a retired number, or an unknown one, with
/// what to write instead. `context` ends the message (say where the number
/// stands when the span alone does not show it).
pub fn describe(
    span: Span,
    written: &str,
    digits: &str,
    registry: &Registry,
    reference: Reference,
    context: &str,
) -> Diagnostic {
    if let Some(contact) = registry.with_digits(digits) {
        Diagnostic::error(
            "phone/typed-number",
            span,
            format!("`{written}` ({}) is typed by hand{context}", contact.name),
        )
        .with_help(format!(
            "write {} so the number comes from the registry",
            reference.write(&contact.id)
        ))
    } else if let Some(retired) = registry.retired_with_digits(digits) {
        let replacement = registry.get(&retired.replaced_by);
        Diagnostic::error(
            "phone/retired-number",
            span,
            format!(
                "`{written}` ({}) was retired on {}{context}",
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
            .map(|contact| (strsim::levenshtein(&digits_of(&contact.number), digits), contact))
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
        Diagnostic::error(
            "phone/unknown-number",
            span,
            format!("`{written}` is not a number in the contacts registry{context}"),
        )
        .with_help(help)
    }
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
            ("2019-2021 and 2019 – 2021", &[]),
            ("call (0800) 555 111", &["0800555111"]),
            ("call 0800/555/111", &["0800555111"]),
            ("call (0800)555-111 or [999]", &["0800555111", "999"]),
            ("on 26.11.2026 and 26/11/2026, 11/26/2026, 2026/11/26", &[]),
            ("24/7, 1,000,000 people, 2019/2020", &[]),
            ("３０/１１/２０２６", &[]),
            ("0800 555 111 (24 hours)", &["0800555111"]),
        ];
        for (text, expected) in cases {
            let found: Vec<_> = find_numbers(text).into_iter().map(|f| f.digits).collect();
            assert_eq!(&found, expected, "{text}");
        }
    }

    // Protects the scan against numbers typed in other scripts, widths and
    // separators, or with invisible characters inside: each is the same
    // number as its ASCII form.
    #[test]
    fn finds_numbers_in_any_script_width_and_separator() {
        let cases: &[(&str, &[&str])] = &[
            ("اتصل على ٠٨٠٠ ٥٥٥ ١١١ الآن", &["0800555111"]),
            ("تماس ۰۸۰۰ ۵۵۵ ۱۱۱", &["0800555111"]),
            ("请拨打０８００－５５５－１１１。", &["0800555111"]),
            ("कॉल करें ०८०० ५५५ १११", &["0800555111"]),
            ("কল ০৮০০ ৫৫৫ ১১১", &["0800555111"]),
            ("mixed ٠٨٠٠ 555 １１１", &["0800555111"]),
            ("nbsp 0800\u{A0}555\u{A0}111", &["0800555111"]),
            ("narrow 0800\u{202F}555\u{2009}111", &["0800555111"]),
            ("hyphens 0800\u{2011}555\u{2010}111", &["0800555111"]),
            ("dashes 0800 – 555 — 111", &["0800555111"]),
            ("dots 0800·555·111", &["0800555111"]),
            ("zwsp 08\u{200B}00 555\u{2060}111", &["0800555111"]),
            ("isolated \u{2066}0800 555 111\u{2069}", &["0800555111"]),
            ("soft 0800\u{AD}555\u{AD}111", &["0800555111"]),
            ("override \u{202E}111 555 0800\u{202C}", &["1115550800"]),
            (
                "keycaps 9\u{FE0F}\u{20E3}9\u{FE0F}\u{20E3}9\u{FE0F}\u{20E3}",
                &["999"],
            ),
            ("＋44 800 555 111", &["0800555111"]),
            ("+٤٤ ٨٠٠ ٥٥٥ ١١١", &["0800555111"]),
            ("+44 0800 555 111", &["0800555111"]),
            ("999 - 112", &["999", "112"]),
            ("0800 555 111 – 0800 555 112", &["0800555111", "0800555112"]),
            ("dial 999 – 24 hours", &["999"]),
            ("٢٠٢٦-١١-٢٦", &[]),
            ("٢٠١٩–٢٠٢١", &[]),
            ("v٩٩٩ and v\u{200B}999", &[]),
            ("٤٥ يوما", &[]),
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

    // Protects the diagnostic for a number typed in another script: the
    // registry id to use, and a column that points at the run's start.
    #[test]
    fn numbers_in_other_scripts_are_reported_at_their_start() {
        let registry = registry(&format!(
            "contacts:\n{}",
            entry("helpline", "0800 555 111", "0800 555 111", "freephone", "free")
        ));
        let source = "a = x\nb = اتصل ٠٨٠٠ ٥٥٥ ١١١\n";
        let value = source.find("اتصل").expect("value");
        let found = check_text(
            Path::new("locales/ar/site.ftl"),
            source,
            value,
            &source[value..],
            &registry,
            Reference::Fluent,
        );
        let summary: Vec<_> = found
            .iter()
            .map(|d| (d.code, d.span.line, d.span.column))
            .collect();
        assert_eq!(summary, [("phone/typed-number", 2, 10)]);
        assert!(
            found[0]
                .help
                .as_deref()
                .is_some_and(|help| help.contains("{ $helpline }"))
        );
        let markdown = "Call 0800\u{200B}555 111.";
        let found = check_text(
            Path::new("p.md"),
            markdown,
            0,
            markdown,
            &registry,
            Reference::Markdown,
        );
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.contains("0800<U+200B>555 111"),
            "{}",
            found[0].message
        );
        assert!(
            found[0]
                .help
                .as_deref()
                .is_some_and(|help| help.contains("<tel:helpline>"))
        );
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
