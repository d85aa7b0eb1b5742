//! Rendering: HTML pages for every published locale (Tera + Fluent), the
//! sitemap, and static assets, all into an in-memory map of output files.
//! Nothing here touches the disk; `output` writes the result.

pub mod html;
pub mod leaflet;
pub mod sitemap;
pub mod templates;

use std::collections::BTreeMap;
use std::path::PathBuf;

/// Every file of the built site: path inside the output folder → bytes.
pub type Files = BTreeMap<PathBuf, Vec<u8>>;
