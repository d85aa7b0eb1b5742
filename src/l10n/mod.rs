//! Fluent catalogs: loads `locales/<locale>/*.ftl` and the translation
//! record of every locale (in parallel), parses each file exactly once
//! (the Fluent resource, its message blocks and values, and the references
//! of each message), reports syntax errors and duplicate ids as
//! diagnostics, formats messages (always checking Fluent's error list,
//! since formatting itself never fails) and exposes them to Tera templates
//! as `t(id="…", …)`.
//!
//! Fluent's own bidi isolation marks are turned off: isolation is done in
//! HTML with `<bdi>`, and the marks must never reach attributes or URLs.

pub mod base;
pub mod ftl;
pub mod gate;
pub mod hardcoded;
pub mod ids;
pub mod localize;
pub mod pseudo;
pub mod record;
pub mod sources;
pub mod units;
pub mod update;
pub mod visible;
pub mod xliff;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context as _;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use rayon::prelude::*;

use crate::config::Locale;
use crate::diag::{Diagnostic, Span};
use record::RecordFile;

use crate::project::LOCALES_DIR;

/// One `.ftl` file, read and parsed once.
#[derive(Debug, Clone)]
pub struct FtlFile {
    /// Path relative to the project root.
    pub path: PathBuf,
    /// The Fluent resource (which also owns the text).
    pub resource: Arc<FluentResource>,
    /// Its messages as written: blocks, values, references.
    pub messages: ftl::Messages,
}

impl FtlFile {
    /// Parses `source`; returns the file and its syntax errors and
    /// duplicate ids as diagnostics. Entries that nest placeables deeper
    /// than `limits::MAX_NESTING` are reported and left out (the parser
    /// would recurse once a level).
    pub fn parse(path: PathBuf, source: String) -> (FtlFile, Vec<Diagnostic>) {
        let mut too_deep = Vec::new();
        let source = match crate::limits::fluent_without_deep_entries(&source) {
            Some((blanked, offsets)) => {
                too_deep = offsets
                    .into_iter()
                    .map(|offset| {
                        crate::limits::too_deep(
                            &path,
                            &source,
                            offset,
                            "placeables",
                            crate::limits::MAX_NESTING,
                        )
                    })
                    .collect();
                blanked
            }
            None => source,
        };
        let (resource, errors) = match FluentResource::try_new(source) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        let messages = ftl::Messages::new(resource.source(), resource.entries());
        let file = FtlFile {
            path,
            resource: Arc::new(resource),
            messages,
        };
        let mut diagnostics = too_deep;
        diagnostics.extend(errors.iter().map(|error| syntax_diagnostic(&file, error)));
        (file, diagnostics)
    }

    /// The text of the file.
    pub fn source(&self) -> &str {
        self.resource.source()
    }

    /// The file name without `.ftl`.
    pub fn stem(&self) -> String {
        self.path
            .file_stem()
            .map(|stem| stem.to_string_lossy().to_string())
            .unwrap_or_default()
    }

    /// Ids defined more than once in this file, each at its later line.
    pub fn duplicate_ids(&self, locale: &str) -> Vec<Diagnostic> {
        let mut seen = std::collections::HashSet::new();
        let mut diagnostics = Vec::new();
        for block in &self.messages.blocks {
            if !seen.insert(block.id.as_str()) {
                diagnostics.push(
                    Diagnostic::error(
                        "l10n/duplicate-id",
                        Span {
                            path: self.path.clone(),
                            line: block.id_line + 1,
                            column: 1,
                        },
                        format!("`{}` is defined more than once in locale `{locale}`", block.id),
                    )
                    .with_help("keep one definition; the first one is used")
                    .with_excerpt_from(self.source()),
                );
            }
        }
        diagnostics
    }
}

/// A translation file as read, parsed by the task that checks it (once a
/// run), so a site's page translations are never all in memory as syntax
/// trees at once.
#[derive(Debug, Clone)]
pub struct FtlText {
    /// Path relative to the project root.
    pub path: PathBuf,
    pub source: String,
}

impl FtlText {
    pub fn parse(&self) -> (FtlFile, Vec<Diagnostic>) {
        FtlFile::parse(self.path.clone(), self.source.clone())
    }
}

/// Every message of one locale.
pub struct Catalog {
    pub locale: Locale,
    /// Interface files (everything but page translations), in one bundle.
    pub files: Vec<FtlFile>,
    /// Page translations, by page slug: each is formatted in a bundle of
    /// its own, so unit ids only need to be unique within a page.
    pub page_files: BTreeMap<String, FtlText>,
    /// Which English each translation was made from.
    pub record: RecordFile,
    /// A transformation of every text (the pseudo-locale), if any.
    transform: Option<Transform>,
    bundle: FluentBundle<Arc<FluentResource>>,
}

/// Fluent's hook for rewriting the text of every message.
pub type Transform = fn(&str) -> std::borrow::Cow<'_, str>;

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locale", &self.locale.code)
            .field("files", &self.files.len())
            .finish()
    }
}

impl Catalog {
    /// `locales/<code>`, relative to the project root.
    pub fn dir(&self) -> PathBuf {
        Path::new(LOCALES_DIR).join(&self.locale.code)
    }

    /// The interface file (`site`, `contacts`, …) named `name`, if any.
    pub fn interface_file(&self, name: &str) -> Option<&FtlFile> {
        self.files.iter().find(|file| file.stem() == name)
    }

    /// The path of the translation file of a unit set, and its text if the
    /// locale has it.
    pub fn translation_text(&self, set: &units::UnitSet) -> (PathBuf, Option<&str>) {
        let text = if set.page_index.is_some() {
            self.page_files.get(&set.name).map(|file| file.source.as_str())
        } else {
            self.interface_file(&set.name).map(FtlFile::source)
        };
        (self.dir().join(set.file_name()), text)
    }

    /// Whether `id` (or `id.attribute`) exists with a value.
    pub fn has(&self, id: &str) -> bool {
        let (message_id, attribute) = split_id(id);
        match self.bundle.get_message(message_id) {
            Some(message) => match attribute {
                Some(attribute) => message.get_attribute(attribute).is_some(),
                None => message.value().is_some(),
            },
            None => false,
        }
    }

    /// Formats `id` (or `id.attribute`) with `args`. Any Fluent error (an
    /// unknown message, variable or term) is returned, never printed.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Result<String, FormatError> {
        format_in(&self.bundle, id, args)
    }

    /// The finding for a message of this locale's interface files that
    /// could not be formatted: at the line that defines it, or (when no
    /// file does) at the locale's first interface file.
    pub fn format_diagnostic(&self, error: &FormatError) -> Diagnostic {
        let (message_id, _) = split_id(&error.id);
        let defined = self.files.iter().find_map(|file| {
            let offset = find_definition(file.source(), message_id)?;
            Some((file, offset))
        });
        let message = format!("{error} (locale `{}`)", self.locale.code);
        let diagnostic = match defined {
            Some((file, offset)) => Diagnostic::error(
                "l10n/format",
                Span::at_offset(&file.path, file.source(), offset),
                message,
            )
            .with_excerpt_from(file.source()),
            None => {
                let path = self
                    .files
                    .first()
                    .map_or_else(|| self.dir(), |file| file.path.clone());
                Diagnostic::error("l10n/format", Span::file(&path), message)
            }
        };
        diagnostic
            .with_help("add the message to this locale's .ftl files, with the same variables as in English")
    }

    /// A bundle holding one page translation file of this locale alone.
    pub fn page_bundle<'a>(&self, file: &'a FtlFile) -> FluentBundle<&'a FluentResource> {
        let mut bundle = FluentBundle::new_concurrent(vec![self.locale.langid.clone()]);
        bundle.set_use_isolating(false);
        bundle.set_transform(self.transform);
        // Duplicate ids were reported when the file was loaded; the first
        // definition wins, as in the interface bundle.
        let _ = bundle.add_resource(file.resource.as_ref());
        bundle
    }
}

fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    }
}

/// Why a message could not be formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// The message asked for (`id` or `id.attribute`).
    pub id: String,
    pub kind: FormatErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatErrorKind {
    /// No message has this id.
    NoMessage,
    /// The message has no such attribute.
    NoAttribute(String),
    /// The message has only attributes.
    NoValue,
    /// Fluent's own errors (an unknown variable, message or term).
    Fluent(Vec<String>),
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (message_id, _) = split_id(&self.id);
        match &self.kind {
            FormatErrorKind::NoMessage => write!(f, "no message `{message_id}`"),
            FormatErrorKind::NoAttribute(attribute) => {
                write!(f, "message `{message_id}` has no attribute `{attribute}`")
            }
            FormatErrorKind::NoValue => write!(f, "message `{message_id}` has no value"),
            FormatErrorKind::Fluent(reasons) => write!(f, "message `{}`: {}", self.id, reasons.join("; ")),
        }
    }
}

/// Formats `id` (or `id.attribute`) in `bundle`, returning Fluent's errors
/// instead of printing placeholders.
pub fn format_in<R: std::borrow::Borrow<FluentResource>>(
    bundle: &FluentBundle<R>,
    id: &str,
    args: &[(&str, FluentValue<'_>)],
) -> Result<String, FormatError> {
    let (message_id, attribute) = split_id(id);
    let error = |kind: FormatErrorKind| FormatError {
        id: id.to_string(),
        kind,
    };
    let message = bundle
        .get_message(message_id)
        .ok_or_else(|| error(FormatErrorKind::NoMessage))?;
    let pattern = match attribute {
        Some(attribute) => message
            .get_attribute(attribute)
            .map(|attribute| attribute.value())
            .ok_or_else(|| error(FormatErrorKind::NoAttribute(attribute.to_string())))?,
        None => message.value().ok_or_else(|| error(FormatErrorKind::NoValue))?,
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if errors.is_empty() {
        Ok(text.into_owned())
    } else {
        let reasons: Vec<String> = errors.iter().map(ToString::to_string).collect();
        Err(error(FormatErrorKind::Fluent(reasons)))
    }
}

/// One locale's files as read from disk, before parsing.
struct LocaleFiles {
    locale: Locale,
    /// (path relative to the root, text) of each `.ftl` file, sorted.
    ftl: Vec<(PathBuf, String)>,
    record: Option<(PathBuf, String)>,
    diagnostics: Vec<Diagnostic>,
}

/// Reads the `.ftl` files and the translation record of each locale, and
/// parses them (locales and files in parallel). Files named after a page
/// slug are that page's translation; the others are interface strings. A
/// configured locale without a folder is an error.
pub fn load(
    root: &Path,
    locales: &[Locale],
    page_slugs: &[&str],
) -> anyhow::Result<(Vec<Catalog>, Vec<Diagnostic>)> {
    let read: Vec<LocaleFiles> = locales
        .par_iter()
        .map(|locale| read_locale(root, locale))
        .collect::<anyhow::Result<_>>()?;
    let slugs: std::collections::HashSet<&str> = page_slugs.iter().copied().collect();
    let parsed: Vec<(Catalog, Vec<Diagnostic>)> = read
        .into_par_iter()
        .map(|files| parse_locale(files, &slugs))
        .collect();
    let mut catalogs = Vec::with_capacity(parsed.len());
    let mut diagnostics = Vec::new();
    for (catalog, mut found) in parsed {
        catalogs.push(catalog);
        diagnostics.append(&mut found);
    }
    Ok((catalogs, diagnostics))
}

fn read_locale(root: &Path, locale: &Locale) -> anyhow::Result<LocaleFiles> {
    let relative_dir = Path::new(LOCALES_DIR).join(&locale.code);
    let dir = root.join(&relative_dir);
    let mut files = LocaleFiles {
        locale: locale.clone(),
        ftl: Vec::new(),
        record: None,
        diagnostics: Vec::new(),
    };
    if !dir.is_dir() {
        files.diagnostics.push(
            Diagnostic::error(
                "l10n/missing-locale",
                Span::file(&relative_dir),
                format!(
                    "locale `{}` is listed in site.yaml but has no folder",
                    locale.code
                ),
            )
            .with_help(format!("run `signpost l10n update {}` to create it", locale.code)),
        );
        return Ok(files);
    }
    // A locale folder that is a link out of the project is not read
    // (`validate::files` reports the link); `read_files` does the same for
    // each file.
    if !crate::project::is_inside(root, &dir) {
        return Ok(files);
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("could not read {}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|extension| extension == "ftl"))
        .collect();
    entries.sort();
    for (relative, bytes) in crate::project::read_files(root, &entries)? {
        match crate::project::decode(&relative, &bytes) {
            Ok(source) => files.ftl.push((relative, source)),
            Err(diagnostic) => files.diagnostics.push(diagnostic),
        }
    }
    let record_path = record::path(&locale.code);
    if root.join(&record_path).is_file() && crate::project::is_inside(root, &root.join(&record_path)) {
        let bytes = std::fs::read(root.join(&record_path))
            .with_context(|| format!("could not read {}", record_path.display()))?;
        match crate::project::decode_any_size(&record_path, &bytes) {
            Ok(source) => files.record = Some((record_path, source)),
            Err(diagnostic) => files.diagnostics.push(diagnostic),
        }
    }
    Ok(files)
}

fn parse_locale(
    files: LocaleFiles,
    page_slugs: &std::collections::HashSet<&str>,
) -> (Catalog, Vec<Diagnostic>) {
    let LocaleFiles {
        locale,
        ftl,
        record,
        mut diagnostics,
    } = files;
    let mut interface = Vec::new();
    let mut page_files = BTreeMap::new();
    for (path, source) in ftl {
        let stem = path
            .file_stem()
            .map(|stem| stem.to_string_lossy().to_string())
            .unwrap_or_default();
        if page_slugs.contains(stem.as_str()) {
            page_files.insert(stem, FtlText { path, source });
        } else {
            interface.push((path, source));
        }
    }
    let parsed: Vec<(FtlFile, Vec<Diagnostic>)> = interface
        .into_par_iter()
        .map(|(path, source)| FtlFile::parse(path, source))
        .collect();
    let mut interface = Vec::with_capacity(parsed.len());
    for (file, mut found) in parsed {
        diagnostics.append(&mut found);
        interface.push(file);
    }
    let record = match record {
        Some((path, source)) => RecordFile::new(path, source),
        None => RecordFile::default(),
    };
    let (mut catalog, mut found) = catalog_of(locale, interface, None);
    catalog.page_files = page_files;
    catalog.record = record;
    diagnostics.append(&mut found);
    if !catalog.locale.publish {
        for diagnostic in &mut diagnostics {
            diagnostic.severity = crate::diag::Severity::Warning;
        }
    }
    (catalog, diagnostics)
}

/// Parses interface files of one locale into a bundle, reporting syntax
/// errors (with the parser's reason) and ids defined twice.
pub fn build_catalog(locale: Locale, files: Vec<(PathBuf, String)>) -> (Catalog, Vec<Diagnostic>) {
    build_catalog_with(locale, files, None)
}

/// `build_catalog`, with every text passed through `transform`.
pub fn build_catalog_with(
    locale: Locale,
    files: Vec<(PathBuf, String)>,
    transform: Option<Transform>,
) -> (Catalog, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut parsed = Vec::new();
    for (path, source) in files {
        let (file, mut found) = FtlFile::parse(path, source);
        diagnostics.append(&mut found);
        parsed.push(file);
    }
    let (catalog, mut found) = catalog_of(locale, parsed, transform);
    diagnostics.append(&mut found);
    (catalog, diagnostics)
}

/// The catalog of already parsed interface files; reports ids defined
/// twice (in one file or across files).
fn catalog_of(
    locale: Locale,
    files: Vec<FtlFile>,
    transform: Option<Transform>,
) -> (Catalog, Vec<Diagnostic>) {
    let mut bundle = FluentBundle::new_concurrent(vec![locale.langid.clone()]);
    bundle.set_use_isolating(false);
    bundle.set_transform(transform);
    let mut diagnostics = Vec::new();
    for file in &files {
        if let Err(errors) = bundle.add_resource(Arc::clone(&file.resource)) {
            diagnostics.extend(
                errors
                    .iter()
                    .filter_map(|error| duplicate_diagnostic(file, &locale.code, error)),
            );
        }
    }
    let catalog = Catalog {
        locale,
        files,
        page_files: BTreeMap::new(),
        record: RecordFile::default(),
        transform,
        bundle,
    };
    (catalog, diagnostics)
}

fn syntax_diagnostic(file: &FtlFile, error: &fluent_syntax::parser::ParserError) -> Diagnostic {
    let offset = error.slice.as_ref().map_or(error.pos.start, |slice| slice.start);
    Diagnostic::error(
        "l10n/syntax",
        Span::at_offset(&file.path, file.source(), offset),
        format!("Fluent syntax error: {}", error.kind),
    )
    .with_help("the entry is ignored until fixed; compare it with the English")
    .with_excerpt_from(file.source())
}

fn duplicate_diagnostic(file: &FtlFile, locale: &str, error: &FluentError) -> Option<Diagnostic> {
    let FluentError::Overriding { id, .. } = error else {
        return None;
    };
    let offset = find_definition(file.source(), id).unwrap_or(0);
    Some(
        Diagnostic::error(
            "l10n/duplicate-id",
            Span::at_offset(&file.path, file.source(), offset),
            format!("`{id}` is defined more than once in locale `{locale}`"),
        )
        .with_help("keep one definition; the first one is used")
        .with_excerpt_from(file.source()),
    )
}

/// Byte offset of the last line defining `id` (`id =` or `-id =`).
pub fn find_definition(source: &str, id: &str) -> Option<usize> {
    let mut found = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let rest = line.strip_prefix('-').unwrap_or(line);
        if let Some(after) = rest.strip_prefix(id)
            && after.trim_start().starts_with('=')
        {
            found = Some(offset);
        }
        offset += line.len();
    }
    found
}

/// The Tera function `t(id="…", …)`: the other named arguments become
/// Fluent variables. Output is escaped by Tera like any other value.
pub struct Translate {
    catalog: Arc<Catalog>,
    /// Every interface message without variables, formatted once: most of
    /// what templates ask for, thousands of times a build.
    plain: HashMap<String, String>,
    /// For the preview: where a message missing in `catalog` is taken from.
    fallback: Option<Arc<Catalog>>,
}

impl Translate {
    /// `t()` for `catalog`; in the preview, messages it lacks come from
    /// `fallback` (the source locale).
    pub fn with_fallback(catalog: Arc<Catalog>, fallback: Option<Arc<Catalog>>) -> Translate {
        Translate {
            fallback,
            ..Translate::new(catalog)
        }
    }

    pub fn new(catalog: Arc<Catalog>) -> Translate {
        let mut plain = HashMap::new();
        for file in &catalog.files {
            let messages = &file.messages;
            for (block, references) in messages.blocks.iter().zip(&messages.references) {
                if references.variables.is_empty()
                    && !block.id.starts_with('-')
                    && let Ok(text) = catalog.format(&block.id, &[])
                {
                    plain.entry(block.id.clone()).or_insert(text);
                }
            }
        }
        Translate {
            catalog,
            plain,
            fallback: None,
        }
    }
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let id = args
            .get("id")
            .and_then(tera::Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs id=\"message-id\""))?;
        if args.len() == 1
            && let Some(text) = self.plain.get(id)
        {
            return Ok(tera::Value::String(text.clone()));
        }
        let mut names: Vec<&String> = args.keys().filter(|name| name.as_str() != "id").collect();
        names.sort();
        let mut fluent_args = Vec::new();
        for name in names {
            let value = match &args[name] {
                tera::Value::String(text) => FluentValue::from(text.clone()),
                tera::Value::Number(number) => FluentValue::from(number.as_f64().unwrap_or_default()),
                other => FluentValue::from(other.to_string()),
            };
            fluent_args.push((name.as_str(), value));
        }
        let formatted = self.catalog.format(id, &fluent_args);
        let formatted = match (&self.fallback, formatted) {
            (Some(fallback), Err(_)) => fallback.format(id, &fluent_args),
            (_, formatted) => formatted,
        };
        formatted
            .map(tera::Value::String)
            .map_err(|error| tera::Error::msg(format!("{error} (locale `{}`)", self.catalog.locale.code)))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(code: &str) -> Locale {
        Locale {
            code: code.to_string(),
            allow_identical: Vec::new(),
            bilingual_leaflets: Vec::new(),
            langid: code.parse().expect("valid test locale"),
            review: crate::config::ReviewState::Reviewed,
            publish: true,
            right_to_left: false,
        }
    }

    fn catalog(source: &str) -> (Catalog, Vec<Diagnostic>) {
        build_catalog(
            locale("en"),
            vec![(PathBuf::from("locales/en/site.ftl"), source.to_string())],
        )
    }

    // Protects syntax-error positions: the junk entry's line is reported.
    #[test]
    fn syntax_errors_point_at_the_entry() {
        let (catalog, diagnostics) = catalog("hello = Hello\nbroken = { $x\nbye = Bye\n");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            (diagnostics[0].code, diagnostics[0].span.line),
            ("l10n/syntax", 2)
        );
        assert!(catalog.has("hello") && catalog.has("bye") && !catalog.has("broken"));
    }

    // Protects duplicate-id detection across a locale.
    #[test]
    fn duplicate_ids_are_reported() {
        let (_, diagnostics) = catalog("a = One\nb = Two\na = Three\n");
        assert_eq!(
            diagnostics
                .iter()
                .map(|d| (d.code, d.span.line))
                .collect::<Vec<_>>(),
            [("l10n/duplicate-id", 3)]
        );
    }

    // Protects formatting: variables fill in, no isolation marks, and an
    // unknown variable is an error rather than `{$name}` in the page.
    #[test]
    fn formatting_reports_errors_and_adds_no_isolation_marks() {
        let (catalog, _) = catalog("greet = Hello { $name }\nlabel =\n    .aria = Menu\n");
        assert_eq!(
            catalog.format("greet", &[("name", FluentValue::from("Ana"))]),
            Ok("Hello Ana".to_string())
        );
        assert!(catalog.format("greet", &[]).is_err());
        assert!(catalog.format("missing", &[]).is_err());
        assert_eq!(catalog.format("label.aria", &[]), Ok("Menu".to_string()));
        assert!(catalog.format("label", &[]).is_err());
    }
}
