//! Diagnostics: author mistakes as data (code, severity, `path:line:col`,
//! message, help, source excerpt), and how a set of them is printed.
//!
//! Every stage returns its findings as `Vec<Diagnostic>` instead of failing
//! on the first one, so an author sees every problem of a run at once.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::key::PageId;

/// How bad a finding is. Errors stop the build; warnings do not (unless
/// `--strict`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A 1-based position in a source file. `line` 0 means "the whole file".
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
}

impl Span {
    /// A span for a file as a whole (no line is known).
    pub fn file(path: &Path) -> Span {
        Span {
            path: path.to_path_buf(),
            line: 0,
            column: 0,
        }
    }

    /// A span for a byte offset into `source`, the text of `path`.
    pub fn at_offset(path: &Path, source: &str, offset: usize) -> Span {
        let (line, column) = line_col(source, offset);
        Span {
            path: path.to_path_buf(),
            line,
            column,
        }
    }
}

/// One finding about the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable, greppable code such as `front-matter/unknown-key`.
    pub code: &'static str,
    pub span: Span,
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
    /// The source line the span points into, without its line break.
    pub excerpt: Option<String>,
    /// The translation unit the finding is about, when it is about one
    /// (in the English page or in a translation of it): how one mistake in
    /// the English is told apart from the translations it breaks.
    pub about: Option<About>,
}

/// One translation unit of one page, or (`unit` of `None`) the page's
/// base file as a whole.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct About {
    pub page: PageId,
    pub unit: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            span,
            message: message.into(),
            help: None,
            excerpt: None,
            about: None,
        }
    }

    pub fn warning(code: &'static str, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, span, message)
        }
    }

    /// Says which translation unit the finding is about.
    pub fn about(mut self, page: PageId, unit: &str) -> Diagnostic {
        self.about = Some(About {
            page,
            unit: Some(unit.to_string()),
        });
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Attaches the line of `source` that the span points at.
    pub fn with_excerpt_from(mut self, source: &str) -> Diagnostic {
        if self.span.line > 0 {
            self.excerpt = source
                .lines()
                .nth(self.span.line - 1)
                .map(|line| line.trim_end_matches('\r').to_string());
        }
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    fn location(&self) -> String {
        let path = self.span.path.display();
        match (self.span.line, self.span.column) {
            (0, _) => format!("{path}"),
            (line, 0) => format!("{path}:{line}"),
            (line, column) => format!("{path}:{line}:{column}"),
        }
    }
}

/// 1-based line and column (in characters) of a byte offset. An offset past
/// the end, or inside a character, is clamped to the nearest valid position.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |index| index + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Line starts of one source text, so many offsets can be turned into
/// line:column without rescanning the text for each (`line_col` is linear
/// in the offset; this is logarithmic).
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(index, _)| index + 1));
        LineIndex { starts }
    }

    /// 1-based line and column (in characters) of `offset` in `source`,
    /// the text this index was made from; clamped like `line_col`.
    pub fn line_col(&self, source: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|start| *start <= offset);
        let line_start = self.starts[line - 1];
        (line, source[line_start..offset].chars().count() + 1)
    }

    /// A span for `offset` in `source`, the text of `path`.
    pub fn span(&self, path: &Path, source: &str, offset: usize) -> Span {
        let (line, column) = self.line_col(source, offset);
        Span {
            path: path.to_path_buf(),
            line,
            column,
        }
    }

    /// The text of 0-based line `index`, without its line break.
    pub fn line<'a>(&self, source: &'a str, index: usize) -> &'a str {
        let Some(start) = self.starts.get(index).copied() else {
            return "";
        };
        let end = self.starts.get(index + 1).map_or(source.len(), |next| next - 1);
        source[start..end.max(start)].trim_end_matches('\r')
    }

    /// The byte range of 0-based line `index` of `source` (the text this
    /// index was made from) without its line break (`\n` or `\r\n`); past
    /// the last line, an empty range at the end.
    pub fn line_range(&self, source: &str, index: usize) -> std::ops::Range<usize> {
        let Some(start) = self.starts.get(index).copied() else {
            return source.len()..source.len();
        };
        let end = self.starts.get(index + 1).map_or(source.len(), |next| next - 1);
        let end = if source[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        start..end.max(start)
    }

    pub fn n_lines(&self) -> usize {
        self.starts.len()
    }
}

/// Byte offset of the start of 1-based `line` in `source` (the end if the
/// line does not exist).
pub fn line_start_offset(source: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    source
        .match_indices('\n')
        .nth(line - 2)
        .map_or(source.len(), |(index, _)| index + 1)
}

/// Codes of findings that follow from an error in the English of the same
/// unit: a mistyped `<tel:ID>` makes every translation's placeables
/// differ from the English, the translations stale and the base file
/// outdated, and all of that goes away with the one fix.
const FOLLOWS_FROM_ENGLISH: &[&str] = &[
    "l10n/placeables",
    "l10n/structure",
    "l10n/stale",
    "l10n/base-outdated",
];

/// One mistake, one error: a finding in a translation or base file that
/// follows from an error in the English of the same unit (or, for the
/// base file as a whole, of the same page) is folded into that error,
/// which says what else it affects. English errors are those in files
/// under `english_dir` (the content folder).
pub fn fold_into_english(diagnostics: Vec<Diagnostic>, english_dir: &Path) -> Vec<Diagnostic> {
    use std::collections::{BTreeMap, BTreeSet};
    let is_english =
        |diagnostic: &Diagnostic| diagnostic.is_error() && diagnostic.span.path.starts_with(english_dir);
    // The first English error of each unit, and of each page.
    let mut by_unit: BTreeMap<&About, usize> = BTreeMap::new();
    let mut by_page: BTreeMap<PageId, usize> = BTreeMap::new();
    for (index, diagnostic) in diagnostics.iter().enumerate() {
        if let Some(about) = diagnostic.about.as_ref().filter(|_| is_english(diagnostic)) {
            by_unit.entry(about).or_insert(index);
            by_page.entry(about.page).or_insert(index);
        }
    }
    if by_unit.is_empty() {
        return diagnostics;
    }
    // English error → the translations (by locale) and base files it breaks.
    let mut locales: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    let mut base_files: BTreeSet<usize> = BTreeSet::new();
    let mut folded = vec![false; diagnostics.len()];
    for (index, diagnostic) in diagnostics.iter().enumerate() {
        let Some(about) = diagnostic.about.as_ref() else {
            continue;
        };
        if is_english(diagnostic) || !FOLLOWS_FROM_ENGLISH.contains(&diagnostic.code) {
            continue;
        }
        let into = match about.unit {
            Some(_) => by_unit.get(about),
            None => by_page.get(&about.page),
        };
        let Some(into) = into.copied() else { continue };
        folded[index] = true;
        if diagnostic.code == "l10n/base-outdated" {
            base_files.insert(into);
        } else {
            // `locales/<code>/<file>.ftl`: the locale it is in.
            let locale = diagnostic
                .span
                .path
                .components()
                .nth(1)
                .map(|part| part.as_os_str().to_string_lossy().to_string())
                .unwrap_or_default();
            locales.entry(into).or_default().insert(locale);
        }
    }
    let mut kept = Vec::with_capacity(diagnostics.len());
    for (index, mut diagnostic) in diagnostics.into_iter().enumerate() {
        if folded[index] {
            continue;
        }
        let mut also = Vec::new();
        if base_files.contains(&index) {
            also.push("the base file".to_string());
        }
        if let Some(locales) = locales.get(&index) {
            let list: Vec<&str> = locales.iter().map(String::as_str).collect();
            also.push(format!(
                "{} translation{}: {}",
                locales.len(),
                if locales.len() == 1 { "" } else { "s" },
                list.join(", ")
            ));
        }
        if !also.is_empty() {
            diagnostic.message = format!("{} (also affects {})", diagnostic.message, also.join(" and "));
        }
        kept.push(diagnostic);
    }
    kept
}

/// Sorts diagnostics by file, line and column, and removes exact repeats.
pub fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| {
        (&a.span, a.severity, a.code, &a.message).cmp(&(&b.span, b.severity, b.code, &b.message))
    });
    diagnostics.dedup();
}

/// Counts of errors and warnings, for the closing line.
pub fn count(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let n_errors = diagnostics.iter().filter(|d| d.is_error()).count();
    (n_errors, diagnostics.len() - n_errors)
}

/// Renders diagnostics for a person: `path:line:col: error[code]: message`,
/// the source line with a caret under the column, the help, and a count.
pub fn render_human(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        let severity = match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(
            out,
            "{}: {severity}[{}]: {}",
            diagnostic.location(),
            diagnostic.code,
            diagnostic.message
        );
        if let Some(excerpt) = &diagnostic.excerpt {
            let gutter = diagnostic.span.line.to_string();
            let (shown, caret) = excerpt_window(excerpt, diagnostic.span.column);
            let _ = writeln!(out, "  {gutter} | {shown}");
            if let Some(caret) = caret {
                let pad: String = shown
                    .chars()
                    .take(caret)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                let _ = writeln!(out, "  {} | {pad}^", " ".repeat(gutter.len()));
            }
        }
        if let Some(help) = &diagnostic.help {
            let _ = writeln!(out, "  help: {help}");
        }
    }
    let (n_errors, n_warnings) = count(diagnostics);
    if !diagnostics.is_empty() {
        let _ = writeln!(out, "{n_errors} error(s), {n_warnings} warning(s)");
    }
    out
}

/// At most this many characters of a source line are printed.
const EXCERPT_CHARS: usize = 160;

/// The part of a source line to print around 1-based `column` (the whole
/// line when it is short; a window marked with `…` on a long one, such as
/// a minified file or a hostile one-line translation), and the caret's
/// place in it (`None` for no column).
fn excerpt_window(line: &str, column: usize) -> (String, Option<usize>) {
    let caret = column.checked_sub(1);
    let n_chars = line.chars().count();
    if n_chars <= EXCERPT_CHARS {
        return (line.to_string(), caret);
    }
    let at = caret.unwrap_or(0).min(n_chars);
    let start = at.saturating_sub(EXCERPT_CHARS / 3);
    let end = (start + EXCERPT_CHARS).min(n_chars);
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(line.chars().skip(start).take(end - start));
    if end < n_chars {
        shown.push('…');
    }
    (shown, caret.map(|caret| caret - start + usize::from(start > 0)))
}

/// One JSON record per diagnostic, as printed by `--format json`.
#[derive(Serialize)]
pub struct Record<'a> {
    pub severity: Severity,
    pub code: &'a str,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: &'a str,
    pub help: Option<&'a str>,
}

pub fn records(diagnostics: &[Diagnostic]) -> Vec<Record<'_>> {
    diagnostics
        .iter()
        .map(|diagnostic| Record {
            severity: diagnostic.severity,
            code: diagnostic.code,
            path: diagnostic.span.path.display().to_string(),
            line: diagnostic.span.line,
            column: diagnostic.span.column,
            message: &diagnostic.message,
            help: diagnostic.help.as_deref(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects the 1-based line:col arithmetic every diagnostic relies on.
    #[test]
    fn line_col_counts_lines_and_characters() {
        let cases = [
            ("abc", 0, (1, 1)),
            ("abc", 2, (1, 3)),
            ("a\nbc", 2, (2, 1)),
            ("a\nbc", 3, (2, 2)),
            ("é\nxé", 6, (2, 3)),
            ("é\nxé", 5, (2, 2)),
            ("é", 1, (1, 1)),
            ("ab", 99, (1, 3)),
        ];
        for (source, offset, expected) in cases {
            assert_eq!(line_col(source, offset), expected, "{source:?} at {offset}");
        }
    }

    // Protects the indexed form: the same answers as `line_col` everywhere.
    #[test]
    fn line_index_agrees_with_line_col() {
        for source in ["", "abc", "a\nbc", "é\nxé\n", "\n\n", "a\r\nb"] {
            let index = LineIndex::new(source);
            for offset in 0..=source.len() + 1 {
                assert_eq!(
                    index.line_col(source, offset),
                    line_col(source, offset),
                    "{source:?} at {offset}"
                );
            }
        }
        let index = LineIndex::new("one\r\ntwo\n");
        assert_eq!(
            (index.line("one\r\ntwo\n", 0), index.line("one\r\ntwo\n", 1)),
            ("one", "two")
        );
    }

    // Protects the mapping from YAML/Tera line numbers back to file offsets.
    #[test]
    fn line_start_offset_finds_each_line() {
        let source = "one\ntwo\nthree";
        assert_eq!(line_start_offset(source, 1), 0);
        assert_eq!(line_start_offset(source, 2), 4);
        assert_eq!(line_start_offset(source, 3), 8);
        assert_eq!(line_start_offset(source, 9), source.len());
    }

    // Protects "one mistake, one error": translation findings that follow
    // from an English error in the same unit fold into it; others stay.
    #[test]
    fn translation_findings_fold_into_the_english_error() {
        let english = Diagnostic::error(
            "phone/unknown-id",
            Span::file(Path::new("content/a.md")),
            "bad id",
        )
        .about(PageId(0), "intro--call");
        let in_locale = |code: &str, unit: &str, error: &'static str| {
            Diagnostic::error(
                error,
                Span::file(&Path::new("locales").join(code).join("a.ftl")),
                "differ",
            )
            .about(PageId(0), unit)
        };
        let mut base = Diagnostic::error(
            "l10n/base-outdated",
            Span::file(Path::new("locales/en/a.ftl")),
            "outdated",
        );
        base.about = Some(About {
            page: PageId(0),
            unit: None,
        });
        let folded = fold_into_english(
            vec![
                english,
                in_locale("pl", "intro--call", "l10n/placeables"),
                in_locale("ar", "intro--call", "l10n/placeables"),
                in_locale("pl", "intro--call", "l10n/stale"),
                in_locale("pl", "intro--call", "l10n/typed-url"),
                in_locale("pl", "other", "l10n/placeables"),
                base,
            ],
            Path::new("content"),
        );
        let summary: Vec<(&str, &str)> = folded.iter().map(|d| (d.code, d.message.as_str())).collect();
        assert_eq!(
            summary,
            [
                (
                    "phone/unknown-id",
                    "bad id (also affects the base file and 2 translations: ar, pl)"
                ),
                ("l10n/typed-url", "differ"),
                ("l10n/placeables", "differ")
            ]
        );
    }

    // Protects the printed form of a long line (a hostile one-line file): a
    // window around the column, the caret still under it.
    #[test]
    fn long_lines_are_printed_as_a_window_around_the_column() {
        let line = format!("{}X{}", "a".repeat(100_000), "b".repeat(100_000));
        let mut diagnostic = Diagnostic::error("x/y", Span::file(Path::new("a.ftl")), "m");
        diagnostic.span.line = 1;
        diagnostic.span.column = 100_001;
        diagnostic.excerpt = Some(line);
        let text = render_human(&[diagnostic]);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[1].chars().count() < 200, "{}", lines[1]);
        let at_x = lines[1].chars().position(|c| c == 'X');
        let at_caret = lines[2].chars().position(|c| c == '^');
        assert_eq!(at_x, at_caret);
    }

    // Protects the printed form: location, code, excerpt with caret, count.
    #[test]
    fn human_rendering_shows_location_excerpt_and_count() {
        let source = "title: x\ncolour: red\n";
        let diagnostic = Diagnostic::error(
            "front-matter/unknown-key",
            Span::at_offset(Path::new("a.md"), source, 9),
            "unknown key `colour`",
        )
        .with_help("remove it")
        .with_excerpt_from(source);
        let text = render_human(&[diagnostic]);
        assert!(text.starts_with("a.md:2:1: error[front-matter/unknown-key]: unknown key `colour`\n"));
        assert!(text.contains("  2 | colour: red\n    | ^\n"));
        assert!(text.contains("help: remove it"));
        assert!(text.ends_with("1 error(s), 0 warning(s)\n"));
    }
}
