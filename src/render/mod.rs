//! Rendering: HTML pages for every published locale (Tera + Fluent), the
//! sitemap, static assets and print leaflets, all into an in-memory map of
//! output files, together with the links and anchors of every built file
//! (for the link checks, so nobody re-reads the output). Nothing here
//! touches the disk; `output` writes the result.

pub mod html;
pub mod leaflet;
pub mod sitemap;
pub mod templates;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::content::{Page, TEMPLATES_DIR};
use crate::diag::Span;

/// Every file of the built site: path inside the output folder → bytes.
pub type Files = BTreeMap<PathBuf, Vec<u8>>;

/// Where rendered files go as they are made (from any rendering thread):
/// the output's staging folder, memory, or nowhere.
pub trait Sink: Sync {
    fn put(&self, path: &Path, bytes: Vec<u8>) -> anyhow::Result<()>;
}

/// Keeps every file in memory (the pseudo-locale, the preview server).
#[derive(Debug, Default)]
pub struct Memory {
    files: Mutex<Files>,
}

impl Memory {
    pub fn into_files(self) -> Files {
        self.files
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Sink for Memory {
    fn put(&self, path: &Path, bytes: Vec<u8>) -> anyhow::Result<()> {
        self.files
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(path.to_path_buf(), bytes);
        Ok(())
    }
}

/// Keeps nothing (`signpost check`: only the links and anchors matter).
#[derive(Debug, Default)]
pub struct Discard;

impl Sink for Discard {
    fn put(&self, _path: &Path, _bytes: Vec<u8>) -> anyhow::Result<()> {
        Ok(())
    }
}

/// Where a link on a built file was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkSource {
    /// In a page's Markdown: `offset` is a byte position in that English
    /// page's source (translations keep the English link targets).
    Content { page_index: usize, offset: usize },
    /// In a template (by its name in `templates/`).
    Template(&'static str),
    /// Printed on a page's leaflet.
    Leaflet { page_index: usize },
}

impl LinkSource {
    /// The file and line to report a problem with this link at.
    pub fn span(&self, pages: &[Page]) -> Span {
        match self {
            LinkSource::Content { page_index, offset } => match pages.get(*page_index) {
                Some(page) => Span::at_offset(&page.path, &page.source, *offset),
                None => Span::file(Path::new(crate::content::CONTENT_DIR)),
            },
            LinkSource::Template(name) => Span::file(&Path::new(TEMPLATES_DIR).join(name)),
            LinkSource::Leaflet { page_index } => pages.get(*page_index).map_or_else(
                || Span::file(Path::new(crate::content::CONTENT_DIR)),
                |page| Span::file(&page.path),
            ),
        }
    }
}

/// One link on one built file.
#[derive(Debug, Clone)]
pub struct LinkUse {
    pub url: String,
    /// Index of the file it is on, in `Built::linked`.
    pub file: usize,
    pub source: LinkSource,
}

/// What was built (the files themselves went to a `Sink`), with the links
/// and anchors of each file.
#[derive(Debug, Default)]
pub struct Built {
    /// Every file's path inside the output folder.
    pub files: BTreeSet<PathBuf>,
    /// The built files that have links or anchors (pages, leaflets), by
    /// number, with the ids and names on each (fragment targets).
    pub linked: Vec<(PathBuf, HashSet<String>)>,
    pub links: Vec<LinkUse>,
}

impl Built {
    /// Adds a built file (already in its sink) with its anchors and links.
    pub fn add(&mut self, path: PathBuf, anchors: Vec<String>, links: Vec<(String, LinkSource)>) {
        let file = self.linked.len();
        self.links.extend(
            links
                .into_iter()
                .map(|(url, source)| LinkUse { url, file, source }),
        );
        self.linked.push((path.clone(), anchors.into_iter().collect()));
        self.files.insert(path);
    }

    /// Adds everything `other` built.
    pub fn append(&mut self, other: Built) {
        let offset = self.linked.len();
        self.links.extend(other.links.into_iter().map(|link| LinkUse {
            file: link.file + offset,
            ..link
        }));
        self.linked.extend(other.linked);
        self.files.extend(other.files);
    }

    /// The output path of linked file `file`.
    pub fn path_of(&self, file: usize) -> &Path {
        self.linked
            .get(file)
            .map_or(Path::new(""), |(path, _)| path.as_path())
    }
}
