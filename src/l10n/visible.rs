//! What a reader sees of each Fluent message, and the scan of it for typed
//! phone numbers and hidden characters. The check follows what is shown,
//! not how the source is spelled: a number is refused whether it is typed
//! as text, as a string literal (`{ "0800 555 111" }`, also with `\u0030`
//! escapes), as a number literal (`{ 08005551111 }`, which Fluent would
//! print without its leading zero), in any variant of a select expression,
//! in a term, in an argument a term prints, or split across a message and
//! the messages and terms it refers to.
//!
//! Every message and term of a file is read three ways:
//!
//! 1. its **source** as written (the text after `=`, outside placeables),
//!    which gives the exact column of what is found there;
//! 2. its **own** texts: the value and each attribute as formatted, with
//!    string and number literals in place and every variant of every
//!    select expression, references to other messages and terms left out;
//! 3. its **shown** texts: the same with the messages and terms it refers
//!    to put in (from the same bundle: a page translation's own file, or
//!    the locale's interface files), and term arguments in place of the
//!    term's variables.
//!
//! A number found only by reading 2 or 3 is reported at the line of the
//! message or term, naming its id; each is reported once, where it is
//! typed. Variables stand for what the build puts in (links, registry
//! numbers, counts), never for translated text, so a run of digits ends at
//! a variable.

use std::collections::{BTreeSet, HashMap};

use fluent_syntax::ast;

use super::FtlFile;
use crate::characters;
use crate::content::contacts::Registry;
use crate::diag::{Diagnostic, LineIndex, Span};
use crate::numbers::{self, Reference};

/// Stands where a variable is, or where a reference is left out: U+FFFC
/// is not a digit, a separator or an invisible character, so a run of
/// digits ends there.
const GAP: char = '\u{FFFC}';

/// At most this many texts per pattern come from combining the variants
/// of its select expressions; past it, each variant is read once with
/// the first variant of every other expression.
const MAX_COMBINATIONS: usize = 64;

/// At most this many expressions are visited per message, counting every
/// reference followed. Fluent itself refuses to format a message with more
/// than 100 placeables, so this is far more than anything a reader can be
/// shown, and bounds the work on messages built to grow exponentially.
const MAX_VISITS: usize = 20_000;

/// References are followed until an entry's texts reach this many bytes
/// (a reader is never shown as much); then a reference is left out.
const MAX_EXPANDED_BYTES: usize = 4 * 1024 * 1024;

/// Texts combined in every way are at most this many bytes together; past
/// it, the variants are read one at a time.
const MAX_COMBINED_BYTES: usize = 1024 * 1024;

/// How much text on each side of a variant is read with it when variants
/// are read one at a time: more than the longest number with separators.
const CONTEXT_BYTES: usize = 96;

/// Messages and terms by id (terms as `-id`), in the files a bundle holds:
/// what a reference can reach.
pub struct Lookup<'a> {
    entries: HashMap<String, &'a ast::Entry<&'a str>>,
}

impl<'a> Lookup<'a> {
    /// The entries of `files`; the first definition of an id wins, as in
    /// a Fluent bundle.
    pub fn new(files: &[&'a FtlFile]) -> Lookup<'a> {
        let mut entries = HashMap::new();
        for file in files {
            for entry in file.resource.entries() {
                if let Some(id) = entry_id(entry) {
                    entries.entry(id).or_insert(entry);
                }
            }
        }
        Lookup { entries }
    }
}

fn entry_id(entry: &ast::Entry<&str>) -> Option<String> {
    match entry {
        ast::Entry::Message(message) => Some(message.id.name.to_string()),
        ast::Entry::Term(term) => Some(format!("-{}", term.id.name)),
        _ => None,
    }
}

/// The patterns a reader can be shown of an entry: its value and each
/// attribute.
fn patterns<'e>(entry: &'e ast::Entry<&'e str>) -> Vec<&'e ast::Pattern<&'e str>> {
    match entry {
        ast::Entry::Message(message) => message
            .value
            .iter()
            .chain(message.attributes.iter().map(|attribute| &attribute.value))
            .collect(),
        ast::Entry::Term(term) => std::iter::once(&term.value)
            .chain(term.attributes.iter().map(|attribute| &attribute.value))
            .collect(),
        _ => Vec::new(),
    }
}

/// The texts one entry can show (reading 2 without a lookup, 3 with one),
/// and the ids of the entries it reached through references.
pub struct Shown {
    pub texts: Vec<String>,
    pub reached: BTreeSet<String>,
}

/// The texts `entry` (whose id is `id`) shows; references are followed
/// through `lookup` when one is given, otherwise left out.
pub fn shown(id: &str, entry: &ast::Entry<&str>, lookup: Option<&Lookup<'_>>) -> Shown {
    let mut walker = Walker {
        lookup,
        visits: 0,
        expanded_bytes: 0,
        expanding: vec![id.to_string()],
        reached: BTreeSet::new(),
    };
    let mut texts = Vec::new();
    for pattern in patterns(entry) {
        texts.extend(walker.pattern(pattern, None));
    }
    Shown {
        texts,
        reached: walker.reached,
    }
}

/// Variables in scope: a term's arguments, as texts.
type Scope = HashMap<String, Vec<String>>;

struct Walker<'l, 'a> {
    lookup: Option<&'l Lookup<'a>>,
    visits: usize,
    /// Bytes of text references have put in so far.
    expanded_bytes: usize,
    /// Entries being expanded (a cycle is left out; Fluent refuses it).
    expanding: Vec<String>,
    reached: BTreeSet<String>,
}

impl Walker<'_, '_> {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>, scope: Option<&Scope>) -> Vec<String> {
        let parts: Vec<Vec<String>> = pattern
            .elements
            .iter()
            .map(|element| match element {
                ast::PatternElement::TextElement { value } => vec![(*value).to_string()],
                ast::PatternElement::Placeable { expression } => self.expression(expression, scope),
            })
            .collect();
        combine(parts)
    }

    fn expression(&mut self, expression: &ast::Expression<&str>, scope: Option<&Scope>) -> Vec<String> {
        self.visits += 1;
        if self.visits > MAX_VISITS {
            return gap();
        }
        match expression {
            // The selector is not shown; every variant may be.
            ast::Expression::Select { variants, .. } => {
                let mut texts = Vec::new();
                for variant in variants {
                    texts.extend(self.pattern(&variant.value, scope));
                }
                texts
            }
            ast::Expression::Inline(inline) => self.inline(inline, scope),
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>, scope: Option<&Scope>) -> Vec<String> {
        self.visits += 1;
        if self.visits > MAX_VISITS {
            return gap();
        }
        match inline {
            ast::InlineExpression::StringLiteral { value } => {
                vec![fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned()]
            }
            // As written, and as Fluent prints it (`08005551111` becomes
            // `8005551111`; `1e10` becomes ten zeros after a one).
            ast::InlineExpression::NumberLiteral { value } => {
                let mut texts = vec![(*value).to_string()];
                if let Ok(number) = value.parse::<fluent_bundle::types::FluentNumber>() {
                    let printed = number.as_string().into_owned();
                    // Only leading zeros dropped: the same number, found
                    // as written.
                    let significant = |text: &str| {
                        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
                        digits.trim_start_matches('0').to_string()
                    };
                    if significant(&printed) != significant(value) {
                        texts.push(printed);
                    }
                }
                texts
            }
            ast::InlineExpression::VariableReference { id } => scope
                .and_then(|scope| scope.get(id.name))
                .cloned()
                .unwrap_or_else(gap),
            // NUMBER(…), DATETIME(…) and any other function print their
            // first argument (options are not shown).
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                let parts: Vec<Vec<String>> = arguments
                    .positional
                    .iter()
                    .map(|argument| self.inline(argument, scope))
                    .collect();
                combine_with_gaps(parts)
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                self.reference(id.name.to_string(), attribute.as_ref().map(|a| a.name), None)
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                // A term sees only the named arguments it is given.
                let term_scope: Scope = arguments
                    .iter()
                    .flat_map(|arguments| &arguments.named)
                    .map(|named| (named.name.name.to_string(), self.inline(&named.value, scope)))
                    .collect();
                self.reference(
                    format!("-{}", id.name),
                    attribute.as_ref().map(|a| a.name),
                    Some(&term_scope),
                )
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, scope),
        }
    }

    /// The texts of the message or term `id` (or one of its attributes).
    fn reference(&mut self, id: String, attribute: Option<&str>, scope: Option<&Scope>) -> Vec<String> {
        let Some(lookup) = self.lookup else {
            return gap();
        };
        let Some(entry) = lookup.entries.get(&id).copied() else {
            return gap();
        };
        if self.expanding.contains(&id) || self.expanded_bytes > MAX_EXPANDED_BYTES {
            return gap();
        }
        let pattern = match (entry, attribute) {
            (ast::Entry::Message(message), None) => message.value.as_ref(),
            (ast::Entry::Term(term), None) => Some(&term.value),
            (ast::Entry::Message(message), Some(name)) => message
                .attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| &a.value),
            (ast::Entry::Term(term), Some(name)) => term
                .attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| &a.value),
            _ => None,
        };
        let Some(pattern) = pattern else {
            return gap();
        };
        self.reached.insert(id.clone());
        self.expanding.push(id);
        // A message reference keeps no variables of its own scope: a
        // message is formatted with the caller's arguments, which the
        // build supplies (never text a translator typed).
        let texts = self.pattern(pattern, scope);
        self.expanding.pop();
        self.expanded_bytes += texts.iter().map(String::len).sum::<usize>();
        texts
    }
}

fn gap() -> Vec<String> {
    vec![GAP.to_string()]
}

/// The texts of a sequence whose parts each have alternatives: every
/// combination while there are few, otherwise the first alternative of
/// every part together, and each other alternative once with the text
/// around it (as much as a number with its separators can span).
fn combine(parts: Vec<Vec<String>>) -> Vec<String> {
    let parts: Vec<Vec<String>> = parts.into_iter().filter(|part| !part.is_empty()).collect();
    let n_combinations = parts
        .iter()
        .try_fold(1usize, |product, part| product.checked_mul(part.len()));
    let longest: usize = parts
        .iter()
        .map(|part| part.iter().map(String::len).max().unwrap_or(0))
        .sum();
    if let Some(n) = n_combinations
        && n <= MAX_COMBINATIONS
        && n.saturating_mul(longest) <= MAX_COMBINED_BYTES
    {
        let mut texts = vec![String::new()];
        for part in &parts {
            let mut next = Vec::with_capacity(texts.len() * part.len());
            for text in &texts {
                for alternative in part {
                    next.push(format!("{text}{alternative}"));
                }
            }
            texts = next;
        }
        return texts;
    }
    let firsts: Vec<&str> = parts.iter().map(|part| part[0].as_str()).collect();
    let mut texts = vec![firsts.concat()];
    for (index, part) in parts.iter().enumerate() {
        if part.len() < 2 {
            continue;
        }
        let before = tail(&firsts[..index], CONTEXT_BYTES);
        let after = head(&firsts[index + 1..], CONTEXT_BYTES);
        for alternative in &part[1..] {
            texts.push(format!("{before}{alternative}{after}"));
        }
    }
    texts
}

/// The last `n` bytes (or a little less, at a character boundary) of the
/// texts together.
fn tail(texts: &[&str], n: usize) -> String {
    let mut kept: Vec<&str> = Vec::new();
    let mut length = 0;
    for text in texts.iter().rev() {
        if length + text.len() >= n {
            let mut start = text.len() - (n - length);
            while !text.is_char_boundary(start) {
                start += 1;
            }
            kept.push(&text[start..]);
            break;
        }
        kept.push(text);
        length += text.len();
    }
    kept.reverse();
    kept.concat()
}

/// The first `n` bytes (or a little less) of the texts together.
fn head(texts: &[&str], n: usize) -> String {
    let mut out = String::new();
    for text in texts {
        if out.len() + text.len() >= n {
            let mut end = n - out.len();
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            out.push_str(&text[..end]);
            break;
        }
        out.push_str(text);
    }
    out
}

/// Like `combine`, with a gap between the parts (the arguments of a
/// function are not printed side by side).
fn combine_with_gaps(parts: Vec<Vec<String>>) -> Vec<String> {
    let mut spaced = Vec::with_capacity(parts.len() * 2);
    for (index, part) in parts.into_iter().enumerate() {
        if index > 0 {
            spaced.push(gap());
        }
        spaced.push(part);
    }
    combine(spaced)
}

/// Scans every message and term of `file` for typed phone numbers and
/// hidden characters, reading each as written, as formatted on its own,
/// and with its references put in (through `lookup`: the files of the
/// bundle `file` is formatted in). Each number or character is reported
/// once, where it is typed.
pub fn check_file(file: &FtlFile, lookup: &Lookup<'_>, registry: &Registry) -> Vec<Diagnostic> {
    let source = file.source();
    let messages = &file.messages;
    let lines = LineIndex::new(source);
    let at_id = |id: &str| {
        let block = messages.block(id)?;
        let span = Span {
            path: file.path.clone(),
            line: block.id_line + 1,
            column: 1,
        };
        Some((span, lines.line(source, block.id_line).to_string()))
    };
    // Reading 2, for the entries with placeables (without, it is reading 1).
    let mut own: HashMap<&str, OwnFindings> = HashMap::new();
    let mut entries: Vec<(String, &ast::Entry<&str>)> = Vec::new();
    for entry in file.resource.entries() {
        let Some(id) = entry_id(entry) else { continue };
        if patterns(entry).iter().any(|pattern| has_placeable(pattern)) {
            let found = own.entry(block_id(messages, &id)).or_default();
            for text in shown(&id, entry, None).texts {
                for number in numbers::find_numbers(&text) {
                    let written = visible_run(&text, &number);
                    found.numbers.entry(number.digits).or_insert(written);
                }
                found
                    .hidden
                    .extend(characters::find_hidden(&text).iter().map(|h| h.character));
            }
        }
        entries.push((id, entry));
    }
    let mut diagnostics = Vec::new();
    // Reading 1 for every block (also junk the parser could not read),
    // with exact columns; a number read there that is only part of a
    // number the entry shows (`08{ "00 555" } 111`) is reported as that.
    let mut typed: HashMap<&str, (BTreeSet<String>, BTreeSet<char>)> = HashMap::new();
    for (block, range) in messages.blocks.iter().zip(&messages.value_ranges) {
        let value = &source[range.clone()];
        let shows = own.get(block.id.as_str());
        let (typed_digits, typed_hidden) = typed.entry(block.id.as_str()).or_default();
        for number in numbers::find_fluent_numbers(value) {
            let part_of_more = shows.is_some_and(|shows| {
                shows
                    .numbers
                    .keys()
                    .any(|digits| digits.len() > number.digits.len() && digits.contains(&number.digits))
            });
            if part_of_more {
                continue;
            }
            let span = lines.span(&file.path, source, range.start + number.start);
            let written = characters::visible(&value[number.start..number.end]);
            diagnostics.push(
                numbers::describe(span, &written, &number.digits, registry, Reference::Fluent, "")
                    .with_excerpt_from(source),
            );
            typed_digits.insert(number.digits);
        }
        for hidden in characters::find_hidden(value) {
            let span = lines.span(&file.path, source, range.start + hidden.offset);
            diagnostics.push(characters::describe_hidden(span, hidden.character).with_excerpt_from(source));
            typed_hidden.insert(hidden.character);
        }
    }
    for (id, found) in &own {
        let Some((span, excerpt)) = at_id(id) else {
            continue;
        };
        let (typed_digits, typed_hidden) = typed.get(id).cloned().unwrap_or_default();
        for (digits, written) in &found.numbers {
            if typed_digits.contains(digits) {
                continue;
            }
            let mut diagnostic = numbers::describe(
                span.clone(),
                written,
                digits,
                registry,
                Reference::Fluent,
                &format!(" in `{id}` (inside a placeable, where the reader still sees it)"),
            );
            diagnostic.excerpt = Some(excerpt.clone());
            diagnostics.push(diagnostic);
        }
        for character in found.hidden.difference(&typed_hidden) {
            let mut diagnostic = characters::describe_hidden(span.clone(), *character);
            diagnostic.message = format!("{} (written as an escape in `{id}`)", diagnostic.message);
            diagnostic.excerpt = Some(excerpt.clone());
            diagnostics.push(diagnostic);
        }
    }
    // Reading 3, for the entries that refer to others: only a number that
    // none of the entries involved shows on its own is new (the others
    // are reported where they are typed).
    let shown_alone = |id: &str| -> BTreeSet<String> {
        let local = own
            .get(id)
            .map(|found| found.numbers.keys().cloned().collect::<BTreeSet<String>>());
        let typed_here = typed.get(id).map(|(digits, _)| digits.clone());
        if local.is_some() || typed_here.is_some() {
            let mut all = local.unwrap_or_default();
            all.extend(typed_here.unwrap_or_default());
            return all;
        }
        let Some(entry) = lookup.entries.get(id) else {
            return BTreeSet::new();
        };
        shown(id, entry, None)
            .texts
            .iter()
            .flat_map(|text| numbers::find_numbers(text))
            .map(|number| number.digits)
            .collect()
    };
    for (id, entry) in &entries {
        let refers = messages.index(id).is_some_and(|index| {
            let references = &messages.references[index];
            !references.messages.is_empty() || !references.terms.is_empty()
        });
        if !refers {
            continue;
        }
        let expanded = shown(id, entry, Some(lookup));
        let mut known = shown_alone(id);
        for reached in &expanded.reached {
            known.extend(shown_alone(reached));
        }
        let Some((span, excerpt)) = at_id(id) else {
            continue;
        };
        let together: Vec<String> = expanded.reached.iter().map(|id| format!("`{id}`")).collect();
        let mut reported = BTreeSet::new();
        for text in &expanded.texts {
            for number in numbers::find_numbers(text) {
                if known.contains(&number.digits) || !reported.insert(number.digits.clone()) {
                    continue;
                }
                let mut diagnostic = numbers::describe(
                    span.clone(),
                    &visible_run(text, &number),
                    &number.digits,
                    registry,
                    Reference::Fluent,
                    &format!(" in `{id}` (put together with {})", together.join(", ")),
                );
                diagnostic.excerpt = Some(excerpt.clone());
                diagnostics.push(diagnostic);
            }
        }
    }
    diagnostics
}

/// What an entry shows on its own, by the digits of each number (with the
/// number as shown) and each hidden character.
#[derive(Default)]
struct OwnFindings {
    numbers: std::collections::BTreeMap<String, String>,
    hidden: BTreeSet<char>,
}

/// `id` as the file's blocks spell it (the same string), for keys that
/// borrow from the file.
fn block_id<'m>(messages: &'m super::ftl::Messages, id: &str) -> &'m str {
    messages.block(id).map_or("", |block| block.id.as_str())
}

fn has_placeable(pattern: &ast::Pattern<&str>) -> bool {
    pattern
        .elements
        .iter()
        .any(|element| matches!(element, ast::PatternElement::Placeable { .. }))
}

/// The run a number was found in, as a message quotes it.
fn visible_run(text: &str, found: &numbers::FoundNumber) -> String {
    characters::visible(&text[found.start..found.end]).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::path::{Path, PathBuf};

    fn registry() -> Registry {
        let entry = "  - id: helpline\n    name: Helpline\n    number: \"0800 555 111\"\n    display: \"0800 555 111\"\n    kind: freephone\n    cost: free\n    purpose: p\n    nations: [england]\n    verified: 2026-11-01\n    source: https://example.org/\n";
        let (registry, found) = crate::content::contacts::parse(
            Path::new("content/contacts.yaml"),
            &format!("contacts:\n{entry}"),
        );
        assert!(found.is_empty(), "{found:?}");
        registry
    }

    fn check(source: &str) -> Vec<(&'static str, usize)> {
        let (file, _) = FtlFile::parse(PathBuf::from("locales/pl/site.ftl"), source.to_string());
        let lookup = Lookup::new(&[&file]);
        let mut found: Vec<(&'static str, usize)> = check_file(&file, &lookup, &registry())
            .iter()
            .map(|d| (d.code, d.span.line))
            .collect();
        found.sort_unstable();
        found
    }

    // Protects the rule that a number is refused in every Fluent construct
    // a reader is shown, each at its message's line.
    #[test]
    fn refuses_a_number_in_every_construct() {
        let typed = "phone/typed-number";
        let cases: &[(&str, &[(&str, usize)])] = &[
            ("a = Zadzwoń 0800 555 111\n", &[(typed, 1)]),
            ("a = Zadzwoń { \"0800 555 111\" }\n", &[(typed, 1)]),
            ("a = Zadzwoń { \"\\u0030800 555 111\" }\n", &[(typed, 1)]),
            ("a = Zadzwoń { 0800555111 }\n", &[(typed, 1)]),
            ("a = { NUMBER(0800555111) }\n", &[(typed, 1)]),
            (
                "a = { $n ->\n    [one] x\n   *[other] 0800 555 111\n}\n",
                &[(typed, 1)],
            ),
            (
                "a = { $n ->\n    [one] { \"0800 555 111\" }\n   *[other] x\n}\n",
                &[(typed, 1)],
            ),
            ("-t = 0800 555 111\na = { -t }\n", &[(typed, 1)]),
            ("-t = { $x }\na = { -t(x: \"0800 555 111\") }\n", &[(typed, 2)]),
            ("b = 0800\na = { b } 555 111\n", &[(typed, 2)]),
            ("a = 08{ \"00 555\" } 111\n", &[(typed, 1)]),
            ("a = x\n    .title = { \"0800 555 111\" }\n", &[(typed, 1)]),
            ("a = { { { \"0800 555 111\" } } }\n", &[(typed, 1)]),
            ("a = { \"\\u202E\" }x\n", &[("text/bidi-control", 1)]),
        ];
        for (source, expected) in cases {
            assert_eq!(&check(source), expected, "{source}");
        }
    }

    // Protects against false alarms: variables, ids with digits, selector
    // keys and function options are not shown, and neither is a date a
    // message puts together from its variables.
    #[test]
    fn shows_no_number_that_is_not_there() {
        for source in [
            "a = { $helpline-112 } albo { $n }\n",
            "a = { $n ->\n    [0] nic\n    [112] x\n   *[other] { NUMBER($n, minimumFractionDigits: 2) }\n}\n",
            "date-long = { $day } { $month } { $year }\n",
            "a = { helpline-112 }\nhelpline-112 = Telefon\n",
            "a = { \"{\" } 24/7\n",
        ] {
            assert_eq!(check(source), [], "{source}");
        }
    }

    // Protects the bounds: messages built to grow exponentially, and
    // cycles, end in bounded time.
    #[test]
    fn exponential_and_cyclic_messages_end() {
        let mut source = String::from("m0 = x\n");
        for level in 1..60 {
            source.push_str(&format!("m{level} = {{ m{} }}{{ m{} }}\n", level - 1, level - 1));
        }
        source.push_str("c1 = { c2 }\nc2 = { c1 } 0800 555 111\n");
        assert_eq!(check(&source), [("phone/typed-number", 62)]);
    }

    // Protects against the regression of issue 19: when the source scan
    // stopped reading `{ placeables }` (so that `{ $helpline-112 }` is not
    // a typed 112), a number written as a string literal was published.
    #[test]
    fn string_literal_numbers_stay_refused() {
        assert_eq!(
            check("a = { $helpline-112 } { \"0800 555 111\" }\n"),
            [("phone/typed-number", 1)]
        );
    }

    /// How a registry number is written: its digits in a script, grouped
    /// with a separator.
    fn written_number() -> impl Strategy<Value = String> {
        let zeros = prop_oneof![
            Just('0'),
            Just('\u{0660}'),
            Just('\u{06F0}'),
            Just('\u{FF10}'),
            Just('\u{0966}')
        ];
        let separators = prop_oneof![
            Just(" "),
            Just("-"),
            Just("\u{A0}"),
            Just(""),
            Just("\u{2011}"),
            Just(".")
        ];
        (zeros, separators).prop_map(|(zero, separator)| {
            let digit = |d: u32| char::from_u32(u32::from(zero) + d).unwrap_or('0');
            let group = |digits: &str| -> String {
                digits.chars().filter_map(|c| c.to_digit(10)).map(digit).collect()
            };
            [group("0800"), group("555"), group("111")].join(separator)
        })
    }

    /// One way of putting text into a pattern or an expression, with the
    /// entries it needs defined beside the message.
    #[derive(Debug, Clone)]
    enum Construct {
        StringLiteral,
        EscapedLiteral,
        NumberLiteral,
        Select { default: bool },
        Term,
        MessageAttribute,
        TermArgument,
        MessageReference,
        Function,
        Nested,
        SplitWithText,
    }

    fn construct() -> impl Strategy<Value = Construct> {
        prop_oneof![
            Just(Construct::StringLiteral),
            Just(Construct::EscapedLiteral),
            Just(Construct::NumberLiteral),
            any::<bool>().prop_map(|default| Construct::Select { default }),
            Just(Construct::Term),
            Just(Construct::MessageAttribute),
            Just(Construct::TermArgument),
            Just(Construct::MessageReference),
            Just(Construct::Function),
            Just(Construct::Nested),
            Just(Construct::SplitWithText),
        ]
    }

    /// Whether `pattern` is exactly one placeable (`{ … }`, braces balanced
    /// to the end).
    fn is_one_placeable(pattern: &str) -> bool {
        let mut depth = 0usize;
        let mut in_string = false;
        for (index, c) in pattern.char_indices() {
            match c {
                '"' => in_string = !in_string,
                '{' if !in_string => depth += 1,
                '}' if !in_string => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return index + 1 == pattern.len();
                    }
                }
                _ if depth == 0 => return false,
                _ => {}
            }
        }
        false
    }

    /// Wraps `pattern` (text shown by a pattern) in `construct`, returning
    /// the new pattern; entries it needs are appended to `defined`.
    fn wrap(construct: &Construct, pattern: &str, defined: &mut Vec<String>) -> String {
        let n = defined.len();
        let ascii: String = pattern.chars().filter(|c| c.is_ascii_digit()).collect();
        match construct {
            Construct::StringLiteral if !pattern.contains(['{', '"', '\n']) => format!("{{ \"{pattern}\" }}"),
            Construct::EscapedLiteral if !pattern.contains(['{', '"', '\n']) => {
                let escaped: String = pattern
                    .chars()
                    .map(|c| format!("\\u{:04X}", u32::from(c)))
                    .collect();
                format!("{{ \"{escaped}\" }}")
            }
            Construct::NumberLiteral | Construct::Function if ascii.len() == 10 && !pattern.contains('{') => {
                let literal = if matches!(construct, Construct::Function) {
                    format!("NUMBER({ascii})")
                } else {
                    ascii
                };
                format!("{{ {literal} }}")
            }
            Construct::Select { default } => {
                let (one, other) = if *default { ("x", pattern) } else { (pattern, "y") };
                format!("{{ $n ->\n    [one] {one}\n   *[other] {other}\n }}")
            }
            Construct::Term => {
                defined.push(format!("-t{n} = {pattern}"));
                format!("{{ -t{n} }}")
            }
            Construct::MessageAttribute => {
                defined.push(format!("m{n} = x\n    .form = {pattern}"));
                format!("{{ m{n}.form }}")
            }
            Construct::TermArgument if !pattern.contains(['{', '"', '\n']) => {
                defined.push(format!("-t{n} = a {{ $v }} b"));
                format!("{{ -t{n}(v: \"{pattern}\") }}")
            }
            Construct::MessageReference => {
                defined.push(format!("m{n} = {pattern}"));
                format!("{{ m{n} }}")
            }
            Construct::Nested if is_one_placeable(pattern) => format!("{{ {pattern} }}"),
            Construct::SplitWithText if !pattern.contains(['{', '"', '\n']) => {
                let split = pattern
                    .char_indices()
                    .nth(2)
                    .map_or(pattern.len(), |(index, _)| index);
                format!("{}{{ \"{}\" }}", &pattern[..split], &pattern[split..])
            }
            // The construct does not apply to this pattern: a placeable
            // around a string literal of it, which always does.
            _ => format!("{{ {{ \"\" }} }}{pattern}"),
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config {
            cases: 256,
            failure_persistence: None,
            ..proptest::test_runner::Config::default()
        })]

        // Protects the rule behind every case above, generally: a registry
        // number put into any chain of Fluent constructs, in any script
        // and grouping, is refused.
        #[test]
        fn a_registry_number_in_any_construct_is_refused(
            number in written_number(),
            constructs in proptest::collection::vec(construct(), 1..5),
            before in "[a-zA-Z ]{0,6}",
            after in "[a-zA-Z ]{0,6}",
        ) {
            let mut defined = Vec::new();
            let mut pattern = number;
            for construct in &constructs {
                pattern = wrap(construct, &pattern, &mut defined);
            }
            let mut source = format!("msg = Zadzwoń{before} {pattern} {after}\n");
            for entry in &defined {
                source.push_str(entry);
                source.push('\n');
            }
            let (file, errors) = FtlFile::parse(PathBuf::from("locales/pl/site.ftl"), source.clone());
            proptest::prop_assert!(errors.is_empty(), "generated FTL does not parse: {source}\n{errors:?}");
            let lookup = Lookup::new(&[&file]);
            let found = check_file(&file, &lookup, &registry());
            proptest::prop_assert!(
                found.iter().any(|d| d.code == "phone/typed-number"),
                "not refused: {source}\n{found:?}"
            );
        }
    }
}
