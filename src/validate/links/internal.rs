//! Internal links: every link of the built site that stays inside it
//! (other pages, assets, `#fragments`), resolved against the files the
//! build is about to write, in every locale; and the links no page may
//! carry (`javascript:`, malformed `mailto:`).

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::content::Page;
use crate::diag::Diagnostic;
use crate::render::{Built, LinkUse};

/// The locale of an output page (its first folder), if it has one.
fn locale_of(page: &Path) -> String {
    match page.components().next() {
        Some(Component::Normal(first)) if page.components().count() > 1 => {
            first.to_string_lossy().to_string()
        }
        _ => "-".to_string(),
    }
}

pub(super) fn is_external(url: &str) -> bool {
    url.starts_with("http://") || url.starts_with("https://") || url.starts_with("//")
}

/// Checks every internal link and fragment of the built site (in
/// parallel). Returns the number checked and the problems.
pub fn check_internal(built: &Built, pages: &[Page], config: &Config) -> (usize, Vec<Diagnostic>) {
    let results = check_links(built, pages, config, None);
    let n_checked = results.iter().map(|(_, n, _)| n).sum();
    let diagnostics = results.into_iter().flat_map(|(_, _, found)| found).collect();
    (n_checked, diagnostics)
}

/// The internal links of linked files `only` (every file when `None`),
/// checked against everything built: each file's findings, by file (as
/// `Built` numbers them). The preview re-checks only what it rendered.
pub fn check_internal_by_file(
    built: &Built,
    pages: &[Page],
    config: &Config,
    only: Option<&[u32]>,
) -> Vec<(u32, Vec<Diagnostic>)> {
    check_links(built, pages, config, only)
        .into_iter()
        .map(|(file, _, found)| (file, found))
        .collect()
}

/// (file, links checked, findings) for each file of `only` (or every one).
fn check_links(
    built: &Built,
    pages: &[Page],
    config: &Config,
    only: Option<&[u32]>,
) -> Vec<(u32, usize, Vec<Diagnostic>)> {
    let base_url = config.base_url();
    let base_path = config.base_path();
    let context = Internal {
        built,
        pages,
        base_url: &base_url,
        base_path: &base_path,
        without_locale: std::sync::OnceLock::new(),
    };
    let by_file = built.links_by_file();
    let files: Vec<u32> = match only {
        Some(files) => files.to_vec(),
        None => (0..by_file.len())
            .filter_map(|file| u32::try_from(file).ok())
            .collect(),
    };
    files
        .par_iter()
        .map(|file| {
            let links = by_file.get(*file as usize).copied().unwrap_or_default();
            let mut n_checked = 0;
            let mut found = Vec::new();
            for link in links {
                let (checked, diagnostic) = context.check(link);
                n_checked += usize::from(checked);
                found.extend(diagnostic);
            }
            (*file, n_checked, found)
        })
        .collect()
}

/// What checking one internal link needs.
struct Internal<'a> {
    built: &'a Built,
    pages: &'a [Page],
    base_url: &'a str,
    base_path: &'a str,
    /// Every built path with its locale folder taken off, made only when a
    /// link is broken (to say whether another language has the target).
    without_locale: std::sync::OnceLock<HashMap<PathBuf, Vec<String>>>,
}

impl Internal<'_> {
    /// Whether the link was an internal one that got checked, and its problem.
    fn check(&self, link: &LinkUse) -> (bool, Option<Diagnostic>) {
        let page = self.built.path_of(link.file);
        let problem =
            |code, message: String, help: &str| Some(problem(self.pages, page, link, code, message, help));
        let url = self.built.url(link);
        let lower = url.to_ascii_lowercase();
        if ["javascript:", "data:", "vbscript:"]
            .iter()
            .any(|scheme| lower.starts_with(scheme))
        {
            return (
                false,
                problem(
                    "link/unsafe-scheme",
                    format!("`{url}` runs code or embeds data"),
                    "link to a page or file instead",
                ),
            );
        }
        if let Some(address) = url.strip_prefix("mailto:") {
            let found = (!is_email(address)).then(|| {
                problem(
                    "link/bad-email",
                    format!("`{address}` is not an email address"),
                    "write mailto:name@example.org",
                )
            });
            return (true, found.flatten());
        }
        if url.starts_with("tel:") {
            return (false, None); // Numbers are checked by validate::phones.
        }
        let inside = if let Some(rest) = url.strip_prefix(self.base_url) {
            Some(format!("/{rest}"))
        } else if is_external(url) {
            None
        } else if let Some(rest) = url.strip_prefix(self.base_path) {
            Some(format!("/{rest}"))
        } else if url.starts_with('/') {
            return (
                false,
                problem(
                    "link/outside-site",
                    format!("`{url}` points outside the site's base path `{}`", self.base_path),
                    "use a relative link",
                ),
            );
        } else if url.contains(':')
            && !url.starts_with('#')
            && url.split(':').next().is_some_and(|scheme| {
                scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.')
            })
        {
            return (
                false,
                problem(
                    "link/unsupported-scheme",
                    format!("`{url}` uses a scheme the site cannot check"),
                    "use an http(s) link",
                ),
            );
        } else {
            Some(url.to_string())
        };
        let Some(target) = inside else {
            return (false, None);
        };
        let (path_part, fragment) = match target.split_once('#') {
            Some((path, fragment)) => (path, Some(fragment)),
            None => (target.as_str(), None),
        };
        let path_part = path_part.split('?').next().unwrap_or_default();
        let Some(target_file) = resolve(page, path_part, &self.built.files) else {
            let locale = locale_of(page);
            let other_locale_has_it = resolve_path(page, path_part).is_some_and(|wanted| {
                let index = self.without_locale.get_or_init(|| {
                    let mut index: HashMap<PathBuf, Vec<String>> = HashMap::new();
                    for path in &self.built.files {
                        let (inner, locale) = split_locale(path);
                        index.entry(inner).or_default().push(locale);
                    }
                    index
                });
                let (inner, _) = split_locale(&wanted);
                index
                    .get(&inner)
                    .is_some_and(|locales| locales.iter().any(|other| other != &locale))
            });
            let help = if other_locale_has_it {
                format!(
                    "the target exists in another language but not in `{locale}`; translate it, or link to the other language on purpose"
                )
            } else {
                "check the address; links between pages are relative, e.g. ../other-page/".to_string()
            };
            return (
                true,
                problem(
                    "link/broken",
                    format!("`{url}` leads to no page of the site"),
                    &help,
                ),
            );
        };
        if let Some(fragment) = fragment.filter(|fragment| !fragment.is_empty()) {
            let known = self
                .built
                .linked_file(&target_file)
                .is_some_and(|file| self.built.has_anchor(file, fragment));
            if !known {
                return (
                    true,
                    problem(
                        "link/missing-fragment",
                        format!("`{url}`: there is no `#{fragment}` on {}", target_file.display()),
                        "heading ids come from the English heading text: check the spelling",
                    ),
                );
            }
        }
        (true, None)
    }
}

/// A built path without its first folder, and that folder.
fn split_locale(path: &Path) -> (PathBuf, String) {
    let inner: PathBuf = path.components().skip(1).collect();
    (inner, locale_of(path))
}

pub(super) fn problem(
    pages: &[Page],
    page: &Path,
    link: &LinkUse,
    code: &'static str,
    message: String,
    help: &str,
) -> Diagnostic {
    Diagnostic::error(
        code,
        link.source.span(pages),
        format!("{message} (on {}, locale `{}`)", page.display(), locale_of(page)),
    )
    .with_help(help)
}

/// `name@host.tld`, with no spaces or angle brackets.
fn is_email(address: &str) -> bool {
    let address = address.split('?').next().unwrap_or_default();
    let Some((name, host)) = address.split_once('@') else {
        return false;
    };
    !name.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !address.contains(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == ',')
}

/// The output path a relative or site-absolute link points to.
fn resolve_path(page: &Path, link_path: &str) -> Option<PathBuf> {
    let mut parts: Vec<String> = if let Some(absolute) = link_path.strip_prefix('/') {
        let _ = absolute;
        Vec::new()
    } else {
        page.parent()
            .map(|parent| {
                parent
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let relative = link_path.trim_start_matches('/');
    if link_path.is_empty() {
        return Some(page.to_path_buf());
    }
    for segment in relative.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other.to_string()),
        }
    }
    let mut path: PathBuf = parts.iter().collect();
    if link_path.ends_with('/') || relative.is_empty() {
        path.push("index.html");
    }
    Some(path)
}

/// The file a link resolves to, trying `…/index.html` for folder links
/// written without a trailing slash.
fn resolve(page: &Path, link_path: &str, files: &std::collections::BTreeSet<PathBuf>) -> Option<PathBuf> {
    let path = resolve_path(page, link_path)?;
    if files.contains(&path) {
        return Some(path);
    }
    let folder = path.join("index.html");
    files.contains(&folder).then_some(folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects link resolution: relative, parent, folder and root forms.
    #[test]
    fn resolves_links_to_output_files() {
        let page = Path::new("pl/a/index.html");
        let cases = [
            ("../b/", "pl/b/index.html"),
            ("../b", "pl/b"),
            ("", "pl/a/index.html"),
            ("../../css/site.css", "css/site.css"),
            ("/en/", "en/index.html"),
            ("./x.pdf", "pl/a/x.pdf"),
        ];
        for (link, expected) in cases {
            assert_eq!(resolve_path(page, link), Some(PathBuf::from(expected)), "{link}");
        }
        assert_eq!(resolve_path(page, "../../../../x"), None);
    }

    // Protects the mailto syntax check.
    #[test]
    fn checks_email_syntax() {
        for good in ["help@example.org", "a.b@c.co.uk?subject=Hi"] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "",
            "help",
            "help@",
            "@example.org",
            "a b@example.org",
            "a@example",
            "a@.org",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
