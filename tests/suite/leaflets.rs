//! Leaflet tests: real PDFs, read back with poppler's pdftotext and
//! pdfinfo (installed on first run when missing), in several locales; byte
//! identity across builds; print marks; and the failure fixtures (tofu,
//! overflow, template error, unknown section).

use crate::common;

use std::path::Path;
use std::process::Command;

use common::{build, ensure_tool, fixtures, site, summary};

fn pdf_text(path: &Path) -> String {
    ensure_tool("pdftotext", "poppler-utils");
    let output = Command::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(output.status.success(), "pdftotext failed on {}", path.display());
    String::from_utf8_lossy(&output.stdout).to_string()
}

fn pdf_info(path: &Path, extra: &[&str]) -> String {
    ensure_tool("pdfinfo", "poppler-utils");
    let output = Command::new("pdfinfo")
        .args(extra)
        .arg(path)
        .output()
        .expect("run pdfinfo");
    String::from_utf8_lossy(&output.stdout).to_string()
}

fn leaflet_site() -> tempfile::TempDir {
    site("translated", Some(&fixtures().join("leaflet")))
}

// Protects what a print team gets: an A5 leaflet per locale with the title,
// every phone number and the QR target address, within two pages.
#[test]
fn leaflets_carry_title_numbers_and_address_in_every_locale() {
    let temp = leaflet_site();
    let outcome = build(temp.path());
    assert!(summary(&outcome).is_empty(), "{:?}", summary(&outcome));
    for (locale, title) in [("en", "Getting help"), ("pl", "[pl] Getting help")] {
        let pdf = temp
            .path()
            .join(format!("dist/{locale}/getting-help/leaflet.pdf"));
        let text = pdf_text(&pdf);
        assert!(text.contains(title), "{locale}: {text}");
        for number in ["999", "0800 555 111"] {
            assert!(text.contains(number), "{locale} misses {number}: {text}");
        }
        assert!(
            text.contains(&format!("https://example.org/help/{locale}/getting-help/")),
            "{locale}: {text}"
        );
        let info = pdf_info(&pdf, &[]);
        assert!(
            info.contains("Page size:       419.528 x 595.276 pts"),
            "A5: {info}"
        );
        let pages: usize = info
            .lines()
            .find_map(|line| line.strip_prefix("Pages:"))
            .and_then(|count| count.trim().parse().ok())
            .expect("page count");
        assert!((1..=2).contains(&pages), "{pages} pages");
        assert!(info.contains(&format!("Title:           {title}")), "{info}");
        assert!(info.contains("Tagged:          yes"), "{info}");
    }
    assert!(
        !temp.path().join("dist/en/other-page/leaflet.pdf").exists(),
        "only pages that ask get a leaflet"
    );
}

// Protects reproducible print files: two builds give the same bytes.
#[test]
fn leaflets_are_byte_identical_across_builds() {
    let temp = leaflet_site();
    build(temp.path());
    let first = std::fs::read(temp.path().join("dist/pl/getting-help/leaflet.pdf")).expect("pdf");
    build(temp.path());
    let second = std::fs::read(temp.path().join("dist/pl/getting-help/leaflet.pdf")).expect("pdf");
    assert!(first == second, "the PDF changed between builds");
}

// Protects professional printing: --print-marks adds a 3 mm bleed TrimBox.
#[test]
fn print_marks_add_bleed_and_trim_box() {
    let temp = leaflet_site();
    let mut options = common::options(temp.path(), Some(temp.path().join("dist")));
    options.print = true;
    let outcome = signpost::run(&options).expect("runs");
    assert!(!outcome.failed(false), "{:?}", summary(&outcome));
    let info = pdf_info(&temp.path().join("dist/en/getting-help/leaflet.pdf"), &["-box"]);
    let media = info
        .lines()
        .find(|line| line.starts_with("MediaBox"))
        .expect("media box")
        .to_string();
    let trim = info
        .lines()
        .find(|line| line.starts_with("TrimBox"))
        .expect("trim box")
        .to_string();
    assert_ne!(media.split(':').nth(1), trim.split(':').nth(1), "{info}");
    assert!(
        info.contains("Page size:       436.535 x 612.283 pts"),
        "A5 plus 3 mm bleed each side: {info}"
    );
}

// Protects every leaflet failure under tests/fixtures/errors-leaflet/.
#[test]
fn each_leaflet_error_fixture_reports_exactly_its_diagnostics() {
    common::check_error_fixtures("errors-leaflet", "small", Some(&fixtures().join("leaflet")), 4);
}
