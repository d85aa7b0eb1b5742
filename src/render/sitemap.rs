//! `sitemap.xml`: every published page in every published locale, with
//! `xhtml:link` alternates for each language and `x-default`.

use std::fmt::Write as _;

use pulldown_cmark_escape::escape_html;

/// One address of the site with its language versions.
pub struct Entry {
    /// Absolute URL of this language version.
    pub location: String,
    pub last_modified: Option<String>,
    /// (hreflang, absolute URL) for every published language, then
    /// `x-default`.
    pub alternates: Vec<(String, String)>,
}

pub fn render(entries: &[Entry]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for entry in entries {
        let _ = writeln!(xml, "  <url>\n    <loc>{}</loc>", escape(&entry.location));
        if let Some(date) = &entry.last_modified {
            let _ = writeln!(xml, "    <lastmod>{}</lastmod>", escape(date));
        }
        for (hreflang, href) in &entry.alternates {
            let _ = writeln!(
                xml,
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                escape(hreflang),
                escape(href)
            );
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

fn escape(text: &str) -> String {
    let mut escaped = String::new();
    let _ = escape_html(&mut escaped, text);
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    // Protects the sitemap shape search engines read, including escaping.
    #[test]
    fn lists_locations_with_alternates() {
        let xml = render(&[Entry {
            location: "https://e.org/en/a/?x=1&y=2".into(),
            last_modified: Some("2026-11-26".into()),
            alternates: vec![
                ("en".into(), "https://e.org/en/a/".into()),
                ("x-default".into(), "https://e.org/en/a/".into()),
            ],
        }]);
        assert!(xml.contains("<loc>https://e.org/en/a/?x=1&amp;y=2</loc>"));
        assert!(xml.contains("<lastmod>2026-11-26</lastmod>"));
        assert!(
            xml.contains(r#"<xhtml:link rel="alternate" hreflang="x-default" href="https://e.org/en/a/"/>"#)
        );
    }
}
