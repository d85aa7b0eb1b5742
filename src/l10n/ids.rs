//! Message ids that survive edits. A page unit's id is made once, from
//! where it is and what it says (`signs-in-adults--not-have-their-freedom`),
//! and kept in the page's base file (`locales/en/<slug>.ftl`). When the
//! English changes, each unit is matched to the base file's units: the
//! same English keeps its id wherever it moved; a unit that changed in
//! place (between the same neighbours) keeps the id of the one it
//! replaces, so its translations become stale rather than lost; only
//! inserted units get new ids. So inserting, deleting or moving a
//! paragraph, item, row or section never changes another unit's id.
//!
//! Before base files existed, ids were positional (`signs-in-adults--li3`,
//! see `units::segment`); `assign` without a base file makes fresh ids, and
//! the caller maps the positional ones onto them (`l10n update` migrates).

use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::Hasher as _;

use super::ftl::Messages;
use super::units::{Unit, UnitKind};

/// Words of the English kept in an id.
const ID_WORDS: usize = 4;
/// The longest the words part of an id gets.
const ID_WORDS_LENGTH: usize = 40;
/// Two texts this alike (shared words over all words) are one unit edited.
const SAME_UNIT_SIMILARITY: f64 = 0.5;

/// The title and summary have fixed ids.
pub const TITLE_ID: &str = "page-title";
pub const SUMMARY_ID: &str = "page-summary";

/// The id of each of `units` (same order): matched against `base` (the
/// page's base file) where it has them, made fresh otherwise.
pub fn assign(units: &[Unit], base: Option<&Messages>) -> Vec<String> {
    let mut ids: Vec<Option<String>> = units
        .iter()
        .map(|unit| match unit.kind {
            UnitKind::Title => Some(TITLE_ID.to_string()),
            UnitKind::Summary => Some(SUMMARY_ID.to_string()),
            _ => None,
        })
        .collect();
    let mut taken: HashSet<String> = [TITLE_ID, SUMMARY_ID].iter().map(|id| id.to_string()).collect();
    if let Some(base) = base {
        match_base(units, base, &mut ids);
        taken.extend(base.blocks.iter().map(|block| block.id.clone()));
    }
    let mut assigned: Vec<String> = Vec::with_capacity(units.len());
    for (index, unit) in units.iter().enumerate() {
        let id = match ids[index].take() {
            Some(id) => id,
            None => {
                let section = unit
                    .section_unit
                    .and_then(|heading| assigned.get(heading))
                    .map(String::as_str);
                unique(fresh_id(unit, section), &mut taken)
            }
        };
        taken.insert(id.clone());
        assigned.push(id);
    }
    assigned
}

/// One entry of a base file, as the matching sees it.
struct BaseUnit<'a> {
    id: &'a str,
    english: &'a str,
    is_heading: bool,
}

fn is_heading(unit: &Unit) -> bool {
    unit.kind == UnitKind::Heading
}

/// Fills `ids` for the units the base file has: first every unit whose
/// English is unchanged (in order, wherever it is now), then, between two
/// matched neighbours, units that changed in place.
fn match_base(units: &[Unit], base: &Messages, ids: &mut [Option<String>]) {
    let entries: Vec<BaseUnit<'_>> = base
        .blocks
        .iter()
        .zip(&base.values)
        .filter(|(block, _)| block.id != TITLE_ID && block.id != SUMMARY_ID && !block.id.starts_with('-'))
        .map(|(block, value)| BaseUnit {
            id: &block.id,
            english: value,
            // Heading ids have no `--`: the base file's own shape tells.
            is_heading: !block.id.contains("--"),
        })
        .collect();
    let mut used = vec![false; entries.len()];
    // Where each matched unit is in the base file.
    let mut base_index: Vec<Option<usize>> = vec![None; units.len()];
    let mut by_english: HashMap<(&str, bool), VecDeque<usize>> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        by_english
            .entry((entry.english, entry.is_heading))
            .or_default()
            .push_back(index);
    }
    for (index, unit) in units.iter().enumerate() {
        if ids[index].is_some() {
            continue;
        }
        if let Some(found) = by_english
            .get_mut(&(unit.english.as_str(), is_heading(unit)))
            .and_then(VecDeque::pop_front)
        {
            used[found] = true;
            base_index[index] = Some(found);
            ids[index] = Some(entries[found].id.to_string());
        }
    }
    // Runs of unmatched units between matched neighbours.
    let mut index = 0;
    while index < units.len() {
        if ids[index].is_some() {
            index += 1;
            continue;
        }
        let start = index;
        while index < units.len() && ids[index].is_none() {
            index += 1;
        }
        let before = (0..start).rev().find_map(|i| base_index[i]);
        let after = (index..units.len()).find_map(|i| base_index[i]);
        let low = before.map_or(0, |b| b + 1);
        let high = after.unwrap_or(entries.len());
        if low > high {
            continue; // the neighbours moved: these units are new
        }
        let candidates: Vec<usize> = (low..high).filter(|j| !used[*j]).collect();
        let run: Vec<usize> = (start..index).collect();
        pair_in_gap(units, &entries, &run, &candidates, &mut used, ids);
    }
}

/// Pairs the unmatched units of one gap with the base units left there: a
/// single unit for a single one of the same kind is the same unit edited;
/// otherwise each unit takes the most alike one, in order, if alike enough.
fn pair_in_gap(
    units: &[Unit],
    entries: &[BaseUnit<'_>],
    run: &[usize],
    candidates: &[usize],
    used: &mut [bool],
    ids: &mut [Option<String>],
) {
    if let ([unit], [candidate]) = (run, candidates)
        && entries[*candidate].is_heading == is_heading(&units[*unit])
    {
        used[*candidate] = true;
        ids[*unit] = Some(entries[*candidate].id.to_string());
        return;
    }
    let mut last_paired: Option<usize> = None;
    for &unit in run {
        let best = candidates
            .iter()
            .copied()
            .filter(|j| !used[*j] && last_paired.is_none_or(|last| *j > last))
            .filter(|j| entries[*j].is_heading == is_heading(&units[unit]))
            .map(|j| (j, similarity(&units[unit].english, entries[j].english)))
            .filter(|(_, score)| *score >= SAME_UNIT_SIMILARITY)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        if let Some((j, _)) = best {
            used[j] = true;
            last_paired = Some(j);
            ids[unit] = Some(entries[j].id.to_string());
        }
    }
}

/// Shared words over all words of two texts (0 to 1).
fn similarity(a: &str, b: &str) -> f64 {
    let words = |text: &str| -> HashSet<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let all = a.union(&b).count();
    if all == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / all as f64
}

/// A new id for `unit`: a heading's own slug, or its section's id and the
/// first words of its English.
fn fresh_id(unit: &Unit, section: Option<&str>) -> String {
    if unit.kind == UnitKind::Heading {
        return unit.id.clone(); // `segment` makes it from the heading slug
    }
    let section = section.unwrap_or("intro");
    let words = id_words(&unit.english);
    let words = if words.is_empty() {
        let mut hasher = fnv::FnvHasher::default();
        hasher.write(unit.english.as_bytes());
        let prefix = match unit.kind {
            UnitKind::ListItem => "li",
            UnitKind::TableCell => "cell",
            _ => "p",
        };
        format!("{prefix}-{:06x}", hasher.finish() & 0xFF_FFFF)
    } else {
        words
    };
    format!("{section}--{words}")
}

/// The first words of a Fluent value, lowercase ASCII, hyphen-joined:
/// placeables, link targets and Markdown punctuation left out.
fn id_words(english: &str) -> String {
    let mut text = String::with_capacity(english.len());
    let mut depth = 0usize;
    for c in english.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let mut words: Vec<String> = Vec::new();
    let mut length = 0;
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let word = word.to_ascii_lowercase();
        if length + word.len() > ID_WORDS_LENGTH && !words.is_empty() {
            break;
        }
        length += word.len() + 1;
        words.push(word);
        if words.len() == ID_WORDS {
            break;
        }
    }
    words.join("-")
}

/// `id`, or `id-2`, `id-3`… if it is taken.
fn unique(id: String, taken: &mut HashSet<String>) -> String {
    if !taken.contains(&id) {
        return id;
    }
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn units(body: &str) -> Vec<Unit> {
        let source = format!(
            "---\ntitle: T\nsummary: S\nslug: s\napplies_to: england\nlast_reviewed: 2026-01-01\n---\n{body}"
        );
        let page =
            crate::content::parse_page(Path::new("content/s.md"), source.as_bytes()).expect("valid page");
        super::super::units::segment(&page, &crate::markdown::parse(&page.source, page.body_start))
    }

    /// A base file giving `ids` to `units`.
    fn base(units: &[Unit], ids: &[String]) -> Messages {
        let text: String = units
            .iter()
            .zip(ids)
            .map(|(unit, id)| format!("{id} = {}\n", unit.english))
            .collect();
        Messages::parse(&text)
    }

    const PAGE: &str = "Intro [here](https://e.org/).\n\n## Signs in adults\n\n- not have their freedom\n- get little pay\n- be afraid\n\n## Who to contact\n\nCall <tel:police>.\n";

    // Protects readable fresh ids: section and first words, fixed ids for
    // title and summary, placeables left out.
    #[test]
    fn fresh_ids_say_where_and_what() {
        let page = units(PAGE);
        assert_eq!(
            assign(&page, None),
            [
                "page-title",
                "page-summary",
                "intro--intro-here",
                "signs-in-adults",
                "signs-in-adults--not-have-their-freedom",
                "signs-in-adults--get-little-pay",
                "signs-in-adults--be-afraid",
                "who-to-contact",
                "who-to-contact--call",
            ]
        );
    }

    // Protects the point of base files: inserting, deleting, moving and
    // editing units never changes another unit's id; an edit in place
    // keeps the unit's own id (so its translation becomes stale).
    #[test]
    fn ids_survive_insertion_deletion_moves_and_edits() {
        let before = units(PAGE);
        let ids = assign(&before, None);
        let base = base(&before, &ids);
        let id_of = |units: &[Unit], ids: &[String], english: &str| -> String {
            let index = units
                .iter()
                .position(|unit| unit.english == english)
                .unwrap_or_else(|| panic!("no unit {english}"));
            ids[index].clone()
        };
        let cases = [
            PAGE.replace("- not have", "- a new first item\n- not have"),
            PAGE.replace("- get little pay\n", ""),
            PAGE.replace("- be afraid\n", "")
                .replace("- not have", "- be afraid\n- not have"),
            PAGE.replace("## Who to contact\n\nCall <tel:police>.\n", "")
                .replace("Intro", "## Who to contact\n\nCall <tel:police>.\n\nIntro"),
        ];
        for case in &cases {
            let after = units(case);
            let new_ids = assign(&after, Some(&base));
            for english in [
                "not have their freedom",
                "be afraid",
                "Signs in adults",
                "Call { $police }.",
            ] {
                assert_eq!(
                    id_of(&after, &new_ids, english),
                    id_of(&before, &ids, english),
                    "{english} in {case}"
                );
            }
        }
        let edited = units(&PAGE.replace("get little pay", "get very little pay"));
        assert_eq!(
            id_of(&edited, &assign(&edited, Some(&base)), "get very little pay"),
            "signs-in-adults--get-little-pay"
        );
        let inserted = units(&PAGE.replace("- be afraid", "- be afraid\n- be afraid of the police"));
        let inserted_ids = assign(&inserted, Some(&base));
        assert_eq!(
            id_of(&inserted, &inserted_ids, "be afraid of the police"),
            "signs-in-adults--be-afraid-of-the"
        );
    }

    // Protects uniqueness: the same words twice get numbered ids.
    #[test]
    fn repeated_words_get_numbered_ids() {
        let page = units("- same text\n- same text\n- 10 ✓\n");
        let ids = assign(&page, None);
        assert_eq!(ids[2..4], ["intro--same-text", "intro--same-text-2"]);
        assert!(ids[4].starts_with("intro--10"), "{ids:?}");
    }
}
