//! `signpost l10n update` and `signpost l10n keep`: bring translation files
//! in line with the English without losing a translator's work. Missing
//! messages are added (empty, with the English beside them), moved English
//! units are re-keyed, stale ones get the old English beside them, and
//! obsolete ones move to a marked section (deleted only with `--prune`).
//! The translator's own comments and order are kept. The record of which
//! English each translation was made from is updated alongside.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::ftl;
use super::record::{Record, fingerprint};
use super::sources::{SourceUnit, UnitSet};

const EN: &str = "# en: ";
const EN_MORE: &str = "# en+ ";
const WAS: &str = "# was: ";
const WAS_MORE: &str = "# was+ ";
const PLACEABLE: &str = "# $";
const OBSOLETE_HEADER: &str =
    "## Obsolete: no longer in the English. Run `signpost l10n update --prune` to delete.";

/// What an update did to one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub added: usize,
    pub rekeyed: usize,
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

fn is_managed(line: &str) -> bool {
    [EN, EN_MORE, WAS, WAS_MORE, PLACEABLE]
        .iter()
        .any(|prefix| line.starts_with(prefix))
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

/// The English a translation was made from: the record, else its comment.
fn recorded_english(record: &Record, file: &str, chunk: &Chunk) -> Option<String> {
    let id = chunk.id.as_deref()?;
    if let Some(entry) = record.entry(file, id) {
        return Some(entry.english.clone());
    }
    let mut english: Option<String> = None;
    for line in &chunk.lines {
        if let Some(text) = line.strip_prefix(EN) {
            english = Some(text.to_string());
        } else if let (Some(text), Some(so_far)) = (line.strip_prefix(EN_MORE), english.as_mut()) {
            so_far.push('\n');
            so_far.push_str(text);
        }
    }
    english
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

fn is_empty_value(value: &str) -> bool {
    value.replace("{\"\"}", "").trim().is_empty()
}

/// Updates one translation file (its current text, if any) for `set`.
/// Returns the new text and what changed; `record` is updated in place.
pub fn update_file(
    existing: Option<&str>,
    set: &UnitSet,
    record: &mut Record,
    locale: &str,
    prune: bool,
) -> (String, Changes) {
    let mut changes = Changes::default();
    let mut chunks = existing.map(chunks).unwrap_or_default();
    let unit_ids: BTreeSet<&str> = set.units.iter().map(|unit| unit.id.as_str()).collect();

    // Re-key translations whose English unit moved to another id (an
    // inserted paragraph shifts the numbers after it). A message stays where
    // its recorded English still is; otherwise it follows that English.
    let recorded: Vec<Option<String>> = chunks
        .iter()
        .map(|chunk| recorded_english(record, &set.name, chunk))
        .collect();
    let is_anchored = |chunk: &Chunk, english: &Option<String>| {
        let unit = chunk.id.as_deref().and_then(|id| set.get(id));
        match (unit, english) {
            (Some(unit), Some(english)) => &unit.english == english,
            (Some(_), None) => true,
            (None, _) => false,
        }
    };
    let mut taken: BTreeSet<String> = chunks
        .iter()
        .zip(&recorded)
        .filter(|(chunk, english)| is_anchored(chunk, english))
        .filter_map(|(chunk, _)| chunk.id.clone())
        .collect();
    // English text → the units with it, in order.
    let mut units_by_english: HashMap<&str, Vec<&str>> = HashMap::new();
    for unit in &set.units {
        units_by_english
            .entry(unit.english.as_str())
            .or_default()
            .push(unit.id.as_str());
    }
    let mut renames: Vec<(usize, String)> = Vec::new();
    for (index, (chunk, english)) in chunks.iter().zip(&recorded).enumerate() {
        let (Some(id), Some(english)) = (&chunk.id, english) else {
            continue;
        };
        if id.starts_with('-') || is_anchored(chunk, &Some(english.clone())) {
            continue;
        }
        let free = units_by_english
            .get(english.as_str())
            .and_then(|ids| ids.iter().find(|id| !taken.contains(**id)));
        if let Some(new_id) = free {
            taken.insert(new_id.to_string());
            renames.push((index, new_id.to_string()));
        }
    }
    let targets: BTreeSet<&str> = renames.iter().map(|(_, id)| id.as_str()).collect();
    let moving: HashSet<usize> = renames.iter().map(|(index, _)| *index).collect();
    let mut displaced = Vec::new();
    for (index, chunk) in chunks.iter().enumerate() {
        let moving = moving.contains(&index);
        if let Some(id) = &chunk.id
            && !moving
            && targets.contains(id.as_str())
        {
            displaced.push((index, format!("{id}--obsolete")));
        }
    }
    let mut moved_entries = Vec::new();
    for (index, new_id) in renames.iter().chain(&displaced) {
        let chunk = &mut chunks[*index];
        let Some(old_id) = chunk.id.clone() else { continue };
        for line in &mut chunk.lines {
            if ftl::entry_id(line).as_deref() == Some(old_id.as_str()) {
                *line = format!("{new_id}{}", &line[old_id.len()..]);
                break;
            }
        }
        if let Some(entry) = record
            .files
            .get_mut(&set.name)
            .and_then(|entries| entries.remove(&old_id))
        {
            moved_entries.push((new_id.clone(), entry));
        }
        chunk.id = Some(new_id.clone());
    }
    changes.rekeyed = renames.len();
    for (new_id, entry) in moved_entries {
        record
            .files
            .entry(set.name.clone())
            .or_default()
            .insert(new_id, entry);
    }

    // Refresh the managed comments of every current message.
    let source_now = render(&chunks);
    let messages = ftl::Messages::parse(&source_now);
    let values: BTreeMap<String, String> = messages
        .blocks
        .iter()
        .zip(&messages.values)
        .map(|(block, value)| (block.id.clone(), value.clone()))
        .collect();
    for chunk in &mut chunks {
        let Some(unit) = chunk.id.as_deref().and_then(|id| set.get(id)) else {
            continue;
        };
        let value = values.get(&unit.id).cloned().unwrap_or_default();
        let stale_from = match record.entry(&set.name, &unit.id) {
            Some(entry) if entry.english != unit.english && entry.translation == fingerprint(&value) => {
                changes.stale += 1;
                Some(entry.english.clone())
            }
            _ => None,
        };
        let kept: Vec<String> = chunk
            .lines
            .iter()
            .filter(|line| !is_managed(line))
            .cloned()
            .collect();
        let mut lines = managed_comments(unit, stale_from.as_deref());
        lines.extend(kept);
        chunk.lines = lines;
    }

    // Split off obsolete messages (and any previous obsolete header).
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
    let mut previous_section: Option<&str> = None;
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
        lines.push(format!("{} = {{\"\"}}", unit.id));
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
    record_translations(&text, set, record);
    (text, changes)
}

/// Records every non-empty translation that is current or re-translated.
fn record_translations(text: &str, set: &UnitSet, record: &mut Record) {
    let messages = ftl::Messages::parse(text);
    for (block, value) in messages.blocks.iter().zip(&messages.values) {
        let Some(unit) = set.get(&block.id) else { continue };
        if is_empty_value(value) {
            continue;
        }
        let refresh = match record.entry(&set.name, &unit.id) {
            None => true,
            Some(entry) => entry.english == unit.english || entry.translation != fingerprint(value),
        };
        if refresh {
            record.set(&set.name, &unit.id, &unit.english, value);
        }
    }
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
    use std::path::PathBuf;

    fn unit(id: &str, english: &str) -> SourceUnit {
        SourceUnit {
            id: id.into(),
            english: english.into(),
            variables: Default::default(),
            placeables: Default::default(),
            kind: None,
            section: String::new(),
            range: 0..0,
        }
    }

    fn set(units: Vec<SourceUnit>) -> UnitSet {
        UnitSet::new("page".into(), PathBuf::from("content/page.md"), units, Some(0))
    }

    // Protects a new file: every unit present, empty, with its English.
    #[test]
    fn creates_missing_messages_with_the_english() {
        let mut record = Record::default();
        let (text, changes) = update_file(
            None,
            &set(vec![unit("a", "Hello"), unit("b", "Bye")]),
            &mut record,
            "pl",
            false,
        );
        assert_eq!(changes.added, 2);
        assert!(text.contains("# en: Hello\na = {\"\"}\n"), "{text}");
        assert!(text.contains("# en: Bye\nb = {\"\"}\n"), "{text}");
        assert!(record.files.is_empty(), "empty translations are not recorded");
    }

    // Protects the translator's work: own comments and order survive, and
    // an inserted English paragraph re-keys the ones after it.
    #[test]
    fn keeps_comments_and_order_and_rekeys_moved_units() {
        let mut record = Record::default();
        record.set("page", "p1", "First", "Pierwszy");
        record.set("page", "p2", "Second", "Drugi");
        let existing = "# my note\n# en: Second\np2 = Drugi\n\n# en: First\np1 = Pierwszy\n";
        let units = vec![unit("p1", "First"), unit("p2", "New"), unit("p3", "Second")];
        let (text, changes) = update_file(Some(existing), &set(units), &mut record, "pl", false);
        assert_eq!(changes.rekeyed, 1);
        assert_eq!(changes.added, 1);
        assert_eq!(
            text,
            "# en: Second\n# my note\np3 = Drugi\n\n# en: First\np1 = Pierwszy\n\n# en: New\np2 = {\"\"}\n"
        );
        assert_eq!(
            record.entry("page", "p3").map(|e| e.english.as_str()),
            Some("Second")
        );
    }

    // Protects staleness marks and obsolete handling (kept, or pruned).
    #[test]
    fn marks_stale_and_moves_obsolete() {
        let mut record = Record::default();
        record.set("page", "a", "Old", "Stary");
        let existing = "a = Stary\ngone = Zniknął\n";
        let (text, changes) = update_file(
            Some(existing),
            &set(vec![unit("a", "New")]),
            &mut record,
            "pl",
            false,
        );
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
        let (pruned, changes) =
            update_file(Some(&text), &set(vec![unit("a", "New")]), &mut record, "pl", true);
        assert_eq!(changes.pruned, 1);
        assert!(
            !pruned.contains("gone") && !pruned.contains("Obsolete"),
            "{pruned}"
        );
        let retranslated = pruned.replace("a = Stary", "a = Nowy");
        let (text, changes) = update_file(
            Some(&retranslated),
            &set(vec![unit("a", "New")]),
            &mut record,
            "pl",
            false,
        );
        assert_eq!(changes.stale, 0);
        assert!(!text.contains("# was:"));
        assert_eq!(record.entry("page", "a").map(|e| e.english.as_str()), Some("New"));
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
    pub path: std::path::PathBuf,
    pub changes: Changes,
    pub written: bool,
}

/// Runs `update_file` for every unit set of each named locale (all but the
/// source when none are named) and writes what changed, each file through
/// a temporary file and a rename so an interrupted run leaves no half file.
pub fn write_updates(
    root: &std::path::Path,
    site: &crate::Site,
    locales: &[String],
    prune: bool,
) -> anyhow::Result<Vec<FileResult>> {
    let Some(source_catalog) = site.source_catalog() else {
        anyhow::bail!("the source locale `{}` has no catalog", site.config.source_locale)
    };
    let (sources, _) = super::sources::load(Some(source_catalog), &site.registry, &site.pages);
    let mut results = Vec::new();
    for catalog in targets(site, locales)? {
        let before = parsed_record(catalog)?;
        let mut record = before.clone();
        for set in sources.sets() {
            let (path, existing) = catalog.translation_text(set);
            let (text, changes) = update_file(existing, set, &mut record, &catalog.locale.code, prune);
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
        let record_path = super::record::path(&catalog.locale.code);
        results.push(write_record(root, &record_path, &before, &record)?);
    }
    Ok(results)
}

/// The locale's whole record, or why it cannot be read.
fn parsed_record(catalog: &super::Catalog) -> anyhow::Result<Record> {
    catalog
        .record
        .parse_all()
        .map_err(|diagnostic| anyhow::anyhow!("{}", crate::diag::render_human(&[diagnostic]).trim_end()))
}

/// Accepts the current English of set `name` (all units, or `ids`) in every
/// locale but the source; records the decision in each locale's record.
pub fn write_keep(
    root: &std::path::Path,
    site: &crate::Site,
    name: &str,
    ids: &[String],
) -> anyhow::Result<Vec<(FileResult, usize)>> {
    let Some(source_catalog) = site.source_catalog() else {
        anyhow::bail!("the source locale `{}` has no catalog", site.config.source_locale)
    };
    let (sources, _) = super::sources::load(Some(source_catalog), &site.registry, &site.pages);
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
