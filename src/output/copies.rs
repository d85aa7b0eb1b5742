//! What a build may take on trust from the compressed copies already in
//! the output folder and its spare (`.br`, `.gz`), so that a rebuild keeps
//! the copy of a file whose bytes did not change instead of compressing it
//! again (compressing is most of what the copies cost a build).
//!
//! A file's own bytes are always compared; a copy is never read back (that
//! would cost a tenth of compressing). It is kept on the word of a small
//! ledger beside the output (`.dist.signpost-copies` for `dist/`), one line
//! per folder, written by the build that last finished writing it. A
//! folder's copies are kept only while all of these hold:
//!
//! - the line names this very folder (device and inode, which a rename
//!   keeps: the line follows the folder when spare and output swap, and a
//!   folder put in its place by anyone else is not trusted);
//! - it was written since the machine last started (its boot id): a power
//!   cut can lose what the page cache had not yet written to disk, and the
//!   build does not wait for the disk;
//! - the copies were made by the same compressor (Signpost's version, the
//!   quality settings and a test compression of a fixed text): copies of
//!   another setting decompress to the file too but are other bytes, and
//!   the output must be the bytes of a fresh build;
//! - neither the file nor the copy was changed after the line was written
//!   (anything that wrote there since, an older Signpost, a person, a tool,
//!   is not trusted). "Changed" is the inode's change time (ctime), not the
//!   modification time: `cp -p`, `rsync -t` or `touch -d` set a file's
//!   modification time back, but nothing sets its change time. File times
//!   come from a clock that may lag the system clock by a tick, so the
//!   ledger is written a little after the time it records (`CLOCK_MARGIN`):
//!   whatever is written once the line can be read is later than it.
//!
//! While a build writes a folder its line is removed, so a build that is
//! killed, panics or loses power half-way (a file written, its copies not
//! yet) leaves a folder that is not trusted; a build that stops for a
//! problem in the input, after every write finished, puts the line back as
//! it was (the files it wrote since are newer than the line, so their
//! copies are not trusted either). Where Linux's boot id, a folder's
//! inode or a file's change time cannot be read (other systems), no copy
//! is ever kept.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::Context as _;

use crate::render::route::Encoding;

/// The first line of the ledger (the format's version).
const HEADER: &str = "signpost-copies 1";

/// How far behind the system clock a file's change time may be: Linux
/// stamps files from a clock read once per timer tick (1 to 10 ms).
const CLOCK_MARGIN: Duration = Duration::from_millis(25);

/// The ledger: for each folder whose copies are trusted, who made them and
/// when that folder was last written.
#[derive(Debug)]
pub struct Ledger {
    path: PathBuf,
    entries: Vec<Entry>,
}

/// One folder's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    folder: FolderId,
    boot: String,
    maker: String,
    /// When the build that wrote the folder had finished writing it.
    sealed_at: Duration,
}

/// A folder, as the file system names it; a rename keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FolderId {
    device: u64,
    inode: u64,
}

/// Copies in one folder that may be kept: those not changed since the
/// folder was sealed, beside a file not changed since either.
#[derive(Debug, Clone, Copy)]
pub struct Trust {
    sealed_at: SystemTime,
}

impl Trust {
    /// Whether the file or copy with this metadata is a file as the sealing
    /// build left it (not changed since).
    pub fn covers(&self, metadata: &std::fs::Metadata) -> bool {
        metadata.is_file() && changed_at(metadata).is_some_and(|changed| changed <= self.sealed_at)
    }
}

impl Ledger {
    /// Reads the ledger at `path`; a missing, unreadable or garbled ledger
    /// trusts nothing (the build then compresses every copy).
    pub fn read(path: PathBuf) -> Ledger {
        let entries = std::fs::read_to_string(&path)
            .ok()
            .filter(|text| text.lines().next() == Some(HEADER))
            .map(|text| text.lines().skip(1).filter_map(Entry::parse).collect())
            .unwrap_or_default();
        Ledger { path, entries }
    }

    /// The copies in `folder` that may be kept, when they were made by
    /// `maker` in this boot.
    pub fn trust(&self, folder: &Path, maker: &str) -> Option<Trust> {
        let id = folder_id(folder)?;
        let boot = boot_id()?;
        self.entries
            .iter()
            .find(|entry| entry.folder == id)
            .filter(|entry| entry.boot == boot && entry.maker == maker)
            .map(|entry| Trust {
                sealed_at: UNIX_EPOCH + entry.sealed_at,
            })
    }

    /// `folder`'s line, if it has one.
    pub fn entry(&self, folder: &Path) -> Option<Entry> {
        let id = folder_id(folder)?;
        self.entries.iter().find(|entry| entry.folder == id).cloned()
    }

    /// Takes `folder`'s line out before the build writes there, and drops
    /// the lines of folders that are neither of `live` (gone, or replaced);
    /// writes the ledger if that changed it.
    pub fn unseal(&mut self, folder: &Path, live: &[&Path]) -> anyhow::Result<()> {
        let live: Vec<FolderId> = live.iter().filter_map(|folder| folder_id(folder)).collect();
        let writing = folder_id(folder);
        let before = self.entries.len();
        self.entries
            .retain(|entry| live.contains(&entry.folder) && Some(entry.folder) != writing);
        if self.entries.len() == before {
            return Ok(());
        }
        self.save()
    }

    /// Records that the build has finished writing `folder` now, with
    /// copies made by `maker` (there may be none).
    pub fn seal(&mut self, folder: &Path, maker: &str) -> anyhow::Result<()> {
        let (Some(id), Some(boot)) = (folder_id(folder), boot_id()) else {
            return Ok(());
        };
        let sealed_at = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .context("the system clock is before 1970")?;
        // Anything written after the line is saved is stamped later than it.
        std::thread::sleep(CLOCK_MARGIN);
        self.put(Entry {
            folder: id,
            boot,
            maker: maker.to_string(),
            sealed_at,
        })
    }

    /// Puts `entry` back (a build that stopped without writing everything
    /// returns its folder's line as it found it).
    pub fn put(&mut self, entry: Entry) -> anyhow::Result<()> {
        self.entries.retain(|other| other.folder != entry.folder);
        self.entries.push(entry);
        self.save()
    }

    /// Writes the ledger beside and renames it into place, so it is never
    /// seen half-written.
    fn save(&self) -> anyhow::Result<()> {
        let mut text = format!("{HEADER}\n");
        for entry in &self.entries {
            let _ = writeln!(
                text,
                "{} {} {} {}.{:09} {}",
                entry.folder.device,
                entry.folder.inode,
                entry.boot,
                entry.sealed_at.as_secs(),
                entry.sealed_at.subsec_nanos(),
                entry.maker
            );
        }
        let mut partial = self.path.clone().into_os_string();
        partial.push(".partial");
        let partial = PathBuf::from(partial);
        std::fs::write(&partial, text).with_context(|| format!("could not write {}", partial.display()))?;
        std::fs::rename(&partial, &self.path)
            .with_context(|| format!("could not write {}", self.path.display()))
    }
}

impl Entry {
    fn parse(line: &str) -> Option<Entry> {
        let mut fields = line.split(' ');
        let device = fields.next()?.parse().ok()?;
        let inode = fields.next()?.parse().ok()?;
        let boot = fields.next()?.to_string();
        let (secs, nanos) = fields.next()?.split_once('.')?;
        let sealed_at = Duration::new(
            secs.parse().ok()?,
            nanos.parse().ok().filter(|n| *n < 1_000_000_000)?,
        );
        let maker = fields.next()?.to_string();
        if fields.next().is_some() || boot.is_empty() || maker.is_empty() {
            return None;
        }
        Some(Entry {
            folder: FolderId { device, inode },
            boot,
            maker,
            sealed_at,
        })
    }
}

/// Who makes the copies: this Signpost, its settings, and the bytes both
/// compressors make of a fixed text (so a compressor that changes its
/// output under the same settings is told apart). One word, no spaces.
pub fn maker() -> String {
    let mut probe = String::new();
    for line in 0..200 {
        let _ = write!(
            probe,
            "<li><a href=../advice-{line:05}/>Advice {line} {}</a> <bdi dir=ltr>0800 {:03} {:03}</bdi></li>",
            ["survivor", "référence", "مساعدة", "援助", "pomoc"][line % 5],
            line * 7 % 1000,
            line * 13 % 1000
        );
    }
    let mut maker = format!(
        "signpost-{}:br{}w{}:gz{}",
        env!("CARGO_PKG_VERSION"),
        super::BROTLI_QUALITY,
        super::BROTLI_WINDOW,
        super::GZIP_LEVEL
    );
    for encoding in Encoding::ALL {
        let mut crc = flate2::Crc::new();
        match super::compress(probe.as_bytes(), encoding) {
            Ok(bytes) => crc.update(&bytes),
            // Never happens writing into memory; if it did, no copy
            // would match this maker and every copy is made again.
            Err(_) => return format!("{maker}:unknown"),
        }
        let _ = write!(maker, ":{}{:08x}", encoding.suffix(), crc.sum());
    }
    maker
}

/// When the file with this metadata was last changed in any way (written,
/// or its times, mode or owner set): its ctime.
#[cfg(target_os = "linux")]
fn changed_at(metadata: &std::fs::Metadata) -> Option<SystemTime> {
    use std::os::unix::fs::MetadataExt as _;
    let secs = u64::try_from(metadata.ctime()).ok()?;
    let nanos = u32::try_from(metadata.ctime_nsec())
        .ok()
        .filter(|n| *n < 1_000_000_000)?;
    UNIX_EPOCH.checked_add(Duration::new(secs, nanos))
}

#[cfg(not(target_os = "linux"))]
fn changed_at(_metadata: &std::fs::Metadata) -> Option<SystemTime> {
    None
}

#[cfg(target_os = "linux")]
fn folder_id(folder: &Path) -> Option<FolderId> {
    use std::os::unix::fs::MetadataExt as _;
    let metadata = std::fs::symlink_metadata(folder)
        .ok()
        .filter(std::fs::Metadata::is_dir)?;
    Some(FolderId {
        device: metadata.dev(),
        inode: metadata.ino(),
    })
}

#[cfg(not(target_os = "linux"))]
fn folder_id(_folder: &Path) -> Option<FolderId> {
    None
}

/// This boot's id (Linux gives each start of the machine a new one).
#[cfg(target_os = "linux")]
fn boot_id() -> Option<String> {
    let id = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").ok()?;
    let id = id.trim();
    (!id.is_empty() && !id.contains(char::is_whitespace)).then(|| id.to_string())
}

#[cfg(not(target_os = "linux"))]
fn boot_id() -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects the ledger's round trip and its refusals: a line is trusted
    // only for its own folder, boot and maker; a garbled ledger trusts
    // nothing; unsealing removes the line and the lines of folders gone.
    #[test]
    fn trusts_only_its_own_folder_boot_and_maker() {
        let temp = tempfile::tempdir().expect("temp dir");
        let a = temp.path().join("a");
        let b = temp.path().join("b");
        std::fs::create_dir_all(&a).expect("a");
        std::fs::create_dir_all(&b).expect("b");
        let path = temp.path().join(".a.signpost-copies");
        let mut ledger = Ledger::read(path.clone());
        assert!(ledger.trust(&a, "m").is_none());
        ledger.seal(&a, "m").expect("seal");
        let ledger = Ledger::read(path.clone());
        assert!(
            ledger.trust(&a, "m").is_some(),
            "{:?}",
            std::fs::read_to_string(&path)
        );
        assert!(ledger.trust(&a, "other").is_none(), "another maker");
        assert!(ledger.trust(&b, "m").is_none(), "another folder");
        // The line follows its folder through a rename.
        let moved = temp.path().join("moved");
        std::fs::rename(&a, &moved).expect("rename");
        assert!(Ledger::read(path.clone()).trust(&moved, "m").is_some());
        // Another boot's line is not trusted.
        let text = std::fs::read_to_string(&path).expect("read");
        let boot = boot_id().expect("boot id");
        std::fs::write(&path, text.replace(&boot, "00000000-0000-0000-0000-000000000000")).expect("write");
        assert!(Ledger::read(path.clone()).trust(&moved, "m").is_none());
        std::fs::write(&path, &text).expect("write");
        let mut ledger = Ledger::read(path.clone());
        assert!(ledger.trust(&moved, "m").is_some());
        ledger.unseal(&moved, &[&moved, &b]).expect("unseal");
        assert!(Ledger::read(path.clone()).trust(&moved, "m").is_none());
        for garbled in [
            "",
            "signpost-copies 2\n",
            &text.replace(' ', "  "),
            &text.replace(".", ""),
        ] {
            std::fs::write(&path, garbled).expect("write");
            assert!(
                Ledger::read(path.clone()).trust(&moved, "m").is_none(),
                "{garbled:?}"
            );
        }
    }

    // Protects the maker: one word, the same at every call, and naming the
    // settings.
    #[test]
    fn maker_is_one_stable_word() {
        let maker = maker();
        assert_eq!(maker, super::maker());
        assert!(!maker.contains(char::is_whitespace), "{maker}");
        let settings = format!(
            ":br{}w{}:gz{}:br",
            crate::output::BROTLI_QUALITY,
            crate::output::BROTLI_WINDOW,
            crate::output::GZIP_LEVEL
        );
        assert!(maker.contains(&settings), "{maker}");
    }

    // Protects the trust in a file: one modified after sealing is not covered.
    #[test]
    fn a_file_modified_after_sealing_is_not_covered() {
        let temp = tempfile::tempdir().expect("temp dir");
        let file = temp.path().join("f");
        std::fs::write(&file, "x").expect("write");
        let trust = Trust {
            sealed_at: SystemTime::now() + Duration::from_secs(60),
        };
        assert!(trust.covers(&std::fs::metadata(&file).expect("metadata")));
        let trust = Trust {
            sealed_at: SystemTime::now() - Duration::from_secs(60),
        };
        assert!(!trust.covers(&std::fs::metadata(&file).expect("metadata")));
        assert!(
            !trust.covers(&std::fs::metadata(temp.path()).expect("metadata")),
            "a folder"
        );
    }
}
