//! The cache of external results between builds (`.signpost-cache/`,
//! git-ignored): read at the start of the external check, written back
//! atomically (a temporary file renamed over the old one, so a build
//! stopped half-way never leaves a torn cache), and any failure to read or
//! write it reported as a warning rather than ignored.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, Span};

use super::ExternalResult;

/// Where external results are remembered between builds (git-ignored).
pub const CACHE_FILE: &str = ".signpost-cache/links.json";

#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct Cache {
    /// URL → (seconds since the epoch when checked, result).
    entries: BTreeMap<String, (u64, ExternalResult)>,
}

impl Cache {
    /// The cache under `root`: empty when there is none yet; empty with a
    /// warning when it cannot be read (it is rebuilt by this run).
    pub(super) fn load(root: &Path) -> (Cache, Option<Diagnostic>) {
        let path = root.join(CACHE_FILE);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return (Cache::default(), None),
            Err(error) => {
                return (
                    Cache::default(),
                    Some(warning(&format!("could not read it: {error}"))),
                );
            }
        };
        match serde_json::from_slice(&bytes) {
            Ok(cache) => (cache, None),
            Err(error) => (
                Cache::default(),
                Some(warning(&format!(
                    "it is not a cache this version can read ({error}); starting afresh"
                ))),
            ),
        }
    }

    /// The result for `url` if it was checked less than `max_age` seconds
    /// before `now`.
    pub(super) fn get(&self, url: &str, now: u64, max_age: u64) -> Option<&ExternalResult> {
        self.entries
            .get(url)
            .filter(|(checked_at, _)| now.saturating_sub(*checked_at) < max_age)
            .map(|(_, result)| result)
    }

    pub(super) fn insert(&mut self, result: ExternalResult, now: u64) {
        self.entries.insert(result.url.clone(), (now, result));
    }

    /// Writes the cache under `root` atomically; a warning if it cannot.
    pub(super) fn save(&self, root: &Path) -> Option<Diagnostic> {
        let path = root.join(CACHE_FILE);
        let written = (|| -> std::io::Result<()> {
            let folder = path.parent().unwrap_or(root);
            std::fs::create_dir_all(folder)?;
            let text = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
            let temporary = path.with_extension("json.tmp");
            std::fs::write(&temporary, text)?;
            std::fs::rename(&temporary, &path)
        })();
        written
            .err()
            .map(|error| warning(&format!("could not write it: {error}")))
    }
}

fn warning(why: &str) -> Diagnostic {
    Diagnostic::warning(
        "link/cache",
        Span::file(Path::new(CACHE_FILE)),
        format!("the cache of external link results: {why}"),
    )
    .with_help(
        "external links are checked again without it; delete the folder .signpost-cache/ if this repeats",
    )
}

/// Seconds since the Unix epoch.
pub(super) fn now_seconds() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |duration| duration.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::links::Outcome;

    // Protects the cache round trip, its age limit, and that an unreadable
    // cache is a warning (and replaced), not a silent loss or a failure.
    #[test]
    fn round_trips_ages_and_reports_a_broken_cache() {
        let temp = tempfile::tempdir().expect("temp");
        let (mut cache, found) = Cache::load(temp.path());
        assert!(found.is_none());
        let result = ExternalResult {
            url: "https://a.zz/".into(),
            outcome: Outcome::Ok,
            status: Some(200),
            detail: "200 OK".into(),
            cached: false,
        };
        cache.insert(result.clone(), 1_000);
        assert!(cache.save(temp.path()).is_none());
        let (cache, found) = Cache::load(temp.path());
        assert!(found.is_none());
        assert_eq!(cache.get("https://a.zz/", 1_500, 3_600), Some(&result));
        assert_eq!(cache.get("https://a.zz/", 10_000, 3_600), None);
        std::fs::write(temp.path().join(CACHE_FILE), "{torn").expect("tear it");
        let (cache, found) = Cache::load(temp.path());
        assert_eq!(found.map(|d| d.code), Some("link/cache"));
        assert_eq!(cache.get("https://a.zz/", 1_500, 3_600), None);
    }
}
