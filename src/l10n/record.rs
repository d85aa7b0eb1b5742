//! The translation record, `locales/<locale>/translated-from.yaml`: for each
//! translated message, the English it was translated from and a fingerprint
//! of the translation as it was then. Git-tracked and readable in a pull
//! request. An unchanged translation (same fingerprint) of changed English is
//! stale; a re-translated one (new fingerprint) is not.
//!
//! A build reads only the parts it needs: the file is split at its
//! top-level keys (one per translation file) when loaded, and each part is
//! parsed by the task that checks that translation file (`RecordFile`).

use std::collections::BTreeMap;
use std::hash::Hasher as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diag::Diagnostic;
use crate::yaml;

pub const FILE_NAME: &str = "translated-from.yaml";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The English the translation was made from (or accepted for).
    pub english: String,
    /// Fingerprint of the translation when it was recorded.
    pub translation: String,
    /// Pre-filled by `l10n update` from an identical English elsewhere in
    /// the locale, and not yet confirmed (a warning until it is).
    #[serde(default, skip_serializing_if = "is_false")]
    pub suggested: bool,
    /// The translation may be the same as the English (a name, a word the
    /// language shares), set with `l10n allow-identical`.
    #[serde(default, skip_serializing_if = "is_false", rename = "same-as-english")]
    pub same_as_english: bool,
}

fn is_false(value: &bool) -> bool {
    !value
}

impl Entry {
    /// An entry for a translation made from `english` now.
    pub fn new(english: &str, translation: &str) -> Entry {
        Entry {
            english: english.to_string(),
            translation: fingerprint(translation),
            suggested: false,
            same_as_english: false,
        }
    }
}

/// Translation file name (without `.ftl`) → message id → entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Record {
    pub files: BTreeMap<String, BTreeMap<String, Entry>>,
}

/// Where a translation stands against its English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Made from the current English, re-translated since it changed, or
    /// not recorded yet (a new translation is made from the English shown
    /// beside it).
    Current,
    /// The English changed and the translation did not.
    Stale,
}

impl Record {
    pub fn entry(&self, file: &str, id: &str) -> Option<&Entry> {
        self.files.get(file).and_then(|entries| entries.get(id))
    }

    pub fn freshness(&self, file: &str, id: &str, english: &str, translation: &str) -> Freshness {
        match self.files.get(file) {
            Some(entries) => freshness(entries, id, english, translation),
            None => Freshness::Current,
        }
    }

    pub fn set(&mut self, file: &str, id: &str, english: &str, translation: &str) {
        self.files
            .entry(file.to_string())
            .or_default()
            .insert(id.to_string(), Entry::new(english, translation));
    }

    pub fn entry_mut(&mut self, file: &str, id: &str) -> Option<&mut Entry> {
        self.files.get_mut(file).and_then(|entries| entries.get_mut(id))
    }
}

/// A stable fingerprint of a translation's text (FNV-1a, 64 bits), with
/// line-edge whitespace ignored so re-indenting is not a re-translation.
pub fn fingerprint(translation: &str) -> String {
    let mut hasher = fnv::FnvHasher::default();
    for line in translation.lines().map(str::trim).filter(|line| !line.is_empty()) {
        hasher.write(line.as_bytes());
        hasher.write_u8(b'\n');
    }
    format!("{:016x}", hasher.finish())
}

pub fn path(locale: &str) -> PathBuf {
    Path::new(crate::project::LOCALES_DIR)
        .join(locale)
        .join(FILE_NAME)
}

/// Parses a record file; a missing file is an empty record.
pub fn parse(path: &Path, source: &str) -> Result<Record, Diagnostic> {
    if source.trim().is_empty() {
        return Ok(Record::default());
    }
    yaml::parse(path, source, 0, source.len(), "the translation record")
}

/// The entries of one translation file: message id → entry.
pub type Entries = BTreeMap<String, Entry>;

/// A record file as read, with where each translation file's part is.
#[derive(Debug, Clone, Default)]
pub struct RecordFile {
    /// Path relative to the project root (empty when there is no file).
    pub path: PathBuf,
    pub source: String,
    /// Translation file name → byte range of its part (its key line and
    /// the indented lines after it).
    parts: BTreeMap<String, Range<usize>>,
}

impl RecordFile {
    /// Splits `source` at its top-level keys. Parsing happens per part.
    pub fn new(path: PathBuf, source: String) -> RecordFile {
        let mut parts = BTreeMap::new();
        let mut current: Option<(String, usize)> = None;
        let mut offset = 0;
        for line in source.split_inclusive('\n') {
            let is_key = !line.starts_with([' ', '\t', '#', '\n', '\r', '-']) && line.contains(':');
            if is_key {
                if let Some((name, start)) = current.take() {
                    parts.insert(name, start..offset);
                }
                let name = line.split(':').next().unwrap_or_default().trim();
                let name = name.trim_matches(|c| c == '\'' || c == '"').to_string();
                current = Some((name, offset));
            }
            offset += line.len();
        }
        if let Some((name, start)) = current {
            parts.insert(name, start..source.len());
        }
        RecordFile { path, source, parts }
    }

    /// The entries of translation file `name` (empty when it has none).
    /// The form `serialize` writes (one entry a line) is read line by line;
    /// anything else in the part (a hand edit, an older form) is read as
    /// YAML, with YAML's errors.
    pub fn entries(&self, name: &str) -> Result<Entries, Diagnostic> {
        let Some(range) = self.parts.get(name) else {
            return Ok(Entries::new());
        };
        if let Some(entries) = entries_one_per_line(&self.source[range.clone()]) {
            return Ok(entries);
        }
        let mut part: BTreeMap<String, Entries> = yaml::parse(
            &self.path,
            &self.source,
            range.start,
            range.end,
            "the translation record",
        )?;
        Ok(part.remove(name).unwrap_or_default())
    }

    /// The whole record (for `l10n update` and `keep`, which rewrite it).
    pub fn parse_all(&self) -> Result<Record, Diagnostic> {
        parse(&self.path, &self.source)
    }
}

/// The entries of a part written as `serialize` writes it: its key line,
/// then `  "id": {"english": "…", "translation": "…"}` lines (JSON, which
/// YAML reads the same way). `None` if any line is in another form or an
/// id repeats.
fn entries_one_per_line(part: &str) -> Option<Entries> {
    let mut entries = Entries::new();
    for line in part.lines().skip(1) {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let rest = line.strip_prefix("  \"")?;
        let key_end = json_string_end(rest)?;
        let id: String = serde_json::from_str(&line[2..2 + key_end + 2]).ok()?;
        let value = rest[key_end + 1..].strip_prefix(':')?;
        let entry: Entry = serde_json::from_str(value).ok()?;
        if entries.insert(id, entry).is_some() {
            return None;
        }
    }
    Some(entries)
}

/// The byte index of the quote closing a JSON string whose opening quote
/// came just before `text`.
fn json_string_end(text: &str) -> Option<usize> {
    let mut escaped = false;
    for (index, byte) in text.bytes().enumerate() {
        match byte {
            b'\\' if !escaped => escaped = true,
            b'"' if !escaped => return Some(index),
            _ => escaped = false,
        }
    }
    None
}

/// `text` as a double-quoted string that JSON and YAML read alike: JSON's
/// escapes, plus `\uXXXX` for what YAML does not allow raw (DEL, C1
/// controls, line and paragraph separators, byte-order marks, non-characters).
fn quoted(text: &str) -> String {
    let json = serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string());
    let needs_escape = |c: char| {
        matches!(
            c,
            '\u{7F}'..='\u{9F}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}'
        )
    };
    if !json.chars().any(needs_escape) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 8);
    for c in json.chars() {
        if needs_escape(c) {
            out.push_str(&format!("\\u{:04X}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// Where a translation stands against the English it was recorded from.
pub fn freshness(entries: &Entries, id: &str, english: &str, translation: &str) -> Freshness {
    match entries.get(id) {
        Some(entry) if entry.english != english && entry.translation == fingerprint(translation) => {
            Freshness::Stale
        }
        _ => Freshness::Current,
    }
}

/// The record as written to disk: sorted, one entry a line (so a pull
/// request shows one changed line per changed translation), with a header
/// for reviewers. The file is YAML; each entry line is also JSON, which is
/// how a build reads it quickly.
pub fn serialize(record: &Record) -> anyhow::Result<String> {
    let mut text = String::from(
        "# Which English each translation was made from, written by `signpost l10n update`\n# and `signpost l10n keep`. Review changes to it like the translations.\n",
    );
    for (file, entries) in &record.files {
        if entries.is_empty() {
            continue;
        }
        text.push_str(&quoted(file));
        text.push_str(":\n");
        for (id, entry) in entries {
            text.push_str("  ");
            text.push_str(&quoted(id));
            text.push_str(": {\"english\": ");
            text.push_str(&quoted(&entry.english));
            text.push_str(", \"translation\": ");
            text.push_str(&quoted(&entry.translation));
            if entry.suggested {
                text.push_str(", \"suggested\": true");
            }
            if entry.same_as_english {
                text.push_str(", \"same-as-english\": true");
            }
            text.push_str("}\n");
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects the staleness rule: changed English + unchanged translation
    // is stale; a re-translation or unrecorded translation is current.
    #[test]
    fn freshness_follows_english_and_translation() {
        let mut record = Record::default();
        record.set("page", "a", "Old English", "Vieux");
        assert_eq!(
            record.freshness("page", "a", "Old English", "Vieux"),
            Freshness::Current
        );
        assert_eq!(
            record.freshness("page", "a", "New English", "Vieux"),
            Freshness::Stale
        );
        assert_eq!(
            record.freshness("page", "a", "New English", "  Vieux  "),
            Freshness::Stale
        );
        assert_eq!(
            record.freshness("page", "a", "New English", "Nouveau"),
            Freshness::Current
        );
        assert_eq!(
            record.freshness("page", "b", "Anything", "Rien"),
            Freshness::Current
        );
    }

    // Protects reading a record by parts: each translation file's entries
    // come out as a whole parse would give them, with errors at their line.
    #[test]
    fn parts_read_like_the_whole() {
        let mut record = Record::default();
        record.set("site", "greeting", "Hello", "Bonjour");
        record.set("report", "p1", "One: \"two\"", "Un");
        record.set("report", "p2", "Three", "Trois");
        let text = serialize(&record).expect("serializes");
        let file = RecordFile::new(PathBuf::from("r.yaml"), text.clone());
        for name in ["site", "report"] {
            assert_eq!(
                file.entries(name).expect("part parses"),
                record.files[name],
                "{name}"
            );
        }
        assert!(file.entries("nothing").expect("absent part").is_empty());
        let broken = text.replace("\"translation\": \"", "\"translation\": [\"");
        let file = RecordFile::new(PathBuf::from("r.yaml"), broken);
        let error = file.entries("site").expect_err("broken part");
        assert!(error.span.line > 1, "{error:?}");
    }

    // Protects the file format round trip (what reviewers read in a PR):
    // YAML and the line-by-line reading agree, also on text YAML cannot
    // hold raw, and a record in the older block form still reads.
    #[test]
    fn serializes_and_parses_back() {
        let mut record = Record::default();
        record.set("site", "greeting", "Hello: \"you\" \\ {$x}", "Bonjour");
        record.set("site", "no", "yes", "tak");
        record.set("page", "odd", "a\u{2028}b\u{85}c\td\u{FEFF}", "x");
        if let Some(entry) = record.entry_mut("page", "odd") {
            entry.suggested = true;
            entry.same_as_english = true;
        }
        let text = serialize(&record).expect("serializes");
        assert!(text.contains("  \"greeting\": {\"english\": "), "{text}");
        assert_eq!(parse(Path::new("r.yaml"), &text).expect("parses as YAML"), record);
        let file = RecordFile::new(PathBuf::from("r.yaml"), text);
        for name in ["site", "page"] {
            assert_eq!(
                entries_one_per_line(&file.source[file.parts[name].clone()]).as_ref(),
                Some(&record.files[name]),
                "{name}"
            );
        }
        let older = yaml::to_string(&record).expect("block form");
        let file = RecordFile::new(PathBuf::from("r.yaml"), older);
        assert_eq!(file.entries("site").expect("reads"), record.files["site"]);
    }
}
