//! `signpost l10n update`, `keep`, `confirm` and `allow-identical`: bring
//! translation files in line with the English without losing a
//! translator's work. `update` writes the base files (the English of each
//! translation file with its ids, `locales/<source>/<name>.ftl`) and
//! `l10n.toml` for Pontoon; in every locale it adds missing messages (empty
//! with the English beside them, or pre-filled as a suggestion when the
//! same English is already translated elsewhere in the locale), marks stale
//! ones with the old English, and moves obsolete ones to a marked section
//! (deleted only with `--prune`). The first update of a site from before
//! base files migrates its positional ids to lasting ones. The
//! translator's own comments and order are kept. The record of which
//! English each translation was made from is updated alongside; it, and
//! never a comment in a locale file, says what a translation was made from.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::ftl;
use super::record::{Entry, Record, fingerprint};
use super::sources::{self, Sources};
use super::units::{SourceUnit, UnitSet};
use crate::diag::Diagnostic;

const EN: &str = "# en: ";
const EN_MORE: &str = "# en+ ";
const WAS: &str = "# was: ";
const WAS_MORE: &str = "# was+ ";
const PLACEABLE: &str = "# $";
const SUGGESTION: &str = "# suggestion: ";
const OBSOLETE_HEADER: &str =
    "## Obsolete: no longer in the English. Run `signpost l10n update --prune` to delete.";

/// What an update did to one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub added: usize,
    /// Added messages pre-filled from an identical English elsewhere.
    pub suggested: usize,
    /// Messages whose positional id was replaced by a lasting one.
    pub migrated: usize,
    pub stale: usize,
    pub obsolete: usize,
    pub pruned: usize,
}

/// A run of lines: a message with its attached comments, or other lines.
#[derive(Debug, Clone)]
struct Chunk {
    id: Option<String>,
    lines: Vec<String>,
}

fn chunks(source: &str) -> Vec<Chunk> {
    let lines: Vec<&str> = source.lines().collect();
    let mut chunks = Vec::new();
    let mut position = 0;
    for block in ftl::blocks(source) {
        if block.start > position {
            chunks.push(Chunk {
                id: None,
                lines: lines[position..block.start]
                    .iter()
                    .map(|l| l.to_string())
                    .collect(),
            });
        }
        chunks.push(Chunk {
            id: Some(block.id.clone()),
            lines: lines[block.start..block.end]
                .iter()
                .map(|l| l.to_string())
                .collect(),
        });
        position = block.end;
    }
    if position < lines.len() {
        chunks.push(Chunk {
            id: None,
            lines: lines[position..].iter().map(|l| l.to_string()).collect(),
        });
    }
    chunks
}

fn comment_lines(prefix: &str, more: &str, text: &str) -> Vec<String> {
    text.lines()
        .enumerate()
        .map(|(index, line)| format!("{}{line}", if index == 0 { prefix } else { more }))
        .collect()
}

/// The managed comments of a unit: its English, the English it was
/// translated from when that differs (stale), and what each placeable is.
fn managed_comments(unit: &SourceUnit, stale_from: Option<&str>) -> Vec<String> {
    let mut lines = comment_lines(EN, EN_MORE, &unit.english);
    if let Some(old) = stale_from {
        lines.extend(comment_lines(WAS, WAS_MORE, old));
    }
    for (name, value) in &unit.placeables {
        let meaning = match value.strip_prefix("<tel:") {
            Some(_) => "a phone number, filled in by the build".to_string(),
            None => value.clone(),
        };
        lines.push(format!("{PLACEABLE}{name} = {meaning}"));
    }
    lines
}

fn is_managed(line: &str) -> bool {
    [EN, EN_MORE, WAS, WAS_MORE, PLACEABLE, SUGGESTION]
        .iter()
        .any(|prefix| line.starts_with(prefix))
}

fn is_empty_value(value: &str) -> bool {
    value.replace("{\"\"}", "").trim().is_empty()
}

/// Current translations of one locale by their English, for pre-filling a
/// new message whose English is already translated: English → (value,
/// file, id). The first one (in set order) wins.
pub type Suggestions = HashMap<String, (String, String, String)>;

/// Adds the current, confirmed translations of `text` (the locale's file
/// for `set`) to `suggestions`.
pub fn collect_suggestions(text: &str, set: &UnitSet, record: &Record, suggestions: &mut Suggestions) {
    let messages = ftl::Messages::parse(text);
    for (block, value) in messages.blocks.iter().zip(&messages.values) {
        let Some(unit) = set.get(&block.id) else { continue };
        let current = record.entry(&set.name, &unit.id).is_some_and(|entry| {
            entry.english == unit.english && entry.translation == fingerprint(value) && !entry.suggested
        });
        if current && !is_empty_value(value) && !value.contains('\n') {
            suggestions
                .entry(unit.english.clone())
                .or_insert_with(|| (value.clone(), set.name.clone(), unit.id.clone()));
        }
    }
}

/// Updates one translation file (its current text, if any) for `set`.
/// `renamed` maps positional ids to the lasting ones that replace them.
/// Returns the new text and what changed; `record` is updated in place.
pub fn update_file(
    existing: Option<&str>,
    set: &UnitSet,
    renamed: &[(String, String)],
    record: &mut Record,
    locale: &str,
    prune: bool,
    suggestions: &Suggestions,
) -> (String, Changes) {
    let mut changes = Changes::default();
    let mut chunks = existing.map(chunks).unwrap_or_default();
    changes.migrated = migrate(&mut chunks, &set.name, renamed, record);

    // Refresh the managed comments of every current message.
    let source_now = render(&chunks);
    let messages = ftl::Messages::parse(&source_now);
    let values: HashMap<&str, &str> = messages
        .blocks
        .iter()
        .zip(&messages.values)
        .map(|(block, value)| (block.id.as_str(), value.as_str()))
        .collect();
    let mut stale_ids = HashSet::new();
    for chunk in &chunks {
        let Some(unit) = chunk.id.as_deref().and_then(|id| set.get(id)) else {
            continue;
        };
        let value = values.get(unit.id.as_str()).copied().unwrap_or_default();
        if let Some(entry) = record.entry(&set.name, &unit.id)
            && entry.english != unit.english
            && entry.translation == fingerprint(value)
        {
            stale_ids.insert(unit.id.clone());
        }
    }
    for chunk in &mut chunks {
        let Some(unit) = chunk.id.as_deref().and_then(|id| set.get(id)) else {
            continue;
        };
        let stale_from = if stale_ids.contains(&unit.id) {
            changes.stale += 1;
            record
                .entry(&set.name, &unit.id)
                .map(|entry| entry.english.clone())
        } else {
            None
        };
        let suggested_from = record
            .entry(&set.name, &unit.id)
            .filter(|entry| entry.suggested)
            .map(|_| "an identical English elsewhere in this locale".to_string());
        let kept: Vec<String> = chunk
            .lines
            .iter()
            .filter(|line| !is_managed(line))
            .cloned()
            .collect();
        let mut lines = managed_comments(unit, stale_from.as_deref());
        lines.extend(suggestion_comment(suggested_from.as_deref(), locale, set, unit));
        lines.extend(kept);
        chunk.lines = lines;
    }

    // Split off obsolete messages (and any previous obsolete header).
    let unit_ids: HashSet<&str> = set.units.iter().map(|unit| unit.id.as_str()).collect();
    let mut obsolete = Vec::new();
    let mut current = Vec::new();
    for chunk in chunks {
        let is_obsolete = chunk
            .id
            .as_ref()
            .is_some_and(|id| !id.starts_with('-') && !unit_ids.contains(id.as_str()));
        if is_obsolete {
            obsolete.push(chunk);
        } else if chunk.lines.iter().any(|line| line == OBSOLETE_HEADER) {
            let lines: Vec<String> = chunk
                .lines
                .into_iter()
                .filter(|line| line != OBSOLETE_HEADER)
                .collect();
            if lines.iter().any(|line| !line.trim().is_empty()) {
                current.push(Chunk { id: None, lines });
            }
        } else {
            current.push(chunk);
        }
    }

    // Add missing messages after the previous unit's message.
    let is_new_file = existing.is_none_or(|text| text.trim().is_empty());
    if is_new_file {
        current.push(Chunk {
            id: None,
            lines: header(set, locale),
        });
    }
    let present: HashSet<String> = current.iter().filter_map(|chunk| chunk.id.clone()).collect();
    // A new message goes after the message of the nearest earlier unit the
    // file already has (new messages in a row keep their order); one with no
    // earlier unit, or any in a new file, goes at the end.
    let mut last_chunk_of: HashMap<&str, usize> = HashMap::new();
    for (position, chunk) in current.iter().enumerate() {
        if let Some(id) = &chunk.id {
            last_chunk_of.insert(id.as_str(), position);
        }
    }
    let mut insert_after: BTreeMap<usize, Vec<Chunk>> = BTreeMap::new();
    let mut at_end: Vec<Chunk> = Vec::new();
    let mut anchor: Option<usize> = None;
    let mut previous_section: Option<&str> = None;
    let mut prefilled: Vec<(String, String)> = Vec::new();
    for unit in &set.units {
        if present.contains(&unit.id) {
            anchor = last_chunk_of.get(unit.id.as_str()).copied();
            continue;
        }
        changes.added += 1;
        let mut lines = vec![String::new()];
        if is_new_file && !unit.section.is_empty() && previous_section != Some(unit.section.as_str()) {
            lines.push(format!("## {}", unit.section.replace('\n', " ")));
            lines.push(String::new());
        }
        previous_section = Some(&unit.section);
        lines.extend(managed_comments(unit, None));
        match suggestions.get(&unit.english) {
            Some((value, file, id)) => {
                changes.suggested += 1;
                let from = format!("{file} ({id})");
                lines.extend(suggestion_comment(Some(&from), locale, set, unit));
                lines.push(format!("{} = {value}", unit.id));
                prefilled.push((unit.id.clone(), value.clone()));
            }
            None => lines.push(format!("{} = {{\"\"}}", unit.id)),
        }
        let new_chunk = Chunk {
            id: Some(unit.id.clone()),
            lines,
        };
        match anchor {
            Some(position) if !is_new_file => insert_after.entry(position).or_default().push(new_chunk),
            _ => at_end.push(new_chunk),
        }
    }
    let mut merged = Vec::with_capacity(current.len() + at_end.len());
    for (position, chunk) in current.into_iter().enumerate() {
        merged.push(chunk);
        if let Some(mut added) = insert_after.remove(&position) {
            merged.append(&mut added);
        }
    }
    merged.append(&mut at_end);
    let mut current = merged;

    changes.obsolete = obsolete.len();
    if prune {
        changes.pruned = obsolete.len();
        for chunk in &obsolete {
            if let (Some(id), Some(entries)) = (&chunk.id, record.files.get_mut(&set.name)) {
                entries.remove(id);
            }
        }
    } else if !obsolete.is_empty() {
        current.push(Chunk {
            id: None,
            lines: vec![String::new(), OBSOLETE_HEADER.to_string()],
        });
        for mut chunk in obsolete {
            if chunk.lines.first().is_some_and(|line| !line.trim().is_empty()) {
                chunk.lines.insert(0, String::new());
            }
            current.push(chunk);
        }
    }

    let text = tidy(&render(&current));
    for (id, value) in &prefilled {
        if let Some(unit) = set.get(id) {
            let mut entry = Entry::new(&unit.english, value);
            entry.suggested = true;
            record
                .files
                .entry(set.name.clone())
                .or_default()
                .insert(id.clone(), entry);
        }
    }
    record_translations(&text, set, record);
    (text, changes)
}

/// Renames messages with a positional id to the lasting id that replaces
/// it (in the file and in the record), unless the file already has the
/// lasting one. Returns how many were renamed.
fn migrate(chunks: &mut [Chunk], file: &str, renamed: &[(String, String)], record: &mut Record) -> usize {
    if renamed.is_empty() {
        return 0;
    }
    let map: HashMap<&str, &str> = renamed
        .iter()
        .map(|(old, new)| (old.as_str(), new.as_str()))
        .collect();
    let present: HashSet<String> = chunks.iter().filter_map(|chunk| chunk.id.clone()).collect();
    let mut moved_entries = Vec::new();
    let mut n_renamed = 0;
    for chunk in chunks.iter_mut() {
        let Some(old_id) = chunk.id.clone() else { continue };
        let Some(new_id) = map.get(old_id.as_str()) else {
            continue;
        };
        if present.contains(*new_id) {
            continue;
        }
        for line in &mut chunk.lines {
            if ftl::entry_id(line).as_deref() == Some(old_id.as_str()) {
                *line = format!("{new_id}{}", &line[old_id.len()..]);
                break;
            }
        }
        if let Some(entry) = record
            .files
            .get_mut(file)
            .and_then(|entries| entries.remove(&old_id))
        {
            moved_entries.push((new_id.to_string(), entry));
        }
        chunk.id = Some(new_id.to_string());
        n_renamed += 1;
    }
    for (new_id, entry) in moved_entries {
        record
            .files
            .entry(file.to_string())
            .or_default()
            .insert(new_id, entry);
    }
    n_renamed
}

/// The comment over a pre-filled message, telling the translator to check it.
fn suggestion_comment(from: Option<&str>, locale: &str, set: &UnitSet, unit: &SourceUnit) -> Vec<String> {
    match from {
        Some(from) => vec![format!(
            "{SUGGESTION}pre-filled from {from}, which has the same English; check it, then run `signpost l10n confirm {locale} {} {}`",
            set.name, unit.id
        )],
        None => Vec::new(),
    }
}

/// Records every non-empty translation that is current or re-translated;
/// an edited suggestion is a translator's own.
fn record_translations(text: &str, set: &UnitSet, record: &mut Record) {
    let messages = ftl::Messages::parse(text);
    for (block, value) in messages.blocks.iter().zip(&messages.values) {
        let Some(unit) = set.get(&block.id) else { continue };
        if is_empty_value(value) {
            continue;
        }
        let new_entry = match record.entry(&set.name, &unit.id) {
            None => Some(Entry::new(&unit.english, value)),
            Some(entry) => {
                let changed = entry.translation != fingerprint(value);
                (entry.english == unit.english || changed).then(|| Entry {
                    suggested: entry.suggested && !changed,
                    same_as_english: entry.same_as_english,
                    ..Entry::new(&unit.english, value)
                })
            }
        };
        if let Some(entry) = new_entry {
            record
                .files
                .entry(set.name.clone())
                .or_default()
                .insert(unit.id.clone(), entry);
        }
    }
}

/// Clears the suggestion mark of the translations of `set` in `text` (all,
/// or only `ids`) whose text is still the suggested one. Returns how many.
pub fn confirm(text: &str, set: &UnitSet, ids: &[String], record: &mut Record) -> usize {
    let messages = ftl::Messages::parse(text);
    let mut n_confirmed = 0;
    for (block, value) in messages.blocks.iter().zip(&messages.values) {
        if !ids.is_empty() && !ids.contains(&block.id) {
            continue;
        }
        if let Some(entry) = record.entry_mut(&set.name, &block.id)
            && entry.suggested
            && entry.translation == fingerprint(value)
        {
            entry.suggested = false;
            n_confirmed += 1;
        }
    }
    n_confirmed
}

/// Marks translations of `set` (in `text`) that may equal the English.
/// Returns the ids that have no translation to mark.
pub fn allow_identical(text: &str, set: &UnitSet, ids: &[String], record: &mut Record) -> Vec<String> {
    let messages = ftl::Messages::parse(text);
    let mut missing = Vec::new();
    for id in ids {
        let (Some(unit), Some(value)) = (set.get(id), messages.value(id)) else {
            missing.push(id.clone());
            continue;
        };
        if is_empty_value(value) {
            missing.push(id.clone());
            continue;
        }
        if record.entry(&set.name, id).is_none() {
            record.set(&set.name, id, &unit.english, value);
        }
        if let Some(entry) = record.entry_mut(&set.name, id) {
            entry.same_as_english = true;
        }
    }
    missing
}

/// Accepts the current English for translations of `set` whose English
/// changed without changing the meaning (all of them, or only `ids`).
/// Returns how many records changed.
pub fn keep(set: &UnitSet, ids: &[String], record: &mut Record) -> usize {
    let mut n_kept = 0;
    let Some(entries) = record.files.get_mut(&set.name) else {
        return 0;
    };
    for unit in &set.units {
        if !ids.is_empty() && !ids.contains(&unit.id) {
            continue;
        }
        if let Some(entry) = entries.get_mut(&unit.id)
            && entry.english != unit.english
        {
            entry.english = unit.english.clone();
            n_kept += 1;
        }
    }
    n_kept
}

fn header(set: &UnitSet, locale: &str) -> Vec<String> {
    [
        format!("### Translation of {} into `{locale}`.", set.origin.display()),
        "### Translate the text after each \"=\"; the English is in the \"# en:\" line above it.".to_string(),
        "### Keep every { $placeable } exactly as it is: they are links and phone numbers.".to_string(),
        "### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text."
            .to_string(),
        format!("### After the English changes, run `signpost l10n update {locale}`."),
    ]
    .into_iter()
    .collect()
}

fn render(chunks: &[Chunk]) -> String {
    let mut text = String::new();
    for chunk in chunks {
        for line in &chunk.lines {
            text.push_str(line);
            text.push('\n');
        }
    }
    text
}

/// At most one blank line in a row, none at the start, one newline at the end.
fn tidy(text: &str) -> String {
    let mut out = String::new();
    let mut blank_run = 0;
    for line in text.lines() {
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if blank_run > 0 && !out.is_empty() {
            out.push('\n');
        }
        blank_run = 0;
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(id: &str, english: &str) -> SourceUnit {
        SourceUnit {
            id: id.into(),
            english: english.into(),
            variables: Default::default(),
            placeables: Default::default(),
            kind: super::super::units::SourceKind::Page(super::super::units::UnitKind::Paragraph),
            section: String::new(),
            range: 0..0,
        }
    }

    fn set(units: Vec<SourceUnit>) -> UnitSet {
        UnitSet::new("page".into(), PathBuf::from("content/page.md"), units, Some(0))
    }

    fn update(existing: Option<&str>, set: &UnitSet, record: &mut Record, prune: bool) -> (String, Changes) {
        update_file(existing, set, &[], record, "pl", prune, &Suggestions::new())
    }

    // Protects a new file: every unit present, empty, with its English.
    #[test]
    fn creates_missing_messages_with_the_english() {
        let mut record = Record::default();
        let (text, changes) = update(
            None,
            &set(vec![unit("a", "Hello"), unit("b", "Bye")]),
            &mut record,
            false,
        );
        assert_eq!(changes.added, 2);
        assert!(text.contains("# en: Hello\na = {\"\"}\n"), "{text}");
        assert!(text.contains("# en: Bye\nb = {\"\"}\n"), "{text}");
        assert!(record.files.is_empty(), "empty translations are not recorded");
    }

    // Protects the translator's work: own comments and order survive; a new
    // message goes after the one before it in the English.
    #[test]
    fn keeps_comments_and_order() {
        let mut record = Record::default();
        let existing = "# my note\n# en: Second\np2 = Drugi\n\n# en: First\np1 = Pierwszy\n";
        let units = vec![unit("p1", "First"), unit("p2", "Second"), unit("p3", "Third")];
        let (text, changes) = update(Some(existing), &set(units), &mut record, false);
        assert_eq!(changes.added, 1);
        assert_eq!(
            text,
            "# en: Second\n# my note\np2 = Drugi\n\n# en: Third\np3 = {\"\"}\n\n# en: First\np1 = Pierwszy\n"
        );
        assert_eq!(
            record.entry("page", "p2").map(|e| e.english.as_str()),
            Some("Second")
        );
    }

    // Protects the migration: a positional id is renamed to its lasting id
    // in the file and in the record, and nothing is lost.
    #[test]
    fn migrates_positional_ids() {
        let mut record = Record::default();
        record.set("page", "intro--p1", "Hello", "Cześć");
        let existing = "# en: Hello\nintro--p1 = Cześć\n";
        let renamed = vec![("intro--p1".to_string(), "intro--hello".to_string())];
        let (text, changes) = update_file(
            Some(existing),
            &set(vec![unit("intro--hello", "Hello")]),
            &renamed,
            &mut record,
            "pl",
            false,
            &Suggestions::new(),
        );
        assert_eq!((changes.migrated, changes.added, changes.obsolete), (1, 0, 0));
        assert_eq!(text, "# en: Hello\nintro--hello = Cześć\n");
        assert!(record.entry("page", "intro--p1").is_none());
        assert_eq!(
            record.entry("page", "intro--hello").map(|e| e.english.as_str()),
            Some("Hello")
        );
    }

    // Protects staleness marks and obsolete handling (kept, or pruned).
    #[test]
    fn marks_stale_and_moves_obsolete() {
        let mut record = Record::default();
        record.set("page", "a", "Old", "Stary");
        let existing = "a = Stary\ngone = Zniknął\n";
        let (text, changes) = update(Some(existing), &set(vec![unit("a", "New")]), &mut record, false);
        assert_eq!((changes.stale, changes.obsolete), (1, 1));
        assert!(text.starts_with("# en: New\n# was: Old\na = Stary\n"), "{text}");
        assert!(
            text.contains(&format!("{OBSOLETE_HEADER}\n\ngone = Zniknął\n")),
            "{text}"
        );
        assert_eq!(
            record.entry("page", "a").map(|e| e.english.as_str()),
            Some("Old"),
            "stale stays stale"
        );
        let (pruned, changes) = update(Some(&text), &set(vec![unit("a", "New")]), &mut record, true);
        assert_eq!(changes.pruned, 1);
        assert!(
            !pruned.contains("gone") && !pruned.contains("Obsolete"),
            "{pruned}"
        );
        let retranslated = pruned.replace("a = Stary", "a = Nowy");
        let (text, changes) = update(
            Some(&retranslated),
            &set(vec![unit("a", "New")]),
            &mut record,
            false,
        );
        assert_eq!(changes.stale, 0);
        assert!(!text.contains("# was:"));
        assert_eq!(record.entry("page", "a").map(|e| e.english.as_str()), Some("New"));
    }

    // Protects the record as the only source of what a translation was made
    // from: a `# en:` comment (stale, or added by a platform) changes nothing.
    #[test]
    fn comments_in_locale_files_do_not_decide_staleness() {
        let mut record = Record::default();
        record.set("page", "a", "Hello", "Cześć");
        let weblate_kept_old_comment = "# en: Helo\na = Cześć\n";
        let (text, changes) = update(
            Some(weblate_kept_old_comment),
            &set(vec![unit("a", "Hello")]),
            &mut record,
            false,
        );
        assert_eq!(changes.stale, 0);
        assert_eq!(text, "# en: Hello\na = Cześć\n");
    }

    // Protects suggestions: a new message whose English is translated
    // elsewhere is pre-filled and marked in the record, until confirmed or
    // edited; a translator's edit is their own translation.
    #[test]
    fn suggestions_prefill_until_confirmed_or_edited() {
        let mut record = Record::default();
        record.set("page", "a", "24 hours a day", "Całą dobę");
        let units = set(vec![unit("a", "24 hours a day"), unit("b", "24 hours a day")]);
        let mut suggestions = Suggestions::new();
        collect_suggestions("a = Całą dobę\n", &units, &record, &mut suggestions);
        let (text, changes) = update_file(
            Some("a = Całą dobę\n"),
            &units,
            &[],
            &mut record,
            "pl",
            false,
            &suggestions,
        );
        assert_eq!((changes.added, changes.suggested), (1, 1));
        assert!(text.contains("# suggestion: pre-filled from page (a)"), "{text}");
        assert!(text.contains("b = Całą dobę\n"), "{text}");
        assert!(record.entry("page", "b").is_some_and(|e| e.suggested));
        let (again, _) = update(Some(&text), &units, &mut record, false);
        assert!(
            record.entry("page", "b").is_some_and(|e| e.suggested),
            "still a suggestion"
        );
        assert_eq!(confirm(&again, &units, &[], &mut record), 1);
        assert!(record.entry("page", "b").is_some_and(|e| !e.suggested));
        if let Some(entry) = record.entry_mut("page", "b") {
            entry.suggested = true;
        }
        let edited = again.replace("b = Całą dobę", "b = Przez całą dobę");
        update(Some(&edited), &units, &mut record, false);
        assert!(
            record.entry("page", "b").is_some_and(|e| !e.suggested),
            "edited by a translator"
        );
    }

    // Protects `keep`: an accepted English change makes translations current.
    #[test]
    fn keep_accepts_changed_english() {
        let mut record = Record::default();
        record.set("page", "a", "Helo", "Cześć");
        let units = set(vec![unit("a", "Hello")]);
        assert_eq!(
            record.freshness("page", "a", "Hello", "Cześć"),
            super::super::record::Freshness::Stale
        );
        assert_eq!(keep(&units, &[], &mut record), 1);
        assert_eq!(
            record.freshness("page", "a", "Hello", "Cześć"),
            super::super::record::Freshness::Current
        );
    }
}

/// One file an update or keep changed (or would leave as it is).
#[derive(Debug, Clone)]
pub struct FileResult {
    pub path: PathBuf,
    pub changes: Changes,
    pub written: bool,
}

/// The English of every translation file, with lasting ids: fresh ones
/// for pages that have no base file yet (their positional ids are listed
/// to migrate).
fn sources_for_update(site: &crate::Site) -> anyhow::Result<Sources> {
    if site.source_catalog().is_none() {
        anyhow::bail!("the source locale `{}` has no catalog", site.config.source_locale)
    }
    let options = sources::Options {
        without_base: sources::WithoutBase::Fresh,
        check_base: false,
    };
    let (sources, _) = sources::load(site.source_catalog(), &site.registry, &site.pages, options);
    Ok(sources)
}

/// Runs `update_file` for every unit set of each named locale (all but the
/// source when none are named), writes the base files and `l10n.toml`, and
/// writes what changed, each file through a temporary file and a rename so
/// an interrupted run leaves no half file.
pub fn write_updates(
    root: &Path,
    site: &crate::Site,
    locales: &[String],
    prune: bool,
) -> anyhow::Result<Vec<FileResult>> {
    let sources = sources_for_update(site)?;
    let mut results = write_base_files(root, site, &sources)?;
    let renamed: HashMap<&str, &[(String, String)]> = sources
        .pages
        .iter()
        .map(|page| (page.units.name.as_str(), page.renamed.as_slice()))
        .collect();
    for catalog in targets(site, locales)? {
        let before = parsed_record(catalog)?;
        let mut record = before.clone();
        let code = &catalog.locale.code;
        let mut suggestions = Suggestions::new();
        for set in sources.sets() {
            if let (_, Some(text)) = catalog.translation_text(set) {
                collect_suggestions(text, set, &record, &mut suggestions);
            }
        }
        let allowed = &catalog.locale.allow_identical;
        for set in sources.sets() {
            let (path, existing) = catalog.translation_text(set);
            let set_renamed = renamed.get(set.name.as_str()).copied().unwrap_or_default();
            let (text, changes) =
                update_file(existing, set, set_renamed, &mut record, code, prune, &suggestions);
            // `allow_identical` in site.yaml (positional ids, from before
            // the record held it) moves into the record.
            let allowed_here: Vec<String> = allowed
                .iter()
                .map(|id| {
                    set_renamed
                        .iter()
                        .find(|(old, _)| old == id)
                        .map_or_else(|| id.clone(), |(_, new)| new.clone())
                })
                .filter(|id| set.get(id).is_some())
                .collect();
            allow_identical(&text, set, &allowed_here, &mut record);
            let written = existing != Some(text.as_str());
            if written {
                write_atomically(&root.join(&path), &text)?;
            }
            results.push(FileResult {
                path,
                changes,
                written,
            });
        }
        let record_path = super::record::path(code);
        results.push(write_record(root, &record_path, &before, &record)?);
    }
    Ok(results)
}

/// Writes each translation file's base file (and removes base files of
/// pages that are gone), and `l10n.toml`.
fn write_base_files(root: &Path, site: &crate::Site, sources: &Sources) -> anyhow::Result<Vec<FileResult>> {
    let source_locale = &site.config.source_locale;
    let mut results = Vec::new();
    let mut wanted = HashSet::new();
    for set in std::iter::once(&sources.contacts).chain(sources.pages.iter().map(|page| &page.units)) {
        let path = super::base::path(source_locale, set);
        let text = super::base::text(set);
        let existing = std::fs::read_to_string(root.join(&path)).ok();
        let written = existing.as_deref() != Some(text.as_str());
        if written {
            write_atomically(&root.join(&path), &text)?;
        }
        wanted.insert(path.clone());
        results.push(FileResult {
            path,
            changes: Changes::default(),
            written,
        });
    }
    if let Some(catalog) = site.source_catalog() {
        for file in &catalog.files {
            if super::base::is_base(file.source()) && !wanted.contains(&file.path) {
                std::fs::remove_file(root.join(&file.path))
                    .map_err(|error| anyhow::anyhow!("could not remove {}: {error}", file.path.display()))?;
                results.push(FileResult {
                    path: file.path.clone(),
                    changes: Changes::default(),
                    written: true,
                });
            }
        }
    }
    let toml_path = PathBuf::from(super::base::PONTOON_CONFIG);
    let text = super::base::pontoon_config(&site.config);
    let written = std::fs::read_to_string(root.join(&toml_path)).ok().as_deref() != Some(text.as_str());
    if written {
        write_atomically(&root.join(&toml_path), &text)?;
    }
    results.push(FileResult {
        path: toml_path,
        changes: Changes::default(),
        written,
    });
    Ok(results)
}

/// The locale's whole record, or why it cannot be read.
fn parsed_record(catalog: &super::Catalog) -> anyhow::Result<Record> {
    catalog
        .record
        .parse_all()
        .map_err(|diagnostic| anyhow::anyhow!("{}", crate::diag::render_human(&[diagnostic]).trim_end()))
}

/// The set named `name`, or an error listing the names.
fn named_set<'a>(sources: &'a Sources, name: &str, ids: &[String]) -> anyhow::Result<&'a UnitSet> {
    let Some(set) = sources.set(name) else {
        let names: Vec<&str> = sources.sets().map(|set| set.name.as_str()).collect();
        anyhow::bail!(
            "no translation file `{name}`; choose one of: {}",
            names.join(", ")
        )
    };
    for id in ids {
        if set.get(id).is_none() {
            anyhow::bail!("`{name}` has no message `{id}`");
        }
    }
    Ok(set)
}

/// Accepts the current English of set `name` (all units, or `ids`) in every
/// locale but the source; records the decision in each locale's record.
pub fn write_keep(
    root: &Path,
    site: &crate::Site,
    name: &str,
    ids: &[String],
) -> anyhow::Result<Vec<(FileResult, usize)>> {
    let sources = sources_for_update(site)?;
    let set = named_set(&sources, name, ids)?;
    let mut results = Vec::new();
    for catalog in targets(site, &[])? {
        let before = parsed_record(catalog)?;
        let mut record = before.clone();
        let n_kept = keep(set, ids, &mut record);
        let record_path = super::record::path(&catalog.locale.code);
        results.push((write_record(root, &record_path, &before, &record)?, n_kept));
    }
    Ok(results)
}

/// What `confirm` and `allow-identical` change: one locale's record.
pub enum RecordEdit {
    /// Confirm suggestions (of the file, or of all files when `name` is
    /// `None`).
    Confirm,
    /// Allow these translations to equal the English.
    AllowIdentical,
}

/// Confirms suggestions, or allows identical translations, in one locale:
/// in file `name` (all files when `None`, for confirming) for `ids` (all
/// when empty, for confirming). Returns the record file and how many
/// translations changed.
pub fn write_record_edit(
    root: &Path,
    site: &crate::Site,
    locale: &str,
    name: Option<&str>,
    ids: &[String],
    edit: RecordEdit,
) -> anyhow::Result<(FileResult, usize)> {
    let sources = sources_for_update(site)?;
    let catalog = targets(site, &[locale.to_string()])?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow::anyhow!("`{locale}` is not a locale in site.yaml"))?;
    let sets: Vec<&UnitSet> = match name {
        Some(name) => vec![named_set(&sources, name, ids)?],
        None => sources.sets().collect(),
    };
    let before = parsed_record(catalog)?;
    let mut record = before.clone();
    let mut n_changed = 0;
    for set in sets {
        let (path, text) = catalog.translation_text(set);
        let Some(text) = text else {
            anyhow::ensure!(name.is_none(), "{} does not exist yet", path.display());
            continue;
        };
        match edit {
            RecordEdit::Confirm => n_changed += confirm(text, set, ids, &mut record),
            RecordEdit::AllowIdentical => {
                let missing = allow_identical(text, set, ids, &mut record);
                anyhow::ensure!(
                    missing.is_empty(),
                    "{} has no translation for {}",
                    path.display(),
                    missing.join(", ")
                );
                n_changed += ids.len();
            }
        }
    }
    let record_path = super::record::path(locale);
    Ok((write_record(root, &record_path, &before, &record)?, n_changed))
}

fn targets<'a>(site: &'a crate::Site, locales: &[String]) -> anyhow::Result<Vec<&'a super::Catalog>> {
    for code in locales {
        if !site.catalogs.iter().any(|catalog| &catalog.locale.code == code) {
            anyhow::bail!("`{code}` is not a locale in site.yaml");
        }
        if code == &site.config.source_locale {
            anyhow::bail!("`{code}` is the source locale: it is written in content/, not translated");
        }
    }
    Ok(site
        .catalogs
        .iter()
        .map(AsRef::as_ref)
        .filter(|catalog| catalog.locale.code != site.config.source_locale)
        .filter(|catalog| locales.is_empty() || locales.contains(&catalog.locale.code))
        .collect())
}

fn write_record(
    root: &std::path::Path,
    path: &std::path::Path,
    before: &Record,
    after: &Record,
) -> anyhow::Result<FileResult> {
    let written = before != after;
    if written {
        write_atomically(&root.join(path), &super::record::serialize(after)?)?;
    }
    Ok(FileResult {
        path: path.to_path_buf(),
        changes: Changes::default(),
        written,
    })
}

fn write_atomically(path: &std::path::Path, text: &str) -> anyhow::Result<()> {
    use anyhow::Context as _;
    let folder = path.parent().context("a translation file has no folder")?;
    std::fs::create_dir_all(folder).with_context(|| format!("could not create {}", folder.display()))?;
    let temporary = folder.join(format!(
        ".{}.signpost-{}",
        path.file_name()
            .map(|name| name.to_string_lossy().to_string())
            .unwrap_or_default(),
        std::process::id()
    ));
    std::fs::write(&temporary, text).with_context(|| format!("could not write {}", temporary.display()))?;
    std::fs::rename(&temporary, path).with_context(|| format!("could not replace {}", path.display()))
}

/// Writes one locale's translations (every translation file, or only
/// `name`) as XLIFF 1.2 into `out`. Returns how many units it holds.
pub fn write_export(
    site: &crate::Site,
    locale: &str,
    name: Option<&str>,
    out: &Path,
) -> anyhow::Result<usize> {
    let sources = sources_for_update(site)?;
    let catalog = targets(site, &[locale.to_string()])?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow::anyhow!("`{locale}` is not a locale in site.yaml"))?;
    let sets: Vec<&UnitSet> = match name {
        Some(name) => vec![named_set(&sources, name, &[])?],
        None => sources.sets().collect(),
    };
    let record = parsed_record(catalog)?;
    let checks: Vec<super::gate::SetCheck> = sets
        .iter()
        .map(|set| super::gate::check_set(catalog, set, &site.registry))
        .collect();
    let mut files = Vec::new();
    for (set, check) in sets.iter().zip(&checks) {
        let (path, text) = catalog.translation_text(set);
        let messages = ftl::Messages::parse(text.unwrap_or_default());
        let values = messages
            .blocks
            .iter()
            .zip(&messages.values)
            .map(|(block, value)| (block.id.clone(), value.clone()))
            .collect();
        let mut was = BTreeMap::new();
        let mut suggested = Vec::new();
        for (unit, state) in set.units.iter().zip(&check.states) {
            if let Some(entry) = record.entry(&set.name, &unit.id) {
                if *state == super::gate::UnitState::Stale {
                    was.insert(unit.id.clone(), entry.english.clone());
                }
                if entry.suggested {
                    suggested.push(unit.id.clone());
                }
            }
        }
        files.push(super::xliff::FileExport {
            original: path.to_string_lossy().replace('\\', "/"),
            set,
            check,
            values,
            was,
            suggested,
        });
    }
    let xml = super::xliff::export(&site.config.source_locale, locale, &files);
    write_atomically(out, &xml)?;
    Ok(files.iter().map(|file| file.set.units.len()).sum())
}

/// What an import did with each unit.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// (file, id) of every unit whose translation changed.
    pub changed: Vec<(String, String)>,
    /// (file, id, why) of every unit refused.
    pub refused: Vec<(String, String, String)>,
    pub unchanged: usize,
    /// The locales whose files were written.
    pub locales: Vec<String>,
}

/// Reads an XLIFF file made by `write_export` (and edited in a CAT tool)
/// and writes its translations into the locale files and the record. A
/// unit whose protected elements were altered is refused; nothing else of
/// its file is lost. A file with no edits changes nothing. A file that
/// cannot be read as XLIFF is a finding at its line (`Ok(Err(_))`), and
/// nothing is written.
pub fn write_import(
    root: &Path,
    site: &crate::Site,
    xliff_path: &Path,
) -> anyhow::Result<Result<ImportReport, Diagnostic>> {
    let bytes = std::fs::read(xliff_path)
        .map_err(|error| anyhow::anyhow!("could not read {}: {error}", xliff_path.display()))?;
    let xml = match crate::project::decode_any_size(xliff_path, &bytes) {
        Ok(xml) => xml,
        Err(diagnostic) => return Ok(Err(diagnostic)),
    };
    let units = match super::xliff::read(&xml) {
        Ok(units) => units,
        Err(error) => {
            let offset = usize::try_from(error.offset).unwrap_or(usize::MAX).min(xml.len());
            let offset = (0..=offset)
                .rev()
                .find(|at| xml.is_char_boundary(*at))
                .unwrap_or(0);
            return Ok(Err(Diagnostic::error(
                "xliff/unreadable",
                crate::diag::Span::at_offset(xliff_path, &xml, offset),
                error.message,
            )
            .with_help("import the file as the CAT tool saved it, or export it again and redo the edit")
            .with_excerpt_from(&xml)));
        }
    };
    let sources = sources_for_update(site)?;
    let mut report = ImportReport::default();
    // (locale, set name) → id → new value.
    let mut edits: BTreeMap<(String, String), BTreeMap<String, String>> = BTreeMap::new();
    for unit in &units {
        let name = Path::new(&unit.original)
            .file_stem()
            .map(|stem| stem.to_string_lossy().to_string())
            .unwrap_or_default();
        let Some(set) = sources.set(&name) else {
            report.refused.push((
                unit.original.clone(),
                unit.id.clone(),
                "no such translation file".into(),
            ));
            continue;
        };
        let Some(source_unit) = set.get(&unit.id) else {
            report.refused.push((
                unit.original.clone(),
                unit.id.clone(),
                "no such message in the English".into(),
            ));
            continue;
        };
        if !unit.has_target {
            continue;
        }
        match super::xliff::value_of(unit, &source_unit.english) {
            Ok(value) => {
                edits
                    .entry((unit.target_language.clone(), name))
                    .or_default()
                    .insert(unit.id.clone(), value);
            }
            Err(why) => report.refused.push((unit.original.clone(), unit.id.clone(), why)),
        }
    }
    let mut records: BTreeMap<String, (Record, Record)> = BTreeMap::new();
    for ((locale, name), values) in &edits {
        let catalog = targets(site, std::slice::from_ref(locale))?
            .into_iter()
            .next()
            .ok_or_else(|| anyhow::anyhow!("`{locale}` is not a locale in site.yaml"))?;
        let set = named_set(&sources, name, &[])?;
        if !records.contains_key(locale) {
            let record = parsed_record(catalog)?;
            records.insert(locale.clone(), (record.clone(), record));
        }
        let Some((_, record)) = records.get_mut(locale) else {
            continue;
        };
        let (path, existing) = catalog.translation_text(set);
        let current = ftl::Messages::parse(existing.unwrap_or_default());
        let changed: BTreeMap<&str, &str> = values
            .iter()
            .filter(|(id, value)| current.value(id) != Some(value.as_str()))
            .map(|(id, value)| (id.as_str(), value.as_str()))
            .collect();
        report.unchanged += values.len() - changed.len();
        if changed.is_empty() {
            continue;
        }
        let renamed = sources
            .pages
            .iter()
            .find(|page| page.units.name == set.name)
            .map_or(&[][..], |page| page.renamed.as_slice());
        let (skeleton, _) = update_file(existing, set, renamed, record, locale, false, &Suggestions::new());
        let edited = set_values(&skeleton, &changed);
        let (text, _) = update_file(
            Some(&edited),
            set,
            &[],
            record,
            locale,
            false,
            &Suggestions::new(),
        );
        write_atomically(&root.join(&path), &text)?;
        report.changed.extend(
            changed
                .keys()
                .map(|id| (path.to_string_lossy().to_string(), id.to_string())),
        );
        if !report.locales.contains(locale) {
            report.locales.push(locale.clone());
        }
    }
    for (locale, (before, after)) in &records {
        write_record(root, &super::record::path(locale), before, after)?;
    }
    Ok(Ok(report))
}

/// `text` with the value of each message in `values` replaced (the message
/// must exist; its continuation lines go too).
fn set_values(text: &str, values: &BTreeMap<&str, &str>) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let blocks = ftl::blocks(text);
    let mut out = Vec::with_capacity(lines.len());
    let mut index = 0;
    for block in &blocks {
        let Some(value) = values.get(block.id.as_str()) else {
            continue;
        };
        out.extend(lines[index..block.id_line].iter().map(|line| line.to_string()));
        let mut value_lines = value.lines();
        out.push(format!(
            "{} = {}",
            block.id,
            value_lines.next().unwrap_or_default()
        ));
        out.extend(value_lines.map(|line| format!("    {line}")));
        index = block.end;
    }
    out.extend(lines[index..].iter().map(|line| line.to_string()));
    let mut joined = out.join("\n");
    joined.push('\n');
    joined
}
