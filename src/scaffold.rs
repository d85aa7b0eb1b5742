//! `signpost new`: a new project that builds as it is (one example page with
//! a leaflet, one contact, the bundled templates, styles and Latin fonts), so
//! an editor can start `signpost serve` and change it.
//!
//! The project is written into a hidden folder beside the target and moved
//! into place only when every file is written: a failure leaves nothing
//! half-made, and a folder that already holds files is never touched.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::content::Date;

/// What the new project is called and where it will be published.
pub struct NewProject {
    /// The site's name, shown in every page's header (`site-name` in
    /// `locales/en/site.ftl`).
    pub title: String,
    /// The address the site will be published at.
    pub base_url: String,
    /// The day written as the example's `last_reviewed` and the contact's
    /// `verified`.
    pub today: Date,
}

/// The bundled files copied as they are: (path in the project, bytes).
const COPIED: &[(&str, &[u8])] = &[
    ("templates/404.html", include_bytes!("../templates/404.html")),
    ("templates/base.html", include_bytes!("../templates/base.html")),
    ("templates/home.html", include_bytes!("../templates/home.html")),
    (
        "templates/leaflet-common.typ",
        include_bytes!("../templates/leaflet-common.typ"),
    ),
    (
        "templates/leaflet-a5.typ",
        include_bytes!("../templates/leaflet-a5.typ"),
    ),
    (
        "templates/leaflet-a4.typ",
        include_bytes!("../templates/leaflet-a4.typ"),
    ),
    (
        "templates/leaflet-a4-large.typ",
        include_bytes!("../templates/leaflet-a4-large.typ"),
    ),
    (
        "templates/leaflet-dl-trifold.typ",
        include_bytes!("../templates/leaflet-dl-trifold.typ"),
    ),
    (
        "templates/leaflet-card.typ",
        include_bytes!("../templates/leaflet-card.typ"),
    ),
    (
        "templates/leaflets.html",
        include_bytes!("../templates/leaflets.html"),
    ),
    ("templates/page.html", include_bytes!("../templates/page.html")),
    ("templates/root.html", include_bytes!("../templates/root.html")),
    (
        "templates/search.html",
        include_bytes!("../templates/search.html"),
    ),
    ("static/css/site.css", include_bytes!("../static/css/site.css")),
    ("static/js/search.js", include_bytes!("../static/js/search.js")),
    ("static/js/site.js", include_bytes!("../static/js/site.js")),
    (
        "fonts/NotoSans-Regular.ttf",
        include_bytes!("../fonts/NotoSans-Regular.ttf"),
    ),
    (
        "fonts/NotoSans-Bold.ttf",
        include_bytes!("../fonts/NotoSans-Bold.ttf"),
    ),
    ("fonts/OFL.txt", include_bytes!("../fonts/OFL.txt")),
];

/// The bundled interface text, with the site's name put in.
const SITE_FTL: &str = include_str!("../locales/en/site.ftl");

/// Writes a new project into `dir`, which must not exist or be empty.
/// Returns the files written (relative to `dir`), sorted.
pub fn create(dir: &Path, project: &NewProject) -> anyhow::Result<Vec<PathBuf>> {
    let title = ftl_value(&project.title)?;
    if let Ok(mut entries) = std::fs::read_dir(dir) {
        if entries.next().is_some() {
            anyhow::bail!(
                "{} already holds files: `signpost new` only writes into a new or empty folder",
                dir.display()
            );
        }
    } else if dir.exists() {
        anyhow::bail!("{} is not a folder", dir.display());
    }
    let files = project_files(&title, project);
    let parent = match dir.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = dir
        .file_name()
        .with_context(|| format!("{} does not name a folder", dir.display()))?
        .to_string_lossy();
    let staging = parent.join(format!(".{name}.signpost-new"));
    if staging.exists() {
        std::fs::remove_dir_all(&staging)
            .with_context(|| format!("could not remove {} (left by an earlier run)", staging.display()))?;
    }
    let written = write_all(&staging, &files)
        .and_then(|()| write_base_files(&staging))
        .and_then(|()| {
            if dir.exists() {
                std::fs::remove_dir(dir)
                    .with_context(|| format!("could not replace the empty folder {}", dir.display()))?;
            }
            std::fs::rename(&staging, dir)
                .with_context(|| format!("could not move the project to {}", dir.display()))
        });
    if let Err(error) = written {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(error);
    }
    let mut paths: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file())
        .filter_map(|entry| entry.path().strip_prefix(dir).ok().map(Path::to_path_buf))
        .collect();
    paths.sort();
    Ok(paths)
}

fn write_all(staging: &Path, files: &[(String, Vec<u8>)]) -> anyhow::Result<()> {
    for (path, bytes) in files {
        let path = staging.join(path);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)
                .with_context(|| format!("could not create {}", folder.display()))?;
        }
        std::fs::write(&path, bytes).with_context(|| format!("could not write {}", path.display()))?;
    }
    Ok(())
}

/// Writes what `signpost l10n update` writes (the English base files that
/// translation platforms read, `l10n.toml`), so the project is complete.
fn write_base_files(root: &Path) -> anyhow::Result<()> {
    let (site, diagnostics) = crate::load(root)?;
    let Some(site) = site.filter(|_| !diagnostics.iter().any(crate::diag::Diagnostic::is_error)) else {
        anyhow::bail!(
            "the new project does not load (a bug in signpost new):\n{}",
            crate::diag::render_human(&diagnostics)
        );
    };
    crate::l10n::update::write_updates(root, &site, &[], false)?;
    Ok(())
}

/// Every file of the new project: (relative path, bytes).
fn project_files(title: &str, project: &NewProject) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = COPIED
        .iter()
        .map(|(path, bytes)| ((*path).to_string(), bytes.to_vec()))
        .collect();
    let site_ftl: String = SITE_FTL
        .lines()
        .map(|line| {
            if line.starts_with("site-name =") {
                format!("site-name = {title}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    let today = project.today.to_string();
    // JSON strings are YAML strings: the URL is quoted whatever it holds;
    // the build checks it.
    let base_url = serde_json::Value::String(project.base_url.clone()).to_string();
    files.extend([
        (
            "site.yaml".to_string(),
            SITE_YAML.replace("{base_url}", &base_url).into_bytes(),
        ),
        ("locales/en/site.ftl".to_string(), site_ftl.into_bytes()),
        (
            "content/contacts.yaml".to_string(),
            CONTACTS_YAML.replace("{today}", &today).into_bytes(),
        ),
        (
            "content/first-page.md".to_string(),
            FIRST_PAGE.replace("{today}", &today).into_bytes(),
        ),
        ("README.md".to_string(), EDITORS_README.to_string().into_bytes()),
        (
            ".gitignore".to_string(),
            b"/dist/\n/.dist.spare/\n/.dist.signpost-lock\n".to_vec(),
        ),
    ]);
    files
}

/// `title` as a one-line Fluent value: braces written as string literals
/// (so they are text, not placeables); line breaks and other control
/// characters refused.
fn ftl_value(title: &str) -> anyhow::Result<String> {
    let title = title.trim();
    if title.is_empty() {
        anyhow::bail!("the site's title is empty");
    }
    if let Some(control) = title.chars().find(|c| c.is_control()) {
        anyhow::bail!(
            "the site's title holds a control character (U+{:04X}): give it on one line",
            u32::from(control)
        );
    }
    Ok(crate::l10n::units::escape_fluent(title))
}

const SITE_YAML: &str = r#"# Signpost site configuration. Every key is checked: a typo is an error.
# Visible text (the site name, notices) lives in locales/<locale>/site.ftl so
# it can be translated; this file holds only settings.

# The address the site will be published at: used for the sitemap, hreflang
# alternates and leaflet QR codes.
base_url: {base_url}

# The language the content is written in.
source_locale: en

# Every locale, in the order the language switcher lists them. To add one:
# add `- code: pl` (review: draft, publish: false while it is translated),
# then run `signpost l10n update`.
locales:
  - code: en
    review: reviewed

output:
  minify: true
  # Font families leaflets are printed with, in fallback order; their files
  # are in fonts/. Noto Sans covers Latin scripts: add a family (and its
  # files) for each other script you translate into, such as
  # "Noto Naskh Arabic" or "Noto Sans CJK SC".
  leaflet_fonts: [Noto Sans]
  # A Brotli (.br) and a gzip (.gz) copy of every page, stylesheet and
  # script, which nginx sends instead of compressing each response. Hosts
  # that compress by themselves (Netlify, Cloudflare Pages, GitHub Pages)
  # do not use them: set this to false there.
  precompress: true
  # The formats a page's leaflet comes in when its front matter names none:
  # a5, a4, a4-large (large print), dl-trifold (folded), card (numbers only).
  leaflet_formats: [a5]
  # Files for a print shop (bleed, crop marks, CMYK); also `--print`.
  print: false

# How a host serves the site (README, "Deploy"): the build writes the
# security headers for Netlify and Cloudflare Pages (_headers), nginx
# (nginx.conf) and Apache (.htaccess).
host:
  # Once a reader has visited over https, their browser uses only https
  # for the site for this many days (0: no such header).
  hsts_max_age_days: 365

checks:
  # A phone number not re-verified within this many months is a warning.
  verify_contacts_every_months: 12
"#;

const CONTACTS_YAML: &str = r#"# The contacts registry: the single source of every phone number the site
# publishes. Pages refer to a number as <tel:ID>; translations as the
# placeable { $ID }. Numbers typed anywhere else fail the build.
#
# kind: freephone (0800/0808) | geographic (01/02) | non-geographic (03)
#       | mobile (07) | short-code (999, 101, 116 123 …)
# cost: free | standard-rate | charged — checked against the kind.
# verified: the day the number was last checked against `source`.

contacts:
  - id: police-emergency
    name: Police (emergency)
    number: "999"
    display: "999"
    kind: short-code
    cost: free
    purpose: Call if it is an emergency.
    nations: [england, wales, scotland, northern-ireland]
    verified: {today}
    source: https://www.police.uk/
"#;

const FIRST_PAGE: &str = r#"---
title: Your first advice page
summary: An example page to change, or to copy when you start a new one.
slug: first-page
applies_to: england
last_reviewed: {today}
contacts: [police-emergency]
leaflet:
  sections: [what-to-do-now]
  formats: [a5, card]
---

This advice applies to England.

This is an example. Change this file while the preview runs and the page in your browser changes when you save.

## What to do now

If you or someone else is in danger now, call the police on <tel:police-emergency>.

## How to write a page

- Write a phone number as a link to its entry in the contacts registry, like the one above. The build refuses numbers typed in the text.
- Start each section with a heading. The contents list and the leaflet are made from them.
- Link to a section of this page [like this](#what-to-do-now).
- The `slug` above is the page's address (`en/first-page/`): lowercase words and hyphens, one per page; `leaflets` and `search` are reserved for the build's own pages.
"#;

const EDITORS_README: &str = r#"# A Signpost site

Advice written once in English, published as web pages and printable
leaflets in every language in `site.yaml`.

## Preview while you write

    signpost serve

opens nothing and writes nothing: it prints an address (such as
http://127.0.0.1:1111/) to open in your browser. Every time you save a file
the pages you have open reload. A problem (a typed phone number, a broken
link) is shown at the top of the page with the file and line; the preview
keeps showing the last good version of the page until you fix it.

## Publish

    signpost build

checks everything and writes the site into `dist/`. It refuses to publish
(and leaves the previous `dist/` as it was) if anything is wrong.

`dist/` also holds what your host needs to send the site's security
headers: `_headers` (Netlify, Cloudflare Pages), `nginx.conf` (a snippet to
include in an nginx `server` block) and `.htaccess` (Apache). GitHub Pages
reads none of them. Beside each page are compressed copies (`.br`, `.gz`)
for nginx; on a host that compresses by itself (Netlify, Cloudflare Pages,
GitHub Pages) turn them off in `site.yaml`:

    output:
      precompress: false

## Where things are

| folder | what it holds |
| --- | --- |
| `content/` | the pages (Markdown) and `contacts.yaml`, every phone number |
| `locales/` | the translations (Fluent); `locales/en/` is written by `signpost l10n update` |
| `templates/` | the page and leaflet layouts |
| `static/` | styles and scripts, copied to the site (styles and scripts get a content hash in their names: reach them from templates with `asset(path="css/site.css")`) |
| `fonts/` | the fonts leaflets are printed with (Noto Sans, Latin scripts; add fonts for other scripts) |

## Leaflets

A page with `leaflet:` in its front matter gets printable PDFs in every
language: `formats: [a5, a4, a4-large, dl-trifold, card]` chooses them
(large print, a folded DL leaflet, a pocket card with the phone numbers).
Their layouts are `templates/leaflet-*.typ`. `signpost build --print` makes
files for a print shop (bleed, crop marks, CMYK).

## A page's address

A page's `slug` is its address: `<locale>/<slug>/` in every language, so
two pages cannot share one. `leaflets` and `search` are reserved (the build
writes the leaflet index and the search page there), and a file in
`static/` may not stand where a page or the build's own files go
(`index.html`, `404.html`, `sitemap.xml`, `<locale>/index.html`, `_headers`,
`nginx.conf`, `.htaccess`, the `.br` and `.gz` copies): the build names both
when two things ask for one address.
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_become_plain_fluent_text() {
        assert_eq!(ftl_value("  Help in Leeds ").unwrap(), "Help in Leeds");
        assert_eq!(ftl_value("A {b} c").unwrap(), "A {\"{\"}b{\"}\"} c");
        assert!(ftl_value("two\nlines").is_err());
        assert!(ftl_value("   ").is_err());
    }
}
