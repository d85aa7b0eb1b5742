//! Rebuilding over the last output (issue 24): a build writes only the
//! files whose bytes changed and compresses only their copies, and what it
//! leaves is still, file for file and copy for copy, what a fresh build of
//! the same input writes into a new folder. Generated sites (pages in
//! three locales, one right-to-left) built through the library into temp
//! folders; every `.br` and `.gz` decompressed.

use crate::common;

use std::io::Read as _;
use std::path::{Path, PathBuf};

use signpost::output::Writes;

type Snapshot = Vec<(PathBuf, Vec<u8>)>;

/// A generated project whose output is `dist/` inside it.
struct Project {
    temp: tempfile::TempDir,
    /// Fresh builds go into new folders here.
    fresh: tempfile::TempDir,
    n_fresh: usize,
}

impl Project {
    fn new(seed: u64) -> Project {
        let temp = tempfile::tempdir().expect("temp dir");
        let spec = common::sitegen::Spec {
            pages: 4,
            locales: vec!["en".to_string(), "pl".to_string(), "ar".to_string()],
            leaflets: false,
            seed,
        };
        common::sitegen::generate(&spec, temp.path()).expect("generate");
        Project {
            temp,
            fresh: tempfile::tempdir().expect("temp dir"),
            n_fresh: 0,
        }
    }

    fn root(&self) -> &Path {
        self.temp.path()
    }

    fn dist(&self) -> PathBuf {
        self.root().join("dist")
    }

    /// Builds into `dist/`, which must succeed; returns what it wrote.
    fn build(&self) -> Writes {
        let outcome = common::build(self.root());
        assert!(
            !outcome.failed(false) && outcome.written,
            "{:?}",
            common::summary(&outcome)
        );
        outcome.writes
    }

    /// Builds into a new folder; returns its files.
    fn fresh_build(&mut self) -> Snapshot {
        self.n_fresh += 1;
        let out = self.fresh.path().join(format!("fresh-{}", self.n_fresh));
        let outcome = signpost::run(&common::options(self.root(), Some(out.clone()))).expect("pipeline runs");
        assert!(outcome.written, "{:?}", common::summary(&outcome));
        assert_eq!(outcome.writes.copies_kept + outcome.writes.copies_copied, 0);
        common::snapshot(&out)
    }

    /// Asserts that `dist/` is byte for byte what a fresh build writes and
    /// that each of its copies decompresses to its file.
    fn assert_as_fresh(&mut self, when: &str) -> Snapshot {
        let dist = common::snapshot(&self.dist());
        let fresh = self.fresh_build();
        let paths = |snapshot: &Snapshot| snapshot.iter().map(|(path, _)| path.clone()).collect::<Vec<_>>();
        assert_eq!(paths(&dist), paths(&fresh), "{when}: the same files");
        for ((path, rebuilt), (_, fresh)) in dist.iter().zip(&fresh) {
            assert!(
                rebuilt == fresh,
                "{when}: {} differs from a fresh build",
                path.display()
            );
        }
        assert_copies_decompress(&dist, when);
        dist
    }

    /// Gives the page `advice-00001` a new Polish title.
    fn edit_polish_title(&self, title: &str) {
        let path = self.root().join("locales/pl/advice-00001.ftl");
        let text = std::fs::read_to_string(&path).expect("read");
        let line = text
            .lines()
            .find(|line| line.starts_with("page-title = "))
            .expect("a page title")
            .to_string();
        std::fs::write(&path, text.replacen(&line, &format!("page-title = {title}"), 1)).expect("write");
    }

    fn set_precompress(&self, on: bool) {
        let path = self.root().join("site.yaml");
        let text = std::fs::read_to_string(&path).expect("read");
        let kept: String = text
            .lines()
            .filter(|line| !line.starts_with("output:"))
            .map(|line| format!("{line}\n"))
            .collect();
        std::fs::write(&path, format!("{kept}output: {{precompress: {on}}}\n")).expect("write");
    }
}

fn decompress(path: &Path, bytes: &[u8]) -> Vec<u8> {
    let mut plain = Vec::new();
    match path.extension().and_then(|extension| extension.to_str()) {
        Some("br") => brotli::Decompressor::new(bytes, 4096).read_to_end(&mut plain),
        Some("gz") => flate2::read::GzDecoder::new(bytes).read_to_end(&mut plain),
        _ => panic!("not a copy: {}", path.display()),
    }
    .unwrap_or_else(|error| panic!("{} does not decompress: {error}", path.display()));
    plain
}

fn is_copy(path: &Path) -> bool {
    path.extension()
        .is_some_and(|extension| extension == "br" || extension == "gz")
}

/// Every copy in `snapshot` decompresses to the file beside it.
fn assert_copies_decompress(snapshot: &Snapshot, when: &str) {
    let files: std::collections::BTreeMap<&Path, &[u8]> = snapshot
        .iter()
        .map(|(path, bytes)| (path.as_path(), bytes.as_slice()))
        .collect();
    for (path, bytes) in snapshot.iter().filter(|(path, _)| is_copy(path)) {
        let of = path.with_extension("");
        let file = files
            .get(of.as_path())
            .unwrap_or_else(|| panic!("{when}: {} has no file", path.display()));
        assert!(
            decompress(path, bytes) == *file,
            "{when}: {} is not a copy of its file",
            path.display()
        );
    }
}

/// The files (not copies) of `after` that a build over `before` must
/// write: new ones (the search index names some files by their content)
/// and those whose bytes differ; and how many of them have copies.
fn changed(before: &Snapshot, after: &Snapshot) -> (usize, usize) {
    let before: std::collections::BTreeMap<&Path, &[u8]> = before
        .iter()
        .map(|(path, bytes)| (path.as_path(), bytes.as_slice()))
        .collect();
    let changed: Vec<&PathBuf> = after
        .iter()
        .filter(|(path, bytes)| !is_copy(path) && before.get(path.as_path()) != Some(&bytes.as_slice()))
        .map(|(path, _)| path)
        .collect();
    let with_copies = changed
        .iter()
        .filter(|path| signpost::render::route::is_compressed_kind(path))
        .count();
    (changed.len(), with_copies)
}

// Protects the rebuild over the last output: the second build copies the
// copies it would have made from the last output, the third writes and
// compresses nothing, a changed page writes only the files that changed
// and compresses only their copies, and the build after that copies them
// from the last output; every build is byte for byte a fresh build.
#[test]
fn a_rebuild_writes_only_what_changed_and_equals_a_fresh_build() {
    let mut project = Project::new(11);
    let first = project.build();
    assert_eq!(
        first.files_kept + first.copies_kept + first.copies_copied,
        0,
        "{first:?}"
    );
    assert!(first.copies_compressed > 0, "{first:?}");
    let before = project.assert_as_fresh("first build");

    let second = project.build();
    assert_eq!(second.copies_compressed, 0, "{second:?}");
    assert_eq!(second.copies_copied, first.copies_compressed, "{second:?}");
    project.assert_as_fresh("second build");

    let third = project.build();
    assert_eq!(
        (third.files_written, third.copies_compressed, third.copies_copied),
        (0, 0, 0),
        "{third:?}"
    );
    assert_eq!(third.copies_kept, first.copies_compressed, "{third:?}");
    project.assert_as_fresh("third build");

    project.edit_polish_title("Nowy tytuł strony");
    let edited = project.build();
    let after = project.assert_as_fresh("a page edited");
    let (n_changed, n_with_copies) = changed(&before, &after);
    assert!(
        n_changed >= 2,
        "the page and the list of pages change: {n_changed}"
    );
    assert_eq!(edited.files_written, n_changed, "{edited:?}");
    assert_eq!(edited.copies_compressed, 2 * n_with_copies, "{edited:?}");
    assert_eq!(edited.copies_copied, 0, "{edited:?}");

    // The spare holds the build before the edit, the last output the
    // edited one: the changed files are written, their copies copied.
    let next = project.build();
    assert_eq!(next.files_written, n_changed, "{next:?}");
    assert_eq!(next.copies_compressed, 0, "{next:?}");
    assert_eq!(next.copies_copied, 2 * n_with_copies, "{next:?}");
    project.assert_as_fresh("the build after the edit");
}

// Protects the copies when precompression is switched: off after builds
// with copies leaves none; on again, every copy is made afresh (no folder
// has one to keep), then kept; each build is a fresh build.
#[test]
fn switching_precompression_off_and_on_equals_a_fresh_build() {
    let mut project = Project::new(12);
    project.build();
    project.build();
    project.set_precompress(false);
    let off = project.build();
    assert_eq!(
        off.copies_compressed + off.copies_copied + off.copies_kept,
        0,
        "{off:?}"
    );
    let without = project.assert_as_fresh("precompression switched off");
    assert!(!without.iter().any(|(path, _)| is_copy(path)), "no copies left");
    project.build();
    project.assert_as_fresh("twice without copies");
    project.edit_polish_title("Tytuł zmieniony bez kopii");
    project.build();
    project.assert_as_fresh("a page edited without copies");

    project.set_precompress(true);
    let on = project.build();
    let with = project.assert_as_fresh("precompression switched on again");
    let n_copies = with.iter().filter(|(path, _)| is_copy(path)).count();
    assert_eq!((on.copies_compressed, on.copies_kept), (n_copies, 0), "{on:?}");
    let again = project.build();
    assert_eq!(again.copies_copied, n_copies, "{again:?}");
    project.assert_as_fresh("again with copies");
}

/// Breaks the first link to another page on `advice-00002` (the English
/// page: translations keep its link targets).
fn break_link(project: &Project) {
    let path = project.root().join("content/advice-00002.md");
    let text = std::fs::read_to_string(&path).expect("read");
    let start = text.find("](../advice-").expect("a link to another page");
    let end = start + text[start..].find(')').expect("the link's end");
    std::fs::write(
        &path,
        format!("{}](../no-such-page/{}", &text[..start], &text[end..]),
    )
    .expect("write");
}

// Protects the kept copies across a failed build: a build that stops for
// a broken link after writing every file leaves the previous output as it
// was, and the build after the fix keeps the copies it kept before (it
// copies only those of the files the failed build wrote) and is a fresh
// build.
#[test]
fn a_failed_build_does_not_cost_the_next_one_its_kept_copies() {
    let mut project = Project::new(13);
    project.build();
    project.build();
    let before = common::snapshot(&project.dist());
    let page = project.root().join("content/advice-00002.md");
    let text = std::fs::read_to_string(&page).expect("read");
    break_link(&project);
    let outcome = common::build(project.root());
    assert!(
        common::summary(&outcome)
            .iter()
            .any(|line| line.ends_with("link/broken")),
        "{:?}",
        common::summary(&outcome)
    );
    assert!(!outcome.written);
    assert_eq!(
        before,
        common::snapshot(&project.dist()),
        "the output is untouched"
    );
    std::fs::write(&page, text).expect("mend the link");
    let fixed = project.build();
    assert!(
        fixed.files_written > 0,
        "the failed build wrote its pages: {fixed:?}"
    );
    assert_eq!(fixed.copies_compressed, 0, "{fixed:?}");
    assert_eq!(fixed.copies_copied, 2 * fixed.files_written, "{fixed:?}");
    assert!(fixed.copies_kept > 0, "{fixed:?}");
    project.assert_as_fresh("after a failed build");
}

// Protects against stale copies: a file changed by a build without copies
// that then fails keeps no copy of its old bytes beside it, and the next
// build with copies makes that file's copies afresh.
#[test]
fn a_copy_never_survives_beside_a_file_changed_without_copies() {
    let mut project = Project::new(14);
    project.build();
    let before = project.assert_as_fresh("first build");
    project.build();
    project.set_precompress(false);
    project.edit_polish_title("Tytuł bez kopii");
    let page = project.root().join("content/advice-00002.md");
    let text = std::fs::read_to_string(&page).expect("read");
    break_link(&project);
    let outcome = common::build(project.root());
    assert!(outcome.failed(false) && !outcome.written);
    std::fs::write(&page, text).expect("mend the link");
    project.set_precompress(true);
    let on = project.build();
    let after = project.assert_as_fresh("copies on again after an edit without them");
    let (_, n_with_copies) = changed(&before, &after);
    assert!(n_with_copies > 0);
    assert_eq!(on.copies_compressed, 2 * n_with_copies, "{on:?}");
}
