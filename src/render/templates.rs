//! Compiles the Tera templates, turning syntax errors, missing parents and
//! missing required templates into diagnostics with the template's line.
//! Templates are contributors' input too: nesting deeper than
//! `limits::MAX_NESTING` is refused before Tera's recursive parser sees it,
//! and so is a template that includes or calls itself (directly or through
//! others), since Tera renders with no depth limit and would exhaust the
//! stack.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use tera::ast::{Expr, ExprVal, Node};

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
        if let Some(offset) = crate::limits::tera_too_deep(&template.source) {
            let limit = crate::limits::MAX_NESTING;
            let found = crate::limits::too_deep(
                &template.path,
                &template.source,
                offset,
                "blocks or brackets",
                limit,
            );
            diagnostics.push(found);
        } else if let Err(error) = tera::Template::new(&template.name, None, &template.source) {
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
    tera.set_escape_fn(escape);
    let sources = templates
        .iter()
        .map(|template| (template.name.as_str(), template.source.as_str()));
    if let Err(error) = tera.add_raw_templates(sources) {
        diagnostics.push(link_diagnostic(templates, &error));
        return (None, diagnostics);
    }
    if let Some(found) = check_recursion(&tera, templates) {
        diagnostics.push(found);
        return (None, diagnostics);
    }
    (Some(tera), diagnostics)
}

/// Something a template renders that may render more: a template (by
/// `{% include %}` or `{% extends %}`), or a macro of a template.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Callee {
    Template(String),
    Macro { template: String, name: String },
}

impl Callee {
    fn describe(&self) -> String {
        match self {
            Callee::Template(name) => name.clone(),
            Callee::Macro { template, name } => format!("{template} macro `{name}`"),
        }
    }
}

/// The first cycle among templates and macros (a template that includes
/// itself, a macro that calls itself, or a longer loop), as an error at
/// the include or call that closes it.
fn check_recursion(tera: &tera::Tera, templates: &[TemplateSource]) -> Option<Diagnostic> {
    let mut edges: BTreeMap<Callee, BTreeSet<Callee>> = BTreeMap::new();
    for (name, template) in &tera.templates {
        let imports: BTreeMap<&str, &str> = template
            .imported_macro_files
            .iter()
            .map(|(file, namespace)| (namespace.as_str(), file.as_str()))
            .collect();
        let resolve = |call: Call| match call {
            Call::Template(callee) => Callee::Template(callee),
            Call::Macro {
                namespace,
                name: macro_name,
            } => Callee::Macro {
                template: if namespace == "self" {
                    name.clone()
                } else {
                    imports
                        .get(namespace.as_str())
                        .map_or(namespace, |file| (*file).to_string())
                },
                name: macro_name,
            },
        };
        let mut calls = Vec::new();
        collect_calls(&template.ast, &mut calls);
        if let Some(parent) = &template.parent {
            calls.push(Call::Template(parent.clone()));
        }
        let top = edges.entry(Callee::Template(name.clone())).or_default();
        top.extend(calls.into_iter().map(resolve));
        for (macro_name, definition) in &template.macros {
            let mut calls = Vec::new();
            collect_calls(&definition.body, &mut calls);
            let callee = Callee::Macro {
                template: name.clone(),
                name: macro_name.clone(),
            };
            edges
                .entry(callee)
                .or_default()
                .extend(calls.into_iter().map(resolve));
        }
    }
    let cycle = find_cycle(&edges)?;
    let (from, to) = (&cycle[cycle.len() - 2], &cycle[cycle.len() - 1]);
    let (Callee::Template(file) | Callee::Macro { template: file, .. }) = from;
    let source = templates.iter().find(|template| &template.name == file)?;
    let needle = match to {
        Callee::Template(name) => name.clone(),
        Callee::Macro { name, .. } => format!("::{name}("),
    };
    let offset = source.source.find(&needle).unwrap_or(0);
    let path: Vec<String> = cycle.iter().map(Callee::describe).collect();
    Some(
        Diagnostic::error(
            "template/recursion",
            Span::at_offset(&source.path, &source.source, offset),
            format!("templates render themselves in a loop: {}", path.join(" → ")),
        )
        .with_help("Tera has no depth limit, so a template or macro that reaches itself would exhaust the build's stack: render the repeated part with a loop instead")
        .with_excerpt_from(&source.source),
    )
}

/// What a template's nodes include or call.
enum Call {
    Template(String),
    Macro { namespace: String, name: String },
}

fn collect_calls(nodes: &[Node], calls: &mut Vec<Call>) {
    for node in nodes {
        match node {
            Node::Include(_, names, _) => calls.extend(names.iter().cloned().map(Call::Template)),
            Node::VariableBlock(_, expr) => collect_expr_calls(expr, calls),
            Node::Set(_, set) => collect_expr_calls(&set.value, calls),
            Node::FilterSection(_, section, _) => {
                section
                    .filter
                    .args
                    .values()
                    .for_each(|expr| collect_expr_calls(expr, calls));
                collect_calls(&section.body, calls);
            }
            Node::Block(_, block, _) => collect_calls(&block.body, calls),
            Node::Forloop(_, forloop, _) => {
                collect_expr_calls(&forloop.container, calls);
                collect_calls(&forloop.body, calls);
                if let Some(empty) = &forloop.empty_body {
                    collect_calls(empty, calls);
                }
            }
            Node::If(branches, _) => {
                for (_, condition, body) in &branches.conditions {
                    collect_expr_calls(condition, calls);
                    collect_calls(body, calls);
                }
                if let Some((_, body)) = &branches.otherwise {
                    collect_calls(body, calls);
                }
            }
            // Macro bodies are walked as their own callees; the rest
            // renders nothing else.
            Node::MacroDefinition(..)
            | Node::Super
            | Node::Text(_)
            | Node::Extends(..)
            | Node::ImportMacro(..)
            | Node::Raw(..)
            | Node::Break(_)
            | Node::Continue(_)
            | Node::Comment(..) => {}
        }
    }
}

fn collect_expr_calls(expr: &Expr, calls: &mut Vec<Call>) {
    for filter in &expr.filters {
        filter
            .args
            .values()
            .for_each(|arg| collect_expr_calls(arg, calls));
    }
    match &expr.val {
        ExprVal::MacroCall(call) => {
            calls.push(Call::Macro {
                namespace: call.namespace.clone(),
                name: call.name.clone(),
            });
            call.args.values().for_each(|arg| collect_expr_calls(arg, calls));
        }
        ExprVal::FunctionCall(call) => call.args.values().for_each(|arg| collect_expr_calls(arg, calls)),
        ExprVal::Math(math) => {
            collect_expr_calls(&math.lhs, calls);
            collect_expr_calls(&math.rhs, calls);
        }
        ExprVal::Logic(logic) => {
            collect_expr_calls(&logic.lhs, calls);
            collect_expr_calls(&logic.rhs, calls);
        }
        ExprVal::In(within) => {
            collect_expr_calls(&within.lhs, calls);
            collect_expr_calls(&within.rhs, calls);
        }
        ExprVal::Test(test) => test.args.iter().for_each(|arg| collect_expr_calls(arg, calls)),
        ExprVal::Array(items) => items.iter().for_each(|item| collect_expr_calls(item, calls)),
        ExprVal::String(_)
        | ExprVal::Int(_)
        | ExprVal::Float(_)
        | ExprVal::Bool(_)
        | ExprVal::Ident(_)
        | ExprVal::StringConcat(_) => {}
    }
}

/// A path `a → … → a` through `edges`, if there is one (depth-first, with
/// an explicit stack: the graph is contributors' input too).
fn find_cycle(edges: &BTreeMap<Callee, BTreeSet<Callee>>) -> Option<Vec<Callee>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    let mut marks: BTreeMap<&Callee, Mark> = BTreeMap::new();
    for start in edges.keys() {
        if marks.contains_key(start) {
            continue;
        }
        let mut stack: Vec<(&Callee, Vec<&Callee>)> = vec![(start, edges[start].iter().collect())];
        marks.insert(start, Mark::Open);
        while let Some((node, pending)) = stack.last_mut() {
            let node = *node;
            let Some(next) = pending.pop() else {
                marks.insert(node, Mark::Done);
                stack.pop();
                continue;
            };
            match marks.get(next) {
                Some(Mark::Open) => {
                    let from = stack.iter().position(|(open, _)| *open == next).unwrap_or(0);
                    let mut cycle: Vec<Callee> =
                        stack[from..].iter().map(|(open, _)| (*open).clone()).collect();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(Mark::Done) => {}
                None => {
                    marks.insert(next, Mark::Open);
                    let onward = edges
                        .get(next)
                        .map(|set| set.iter().collect())
                        .unwrap_or_default();
                    stack.push((next, onward));
                }
            }
        }
    }
    None
}

/// Escapes what templates print: the five characters that can end a text
/// or a quoted attribute value, or start markup (`&`, `<`, `>`, `"`,
/// `'`). Tera's own escaping also turns every `/` into `&#x2F;`, which
/// makes each URL up to six times longer to read and to minify and guards
/// nothing a quoted attribute needs.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + text.len() / 8);
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
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

    // Protects templates from exhausting the stack: an include of itself, a
    // macro calling itself, and a loop through two files are refused; a
    // macro used twice and a shared include are not loops.
    #[test]
    fn refuses_templates_that_render_themselves() {
        let cases = [
            (
                vec![source("loop.html", "<p>{% include \"loop.html\" %}</p>")],
                true,
            ),
            (
                vec![source(
                    "deep.html",
                    "{% macro down(n) %}<div>{{ self::down(n=n+1) }}</div>{% endmacro down %}",
                )],
                true,
            ),
            (
                vec![
                    source("a.html", "{% include \"b.html\" %}"),
                    source("b.html", "{% import \"m.html\" as m %}{{ m::x() }}"),
                    source(
                        "m.html",
                        "{% macro x() %}{% include \"a.html\" %}{% endmacro x %}",
                    ),
                ],
                true,
            ),
            (
                vec![
                    source("a.html", "{% include \"c.html\" %}{% include \"c.html\" %}"),
                    source(
                        "b.html",
                        "{% import \"m.html\" as m %}{% include \"c.html\" %}{{ m::x() }}{{ m::x() }}",
                    ),
                    source("c.html", "<p>shared</p>"),
                    source(
                        "m.html",
                        "{% macro y() %}y{% endmacro y %}{% macro x() %}{{ self::y() }}{% endmacro x %}",
                    ),
                ],
                false,
            ),
        ];
        for (extra, loops) in cases {
            let mut templates = all_required();
            let names: Vec<String> = extra.iter().map(|t| t.name.clone()).collect();
            templates.extend(extra);
            let (tera, diagnostics) = compile(&templates);
            let found = diagnostics.iter().any(|d| d.code == "template/recursion");
            assert_eq!(found, loops, "{names:?}: {diagnostics:?}");
            assert_eq!(tera.is_none(), loops, "{names:?}: {diagnostics:?}");
        }
    }

    // Protects the nesting limit: a template nested too deep is refused at
    // its line before Tera's recursive parser sees it.
    #[test]
    fn refuses_templates_nested_too_deep() {
        let mut templates = all_required();
        let deep = "{% if a %}".repeat(100_000) + &"{% endif %}".repeat(100_000);
        templates.push(source("deep.html", &format!("<p>\n{deep}")));
        let (tera, diagnostics) = compile(&templates);
        assert!(tera.is_none());
        assert_eq!(diagnostics[0].code, "input/too-deep");
        assert_eq!(diagnostics[0].span.line, 2);
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
