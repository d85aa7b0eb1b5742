//! The project folder: where each kind of input lives (`content/`,
//! `locales/`, `templates/`, `static/`, `fonts/`), and reading files from
//! it: sorted walks, parallel reads, UTF-8 decoding with the line of the
//! first bad byte, and the rule that a symbolic link leading out of the
//! project is never read. The loaders of `content` and `l10n` read
//! through here; `validate::files` lists the folders through here.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::diag::{Diagnostic, Span};

pub const CONTENT_DIR: &str = "content";
pub const TEMPLATES_DIR: &str = "templates";
pub const STATIC_DIR: &str = "static";
pub const FONTS_DIR: &str = "fonts";
/// Translations: `locales/<locale>/*.ftl` and each locale's record.
pub const LOCALES_DIR: &str = "locales";

/// Whether `path` has this extension.
pub fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension().is_some_and(|found| found == extension)
}

/// Every regular file under `root/dir` accepted by `keep`, as (path relative
/// to `root`, bytes), sorted by path so builds are deterministic. Hidden
/// files (editor backups, `.DS_Store`) are skipped.
pub fn read_tree(
    root: &Path,
    dir: &str,
    keep: impl Fn(&Path) -> bool,
) -> anyhow::Result<Vec<(PathBuf, Vec<u8>)>> {
    let base = root.join(dir);
    if !base.is_dir() {
        anyhow::bail!(
            "no `{dir}/` folder in {}: is --root the project folder?",
            root.display()
        );
    }
    if !is_inside(root, &base) {
        return Ok(Vec::new());
    }
    let mut paths = Vec::new();
    let walker = walkdir::WalkDir::new(&base).sort_by_file_name().into_iter();
    for entry in walker
        .filter_entry(|entry| entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.'))
    {
        let entry = entry.with_context(|| format!("could not read {}", base.display()))?;
        // A link to a file is read like the file (if it stays inside the
        // project: `read_files` checks); links to folders are not followed.
        let is_file = entry.file_type().is_file() || (entry.path_is_symlink() && entry.path().is_file());
        if is_file && keep(entry.path()) {
            paths.push(entry.into_path());
        }
    }
    read_files(root, &paths)
}

/// Reads `paths` (in parallel: a site has thousands of files), keeping
/// their order; each comes back relative to `root`. A path that leads out
/// of `root` through a symbolic link is left out, unread.
pub fn read_files(root: &Path, paths: &[PathBuf]) -> anyhow::Result<Vec<(PathBuf, Vec<u8>)>> {
    use rayon::prelude::*;

    let canonical_root =
        std::fs::canonicalize(root).with_context(|| format!("could not read {}", root.display()))?;
    let read: Vec<Option<(PathBuf, Vec<u8>)>> = paths
        .par_iter()
        .map(|path| {
            if !leads_inside(&canonical_root, path) {
                return Ok(None);
            }
            let bytes = std::fs::read(path).with_context(|| format!("could not read {}", path.display()))?;
            let relative = path.strip_prefix(root).unwrap_or(path).to_path_buf();
            Ok(Some((relative, bytes)))
        })
        .collect::<anyhow::Result<_>>()?;
    Ok(read.into_iter().flatten().collect())
}

/// Whether `path`, with every symbolic link on the way resolved, is inside
/// the project folder `root`. A path that does not resolve is not.
pub fn is_inside(root: &Path, path: &Path) -> bool {
    std::fs::canonicalize(root).is_ok_and(|canonical_root| leads_inside(&canonical_root, path))
}

fn leads_inside(canonical_root: &Path, path: &Path) -> bool {
    std::fs::canonicalize(path).is_ok_and(|resolved| resolved.starts_with(canonical_root))
}

/// The folders whose files the build reads, for `validate::files`.
pub const PROJECT_DIRS: &[&str] = &[CONTENT_DIR, LOCALES_DIR, TEMPLATES_DIR, STATIC_DIR, FONTS_DIR];

/// One entry of a project folder, as `list_project` found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// Relative to the project root.
    pub path: PathBuf,
    pub kind: ListedKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListedKind {
    File,
    Folder,
    /// A symbolic link: its target as written, and where it leads.
    Link {
        target: PathBuf,
        leads: Leads,
    },
}

/// Where a symbolic link leads, all links on the way resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leads {
    FileInside,
    FolderInside,
    /// Out of the project folder: never read.
    Outside,
    /// Nowhere: the target does not exist.
    Nowhere,
}

/// Every entry of `PROJECT_DIRS` (hidden ones skipped, as the readers skip
/// them), sorted, without following links except a top-level folder that
/// is a link inside the project (the readers follow those). Reads names
/// and link targets only, never the contents of a file.
pub fn list_project(root: &Path) -> anyhow::Result<Vec<Listed>> {
    let canonical_root =
        std::fs::canonicalize(root).with_context(|| format!("could not read {}", root.display()))?;
    let link = |path: &Path| -> anyhow::Result<ListedKind> {
        let target =
            std::fs::read_link(path).with_context(|| format!("could not read {}", path.display()))?;
        let leads = match std::fs::canonicalize(path) {
            Err(_) => Leads::Nowhere,
            Ok(resolved) if !resolved.starts_with(&canonical_root) => Leads::Outside,
            Ok(resolved) if resolved.is_dir() => Leads::FolderInside,
            Ok(_) => Leads::FileInside,
        };
        Ok(ListedKind::Link { target, leads })
    };
    let relative = |path: &Path| path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let mut listed = Vec::new();
    for dir in PROJECT_DIRS {
        let base = root.join(dir);
        let Ok(metadata) = std::fs::symlink_metadata(&base) else {
            continue;
        };
        if metadata.file_type().is_symlink() {
            let kind = link(&base)?;
            let followed = matches!(
                kind,
                ListedKind::Link {
                    leads: Leads::FolderInside,
                    ..
                }
            );
            listed.push(Listed {
                path: PathBuf::from(dir),
                kind,
            });
            if !followed {
                continue;
            }
        } else if !metadata.is_dir() {
            continue;
        }
        let walker = walkdir::WalkDir::new(&base)
            .min_depth(1)
            .sort_by_file_name()
            .into_iter();
        for entry in walker.filter_entry(|entry| !entry.file_name().to_string_lossy().starts_with('.')) {
            let entry = entry.with_context(|| format!("could not read {}", base.display()))?;
            let kind = if entry.path_is_symlink() {
                link(entry.path())?
            } else if entry.file_type().is_dir() {
                ListedKind::Folder
            } else {
                ListedKind::File
            };
            listed.push(Listed {
                path: relative(entry.path()),
                kind,
            });
        }
    }
    Ok(listed)
}

/// Decodes a hand-written source (a page, a translation file, a template,
/// YAML): no larger than `limits::MAX_SOURCE_BYTES`, UTF-8 (dropping a
/// byte-order mark), or a finding that says why not.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<String, Diagnostic> {
    if let Some(too_large) = crate::limits::check_size(path, bytes.len()) {
        return Err(too_large);
    }
    decode_any_size(path, bytes)
}

/// Decodes UTF-8 (dropping a byte-order mark), or reports where it is not,
/// whatever the size: for machine-written files read line by line (the
/// translation record).
pub fn decode_any_size(path: &Path, bytes: &[u8]) -> Result<String, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(error) => {
            let valid = String::from_utf8_lossy(&bytes[..error.valid_up_to()]);
            let span = Span::at_offset(path, &valid, valid.len());
            Err(Diagnostic::error(
                "file/not-utf8",
                span,
                format!("invalid UTF-8 (byte {} of the file)", error.valid_up_to() + 1),
            )
            .with_help("save the file as UTF-8"))
        }
    }
}
