//! Leaflet tests: real PDFs read back. The bundled site (its real page in
//! seven locales, every format, bilingual editions) is built once on screen
//! and once for a print shop, and every file is read with poppler
//! (`pdfinfo -box`, `pdffonts`, `pdfimages -list`, `pdftotext`, `pdftoppm`),
//! pikepdf (`tests/pdf/read_pdf.py`: structure, XMP, colours, text sizes)
//! and zbarimg (the QR codes). Then byte identity across builds, and the
//! failure fixtures (overflow of each kind, layout errors, standards).
//! Every tool is installed on first use when missing (as root), never
//! skipped.

use crate::common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use rayon::prelude::*;
use serde_json::Value;

use common::{build, ensure_tool, fixtures, site, summary};

const LOCALES: [&str; 7] = ["en", "sq", "vi", "ro", "pl", "ar", "zh-Hans"];
/// Each format with its trimmed size in millimetres.
const FORMATS: [(&str, f64, f64); 5] = [
    ("a5", 148.0, 210.0),
    ("a4", 210.0, 297.0),
    ("a4-large", 210.0, 297.0),
    ("dl-trifold", 297.0, 210.0),
    ("card", 85.0, 55.0),
];
const PAGE: &str = "report-human-trafficking";
/// Print mode: 3 mm bleed, and the crop marks' room outside it (6 mm).
const BLEED_MM: f64 = 3.0;
const OUTSIDE_MM: f64 = 9.0;

fn points(mm: f64) -> f64 {
    mm / 25.4 * 72.0
}

/// One leaflet file of the bundled site, as the site asks for it.
#[derive(Debug, Clone)]
struct Leaflet {
    locale: &'static str,
    format: &'static str,
    /// A bilingual edition: the language beside the locale's.
    beside: Option<&'static str>,
}

impl Leaflet {
    fn path(&self) -> PathBuf {
        let edition = self
            .beside
            .map_or(String::new(), |beside| format!("-{beside}-{}", self.locale));
        PathBuf::from(self.locale)
            .join(PAGE)
            .join(format!("leaflet-{}{edition}.pdf", self.format))
    }

    fn trim_mm(&self) -> (f64, f64) {
        FORMATS
            .iter()
            .find(|(name, _, _)| *name == self.format)
            .map(|(_, width, height)| (*width, *height))
            .expect("a known format")
    }

    /// The page online in this leaflet's language (what its QR code opens).
    fn url(&self) -> String {
        format!("https://advice.example.org/{}/{PAGE}/", self.locale)
    }

    /// The language Typst writes for the locale (language subtag only).
    fn lang(&self) -> &'static str {
        self.locale.split('-').next().expect("a language")
    }
}

/// Every leaflet the bundled site makes: each format in each locale (the
/// page's front matter), the A4 edition beside English in each translation
/// and the large-print one in Arabic (site.yaml).
fn expected() -> Vec<Leaflet> {
    let mut leaflets = Vec::new();
    for locale in LOCALES {
        for (format, _, _) in FORMATS {
            leaflets.push(Leaflet {
                locale,
                format,
                beside: None,
            });
        }
        if locale != "en" {
            leaflets.push(Leaflet {
                locale,
                format: "a4",
                beside: Some("en"),
            });
        }
        if locale == "ar" {
            leaflets.push(Leaflet {
                locale,
                format: "a4-large",
                beside: Some("en"),
            });
        }
    }
    leaflets
}

/// The bundled site built into a temp folder: on screen or for a print shop.
fn build_bundled(print: bool) -> tempfile::TempDir {
    let out = tempfile::tempdir().expect("temp dir");
    let mut options = common::options(&common::project_root(), Some(out.path().join("dist")));
    options.print = print;
    let outcome = signpost::run(&options).expect("the build runs");
    assert!(summary(&outcome).is_empty(), "{:?}", summary(&outcome));
    out
}

/// The shared builds (each made once for every test that reads it).
fn bundled(print: bool) -> &'static Path {
    static SCREEN: OnceLock<tempfile::TempDir> = OnceLock::new();
    static PRINT: OnceLock<tempfile::TempDir> = OnceLock::new();
    let cell = if print { &PRINT } else { &SCREEN };
    cell.get_or_init(|| build_bundled(print)).path()
}

fn dist(print: bool) -> PathBuf {
    bundled(print).join("dist")
}

fn run(program: &str, args: &[&str], path: &Path) -> String {
    let output = Command::new(program)
        .args(args)
        .arg(path)
        .output()
        .unwrap_or_else(|error| panic!("run {program}: {error}"));
    assert!(
        output.status.success(),
        "{program} failed on {}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).to_string()
}

fn poppler(program: &str, args: &[&str], path: &Path) -> String {
    ensure_tool(program, "poppler-utils");
    run(program, args, path)
}

/// `pdftotext -layout`, without the direction marks poppler puts around
/// right-to-left runs.
fn pdf_text(path: &Path) -> String {
    ensure_tool("pdftotext", "poppler-utils");
    let output = Command::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(output.status.success(), "pdftotext failed on {}", path.display());
    String::from_utf8_lossy(&output.stdout)
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

/// What `tests/pdf/read_pdf.py` reports of every expected leaflet.
fn reports(print: bool) -> &'static BTreeMap<PathBuf, Value> {
    static SCREEN: OnceLock<BTreeMap<PathBuf, Value>> = OnceLock::new();
    static PRINT: OnceLock<BTreeMap<PathBuf, Value>> = OnceLock::new();
    let cell = if print { &PRINT } else { &SCREEN };
    cell.get_or_init(|| {
        let python = common::ensure_python_module("pikepdf", "python3-pikepdf");
        let script = common::project_root().join("tests/pdf/read_pdf.py");
        let dist = dist(print);
        expected()
            .par_iter()
            .map(|leaflet| {
                let path = dist.join(leaflet.path());
                let output = Command::new(&python)
                    .arg(&script)
                    .arg(&path)
                    .output()
                    .expect("run read_pdf.py");
                assert!(
                    output.status.success(),
                    "read_pdf.py failed on {}: {}",
                    path.display(),
                    String::from_utf8_lossy(&output.stderr)
                );
                let report: Value = serde_json::from_slice(&output.stdout).expect("a JSON report");
                (leaflet.path(), report)
            })
            .collect()
    })
}

fn number(value: &Value) -> f64 {
    value.as_f64().unwrap_or_else(|| panic!("not a number: {value}"))
}

fn four(value: &Value) -> [f64; 4] {
    let items: Vec<f64> = value.as_array().expect("a box").iter().map(number).collect();
    [items[0], items[1], items[2], items[3]]
}

fn close(a: [f64; 4], b: [f64; 4]) -> bool {
    a.iter().zip(b).all(|(a, b)| (a - b).abs() < 0.05)
}

/// The boxes `pdfinfo -box` reports for each page: `(page, box) -> [x0, y0, x1, y1]`.
fn pdfinfo_boxes(path: &Path) -> BTreeMap<(usize, String), [f64; 4]> {
    let text = poppler("pdfinfo", &["-box", "-f", "1", "-l", "9"], path);
    let mut boxes = BTreeMap::new();
    for line in text.lines() {
        let Some((head, values)) = line.split_once("Box:") else {
            continue;
        };
        let mut words = head.split_whitespace().collect::<Vec<_>>();
        let name = format!("{}Box", words.pop().expect("a box name"));
        let page = if words.first() == Some(&"Page") {
            words.get(1).and_then(|n| n.parse().ok()).expect("a page number")
        } else {
            1
        };
        let numbers: Vec<f64> = values.split_whitespace().filter_map(|n| n.parse().ok()).collect();
        boxes.insert((page, name), [numbers[0], numbers[1], numbers[2], numbers[3]]);
    }
    boxes
}

/// The page's `<h1>` in a built HTML page.
fn html_title(dist: &Path, locale: &str) -> String {
    let html = std::fs::read_to_string(dist.join(locale).join(PAGE).join("index.html")).expect("the page");
    let start = html.find("<h1").expect("an h1");
    let open = start + html[start..].find('>').expect("h1 opens");
    let close = html[open..].find("</h1>").expect("h1 closes");
    html[open + 1..open + close].trim().to_string()
}

/// The contact card's heading in `locale`, as its translation file has it.
fn card_heading(locale: &str) -> String {
    let path = common::project_root()
        .join("locales")
        .join(locale)
        .join("site.ftl");
    let text = std::fs::read_to_string(path).expect("site.ftl");
    text.lines()
        .find_map(|line| line.strip_prefix("leaflet-card-heading = "))
        .expect("leaflet-card-heading")
        .to_string()
}

/// The registry's numbers of the bundled page, in display form, with
/// whether each is free to call.
fn page_numbers() -> Vec<(String, bool)> {
    let (site, _) = signpost::load(&common::project_root()).expect("loads");
    let site = site.expect("a site");
    let page = site
        .pages
        .iter()
        .find(|page| page.front.slug == PAGE)
        .expect("the page");
    page.front
        .contacts
        .iter()
        .map(|id| {
            let contact = site.registry.get(id).expect("a contact");
            (
                contact.display.clone(),
                contact.cost == signpost::content::contacts::CallCost::Free,
            )
        })
        .collect()
}

// Protects what a print team orders: every format in every locale, the
// bilingual editions, the copy at the old address (the first format's
// bytes), listed on the leaflet index with each file's size, and each
// page linking its own leaflets.
#[test]
fn every_format_and_edition_is_built_listed_and_linked() {
    let dist = dist(false);
    for leaflet in expected() {
        let path = dist.join(leaflet.path());
        assert!(path.is_file(), "{} missing", path.display());
    }
    let index = std::fs::read_to_string(dist.join("en/leaflets/index.html")).expect("the index");
    for leaflet in expected() {
        let bytes = std::fs::metadata(dist.join(leaflet.path())).expect("size").len();
        let href = format!("../{}", leaflet.path().to_string_lossy());
        let at = index
            .find(&href)
            .unwrap_or_else(|| panic!("the index does not link {href}"));
        let after = &index[at..index.len().min(at + 400)];
        let size = format!("PDF file, {} KB", bytes.div_ceil(1024));
        assert!(
            after.contains(&size),
            "{href} is not listed with `{size}`: {after}"
        );
    }
    for locale in LOCALES {
        let first = std::fs::read(dist.join(locale).join(PAGE).join("leaflet-a5.pdf")).expect("a5");
        let copy = std::fs::read(dist.join(locale).join(PAGE).join("leaflet.pdf")).expect("copy");
        assert!(first == copy, "{locale}: leaflet.pdf is not the A5 leaflet");
        let page = std::fs::read_to_string(dist.join(locale).join(PAGE).join("index.html")).expect("page");
        for leaflet in expected().iter().filter(|leaflet| leaflet.locale == locale) {
            let file = leaflet
                .path()
                .file_name()
                .expect("name")
                .to_string_lossy()
                .to_string();
            assert!(
                page.contains(&format!("href={file}")),
                "{locale} page does not link {file}"
            );
        }
        assert!(
            !page.contains("href=leaflet.pdf"),
            "{locale}: the copy is not listed"
        );
    }
    let arabic_index = std::fs::read_to_string(dist.join("ar/leaflets/index.html")).expect("index");
    assert!(
        arabic_index.contains("كيلوبايت"),
        "the size is written in the page's language"
    );
}

// Protects the page geometry a print shop checks: each format's size, and
// in print mode 3 mm of bleed each side in the BleedBox, the trim in the
// TrimBox, room for crop marks outside, on every page (pdfinfo -box, and
// the boxes as written in the file).
#[test]
fn each_format_has_its_size_and_print_boxes() {
    for print in [false, true] {
        let dist = dist(print);
        for leaflet in expected() {
            let path = dist.join(leaflet.path());
            let (width, height) = leaflet.trim_mm();
            let (w, h) = (points(width), points(height));
            let boxes = pdfinfo_boxes(&path);
            let report = &reports(print)[&leaflet.path()];
            let pages = report["pages"].as_array().expect("pages");
            assert!(!pages.is_empty());
            for (index, page) in pages.iter().enumerate() {
                let at = |name: &str| boxes[&(index + 1, name.to_string())];
                if print {
                    let outside = points(OUTSIDE_MM);
                    let bleed = points(OUTSIDE_MM - BLEED_MM);
                    let media = [0.0, 0.0, w + 2.0 * outside, h + 2.0 * outside];
                    let trim = [outside, outside, outside + w, outside + h];
                    let bleed_box = [bleed, bleed, w + 2.0 * outside - bleed, h + 2.0 * outside - bleed];
                    assert!(close(at("MediaBox"), media), "{}: {:?}", path.display(), boxes);
                    assert!(close(at("TrimBox"), trim), "{}: {:?}", path.display(), boxes);
                    assert!(
                        close(at("BleedBox"), bleed_box),
                        "{}: {:?}",
                        path.display(),
                        boxes
                    );
                    assert!(
                        close(four(&page["trim"]), trim),
                        "TrimBox not written: {}",
                        path.display()
                    );
                    assert!(
                        close(four(&page["bleed"]), bleed_box),
                        "BleedBox not written: {}",
                        path.display()
                    );
                } else {
                    let media = [0.0, 0.0, w, h];
                    assert!(close(at("MediaBox"), media), "{}: {:?}", path.display(), boxes);
                    assert!(
                        page["trim"].is_null() && page["bleed"].is_null(),
                        "{}",
                        path.display()
                    );
                }
            }
            let sides = pages.len();
            match leaflet.format {
                "dl-trifold" | "card" => assert_eq!(sides, 2, "{}", path.display()),
                _ => assert!(sides >= 1, "{}", path.display()),
            }
        }
    }
    // The print files are sound PDFs with their incremental update.
    ensure_tool("qpdf", "qpdf");
    for leaflet in expected().iter().filter(|leaflet| leaflet.locale == "ar") {
        let path = dist(true).join(leaflet.path());
        let output = Command::new("qpdf")
            .arg("--check")
            .arg(&path)
            .output()
            .expect("run qpdf");
        assert!(
            output.status.success(),
            "qpdf --check {}: {}",
            path.display(),
            String::from_utf8_lossy(&output.stdout)
        );
    }
}

// Protects what a print shop's preflight checks first: every font embedded
// (subset), none a Type 3 bitmap font, no raster image under 300 ppi, no
// hairline under 0.25 pt.
#[test]
fn fonts_are_embedded_and_no_image_is_under_300_ppi() {
    for print in [false, true] {
        for leaflet in expected() {
            let path = dist(print).join(leaflet.path());
            let fonts = poppler("pdffonts", &[], &path);
            let rows: Vec<&str> = fonts
                .lines()
                .skip(2)
                .filter(|line| !line.trim().is_empty())
                .collect();
            assert!(!rows.is_empty(), "{}: no fonts listed", path.display());
            for row in rows {
                let columns: Vec<&str> = row.split_whitespace().collect();
                let embedded = columns[columns.len() - 5];
                assert_eq!(embedded, "yes", "{}: not embedded: {row}", path.display());
                assert!(!row.contains("Type 3"), "{}: Type 3 font: {row}", path.display());
            }
            let images = poppler("pdfimages", &["-list"], &path);
            let mut lines = images.lines();
            assert!(
                lines.next().is_some_and(|header| header.contains("x-ppi")),
                "{images}"
            );
            for row in lines.skip(1) {
                let columns: Vec<&str> = row.split_whitespace().collect();
                let (x, y): (f64, f64) = (
                    columns[12].parse().expect("x-ppi"),
                    columns[13].parse().expect("y-ppi"),
                );
                assert!(
                    x >= 300.0 && y >= 300.0,
                    "{}: image under 300 ppi: {row}",
                    path.display()
                );
            }
            let report = &reports(print)[&leaflet.path()];
            for image in report["images"].as_array().expect("images") {
                assert!(
                    image["ppi_x"].as_f64().is_some_and(|ppi| ppi >= 300.0),
                    "{}: {image}",
                    path.display()
                );
            }
            if let Some(thinnest) = report["thinnest_stroke"].as_f64() {
                assert!(thinnest >= 0.249, "{}: a line of {thinnest} pt", path.display());
            }
        }
    }
}

// Protects accessibility in every format and edition: a tagged PDF
// (StructTreeRoot, MarkInfo /Marked true, headings, paragraphs and lists
// tagged) declared PDF/UA-1 in its XMP,
// with the document language of the locale, its title, and the QR code a
// figure whose alternative text gives the address; on screen also PDF/A-2a
// (with its output intent), in print mode not (CMYK needs device colour
// PDF/A refuses without an intent Typst cannot write); a bilingual edition
// marks text in both languages.
#[test]
fn leaflets_are_tagged_with_language_title_and_alternative_text() {
    for print in [false, true] {
        let dist = dist(print);
        for leaflet in expected() {
            let path = dist.join(leaflet.path());
            let report = &reports(print)[&leaflet.path()];
            let name = path.display();
            assert_eq!(report["struct_tree"], true, "{name}");
            assert_eq!(report["marked"], true, "{name}");
            assert_eq!(report["lang"], leaflet.lang(), "{name}");
            assert_eq!(report["pdfua_part"], "1", "{name}");
            if print {
                assert!(report["pdfa_part"].is_null(), "{name}");
                assert_eq!(report["output_intents"], 0, "{name}");
            } else {
                assert_eq!(report["pdfa_part"], "2", "{name}");
                assert_eq!(report["pdfa_conformance"], "A", "{name}");
                assert_eq!(report["output_intents"], 1, "{name}");
            }
            let types: Vec<&str> = report["structure_types"]
                .as_array()
                .expect("types")
                .iter()
                .filter_map(Value::as_str)
                .collect();
            let tagged: &[&str] = match leaflet.format {
                "card" => &["/H1", "/P", "/Figure"],
                _ => &["/H1", "/H2", "/P", "/L", "/LI", "/Figure"],
            };
            for kind in tagged {
                assert!(types.contains(kind), "{name}: no {kind} in {types:?}");
            }
            let figures = report["figures"].as_array().expect("figures");
            assert_eq!(figures.len(), 1, "{name}: one figure, the QR code");
            let alt = figures[0].as_str().unwrap_or_default();
            assert!(
                alt.contains(&leaflet.url()) && alt.len() > leaflet.url().len() + 5,
                "{name}: alt `{alt}`"
            );
            let info = poppler("pdfinfo", &[], &path);
            let title = html_title(&dist, leaflet.locale);
            let title_line = info
                .lines()
                .find(|line| line.starts_with("Title:"))
                .expect("a title");
            if leaflet.format == "card" {
                // A card does not say what the advice is about, in print or
                // in its file: its title is its heading.
                let heading = card_heading(leaflet.locale);
                assert!(title_line.ends_with(&heading), "{name}: {title_line}");
                assert!(!title_line.contains(&title), "{name}: {title_line}");
                // pdftotext breaks a long heading into lines: compare words.
                let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
                let text = words(&pdf_text(&path));
                assert!(
                    text.contains(&words(&heading)) && !text.contains(&words(&title)),
                    "{name}: {text}"
                );
                assert!(!text.contains(PAGE), "{name}: the address is printed: {text}");
            } else {
                assert!(title_line.contains(&title), "{name}: {title_line} lacks {title}");
            }
            assert!(info.contains("Tagged:          yes"), "{name}");
            if let Some(beside) = leaflet.beside {
                let english = html_title(&dist, beside);
                assert!(title_line.contains(&english), "{name}: {title_line}");
                let langs: Vec<&str> = report["content_langs"]
                    .as_array()
                    .into_iter()
                    .chain(report["structure_langs"].as_array())
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                assert!(langs.contains(&"en"), "{name}: no text marked English: {langs:?}");
            }
        }
    }
}

// Protects print mode: nothing RGB anywhere in the file (no RGB colour
// operator in any content stream, no RGB colour space or image, no output
// intent), every text in CMYK and black text pure K; and, so the check can
// fail, the screen files are RGB.
#[test]
fn print_leaflets_hold_no_rgb_and_black_text_is_pure_k() {
    for leaflet in expected() {
        let report = &reports(true)[&leaflet.path()];
        let name = leaflet.path().display().to_string();
        assert_eq!(report["colour_ops"]["rgb"], 0, "{name}: {}", report["colour_ops"]);
        assert_eq!(
            report["colour_ops"]["gray"], 0,
            "{name}: {}",
            report["colour_ops"]
        );
        assert!(number(&report["colour_ops"]["cmyk"]) > 0.0, "{name}");
        assert_eq!(report["rgb_objects"], serde_json::json!([]), "{name}");
        for image in report["images"].as_array().expect("images") {
            assert_ne!(image["space"], "rgb", "{name}: {image}");
        }
        let mut colours: BTreeMap<String, usize> = BTreeMap::new();
        for page in report["pages"].as_array().expect("pages") {
            for text in page["texts"].as_array().expect("texts") {
                let fill = &text["fill"];
                assert_eq!(fill["space"], "cmyk", "{name}: {text}");
                let c: Vec<f64> = fill["components"]
                    .as_array()
                    .expect("components")
                    .iter()
                    .map(number)
                    .collect();
                let rich_black = c[3] > 0.95 && c[..3].iter().any(|value| *value > 0.0);
                assert!(!rich_black, "{name}: black text on all four plates: {text}");
                *colours.entry(format!("{c:?}")).or_default() += 1;
            }
        }
        let most = colours
            .iter()
            .max_by_key(|(_, count)| **count)
            .map(|(colour, _)| colour.as_str());
        assert_eq!(
            most,
            Some("[0.0, 0.0, 0.0, 1.0]"),
            "{name}: body text is not 100 % K: {colours:?}"
        );
        let screen = &reports(false)[&leaflet.path()];
        assert!(
            number(&screen["colour_ops"]["rgb"]) > 0.0,
            "{name}: the screen file reads as RGB"
        );
    }
}

// Protects large print (RNIB Clear Print): no text under 16 pt except the
// footer line (sizes read from the content streams), and no text drawn over
// a filled area (no colour or image behind text).
#[test]
fn large_print_has_no_text_under_16_points_but_the_footer() {
    for leaflet in expected().iter().filter(|leaflet| leaflet.format == "a4-large") {
        let report = &reports(false)[&leaflet.path()];
        let footer_top = points(22.0);
        let mut footer = 0;
        for page in report["pages"].as_array().expect("pages") {
            for text in page["texts"].as_array().expect("texts") {
                let size = number(&text["size"]);
                if number(&text["y"]) < footer_top {
                    footer += 1;
                    continue;
                }
                assert!(
                    size >= 15.99,
                    "{}: text at {size} pt: {text}",
                    leaflet.path().display()
                );
            }
        }
        assert!(
            footer > 0,
            "{}: the footer was not found",
            leaflet.path().display()
        );
        for area in report["solid_fills"].as_array().expect("fills") {
            let [x0, y0, x1, y1] = four(&area["bbox"]);
            for page in report["pages"].as_array().expect("pages") {
                for text in page["texts"].as_array().expect("texts") {
                    let (x, y) = (number(&text["x"]), number(&text["y"]));
                    let inside = x > x0 && x < x1 && y > y0 && y < y1;
                    assert!(
                        !inside,
                        "{}: text over a filled area {area}: {text}",
                        leaflet.path().display()
                    );
                }
            }
        }
    }
}

// Protects the numbers: every number of the page's contacts, in the
// registry's display form, is printed in every format and edition of every
// locale; the card prints the free ones (999 and the freephone helplines)
// and leaves the charged 101 off.
#[test]
fn every_contact_number_is_printed_in_every_format_and_edition() {
    let numbers = page_numbers();
    assert!(
        numbers.iter().any(|(_, free)| !free),
        "the page has a charged number to leave off the card"
    );
    let dist = dist(false);
    for leaflet in expected() {
        let text = pdf_text(&dist.join(leaflet.path()));
        for (number, free) in &numbers {
            let expected_here = leaflet.format != "card" || *free;
            let found = text.contains(number.as_str());
            assert_eq!(
                found,
                expected_here,
                "{}: {number} {} on it:\n{text}",
                leaflet.path().display(),
                if expected_here { "is not" } else { "is" }
            );
        }
    }
}

/// Whether a word `pdftotext -bbox` found is `word`: poppler gives the
/// letters of right-to-left words in visual order, so reversed.
fn same_word(found: &str, word: &str) -> bool {
    found == word || found.chars().rev().eq(word.chars())
}

/// Each word `pdftotext -bbox` finds on `page`, with the centre of its box
/// (points from the top left).
fn words(path: &Path, page: usize) -> Vec<(String, f64, f64)> {
    ensure_tool("pdftotext", "poppler-utils");
    let number = page.to_string();
    let output = Command::new("pdftotext")
        .args(["-bbox", "-f", &number, "-l", &number])
        .arg(path)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(
        output.status.success(),
        "pdftotext -bbox failed on {}",
        path.display()
    );
    let html = String::from_utf8_lossy(&output.stdout);
    let mut found = Vec::new();
    for part in html.split("<word ").skip(1) {
        let attribute = |name: &str| -> f64 {
            let start = part.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
            let end = start + part[start..].find('"').expect("quote");
            part[start..end].parse().expect("a number")
        };
        let text_start = part.find('>').expect("word text") + 1;
        let text_end = part.find("</word>").expect("word end");
        let text: String = part[text_start..text_end]
            .chars()
            .filter(
                |c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'),
            )
            .collect();
        found.push((
            text,
            (attribute("xMin") + attribute("xMax")) / 2.0,
            (attribute("yMin") + attribute("yMax")) / 2.0,
        ));
    }
    found
}

// Protects the tri-fold's folding order, by where text lands: outside,
// the flap (who to contact) on the panel that folds in, the back cover
// (QR code and address) in the middle, the front cover (title) on the
// outer panel; inside, the sections start on the first panel read. All
// mirrored in Arabic, which opens from the other side.
#[test]
fn trifold_panels_follow_the_fold_and_mirror_for_right_to_left() {
    let dist = dist(false);
    for locale in ["en", "pl", "ar"] {
        let path = dist.join(locale).join(PAGE).join("leaflet-dl-trifold.pdf");
        let panel = |x: f64| -> &'static str {
            let mm = x / 72.0 * 25.4;
            let (first, second) = if locale == "ar" {
                (100.0, 200.0)
            } else {
                (97.0, 197.0)
            };
            if mm < first {
                "left"
            } else if mm < second {
                "middle"
            } else {
                "right"
            }
        };
        let (front, flap, inside_first) = if locale == "ar" {
            ("left", "right", "right")
        } else {
            ("right", "left", "left")
        };
        let outside = words(&path, 1);
        let at = |wanted: &str, words: &[(String, f64, f64)]| -> &'static str {
            let (_, x, _) = words
                .iter()
                .find(|(word, _, _)| word.contains(wanted))
                .unwrap_or_else(|| panic!("{locale}: `{wanted}` not found in {words:?}"));
            panel(*x)
        };
        assert_eq!(
            at("999", &outside),
            flap,
            "{locale}: who to contact is on the flap"
        );
        assert_eq!(
            at("advice.example.org", &outside),
            "middle",
            "{locale}: the back cover"
        );
        // Every word of the title is on the front cover (words it shares
        // with other text may also be elsewhere).
        let title = html_title(&dist, locale);
        for part in title.split_whitespace() {
            let on_front = outside
                .iter()
                .any(|(word, x, _)| same_word(word, part) && panel(*x) == front);
            assert!(
                on_front,
                "{locale}: title word {part} is not on the front cover: {outside:?}"
            );
        }
        let inside = words(&path, 2);
        let (_, x, _) = inside
            .iter()
            .min_by(|a, b| a.2.total_cmp(&b.2))
            .expect("text inside");
        assert_eq!(panel(*x), inside_first, "{locale}: the first line inside");
        assert_eq!(
            at("0808", &inside),
            inside_first,
            "{locale}: the sections start on the first panel"
        );
    }
}

// Protects the bilingual editions: the reader's language first in reading
// order (left for Polish, right for Arabic), English beside it, both at the
// same size (equal weight).
#[test]
fn bilingual_editions_set_both_languages_side_by_side() {
    let dist = dist(false);
    for (locale, english_side) in [("pl", "right"), ("ar", "left")] {
        let path = dist
            .join(locale)
            .join(PAGE)
            .join(format!("leaflet-a4-en-{locale}.pdf"));
        let page = words(&path, 1);
        let middle = points(210.0) / 2.0;
        let side = |x: f64| if x < middle { "left" } else { "right" };
        let (_, x, _) = page
            .iter()
            .find(|(word, _, _)| word == "Reporting")
            .expect("the English title");
        assert_eq!(side(*x), english_side, "{locale}");
        let title = html_title(&dist, locale);
        let translated: Vec<&(String, f64, f64)> = page
            .iter()
            .filter(|(word, _, _)| title.split_whitespace().any(|part| same_word(word, part)))
            .collect();
        assert!(!translated.is_empty(), "{locale}: the title is missing");
        for (word, x, _) in translated {
            assert_ne!(side(*x), english_side, "{locale}: {word} is on the English side");
        }
        let report = &reports(false)[&PathBuf::from(locale)
            .join(PAGE)
            .join(format!("leaflet-a4-en-{locale}.pdf"))];
        let texts: Vec<&Value> = report["pages"][0]["texts"]
            .as_array()
            .expect("texts")
            .iter()
            .collect();
        let heading_sizes: Vec<f64> = texts
            .iter()
            .filter(|text| number(&text["y"]) > points(297.0) - points(40.0))
            .map(|text| number(&text["size"]))
            .collect();
        let largest = heading_sizes.iter().copied().fold(0.0, f64::max);
        let left = texts
            .iter()
            .any(|t| number(&t["size"]) == largest && number(&t["x"]) < middle);
        let right = texts
            .iter()
            .any(|t| number(&t["size"]) == largest && number(&t["x"]) > middle);
        assert!(left && right, "{locale}: both titles at {largest} pt");
    }
}

/// The QR code's drawn square (points) on its page, from the PDF.
fn qr_square(report: &Value) -> (usize, [f64; 4]) {
    let fills = report["fills"].as_array().expect("fills");
    assert_eq!(fills.len(), 1, "one QR path: {fills:?}");
    (number(&fills[0]["page"]) as usize, four(&fills[0]["bbox"]))
}

/// A grey PGM image: width, height, pixels.
fn read_pgm(path: &Path) -> (usize, usize, Vec<u8>) {
    let bytes = std::fs::read(path).expect("the image");
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).to_string());
    }
    assert_eq!(fields[0], "P5", "a binary grey PGM");
    let (width, height): (usize, usize) = (
        fields[1].parse().expect("width"),
        fields[2].parse().expect("height"),
    );
    let pixels = bytes[at + 1..].to_vec();
    assert_eq!(pixels.len(), width * height);
    (width, height, pixels)
}

// Protects the QR codes of every leaflet, on screen and in print: at least
// 20 mm wide, a quiet zone of four modules left white around it, and
// decoding (zbarimg, from a 300 dpi render) to the page's address in the
// leaflet's own language.
#[test]
fn qr_codes_decode_to_the_page_address_with_their_quiet_zone() {
    ensure_tool("zbarimg", "zbar-tools");
    ensure_tool("pdftoppm", "poppler-utils");
    let work = tempfile::tempdir().expect("temp dir");
    for print in [false, true] {
        let dist = dist(print);
        let results: Vec<Result<(), String>> = expected()
            .par_iter()
            .enumerate()
            .map(|(index, leaflet)| {
                let path = dist.join(leaflet.path());
                let report = &reports(print)[&leaflet.path()];
                let (page, [x0, y0, x1, y1]) = qr_square(report);
                let width_mm = (x1 - x0) / 72.0 * 25.4;
                if width_mm < 19.99 || ((x1 - x0) - (y1 - y0)).abs() > 0.5 {
                    return Err(format!("{}: QR code {width_mm:.2} mm wide", path.display()));
                }
                let modules =
                    qrcode::QrCode::with_error_correction_level(leaflet.url().as_bytes(), qrcode::EcLevel::M)
                        .expect("a code")
                        .width() as f64;
                let module = (x1 - x0) / modules;
                let media_height = four(&report["pages"][page - 1]["media"])[3];
                // A render of the code and eight modules around it.
                let scale = 300.0 / 72.0;
                let margin = 8.0 * module;
                let left = ((x0 - margin) * scale).floor();
                let top = ((media_height - y1 - margin) * scale).floor();
                let size = ((x1 - x0 + 2.0 * margin) * scale).ceil();
                let stem = work.path().join(format!("qr-{print}-{index}"));
                let page_text = page.to_string();
                let status = Command::new("pdftoppm")
                    .args([
                        "-r",
                        "300",
                        "-gray",
                        "-singlefile",
                        "-f",
                        &page_text,
                        "-l",
                        &page_text,
                    ])
                    .args(["-x", &left.to_string(), "-y", &top.to_string()])
                    .args(["-W", &size.to_string(), "-H", &size.to_string()])
                    .arg(&path)
                    .arg(&stem)
                    .output()
                    .expect("run pdftoppm");
                if !status.status.success() {
                    return Err(format!("pdftoppm failed on {}", path.display()));
                }
                let image = stem.with_extension("pgm");
                let decoded = Command::new("zbarimg")
                    .args(["--raw", "-q"])
                    .arg(&image)
                    .output()
                    .expect("run zbarimg");
                let text = String::from_utf8_lossy(&decoded.stdout).trim().to_string();
                if text != leaflet.url() {
                    return Err(format!(
                        "{}: the QR code reads `{text}`, not {}",
                        path.display(),
                        leaflet.url()
                    ));
                }
                // The quiet zone: from the code's edge out to four modules,
                // every pixel white (a pixel of slack for anti-aliasing).
                let (width, height, pixels) = read_pgm(&image);
                let code = [
                    (x0 * scale - left),
                    ((media_height - y1) * scale - top),
                    (x1 * scale - left),
                    ((media_height - y0) * scale - top),
                ];
                let quiet = 4.0 * module * scale;
                for y in 0..height {
                    for x in 0..width {
                        let (fx, fy) = (x as f64 + 0.5, y as f64 + 0.5);
                        let in_code = fx > code[0] - 1.5
                            && fx < code[2] + 1.5
                            && fy > code[1] - 1.5
                            && fy < code[3] + 1.5;
                        let in_zone = fx > code[0] - quiet
                            && fx < code[2] + quiet
                            && fy > code[1] - quiet
                            && fy < code[3] + quiet;
                        if in_zone && !in_code && pixels[y * width + x] < 200 {
                            return Err(format!("{}: ink in the quiet zone at ({x}, {y})", path.display()));
                        }
                    }
                }
                Ok(())
            })
            .collect();
        let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

// Protects reproducible print files: two builds give the same bytes for
// every leaflet, on screen and in print mode.
#[test]
fn two_builds_give_byte_identical_leaflets() {
    for print in [false, true] {
        let again = build_bundled(print);
        for leaflet in expected() {
            let first = std::fs::read(dist(print).join(leaflet.path())).expect("first");
            let second = std::fs::read(again.path().join("dist").join(leaflet.path())).expect("second");
            assert!(
                first == second,
                "{} changed between builds",
                leaflet.path().display()
            );
        }
    }
}

fn leaflet_site() -> tempfile::TempDir {
    site("translated", Some(&fixtures().join("leaflet")))
}

// Protects a site's default format and the fixture pages: the site's
// default A5 leaflet per locale with the title, every phone number and the
// QR target address; only pages that ask get leaflets.
#[test]
fn leaflets_carry_title_numbers_and_address_in_every_locale() {
    let temp = leaflet_site();
    let outcome = build(temp.path());
    assert!(summary(&outcome).is_empty(), "{:?}", summary(&outcome));
    for (locale, title) in [("en", "Getting help"), ("pl", "[pl] Getting help")] {
        let pdf = temp
            .path()
            .join(format!("dist/{locale}/getting-help/leaflet-a5.pdf"));
        let text = pdf_text(&pdf);
        assert!(text.contains(title), "{locale}: {text}");
        for number in ["999", "0800 555 111"] {
            assert!(text.contains(number), "{locale} misses {number}: {text}");
        }
        assert!(
            text.contains(&format!("example.org/help/{locale}/getting-help")),
            "{locale}: {text}"
        );
        let info = poppler("pdfinfo", &[], &pdf);
        assert!(
            info.contains("Page size:       419.528 x 595.276 pts"),
            "A5: {info}"
        );
        assert!(info.contains(&format!("Title:           {title}")), "{info}");
        assert!(
            temp.path()
                .join(format!("dist/{locale}/getting-help/leaflet.pdf"))
                .is_file()
        );
    }
    assert!(
        !temp.path().join("dist/en/other-page/leaflet-a5.pdf").exists(),
        "only pages that ask get a leaflet"
    );
}

// Protects every leaflet failure under tests/fixtures/errors-leaflet/:
// what did not fit in each kind of format, layout errors at their file and
// line, missing layouts, front matter that names formats twice, a card
// without a free number, a PDF standard Typst refuses.
#[test]
fn each_leaflet_error_fixture_reports_exactly_its_diagnostics() {
    common::check_error_fixtures("errors-leaflet", "small", Some(&fixtures().join("leaflet")), 10);
}

// Protects the older names of print mode: `--print-marks` on the command
// line and `print_marks` in site.yaml still make print-shop files (TrimBox
// and BleedBox inside a larger page).
#[test]
fn print_marks_is_the_older_name_of_print() {
    let is_print_file = |path: &Path| {
        let boxes = pdfinfo_boxes(path);
        let media = boxes[&(1, "MediaBox".to_string())];
        let trim = boxes[&(1, "TrimBox".to_string())];
        let bleed = boxes[&(1, "BleedBox".to_string())];
        media[0] < bleed[0] && bleed[0] < trim[0]
    };
    let temp = leaflet_site();
    let output = Command::new(env!("CARGO_BIN_EXE_signpost"))
        .args(["build", "--offline", "--print-marks", "--root"])
        .arg(temp.path())
        .output()
        .expect("run signpost");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let pdf = temp.path().join("dist/en/getting-help/leaflet-a5.pdf");
    assert!(is_print_file(&pdf), "--print-marks made a screen file");
    let config = temp.path().join("site.yaml");
    let yaml = std::fs::read_to_string(&config).expect("site.yaml");
    std::fs::write(&config, format!("{yaml}output:\n  print_marks: true\n")).expect("write");
    let outcome = build(temp.path());
    assert!(summary(&outcome).is_empty(), "{:?}", summary(&outcome));
    assert!(is_print_file(&pdf), "print_marks: true made a screen file");
    std::fs::write(&config, yaml).expect("write");
    let outcome = build(temp.path());
    assert!(summary(&outcome).is_empty(), "{:?}", summary(&outcome));
    assert!(!is_print_file(&pdf), "a screen build made a print file");
}
