//! What every other locale must translate, as sets of English units: each
//! interface file of the source locale (`site.ftl`), the contacts registry
//! (`contacts.ftl`: names, purposes, hours) and each page (`<slug>.ftl`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use super::Catalog;
use super::ftl;
use super::units::{self, UnitKind};
use crate::content::Page;
use crate::content::contacts::Registry;

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
}

#[derive(Debug, Clone)]
pub struct SourceUnit {
    pub id: String,
    /// The English as a Fluent value (what the `# en:` comment shows and
    /// the record stores).
    pub english: String,
    /// Variables the translation must use, each exactly as in English.
    pub variables: BTreeSet<String>,
    /// For page units: what each placeable stands for.
    pub placeables: BTreeMap<String, String>,
    /// For page units: what kind of block it is.
    pub kind: Option<UnitKind>,
    /// The heading of its section (pages), for group comments.
    pub section: String,
}

impl UnitSet {
    pub fn file_name(&self) -> String {
        format!("{}.ftl", self.name)
    }

    pub fn get(&self, id: &str) -> Option<&SourceUnit> {
        self.units.iter().find(|unit| unit.id == id)
    }
}

pub const CONTACTS: &str = "contacts";

/// Every unit set, in a stable order: interface files, contacts, pages.
pub fn all(source_catalog: &Catalog, registry: &Registry, pages: &[Page]) -> Vec<UnitSet> {
    let mut sets: Vec<UnitSet> = source_catalog.files.iter().map(interface_units).collect();
    sets.push(contact_units(registry));
    sets.extend(
        pages
            .iter()
            .enumerate()
            .map(|(index, page)| page_units(index, page)),
    );
    sets
}

fn interface_units(file: &super::FtlFile) -> UnitSet {
    let references: BTreeMap<String, ftl::References> = ftl::references(&file.source).into_iter().collect();
    let units = ftl::blocks(&file.source)
        .iter()
        .map(|block| SourceUnit {
            id: block.id.clone(),
            english: ftl::value_text(&file.source, block),
            variables: references
                .get(&block.id)
                .map(|r| r.variables.clone())
                .unwrap_or_default(),
            placeables: BTreeMap::new(),
            kind: None,
            section: String::new(),
        })
        .collect();
    let name = file
        .path
        .file_stem()
        .map(|stem| stem.to_string_lossy().to_string())
        .unwrap_or_default();
    UnitSet {
        name,
        origin: file.path.clone(),
        units,
        page_index: None,
    }
}

fn contact_units(registry: &Registry) -> UnitSet {
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
                });
            }
        }
    }
    UnitSet {
        name: CONTACTS.to_string(),
        origin: registry.path.clone(),
        units,
        page_index: None,
    }
}

fn page_units(index: usize, page: &Page) -> UnitSet {
    let units = units::segment(page)
        .into_iter()
        .map(|unit| SourceUnit {
            variables: unit.placeables.keys().cloned().collect(),
            id: unit.id,
            english: unit.english,
            placeables: unit.placeables,
            kind: Some(unit.kind),
            section: unit.section,
        })
        .collect();
    UnitSet {
        name: page.front.slug.clone(),
        origin: page.path.clone(),
        units,
        page_index: Some(index),
    }
}
