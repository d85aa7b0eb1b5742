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
//!
//! A rebuild writes only what changed: each file is compared with the one
//! at its place in the spare folder (its size, then its bytes) and left
//! untouched when equal. A copy is kept when its file was left untouched
//! and the ledger (`copies`) vouches for the spare's copies; otherwise,
//! when the last output (the other folder) holds the same file with copies
//! the ledger vouches for, those are copied; only failing both is the file
//! compressed again. The spare holds the build before last, so the last
//! output is what spares a compression after a change to every page (a
//! template, a shared string): the next build finds the spare old, but the
//! output new.
//!
//! It also keeps the search index's cache of indexed languages
//! (`SearchCache`, in the project's `.signpost-cache/search/`).

mod copies;

use std::collections::BTreeSet;
use std::io::{Read as _, Seek as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

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

/// What a build wrote and what it left as it was (in the spare folder).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Writes {
    /// Files written (new, or different from the spare's).
    pub files_written: usize,
    /// Files left untouched: the spare had the same bytes.
    pub files_kept: usize,
    /// Compressed copies made by compressing.
    pub copies_compressed: usize,
    /// Copies copied from the last output (the same file was there).
    pub copies_copied: usize,
    /// Copies left untouched in the spare.
    pub copies_kept: usize,
}

/// A new output being written beside the old one.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    /// The spare folder the new build is written into.
    dir: PathBuf,
    options: WriteOptions,
    /// What vouches for the copies in both folders.
    ledger: copies::Ledger,
    /// Who makes this build's copies (`copies::maker`).
    maker: String,
    /// Copies in the spare that may be kept.
    spare_trust: Option<copies::Trust>,
    /// Copies in the last output that may be copied.
    out_trust: Option<copies::Trust>,
    /// The spare's ledger line as found, put back if the build stops
    /// without committing after every write finished.
    found: Option<copies::Entry>,
    /// Set when a write failed or panicked half-way: the spare's line then
    /// stays out of the ledger.
    torn: AtomicBool,
    counts: Counts,
    /// Held (locked) for as long as the build writes.
    _lock: std::fs::File,
}

#[derive(Debug, Default)]
struct Counts {
    files_written: AtomicUsize,
    files_kept: AtomicUsize,
    copies_compressed: AtomicUsize,
    copies_copied: AtomicUsize,
    copies_kept: AtomicUsize,
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
        let mut ledger = copies::Ledger::read(parent.join(format!(".{name}.signpost-copies")));
        let maker = copies::maker();
        let spare_trust = ledger.trust(&dir, &maker);
        let out_trust = ledger.trust(&out, &maker);
        let found = spare_trust.and_then(|_| ledger.entry(&dir));
        ledger.unseal(&dir, &[&out, &dir])?;
        Ok(Staging {
            out,
            dir,
            options,
            ledger,
            maker,
            spare_trust,
            out_trust,
            found,
            torn: AtomicBool::new(false),
            counts: Counts::default(),
            _lock: lock,
        })
    }

    /// Removes from the spare folder every file this build did not make
    /// (`files`, paths inside the output, and their compressed copies),
    /// then puts it in the place of the output folder; the old output
    /// becomes the spare. Returns what the build wrote.
    pub fn commit(mut self, files: &BTreeSet<PathBuf>) -> anyhow::Result<Writes> {
        if self.torn.load(Ordering::SeqCst) {
            bail!("a file of the new build was not completely written");
        }
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
        // Every file left in the spare is this build's, with its copies.
        self.found = None;
        self.ledger.seal(&self.dir, &self.maker)?;
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
        Ok(self.writes())
    }

    /// What the build has written so far.
    pub fn writes(&self) -> Writes {
        let count = |counter: &AtomicUsize| counter.load(Ordering::SeqCst);
        Writes {
            files_written: count(&self.counts.files_written),
            files_kept: count(&self.counts.files_kept),
            copies_compressed: count(&self.counts.copies_compressed),
            copies_copied: count(&self.counts.copies_copied),
            copies_kept: count(&self.counts.copies_kept),
        }
    }

    fn out_name(&self) -> String {
        self.out
            .file_name()
            .map(|name| name.to_string_lossy().to_string())
            .unwrap_or_default()
    }

    /// Makes the copies of the file at `path` (already in the spare, as
    /// `bytes`; `kept`: its metadata when it was left untouched), keeping,
    /// copying or compressing each.
    fn put_copies(&self, path: &Path, bytes: &[u8], kept: Option<&std::fs::Metadata>) -> anyhow::Result<()> {
        let copy_paths = Encoding::ALL.map(|encoding| {
            let route = Route::Compressed { of: path, encoding };
            (encoding, self.dir.join(route.path()))
        });
        if !self.options.precompress {
            // Copies of an earlier build beside a changed file would be
            // stale: never leave them there, even for a moment the pruning
            // at the end would cover (a build that stops before it).
            if kept.is_none() {
                for (_, copy_path) in &copy_paths {
                    remove_file_if_present(copy_path)?;
                }
            }
            return Ok(());
        }
        let spare_vouches = match (kept, self.spare_trust) {
            (Some(metadata), Some(trust)) => trust.covers(metadata),
            _ => false,
        };
        let mut missing = Vec::new();
        for (encoding, copy_path) in copy_paths {
            let keep = spare_vouches
                && std::fs::symlink_metadata(&copy_path).is_ok_and(|metadata| {
                    metadata.len() > 0 && self.spare_trust.is_some_and(|trust| trust.covers(&metadata))
                });
            if keep {
                self.counts.copies_kept.fetch_add(1, Ordering::Relaxed);
            } else {
                missing.push((encoding, copy_path));
            }
        }
        if missing.is_empty() {
            return Ok(());
        }
        let mut to_compress = Vec::new();
        let out_vouches = self.out_trust.is_some_and(|trust| {
            let in_out = self.out.join(path);
            file_equals(&in_out, bytes, trust).unwrap_or(false)
        });
        for (encoding, copy_path) in missing {
            let route = Route::Compressed { of: path, encoding };
            let copied = match (out_vouches, self.out_trust) {
                (true, Some(trust)) => read_vouched_copy(&self.out.join(route.path()), trust),
                _ => None,
            };
            match copied {
                Some(copy) => {
                    overwrite(&copy_path, &copy)
                        .with_context(|| format!("could not write {}", copy_path.display()))?;
                    self.counts.copies_copied.fetch_add(1, Ordering::Relaxed);
                }
                None => to_compress.push((encoding, copy_path)),
            }
        }
        let compressed: Vec<std::io::Result<Vec<u8>>> = match to_compress.as_slice() {
            [(first, _), (second, _)] => {
                let (a, b) = rayon::join(|| compress(bytes, *first), || compress(bytes, *second));
                vec![a, b]
            }
            _ => to_compress
                .iter()
                .map(|(encoding, _)| compress(bytes, *encoding))
                .collect(),
        };
        for ((_, copy_path), copy) in to_compress.iter().zip(compressed) {
            let copy =
                copy.with_context(|| format!("could not compress {}", self.dir.join(path).display()))?;
            overwrite(copy_path, &copy)
                .with_context(|| format!("could not write {}", copy_path.display()))?;
            self.counts.copies_compressed.fetch_add(1, Ordering::Relaxed);
        }
        Ok(())
    }
}

impl Drop for Staging {
    /// A build that stops without committing, every write finished, leaves
    /// the spare as consistent as it found it: its ledger line goes back
    /// (files written since are newer than the line, so not vouched for).
    fn drop(&mut self) {
        if let Some(found) = self.found.take()
            && !self.torn.load(Ordering::SeqCst)
        {
            let _ = self.ledger.put(found);
        }
    }
}

/// Marks the staging torn unless disarmed: a write that returns an error
/// or unwinds half-way leaves a file that may be neither old nor new.
struct WriteGuard<'a> {
    torn: &'a AtomicBool,
    done: bool,
}

impl Drop for WriteGuard<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.torn.store(true, Ordering::SeqCst);
        }
    }
}

impl Sink for Staging {
    fn put(&self, path: &Path, bytes: Vec<u8>) -> anyhow::Result<()> {
        let mut guard = WriteGuard {
            torn: &self.torn,
            done: false,
        };
        let target = self.dir.join(path);
        if let Some(folder) = target.parent()
            && !folder.is_dir()
        {
            std::fs::create_dir_all(folder)
                .with_context(|| format!("could not create {}", folder.display()))?;
        }
        let kept = write_if_changed(&target, &bytes)
            .with_context(|| format!("could not write {}", target.display()))?;
        let counter = match kept {
            Some(_) => &self.counts.files_kept,
            None => &self.counts.files_written,
        };
        counter.fetch_add(1, Ordering::Relaxed);
        if is_compressed_kind(path) {
            self.put_copies(path, &bytes, kept.as_ref())?;
        }
        guard.done = true;
        Ok(())
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
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    file.write_all(bytes)?;
    file.set_len(bytes.len() as u64)
}

/// Makes `path` hold exactly `bytes`, writing only if it does not hold
/// them already (its size, then its bytes, compared), as `overwrite` does.
/// Returns the file's metadata when it was left untouched. Reading a page
/// back costs about what writing it does, but a file not written is not
/// written to disk later either, keeps its time (what `rsync` compares)
/// and spares compressing it again.
fn write_if_changed(path: &Path, bytes: &[u8]) -> std::io::Result<Option<std::fs::Metadata>> {
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    let metadata = file.metadata()?;
    if metadata.len() == bytes.len() as u64 {
        if holds(&mut file, bytes)? {
            return Ok(Some(metadata));
        }
        file.rewind()?;
    }
    file.write_all(bytes)?;
    file.set_len(bytes.len() as u64)?;
    Ok(None)
}

/// Whether `file`, read from where it stands, holds exactly `bytes` (its
/// length is known to be theirs).
fn holds(file: &mut std::fs::File, bytes: &[u8]) -> std::io::Result<bool> {
    let mut buffer = [0u8; 16 * 1024];
    for expected in bytes.chunks(buffer.len()) {
        let read = &mut buffer[..expected.len()];
        match file.read_exact(read) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(false),
            Err(error) => return Err(error),
        }
        if read != expected {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether the file at `path` holds exactly `bytes` and is as the build
/// that sealed its folder left it.
fn file_equals(path: &Path, bytes: &[u8], trust: copies::Trust) -> std::io::Result<bool> {
    let mut file = std::fs::File::open(path)?;
    let metadata = file.metadata()?;
    Ok(metadata.len() == bytes.len() as u64 && trust.covers(&metadata) && holds(&mut file, bytes)?)
}

/// The bytes of the copy at `path` when its folder's ledger line vouches
/// for it (a non-empty file not modified since).
fn read_vouched_copy(path: &Path, trust: copies::Trust) -> Option<Vec<u8>> {
    let mut file = std::fs::File::open(path).ok()?;
    let metadata = file.metadata().ok()?;
    if metadata.len() == 0 || !trust.covers(&metadata) {
        return None;
    }
    let mut copy = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.read_to_end(&mut copy).ok()?;
    (copy.len() as u64 == metadata.len()).then_some(copy)
}

fn remove_file_if_present(path: &Path) -> anyhow::Result<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(error).with_context(|| format!("could not remove {}", path.display())),
    }
}

/// Writes `files` as the new content of `out` (in parallel), then swaps.
pub fn write(out: &Path, files: &Files, options: WriteOptions) -> anyhow::Result<Writes> {
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
        assert_eq!(
            leftovers,
            [
                ".dist.signpost-copies",
                ".dist.signpost-lock",
                ".dist.spare",
                "dist"
            ]
        );
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

    fn decompressed(path: &Path) -> Vec<u8> {
        use std::io::Read as _;
        let bytes = std::fs::read(path).expect("read copy");
        let mut plain = Vec::new();
        if path.extension().is_some_and(|extension| extension == "br") {
            brotli::Decompressor::new(&bytes[..], 4096)
                .read_to_end(&mut plain)
                .expect("brotli");
        } else {
            flate2::read::GzDecoder::new(&bytes[..])
                .read_to_end(&mut plain)
                .expect("gzip");
        }
        plain
    }

    /// Two builds of `site` with copies, so both folders are sealed.
    fn two_builds(out: &Path, site: &Files) {
        let options = WriteOptions { precompress: true };
        write(out, site, options).expect("first build");
        let second = write(out, site, options).expect("second build");
        assert_eq!(second.copies_compressed, 0, "{second:?}");
    }

    fn page(text: &str) -> String {
        format!("<!DOCTYPE html><p>{text}</p>").repeat(40)
    }

    // Protects against a torn build: one killed after writing a file and
    // before its copies (here: a write that failed half-way) leaves the
    // spare untrusted, so the next build, given the file's new bytes,
    // finds them there and still makes their copies afresh.
    #[test]
    fn a_build_stopped_between_a_file_and_its_copies_leaves_no_stale_copy() {
        let temp = tempfile::tempdir().expect("temp dir");
        let out = temp.path().join("dist");
        let old = files(&[("index.html", page("old").as_str()), ("sitemap.xml", "<urlset/>")]);
        let new = files(&[("index.html", page("new").as_str()), ("sitemap.xml", "<urlset/>")]);
        two_builds(&out, &old);
        let staging = Staging::create(&out, WriteOptions { precompress: true }).expect("staging");
        assert!(staging.spare_trust.is_some(), "the spare was sealed");
        std::fs::write(staging.dir.join("index.html"), page("new")).expect("the file, not its copies");
        staging.torn.store(true, Ordering::SeqCst);
        drop(staging);
        let writes = write(&out, &new, WriteOptions { precompress: true }).expect("next build");
        assert_eq!(writes.files_kept, 2, "{writes:?}");
        assert_eq!(writes.copies_compressed, 2, "{writes:?}");
        for copy in ["index.html.br", "index.html.gz"] {
            assert_eq!(decompressed(&out.join(copy)), page("new").as_bytes(), "{copy}");
        }
    }

    // Protects against copies written by anything else after the build
    // that sealed their folder (an older Signpost, a person, a tool): a
    // copy changed since is made again, the untouched one kept, even when
    // the change put the modification time back (as `rsync -t` does) and
    // came right after the build.
    #[test]
    fn a_copy_modified_after_its_build_is_made_again() {
        let temp = tempfile::tempdir().expect("temp dir");
        let out = temp.path().join("dist");
        let site = files(&[
            ("index.html", page("same").as_str()),
            ("sitemap.xml", "<urlset/>"),
        ]);
        two_builds(&out, &site);
        let spare = temp.path().join(".dist.spare");
        let copy = spare.join("index.html.br");
        let metadata = std::fs::metadata(&copy).expect("copy");
        let file = std::fs::OpenOptions::new().write(true).open(&copy).expect("open");
        std::io::Write::write_all(
            &mut &file,
            &vec![b'x'; usize::try_from(metadata.len()).expect("length")],
        )
        .expect("tamper");
        file.set_modified(metadata.modified().expect("modification time"))
            .expect("the old modification time");
        drop(file);
        let writes = write(&out, &site, WriteOptions { precompress: true }).expect("rebuild");
        assert_eq!(
            (writes.copies_compressed, writes.copies_copied, writes.copies_kept),
            (0, 1, 3),
            "copied from the last output, which has the same file: {writes:?}"
        );
        assert_eq!(decompressed(&out.join("index.html.br")), page("same").as_bytes());
    }

    // Protects against trusting copies made by another compressor (another
    // version or setting) and against a lost ledger: either way every copy
    // is made again.
    #[test]
    fn copies_of_another_maker_or_without_a_ledger_are_made_again() {
        let temp = tempfile::tempdir().expect("temp dir");
        let out = temp.path().join("dist");
        let site = files(&[
            ("index.html", page("same").as_str()),
            ("sitemap.xml", "<urlset/>"),
        ]);
        let options = WriteOptions { precompress: true };
        two_builds(&out, &site);
        let ledger = temp.path().join(".dist.signpost-copies");
        let text = std::fs::read_to_string(&ledger).expect("ledger");
        std::fs::write(&ledger, text.replace(":br", ":older-br")).expect("another maker");
        let writes = write(&out, &site, options).expect("rebuild");
        assert_eq!(
            (
                writes.copies_compressed,
                writes.copies_kept + writes.copies_copied
            ),
            (4, 0)
        );
        std::fs::remove_file(&ledger).expect("lose the ledger");
        let writes = write(&out, &site, options).expect("rebuild");
        assert_eq!(
            (
                writes.copies_compressed,
                writes.copies_kept + writes.copies_copied
            ),
            (4, 0)
        );
        let writes = write(&out, &site, options).expect("rebuild");
        assert_eq!(writes.copies_compressed, 0, "sealed again: {writes:?}");
        assert_eq!(decompressed(&out.join("sitemap.xml.gz")), b"<urlset/>");
    }

    // Protects the comparison: a file of the same length but other bytes
    // is written, one of the same bytes left untouched.
    #[test]
    fn writes_a_file_only_when_its_bytes_differ() {
        let temp = tempfile::tempdir().expect("temp dir");
        let path = temp.path().join("f");
        let long = "a".repeat(40_000);
        assert!(write_if_changed(&path, long.as_bytes()).expect("new").is_none());
        assert!(write_if_changed(&path, long.as_bytes()).expect("same").is_some());
        let mut other = long.clone().into_bytes();
        other[39_999] = b'b';
        assert!(write_if_changed(&path, &other).expect("same length").is_none());
        assert_eq!(std::fs::read(&path).expect("read"), other);
        assert!(write_if_changed(&path, b"short").expect("shorter").is_none());
        assert_eq!(std::fs::read(&path).expect("read"), b"short");
        assert!(write_if_changed(&path, b"").expect("empty").is_none());
        assert!(write_if_changed(&path, b"").expect("empty again").is_some());
    }
}
