//! The only writer. A build writes its files, as they are rendered (from
//! every rendering thread), into a spare folder beside the output folder
//! (`.dist.spare` for `dist/`); only when the whole build has passed are
//! the two swapped, so a failed or interrupted build never leaves a
//! half-written or missing `dist/`. The spare folder is the previous build
//! kept for the next one: its files are overwritten in place and the ones
//! the new build did not make are removed before the swap, so a rebuild
//! creates and deletes almost nothing (on a site of thousands of pages,
//! deleting the old output and creating every file afresh took longer than
//! rendering). A lock file beside them keeps two builds from writing the
//! same spare folder at once.
//!
//! When asked (`output.precompress`), every HTML, CSS, JavaScript, JSON,
//! SVG and XML file is written with a Brotli (`.br`) and a gzip (`.gz`)
//! copy beside it (`route::Route::Compressed`), compressed as it is put,
//! on the rendering thread that made it (so in parallel, on rayon's
//! threads), for servers that send a stored copy instead of compressing
//! each response (nginx `brotli_static`, `gzip_static`). The copies are
//! the same bytes at every build: gzip's header carries no time and no
//! file name, and neither format depends on the thread.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use rayon::prelude::*;

use crate::render::route::{Encoding, Route, is_compressed_kind};
use crate::render::{Files, Sink};

/// Brotli quality of the `.br` copies (0-11), chosen by measurement
/// (`benches/precompress.rs`; README, "Precompressed copies"): at 1,000
/// pages × 7 locales quality 5 compresses 96 MiB in about 5 s of CPU into
/// copies 7 to 9 % smaller than gzip's; 6 to 9 are at most 2.5 % smaller
/// at up to eight times the time, 10 and 11 another 7 to 10 % at ten and
/// twenty times (with 11 the build took 17 times the CPU).
pub const BROTLI_QUALITY: u32 = 5;
/// Brotli window (log2 of its size): the largest a browser must accept.
const BROTLI_WINDOW: i32 = 22;
/// gzip level of the `.gz` copies (0-9): zlib's default. Level 9 makes
/// copies under 1.5 % smaller at almost twice the time, for the few
/// clients that cannot take Brotli.
pub const GZIP_LEVEL: u32 = 6;

/// Files kept from the previous output although the build does not make
/// them (`.gitkeep` keeps the empty `dist/` folder in git).
const CARRIED_OVER: &[&str] = &[".gitkeep"];

/// How the output is written.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteOptions {
    /// Write `.br` and `.gz` copies beside each file of the kinds that get
    /// them (`output.precompress`).
    pub precompress: bool,
}

/// A new output being written beside the old one.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    /// The spare folder the new build is written into.
    dir: PathBuf,
    options: WriteOptions,
    /// Held (locked) for as long as the build writes.
    _lock: std::fs::File,
}

impl Staging {
    /// Prepares the spare folder for `out`, refusing an `out` that does not
    /// look like an earlier build (a mistyped `--out` must not delete
    /// someone's files) and waiting for no one: if another build holds the
    /// lock, this one stops.
    pub fn create(out: &Path, options: WriteOptions) -> anyhow::Result<Staging> {
        let out = absolute(out)?;
        refuse_foreign_folder(&out)?;
        let parent = out.parent().context("the output folder has no parent folder")?;
        std::fs::create_dir_all(parent).with_context(|| format!("could not create {}", parent.display()))?;
        let name = out
            .file_name()
            .context("the output folder has no name")?
            .to_string_lossy()
            .to_string();
        let lock_path = parent.join(format!(".{name}.signpost-lock"));
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .with_context(|| format!("could not open {}", lock_path.display()))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => bail!(
                "another signpost build is writing {} (it holds {}); wait for it to finish",
                out.display(),
                lock_path.display()
            ),
            Err(std::fs::TryLockError::Error(error)) => {
                return Err(error).with_context(|| format!("could not lock {}", lock_path.display()));
            }
        }
        let dir = parent.join(format!(".{name}.spare"));
        if dir.exists() && !dir.is_dir() {
            std::fs::remove_file(&dir).with_context(|| format!("could not remove {}", dir.display()))?;
        }
        std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
        Ok(Staging {
            out,
            dir,
            options,
            _lock: lock,
        })
    }

    /// Removes from the spare folder every file this build did not make
    /// (`files`, paths inside the output, and their compressed copies),
    /// then puts it in the place of the output folder; the old output
    /// becomes the spare.
    pub fn commit(self, files: &BTreeSet<PathBuf>) -> anyhow::Result<()> {
        let mut keep = files.clone();
        if self.options.precompress {
            keep.extend(
                files
                    .iter()
                    .filter(|path| is_compressed_kind(path))
                    .flat_map(|of| Encoding::ALL.map(|encoding| Route::Compressed { of, encoding }.path())),
            );
        }
        prune(&self.dir, &keep)?;
        carry_over(&self.out, &self.dir)?;
        let swap = self
            .dir
            .with_file_name(format!(".{}.swap-{}", self.out_name(), std::process::id()));
        remove_if_present(&swap)?;
        let had_output = self.out.exists();
        if had_output {
            std::fs::rename(&self.out, &swap)
                .with_context(|| format!("could not move {} aside", self.out.display()))?;
        }
        if let Err(error) = std::fs::rename(&self.dir, &self.out) {
            if had_output {
                let _ = std::fs::rename(&swap, &self.out);
            }
            return Err(error)
                .with_context(|| format!("could not move the new build into {}", self.out.display()));
        }
        if had_output {
            std::fs::rename(&swap, &self.dir)
                .with_context(|| format!("could not keep the previous build as {}", self.dir.display()))?;
        }
        Ok(())
    }

    fn out_name(&self) -> String {
        self.out
            .file_name()
            .map(|name| name.to_string_lossy().to_string())
            .unwrap_or_default()
    }
}

impl Sink for Staging {
    fn put(&self, path: &Path, bytes: Vec<u8>) -> anyhow::Result<()> {
        let target = self.dir.join(path);
        if let Some(folder) = target.parent()
            && !folder.is_dir()
        {
            std::fs::create_dir_all(folder)
                .with_context(|| format!("could not create {}", folder.display()))?;
        }
        if self.options.precompress && is_compressed_kind(path) {
            let (brotli, gzip) = rayon::join(
                || compress(&bytes, Encoding::Brotli),
                || compress(&bytes, Encoding::Gzip),
            );
            for (encoding, copy) in [(Encoding::Brotli, brotli), (Encoding::Gzip, gzip)] {
                let copy_path = self.dir.join(Route::Compressed { of: path, encoding }.path());
                let copy = copy.with_context(|| format!("could not compress {}", target.display()))?;
                overwrite(&copy_path, &copy)
                    .with_context(|| format!("could not write {}", copy_path.display()))?;
            }
        }
        overwrite(&target, &bytes).with_context(|| format!("could not write {}", target.display()))
    }
}

/// `bytes` compressed as `encoding` does, at the chosen quality: the same
/// bytes for the same input on any machine and thread.
pub fn compress(bytes: &[u8], encoding: Encoding) -> std::io::Result<Vec<u8>> {
    let level = match encoding {
        Encoding::Brotli => BROTLI_QUALITY,
        Encoding::Gzip => GZIP_LEVEL,
    };
    compress_at(bytes, encoding, level)
}

/// `bytes` compressed at `level` (Brotli quality 0-11, gzip level 0-9).
pub fn compress_at(bytes: &[u8], encoding: Encoding, level: u32) -> std::io::Result<Vec<u8>> {
    match encoding {
        Encoding::Brotli => {
            let params = brotli::enc::BrotliEncoderParams {
                quality: i32::try_from(level.min(11)).unwrap_or(11),
                lgwin: BROTLI_WINDOW,
                size_hint: bytes.len(),
                ..brotli::enc::BrotliEncoderParams::default()
            };
            let mut compressed = Vec::with_capacity(bytes.len() / 4 + 64);
            brotli::BrotliCompress(&mut &bytes[..], &mut compressed, &params)?;
            Ok(compressed)
        }
        Encoding::Gzip => {
            // No file name, no time, "unknown" system: nothing of the
            // machine or the moment goes into the copy.
            let mut encoder = flate2::GzBuilder::new().mtime(0).operating_system(255).write(
                Vec::with_capacity(bytes.len() / 3 + 64),
                flate2::Compression::new(level),
            );
            encoder.write_all(bytes)?;
            encoder.finish()
        }
    }
}

/// Writes `bytes` as the whole content of `path`, reusing the file that is
/// there. The file is written over and then cut to length rather than
/// emptied first: ext4 flushes a file emptied and rewritten when it is
/// closed, which for thousands of pages made writing the slowest stage.
fn overwrite(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    file.write_all(bytes)?;
    file.set_len(bytes.len() as u64)
}

/// Writes `files` as the new content of `out` (in parallel), then swaps.
pub fn write(out: &Path, files: &Files, options: WriteOptions) -> anyhow::Result<()> {
    let staging = Staging::create(out, options)?;
    files
        .par_iter()
        .try_for_each(|(path, bytes)| staging.put(path, bytes.clone()))?;
    staging.commit(&files.keys().cloned().collect())
}

/// The search index's cache of indexed languages in a folder (the build's:
/// `.signpost-cache/search/` in the project, git-ignored), one file per
/// language: a first line naming the key and each file with its length,
/// then the files' bytes one after the other. A file is written whole
/// beside its place and renamed into it, so a reader (another build at the
/// same time) sees the old file or the new one; one that does not read
/// back exactly as its first line says is not used. Cache trouble of any
/// kind only means indexing again: it is never an error.
pub struct SearchCache {
    folder: PathBuf,
}

/// The first line of a cached language.
#[derive(serde::Serialize, serde::Deserialize)]
struct CachedLanguage {
    key: String,
    files: Vec<(String, usize)>,
}

/// Where `Options::root`'s build keeps indexed languages.
pub const SEARCH_CACHE_DIR: &str = ".signpost-cache/search";

impl SearchCache {
    pub fn new(root: &Path) -> SearchCache {
        SearchCache {
            folder: root.join(SEARCH_CACHE_DIR),
        }
    }

    fn path(&self, language: &str) -> PathBuf {
        self.folder.join(format!("{language}.index"))
    }
}

impl crate::render::search::Cache for SearchCache {
    fn get(&self, language: &str, key: &str) -> Option<crate::render::search::LanguageIndex> {
        let bytes = std::fs::read(self.path(language)).ok()?;
        let end = bytes.iter().position(|byte| *byte == b'\n')?;
        let head: CachedLanguage = serde_json::from_slice(&bytes[..end]).ok()?;
        let mut rest = &bytes[end + 1..];
        if head.key != key || head.files.iter().map(|(_, len)| len).sum::<usize>() != rest.len() {
            return None;
        }
        let mut files = Vec::with_capacity(head.files.len());
        for (name, len) in head.files {
            let (contents, after) = rest.split_at(len);
            files.push((name, contents.to_vec()));
            rest = after;
        }
        Some(files)
    }

    fn put(&self, language: &str, key: &str, files: &[(String, Vec<u8>)]) {
        let head = CachedLanguage {
            key: key.to_string(),
            files: files
                .iter()
                .map(|(name, bytes)| (name.clone(), bytes.len()))
                .collect(),
        };
        let Ok(mut bytes) = serde_json::to_vec(&head) else {
            return;
        };
        bytes.push(b'\n');
        for (_, contents) in files {
            bytes.extend_from_slice(contents);
        }
        let path = self.path(language);
        let beside = path.with_extension(format!("index.{}.tmp", std::process::id()));
        let written = std::fs::create_dir_all(&self.folder)
            .and_then(|()| std::fs::write(&beside, &bytes))
            .and_then(|()| std::fs::rename(&beside, &path));
        if written.is_err() {
            let _ = std::fs::remove_file(&beside);
        }
    }
}

/// Deletes every file under `dir` whose path inside it is not in `keep`,
/// and the folders left empty. Anything that is not a file or folder (a
/// link someone put there) is removed too: the spare holds only our files.
fn prune(dir: &Path, keep: &BTreeSet<PathBuf>) -> anyhow::Result<()> {
    let mut stale = Vec::new();
    let mut folders = Vec::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.with_context(|| format!("could not read {}", dir.display()))?;
        let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        if entry.file_type().is_dir() {
            folders.push(entry.into_path());
        } else if !keep.contains(relative) {
            stale.push(entry.into_path());
        }
    }
    stale.par_iter().try_for_each(|path| {
        std::fs::remove_file(path).with_context(|| format!("could not remove {}", path.display()))
    })?;
    // Deepest first; a folder that still has files is kept.
    folders.sort_by_key(|folder| std::cmp::Reverse(folder.components().count()));
    for folder in folders {
        let _ = std::fs::remove_dir(&folder);
    }
    Ok(())
}

fn absolute(path: &Path) -> anyhow::Result<PathBuf> {
    if path.is_absolute() {
        Ok(path.to_path_buf())
    } else {
        Ok(std::env::current_dir()
            .context("could not read the current folder")?
            .join(path))
    }
}

/// Refuses to replace a folder that does not look like a Signpost output:
/// anything but an empty folder, a folder holding only carried-over files,
/// or a previous build (it has `sitemap.xml` and `index.html`).
fn refuse_foreign_folder(out: &Path) -> anyhow::Result<()> {
    if !out.exists() {
        return Ok(());
    }
    if !out.is_dir() {
        bail!(
            "{} exists and is not a folder; choose another --out",
            out.display()
        );
    }
    let names: Vec<String> = std::fs::read_dir(out)
        .with_context(|| format!("could not read {}", out.display()))?
        .filter_map(|entry| {
            entry
                .ok()
                .map(|entry| entry.file_name().to_string_lossy().to_string())
        })
        .collect();
    let only_carried = names.iter().all(|name| CARRIED_OVER.contains(&name.as_str()));
    let has = |route: Route<'_>| names.iter().any(|name| Path::new(name) == route.path());
    let previous_build = has(Route::Sitemap) && has(Route::LanguageChoice);
    if only_carried || previous_build {
        Ok(())
    } else {
        bail!(
            "refusing to replace {}: it holds files that Signpost did not build; choose an empty folder for --out",
            out.display()
        )
    }
}

fn carry_over(out: &Path, staging: &Path) -> anyhow::Result<()> {
    for name in CARRIED_OVER {
        let kept = out.join(name);
        if kept.is_file() {
            std::fs::copy(&kept, staging.join(name))
                .with_context(|| format!("could not copy {}", kept.display()))?;
        }
    }
    Ok(())
}

fn remove_if_present(path: &Path) -> anyhow::Result<()> {
    if path.exists() {
        std::fs::remove_dir_all(path).with_context(|| format!("could not remove {}", path.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(pairs: &[(&str, &str)]) -> Files {
        pairs
            .iter()
            .map(|(path, text)| (PathBuf::from(path), text.as_bytes().to_vec()))
            .collect()
    }

    // Protects replacement: old files vanish, .gitkeep survives, no staging
    // folder is left behind.
    #[test]
    fn replaces_previous_output_and_keeps_gitkeep() {
        let temp = tempfile::tempdir().expect("temp dir");
        let out = temp.path().join("dist");
        std::fs::create_dir_all(&out).expect("create");
        std::fs::write(out.join(".gitkeep"), "").expect("write");
        let plain = WriteOptions::default();
        write(
            &out,
            &files(&[("index.html", "1"), ("sitemap.xml", "s"), ("old.html", "x")]),
            plain,
        )
        .expect("first build");
        write(
            &out,
            &files(&[("index.html", "2"), ("sitemap.xml", "s"), ("en/index.html", "e")]),
            plain,
        )
        .expect("second build");
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).expect("read"),
            "2"
        );
        assert!(!out.join("old.html").exists());
        assert!(out.join(".gitkeep").exists());
        let mut leftovers: Vec<_> = std::fs::read_dir(temp.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().to_string())
            .collect();
        leftovers.sort();
        assert_eq!(leftovers, [".dist.signpost-lock", ".dist.spare", "dist"]);
        // The spare holds the previous build, ready to be overwritten.
        let spare = temp.path().join(".dist.spare");
        assert_eq!(
            std::fs::read_to_string(spare.join("index.html")).expect("read"),
            "1"
        );
        write(&out, &files(&[("index.html", "3"), ("sitemap.xml", "s")]), plain).expect("third build");
        assert!(!out.join("en").exists(), "stale files of the spare are pruned");
        assert!(!out.join("old.html").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).expect("read"),
            "3"
        );
        assert!(out.join(".gitkeep").exists());
    }

    // Protects against two builds writing the same spare folder at once.
    #[test]
    fn a_second_build_at_the_same_time_is_refused() {
        let temp = tempfile::tempdir().expect("temp dir");
        let out = temp.path().join("dist");
        let first = Staging::create(&out, WriteOptions::default()).expect("first build");
        let error = Staging::create(&out, WriteOptions::default()).expect_err("second build");
        assert!(error.to_string().contains("another signpost build"), "{error}");
        drop(first);
        Staging::create(&out, WriteOptions::default()).expect("after the first build ended");
    }

    // Protects the user's files: a folder that is not a build is never replaced.
    #[test]
    fn refuses_to_replace_a_foreign_folder() {
        let temp = tempfile::tempdir().expect("temp dir");
        std::fs::write(temp.path().join("notes.txt"), "mine").expect("write");
        let error = write(
            temp.path(),
            &files(&[("index.html", "1")]),
            WriteOptions::default(),
        )
        .expect_err("must refuse");
        assert!(error.to_string().contains("refusing to replace"));
        assert_eq!(
            std::fs::read_to_string(temp.path().join("notes.txt")).expect("read"),
            "mine"
        );
    }

    // Protects the compressed copies: written beside each file of the
    // kinds that get them (and only those), each decompressing to the
    // file's exact bytes, the same bytes at every build, pruned with the
    // file; gzip's header holds no time or name.
    #[test]
    fn compressed_copies_decompress_to_the_file() {
        use std::io::Read as _;
        let temp = tempfile::tempdir().expect("temp dir");
        let out = temp.path().join("dist");
        let page = "<!DOCTYPE html><p>Call 0800 555 111.</p>".repeat(50);
        let options = WriteOptions { precompress: true };
        let site = files(&[
            ("index.html", page.as_str()),
            ("sitemap.xml", "<urlset/>"),
            ("a/leaflet.pdf", "%PDF"),
        ]);
        write(&out, &site, options).expect("build");
        let read = |name: &str| std::fs::read(out.join(name)).expect(name);
        let mut html = Vec::new();
        brotli::Decompressor::new(&read("index.html.br")[..], 4096)
            .read_to_end(&mut html)
            .expect("brotli");
        assert_eq!(html, page.as_bytes());
        let gz = read("index.html.gz");
        assert_eq!(&gz[4..8], &[0, 0, 0, 0], "no time");
        assert_eq!(gz[3] & 0x08, 0, "no file name");
        assert_eq!(gz[9], 255, "no operating system");
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut html)
            .expect("gzip");
        assert_eq!(html, page.as_bytes());
        assert!(out.join("sitemap.xml.br").is_file() && out.join("sitemap.xml.gz").is_file());
        assert!(
            !out.join("a/leaflet.pdf.br").exists(),
            "PDFs are compressed already"
        );
        let first = std::fs::read(out.join("index.html.br")).expect("first");
        write(&out, &site, options).expect("again");
        assert_eq!(std::fs::read(out.join("index.html.br")).expect("second"), first);
        write(
            &out,
            &files(&[("index.html", "x"), ("sitemap.xml", "s")]),
            WriteOptions::default(),
        )
        .expect("without copies");
        assert!(!out.join("index.html.br").exists() && !out.join("sitemap.xml.gz").exists());
    }
}
