//! Rendering: HTML pages for every published locale (Tera + Fluent), the
//! sitemap, static assets (`assets`: stylesheets and scripts fingerprinted),
//! print leaflets, the search index (`search`) and the files that tell
//! hosts how to serve the site (`host`), each put into a `Sink` as it is
//! made, together with the links and anchors of every built file (for the
//! link checks, so nobody re-reads the output). Nothing here touches the
//! disk; `output` writes the result.

pub mod assets;
pub mod host;
pub mod html;
pub mod leaflet;
pub mod route;
pub mod search;
pub mod sitemap;
pub mod templates;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::content::Page;
use crate::diag::Span;
use crate::key::PageId;
use crate::project::TEMPLATES_DIR;

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
    Content { page: PageId, offset: usize },
    /// In a template (by its name in `templates/`).
    Template(&'static str),
    /// Printed on a page's leaflet.
    Leaflet { page: PageId },
}

impl LinkSource {
    /// The file and line to report a problem with this link at.
    pub fn span(&self, pages: &[Page]) -> Span {
        match self {
            LinkSource::Content { page, offset } => match pages.get(page.index()) {
                Some(page) => Span::at_offset(&page.path, &page.source, *offset),
                None => Span::file(Path::new(crate::project::CONTENT_DIR)),
            },
            LinkSource::Template(name) => Span::file(&Path::new(TEMPLATES_DIR).join(name)),
            LinkSource::Leaflet { page } => pages.get(page.index()).map_or_else(
                || Span::file(Path::new(crate::project::CONTENT_DIR)),
                |page| Span::file(&page.path),
            ),
        }
    }
}

/// One link on one built file.
#[derive(Debug, Clone)]
pub struct LinkUse {
    /// The link target, interned (`Built::url`).
    url: u32,
    /// Index of the file it is on (`Built::path_of`).
    pub file: u32,
    pub source: LinkSource,
}

/// A built file with links or anchors: its anchors (interned) and links.
#[derive(Debug, Clone, Default)]
struct Linked {
    path: PathBuf,
    anchors: Vec<u32>,
    links: Vec<LinkUse>,
}

/// What was built (the files themselves went to a `Sink`), with the links
/// and anchors of each file. Link targets and anchors repeat across
/// thousands of pages (the same stylesheet, the same heading ids in every
/// language), so each distinct string is stored once.
#[derive(Debug, Default)]
pub struct Built {
    /// Every file's path inside the output folder.
    pub files: BTreeSet<PathBuf>,
    /// The built files that have links or anchors (pages, leaflets).
    linked: Vec<Linked>,
    linked_index: HashMap<PathBuf, u32>,
    strings: Vec<Arc<str>>,
    string_index: HashMap<Arc<str>, u32>,
}

/// What [`Built::merge`] changed.
pub struct Merged {
    pub files: Vec<u32>,
    pub anchors_changed: bool,
}

impl Built {
    /// Adds a built file (already in its sink) with its anchors and links;
    /// a file added again replaces what was known of it.
    pub fn add(&mut self, path: PathBuf, anchors: Vec<String>, links: Vec<(String, LinkSource)>) {
        let file = match self.linked_index.get(&path) {
            Some(file) => *file,
            None => {
                let file = u32::try_from(self.linked.len()).unwrap_or(u32::MAX);
                self.linked.push(Linked::default());
                self.linked_index.insert(path.clone(), file);
                file
            }
        };
        let mut anchors: Vec<u32> = anchors.into_iter().map(|anchor| self.intern(anchor)).collect();
        anchors.sort_unstable();
        anchors.dedup();
        let links = links
            .into_iter()
            .map(|(url, source)| LinkUse {
                url: self.intern(url),
                file,
                source,
            })
            .collect();
        self.linked[file as usize] = Linked {
            path: path.clone(),
            anchors,
            links,
        };
        self.files.insert(path);
    }

    /// Adds a file without links or anchors (assets, the sitemap).
    pub fn add_plain(&mut self, path: PathBuf) {
        self.files.insert(path);
    }

    fn intern(&mut self, text: String) -> u32 {
        if let Some(index) = self.string_index.get(text.as_str()) {
            return *index;
        }
        let index = u32::try_from(self.strings.len()).unwrap_or(u32::MAX);
        let text: Arc<str> = Arc::from(text);
        self.strings.push(Arc::clone(&text));
        self.string_index.insert(text, index);
        index
    }

    /// Adds everything `other` built.
    pub fn append(&mut self, other: Built) {
        for linked in &other.linked {
            let anchors = linked
                .anchors
                .iter()
                .map(|id| other.strings[*id as usize].to_string())
                .collect();
            let links = linked
                .links
                .iter()
                .map(|link| (other.url(link).to_string(), link.source.clone()))
                .collect();
            self.add(linked.path.clone(), anchors, links);
        }
        self.files.extend(other.files);
    }

    /// Adds everything `other` built, and says what that changed: the
    /// linked files `other` held (numbered as here), and whether any of
    /// them is new or has other anchors than before (so links elsewhere
    /// may have changed meaning). Files are never removed by a merge.
    pub fn merge(&mut self, other: Built) -> Merged {
        let before: Vec<Option<Vec<u32>>> = other
            .linked
            .iter()
            .map(|linked| {
                // Interned ids stay the same: a string keeps its id.
                let file = *self.linked_index.get(&linked.path)?;
                Some(self.linked.get(file as usize)?.anchors.clone())
            })
            .collect();
        let paths: Vec<PathBuf> = other.linked.iter().map(|linked| linked.path.clone()).collect();
        let new_plain = other.files.iter().any(|path| !self.files.contains(path));
        self.append(other);
        let files: Vec<u32> = paths.iter().filter_map(|path| self.linked_file(path)).collect();
        let anchors_changed = new_plain
            || files
                .iter()
                .zip(&before)
                .any(|(file, before)| before.as_ref() != Some(&self.linked[*file as usize].anchors));
        Merged {
            files,
            anchors_changed,
        }
    }

    /// Every link of every file.
    pub fn links(&self) -> impl Iterator<Item = &LinkUse> {
        self.linked.iter().flat_map(|linked| linked.links.iter())
    }

    /// The links of each file, file by file (for checking in parallel).
    pub fn links_by_file(&self) -> Vec<&[LinkUse]> {
        self.linked.iter().map(|linked| linked.links.as_slice()).collect()
    }

    /// The target of a link.
    pub fn url(&self, link: &LinkUse) -> &str {
        self.strings.get(link.url as usize).map_or("", |url| url)
    }

    /// The output path of linked file `file`.
    pub fn path_of(&self, file: u32) -> &Path {
        self.linked
            .get(file as usize)
            .map_or(Path::new(""), |linked| linked.path.as_path())
    }

    /// The linked file at `path`, if it is one.
    pub fn linked_file(&self, path: &Path) -> Option<u32> {
        self.linked_index.get(path).copied()
    }

    /// Whether linked file `file` has an element with this id or name.
    pub fn has_anchor(&self, file: u32, anchor: &str) -> bool {
        let (Some(id), Some(linked)) = (self.string_index.get(anchor), self.linked.get(file as usize)) else {
            return false;
        };
        linked.anchors.binary_search(id).is_ok()
    }
}
