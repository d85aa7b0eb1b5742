//! Checks over loaded data that are not parsing: phone numbers (registry and
//! every text that could hide a hand-typed number), hidden characters
//! (direction controls, zero-width and other format characters) in pages,
//! the registry, templates and interface translations, contacts used by
//! pages, and message ids asked for by templates.

pub mod files;
pub mod links;
pub mod phones;

use std::sync::Arc;

use rayon::prelude::*;

use crate::characters;
use crate::content::contacts::Registry;
use crate::content::{Date, Page, TemplateSource};
use crate::diag::{Diagnostic, Severity, Span};
use crate::l10n::{Catalog, hardcoded, visible};
use crate::numbers::{self, Reference};

/// What the checks over loaded data read.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub pages: &'a [Page],
    pub registry: &'a Registry,
    pub templates: &'a [TemplateSource],
    pub catalogs: &'a [Arc<Catalog>],
    /// A contact not verified within this many months is a warning.
    pub verify_contacts_every_months: u32,
}

/// Every check that needs only the loaded site (files in parallel).
pub fn check(input: Input<'_>, today: Date) -> Vec<Diagnostic> {
    let registry = input.registry;
    let mut diagnostics = phones::check_registry(registry, input.verify_contacts_every_months, today);
    diagnostics.extend(characters::check_text(
        &registry.path,
        &registry.source,
        0,
        &registry.source,
    ));
    let pages: Vec<Vec<Diagnostic>> = input
        .pages
        .par_iter()
        .map(|page| {
            let mut found = numbers::check_text(
                &page.path,
                &page.source,
                0,
                &page.source,
                registry,
                Reference::Markdown,
            );
            found.extend(characters::check_text(&page.path, &page.source, 0, &page.source));
            check_page_contacts(registry, page, &mut found);
            found
        })
        .collect();
    diagnostics.extend(pages.into_iter().flatten());
    for template in input.templates {
        diagnostics.extend(numbers::check_text(
            &template.path,
            &template.source,
            0,
            &template.source,
            registry,
            Reference::Template,
        ));
        diagnostics.extend(characters::check_text(
            &template.path,
            &template.source,
            0,
            &template.source,
        ));
        diagnostics.extend(hardcoded::check(template));
        for message_use in hardcoded::message_uses(&template.source) {
            for catalog in input.catalogs {
                if !catalog.has(&message_use.id) {
                    diagnostics.push(
                        Diagnostic::error(
                            "l10n/missing-message",
                            hardcoded::use_span(&template.path, &template.source, &message_use),
                            format!(
                                "message `{}` is missing in locale `{}`",
                                message_use.id, catalog.locale.code
                            ),
                        )
                        .with_help(format!(
                            "add `{} = …` to a file in locales/{}/",
                            message_use.id, catalog.locale.code
                        ))
                        .with_excerpt_from(&template.source),
                    );
                }
            }
        }
    }
    // Interface files (page translations are scanned by the gate, which
    // parses them), read as a reader sees them (`l10n::visible`): each
    // with the locale's other interface files, which its references can
    // reach. As everywhere, an unpublished locale's problems are warnings:
    // it is checked but blocks nothing.
    let lookups: Vec<visible::Lookup<'_>> = input
        .catalogs
        .iter()
        .map(|catalog| visible::Lookup::new(&catalog.files.iter().collect::<Vec<_>>()))
        .collect();
    let files: Vec<(&crate::l10n::FtlFile, usize)> = input
        .catalogs
        .iter()
        .enumerate()
        .flat_map(|(index, catalog)| catalog.files.iter().map(move |file| (file, index)))
        .collect();
    let translations: Vec<Vec<Diagnostic>> = files
        .par_iter()
        .map(|(file, catalog)| {
            let mut found = visible::check_file(file, &lookups[*catalog], registry);
            if !input.catalogs[*catalog].locale.publish {
                for diagnostic in &mut found {
                    diagnostic.severity = Severity::Warning;
                }
            }
            found
        })
        .collect();
    diagnostics.extend(translations.into_iter().flatten());
    diagnostics
}

/// A page's `contacts` must name registry entries that serve its nation.
fn check_page_contacts(registry: &Registry, page: &Page, diagnostics: &mut Vec<Diagnostic>) {
    let front_end = page.body_start;
    let contacts_line = page.source[..front_end]
        .find("\ncontacts:")
        .map(|offset| offset + 1);
    let span = contacts_line.map_or_else(
        || Span::file(&page.path),
        |offset| Span::at_offset(&page.path, &page.source, offset),
    );
    for id in &page.front.contacts {
        match registry.get(id) {
            None => diagnostics.push(
                Diagnostic::error(
                    "phone/unknown-id",
                    span.clone(),
                    format!("contact `{id}` is not in the contacts registry"),
                )
                .with_help(format!(
                    "known ids: {}",
                    registry
                        .contacts
                        .iter()
                        .map(|c| c.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
                .with_excerpt_from(&page.source),
            ),
            Some(contact) if !contact.nations.contains(&page.front.applies_to) => diagnostics.push(
                Diagnostic::error(
                    "phone/wrong-nation",
                    span.clone(),
                    format!(
                        "contact `{id}` does not serve {}, which this page applies to",
                        page.front.applies_to
                    ),
                )
                .with_excerpt_from(&page.source),
            ),
            Some(_) => {}
        }
    }
}
