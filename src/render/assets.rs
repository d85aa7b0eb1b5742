//! The static files (`static/`) as the site publishes them: each at its
//! path inside `static/`, except stylesheets and scripts, which get a
//! fingerprint of their content in their name (`css/site.css` is published
//! as `css/site.3f2a9c1b.css`). A host may then let browsers keep those for
//! a year without asking again (`render::host`), and a stylesheet cached
//! from an earlier build can never meet the HTML of a new one: new content
//! is a new address.
//!
//! Templates reach every static file through one Tera function,
//! `asset(path="css/site.css")`, which answers the published address from
//! the site root; a spelled-out name would miss the fingerprint. Any file
//! of a fingerprinted kind gets one, whoever adds it (a search bundle is
//! one more script).
//!
//! Kinds that other files load by name are left as they are: images and
//! fonts are named inside stylesheets (`url(...)`), so renaming them would
//! break those references. For the same reason a stylesheet or script must
//! not load another one by its name (`@import`, `import`): reach each one
//! from a template instead.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest as _, Sha256};

/// File extensions (lower case) whose files get a fingerprint.
pub const FINGERPRINTED: &[&str] = &["css", "js"];

/// Hex digits of the SHA-256 of the content in a fingerprinted name: 32
/// bits, so two versions of one file share a name about once in four
/// billion builds.
const FINGERPRINT_DIGITS: usize = 8;

/// One static file as published.
#[derive(Debug, Clone)]
pub struct Asset {
    /// Its path inside the output folder.
    pub output: PathBuf,
    pub bytes: Vec<u8>,
    /// Whether `output` carries a fingerprint of `bytes`.
    pub fingerprinted: bool,
}

/// Every static file, by its path inside `static/`.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    by_source: BTreeMap<PathBuf, Asset>,
}

impl Assets {
    /// Publishes the files of `static/` (path inside it → bytes).
    pub fn new(files: BTreeMap<PathBuf, Vec<u8>>) -> Assets {
        let by_source = files
            .into_iter()
            .map(|(source, bytes)| {
                let fingerprinted = is_fingerprinted_kind(&source);
                let output = if fingerprinted {
                    fingerprinted_path(&source, &bytes)
                } else {
                    source.clone()
                };
                let asset = Asset {
                    output,
                    bytes,
                    fingerprinted,
                };
                (source, asset)
            })
            .collect();
        Assets { by_source }
    }

    /// Every static file: its path inside `static/`, and how it is published.
    pub fn iter(&self) -> impl Iterator<Item = (&Path, &Asset)> {
        self.by_source
            .iter()
            .map(|(source, asset)| (source.as_path(), asset))
    }

    pub fn len(&self) -> usize {
        self.by_source.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_source.is_empty()
    }

    /// The published files that carry a fingerprint (paths in the output).
    pub fn fingerprinted(&self) -> impl Iterator<Item = &Path> {
        self.by_source
            .values()
            .filter(|asset| asset.fingerprinted)
            .map(|asset| asset.output.as_path())
    }

    /// The link from the site root to the file at `source` (its path inside
    /// `static/`, `/`-separated).
    pub fn href(&self, source: &str) -> Option<String> {
        let asset = self.by_source.get(Path::new(source))?;
        Some(asset.output.to_string_lossy().replace('\\', "/"))
    }

    /// The Tera function `asset(path=...)` over these files.
    pub fn function(self: &Arc<Self>) -> AssetFunction {
        AssetFunction(Arc::clone(self))
    }
}

/// Whether a file at `path` gets a fingerprint.
pub fn is_fingerprinted_kind(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| FINGERPRINTED.contains(&extension.to_ascii_lowercase().as_str()))
}

/// `css/site.css` with content `bytes` → `css/site.3f2a9c1b.css`.
fn fingerprinted_path(source: &Path, bytes: &[u8]) -> PathBuf {
    let digest = Sha256::digest(bytes);
    let hex: String = digest
        .iter()
        .flat_map(|byte| [byte >> 4, byte & 0xf])
        .take(FINGERPRINT_DIGITS)
        .map(|nibble| char::from_digit(u32::from(nibble), 16).unwrap_or('0'))
        .collect();
    let stem = source
        .file_stem()
        .map(|stem| stem.to_string_lossy().to_string())
        .unwrap_or_default();
    let extension = source
        .extension()
        .map(|extension| extension.to_string_lossy().to_string())
        .unwrap_or_default();
    source.with_file_name(format!("{stem}.{hex}.{extension}"))
}

/// `asset(path="css/site.css")` in a template: the published address of a
/// static file, from the site root (templates put `{{ root }}` before it).
pub struct AssetFunction(Arc<Assets>);

impl tera::Function for AssetFunction {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let Some(path) = args.get("path").and_then(tera::Value::as_str) else {
            return Err(tera::Error::msg(
                "asset() needs `path`, the file's path inside static/: asset(path=\"css/site.css\")",
            ));
        };
        match self.0.href(path) {
            Some(href) => Ok(tera::Value::String(href)),
            None => {
                let nearest = self
                    .0
                    .by_source
                    .keys()
                    .map(|source| source.to_string_lossy().replace('\\', "/"))
                    .min_by_key(|source| strsim::levenshtein(source, path))
                    .filter(|source| strsim::levenshtein(source, path) <= 3)
                    .map(|source| format!(" (did you mean `{source}`?)"))
                    .unwrap_or_default();
                Err(tera::Error::msg(format!(
                    "asset(): there is no file static/{path}{nearest}"
                )))
            }
        }
    }

    fn is_safe(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assets(files: &[(&str, &str)]) -> Assets {
        Assets::new(
            files
                .iter()
                .map(|(path, text)| (PathBuf::from(path), text.as_bytes().to_vec()))
                .collect(),
        )
    }

    // Protects the fingerprint: stylesheets and scripts are named after
    // their content (the same content, the same name; other content, another
    // name), other kinds keep their names.
    #[test]
    fn stylesheets_and_scripts_are_named_after_their_content() {
        let first = assets(&[
            ("css/site.css", "body{}"),
            ("js/site.js", "1"),
            ("img/logo.svg", "<svg/>"),
            ("JS/Upper.JS", "2"),
        ]);
        let css = first.href("css/site.css").expect("css");
        assert!(css.starts_with("css/site.") && css.ends_with(".css"), "{css}");
        let digits = &css["css/site.".len()..css.len() - ".css".len()];
        assert_eq!(digits.len(), FINGERPRINT_DIGITS);
        assert!(
            digits
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
        assert_eq!(first.href("img/logo.svg").as_deref(), Some("img/logo.svg"));
        assert!(first.href("JS/Upper.JS").expect("upper").starts_with("JS/Upper."));
        assert_eq!(first.fingerprinted().count(), 3);
        let same = assets(&[("css/site.css", "body{}")]);
        assert_eq!(same.href("css/site.css"), Some(css.clone()));
        let changed = assets(&[("css/site.css", "body{color:red}")]);
        assert_ne!(changed.href("css/site.css"), Some(css));
        assert_eq!(first.href("css/none.css"), None);
    }

    // Protects the template function: the published name, and a missing
    // file named with the nearest one.
    #[test]
    fn the_template_function_answers_the_published_name() {
        use tera::Function as _;
        let assets = Arc::new(assets(&[("css/site.css", "body{}")]));
        let function = assets.function();
        let call = |path: &str| {
            let args = HashMap::from([("path".to_string(), tera::Value::String(path.to_string()))]);
            function.call(&args)
        };
        assert_eq!(
            call("css/site.css").expect("known").as_str(),
            assets.href("css/site.css").as_deref()
        );
        let error = call("css/sit.css").expect_err("unknown").to_string();
        assert!(error.contains("did you mean `css/site.css`"), "{error}");
        assert!(function.call(&HashMap::new()).is_err());
    }
}
