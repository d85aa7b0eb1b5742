//! Every finding of a run or of the preview, kept by the stage that made it
//! and what it is about (the whole site, a page, a page in one locale, or
//! one built file's links). A build fills one as its stages run; the
//! preview keeps one across rebuilds and replaces only what it rebuilt
//! (a page's findings when that page is rendered again), so what it shows
//! is always the findings of the current text. Whether findings stop the
//! build is answered here and nowhere else (`stops`).

use std::collections::BTreeMap;

use crate::diag::{self, Diagnostic};
use crate::key::{Cell, PageId};

/// The stage a finding comes from, in pipeline order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Reading and parsing the project (but templates).
    Load,
    /// Reading and compiling the templates.
    Templates,
    /// The checks over loaded data (numbers, contacts, addresses, ids).
    Check,
    /// Files nothing uses, links out of the project.
    Files,
    /// The gate over interface and contacts translations.
    Interface,
    /// Each English page parsed and segmented.
    Source,
    /// The gate over page translations, and localizing each page.
    Localize,
    /// The pseudo-locale build.
    PseudoLocale,
    /// Rendering each page.
    Render,
    /// Rendering each locale's lists (home page, leaflet index, search
    /// page).
    Lists,
    /// Rendering the root files (language choice, 404, sitemap, assets).
    SiteFiles,
    /// The files that tell hosts how to serve the site (`render::host`).
    HostFiles,
    /// Typesetting leaflets.
    Leaflets,
    /// The search index.
    Search,
    /// Internal links and fragments.
    InternalLinks,
    /// External links.
    ExternalLinks,
}

/// What a set of findings is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    Site,
    Page(PageId),
    Cell(Cell),
    /// A built file with links, as numbered in `render::Built`.
    LinkedFile(u32),
}

/// Findings by stage and scope.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    by_key: BTreeMap<(Stage, Scope), Vec<Diagnostic>>,
}

impl Findings {
    /// Adds findings to what `stage` found about `scope`.
    pub fn add(&mut self, stage: Stage, scope: Scope, mut found: Vec<Diagnostic>) {
        if found.is_empty() {
            return;
        }
        self.by_key.entry((stage, scope)).or_default().append(&mut found);
    }

    /// Puts `found` in the place of what `stage` found about `scope`
    /// before (the stage ran again for it).
    pub fn replace(&mut self, stage: Stage, scope: Scope, found: Vec<Diagnostic>) {
        if found.is_empty() {
            self.by_key.remove(&(stage, scope));
        } else {
            self.by_key.insert((stage, scope), found);
        }
    }

    /// Forgets everything `stage` found (it runs again for everything).
    pub fn clear_stage(&mut self, stage: Stage) {
        self.by_key.retain(|(found_by, _), _| *found_by != stage);
    }

    /// Forgets what any stage found about scopes `forget` accepts.
    pub fn clear_scopes(&mut self, forget: impl Fn(&Scope) -> bool) {
        self.by_key.retain(|(_, scope), _| !forget(scope));
    }

    /// What `stage` found about `scope`.
    pub fn get(&self, stage: Stage, scope: Scope) -> &[Diagnostic] {
        self.by_key.get(&(stage, scope)).map_or(&[], Vec::as_slice)
    }

    /// Every finding of `stage`, with its scope.
    pub fn of_stage(&self, stage: Stage) -> impl Iterator<Item = (Scope, &Vec<Diagnostic>)> {
        self.by_key
            .iter()
            .filter(move |((found_by, _), _)| *found_by == stage)
            .map(|((_, scope), found)| (*scope, found))
    }

    /// Mutable access to every set of findings, for a pass that folds
    /// findings into others (`stages::fold_english_errors`).
    pub fn iter_mut(&mut self) -> impl Iterator<Item = ((Stage, Scope), &mut Vec<Diagnostic>)> {
        self.by_key.iter_mut().map(|(key, found)| (*key, found))
    }

    /// Drops sets that became empty.
    pub fn prune(&mut self) {
        self.by_key.retain(|_, found| !found.is_empty());
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.by_key.values().flatten()
    }

    /// Every finding, sorted by place, exact repeats removed, and the
    /// translation findings that follow from an error in the English of
    /// the same unit folded into it (`diag::fold_into_english`).
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let english_dir = std::path::Path::new(crate::project::CONTENT_DIR);
        let mut all = diag::fold_into_english(self.iter().cloned().collect(), english_dir);
        diag::sort(&mut all);
        all
    }

    /// Whether the findings so far stop the build before its next stage.
    pub fn stops(&self, strict: bool) -> bool {
        stops(self.iter(), strict)
    }
}

/// Whether these findings stop a build: any error, or any finding at all
/// with `--strict`.
pub fn stops<'a>(mut found: impl Iterator<Item = &'a Diagnostic>, strict: bool) -> bool {
    found.any(|diagnostic| strict || diagnostic.is_error())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Span;
    use std::path::Path;

    fn finding(code: &'static str, line: usize) -> Diagnostic {
        let mut span = Span::file(Path::new("a.md"));
        span.line = line;
        Diagnostic::error(code, span, "x")
    }

    // Protects what the preview relies on: replacing one scope's findings
    // leaves the others, and an empty replacement forgets them.
    #[test]
    fn replacing_a_scope_keeps_the_others() {
        let mut findings = Findings::default();
        let page = Scope::Page(PageId(0));
        findings.add(Stage::Source, page, vec![finding("a", 2)]);
        findings.add(Stage::Source, Scope::Page(PageId(1)), vec![finding("b", 1)]);
        findings.add(Stage::Render, page, vec![finding("c", 3)]);
        findings.replace(Stage::Source, page, Vec::new());
        let codes: Vec<&str> = findings.sorted().iter().map(|d| d.code).collect();
        assert_eq!(codes, ["b", "c"]);
        assert!(findings.stops(false));
        findings.clear_stage(Stage::Render);
        findings.clear_scopes(|scope| *scope == Scope::Page(PageId(1)));
        assert!(!findings.stops(true));
    }
}
