//! Characters a reader cannot see. Owns two things the checks share:
//!
//! - the character classes behind them: the decimal digits of every script
//!   (`decimal_value`: general category Nd, so `٠٨٠٠`, `۰۸۰۰`, `０８００` and
//!   `०८००` are all 0800) and format characters (`is_format`: category Cf);
//! - the scan for hidden characters (`check_text`): bidi embeddings,
//!   overrides, isolates and marks, zero-width characters, the soft hyphen
//!   and every other Cf character, and the line and paragraph separators.
//!   Each is an error with its code point and name, because it can reverse,
//!   split or hide text (compare rustc's `text_direction_codepoint_in_literal`
//!   lint). Direction is the build's job (`dir` on every page, `<bdi>` around
//!   every number and placeable), never the text's.
//!
//! The joiners ZWJ and ZWNJ are spelling in the scripts that join letters
//! (Arabic, Persian and Urdu, the Indic scripts …) and ZWJ builds emoji
//! sequences: there, and only there, they are allowed. Emoji tag sequences
//! (the flag of England is U+1F3F4 followed by tag characters) are allowed
//! too.
//!
//! Pure: text in, diagnostics out.

use std::borrow::Cow;
use std::path::Path;

use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};
use unicode_script::{Script, UnicodeScript};

use crate::diag::{Diagnostic, LineIndex, Span};

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';
const WAVING_BLACK_FLAG: char = '\u{1F3F4}';
const CANCEL_TAG: char = '\u{E007F}';

/// The value of a decimal digit of any script (general category Nd), or
/// `None`. `char::to_digit` knows only ASCII; `char::is_numeric` also
/// accepts fractions, Roman numerals and circled numbers, which are not
/// digits anyone dials.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(u32::from(c) - u32::from('0'));
    }
    if c.is_ascii() || !is_category(c, GeneralCategory::DecimalNumber) {
        return None;
    }
    // Unicode encodes every decimal digit set as ten consecutive code
    // points from its zero (a stability policy), and sets that follow each
    // other (the mathematical digits) are whole sets: the value is the
    // distance from the first digit of the unbroken run, modulo ten.
    let code = u32::from(c);
    let mut first = code;
    while let Some(previous) = first.checked_sub(1).and_then(char::from_u32) {
        if !is_category(previous, GeneralCategory::DecimalNumber) {
            break;
        }
        first -= 1;
    }
    Some((code - first) % 10)
}

/// Whether `c` is a format character (general category Cf): invisible,
/// it changes how the text around it is shown.
pub fn is_format(c: char) -> bool {
    !c.is_ascii() && is_category(c, GeneralCategory::Format)
}

/// Whether `c` has general category `category` (one of the two the scans
/// ask about for every character of every file). In the Basic Multilingual
/// Plane, where almost all text is, the answer comes from a bit set made
/// once from the same Unicode tables; `general_category` alone (a binary
/// search per character) was 8 % of a 1,000-page build's CPU.
fn is_category(c: char, category: GeneralCategory) -> bool {
    let code = u32::from(c) as usize;
    let table = match category {
        GeneralCategory::Format => &BMP_CATEGORIES.format,
        GeneralCategory::DecimalNumber => &BMP_CATEGORIES.decimal,
        _ => return c.general_category() == category,
    };
    match table.get(code / 64) {
        Some(word) => word >> (code % 64) & 1 == 1,
        None => c.general_category() == category,
    }
}

/// One bit per code point of the Basic Multilingual Plane.
struct BmpCategories {
    format: Box<[u64]>,
    decimal: Box<[u64]>,
}

static BMP_CATEGORIES: std::sync::LazyLock<BmpCategories> = std::sync::LazyLock::new(|| {
    let words = 0x1_0000 / 64;
    let mut format = vec![0u64; words];
    let mut decimal = vec![0u64; words];
    for c in (0..0x1_0000u32).filter_map(char::from_u32) {
        let code = u32::from(c) as usize;
        let bit = 1u64 << (code % 64);
        match c.general_category() {
            GeneralCategory::Format => format[code / 64] |= bit,
            GeneralCategory::DecimalNumber => decimal[code / 64] |= bit,
            _ => {}
        }
    }
    BmpCategories {
        format: format.into_boxed_slice(),
        decimal: decimal.into_boxed_slice(),
    }
});

/// What kind of hidden character was found, for the code and the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Changes the direction text is shown in (U+202A–U+202E,
    /// U+2066–U+2069, U+200E, U+200F, U+061C).
    Direction,
    /// Any other format character, or a line or paragraph separator.
    Invisible,
}

/// A hidden character at a byte offset of the scanned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hidden {
    pub offset: usize,
    pub character: char,
    pub kind: Kind,
}

fn kind_of(c: char) -> Kind {
    match c {
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' => {
            Kind::Direction
        }
        _ => Kind::Invisible,
    }
}

/// Every hidden character of `text` that is not allowed where it stands.
pub fn find_hidden(text: &str) -> Vec<Hidden> {
    let mut found = Vec::new();
    let mut in_tag_sequence = false;
    for (offset, c) in text.char_indices() {
        let is_tag = ('\u{E0020}'..=CANCEL_TAG).contains(&c);
        let allowed = if is_tag {
            let allowed = in_tag_sequence;
            in_tag_sequence = in_tag_sequence && c != CANCEL_TAG;
            allowed
        } else {
            in_tag_sequence = c == WAVING_BLACK_FLAG;
            match c {
                ZWNJ | ZWJ => joiner_is_spelling(text, offset, c),
                '\u{2028}' | '\u{2029}' => false,
                _ => !is_format(c),
            }
        };
        if !allowed {
            found.push(Hidden {
                offset,
                character: c,
                kind: kind_of(c),
            });
        }
    }
    found
}

/// Whether the joiner at `offset` stands beside a letter of a script that
/// uses it (either side, other joiners skipped), or, for ZWJ, inside an
/// emoji sequence.
fn joiner_is_spelling(text: &str, offset: usize, joiner: char) -> bool {
    let is_joiner = |c: &char| *c == ZWJ || *c == ZWNJ;
    let before = text[..offset].chars().rev().find(|c| !is_joiner(c));
    let after = text[offset + joiner.len_utf8()..].chars().find(|c| !is_joiner(c));
    let neighbours = [before, after];
    neighbours.iter().flatten().any(|c| is_joining_letter(*c))
        || (joiner == ZWJ && neighbours.iter().flatten().any(|c| is_emoji_part(*c)))
}

/// Scripts whose spelling uses ZWJ and ZWNJ: the joining scripts (Arabic
/// with Persian and Urdu, Syriac …) and the Brahmic scripts of South and
/// South-East Asia (to choose between conjuncts, half forms and virama).
const JOINING_SCRIPTS: &[Script] = &[
    Script::Arabic,
    Script::Syriac,
    Script::Thaana,
    Script::Nko,
    Script::Mongolian,
    Script::Mandaic,
    Script::Manichaean,
    Script::Psalter_Pahlavi,
    Script::Adlam,
    Script::Hanifi_Rohingya,
    Script::Sogdian,
    Script::Old_Uyghur,
    Script::Devanagari,
    Script::Bengali,
    Script::Gurmukhi,
    Script::Gujarati,
    Script::Oriya,
    Script::Tamil,
    Script::Telugu,
    Script::Kannada,
    Script::Malayalam,
    Script::Sinhala,
    Script::Tibetan,
    Script::Myanmar,
    Script::Khmer,
    Script::Balinese,
    Script::Javanese,
    Script::Sundanese,
    Script::Tirhuta,
    Script::Grantha,
    Script::Sharada,
    Script::Kaithi,
    Script::Chakma,
    Script::Newa,
    Script::Limbu,
    Script::Lepcha,
    Script::Meetei_Mayek,
    Script::Brahmi,
    Script::Kharoshthi,
    Script::Syloti_Nagri,
    Script::Takri,
    Script::Dogra,
    Script::Khojki,
    Script::Khudawadi,
    Script::Mahajani,
    Script::Modi,
    Script::Nandinagari,
    Script::Siddham,
    Script::Tai_Tham,
    Script::Kawi,
];

/// A letter or mark of a joining script (marks such as Arabic vowel signs
/// have the script extensions of the letters they sit on).
fn is_joining_letter(c: char) -> bool {
    if !matches!(
        c.general_category_group(),
        GeneralCategoryGroup::Letter | GeneralCategoryGroup::Mark
    ) {
        return false;
    }
    let extension = c.script_extension();
    !extension.is_common()
        && !extension.is_inherited()
        && JOINING_SCRIPTS
            .iter()
            .any(|script| extension.contains_script(*script))
}

/// A character of an emoji ZWJ sequence: a pictograph (symbol, other),
/// a skin-tone modifier, the emoji presentation selector or the keycap.
fn is_emoji_part(c: char) -> bool {
    c.general_category() == GeneralCategory::OtherSymbol
        || ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
        || c == '\u{FE0F}'
        || c == '\u{20E3}'
}

/// The Unicode name of a character the scan reports. A small table rather
/// than a names crate: only format characters and the two separators are
/// ever named, and a crate with every name would be most of a megabyte.
pub fn name(c: char) -> Cow<'static, str> {
    let known = match c {
        '\u{00AD}' => "SOFT HYPHEN",
        '\u{0600}' => "ARABIC NUMBER SIGN",
        '\u{0601}' => "ARABIC SIGN SANAH",
        '\u{0602}' => "ARABIC FOOTNOTE MARKER",
        '\u{0603}' => "ARABIC SIGN SAFHA",
        '\u{0604}' => "ARABIC SIGN SAMVAT",
        '\u{0605}' => "ARABIC NUMBER MARK ABOVE",
        '\u{061C}' => "ARABIC LETTER MARK",
        '\u{06DD}' => "ARABIC END OF AYAH",
        '\u{070F}' => "SYRIAC ABBREVIATION MARK",
        '\u{0890}' => "ARABIC POUND MARK ABOVE",
        '\u{0891}' => "ARABIC PIASTRE MARK ABOVE",
        '\u{08E2}' => "ARABIC DISPUTED END OF AYAH",
        '\u{180E}' => "MONGOLIAN VOWEL SEPARATOR",
        '\u{200B}' => "ZERO WIDTH SPACE",
        ZWNJ => "ZERO WIDTH NON-JOINER",
        ZWJ => "ZERO WIDTH JOINER",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{2028}' => "LINE SEPARATOR",
        '\u{2029}' => "PARAGRAPH SEPARATOR",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2060}' => "WORD JOINER",
        '\u{2061}' => "FUNCTION APPLICATION",
        '\u{2062}' => "INVISIBLE TIMES",
        '\u{2063}' => "INVISIBLE SEPARATOR",
        '\u{2064}' => "INVISIBLE PLUS",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{206A}' => "INHIBIT SYMMETRIC SWAPPING",
        '\u{206B}' => "ACTIVATE SYMMETRIC SWAPPING",
        '\u{206C}' => "INHIBIT ARABIC FORM SHAPING",
        '\u{206D}' => "ACTIVATE ARABIC FORM SHAPING",
        '\u{206E}' => "NATIONAL DIGIT SHAPES",
        '\u{206F}' => "NOMINAL DIGIT SHAPES",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        '\u{FFF9}' => "INTERLINEAR ANNOTATION ANCHOR",
        '\u{FFFA}' => "INTERLINEAR ANNOTATION SEPARATOR",
        '\u{FFFB}' => "INTERLINEAR ANNOTATION TERMINATOR",
        '\u{110BD}' => "KAITHI NUMBER SIGN",
        '\u{110CD}' => "KAITHI NUMBER SIGN ABOVE",
        '\u{E0001}' => "LANGUAGE TAG",
        '\u{E0020}' => "TAG SPACE",
        CANCEL_TAG => "CANCEL TAG",
        '\u{13430}'..='\u{1345F}' => "EGYPTIAN HIEROGLYPH FORMAT CONTROL",
        '\u{1BCA0}'..='\u{1BCA3}' => "SHORTHAND FORMAT CONTROL",
        '\u{1D173}'..='\u{1D17A}' => "MUSICAL SYMBOL FORMAT CONTROL",
        _ => "",
    };
    if !known.is_empty() {
        return Cow::Borrowed(known);
    }
    let tagged = char::from_u32(u32::from(c).wrapping_sub(0xE0000))
        .filter(|_| ('\u{E0021}'..'\u{E007F}').contains(&c));
    match tagged {
        Some(letter) if letter.is_ascii_uppercase() => {
            Cow::Owned(format!("TAG LATIN CAPITAL LETTER {letter}"))
        }
        Some(letter) if letter.is_ascii_lowercase() => {
            Cow::Owned(format!("TAG LATIN SMALL LETTER {}", letter.to_ascii_uppercase()))
        }
        Some(digit) if digit.is_ascii_digit() => Cow::Owned(format!("TAG DIGIT {}", digit_name(digit))),
        Some(_) => Cow::Borrowed("TAG CHARACTER"),
        None => Cow::Borrowed("FORMAT CHARACTER"),
    }
}

fn digit_name(digit: char) -> &'static str {
    const NAMES: [&str; 10] = [
        "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
    ];
    decimal_value(digit).map_or("", |value| NAMES[value as usize % 10])
}

/// `U+202E RIGHT-TO-LEFT OVERRIDE`.
pub fn describe(c: char) -> String {
    format!("U+{:04X} {}", u32::from(c), name(c))
}

/// `text` with every hidden character written out as `<U+XXXX>`, for
/// messages that quote what an author typed.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| is_format(c) || c == '\u{2028}' || c == '\u{2029}')
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_format(c) || c == '\u{2028}' || c == '\u{2029}' {
            out.push_str(&format!("<U+{:04X}>", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Reports every hidden character of `text`, which starts at byte `offset`
/// of `source`, the text of `path`.
pub fn check_text(path: &Path, source: &str, offset: usize, text: &str) -> Vec<Diagnostic> {
    let found = find_hidden(text);
    // Line starts are indexed once, only when there is something to report
    // (a Burmese text can hold thousands of ZWSP).
    let lines = (!found.is_empty()).then(|| LineIndex::new(source));
    found
        .into_iter()
        .map(|hidden| {
            let span = lines.as_ref().map_or_else(
                || Span::file(path),
                |lines| lines.span(path, source, offset + hidden.offset),
            );
            describe_hidden(span, hidden.character).with_excerpt_from(source)
        })
        .collect()
}

/// The finding for a hidden character `character` at `span`.
pub fn describe_hidden(span: Span, character: char) -> Diagnostic {
    let described = describe(character);
    let diagnostic = match kind_of(character) {
        Kind::Direction => Diagnostic::error(
            "text/bidi-control",
            span,
            format!("the invisible direction control {described} can reorder the text around it"),
        ),
        Kind::Invisible => Diagnostic::error(
            "text/invisible-character",
            span,
            format!("the invisible character {described} can hide or split words and numbers"),
        ),
    };
    let help = match character {
        ZWJ | ZWNJ => {
            "remove it: joiners belong only between letters of scripts that join them (Arabic, Persian, the Indic scripts) or inside emoji; direction and line breaks are the build's job (`dir`, `<bdi>`), never the text's"
        }
        '\u{2028}' | '\u{2029}' => {
            "use an ordinary line break (a blank line starts a paragraph); direction and layout are the build's job (`dir`, `<bdi>`), never the text's"
        }
        _ => {
            "remove it: direction is the build's job (every page has `dir`, numbers and placeables are isolated with `<bdi>`), never the text's"
        }
    };
    diagnostic.with_help(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects the bit sets: for every code point, in the Basic
    // Multilingual Plane and beyond it, they say what Unicode says.
    #[test]
    fn category_bit_sets_agree_with_unicode() {
        for c in (0..=0x10_FFFFu32).filter_map(char::from_u32) {
            for category in [GeneralCategory::Format, GeneralCategory::DecimalNumber] {
                assert_eq!(
                    is_category(c, category),
                    c.general_category() == category,
                    "U+{:04X}",
                    u32::from(c)
                );
            }
        }
    }

    // Protects digit values across scripts: every decimal digit counts,
    // and nothing that merely looks numeric does.
    #[test]
    fn decimal_digits_of_every_script_have_their_value() {
        let cases: &[(char, Option<u32>)] = &[
            ('0', Some(0)),
            ('9', Some(9)),
            ('٠', Some(0)), // Arabic-Indic
            ('٨', Some(8)),
            ('۸', Some(8)),  // Extended Arabic-Indic (Persian, Urdu)
            ('０', Some(0)), // full width
            ('９', Some(9)),
            ('८', Some(8)),         // Devanagari
            ('৫', Some(5)),         // Bengali
            ('๗', Some(7)),         // Thai
            ('\u{1D7CE}', Some(0)), // mathematical bold zero
            ('\u{1D7D7}', Some(9)),
            ('\u{1D7D8}', Some(0)), // the next set starts at once
            ('\u{1D7FF}', Some(9)),
            ('½', None),
            ('Ⅻ', None),
            ('①', None),
            ('²', None),
            ('a', None),
        ];
        for (c, expected) in cases {
            assert_eq!(decimal_value(*c), *expected, "U+{:04X}", u32::from(*c));
        }
    }

    // Protects the scan's verdicts: what is hidden and reported, and the
    // joiners and tags that are spelling and are not.
    #[test]
    fn finds_hidden_characters_but_not_spelling() {
        // (text, [(byte offset, character, kind)] expected)
        type Case<'a> = (&'a str, &'a [(usize, char, Kind)]);
        let cases: &[Case<'_>] = &[
            ("plain text", &[]),
            ("abc\u{202E}def", &[(3, '\u{202E}', Kind::Direction)]),
            (
                "\u{2066}x\u{2069}",
                &[(0, '\u{2066}', Kind::Direction), (4, '\u{2069}', Kind::Direction)],
            ),
            ("a\u{200F}", &[(1, '\u{200F}', Kind::Direction)]),
            ("ب\u{061C}", &[(2, '\u{061C}', Kind::Direction)]),
            ("08\u{200B}00", &[(2, '\u{200B}', Kind::Invisible)]),
            ("\u{FEFF}x", &[(0, '\u{FEFF}', Kind::Invisible)]),
            ("re\u{00AD}port", &[(2, '\u{00AD}', Kind::Invisible)]),
            ("a\u{2028}b", &[(1, '\u{2028}', Kind::Invisible)]),
            ("word\u{2060}joiner", &[(4, '\u{2060}', Kind::Invisible)]),
            // ZWNJ in Persian, ZWJ in Devanagari and Malayalam, ZWJ in emoji.
            ("می\u{200C}خواهم", &[]),
            ("क्\u{200D}ष", &[]),
            ("ന്\u{200D}", &[]),
            ("👩\u{200D}⚕\u{FE0F}", &[]),
            ("🏳\u{FE0F}\u{200D}🌈", &[]),
            // Joiners between Latin letters or digits are hidden text.
            ("pass\u{200D}word", &[(4, '\u{200D}', Kind::Invisible)]),
            ("08\u{200C}00", &[(2, '\u{200C}', Kind::Invisible)]),
            // The flag of England is a tag sequence; a stray tag is not.
            ("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", &[]),
            ("a\u{E0067}", &[(1, '\u{E0067}', Kind::Invisible)]),
        ];
        for (text, expected) in cases {
            let found: Vec<(usize, char, Kind)> = find_hidden(text)
                .into_iter()
                .map(|hidden| (hidden.offset, hidden.character, hidden.kind))
                .collect();
            assert_eq!(&found, expected, "{}", visible(text));
        }
    }

    // Protects the message: file, line, column in characters, code point
    // and name, and the help about direction.
    #[test]
    fn reports_code_point_name_and_position() {
        let source = "a = ok\nb = zły\u{202E}tekst\n";
        let value = source.find("zły").expect("value");
        let found = check_text(Path::new("locales/pl/site.ftl"), source, value, &source[value..]);
        assert_eq!(found.len(), 1);
        let diagnostic = &found[0];
        assert_eq!(
            (diagnostic.code, diagnostic.span.line, diagnostic.span.column),
            ("text/bidi-control", 2, 8)
        );
        assert!(
            diagnostic.message.contains("U+202E RIGHT-TO-LEFT OVERRIDE"),
            "{}",
            diagnostic.message
        );
        assert!(
            diagnostic
                .help
                .as_deref()
                .is_some_and(|help| help.contains("<bdi>"))
        );
    }

    // Protects the names shown for characters outside the small table.
    #[test]
    fn names_tags_and_unknown_format_characters() {
        assert_eq!(describe('\u{E0067}'), "U+E0067 TAG LATIN SMALL LETTER G");
        assert_eq!(describe('\u{E0031}'), "U+E0031 TAG DIGIT ONE");
        assert_eq!(describe('\u{200B}'), "U+200B ZERO WIDTH SPACE");
        assert_eq!(visible("0\u{200B}8"), "0<U+200B>8");
        assert_eq!(visible("plain"), "plain");
    }
}
