//! Base files: the English of every translation file as a monolingual
//! Fluent file in the source locale's folder (`locales/en/<slug>.ftl`,
//! `locales/en/contacts.ftl`), for translation platforms (Weblate and
//! Pontoon read a base file and one file per locale with the same ids) and
//! as the record of each unit's id. `l10n update` writes them; they are
//! checked in and never edited by hand; the build fails when one is out of
//! date. Each message has a translator comment saying where the text is
//! and what each placeable stands for.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::units::{ContactField, SourceKind, SourceUnit, UnitKind, UnitSet};
use crate::diag::{Diagnostic, Span};
use crate::project::LOCALES_DIR;

/// Pontoon's project configuration, written beside `site.yaml`.
pub const PONTOON_CONFIG: &str = "l10n.toml";

/// Whether `text` is a base file (as `text` writes it), not an interface
/// file someone wrote.
pub fn is_base(text: &str) -> bool {
    let mut lines = text.lines();
    lines
        .next()
        .is_some_and(|line| line.starts_with("### The English of "))
        && lines
            .next()
            .is_some_and(|line| line.contains("signpost l10n update"))
}

/// `l10n.toml` for Pontoon: the base files (and the source locale's
/// interface files) are the reference, each locale's folder the
/// translations, with the same file names.
pub fn pontoon_config(config: &crate::config::Config) -> String {
    let locales: Vec<String> = config
        .locales
        .iter()
        .filter(|locale| locale.code != config.source_locale)
        .map(|locale| format!("\"{}\"", locale.code))
        .collect();
    format!(
        "# Pontoon's project configuration, written by `signpost l10n update` from site.yaml.\nbasepath = \".\"\nlocales = [{}]\n\n[[paths]]\nreference = \"locales/{}/*.ftl\"\nl10n = \"locales/{{locale}}/*.ftl\"\n",
        locales.join(", "),
        config.source_locale
    )
}

/// A diagnostic when `l10n.toml` is missing or not what `l10n update`
/// would write.
pub fn check_pontoon_config(root: &Path, config: &crate::config::Config) -> Option<Diagnostic> {
    let actual = std::fs::read_to_string(root.join(PONTOON_CONFIG)).ok();
    if actual.as_deref() == Some(pontoon_config(config).as_str()) {
        return None;
    }
    Some(
        Diagnostic::error(
            "l10n/pontoon-config-outdated",
            Span::file(Path::new(PONTOON_CONFIG)),
            format!("{PONTOON_CONFIG} does not list the locales of site.yaml"),
        )
        .with_help("run `signpost l10n update` to write it"),
    )
}

/// The path of a set's base file.
pub fn path(source_locale: &str, set: &UnitSet) -> PathBuf {
    Path::new(LOCALES_DIR).join(source_locale).join(set.file_name())
}

/// The base file of `set`, as `l10n update` writes it.
pub fn text(set: &UnitSet) -> String {
    let mut text = format!(
        "### The English of {}, for translators and translation platforms.\n### Written by `signpost l10n update`: do not edit; edit {} instead.\n",
        set.origin.display(),
        set.origin.display()
    );
    let mut section: Option<&str> = None;
    for unit in &set.units {
        let group = match unit.kind {
            SourceKind::Page(UnitKind::Title | UnitKind::Summary)
            | SourceKind::Interface
            | SourceKind::Contact(_) => None,
            SourceKind::Page(_) => Some(unit.section.as_str()),
        };
        if group.is_some() && group != section && !unit.section.is_empty() {
            let _ = write!(text, "\n## {}\n", unit.section.replace('\n', " "));
            section = group;
        }
        text.push('\n');
        for line in comment(unit) {
            let _ = writeln!(text, "# {line}");
        }
        let _ = writeln!(text, "{} = {}", unit.id, unit.english.replace('\n', " "));
    }
    text
}

/// What a translator needs to know about a unit: where it is, and what
/// each placeable stands for.
pub fn comment(unit: &SourceUnit) -> Vec<String> {
    let section = || format!("“{}”", unit.section.replace('\n', " "));
    let place = match unit.kind {
        SourceKind::Page(UnitKind::Title) => "The page title.".to_string(),
        SourceKind::Page(UnitKind::Summary) => {
            "The page summary, shown in lists and on leaflets.".to_string()
        }
        SourceKind::Page(UnitKind::Heading) => "A section heading.".to_string(),
        SourceKind::Page(UnitKind::ListItem) if unit.section.is_empty() => "A list item.".to_string(),
        SourceKind::Page(UnitKind::ListItem) => format!("A list item in {}.", section()),
        SourceKind::Page(UnitKind::TableCell) if unit.section.is_empty() => "A table cell.".to_string(),
        SourceKind::Page(UnitKind::TableCell) => format!("A table cell in {}.", section()),
        SourceKind::Page(UnitKind::Paragraph) if unit.section.is_empty() => "A paragraph.".to_string(),
        SourceKind::Page(UnitKind::Paragraph) => format!("A paragraph in {}.", section()),
        SourceKind::Contact(ContactField::Name) => {
            format!("The name of a service in the contacts block ({}).", unit.section)
        }
        SourceKind::Contact(ContactField::Purpose) => format!("When to call {}.", unit.section),
        SourceKind::Contact(ContactField::Hours) => format!("When {} answers.", unit.section),
        SourceKind::Interface => "Interface text.".to_string(),
    };
    let mut lines = vec![place];
    for (name, meaning) in &unit.placeables {
        // The link's address is not written here: changing it changes
        // nothing to translate, so it must not make the base file stale.
        let meaning = if meaning.starts_with("<tel:") {
            "a phone number, filled in by the build: keep it as it is"
        } else {
            "the target of the link around the text: keep it as it is"
        };
        lines.push(format!("{{ ${name} }}: {meaning}"));
    }
    lines
}

/// A diagnostic when `actual` (the base file's text, if it exists) is not
/// what `l10n update` would write for `set`.
pub fn check(source_locale: &str, set: &UnitSet, actual: Option<&str>) -> Option<Diagnostic> {
    let path = path(source_locale, set);
    let expected = text(set);
    match actual {
        Some(actual) if actual == expected => None,
        Some(actual) => {
            let line = actual
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| actual.lines().count().min(expected.lines().count()))
                + 1;
            Some(
                Diagnostic::error(
                    "l10n/base-outdated",
                    Span {
                        path: path.clone(),
                        line,
                        column: 1,
                    },
                    format!("{} is out of date with {}", path.display(), set.origin.display()),
                )
                .with_help("run `signpost l10n update` (it also marks the translations this affects)")
                .with_excerpt_from(actual),
            )
        }
        None => Some(
            Diagnostic::error(
                "l10n/base-missing",
                Span::file(&path),
                format!(
                    "{} has no base file {} for translators",
                    set.origin.display(),
                    path.display()
                ),
            )
            .with_help("run `signpost l10n update` to write it"),
        ),
    }
}
