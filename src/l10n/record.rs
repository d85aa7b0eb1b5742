//! The translation record, `locales/<locale>/translated-from.yaml`: for each
//! translated message, the English it was translated from and a fingerprint
//! of the translation as it was then. Git-tracked and readable in a pull
//! request. An unchanged translation (same fingerprint) of changed English is
//! stale; a re-translated one (new fingerprint) is not.

use std::collections::BTreeMap;
use std::hash::Hasher as _;
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
        match self.entry(file, id) {
            Some(entry) if entry.english != english && entry.translation == fingerprint(translation) => {
                Freshness::Stale
            }
            _ => Freshness::Current,
        }
    }

    pub fn set(&mut self, file: &str, id: &str, english: &str, translation: &str) {
        self.files.entry(file.to_string()).or_default().insert(
            id.to_string(),
            Entry {
                english: english.to_string(),
                translation: fingerprint(translation),
            },
        );
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
    Path::new(super::LOCALES_DIR).join(locale).join(FILE_NAME)
}

/// Parses a record file; a missing file is an empty record.
pub fn parse(path: &Path, source: &str) -> Result<Record, Diagnostic> {
    if source.trim().is_empty() {
        return Ok(Record::default());
    }
    yaml::parse(path, source, 0, source.len(), "the translation record")
}

/// The record as written to disk: sorted, with a header for reviewers.
pub fn serialize(record: &Record) -> anyhow::Result<String> {
    let body = yaml::to_string(record)?;
    Ok(format!(
        "# Which English each translation was made from, written by `signpost l10n update`\n# and `signpost l10n keep`. Review changes to it like the translations.\n{body}"
    ))
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

    // Protects the file format round trip (what reviewers read in a PR).
    #[test]
    fn serializes_and_parses_back() {
        let mut record = Record::default();
        record.set("site", "greeting", "Hello: \"you\"", "Bonjour");
        let text = serialize(&record).expect("serializes");
        assert!(text.contains("greeting:"), "{text}");
        assert_eq!(parse(Path::new("r.yaml"), &text).expect("parses"), record);
    }
}
