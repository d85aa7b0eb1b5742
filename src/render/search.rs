//! Search: every localized page in the index the search pages read, and
//! each locale's pages in its own alphabetical order for the list readers
//! without JavaScript get. In: the `LocalizedPage`s of each batch (the text
//! the gate checked and the Markdown renderer escaped, so a translation
//! cannot put markup, a script or a typed phone number into the index: the
//! index sees exactly what the page shows). Out: the files of the index
//! under `pagefind/` (`Route::SearchFile`).
//!
//! The index is Pagefind's, built in-process with its Rust library
//! (`pagefind::api::PagefindIndex`, `extended` for Chinese and Japanese
//! word segmentation): one part per language, taken from each page's
//! `lang`, so a search page loads and searches its own language only. The
//! reader's browser runs Pagefind's WebAssembly search over it; the query
//! never leaves the device (see `static/js/search.js`). Why Pagefind and
//! not another engine is in the README ("Search").
//!
//! Pages go in batch by batch as they are localized; what the index needs
//! of each (its document, compressed) stays until the end, when each
//! language is indexed on its own (`Index`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{Read as _, Write as _};

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use pulldown_cmark_escape::{escape_html, escape_html_body_text};
use rayon::prelude::*;

use super::route::Route;
use super::{Built, Sink};
use crate::key::Cell;
use crate::l10n::localize::LocalizedPage;

/// Pagefind's search script, the one file of the index the search pages
/// link to (it fetches the others).
pub const SCRIPT: &str = "pagefind.js";

/// The meta field that carries a page's words with their stroked letters
/// folded (`fold_letters`).
pub const FOLDED_FIELD: &str = "folded";

/// One page as the index reads it: which page in which locale, where it is
/// (its link from the site root, as the search page builds result links)
/// and a small HTML document of its text in its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub cell: Cell,
    pub url: String,
    pub html: String,
}

/// A document kept until its language is indexed: its HTML compressed
/// (about a third of its size), so what the index waits for stays small,
/// and the hash of its link and HTML.
pub struct Kept {
    cell: Cell,
    url: String,
    compressed: Vec<u8>,
    digest: [u8; 20],
}

impl Kept {
    /// Compresses and hashes a document (pure: batches do this in
    /// parallel).
    pub fn new(document: Document) -> anyhow::Result<Kept> {
        use sha1::Digest as _;
        let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(document.html.as_bytes())?;
        let mut hasher = sha1::Sha1::new();
        hash_field(&mut hasher, document.url.as_bytes());
        hash_field(&mut hasher, document.html.as_bytes());
        Ok(Kept {
            cell: document.cell,
            url: document.url,
            compressed: encoder.finish()?,
            digest: hasher.finalize().into(),
        })
    }
}

/// One language's documents, and the hash of all of them in order (the
/// key its indexed files are cached under).
#[derive(Default)]
struct Language {
    kept: Vec<Kept>,
    hasher: sha1::Sha1,
}

/// The files of a language's part of the index: (name, bytes).
pub type LanguageIndex = Vec<(String, Vec<u8>)>;

/// Indexed languages kept between runs: the files of a language's part of
/// the index, under the hash of everything that made them (Pagefind's
/// version, how documents are made, and every document of that language in
/// order). A language whose pages did not change since the last run is not
/// indexed again; its files come from here, byte for byte what indexing
/// would give.
pub trait Cache: Sync {
    fn get(&self, language: &str, key: &str) -> Option<LanguageIndex>;
    fn put(&self, language: &str, key: &str, files: &[(String, Vec<u8>)]);
}

/// A cache in memory (the preview keeps one across rebuilds): the last
/// files of each language, with their key.
#[derive(Default)]
pub struct MemoryCache {
    languages: std::sync::Mutex<BTreeMap<String, (String, LanguageIndex)>>,
}

impl Cache for MemoryCache {
    fn get(&self, language: &str, key: &str) -> Option<LanguageIndex> {
        let languages = self.languages.lock().ok()?;
        let (cached_key, files) = languages.get(language)?;
        (cached_key == key).then(|| files.clone())
    }
    fn put(&self, language: &str, key: &str, files: &[(String, Vec<u8>)]) {
        if let Ok(mut languages) = self.languages.lock() {
            languages.insert(language.to_string(), (key.to_string(), files.to_vec()));
        }
    }
}

/// Changes whenever `document` or what is taken from Pagefind's files
/// changes, so cached languages are indexed again.
const DOCUMENT_FORMAT: u32 = 1;

/// The index while pages go in: each page's document, by language.
///
/// Pagefind keeps everything it knows of every page it was given until it
/// writes the index (several times the page's text), so giving it pages
/// batch by batch would hold every page of every language at once (2.5 GiB
/// at 1,000 pages × 7 locales). Documents wait here instead, compressed,
/// and each language is indexed on its own when the index is written: a
/// few languages at a time, each in a Pagefind instance of its own, freed
/// as soon as its files are written.
#[derive(Default)]
pub struct Index {
    /// By the language code of the pages' locale.
    languages: BTreeMap<String, Language>,
}

/// What writing the index made.
pub struct Written {
    pub built: Built,
    /// The pages that gave the index no word.
    pub empty: Vec<Cell>,
}

/// What indexing one language gave: its files, and its pages that gave
/// no word.
type LanguageFiles = (LanguageIndex, Vec<Cell>);

/// Bytes of one length-prefixed field, for the hash (so `ab`+`c` and
/// `a`+`bc` differ).
fn hash_field(hasher: &mut sha1::Sha1, bytes: &[u8]) {
    use sha1::Digest as _;
    hasher.update((bytes.len() as u64).to_le_bytes());
    hasher.update(bytes);
}

impl Index {
    /// Keeps the documents of a batch of pages for their languages, in
    /// order. `code` is the locale code of each page's cell.
    pub fn add(&mut self, documents: Vec<(String, Kept)>) {
        for (code, kept) in documents {
            use sha1::Digest as _;
            let language = self.languages.entry(code).or_default();
            language.hasher.update(kept.digest);
            language.kept.push(kept);
        }
    }

    /// Indexes each language and puts the index's files into `sink`: the
    /// search script (`pagefind.js`), the list of languages
    /// (`pagefind-entry.json`), the WebAssembly search of each language,
    /// and each language's metadata, word index chunks and page fragments
    /// (named after their content). Languages are indexed on up to
    /// `workers` threads at once; the files do not depend on how many.
    /// A language `cache` holds under the same key is taken from it; one
    /// without pages that gave no word is put there once indexed.
    /// Pagefind's own result interfaces, its highlighter and its web
    /// worker are left out: the search page has its own interface and runs
    /// the search on the page (see `static/js/search.js`).
    pub fn write(self, sink: &dyn Sink, workers: usize, cache: &dyn Cache) -> anyhow::Result<Written> {
        let version = pagefind_version()?;
        let mut results = Vec::new();
        let mut to_index = Vec::new();
        for (code, language) in self.languages {
            use sha1::Digest as _;
            let mut hasher = language.hasher;
            hash_field(&mut hasher, version.as_bytes());
            hash_field(&mut hasher, &DOCUMENT_FORMAT.to_le_bytes());
            let key = format!("{:x}", hasher.finalize());
            match cache.get(&code, &key) {
                Some(files) => results.push((code, Ok((files, Vec::new())))),
                None => to_index.push((code, key, language.kept)),
            }
        }
        let queue = std::sync::Mutex::new(to_index);
        let results = std::sync::Mutex::new(results);
        let n_workers = workers.clamp(1, queue.lock().map_or(1, |queue| queue.len().max(1)));
        // Plain threads, not the rayon pool's: Pagefind runs rayon inside,
        // which must find the pool's threads free.
        std::thread::scope(|scope| {
            for _ in 0..n_workers {
                scope.spawn(|| {
                    loop {
                        let next = queue.lock().ok().and_then(|mut queue| queue.pop());
                        let Some((code, key, kept)) = next else { break };
                        // A fault inside Pagefind fails this run with a
                        // message, not the process.
                        let indexed =
                            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| index_language(kept)))
                                .unwrap_or_else(|_| {
                                    Err(anyhow::anyhow!("Pagefind stopped with an internal error"))
                                });
                        if let Ok((files, empty)) = &indexed
                            && empty.is_empty()
                        {
                            cache.put(&code, &key, files);
                        }
                        if let Ok(mut results) = results.lock() {
                            results.push((code, indexed));
                        }
                    }
                });
            }
        });
        let mut results = results
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        results.sort_by(|a, b| a.0.cmp(&b.0));
        let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        let mut languages = serde_json::Map::new();
        let mut entry: Option<serde_json::Value> = None;
        let mut empty = Vec::new();
        for (code, indexed) in results {
            let (language_files, language_empty) = indexed
                .map_err(|error| anyhow::anyhow!("could not index the pages in `{code}`: {error:#}"))?;
            empty.extend(language_empty);
            for (name, bytes) in language_files {
                if name == ENTRY {
                    // Each instance lists its own language; the site's
                    // entry lists them all.
                    let mut own: serde_json::Value = serde_json::from_slice(&bytes)?;
                    if let Some(own_languages) =
                        own.get_mut("languages").and_then(|value| value.as_object_mut())
                    {
                        languages.append(own_languages);
                    }
                    entry.get_or_insert(own);
                } else {
                    // Files every instance writes (the script, the
                    // WebAssembly for languages without a stemmer) are the
                    // same in each.
                    files.entry(name).or_insert(bytes);
                }
            }
        }
        if let Some(mut entry) = entry {
            entry["languages"] = serde_json::Value::Object(languages);
            files.insert(ENTRY.to_string(), serde_json::to_vec(&entry)?);
        }
        let mut built = Built::default();
        for name in files.keys() {
            built.add_plain(Route::SearchFile(name).path());
        }
        files
            .into_par_iter()
            .try_for_each(|(name, bytes)| sink.put(&Route::SearchFile(&name).path(), bytes))?;
        empty.sort();
        Ok(Written { built, empty })
    }
}

/// The list of languages Pagefind's script reads first.
const ENTRY: &str = "pagefind-entry.json";

/// The version of the Pagefind the build runs, as its index says (from an
/// empty index, which costs a few milliseconds): part of every cache key,
/// so an upgrade indexes everything again.
fn pagefind_version() -> anyhow::Result<String> {
    let (files, _) = index_language(Vec::new())?;
    let entry = files
        .iter()
        .find(|(name, _)| name == ENTRY)
        .ok_or_else(|| anyhow::anyhow!("Pagefind wrote no {ENTRY}"))?;
    let entry: serde_json::Value = serde_json::from_slice(&entry.1)?;
    entry
        .get("version")
        .and_then(serde_json::Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| anyhow::anyhow!("Pagefind's {ENTRY} names no version"))
}

/// Indexes one language's documents in a Pagefind instance of its own, on
/// a runtime of its own (Pagefind's library is asynchronous); returns the
/// files the search pages use, and the pages that gave no word.
fn index_language(kept: Vec<Kept>) -> anyhow::Result<LanguageFiles> {
    // Pagefind reads the working folder when it starts (and would panic
    // without one); its files are made in memory, so any folder does.
    std::env::current_dir().map_err(|error| {
        anyhow::anyhow!("the search index needs a working folder, and there is none: {error}")
    })?;
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    // Result links keep the folder form (`pl/slug/`); no playground.
    let config = PagefindServiceConfig::builder()
        .keep_index_url(false)
        .write_playground(false)
        .build();
    let mut index = PagefindIndex::new(Some(config))?;
    let mut empty = Vec::new();
    let files = runtime.block_on(async {
        for page in kept {
            let mut html = String::new();
            flate2::read::DeflateDecoder::new(page.compressed.as_slice()).read_to_string(&mut html)?;
            let added = index.add_html_file(None, Some(page.url), html).await?;
            if added.page_word_count == 0 {
                empty.push(page.cell);
            }
        }
        index.get_files().await
    })?;
    let files = files
        .into_iter()
        .map(|file| (file.filename.to_string_lossy().replace('\\', "/"), file.contents))
        .filter(|(name, _)| is_used(name))
        .collect();
    Ok((files, empty))
}

/// Whether a file of Pagefind's bundle is one the search pages use.
fn is_used(name: &str) -> bool {
    let unused = name.starts_with("pagefind-ui.")
        || name.starts_with("pagefind-modular-ui.")
        || name.starts_with("pagefind-component-ui.")
        || name == "pagefind-highlight.js"
        || name == "pagefind-worker.js"
        || name.starts_with("playground/");
    !unused
}

/// The document the index reads for one localized page: its title (the
/// result's heading), summary, body, and the names and purposes of its
/// contacts, in an `<html>` of its language and direction. Title, summary
/// and contact texts are plain text and escaped here; the body is the
/// rendered page body (escaped by the Markdown renderer, links and phone
/// numbers as the page shows them). `url` is the page's link from the site
/// root.
pub fn document(page: &LocalizedPage, code: &str, dir: &str, url: &str) -> Document {
    let mut html = String::with_capacity(page.body.html.len() + 512);
    html.push_str("<html lang=\"");
    let _ = escape_html(&mut html, code);
    html.push_str("\" dir=\"");
    let _ = escape_html(&mut html, dir);
    html.push_str("\"><body><h1>");
    let _ = escape_html_body_text(&mut html, &page.title);
    html.push_str("</h1><p>");
    let _ = escape_html_body_text(&mut html, &page.summary);
    html.push_str("</p>");
    html.push_str(&page.body.html);
    for contact in &page.contacts {
        html.push_str("<p>");
        let parts = [
            Some(contact.name.as_str()),
            Some(contact.display.as_str()),
            Some(contact.purpose.as_str()),
            contact.hours.as_deref(),
        ];
        for part in parts.into_iter().flatten() {
            let _ = escape_html_body_text(&mut html, part);
            html.push(' ');
        }
        html.push_str("</p>");
    }
    let folded = folded_words(page);
    if !folded.is_empty() {
        // A meta field is searched like the text but not shown in the
        // result's excerpt.
        let _ = write!(html, "<span data-pagefind-meta=\"{FOLDED_FIELD}:");
        let _ = escape_html(&mut html, &folded.join(" "));
        html.push_str("\"></span>");
    }
    html.push_str("</body></html>");
    Document {
        cell: page.cell,
        url: url.to_string(),
        html,
    }
}

/// Letters that Unicode does not decompose into a base letter and a mark,
/// so Pagefind (which drops marks on both sides: `ą` is found by `a`) keeps
/// them whole, but that people who type without diacritics write as the
/// plain letter: Polish `ł`, Vietnamese `đ`, and their kin. A page's words
/// with one of these are also indexed folded (`złoty` as `zloty`, `đường`
/// as `dường`, which Pagefind then finds as `duong`).
const FOLDS: &[(char, &str)] = &[
    ('ł', "l"),
    ('Ł', "L"),
    ('đ', "d"),
    ('Đ', "D"),
    ('ø', "o"),
    ('Ø', "O"),
    ('ħ', "h"),
    ('Ħ', "H"),
    ('ŧ', "t"),
    ('Ŧ', "T"),
    ('ı', "i"),
    ('ß', "ss"),
    ('æ', "ae"),
    ('Æ', "AE"),
    ('œ', "oe"),
    ('Œ', "OE"),
];

/// `word` with its stroked letters folded (`FOLDS`), if it has any.
pub fn fold_letters(word: &str) -> Option<String> {
    if !word.chars().any(|c| FOLDS.iter().any(|(letter, _)| *letter == c)) {
        return None;
    }
    let mut folded = String::with_capacity(word.len());
    for c in word.chars() {
        match FOLDS.iter().find(|(letter, _)| *letter == c) {
            Some((_, plain)) => folded.push_str(plain),
            None => folded.push(c),
        }
    }
    Some(folded)
}

/// Every word of the page's text with a letter to fold, folded, once each
/// and sorted (so the document is the same on every run).
fn folded_words(page: &LocalizedPage) -> Vec<String> {
    let mut words = BTreeSet::new();
    let mut take = |text: &str| {
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            if let Some(folded) = fold_letters(word) {
                words.insert(folded.to_lowercase());
            }
        }
    };
    take(&page.title);
    take(&page.summary);
    crate::html::for_each_visible_text(&page.body.html, |text, _, _| take(text));
    for contact in &page.contacts {
        take(&contact.name);
        take(&contact.purpose);
    }
    words.into_iter().collect()
}

/// Sorts `items` by `title` as the locale `code` orders words (ICU
/// collation: Polish `ł` after `l`, Chinese by pinyin, Arabic in its
/// alphabet), then by their order in `items`. A locale ICU has no rules
/// for gets the root order.
pub fn sort_alphabetically<T>(code: &str, items: &mut [T], title: impl Fn(&T) -> &str) {
    let locale: icu_locale_core::Locale = code.parse().unwrap_or(icu_locale_core::Locale::UNKNOWN);
    let collator = icu_collator::Collator::try_new((&locale).into(), Default::default())
        .or_else(|_| icu_collator::Collator::try_new(Default::default(), Default::default()));
    match collator {
        Ok(collator) => items.sort_by(|a, b| collator.compare(title(a), title(b))),
        // Compiled-in data cannot be missing; plain order rather than none.
        Err(_) => items.sort_by(|a, b| title(a).cmp(title(b))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::key::{LocaleId, PageId};
    use crate::l10n::localize::ContactView;

    fn page(title: &str, summary: &str, body: &str) -> LocalizedPage {
        LocalizedPage {
            cell: Cell::new(LocaleId::new(0), PageId::new(0)),
            title: title.to_string(),
            summary: summary.to_string(),
            body: crate::markdown::Document {
                html: body.to_string(),
                headings: Vec::new(),
                links: Vec::new(),
                contacts_used: Vec::new(),
                sections: Vec::new(),
            },
            contacts: vec![ContactView {
                id: "police".to_string(),
                name: "Policja".to_string(),
                display: "999".to_string(),
                dial: "tel:999".to_string(),
                purpose: "Gdy grozi niebezpieczeństwo & <teraz>".to_string(),
                hours: None,
                cost: "Bezpłatnie".to_string(),
            }],
            last_reviewed: "1 listopada 2026".to_string(),
        }
    }

    // Protects what the index reads: plain texts escaped (a title cannot
    // open an element), the rendered body as it is, the contacts' names,
    // numbers and purposes, and the folded words as a meta field.
    #[test]
    fn documents_hold_the_page_text_escaped() {
        let page = page(
            "Zgłoś <script>alert(1)</script>",
            "Pomoc dla ofiar",
            "<h2 id=\"kto\">Kto może pomóc</h2><p>Złożenie &amp; <a href=\"tel:999\">999</a></p>",
        );
        let document = document(&page, "pl", "ltr", "pl/zglos/");
        assert_eq!(document.url, "pl/zglos/");
        assert_eq!(
            document.html,
            "<html lang=\"pl\" dir=\"ltr\"><body><h1>Zgłoś &lt;script&gt;alert(1)&lt;/script&gt;</h1>\
             <p>Pomoc dla ofiar</p><h2 id=\"kto\">Kto może pomóc</h2><p>Złożenie &amp; <a href=\"tel:999\">999</a></p>\
             <p>Policja 999 Gdy grozi niebezpieczeństwo &amp; &lt;teraz&gt; </p>\
             <span data-pagefind-meta=\"folded:zgloś zlożenie\"></span></body></html>"
        );
    }

    // Protects the folding table: stroked letters become the plain letter,
    // marks Unicode decomposes are left to Pagefind, other words are not
    // repeated.
    #[test]
    fn folds_letters_that_do_not_decompose() {
        let cases = [
            ("złoty", Some("zloty")),
            ("ŁÓDŹ", Some("LÓDŹ")),
            ("đường", Some("dường")),
            ("Straße", Some("Strasse")),
            ("ăn", None),
            ("مساعدة", None),
            ("帮助", None),
        ];
        for (word, folded) in cases {
            assert_eq!(fold_letters(word).as_deref(), folded, "{word}");
        }
    }

    // Protects the A-Z list: each locale's own order, not code points.
    #[test]
    fn sorts_titles_as_each_language_does() {
        let mut polish = vec!["Łódź", "Zamość", "Lublin", "Ćmielów", "Cieszyn"];
        sort_alphabetically("pl", &mut polish, |title| title);
        assert_eq!(polish, ["Cieszyn", "Ćmielów", "Lublin", "Łódź", "Zamość"]);
        let mut chinese = vec!["中国", "北京", "安全"];
        sort_alphabetically("zh-Hans", &mut chinese, |title| title);
        // Pinyin: ānquán, běijīng, zhōngguó.
        assert_eq!(chinese, ["安全", "北京", "中国"]);
        let mut unknown = vec!["b", "a"];
        sort_alphabetically("not a tag!", &mut unknown, |title| title);
        assert_eq!(unknown, ["a", "b"]);
    }
}
