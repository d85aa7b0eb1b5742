//! Nothing ignored silently: compares what is in the project's folders (a
//! listing made by `crate::project::list_project`) with what the build loaded and
//! uses, and reports the difference. A file under `content/`, `locales/` or
//! `templates/` that the build does not use is a warning naming it, with
//! "did you mean" when a name the build would use is near (a translation
//! file for no page, a locale folder not in `site.yaml`, a template that
//! nothing renders, extends, includes or imports, a file in `content/` that
//! is not a page or the registry). A symbolic link in any folder the build
//! reads that leads out of the project is an error, and the readers never
//! follow it.
//!
//! Pure: the listing and the loaded site in, diagnostics out.

use std::collections::{BTreeSet, HashSet};
use std::path::{Component, Path};
use std::sync::Arc;

use crate::config::Config;
use crate::content::{self, Page, TemplateSource};
use crate::diag::{Diagnostic, Span};
use crate::l10n::{self, Catalog};
use crate::project::{Leads, Listed, ListedKind};
use crate::render::templates::{RENDERED_WHEN_NEEDED, REQUIRED};

/// What the build loaded, to compare the listing with.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub config: &'a Config,
    pub pages: &'a [Page],
    pub templates: &'a [TemplateSource],
    /// One per configured locale, in configuration order.
    pub catalogs: &'a [Arc<Catalog>],
    /// Whether everything loaded without errors. When a page or template
    /// could not be loaded, which slugs and templates exist is not known,
    /// so translation files and templates are not judged (the load errors
    /// come first); links, `content/` and locale folders still are.
    pub complete: bool,
}

/// Every unused file, unfollowed link and link out of the project in
/// `listed`.
pub fn check(input: Input<'_>, listed: &[Listed]) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let used_locales = UsedLocales::new(input);
    let reached_templates = reached_templates(input.templates);
    for entry in listed {
        if let ListedKind::Link { target, leads } = &entry.kind
            && let Some(diagnostic) = check_link(&entry.path, target, *leads)
        {
            diagnostics.push(diagnostic);
            continue;
        }
        let is_file = matches!(
            entry.kind,
            ListedKind::File
                | ListedKind::Link {
                    leads: Leads::FileInside,
                    ..
                }
        );
        let parts: Vec<String> = entry
            .path
            .components()
            .filter_map(|component| match component {
                Component::Normal(part) => Some(part.to_string_lossy().to_string()),
                _ => None,
            })
            .collect();
        let Some(top) = parts.first() else {
            continue;
        };
        let found = match top.as_str() {
            crate::project::CONTENT_DIR if is_file => check_content_file(&entry.path, &parts),
            crate::project::TEMPLATES_DIR if is_file && input.complete => {
                check_template_file(&entry.path, &parts, input.templates, reached_templates.as_ref())
            }
            crate::project::LOCALES_DIR if input.complete || parts.len() == 2 => {
                used_locales.check(&entry.path, &parts, is_file)
            }
            _ => None,
        };
        diagnostics.extend(found);
    }
    diagnostics
}

fn check_link(path: &Path, target: &Path, leads: Leads) -> Option<Diagnostic> {
    let is_top_folder = path.components().count() == 1;
    match leads {
        Leads::FileInside => None,
        Leads::FolderInside if is_top_folder => None,
        Leads::FolderInside => Some(
            Diagnostic::warning(
                "file/link-not-followed",
                Span::file(path),
                format!(
                    "`{}` is a link to the folder `{}`: links to folders are not followed, so nothing in it is used",
                    path.display(),
                    target.display()
                ),
            )
            .with_help("move the files here, or link each file"),
        ),
        Leads::Outside => Some(
            Diagnostic::error(
                "file/link-outside",
                Span::file(path),
                format!(
                    "`{}` is a symbolic link to `{}`, outside the project: it is not read or published",
                    path.display(),
                    target.display()
                ),
            )
            .with_help("copy what is needed into the project and remove the link: a link out of the project could publish any file of this machine"),
        ),
        Leads::Nowhere => Some(
            Diagnostic::warning(
                "file/broken-link",
                Span::file(path),
                format!(
                    "`{}` is a symbolic link to `{}`, which does not exist: it is ignored",
                    path.display(),
                    target.display()
                ),
            )
            .with_help("fix the link's target or remove the link"),
        ),
    }
}

/// "did you mean …?" for the candidate nearest to `name`, if it is near:
/// ignoring case, at most a third of its length away (at least one edit
/// allowed), so `contacts.yml` finds `contacts.yaml` but `de` is not `en`.
fn nearest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = name.to_lowercase();
    candidates
        .into_iter()
        .filter(|candidate| *candidate != name)
        .map(|candidate| (strsim::levenshtein(&lower, &candidate.to_lowercase()), candidate))
        .filter(|(distance, candidate)| *distance <= (candidate.chars().count() / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn with_suggestion(help: &str, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(name) => format!("did you mean `{name}`? {help}"),
        None => help.to_string(),
    }
}

fn unused(path: &Path, what: &str, help: String) -> Diagnostic {
    Diagnostic::warning(
        "file/unused",
        Span::file(path),
        format!("`{}` {what}: the build does not use it", path.display()),
    )
    .with_help(help)
}

/// `content/`: Markdown pages anywhere, and the registry.
fn check_content_file(path: &Path, parts: &[String]) -> Option<Diagnostic> {
    let name = parts.last()?;
    let is_registry = parts.len() == 2 && name == content::contacts::FILE_NAME;
    if is_registry || path.extension().is_some_and(|extension| extension == "md") {
        return None;
    }
    let stem = path
        .file_stem()
        .map_or_else(String::new, |stem| stem.to_string_lossy().to_string());
    let as_page = format!("{stem}.md");
    let mut candidates = vec![as_page.as_str()];
    if parts.len() == 2 {
        candidates.push(content::contacts::FILE_NAME);
    }
    Some(unused(
        path,
        "is not a page or the contacts registry",
        with_suggestion(
            "pages are `.md` files and the registry is content/contacts.yaml; images and downloads go in static/",
            nearest(name, candidates),
        ),
    ))
}

/// `templates/`: Tera templates that something renders, and the leaflet
/// layout.
fn check_template_file(
    path: &Path,
    parts: &[String],
    templates: &[TemplateSource],
    reached: Option<&HashSet<String>>,
) -> Option<Diagnostic> {
    let name = parts[1..].join("/");
    let known: Vec<&str> = REQUIRED
        .iter()
        .chain(RENDERED_WHEN_NEEDED)
        .copied()
        .chain(templates.iter().map(|template| template.name.as_str()))
        .collect();
    // Every Typst file directly in templates/ is a leaflet layout: each
    // format's, the shared one, or one they import (which only Typst
    // knows), so none is called unused.
    if parts.len() == 2
        && Path::new(&name)
            .extension()
            .is_some_and(|extension| extension == content::LEAFLET_TEMPLATE_EXTENSION)
    {
        return None;
    }
    if !templates.iter().any(|template| template.name == name) {
        return Some(unused(
            path,
            "is not a template",
            with_suggestion(
                "templates are `.html` or `.xml` files (Tera) and the leaflet layouts templates/*.typ (Typst)",
                nearest(&name, known.iter().copied()),
            ),
        ));
    }
    let reached = reached?;
    if reached.contains(&name) {
        return None;
    }
    let rendered: Vec<&str> = REQUIRED.iter().chain(RENDERED_WHEN_NEEDED).copied().collect();
    Some(
        Diagnostic::warning(
            "file/unused-template",
            Span::file(path),
            format!(
                "`{}` is not rendered, extended, included or imported by any template the build renders",
                path.display()
            ),
        )
        .with_help(with_suggestion(
            &format!(
                "the build renders {}; remove the file or use it from one of them",
                rendered.join(", ")
            ),
            nearest(&name, rendered.iter().copied()),
        )),
    )
}

/// The templates the build renders and everything they extend, include or
/// import, or `None` when a template does not parse (then it cannot be
/// known, and the syntax error is reported elsewhere).
fn reached_templates(templates: &[TemplateSource]) -> Option<HashSet<String>> {
    let mut uses: Vec<(String, Vec<String>)> = Vec::new();
    for template in templates {
        let parsed = tera::Template::new(&template.name, None, &template.source).ok()?;
        let mut names: Vec<String> = parsed.parent.iter().cloned().collect();
        names.extend(parsed.imported_macro_files.iter().map(|(file, _)| file.clone()));
        collect_includes(&parsed.ast, &mut names);
        uses.push((template.name.clone(), names));
    }
    let mut reached: HashSet<String> = HashSet::new();
    let mut queue: Vec<String> = REQUIRED
        .iter()
        .chain(RENDERED_WHEN_NEEDED)
        .map(|name| name.to_string())
        .collect();
    while let Some(name) = queue.pop() {
        if !reached.insert(name.clone()) {
            continue;
        }
        if let Some((_, names)) = uses.iter().find(|(template, _)| *template == name) {
            queue.extend(names.iter().cloned());
        }
    }
    Some(reached)
}

/// The template names of every `{% include %}` in `nodes`, at any depth.
fn collect_includes(nodes: &[tera::ast::Node], names: &mut Vec<String>) {
    use tera::ast::Node;
    for node in nodes {
        match node {
            Node::Include(_, included, _) => names.extend(included.iter().cloned()),
            Node::Block(_, block, _) => collect_includes(&block.body, names),
            Node::MacroDefinition(_, definition, _) => collect_includes(&definition.body, names),
            Node::Forloop(_, forloop, _) => {
                collect_includes(&forloop.body, names);
                if let Some(empty) = &forloop.empty_body {
                    collect_includes(empty, names);
                }
            }
            Node::If(condition, _) => {
                for (_, _, body) in &condition.conditions {
                    collect_includes(body, names);
                }
                if let Some((_, body)) = &condition.otherwise {
                    collect_includes(body, names);
                }
            }
            Node::FilterSection(_, section, _) => collect_includes(&section.body, names),
            _ => {}
        }
    }
}

/// What each configured locale folder may hold.
struct UsedLocales<'a> {
    config: &'a Config,
    catalogs: &'a [Arc<Catalog>],
    slugs: BTreeSet<&'a str>,
    /// Names of the source locale's interface files (`site`, …) and
    /// `contacts`: the translation files of interface strings.
    interface_sets: BTreeSet<String>,
}

impl<'a> UsedLocales<'a> {
    fn new(input: Input<'a>) -> UsedLocales<'a> {
        let source = input
            .catalogs
            .iter()
            .find(|catalog| catalog.locale.code == input.config.source_locale);
        let mut interface_sets: BTreeSet<String> = source
            .iter()
            .flat_map(|catalog| catalog.files.iter().map(l10n::FtlFile::stem))
            .collect();
        interface_sets.insert("contacts".to_string());
        UsedLocales {
            config: input.config,
            catalogs: input.catalogs,
            slugs: input.pages.iter().map(|page| page.front.slug.as_str()).collect(),
            interface_sets,
        }
    }

    fn source(&self) -> Option<&Catalog> {
        self.catalogs
            .iter()
            .map(AsRef::as_ref)
            .find(|catalog| catalog.locale.code == self.config.source_locale)
    }

    fn check(&self, path: &Path, parts: &[String], is_file: bool) -> Option<Diagnostic> {
        let codes: Vec<&str> = self
            .config
            .locales
            .iter()
            .map(|locale| locale.code.as_str())
            .collect();
        match parts {
            [_, _] if is_file => Some(unused(
                path,
                "is not inside a locale folder",
                format!("translation files go in locales/<locale>/, e.g. locales/{}/", codes.last().copied().unwrap_or("pl")),
            )),
            [_, code] if !codes.contains(&code.as_str()) => {
                Some(
                    Diagnostic::warning(
                        "file/unused-locale",
                        Span::file(path),
                        format!(
                            "the locale folder `{}` is not in site.yaml: nothing in it is used",
                            path.display()
                        ),
                    )
                    .with_help(with_suggestion(
                        "add the locale to `locales` in site.yaml (with `publish: false` while it is being translated), or remove the folder",
                        nearest(code, codes.iter().copied()),
                    )),
                )
            }
            [_, code, name] if is_file && codes.contains(&code.as_str()) => self.check_locale_file(path, code, name),
            [_, code, _] if codes.contains(&code.as_str()) => Some(unused(
                path,
                "is a folder inside a locale",
                format!("translation files are read from locales/{code}/ itself, not from folders inside it"),
            )),
            _ => None,
        }
    }

    /// A file directly in a configured locale's folder.
    fn check_locale_file(&self, path: &Path, code: &str, name: &str) -> Option<Diagnostic> {
        if name == l10n::record::FILE_NAME {
            return None;
        }
        let is_ftl = path.extension().is_some_and(|extension| extension == "ftl");
        let stem = path
            .file_stem()
            .map_or_else(String::new, |stem| stem.to_string_lossy().to_string());
        let is_source = code == self.config.source_locale;
        if is_ftl {
            // Every source file is used: interface strings, and (made by
            // the build) a page's or the registry's base file.
            let names_page_or_set = self.slugs.contains(stem.as_str()) || self.interface_sets.contains(&stem);
            if is_source || names_page_or_set || self.serves_interface_messages(code, path) {
                return None;
            }
        }
        let mut candidates: Vec<String> = self
            .slugs
            .iter()
            .map(|slug| format!("{slug}.ftl"))
            .chain(self.interface_sets.iter().map(|set| format!("{set}.ftl")))
            .collect();
        candidates.push(l10n::record::FILE_NAME.to_string());
        let suggestion = nearest(name, candidates.iter().map(String::as_str));
        let (what, help) = if is_ftl {
            (
                "translates no page and no interface message",
                "a page's translation is named after its slug (locales/<locale>/<slug>.ftl); `signpost l10n update` creates them",
            )
        } else {
            (
                "is not a translation file",
                "a locale folder holds `.ftl` files and translated-from.yaml",
            )
        };
        Some(unused(path, what, with_suggestion(help, suggestion)))
    }

    /// Whether an interface file of a translated locale defines a message
    /// the source locale has (templates then get it from this file).
    fn serves_interface_messages(&self, code: &str, path: &Path) -> bool {
        let Some(source) = self.source() else {
            return true;
        };
        self.catalogs
            .iter()
            .filter(|catalog| catalog.locale.code == code)
            .flat_map(|catalog| catalog.files.iter())
            .filter(|file| file.path == path)
            .flat_map(|file| file.messages.blocks.iter())
            .any(|block| source.has(&block.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    // Protects the "did you mean" threshold: near names are suggested,
    // distant ones are not.
    #[test]
    fn suggests_only_near_names() {
        let cases = [
            (
                "repot-human-trafficking.ftl",
                Some("report-human-trafficking.ftl"),
            ),
            ("contacts.yml", Some("contacts.yaml")),
            ("advice.MD", Some("advice.md")),
            ("zh-hans", Some("zh-Hans")),
            ("de", None),
            ("notes.txt", None),
        ];
        let candidates = [
            "report-human-trafficking.ftl",
            "contacts.yaml",
            "advice.md",
            "zh-Hans",
            "en",
            "site.ftl",
        ];
        for (name, expected) in cases {
            assert_eq!(nearest(name, candidates), expected, "{name}");
        }
    }

    // Protects the link verdicts: outside is an error, a folder link or a
    // dangling link a warning, a file link inside nothing at all.
    #[test]
    fn judges_each_kind_of_link() {
        let cases = [
            ("static/a.txt", Leads::FileInside, None),
            ("static/a.txt", Leads::Outside, Some("file/link-outside")),
            (
                "static/images",
                Leads::FolderInside,
                Some("file/link-not-followed"),
            ),
            ("content", Leads::FolderInside, None),
            ("fonts/x.ttf", Leads::Nowhere, Some("file/broken-link")),
        ];
        for (path, leads, expected) in cases {
            let found = check_link(&PathBuf::from(path), Path::new("/elsewhere"), leads);
            assert_eq!(found.map(|d| d.code), expected, "{path} {leads:?}");
        }
    }

    // Protects template reachability: extends, include (inside blocks and
    // conditions) and import count; a template nothing reaches does not.
    #[test]
    fn finds_templates_reached_from_the_rendered_ones() {
        let template = |name: &str, source: &str| TemplateSource {
            name: name.to_string(),
            path: PathBuf::from("templates").join(name),
            source: source.to_string(),
        };
        let templates = vec![
            template(
                "page.html",
                "{% extends \"base.html\" %}{% block main %}{% if x %}{% include \"part.html\" %}{% endif %}{% endblock main %}",
            ),
            template(
                "base.html",
                "{% import \"macros.html\" as m %}{% block main %}{% endblock main %}",
            ),
            template("part.html", "<p></p>"),
            template("macros.html", "{% macro a() %}{% endmacro a %}"),
            template("old.html", "<p></p>"),
        ];
        let reached = reached_templates(&templates).expect("all parse");
        for name in ["page.html", "base.html", "part.html", "macros.html"] {
            assert!(reached.contains(name), "{name}");
        }
        assert!(!reached.contains("old.html"));
        let mut broken = templates.clone();
        broken.push(template("bad.html", "{% if %}"));
        assert!(
            reached_templates(&broken).is_none(),
            "unknowable when a template does not parse"
        );
    }
}
