//! The English side of translation, made once per run: every page parsed a
//! single time into its rendered document and its translation units, and
//! the sets of English units every other locale must translate: each
//! interface file of the source locale (`site.ftl`), the contacts registry
//! (`contacts.ftl`: names, purposes, hours) and each page (`<slug>.ftl`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::PathBuf;

use rayon::prelude::*;

use super::units::{self, UnitKind};
use super::{Catalog, FtlFile};
use crate::content::Page;
use crate::content::contacts::Registry;
use crate::diag::Diagnostic;
use crate::markdown::{self, Document};

/// The English of one translation file.
#[derive(Debug, Clone)]
pub struct UnitSet {
    /// The translation file's name without `.ftl` (`site`, `contacts`, a slug).
    pub name: String,
    /// Where the English lives, for messages.
    pub origin: PathBuf,
    pub units: Vec<SourceUnit>,
    /// Index of the page, for page unit sets.
    pub page_index: Option<usize>,
    /// Unit id → index in `units`.
    by_id: HashMap<String, usize>,
}

#[derive(Debug, Clone)]
pub struct SourceUnit {
    pub id: String,
    /// The English as a Fluent value (what the `# en:` comment shows and
    /// the record stores).
    pub english: String,
    /// Variables the translation must use, each exactly as in English.
    pub variables: BTreeSet<String>,
    /// For page units: what each placeable stands for (a URL or `<tel:ID>`).
    pub placeables: BTreeMap<String, String>,
    /// For page units: what kind of block it is.
    pub kind: Option<UnitKind>,
    /// The heading of its section (pages), for group comments.
    pub section: String,
    /// For page units: the byte range of its text in the page source
    /// (empty for the title and summary, and for other sets).
    pub range: Range<usize>,
}

impl UnitSet {
    pub fn new(name: String, origin: PathBuf, units: Vec<SourceUnit>, page_index: Option<usize>) -> UnitSet {
        let mut by_id = HashMap::with_capacity(units.len());
        for (index, unit) in units.iter().enumerate() {
            by_id.entry(unit.id.clone()).or_insert(index);
        }
        UnitSet {
            name,
            origin,
            units,
            page_index,
            by_id,
        }
    }

    pub fn file_name(&self) -> String {
        format!("{}.ftl", self.name)
    }

    pub fn get(&self, id: &str) -> Option<&SourceUnit> {
        self.by_id.get(id).map(|index| &self.units[*index])
    }
}

pub const CONTACTS: &str = "contacts";

/// One English page, parsed once.
#[derive(Debug, Clone)]
pub struct SourcePage {
    /// The page rendered in English (with its print outline when the page
    /// has a leaflet).
    pub document: Document,
    /// What every other locale translates.
    pub units: UnitSet,
}

/// Everything the other locales translate (or, for a batch of pages, the
/// interface sets and those pages), in a stable order.
#[derive(Debug, Clone)]
pub struct Sources {
    pub interface: Vec<UnitSet>,
    pub contacts: UnitSet,
    /// The index of the first page in `pages`.
    pub first_page: usize,
    /// Pages `first_page`, `first_page + 1`, …
    pub pages: Vec<SourcePage>,
}

impl Sources {
    /// Page `page_index` (which must be among `pages`).
    pub fn page(&self, page_index: usize) -> &SourcePage {
        &self.pages[page_index - self.first_page]
    }

    /// Every unit set: interface files, contacts, pages.
    pub fn sets(&self) -> impl Iterator<Item = &UnitSet> {
        self.interface
            .iter()
            .chain(std::iter::once(&self.contacts))
            .chain(self.pages.iter().map(|page| &page.units))
    }

    /// The set of translation file `name` (without `.ftl`).
    pub fn set(&self, name: &str) -> Option<&UnitSet> {
        self.sets().find(|set| set.name == name)
    }
}

/// Parses and renders every page in the source language (in parallel), and
/// gathers the English units. `source_catalog` is the source locale's
/// catalog (its interface files are what other locales translate).
pub fn load(
    source_catalog: Option<&Catalog>,
    registry: &Registry,
    pages: &[Page],
) -> (Sources, Vec<Diagnostic>) {
    load_range(source_catalog, registry, pages, 0..pages.len())
}

/// The interface and contacts sets, and the pages in `range` parsed and
/// rendered in the source language (in parallel).
pub fn load_range(
    source_catalog: Option<&Catalog>,
    registry: &Registry,
    pages: &[Page],
    range: std::ops::Range<usize>,
) -> (Sources, Vec<Diagnostic>) {
    let warning_label = source_catalog
        .and_then(|catalog| catalog.format("warning-label", &[]).ok())
        .unwrap_or_default();
    let first_page = range.start;
    let parsed: Vec<(SourcePage, Vec<Diagnostic>)> = pages[range]
        .par_iter()
        .enumerate()
        .map(|(offset, page)| source_page(first_page + offset, page, registry, &warning_label))
        .collect();
    let mut diagnostics = Vec::new();
    let mut source_pages = Vec::with_capacity(parsed.len());
    for (page, mut found) in parsed {
        source_pages.push(page);
        diagnostics.append(&mut found);
    }
    let mut interface = interface_sets(source_catalog, registry);
    let contacts = interface.pop().unwrap_or_else(|| contact_units(registry));
    let sources = Sources {
        interface,
        contacts,
        first_page,
        pages: source_pages,
    };
    (sources, diagnostics)
}

/// The sets that are not pages: each interface file of the source locale,
/// then the contacts.
pub fn interface_sets(source_catalog: Option<&Catalog>, registry: &Registry) -> Vec<UnitSet> {
    let mut sets: Vec<UnitSet> = source_catalog
        .map(|catalog| catalog.files.iter().map(interface_units).collect())
        .unwrap_or_default();
    sets.push(contact_units(registry));
    sets
}

fn source_page(
    index: usize,
    page: &Page,
    registry: &Registry,
    warning_label: &str,
) -> (SourcePage, Vec<Diagnostic>) {
    let events = markdown::parse(&page.source, page.body_start);
    let context = markdown::Context {
        registry,
        warning_label,
        english_headings: None,
        outline: page.front.leaflet.is_some(),
    };
    let (document, diagnostics) = markdown::render(&page.path, &page.source, &events, &context);
    let units = units::segment(page, &events)
        .into_iter()
        .map(|unit| SourceUnit {
            variables: unit.placeables.keys().cloned().collect(),
            id: unit.id,
            english: unit.english,
            placeables: unit.placeables,
            kind: Some(unit.kind),
            section: unit.section,
            range: unit.range,
        })
        .collect();
    let units = UnitSet::new(page.front.slug.clone(), page.path.clone(), units, Some(index));
    (SourcePage { document, units }, diagnostics)
}

fn interface_units(file: &FtlFile) -> UnitSet {
    let messages = &file.messages;
    let units = messages
        .blocks
        .iter()
        .enumerate()
        .map(|(index, block)| SourceUnit {
            id: block.id.clone(),
            english: messages.values[index].clone(),
            variables: messages.references[index].variables.clone(),
            placeables: BTreeMap::new(),
            kind: None,
            section: String::new(),
            range: 0..0,
        })
        .collect();
    UnitSet::new(file.stem(), file.path.clone(), units, None)
}

/// The units of the contacts registry: each contact's name, purpose and
/// hours.
pub fn contact_units(registry: &Registry) -> UnitSet {
    let mut units = Vec::new();
    for contact in &registry.contacts {
        let fields = [
            ("name", Some(&contact.name)),
            ("purpose", Some(&contact.purpose)),
            ("hours", contact.hours.as_ref()),
        ];
        for (field, english) in fields {
            if let Some(english) = english {
                units.push(SourceUnit {
                    id: format!("contact-{}-{field}", contact.id),
                    english: english.clone(),
                    variables: BTreeSet::new(),
                    placeables: BTreeMap::new(),
                    kind: None,
                    section: contact.name.clone(),
                    range: 0..0,
                });
            }
        }
    }
    UnitSet::new(CONTACTS.to_string(), registry.path.clone(), units, None)
}
