//! A page's text in a locale: each translation unit formatted with its
//! placeables (links and `<tel:ID>` phone links from the English), put back
//! into the English Markdown in place of its source, and rendered with the
//! English heading ids.

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;

use super::units;
use super::{Catalog, page_bundle};
use crate::content::Page;
use crate::content::contacts::Registry;
use crate::diag::{Diagnostic, Span};
use crate::markdown::{self, Heading};
use crate::render::html::LocalizedPage;

/// Renders `page` in the catalog's locale from its translation file.
pub fn localize(
    page: &Page,
    catalog: &Catalog,
    registry: &Registry,
    english_headings: &[Heading],
) -> Result<LocalizedPage, Vec<Diagnostic>> {
    let slug = &page.front.slug;
    let Some(file) = catalog.page_files.get(slug) else {
        let path = catalog.dir().join(format!("{slug}.ftl"));
        return Err(vec![
            Diagnostic::error(
                "l10n/missing-file",
                Span::file(&path),
                format!(
                    "page `{slug}` has no translation in locale `{}`",
                    catalog.locale.code
                ),
            )
            .with_help(format!("run `signpost l10n update {}`", catalog.locale.code)),
        ]);
    };
    let (bundle, mut diagnostics) = page_bundle(catalog, file);
    let mut translated = BTreeMap::new();
    let segmented = units::segment(page);
    for unit in &segmented {
        let args: Vec<(&str, FluentValue<'_>)> = unit
            .markdown_args()
            .into_iter()
            .map(|(name, value)| (name, FluentValue::from(value)))
            .collect();
        match super::format_in(&bundle, &unit.id, &args) {
            Ok(text) => {
                translated.insert(unit.id.clone(), text);
            }
            Err(reason) => diagnostics.push(
                Diagnostic::error("l10n/format", Span::file(&file.path), reason)
                    .with_help("fix the message; `signpost check` lists what is wrong with it"),
            ),
        }
    }
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    let body = units::rebuild(page, &segmented, &translated);
    let warning_label = catalog.format("warning-label", &[]).unwrap_or_default();
    let context = markdown::Context {
        registry,
        warning_label: &warning_label,
        english_headings: Some(english_headings),
    };
    let (rendered, found) = markdown::render(&file.path, &body, 0, &context);
    if !found.is_empty() {
        // The gate has already checked every unit; anything left is reported
        // against the translation file as a whole.
        return Err(found
            .into_iter()
            .map(|mut diagnostic| {
                diagnostic.span = Span::file(&file.path);
                diagnostic.excerpt = None;
                diagnostic
            })
            .collect());
    }
    Ok(LocalizedPage {
        markdown: body.clone(),
        title: translated
            .get("page-title")
            .cloned()
            .unwrap_or_else(|| page.front.title.clone()),
        summary: translated
            .get("page-summary")
            .cloned()
            .unwrap_or_else(|| page.front.summary.clone()),
        body: rendered,
    })
}
