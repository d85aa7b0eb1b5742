//! HTML pages: builds the template context for each page and locale, renders
//! it with Tera (the `t()` function bound to that locale's catalog) and
//! minifies it. Locales and pages render in parallel.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentValue;
use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;

use super::Files;
use super::sitemap;
use crate::Site;
use crate::config::ReviewState;
use crate::content::contacts::{CallCost, Contact};
use crate::content::{Date, Page, TEMPLATES_DIR};
use crate::diag::{Diagnostic, Span};
use crate::l10n::{Catalog, Translate};
use crate::markdown::Rendered;

/// A page's text in one locale, ready for the template.
#[derive(Debug, Clone)]
pub struct LocalizedPage {
    pub title: String,
    pub summary: String,
    pub body: Rendered,
    /// The Markdown the body was rendered from (the leaflet reads it).
    pub markdown: String,
}

/// Gives a page's text (by index) in a catalog's locale.
pub type Localize<'a> = dyn Fn(usize, &Catalog) -> Result<LocalizedPage, Vec<Diagnostic>> + Sync + 'a;

#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    pub id: String,
    pub name: String,
    pub display: String,
    pub dial: String,
    pub purpose: String,
    pub hours: Option<String>,
    pub cost: String,
}

#[derive(Serialize)]
struct LanguageLink {
    code: String,
    name: String,
    dir: &'static str,
    url: String,
    current: bool,
}

/// Renders every page of every published locale, the locale home pages, the
/// language choice at the root, 404.html and sitemap.xml.
///
/// `localized(page_index, locale)` gives a page's text in a locale.
pub fn render_site(site: &Site, tera: &tera::Tera, localized: &Localize<'_>) -> (Files, Vec<Diagnostic>) {
    let published: Vec<&Arc<Catalog>> = site
        .catalogs
        .iter()
        .filter(|catalog| catalog.locale.publish)
        .collect();
    let results: Vec<(Files, Vec<Diagnostic>)> = published
        .par_iter()
        .map(|catalog| render_locale(site, tera, catalog, &published, localized))
        .collect();
    let mut files = Files::new();
    let mut diagnostics = Vec::new();
    for (locale_files, mut locale_diagnostics) in results {
        files.extend(locale_files);
        diagnostics.append(&mut locale_diagnostics);
    }
    if let Some(source_catalog) = published
        .iter()
        .find(|catalog| catalog.locale.code == site.config.source_locale)
    {
        let source_tera = tera_for(tera, source_catalog);
        let languages = language_links(
            &published,
            "",
            |code| format!("{code}/"),
            &source_catalog.locale.code,
        );
        let context = base_context(site, source_catalog, "", languages, json!([]));
        push_rendered(
            &mut files,
            &mut diagnostics,
            site,
            &source_tera,
            "root.html",
            &context,
            PathBuf::from("index.html"),
        );
        let base_path = site.config.base_path();
        let languages = language_links(&published, &base_path, |code| format!("{code}/"), "");
        let context = base_context(site, source_catalog, &base_path, languages, json!([]));
        push_rendered(
            &mut files,
            &mut diagnostics,
            site,
            &source_tera,
            "404.html",
            &context,
            PathBuf::from("404.html"),
        );
    }
    files.insert(
        PathBuf::from("sitemap.xml"),
        sitemap::render(&sitemap_entries(site, &published)).into_bytes(),
    );
    for (path, bytes) in &site.assets {
        files.insert(path.clone(), bytes.clone());
    }
    (files, diagnostics)
}

pub fn render_locale(
    site: &Site,
    tera: &tera::Tera,
    catalog: &Arc<Catalog>,
    published: &[&Arc<Catalog>],
    localized: &Localize<'_>,
) -> (Files, Vec<Diagnostic>) {
    let tera = tera_for(tera, catalog);
    let code = &catalog.locale.code;
    let mut files = Files::new();
    let mut diagnostics = Vec::new();
    let mut page_list = Vec::new();
    for (page_index, page) in site.pages.iter().enumerate() {
        let text = match localized(page_index, catalog) {
            Ok(text) => text,
            Err(mut found) => {
                diagnostics.append(&mut found);
                continue;
            }
        };
        let slug = &page.front.slug;
        page_list.push(json!({ "title": text.title, "summary": text.summary, "url": format!("{slug}/") }));
        let root = "../../";
        let languages = language_links(published, root, |other| format!("{other}/{slug}/"), code);
        let contacts = match contact_views(site, catalog, page) {
            Ok(contacts) => contacts,
            Err(mut found) => {
                diagnostics.append(&mut found);
                continue;
            }
        };
        let alternates = alternates(site, published, &format!("{slug}/"));
        let mut context = base_context(site, catalog, root, languages, alternates);
        let reviewed_text = match format_date(catalog, page.front.last_reviewed) {
            Ok(text) => text,
            Err(message) => {
                diagnostics.push(catalog_error(catalog, message));
                continue;
            }
        };
        let toc: Vec<_> = text
            .body
            .headings
            .iter()
            .filter(|heading| heading.level == 2)
            .map(|heading| json!({ "id": heading.id, "text": heading.text }))
            .collect();
        context.insert(
            "page",
            &json!({
                "title": text.title,
                "summary": text.summary,
                "slug": slug,
                "body": text.body.html,
                "toc": toc,
                "last_reviewed": page.front.last_reviewed.to_string(),
                "last_reviewed_text": reviewed_text,
                "applies_to": page.front.applies_to.to_string(),
                "contacts": contacts,
                "leaflet": page.front.leaflet.as_ref().map(|_| "leaflet.pdf"),
                "canonical": format!("{}{code}/{slug}/", site.config.base_url()),
            }),
        );
        let path = PathBuf::from(code).join(slug).join("index.html");
        push_rendered(
            &mut files,
            &mut diagnostics,
            site,
            &tera,
            "page.html",
            &context,
            path,
        );
    }
    let has_leaflets = site.pages.iter().any(|page| page.front.leaflet.is_some());
    if has_leaflets {
        let leaflets: Vec<_> = site
            .pages
            .iter()
            .enumerate()
            .filter(|(_, page)| page.front.leaflet.is_some())
            .map(|(page_index, page)| {
                let title = localized(page_index, catalog)
                    .map_or_else(|_| page.front.title.clone(), |text| text.title);
                let slug = &page.front.slug;
                let items = language_links(
                    published,
                    "../../",
                    |other| format!("{other}/{slug}/leaflet.pdf"),
                    code,
                );
                json!({ "title": title, "items": items })
            })
            .collect();
        let languages = language_links(published, "../../", |other| format!("{other}/leaflets/"), code);
        let mut context = base_context(
            site,
            catalog,
            "../../",
            languages,
            alternates(site, published, "leaflets/"),
        );
        context.insert("leaflets", &leaflets);
        push_rendered(
            &mut files,
            &mut diagnostics,
            site,
            &tera,
            "leaflets.html",
            &context,
            PathBuf::from(code).join("leaflets").join("index.html"),
        );
    }
    let languages = language_links(published, "../", |other| format!("{other}/"), code);
    let mut context = base_context(site, catalog, "../", languages, alternates(site, published, ""));
    context.insert("pages", &page_list);
    context.insert("has_leaflets", &has_leaflets);
    push_rendered(
        &mut files,
        &mut diagnostics,
        site,
        &tera,
        "home.html",
        &context,
        PathBuf::from(code).join("index.html"),
    );
    (files, diagnostics)
}

/// A copy of the compiled templates whose `t()` speaks this locale.
fn tera_for(tera: &tera::Tera, catalog: &Arc<Catalog>) -> tera::Tera {
    let mut tera = tera.clone();
    tera.register_function(
        "t",
        Translate {
            catalog: Arc::clone(catalog),
        },
    );
    tera
}

fn base_context(
    site: &Site,
    catalog: &Catalog,
    root: &str,
    languages: Vec<LanguageLink>,
    alternates: serde_json::Value,
) -> tera::Context {
    let locale = &catalog.locale;
    let mut context = tera::Context::new();
    context.insert("root", root);
    context.insert(
        "lang",
        &json!({
            "code": locale.code,
            "dir": locale.dir(),
            "draft": locale.review == ReviewState::Draft,
        }),
    );
    context.insert("languages", &languages);
    context.insert("alternates", &alternates);
    context.insert(
        "site",
        &json!({
            "base_url": site.config.base_url(),
            "exit_url": site.config.exit_url,
            "feedback_url": site.config.feedback_url.clone().unwrap_or_default(),
            "csp": content_security_policy(site),
        }),
    );
    context
}

/// The page's Content-Security-Policy: only the site's own files, and the
/// feedback endpoint as the only place a form may go.
fn content_security_policy(site: &Site) -> String {
    let form_action = match &site.config.feedback_url {
        Some(url) => {
            let origin: String = url.splitn(4, '/').take(3).collect::<Vec<_>>().join("/");
            format!("form-action {origin}")
        }
        None => "form-action 'none'".to_string(),
    };
    format!(
        "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; base-uri 'none'; {form_action}"
    )
}

fn language_links(
    published: &[&Arc<Catalog>],
    root: &str,
    path_for: impl Fn(&str) -> String,
    current: &str,
) -> Vec<LanguageLink> {
    published
        .iter()
        .map(|catalog| LanguageLink {
            code: catalog.locale.code.clone(),
            name: catalog
                .format("language-name", &[])
                .unwrap_or_else(|_| catalog.locale.code.clone()),
            dir: catalog.locale.dir(),
            url: format!("{root}{}", path_for(&catalog.locale.code)),
            current: catalog.locale.code == current,
        })
        .collect()
}

/// `hreflang` alternates (absolute URLs) for a path inside each locale.
fn alternates(site: &Site, published: &[&Arc<Catalog>], inner_path: &str) -> serde_json::Value {
    let base = site.config.base_url();
    let mut links: Vec<_> = published
        .iter()
        .map(|catalog| json!({ "hreflang": catalog.locale.code, "href": format!("{base}{}/{inner_path}", catalog.locale.code) }))
        .collect();
    links.push(json!({ "hreflang": "x-default", "href": format!("{base}{}/{inner_path}", site.config.source_locale) }));
    serde_json::Value::Array(links)
}

fn sitemap_entries(site: &Site, published: &[&Arc<Catalog>]) -> Vec<sitemap::Entry> {
    let base = site.config.base_url();
    let mut inner_paths: Vec<(String, Option<String>)> = vec![(String::new(), None)];
    inner_paths.extend(site.pages.iter().map(|page| {
        (
            format!("{}/", page.front.slug),
            Some(page.front.last_reviewed.to_string()),
        )
    }));
    let mut entries = Vec::new();
    for (inner_path, last_modified) in &inner_paths {
        let mut alternates: Vec<(String, String)> = published
            .iter()
            .map(|catalog| {
                (
                    catalog.locale.code.clone(),
                    format!("{base}{}/{inner_path}", catalog.locale.code),
                )
            })
            .collect();
        alternates.push((
            "x-default".to_string(),
            format!("{base}{}/{inner_path}", site.config.source_locale),
        ));
        for catalog in published {
            entries.push(sitemap::Entry {
                location: format!("{base}{}/{inner_path}", catalog.locale.code),
                last_modified: last_modified.clone(),
                alternates: alternates.clone(),
            });
        }
    }
    entries
}

/// The "Who to contact" entries of a page, in the page's locale. Names and
/// purposes come from the registry in the source locale and from Fluent
/// (`contact-<id>-name`, `-purpose`, `-hours`) in the others.
pub fn contact_views(
    site: &Site,
    catalog: &Catalog,
    page: &Page,
) -> Result<Vec<ContactView>, Vec<Diagnostic>> {
    let is_source = catalog.locale.code == site.config.source_locale;
    let mut views = Vec::new();
    let mut diagnostics = Vec::new();
    for id in &page.front.contacts {
        let Some(contact) = site.registry.get(id) else {
            continue;
        };
        let text = |field: &str, english: &str| -> Result<String, String> {
            if is_source {
                Ok(english.to_string())
            } else {
                catalog.format(&format!("contact-{id}-{field}"), &[])
            }
        };
        let hours = match &contact.hours {
            Some(hours) => text("hours", hours).map(Some),
            None => Ok(None),
        };
        match (
            text("name", &contact.name),
            text("purpose", &contact.purpose),
            hours,
            cost_text(catalog, contact),
        ) {
            (Ok(name), Ok(purpose), Ok(hours), Ok(cost)) => views.push(ContactView {
                id: contact.id.clone(),
                name,
                display: contact.display.clone(),
                dial: crate::validate::phones::dial_uri(contact),
                purpose,
                hours,
                cost,
            }),
            (name, purpose, hours, cost) => {
                let errors = [name.err(), purpose.err(), hours.err(), cost.err()];
                diagnostics.extend(
                    errors
                        .into_iter()
                        .flatten()
                        .map(|message| catalog_error(catalog, message)),
                );
            }
        }
    }
    if diagnostics.is_empty() {
        Ok(views)
    } else {
        Err(diagnostics)
    }
}

fn cost_text(catalog: &Catalog, contact: &Contact) -> Result<String, String> {
    let id = match contact.cost {
        CallCost::Free => "cost-free",
        CallCost::StandardRate => "cost-standard-rate",
        CallCost::Charged => "cost-charged",
    };
    catalog.format(id, &[])
}

/// A date as the locale writes it, from `date-long` and `month-<n>`.
pub fn format_date(catalog: &Catalog, date: Date) -> Result<String, String> {
    let month = catalog.format(&format!("month-{}", date.month), &[])?;
    catalog.format(
        "date-long",
        &[
            ("day", FluentValue::from(i64::from(date.day))),
            ("month", FluentValue::from(month)),
            ("year", FluentValue::from(date.year.to_string())),
        ],
    )
}

fn catalog_error(catalog: &Catalog, message: String) -> Diagnostic {
    let path = catalog.files.first().map_or_else(
        || Path::new(crate::l10n::LOCALES_DIR).join(&catalog.locale.code),
        |file| file.path.clone(),
    );
    Diagnostic::error("l10n/format", Span::file(&path), message)
        .with_help("add the message to this locale's .ftl files, with the same variables as in English")
}

fn push_rendered(
    files: &mut Files,
    diagnostics: &mut Vec<Diagnostic>,
    site: &Site,
    tera: &tera::Tera,
    template: &str,
    context: &tera::Context,
    path: PathBuf,
) {
    match tera.render(template, context) {
        Ok(html) => {
            let bytes = if site.config.output.minify {
                minify(html.as_bytes())
            } else {
                html.into_bytes()
            };
            files.insert(path, bytes);
        }
        Err(error) => diagnostics.push(
            Diagnostic::error(
                "template/render",
                Span::file(&Path::new(TEMPLATES_DIR).join(template)),
                super::templates::error_chain(&error),
            )
            .with_help(format!("while rendering {}", path.display())),
        ),
    }
}

fn minify(html: &[u8]) -> Vec<u8> {
    let cfg = minify_html::Cfg {
        keep_html_and_head_opening_tags: true,
        keep_closing_tags: true,
        minify_css: true,
        minify_js: false,
        ..minify_html::Cfg::default()
    };
    minify_html::minify(html, &cfg)
}
