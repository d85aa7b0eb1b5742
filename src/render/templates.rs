//! Compiles the Tera templates, turning syntax errors, missing parents and
//! missing required templates into diagnostics with the template's line.

use std::path::Path;

use crate::content::TemplateSource;
use crate::diag::{Diagnostic, Span};
use crate::project::TEMPLATES_DIR;

/// Templates the pipeline renders directly.
pub const REQUIRED: &[&str] = &["page.html", "home.html", "root.html", "404.html"];

/// Templates the pipeline renders directly when the site needs them (the
/// leaflet index, when a page has a leaflet; the search page, when search
/// is on).
pub const RENDERED_WHEN_NEEDED: &[&str] = &["leaflets.html", "search.html"];

/// Parses every template on its own (so each syntax error is reported, not
/// just the first), then links inheritance. Returns `None` if any failed.
pub fn compile(templates: &[TemplateSource]) -> (Option<tera::Tera>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    for template in templates {
        if let Err(error) = tera::Template::new(&template.name, None, &template.source) {
            diagnostics.push(syntax_diagnostic(template, &error));
        }
    }
    for required in REQUIRED {
        if !templates.iter().any(|template| template.name == *required) {
            diagnostics.push(
                Diagnostic::error(
                    "template/missing",
                    Span::file(&Path::new(TEMPLATES_DIR).join(required)),
                    format!("the template `{required}` is missing"),
                )
                .with_help(format!("every site needs {}", REQUIRED.join(", "))),
            );
        }
    }
    if !diagnostics.is_empty() {
        return (None, diagnostics);
    }
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    let sources = templates
        .iter()
        .map(|template| (template.name.as_str(), template.source.as_str()));
    if let Err(error) = tera.add_raw_templates(sources) {
        diagnostics.push(link_diagnostic(templates, &error));
        return (None, diagnostics);
    }
    (Some(tera), diagnostics)
}

/// The whole chain of a Tera error as one sentence.
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        parts.push(cause.to_string());
        source = cause.source();
    }
    parts.join(": ")
}

/// Tera's parse errors carry pest's ` --> line:column` and a pointer
/// drawing; keep the position and the "expected …" sentence.
fn syntax_diagnostic(template: &TemplateSource, error: &tera::Error) -> Diagnostic {
    let text = error_chain(error);
    let (line, column) = text
        .split_once("--> ")
        .and_then(|(_, rest)| {
            let position: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ':')
                .collect();
            let (line, column) = position.split_once(':')?;
            Some((line.parse().ok()?, column.parse().ok()?))
        })
        .unwrap_or((0, 0));
    let reason = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("= "))
        .unwrap_or_else(|| text.lines().next().unwrap_or_default())
        .to_string();
    Diagnostic::error(
        "template/syntax",
        Span {
            path: template.path.clone(),
            line,
            column,
        },
        format!("template syntax error: {reason}"),
    )
    .with_help("Tera syntax: {{ value }}, {% if … %}…{% endif %}, {{ t(id=\"message-id\") }}")
    .with_excerpt_from(&template.source)
}

fn link_diagnostic(templates: &[TemplateSource], error: &tera::Error) -> Diagnostic {
    let text = error_chain(error);
    let named = templates
        .iter()
        .find(|template| text.contains(&format!("'{}'", template.name)));
    match named {
        Some(template) => {
            let offset = template
                .source
                .find("extends")
                .or_else(|| template.source.find("import"))
                .unwrap_or(0);
            Diagnostic::error(
                "template/link",
                Span::at_offset(&template.path, &template.source, offset),
                text,
            )
            .with_help("check the file name in {% extends %} or {% import %}")
            .with_excerpt_from(&template.source)
        }
        None => Diagnostic::error("template/link", Span::file(Path::new(TEMPLATES_DIR)), text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn source(name: &str, text: &str) -> TemplateSource {
        TemplateSource {
            name: name.into(),
            path: PathBuf::from("templates").join(name),
            source: text.into(),
        }
    }

    fn all_required() -> Vec<TemplateSource> {
        REQUIRED
            .iter()
            .map(|name| source(name, "{% extends \"base.html\" %}"))
            .chain([source("base.html", "<p></p>")])
            .collect()
    }

    // Protects syntax errors with line and column, reported for every file.
    #[test]
    fn reports_each_syntax_error_with_its_line() {
        let mut templates = all_required();
        templates.push(source("a.html", "<p>\n{{ x </p>"));
        templates.push(source("b.html", "{% if %}"));
        let (tera, diagnostics) = compile(&templates);
        assert!(tera.is_none());
        let found: Vec<_> = diagnostics
            .iter()
            .map(|d| (d.code, d.span.path.clone(), d.span.line))
            .collect();
        assert_eq!(
            found,
            [
                ("template/syntax", PathBuf::from("templates/a.html"), 2),
                ("template/syntax", PathBuf::from("templates/b.html"), 1)
            ]
        );
    }

    // Protects the missing-template and missing-parent diagnostics.
    #[test]
    fn reports_missing_templates_and_parents() {
        let (_, diagnostics) = compile(&[source("page.html", "x")]);
        assert_eq!(
            diagnostics
                .iter()
                .filter(|d| d.code == "template/missing")
                .count(),
            3
        );
        let mut templates = all_required();
        templates.retain(|template| template.name != "base.html");
        let (tera, diagnostics) = compile(&templates);
        assert!(tera.is_none());
        assert_eq!(diagnostics[0].code, "template/link");
        assert_eq!(diagnostics[0].span.line, 1);
    }
}
