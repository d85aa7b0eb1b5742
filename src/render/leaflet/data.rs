//! What a leaflet's Typst layout receives as `/data.json`: the page's text
//! in one language (two for a bilingual edition), the format, the print
//! settings and the QR code as modules to draw. Built from a
//! `LocalizedPage` and its locale's catalog; nothing here typesets.

use serde::Serialize;

use crate::content::Page;
use crate::content::contacts::{CallCost, NumberKind, Registry, digits};
use crate::diag::Diagnostic;
use crate::l10n::Catalog;
use crate::l10n::localize::{ContactView, LocalizedPage};
use crate::markdown::{Block, Run, RunKind, Section};

/// Everything a layout receives, documented in `templates/leaflet-common.typ`.
#[derive(Debug, Clone, Serialize)]
pub struct Data {
    /// The format's name (`dl-trifold`).
    pub format: &'static str,
    pub print: Print,
    /// Font families in fallback order.
    pub fonts: Vec<String>,
    /// The leaflet's language: the reader's.
    pub text: Text,
    /// A bilingual edition's other language (the source language), laid
    /// out beside `text` with equal weight.
    pub beside: Option<Text>,
    /// The QR code of `text.url`.
    pub qr: Qr,
}

/// Print-shop settings (`--print`).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Print {
    /// Bleed, crop marks and CMYK colours.
    pub on: bool,
    /// How far backgrounds must run past the trim (the BleedBox).
    pub bleed_mm: f64,
    /// Room outside the bleed for the crop marks (the MediaBox is the trim
    /// plus bleed plus this on each side).
    pub slug_mm: f64,
}

impl Print {
    /// 3 mm is what UK print shops ask for; crop marks sit 0.5 mm outside
    /// the bleed and are 5 mm long, so they are never inside the bleed a
    /// print shop may print to.
    pub const BLEED_MM: f64 = 3.0;
    pub const SLUG_MM: f64 = 6.0;

    pub fn new(on: bool) -> Print {
        Print {
            on,
            bleed_mm: Print::BLEED_MM,
            slug_mm: Print::SLUG_MM,
        }
    }
}

/// A page's text in one language, with the interface strings a layout
/// prints.
#[derive(Debug, Clone, Serialize)]
pub struct Text {
    pub lang: String,
    pub region: Option<String>,
    pub dir: &'static str,
    pub site_name: String,
    pub title: String,
    pub summary: String,
    pub applies_to: String,
    pub last_reviewed_label: String,
    pub last_reviewed: String,
    pub draft_notice: Option<String>,
    pub sections: Vec<Section>,
    pub contacts_heading: String,
    pub contacts: Vec<ContactView>,
    /// The heading of the contact card.
    pub card_heading: String,
    /// The numbers the contact card prints (see `card_contacts`).
    pub card_contacts: Vec<ContactView>,
    pub qr_label: String,
    pub qr_alt: String,
    /// The page online in this language (what the QR code opens).
    pub url: String,
}

/// A QR code as the layout draws it: the symbol is `modules` wide, and its
/// dark modules are covered by the rectangles `[row, column, width,
/// height]` (in modules). The quiet zone (four modules) is left to the
/// layout. On screen the layout draws `svg` (the same rectangles as one
/// SVG path: cheap to typeset, and RGB is what a screen file is); in print
/// mode there is no `svg` and the layout draws the rectangles as one vector
/// path in its own CMYK black (an SVG image would be RGB).
#[derive(Debug, Clone, Serialize)]
pub struct Qr {
    pub modules: usize,
    pub rects: Vec<[usize; 4]>,
    pub svg: Option<String>,
}

/// The QR code of `url` (error correction M: 15 % of the symbol may be
/// damaged, enough for a folded or worn leaflet at these sizes); `svg`
/// gives it as an SVG image too.
pub fn qr(url: &str, svg: bool) -> Result<Qr, String> {
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
        .map_err(|error| format!("could not make a QR code for {url}: {error}"))?;
    let modules = code.width();
    let dark: Vec<bool> = code
        .to_colors()
        .into_iter()
        .map(|color| color == qrcode::Color::Dark)
        .collect();
    let rects = cover(&dark, modules);
    let svg = svg.then(|| {
        let mut path = String::new();
        for [row, column, width, height] in &rects {
            path.push_str(&format!("M{column} {row}h{width}v{height}h-{width}z"));
        }
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {modules} {modules}\" width=\"{modules}\" height=\"{modules}\"><path fill=\"#000\" d=\"{path}\"/></svg>"
        )
    });
    Ok(Qr { modules, rects, svg })
}

/// Rectangles covering the dark modules of a `modules`-wide symbol, each
/// module once: from the first dark module not yet covered, as wide as the
/// dark run, then as tall as the rows below are dark over that width. Few
/// rectangles make a short path for Typst to build and write.
fn cover(dark: &[bool], modules: usize) -> Vec<[usize; 4]> {
    let mut covered = vec![false; dark.len()];
    let free = |covered: &[bool], row: usize, column: usize| {
        dark[row * modules + column] && !covered[row * modules + column]
    };
    let mut rects = Vec::new();
    for row in 0..modules {
        for column in 0..modules {
            if !free(&covered, row, column) {
                continue;
            }
            let mut width = 1;
            while column + width < modules && free(&covered, row, column + width) {
                width += 1;
            }
            let mut height = 1;
            while row + height < modules && (column..column + width).all(|x| free(&covered, row + height, x))
            {
                height += 1;
            }
            for y in row..row + height {
                for x in column..column + width {
                    covered[y * modules + x] = true;
                }
            }
            rects.push([row, column, width, height]);
        }
    }
    rects
}

/// The contact card's numbers, by a rule rather than by id: the page's
/// contacts that are free to call (`cost: free` in the registry: 999 and
/// the freephone helplines), emergency numbers (999, 112, 18000) first,
/// the rest in the page's order. A charged number (101) is left off: a
/// reader who must hide the card may have no credit.
pub fn card_contacts(registry: &Registry, contacts: &[ContactView]) -> Vec<ContactView> {
    card_ids(registry, contacts.iter().map(|view| view.id.as_str()))
        .into_iter()
        .filter_map(|id| contacts.iter().find(|view| view.id == id))
        .cloned()
        .collect()
}

/// The ids of `ids` the card prints, in the card's order (see
/// `card_contacts`).
pub fn card_ids<'a>(registry: &Registry, ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let free: Vec<(&str, bool)> = ids
        .filter_map(|id| {
            let contact = registry.get(id)?;
            (contact.cost == CallCost::Free).then(|| (id, is_emergency(contact.kind, &contact.number)))
        })
        .collect();
    let emergency = free.iter().filter(|(_, emergency)| *emergency);
    let others = free.iter().filter(|(_, emergency)| !*emergency);
    emergency.chain(others).map(|(id, _)| *id).collect()
}

fn is_emergency(kind: NumberKind, number: &str) -> bool {
    kind == NumberKind::ShortCode
        && crate::numbers::short_code(&digits(number)).is_some_and(|code| code.emergency)
}

/// The page's text in `catalog`'s language. `draft` prints the draft
/// notice (in this language): a draft translation's own leaflet, and the
/// source language beside a draft translation in a bilingual edition.
pub fn text(
    page: &Page,
    catalog: &Catalog,
    localized: &LocalizedPage,
    registry: &Registry,
    url: &str,
    draft: bool,
) -> Result<Text, Vec<Diagnostic>> {
    let string = |id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]| {
        catalog
            .format(id, args)
            .map_err(|error| vec![catalog.format_diagnostic(&error)])
    };
    let selected = page
        .front
        .leaflet
        .as_ref()
        .map_or(&[][..], |spec| spec.sections.as_slice());
    Ok(Text {
        lang: catalog.locale.langid.language.as_str().to_string(),
        region: catalog
            .locale
            .langid
            .region
            .map(|region| region.as_str().to_ascii_lowercase()),
        dir: catalog.locale.dir(),
        site_name: string("site-name", &[])?,
        title: localized.title.clone(),
        summary: localized.summary.clone(),
        applies_to: string(
            "applies-to",
            &[("nation", page.front.applies_to.to_string().into())],
        )?,
        last_reviewed_label: string("last-reviewed-label", &[])?,
        last_reviewed: localized.last_reviewed.clone(),
        draft_notice: if draft {
            Some(string("draft-notice", &[])?)
        } else {
            None
        },
        sections: print_sections(&localized.body.sections, selected, url),
        contacts_heading: string("leaflet-contacts-heading", &[])?,
        contacts: localized.contacts.clone(),
        card_heading: string("leaflet-card-heading", &[])?,
        card_contacts: card_contacts(registry, &localized.contacts),
        qr_label: string("leaflet-qr-label", &[])?,
        qr_alt: string("leaflet-qr-alt", &[("url", url.to_string().into())])?,
        url: url.to_string(),
    })
}

impl Text {
    /// Every piece of text a layout may print, for the font coverage check.
    pub fn strings(&self) -> Vec<&str> {
        let mut texts: Vec<&str> = vec![
            &self.site_name,
            &self.title,
            &self.summary,
            &self.applies_to,
            &self.last_reviewed_label,
            &self.last_reviewed,
            &self.contacts_heading,
            &self.card_heading,
            &self.qr_label,
            &self.url,
        ];
        texts.extend(self.draft_notice.as_deref());
        for section in &self.sections {
            texts.push(&section.heading);
            for block in &section.blocks {
                texts.extend(block.runs.iter().map(|run| run.text.as_str()));
                texts.extend(block.runs.iter().filter_map(|run| run.url.as_deref()));
            }
        }
        for contact in &self.contacts {
            texts.extend([
                contact.name.as_str(),
                &contact.display,
                &contact.purpose,
                &contact.cost,
            ]);
            texts.extend(contact.hours.as_deref());
        }
        texts
    }

    /// The links a leaflet in this language prints (for the link checks).
    pub fn links(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.url.as_str()).chain(
            self.sections
                .iter()
                .flat_map(|section| &section.blocks)
                .flat_map(|block| &block.runs)
                .filter(|run| run.kind == RunKind::Link)
                .filter_map(|run| run.url.as_deref()),
        )
    }
}

/// `url` made absolute against `page_url` (fragments stay as they are).
fn absolute_url(page_url: &str, url: &str) -> String {
    if url.starts_with('#') || url.contains("://") || url.starts_with("mailto:") {
        return url.to_string();
    }
    let mut base: Vec<&str> = page_url.trim_end_matches('/').split('/').collect();
    for segment in url.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                if base.len() > 3 {
                    base.pop();
                }
            }
            other => base.push(other),
        }
    }
    let mut joined = base.join("/");
    if url.ends_with('/') {
        joined.push('/');
    }
    joined
}

/// The sections a leaflet prints (those whose English ids are in
/// `selected`, in page order), with links made absolute against `page_url`
/// (print has no relative links) and fragment-only links as plain text.
pub fn print_sections(sections: &[Section], selected: &[String], page_url: &str) -> Vec<Section> {
    sections
        .iter()
        .filter(|section| selected.contains(&section.id))
        .map(|section| Section {
            id: section.id.clone(),
            heading: section.heading.clone(),
            blocks: section
                .blocks
                .iter()
                .map(|block| Block {
                    kind: block.kind,
                    runs: block.runs.iter().map(|run| print_run(run, page_url)).collect(),
                })
                .collect(),
        })
        .collect()
}

fn print_run(run: &Run, page_url: &str) -> Run {
    match (&run.url, run.kind) {
        (Some(url), RunKind::Link) if url.starts_with('#') => Run {
            kind: RunKind::Text,
            url: None,
            ..run.clone()
        },
        (Some(url), RunKind::Link) => Run {
            kind: RunKind::Link,
            text: run.text.clone(),
            url: Some(absolute_url(page_url, url)),
            strong: false,
            emph: false,
        },
        _ => run.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects relative links becoming full addresses in print.
    #[test]
    fn makes_relative_links_absolute() {
        let page = "https://e.org/help/pl/a/";
        assert_eq!(absolute_url(page, "../b/"), "https://e.org/help/pl/b/");
        assert_eq!(absolute_url(page, "https://x.org/"), "https://x.org/");
        assert_eq!(absolute_url(page, "#signs"), "#signs");
    }

    // Protects the QR modules the layouts draw: the rectangles cover
    // exactly the dark modules of the symbol, each once.
    #[test]
    fn qr_rectangles_cover_the_dark_modules() {
        for url in [
            "https://example.org/help/pl/getting-help/",
            "https://advice.example.org/zh-Hans/report-human-trafficking/",
        ] {
            let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
                .expect("code");
            let qr = qr(url, true).expect("qr");
            assert_eq!(qr.modules, code.width());
            let mut drawn = vec![false; qr.modules * qr.modules];
            for [row, start, width, height] in &qr.rects {
                assert!(*width > 0 && *height > 0);
                for y in *row..row + height {
                    for x in *start..start + width {
                        assert!(!drawn[y * qr.modules + x], "rectangles overlap");
                        drawn[y * qr.modules + x] = true;
                    }
                }
            }
            let dark: Vec<bool> = code
                .to_colors()
                .into_iter()
                .map(|color| color == qrcode::Color::Dark)
                .collect();
            assert_eq!(drawn, dark, "{url}");
            let svg = qr.svg.expect("an SVG");
            assert!(
                svg.starts_with("<svg ") && svg.matches('z').count() == qr.rects.len(),
                "{svg}"
            );
            let runs = dark
                .chunks(qr.modules)
                .map(|row| row.windows(2).filter(|pair| pair[1] && !pair[0]).count() + usize::from(row[0]))
                .sum::<usize>();
            assert!(
                qr.rects.len() < runs,
                "no run was merged: {} of {runs}",
                qr.rects.len()
            );
        }
    }

    // Protects the card's rule: free numbers only, emergency numbers first,
    // then the page's order; charged numbers (101) left off.
    #[test]
    fn card_holds_free_numbers_emergency_first() {
        let yaml = "contacts:\n".to_string()
            + &[
                ("helpline", "0800 555 111", "freephone", "free"),
                ("police-non-emergency", "101", "short-code", "charged"),
                ("police-emergency", "999", "short-code", "free"),
                ("nhs", "111", "short-code", "free"),
            ]
            .iter()
            .map(|(id, number, kind, cost)| {
                format!(
                    "  - id: {id}\n    name: N\n    number: \"{number}\"\n    display: \"{number}\"\n    kind: {kind}\n    cost: {cost}\n    purpose: P\n    nations: [england]\n    verified: 2026-11-01\n    source: https://example.org/\n"
                )
            })
            .collect::<String>();
        let (registry, found) = crate::content::contacts::parse(std::path::Path::new("c.yaml"), &yaml);
        assert!(found.is_empty(), "{found:?}");
        let view = |id: &str| ContactView {
            id: id.to_string(),
            name: id.to_string(),
            display: String::new(),
            dial: String::new(),
            purpose: String::new(),
            hours: None,
            cost: String::new(),
        };
        let page = ["helpline", "police-non-emergency", "police-emergency", "nhs"].map(view);
        let card: Vec<String> = card_contacts(&registry, &page)
            .into_iter()
            .map(|view| view.id)
            .collect();
        assert_eq!(card, ["police-emergency", "helpline", "nhs"]);
    }
}
