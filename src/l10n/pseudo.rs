//! The pseudo-locale check: every page is built once more in a made-up
//! locale (`en-XA`) whose every message, page unit and contact text is the
//! English with each letter replaced by an accented look-alike and vowels
//! doubled ("Šķîîþ ţöö ɱàààîîñ"). Any plain English word left in the
//! rendered pages did not come through Fluent: it is hard-coded (in a
//! template, the data or the code) and would stay English in every
//! translation.
//!
//! The transformation is done here rather than with the fluent-pseudo
//! crate: that crate runs a regular expression and allocates a string per
//! letter, which at 1,000 pages was an eighth of the whole build.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::sources::Sources;
use super::{Catalog, FtlText, build_catalog_with};
use crate::config::{Locale, ReviewState};
use crate::diag::{Diagnostic, Span};
use crate::project::TEMPLATES_DIR;

pub const CODE: &str = "en-XA";

/// Accented look-alikes of `a`–`z` and `A`–`Z`.
const SMALL: [char; 26] = [
    'à', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ', 'š', 'ţ', 'û',
    'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
];
const CAPS: [char; 26] = [
    'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ', 'Š', 'Ţ', 'Û',
    'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
];

/// Fluent's hook: every text of every message, pseudo-translated. HTML
/// entities (`&amp;`) and tags (`<b>`) are kept as they are; vowels are
/// doubled so the text is about a third longer, as translations often are.
fn transform(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut index = 0;
    while let Some(c) = text[index..].chars().next() {
        let kept = match c {
            '&' => entity_length(&text[index..]),
            '<' => tag_length(&text[index..]),
            _ => 0,
        };
        if kept > 0 {
            out.push_str(&text[index..index + kept]);
            index += kept;
            continue;
        }
        match c {
            'a'..='z' => {
                let mapped = SMALL[usize::from(c as u8 - b'a')];
                out.push(mapped);
                if "aeiou".contains(c) {
                    out.push(mapped);
                }
            }
            'A'..='Z' => out.push(CAPS[usize::from(c as u8 - b'A')]),
            _ => out.push(c),
        }
        index += c.len_utf8();
    }
    Cow::Owned(out)
}

/// The length of an HTML entity (`&amp;`, `&#39;`) at the start of `text`.
fn entity_length(text: &str) -> usize {
    let name = text[1..]
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    if name > 0 && text.as_bytes().get(1 + name) == Some(&b';') {
        name + 2
    } else {
        0
    }
}

/// The length of a tag (`<b>`, `</b>`) at the start of `text`.
fn tag_length(text: &str) -> usize {
    let starts_tag = text[1..]
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'/' || b == b'!');
    match text.find('>') {
        Some(end) if starts_tag => end + 1,
        _ => 0,
    }
}

/// The pseudo-locale: the source locale's interface files, the contacts
/// and every page's units, each message the English passed through
/// `transform`. `None` if there is no source catalog.
pub fn catalog(source_catalog: Option<&Catalog>, sources: &Sources) -> Option<Catalog> {
    let source_catalog = source_catalog?;
    let langid = CODE.parse().ok()?;
    let locale = Locale {
        code: CODE.to_string(),
        allow_identical: Vec::new(),
        bilingual_leaflets: Vec::new(),
        langid,
        review: ReviewState::Reviewed,
        publish: true,
        right_to_left: false,
    };
    let dir = Path::new(crate::project::LOCALES_DIR).join(CODE);
    let mut files: Vec<(PathBuf, String)> = source_catalog
        .files
        .iter()
        .filter(|file| file.stem() != super::sources::CONTACTS && !super::base::is_base(file.source()))
        .map(|file| (file.path.clone(), file.source().to_string()))
        .collect();
    files.push((
        dir.join("contacts.ftl"),
        ftl_source(sources.contacts.units.iter().map(|u| (&u.id, &u.english))),
    ));
    let (mut catalog, _) = build_catalog_with(locale, files, Some(transform));
    for page in &sources.pages {
        let set = &page.units;
        let source = ftl_source(set.units.iter().map(|unit| (&unit.id, &unit.english)));
        catalog.page_files.insert(
            set.name.clone(),
            FtlText {
                path: dir.join(set.file_name()),
                source,
            },
        );
    }
    Some(catalog)
}

/// What has been reported already: (template, word), so a word is named
/// once per template however many pages (or batches of pages) show it.
pub type Reported = BTreeSet<(&'static str, String)>;

/// Reports English words on the pages rendered in the pseudo-locale:
/// `files` are (the template that rendered it, output path, HTML) of each.
pub fn check<'a>(
    files: impl Iterator<Item = (&'static str, &'a Path, &'a [u8])>,
    reported: &mut Reported,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for (template, path, bytes) in files {
        let html = String::from_utf8_lossy(bytes);
        crate::html::for_each_visible_text(&html, |text, _, _| {
            for word in english_words(text) {
                if reported.insert((template, word.clone())) {
                    diagnostics.push(
                        Diagnostic::error(
                            "l10n/hardcoded-text",
                            Span::file(&Path::new(TEMPLATES_DIR).join(template)),
                            format!("`{word}` on the rendered page {} did not come from Fluent", path.display()),
                        )
                        .with_help("found by building the pseudo-locale en-XA: give the text a message id and use t(id=…)"),
                    );
                }
            }
        });
    }
    diagnostics
}

/// An FTL source with one message per (id, English value).
fn ftl_source<'a>(messages: impl Iterator<Item = (&'a String, &'a String)>) -> String {
    let mut source = String::new();
    for (id, english) in messages {
        source.push_str(id);
        source.push_str(" = ");
        source.push_str(&english.replace('\n', " "));
        source.push('\n');
    }
    source
}

/// Words of plain ASCII letters with a consonant: `transform` replaces
/// every letter, so such a word was never transformed. Entities
/// (`&amp;`) are not words. Allocates only for the words it finds.
fn english_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut in_entity = false;
    let mut word_start: Option<usize> = None;
    for (index, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if c == '&' {
            in_entity = true;
        }
        if c.is_alphabetic() {
            word_start.get_or_insert(index);
            continue;
        }
        if let Some(start) = word_start.take() {
            let word = &text[start..index];
            let is_english = word.len() >= 2
                && word.bytes().all(|b| b.is_ascii_alphabetic())
                && word.bytes().any(|b| !b"aeiouAEIOU".contains(&b));
            if is_english && !in_entity {
                words.push(word.to_string());
            }
        }
        if c == ';' || c.is_whitespace() {
            in_entity = false;
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects the detector: untransformed words are found, pseudo-text,
    // digits and entities are not.
    #[test]
    fn finds_only_untransformed_words() {
        assert_eq!(transform("Call &amp; <b>us</b>"), "Çààļļ &amp; <b>ûûš</b>");
        assert_eq!(transform("1 < 2 & ok"), "1 < 2 & ööķ");
        let pseudo = transform("Call the helpline").to_string();
        assert!(english_words(&pseudo).is_empty(), "{pseudo}");
        assert_eq!(
            english_words("Ŝķîƥ Call 0800 555 111 &amp; &nbsp; a io"),
            ["Call"]
        );
    }
}
