//! The English side of translation, made once per run: every page parsed a
//! single time into its rendered document and its translation units, and
//! the sets of English units every other locale must translate: each
//! interface file of the source locale (`site.ftl`), the contacts registry
//! (`contacts.ftl`: names, purposes, hours) and each page (`<slug>.ftl`).

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use super::units::{self, ContactField, SourceKind, SourceUnit, UnitSet};
use super::{Catalog, FtlFile};
use crate::content::Page;
use crate::content::contacts::Registry;
use crate::diag::Diagnostic;
use crate::key::PageId;
use crate::markdown::{self, Document};

pub const CONTACTS: &str = "contacts";

/// One English page, parsed once.
#[derive(Debug, Clone)]
pub struct SourcePage {
    /// The page rendered in English (with its print outline when the page
    /// has a leaflet).
    pub document: Document,
    /// What every other locale translates.
    pub units: UnitSet,
    /// Positional ids (from before base files) and the ids that replace
    /// them, when the page has no base file yet and ids were made fresh.
    pub renamed: Vec<(String, String)>,
}

/// Where page units' ids come from when a page has no base file yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WithoutBase {
    /// Keep the positional ids translations were made with (a build of a
    /// site not yet migrated still finds its translations).
    Positional,
    /// Make fresh ids and list the positional ones they replace (what
    /// `l10n update` writes and migrates to).
    Fresh,
}

/// How to read the English.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub without_base: WithoutBase,
    /// Report base files that are missing or out of date (when the site
    /// has locales to translate into).
    pub check_base: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            without_base: WithoutBase::Positional,
            check_base: false,
        }
    }
}

/// Everything the other locales translate (or, for a batch of pages, the
/// interface sets and those pages), in a stable order.
#[derive(Debug, Clone)]
pub struct Sources {
    pub interface: Vec<UnitSet>,
    pub contacts: UnitSet,
    /// The first page in `pages`.
    pub first_page: PageId,
    /// Pages `first_page`, `first_page + 1`, …
    pub pages: Vec<SourcePage>,
}

impl Sources {
    /// Page `page` (which must be among `pages`).
    pub fn page(&self, page: PageId) -> &SourcePage {
        &self.pages[page.index() - self.first_page.index()]
    }

    /// The pages held, as a range of page indexes.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.first_page.index()..self.first_page.index() + self.pages.len()
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
    options: Options,
) -> (Sources, Vec<Diagnostic>) {
    load_range(source_catalog, registry, pages, 0..pages.len(), options)
}

/// The interface and contacts sets, and the pages in `range` parsed and
/// rendered in the source language (in parallel).
pub fn load_range(
    source_catalog: Option<&Catalog>,
    registry: &Registry,
    pages: &[Page],
    range: std::ops::Range<usize>,
    options: Options,
) -> (Sources, Vec<Diagnostic>) {
    let warning_label = source_catalog
        .and_then(|catalog| catalog.format("warning-label", &[]).ok())
        .unwrap_or_default();
    let first_page = range.start;
    let parsed: Vec<(SourcePage, Vec<Diagnostic>)> = pages[range]
        .par_iter()
        .enumerate()
        .map(|(offset, page)| {
            let base = source_catalog.and_then(|catalog| catalog.page_files.get(&page.front.slug));
            let (source, mut diagnostics) =
                source_page(first_page + offset, page, registry, &warning_label, base, options);
            if options.check_base
                && let Some(catalog) = source_catalog
                && let Some(found) = super::base::check(
                    &catalog.locale.code,
                    &source.units,
                    base.map(|text| text.source.as_str()),
                )
            {
                // About the page's base file as a whole: an error in the
                // English makes it outdated too (`diag::fold_into_english`).
                diagnostics.push(Diagnostic {
                    about: Some(crate::diag::About {
                        page: PageId::new(first_page + offset),
                        unit: None,
                    }),
                    ..found
                });
            }
            (source, diagnostics)
        })
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
        first_page: PageId::new(first_page),
        pages: source_pages,
    };
    (sources, diagnostics)
}

/// The sets that are not pages: each interface file of the source locale
/// (not the contacts base file, which is made from the registry), then the
/// contacts.
pub fn interface_sets(source_catalog: Option<&Catalog>, registry: &Registry) -> Vec<UnitSet> {
    let mut sets: Vec<UnitSet> = source_catalog
        .map(|catalog| {
            catalog
                .files
                .iter()
                .filter(|file| file.stem() != CONTACTS && !super::base::is_base(file.source()))
                .map(interface_units)
                .collect()
        })
        .unwrap_or_default();
    sets.push(contact_units(registry));
    sets
}

fn source_page(
    index: usize,
    page: &Page,
    registry: &Registry,
    warning_label: &str,
    base: Option<&super::FtlText>,
    options: Options,
) -> (SourcePage, Vec<Diagnostic>) {
    let events = markdown::parse(&page.source, page.body_start);
    let context = markdown::Context {
        registry,
        warning_label,
        english_headings: None,
        outline: page.front.leaflet.is_some(),
    };
    let (document, mut diagnostics) = markdown::render(&page.path, &page.source, &events, &context);
    let segmented = units::segment(page, &events);
    let mut renamed = Vec::new();
    let ids: Vec<String> = match (base, options.without_base) {
        (Some(base), _) => super::ids::assign(&segmented, Some(&super::ftl::Messages::parse(&base.source))),
        (None, WithoutBase::Positional) => segmented.iter().map(|unit| unit.id.clone()).collect(),
        (None, WithoutBase::Fresh) => {
            let fresh = super::ids::assign(&segmented, None);
            renamed = segmented
                .iter()
                .zip(&fresh)
                .filter(|(unit, id)| &unit.id != *id)
                .map(|(unit, id)| (unit.id.clone(), id.clone()))
                .collect();
            fresh
        }
    };
    let units = segmented
        .into_iter()
        .zip(ids)
        .map(|(unit, id)| SourceUnit {
            variables: unit.placeables.keys().cloned().collect(),
            id,
            english: unit.english,
            placeables: unit.placeables,
            kind: SourceKind::Page(unit.kind),
            section: unit.section,
            range: unit.range,
        })
        .collect();
    let units = UnitSet::new(page.front.slug.clone(), page.path.clone(), units, Some(index));
    for diagnostic in &mut diagnostics {
        if let Some(unit) = unit_at(page, &units, &diagnostic.span) {
            diagnostic.about = Some(crate::diag::About {
                page: PageId::new(index),
                unit: Some(unit.to_string()),
            });
        }
    }
    (
        SourcePage {
            document,
            units,
            renamed,
        },
        diagnostics,
    )
}

/// The id of the unit whose English holds the place `span` (in the page's
/// source) points at, if any.
fn unit_at<'u>(page: &Page, units: &'u UnitSet, span: &crate::diag::Span) -> Option<&'u str> {
    if span.path != page.path || span.line == 0 {
        return None;
    }
    let line_start = crate::diag::line_start_offset(&page.source, span.line);
    let column = page.source[line_start..]
        .char_indices()
        .nth(span.column.saturating_sub(1))
        .map_or(0, |(offset, _)| offset);
    let offset = line_start + column;
    units
        .units
        .iter()
        .find(|unit| unit.range.contains(&offset))
        .map(|unit| unit.id.as_str())
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
            kind: SourceKind::Interface,
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
            (ContactField::Name, Some(&contact.name)),
            (ContactField::Purpose, Some(&contact.purpose)),
            (ContactField::Hours, contact.hours.as_ref()),
        ];
        for (field, english) in fields {
            if let Some(english) = english {
                units.push(SourceUnit {
                    id: format!("contact-{}-{}", contact.id, field.as_str()),
                    english: english.clone(),
                    variables: BTreeSet::new(),
                    placeables: BTreeMap::new(),
                    kind: SourceKind::Contact(field),
                    section: contact.name.clone(),
                    range: 0..0,
                });
            }
        }
    }
    UnitSet::new(CONTACTS.to_string(), registry.path.clone(), units, None)
}
