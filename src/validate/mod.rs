//! Checks over loaded data that are not parsing: phone numbers (registry and
//! every text that could hide a hand-typed number), contacts used by pages,
//! and message ids asked for by templates.

pub mod links;
pub mod phones;

use crate::Site;
use crate::content::Date;
use crate::diag::{Diagnostic, Span};
use crate::l10n::hardcoded;
use phones::Reference;

/// Every check that needs only the loaded site, collected in one pass.
pub fn check(site: &Site, today: Date) -> Vec<Diagnostic> {
    let mut diagnostics = phones::check_registry(
        &site.registry,
        site.config.checks.verify_contacts_every_months,
        today,
    );
    for page in &site.pages {
        diagnostics.extend(phones::check_text(
            &page.path,
            &page.source,
            0,
            &page.source,
            &site.registry,
            Reference::Markdown,
        ));
        check_page_contacts(site, page, &mut diagnostics);
    }
    for template in &site.templates {
        diagnostics.extend(phones::check_text(
            &template.path,
            &template.source,
            0,
            &template.source,
            &site.registry,
            Reference::Template,
        ));
        diagnostics.extend(hardcoded::check(template));
        for message_use in hardcoded::message_uses(&template.source) {
            for catalog in &site.catalogs {
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
    for catalog in &site.catalogs {
        for file in catalog.files.iter().chain(catalog.page_files.values()) {
            diagnostics.extend(phones::check_text(
                &file.path,
                &file.source,
                0,
                &file.source,
                &site.registry,
                Reference::Fluent,
            ));
        }
    }
    diagnostics
}

/// A page's `contacts` must name registry entries that serve its nation.
fn check_page_contacts(site: &Site, page: &crate::content::Page, diagnostics: &mut Vec<Diagnostic>) {
    let front_end = page.body_start;
    let contacts_line = page.source[..front_end]
        .find("\ncontacts:")
        .map(|offset| offset + 1);
    let span = contacts_line.map_or_else(
        || Span::file(&page.path),
        |offset| Span::at_offset(&page.path, &page.source, offset),
    );
    for id in &page.front.contacts {
        match site.registry.get(id) {
            None => diagnostics.push(
                Diagnostic::error(
                    "phone/unknown-id",
                    span.clone(),
                    format!("contact `{id}` is not in the contacts registry"),
                )
                .with_help(format!(
                    "known ids: {}",
                    site.registry
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
