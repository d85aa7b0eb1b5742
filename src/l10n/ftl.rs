//! Reading Fluent files as a translator wrote them: message blocks with
//! their attached comments (for editing files without losing anything), the
//! value of each message as written, and the references a message makes
//! (variables, messages, terms), from the fluent-syntax AST. Everything is
//! found in one pass over the file (`Messages::new`), never per message.

use std::collections::{BTreeSet, HashMap};

use fluent_syntax::ast;

/// One message or term as lines of its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// `id` for a message, `-id` for a term.
    pub id: String,
    /// First line of the attached `#` comments (or the id line), 0-based.
    pub start: usize,
    /// The line with `id =`, 0-based.
    pub id_line: usize,
    /// One past the last line of the value.
    pub end: usize,
}

/// Every message and term of one file: its block, its value as written and
/// what it refers to, by id.
#[derive(Debug, Clone, Default)]
pub struct Messages {
    pub blocks: Vec<Block>,
    /// Per block (same index): the value text, see `value_text`.
    pub values: Vec<String>,
    /// Per block (same index): its references (empty for junk entries).
    pub references: Vec<References>,
    /// Per block (same index): the byte range of its value in the source,
    /// from after `=` to the end of its last line (no comments, no id).
    pub value_ranges: Vec<std::ops::Range<usize>>,
    by_id: HashMap<String, usize>,
}

impl Messages {
    /// Reads the blocks and values of `source`; `entries` are the parsed
    /// entries of the same source (from its `FluentResource`).
    pub fn new<'s>(source: &str, entries: impl Iterator<Item = &'s ast::Entry<&'s str>>) -> Messages {
        let lines: Vec<&str> = source.lines().collect();
        let blocks = blocks_of_lines(&lines);
        let values = blocks.iter().map(|block| value_of_lines(&lines, block)).collect();
        let line_index = crate::diag::LineIndex::new(source);
        let value_ranges = blocks
            .iter()
            .map(|block| {
                let id_line = line_index.line_range(source, block.id_line);
                let after_equals = lines[block.id_line].find('=').map_or(0, |index| index + 1);
                let start = id_line.start + after_equals;
                let last = line_index.line_range(source, block.end.saturating_sub(1).max(block.id_line));
                start..last.end.max(start)
            })
            .collect();
        let mut by_id = HashMap::with_capacity(blocks.len());
        for (index, block) in blocks.iter().enumerate() {
            by_id.entry(block.id.clone()).or_insert(index);
        }
        let mut references = vec![References::default(); blocks.len()];
        for (id, found) in entry_references(entries) {
            if let Some(index) = by_id.get(&id) {
                references[*index] = found;
            }
        }
        Messages {
            blocks,
            values,
            references,
            value_ranges,
            by_id,
        }
    }

    /// Reads `source` on its own (parsing it for the references); entries
    /// nested too deep are left out (`parse_resource`).
    pub fn parse(source: &str) -> Messages {
        let guarded = crate::limits::fluent_without_deep_entries(source);
        let text = guarded.as_ref().map_or(source, |(blanked, _)| blanked.as_str());
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        Messages::new(text, resource.body.iter())
    }

    /// The index of the first block with this id.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn block(&self, id: &str) -> Option<&Block> {
        self.index(id).map(|index| &self.blocks[index])
    }

    pub fn value(&self, id: &str) -> Option<&str> {
        self.index(id).map(|index| self.values[index].as_str())
    }
}

/// Splits an FTL source into message blocks. Comment lines directly above
/// an entry (single `#`) belong to it; group (`##`) and resource (`###`)
/// comments and blank lines belong to none.
pub fn blocks(source: &str) -> Vec<Block> {
    let lines: Vec<&str> = source.lines().collect();
    blocks_of_lines(&lines)
}

fn blocks_of_lines(lines: &[&str]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let Some(id) = entry_id(lines[index]) else {
            index += 1;
            continue;
        };
        let mut start = index;
        while start > 0 && is_attached_comment(lines[start - 1]) {
            start -= 1;
        }
        let mut end = index + 1;
        let mut scan = end;
        while scan < lines.len() {
            let line = lines[scan];
            if line.trim().is_empty() {
                scan += 1;
                continue;
            }
            // Indented lines continue the value; so does a `}` closing a
            // select expression, which Fluent allows at the start of a line.
            if line.starts_with([' ', '\t', '}']) {
                scan += 1;
                end = scan;
            } else {
                break;
            }
        }
        blocks.push(Block {
            id,
            start,
            id_line: index,
            end,
        });
        index = end;
    }
    blocks
}

fn is_attached_comment(line: &str) -> bool {
    line == "#" || (line.starts_with("# ") && !line.starts_with("##"))
}

/// The id of an entry starting on this line (`id =` or `-id =`).
pub fn entry_id(line: &str) -> Option<String> {
    let (name, _) = line.split_once('=')?;
    let name = name.trim_end();
    let bare = name.strip_prefix('-').unwrap_or(name);
    let mut chars = bare.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then(|| name.to_string())
}

/// The value of a message as written: the text after `=` and its
/// continuation lines, dedented, without comments. (Splits `source` into
/// lines: for many messages of one file use `Messages`.)
pub fn value_text(source: &str, block: &Block) -> String {
    let lines: Vec<&str> = source.lines().collect();
    value_of_lines(&lines, block)
}

fn value_of_lines(lines: &[&str], block: &Block) -> String {
    let first = lines[block.id_line]
        .split_once('=')
        .map_or("", |(_, value)| value.trim());
    let mut parts: Vec<&str> = vec![first];
    parts.extend(lines[block.id_line + 1..block.end].iter().map(|line| line.trim()));
    parts.retain(|part| !part.is_empty());
    parts.join("\n")
}

/// What a message refers to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct References {
    pub variables: BTreeSet<String>,
    pub messages: BTreeSet<String>,
    pub terms: BTreeSet<String>,
}

/// References of every message in `source`, by id (terms as `-id`).
pub fn references(source: &str) -> Vec<(String, References)> {
    let guarded = crate::limits::fluent_without_deep_entries(source);
    let source = guarded.as_ref().map_or(source, |(blanked, _)| blanked.as_str());
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    entry_references(resource.body.iter())
}

/// References of every message and term among parsed `entries`.
fn entry_references<'s>(entries: impl Iterator<Item = &'s ast::Entry<&'s str>>) -> Vec<(String, References)> {
    let mut found = Vec::new();
    for entry in entries {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(message) => (
                message.id.name.to_string(),
                message.value.as_ref(),
                &message.attributes,
            ),
            ast::Entry::Term(term) => (format!("-{}", term.id.name), Some(&term.value), &term.attributes),
            _ => continue,
        };
        let mut references = References::default();
        if let Some(pattern) = value {
            collect_pattern(pattern, &mut references);
        }
        for attribute in attributes {
            collect_pattern(&attribute.value, &mut references);
        }
        found.push((id, references));
    }
    found
}

fn collect_pattern(pattern: &ast::Pattern<&str>, references: &mut References) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, references);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, references: &mut References) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, references);
            for variant in variants {
                collect_pattern(&variant.value, references);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, references),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, references: &mut References) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            references.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            references.messages.insert(id.name.to_string());
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            references.terms.insert(id.name.to_string());
            if let Some(arguments) = arguments {
                collect_arguments(arguments, references);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            collect_arguments(arguments, references)
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, references),
        ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn collect_arguments(arguments: &ast::CallArguments<&str>, references: &mut References) {
    for positional in &arguments.positional {
        collect_inline(positional, references);
    }
    for named in &arguments.named {
        collect_inline(&named.value, references);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects block boundaries: attached comments, multi-line values and
    // attributes belong to their message; group comments do not.
    #[test]
    fn splits_messages_with_comments_and_continuations() {
        let source = "### File\n\n## Group\n# en: Hello\n# mine\nhello = Hi\n    there\n\n    again\n-term = T\nlabel =\n    .aria = A\n";
        let found = blocks(source);
        let summary: Vec<_> = found
            .iter()
            .map(|b| (b.id.as_str(), b.start, b.id_line, b.end))
            .collect();
        assert_eq!(
            summary,
            [("hello", 3, 5, 9), ("-term", 9, 9, 10), ("label", 10, 10, 12)]
        );
        assert_eq!(value_text(source, &found[0]), "Hi\nthere\nagain");
        let messages = Messages::parse(source);
        assert_eq!(messages.value("hello"), Some("Hi\nthere\nagain"));
        assert_eq!(messages.block("label").map(|b| b.id_line), Some(10));
        assert!(messages.references[0].variables.is_empty());
        let value_of = |index: usize| &source[messages.value_ranges[index].clone()];
        assert_eq!(value_of(0), " Hi\n    there\n\n    again");
        assert_eq!(value_of(2), "\n    .aria = A");
    }

    // Protects placeable extraction through selectors and functions.
    #[test]
    fn collects_variables_messages_and_terms() {
        let source =
            "a = { $n ->\n   [one] { -brand } and { $x }\n  *[other] { other-msg } { NUMBER($y) }\n}\n";
        let (id, found) = &references(source)[0];
        assert_eq!(id, "a");
        let names = |set: &BTreeSet<String>| set.iter().cloned().collect::<Vec<_>>();
        assert_eq!(names(&found.variables), ["n", "x", "y"]);
        assert_eq!(names(&found.messages), ["other-msg"]);
        assert_eq!(names(&found.terms), ["brand"]);
    }
}
