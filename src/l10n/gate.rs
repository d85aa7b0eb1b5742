//! The translation gate: for every locale but the source, every unit of
//! every unit set must be translated, non-empty, current (not stale), use
//! exactly the English placeables, keep inline structure (every link keeps
//! its text and target), and contain no raw HTML, script or typed URL.
//! Findings for an unpublished locale are warnings: it is checked and
//! reported, but does not block the site.

use fluent_bundle::{FluentResource, FluentValue};
use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};
use rayon::prelude::*;

use super::record::{self, Freshness};
use super::sources::Sources;
use super::units::{SourceUnit, UnitSet};
use super::{Catalog, FtlFile, ftl};
use crate::content::contacts::Registry;
use crate::diag::{Diagnostic, Severity, Span};

/// Counts for `signpost l10n status`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct FileStatus {
    pub locale: String,
    pub file: String,
    pub total: usize,
    pub translated: usize,
    pub missing: usize,
    pub stale: usize,
    pub broken: usize,
    pub obsolete: usize,
    /// Pre-filled from an identical English and not yet confirmed.
    pub suggestions: usize,
}

impl FileStatus {
    /// Share of units that are translated, current and unbroken.
    pub fn percent_complete(&self) -> f64 {
        if self.total == 0 {
            return 100.0;
        }
        let good = self.translated.saturating_sub(self.stale + self.broken);
        100.0 * good as f64 / self.total as f64
    }
}

/// Where one unit's translation stands after the gate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitState {
    /// Translated, current and unbroken: the formatted text (Markdown with
    /// the placeables filled in, for page units).
    Good(String),
    /// No message, or an empty one.
    Missing,
    /// Translated from English that has changed since.
    Stale,
    /// Fails a check (placeables, structure, injection, references).
    Broken,
}

/// The gate's verdict on one translation file.
#[derive(Debug, Clone)]
pub struct SetCheck {
    pub status: FileStatus,
    /// Per unit of the set, in the same order.
    pub states: Vec<UnitState>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks every translation file of every locale but the source against
/// the English (locales and files in parallel). For `l10n status` and
/// `check`; the build checks page files while localizing them.
pub fn check_all(
    catalogs: &[&Catalog],
    sources: &Sources,
    registry: &Registry,
) -> (Vec<FileStatus>, Vec<Diagnostic>) {
    let sets: Vec<&UnitSet> = sources.sets().collect();
    let jobs: Vec<(&Catalog, &UnitSet)> = catalogs
        .iter()
        .flat_map(|catalog| sets.iter().map(move |set| (*catalog, *set)))
        .collect();
    let checks: Vec<SetCheck> = jobs
        .par_iter()
        .map(|(catalog, set)| check_set(catalog, set, registry))
        .collect();
    let mut statuses = Vec::with_capacity(checks.len());
    let mut diagnostics = Vec::new();
    for mut check in checks {
        statuses.push(check.status);
        diagnostics.append(&mut check.diagnostics);
    }
    (statuses, diagnostics)
}

/// How to format a message of this set in this locale.
enum Formatter<'a> {
    /// Interface and contacts units: the locale's whole catalog.
    Catalog(&'a Catalog),
    /// Page units: a bundle of the page file alone.
    Page(Box<fluent_bundle::concurrent::FluentBundle<&'a FluentResource>>),
}

impl Formatter<'_> {
    fn has(&self, id: &str) -> bool {
        match self {
            Formatter::Catalog(catalog) => catalog.has(id),
            Formatter::Page(bundle) => bundle.get_message(id).is_some_and(|m| m.value().is_some()),
        }
    }

    fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Result<String, super::FormatError> {
        match self {
            Formatter::Catalog(catalog) => catalog.format(id, args),
            Formatter::Page(bundle) => super::format_in(bundle, id, args),
        }
    }
}

/// Checks one translation file of `catalog` against the English `set`
/// (parsing it, for a page translation, and reading its part of the
/// record). Findings for an unpublished locale are warnings.
pub fn check_set(catalog: &Catalog, set: &UnitSet, registry: &Registry) -> SetCheck {
    let mut check = check_file(catalog, set, registry);
    if !catalog.locale.publish {
        for diagnostic in &mut check.diagnostics {
            diagnostic.severity = Severity::Warning;
        }
    }
    check
}

fn check_file(catalog: &Catalog, set: &UnitSet, registry: &Registry) -> SetCheck {
    let locale = &catalog.locale.code;
    let mut status = FileStatus {
        locale: locale.clone(),
        file: set.file_name(),
        total: set.units.len(),
        ..FileStatus::default()
    };
    let mut diagnostics = Vec::new();
    let parsed_page = if set.page_index.is_some() {
        catalog.page_files.get(&set.name).map(|text| {
            let (file, mut found) = text.parse();
            diagnostics.append(&mut found);
            diagnostics.extend(file.duplicate_ids(locale));
            file
        })
    } else {
        None
    };
    let file: Option<&FtlFile> = match &parsed_page {
        Some(file) => Some(file),
        None if set.page_index.is_none() => catalog.interface_file(&set.name),
        None => None,
    };
    let Some(file) = file else {
        status.missing = set.units.len();
        if !set.units.is_empty() {
            let path = catalog.dir().join(set.file_name());
            diagnostics.push(
                Diagnostic::error(
                    "l10n/missing-file",
                    Span::file(&path),
                    format!("{} messages of {} are not translated into `{locale}`", set.units.len(), set.origin.display()),
                )
                .with_help(format!("run `signpost l10n update {locale}` to create the file with the English beside each message")),
            );
        }
        return SetCheck {
            status,
            states: vec![UnitState::Missing; set.units.len()],
            diagnostics,
        };
    };
    let formatter = if set.page_index.is_some() {
        Formatter::Page(Box::new(catalog.page_bundle(file)))
    } else {
        Formatter::Catalog(catalog)
    };
    let recorded = match catalog.record.entries(&set.name) {
        Ok(entries) => entries,
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            record::Entries::new()
        }
    };
    if parsed_page.is_some() {
        // Interface files are scanned for typed numbers and hidden
        // characters with the other loaded files; a page translation is
        // scanned here, where it is parsed.
        let lookup = super::visible::Lookup::new(&[file]);
        diagnostics.extend(super::visible::check_file(file, &lookup, registry));
    }
    let allow_identical = &catalog.locale.allow_identical;
    let messages = &file.messages;
    let mut states = Vec::with_capacity(set.units.len());
    for unit in &set.units {
        let index = messages.index(&unit.id).filter(|_| formatter.has(&unit.id));
        let Some(index) = index else {
            status.missing += 1;
            states.push(UnitState::Missing);
            diagnostics.push(
                Diagnostic::error(
                    "l10n/missing",
                    Span::file(&file.path),
                    format!(
                        "`{}` is not translated (English: \"{}\")",
                        unit.id,
                        shorten(&unit.english)
                    ),
                )
                .with_help(format!(
                    "run `signpost l10n update {locale}` to add it with the English beside it"
                )),
            );
            continue;
        };
        let block = &messages.blocks[index];
        let span = Span {
            path: file.path.clone(),
            line: block.id_line + 1,
            column: 1,
        };
        let value = &messages.values[index];
        if is_blank_value(value) {
            status.missing += 1;
            states.push(UnitState::Missing);
            diagnostics.push(
                Diagnostic::error(
                    "l10n/empty",
                    span,
                    format!("`{}` is empty: it is not translated yet", unit.id),
                )
                .with_help("write the translation after `=`; the English is in the `# en:` comment above")
                .with_excerpt_from(file.source()),
            );
            continue;
        }
        status.translated += 1;
        let (formatted, mut problems) = check_unit(unit, value, &messages.references[index], &formatter);
        let stale = record::freshness(&recorded, &unit.id, &unit.english, value) == Freshness::Stale;
        if stale {
            status.stale += 1;
            let old = recorded
                .get(&unit.id)
                .map(|entry| entry.english.clone())
                .unwrap_or_default();
            diagnostics.push(
                Diagnostic::error(
                    "l10n/stale",
                    span.clone(),
                    format!(
                        "`{}` is stale: the English changed from \"{}\" to \"{}\" after it was translated",
                        unit.id,
                        shorten(&old),
                        shorten(&unit.english)
                    ),
                )
                .with_help(format!(
                    "update the translation; if the English change does not alter the meaning, run `signpost l10n keep {} {}`",
                    set.name, unit.id
                ))
                .with_excerpt_from(file.source())
                .about_unit_of(set, &unit.id),
            );
        }
        if !problems.is_empty() {
            status.broken += 1;
        }
        let entry = recorded.get(&unit.id);
        let allowed = entry.is_some_and(|entry| entry.same_as_english)
            || allow_identical.iter().any(|id| id == &unit.id);
        let identical = value == &unit.english && has_words_outside_placeables(&unit.english);
        if identical && problems.is_empty() && !allowed {
            diagnostics.push(
                Diagnostic::warning(
                    "l10n/identical",
                    span.clone(),
                    format!("`{}` is the same as the English", unit.id),
                )
                .with_help(format!(
                    "translate it, or if it is right in `{locale}` run `signpost l10n allow-identical {locale} {} {}`",
                    set.name, unit.id
                ))
                .with_excerpt_from(file.source()),
            );
        }
        if entry.is_some_and(|entry| entry.suggested && entry.translation == record::fingerprint(value))
            && !stale
        {
            status.suggestions += 1;
            diagnostics.push(
                Diagnostic::warning(
                    "l10n/suggestion",
                    span.clone(),
                    format!(
                        "`{}` was pre-filled from an identical English elsewhere in `{locale}` and is not confirmed yet",
                        unit.id
                    ),
                )
                .with_help(format!(
                    "check it in this page's context; if it is right run `signpost l10n confirm {locale} {} {}`, otherwise change it",
                    set.name, unit.id
                ))
                .with_excerpt_from(file.source()),
            );
        }
        states.push(match formatted {
            _ if !problems.is_empty() => UnitState::Broken,
            _ if stale => UnitState::Stale,
            Some(text) => UnitState::Good(text),
            None => UnitState::Broken,
        });
        for (code, message, help) in problems.drain(..) {
            let diagnostic = Diagnostic::error(code, span.clone(), format!("`{}`: {message}", unit.id))
                .with_help(help)
                .with_excerpt_from(file.source())
                .about_unit_of(set, &unit.id);
            diagnostics.push(diagnostic);
        }
    }
    for block in &messages.blocks {
        if !block.id.starts_with('-') && set.get(&block.id).is_none() {
            status.obsolete += 1;
            diagnostics.push(
                Diagnostic::warning(
                    "l10n/obsolete",
                    Span {
                        path: file.path.clone(),
                        line: block.id_line + 1,
                        column: 1,
                    },
                    format!("`{}` is no longer in {}", block.id, set.origin.display()),
                )
                .with_help(format!(
                    "run `signpost l10n update {locale} --prune` to remove obsolete messages"
                )),
            );
        }
    }
    SetCheck {
        status,
        states,
        diagnostics,
    }
}

type Problem = (&'static str, String, String);

/// Every problem of one translated unit, and the unit formatted with its
/// placeables filled in (when formatting got that far).
fn check_unit(
    unit: &SourceUnit,
    value: &str,
    references: &ftl::References,
    formatter: &Formatter<'_>,
) -> (Option<String>, Vec<Problem>) {
    let mut problems = Vec::new();
    let dropped: Vec<_> = unit.variables.difference(&references.variables).collect();
    let added: Vec<_> = references.variables.difference(&unit.variables).collect();
    if !dropped.is_empty() || !added.is_empty() {
        let list = |names: &[&String]| {
            names
                .iter()
                .map(|name| format!("{{ ${name} }}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut parts = Vec::new();
        if !dropped.is_empty() {
            parts.push(format!("drops {}", list(&dropped)));
        }
        if !added.is_empty() {
            parts.push(format!("adds {}", list(&added)));
        }
        problems.push((
            "l10n/placeables",
            format!("the placeables differ from the English: {}", parts.join(" and ")),
            "links and phone numbers are placeables: copy each { $name } exactly from the `# en:` line"
                .to_string(),
        ));
    }
    if let Some(found) = find_html(value) {
        problems.push((
            "l10n/raw-html",
            format!("raw HTML or script `{found}` is not allowed in a translation"),
            "write plain text; emphasis is *text* or **text**, links keep their { $linkN } placeable"
                .to_string(),
        ));
    }
    if let Some(found) = find_url(value) {
        problems.push((
            "l10n/typed-url",
            format!("an address `{found}` is typed into the translation"),
            "links come from the English page as { $linkN } placeables; use those".to_string(),
        ));
    }
    if problems.iter().any(|(code, _, _)| *code == "l10n/placeables") {
        // Formatting and link checks would only repeat the placeable problem.
        return (None, problems);
    }
    let args = unit_args(unit);
    match formatter.format(&unit.id, &args) {
        Err(reason) => {
            problems.push((
                "l10n/reference",
                reason.to_string(),
                "a translation may use only the English placeables and messages or terms that exist in this locale".to_string(),
            ));
            (None, problems)
        }
        Ok(text) if text.trim().is_empty() => {
            problems.push((
                "l10n/empty",
                "the translation is empty".to_string(),
                "write the translation after `=`; the English is in the `# en:` comment above".to_string(),
            ));
            (None, problems)
        }
        Ok(text) => {
            if unit.kind.page().is_some()
                && let Some(problem) = check_structure(unit, &text)
            {
                problems.push(problem);
            }
            (Some(text), problems)
        }
    }
}

/// The Fluent arguments of a unit: each placeable's value (a URL or
/// `<tel:ID>`, so a page unit formats to Markdown), `1` for interface
/// variables.
fn unit_args(unit: &SourceUnit) -> Vec<(&str, FluentValue<'_>)> {
    unit.variables
        .iter()
        .map(|name| {
            let value = unit.placeables.get(name).map_or("1", String::as_str);
            (name.as_str(), FluentValue::from(value))
        })
        .collect()
}

/// Whether a message value is empty or only `{""}` (what `l10n update`
/// writes for a message still to translate).
fn is_blank_value(value: &str) -> bool {
    let mut rest = value.trim();
    while let Some(after) = rest.strip_prefix("{\"\"}") {
        rest = after.trim_start();
    }
    rest.is_empty()
}

/// A page's units formatted from its translation file without the gate's
/// checks (for the pseudo-locale, whose messages are the English itself).
pub fn format_unchecked(catalog: &Catalog, set: &UnitSet) -> Vec<UnitState> {
    let Some(text) = catalog.page_files.get(&set.name) else {
        return vec![UnitState::Missing; set.units.len()];
    };
    let (file, _) = text.parse();
    let bundle = catalog.page_bundle(&file);
    set.units
        .iter()
        .map(
            |unit| match super::format_in(&bundle, &unit.id, &unit_args(unit)) {
                Ok(text) if !text.trim().is_empty() => UnitState::Good(text),
                _ => UnitState::Missing,
            },
        )
        .collect()
}

/// The links of a formatted page unit must be those of the English, each
/// with text, and phone placeables must still be phone links.
fn check_structure(unit: &SourceUnit, formatted: &str) -> Option<Problem> {
    // Without `[` or `<` there is no link in the Markdown (inline,
    // reference or autolink): nothing to compare when none is expected.
    if unit.placeables.is_empty() && !formatted.contains(['[', '<']) {
        return None;
    }
    let expected_links: Vec<&String> = unit
        .placeables
        .values()
        .filter(|value| !value.starts_with("<tel:"))
        .collect();
    let mut links: Vec<(String, String)> = Vec::new();
    let mut current: Option<(String, String)> = None;
    for event in Parser::new_ext(formatted, crate::markdown::options()) {
        match event {
            Event::Start(Tag::Link {
                dest_url, link_type, ..
            }) => {
                let text = if link_type == LinkType::Autolink {
                    dest_url.to_string()
                } else {
                    String::new()
                };
                current = Some((dest_url.to_string(), text));
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, link_text)) = current.as_mut() {
                    link_text.push_str(&text);
                }
            }
            Event::End(TagEnd::Link) => links.extend(current.take()),
            _ => {}
        }
    }
    let mut found_urls: Vec<&String> = links
        .iter()
        .map(|(url, _)| url)
        .filter(|url| !url.starts_with("tel:"))
        .collect();
    found_urls.sort();
    let mut expected_sorted = expected_links.clone();
    expected_sorted.sort();
    let tel_expected = unit
        .placeables
        .values()
        .filter(|value| value.starts_with("<tel:"))
        .count();
    let tel_found = links.iter().filter(|(url, _)| url.starts_with("tel:")).count();
    if found_urls != expected_sorted || tel_found != tel_expected {
        return Some((
            "l10n/structure",
            "the links do not match the English: each { $linkN } must stay the target of a [link text]( … ) and each phone placeable must stand on its own".to_string(),
            "compare the [ ]( ) brackets with the `# en:` line".to_string(),
        ));
    }
    if links.iter().any(|(_, text)| text.trim().is_empty()) {
        return Some((
            "l10n/structure",
            "a link has lost its text".to_string(),
            "put the translated link text between the [ ] brackets".to_string(),
        ));
    }
    None
}

/// The first HTML-looking tag, comment or script URL in `text`.
fn find_html(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    if let Some(index) = lower.find("javascript:") {
        return Some(text[index..].chars().take(20).collect());
    }
    let bytes = text.as_bytes();
    for (index, _) in text.match_indices('<') {
        let next = bytes.get(index + 1).copied().unwrap_or(b' ');
        if next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?' {
            let end = text[index..].find('>').map_or(text.len(), |end| index + end + 1);
            return Some(text[index..end].chars().take(40).collect());
        }
    }
    None
}

/// The first typed address (`https://…`, `www.…`, `mailto:…`) in `text`.
fn find_url(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    ["://", "www.", "mailto:"].iter().find_map(|marker| {
        let index = lower.find(marker)?;
        let start = lower[..index]
            .rfind(|c: char| c.is_whitespace() || c == '(')
            .map_or(0, |i| i + 1);
        Some(
            text[start..]
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string(),
        )
    })
}

/// Whether `text` has letters outside `{ … }` placeables (a message that
/// is only a placeable, or a date pattern, is the same in every language).
fn has_words_outside_placeables(text: &str) -> bool {
    let mut depth = 0usize;
    text.chars().any(|c| {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && c.is_alphabetic()
    })
}

fn shorten(text: &str) -> String {
    let short: String = text.chars().take(70).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects the injection checks: tags, comments, script URLs and typed
    // addresses are found; ordinary text and Markdown are not.
    #[test]
    fn finds_html_and_typed_urls() {
        assert_eq!(find_html("a <script>x</script>"), Some("<script>".to_string()));
        assert_eq!(find_html("a <!-- x -->"), Some("<!-- x -->".to_string()));
        assert_eq!(
            find_html("[x](JavaScript:alert(1))"),
            Some("JavaScript:alert(1))".to_string())
        );
        assert_eq!(find_html("1 < 2 and *bold*"), None);
        assert_eq!(
            find_url("see https://evil.example/x now"),
            Some("https://evil.example/x".to_string())
        );
        assert_eq!(
            find_url("see [x](www.evil.example)"),
            Some("www.evil.example)".to_string())
        );
        assert_eq!(find_url("[text]({ $link1 })"), None);
    }
}
