//! The only writer: files are written into a staging folder beside the
//! output folder as they are rendered (from every rendering thread), and
//! the staging folder is swapped into place only when the whole build has
//! passed, so a failed or interrupted build never leaves a half-written or
//! missing `dist/`. The previous output is removed only after the swap; a
//! staging folder that is not committed is removed when dropped.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use rayon::prelude::*;

use crate::render::{Files, Sink};

/// Files kept from the previous output although the build does not make
/// them (`.gitkeep` keeps the empty `dist/` folder in git).
const CARRIED_OVER: &[&str] = &[".gitkeep"];

/// A new output being written beside the old one.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    previous: PathBuf,
    committed: bool,
}

impl Staging {
    /// Makes an empty staging folder for `out`, refusing an `out` that does
    /// not look like an earlier build (a mistyped `--out` must not delete
    /// someone's files).
    pub fn create(out: &Path) -> anyhow::Result<Staging> {
        let out = absolute(out)?;
        refuse_foreign_folder(&out)?;
        let parent = out.parent().context("the output folder has no parent folder")?;
        std::fs::create_dir_all(parent).with_context(|| format!("could not create {}", parent.display()))?;
        let name = out
            .file_name()
            .context("the output folder has no name")?
            .to_string_lossy()
            .to_string();
        let dir = parent.join(format!(".{name}.staging-{}", std::process::id()));
        let previous = parent.join(format!(".{name}.previous-{}", std::process::id()));
        remove_if_present(&dir)?;
        std::fs::create_dir_all(&dir).with_context(|| format!("could not create {}", dir.display()))?;
        Ok(Staging {
            out,
            dir,
            previous,
            committed: false,
        })
    }

    /// Puts the staged files in the place of the output folder.
    pub fn commit(mut self) -> anyhow::Result<()> {
        carry_over(&self.out, &self.dir)?;
        swap(&self.dir, &self.out, &self.previous)?;
        self.committed = true;
        remove_tree(&self.previous)
    }
}

impl Sink for Staging {
    fn put(&self, path: &Path, bytes: Vec<u8>) -> anyhow::Result<()> {
        let target = self.dir.join(path);
        if let Some(folder) = target.parent() {
            std::fs::create_dir_all(folder)
                .with_context(|| format!("could not create {}", folder.display()))?;
        }
        std::fs::write(&target, bytes).with_context(|| format!("could not write {}", target.display()))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Writes `files` as the new content of `out` (in parallel), then swaps.
pub fn write(out: &Path, files: &Files) -> anyhow::Result<()> {
    let staging = Staging::create(out)?;
    files
        .par_iter()
        .try_for_each(|(path, bytes)| staging.put(path, bytes.clone()))?;
    staging.commit()
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
    let previous_build =
        names.iter().any(|name| name == "sitemap.xml") && names.iter().any(|name| name == "index.html");
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

/// Puts `staging` in the place of `out`. Two renames on the same file system:
/// the old output moves aside, the new one moves in; if the second rename
/// fails the old output is moved back.
fn swap(staging: &Path, out: &Path, previous: &Path) -> anyhow::Result<()> {
    remove_if_present(previous)?;
    let had_previous = out.exists();
    if had_previous {
        std::fs::rename(out, previous).with_context(|| format!("could not move {} aside", out.display()))?;
    }
    if let Err(error) = std::fs::rename(staging, out) {
        if had_previous {
            let _ = std::fs::rename(previous, out);
        }
        return Err(error).with_context(|| format!("could not move the new build into {}", out.display()));
    }
    Ok(())
}

fn remove_if_present(path: &Path) -> anyhow::Result<()> {
    if path.exists() {
        std::fs::remove_dir_all(path).with_context(|| format!("could not remove {}", path.display()))?;
    }
    Ok(())
}

/// Removes a folder tree, its files in parallel (a site has thousands).
fn remove_tree(path: &Path) -> anyhow::Result<()> {
    if !path.exists() {
        return Ok(());
    }
    let files: Vec<PathBuf> = walkdir::WalkDir::new(path)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| !entry.file_type().is_dir())
        .map(|entry| entry.into_path())
        .collect();
    files.par_iter().for_each(|file| {
        let _ = std::fs::remove_file(file);
    });
    remove_if_present(path)
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
        write(
            &out,
            &files(&[("index.html", "1"), ("sitemap.xml", "s"), ("old.html", "x")]),
        )
        .expect("first build");
        write(
            &out,
            &files(&[("index.html", "2"), ("sitemap.xml", "s"), ("en/index.html", "e")]),
        )
        .expect("second build");
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).expect("read"),
            "2"
        );
        assert!(!out.join("old.html").exists());
        assert!(out.join(".gitkeep").exists());
        let leftovers: Vec<_> = std::fs::read_dir(temp.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("dist")]);
    }

    // Protects the user's files: a folder that is not a build is never replaced.
    #[test]
    fn refuses_to_replace_a_foreign_folder() {
        let temp = tempfile::tempdir().expect("temp dir");
        std::fs::write(temp.path().join("notes.txt"), "mine").expect("write");
        let error = write(temp.path(), &files(&[("index.html", "1")])).expect_err("must refuse");
        assert!(error.to_string().contains("refusing to replace"));
        assert_eq!(
            std::fs::read_to_string(temp.path().join("notes.txt")).expect("read"),
            "mine"
        );
    }
}
