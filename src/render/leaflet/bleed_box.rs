//! Adds an explicit `/BleedBox` to every page of a PDF that Typst wrote
//! for a print shop. Typst (0.15) writes the MediaBox and, for a page with
//! bleed, the TrimBox, but no BleedBox; a reader then takes the BleedBox to
//! be the whole MediaBox, crop marks included. Print shops' preflight reads
//! the BleedBox to know how far backgrounds run past the trim, so it is
//! written: the TrimBox grown by the bleed on every side.
//!
//! The file is not rewritten: the changed page objects are appended as an
//! incremental update (ISO 32000-1, 7.5.6) with their own cross-reference
//! section, so every byte Typst wrote stays where it was. This reads only
//! what Typst's PDF writer produces (a classic cross-reference table, page
//! dictionaries as direct objects); anything else is an error, never a
//! guess.

use std::fmt::Write as _;

/// `pdf` with a `/BleedBox` on each page that has a `/TrimBox`: the trim
/// box grown by `bleed_pt` on each side (within the MediaBox). Pages
/// without a TrimBox are left as they are.
pub fn add(pdf: &[u8], bleed_pt: f64) -> Result<Vec<u8>, String> {
    let xref_offset = start_xref(pdf)?;
    let table = read_xref(pdf, xref_offset)?;
    let mut updated: Vec<(u32, u16, Vec<u8>)> = Vec::new();
    for entry in &table.entries {
        let body = object_body(pdf, entry)?;
        if !is_page(body) || find_key(body, b"/BleedBox").is_some() {
            continue;
        }
        let Some(trim) = number_array(body, b"/TrimBox")? else {
            continue;
        };
        let media = number_array(body, b"/MediaBox")?
            .ok_or_else(|| format!("page object {} has a TrimBox but no MediaBox", entry.number))?;
        let bleed = [
            (trim[0] - bleed_pt).max(media[0]),
            (trim[1] - bleed_pt).max(media[1]),
            (trim[2] + bleed_pt).min(media[2]),
            (trim[3] + bleed_pt).min(media[3]),
        ];
        let Some(dictionary) = body.strip_prefix(b"<<") else {
            return Err(format!("page object {} is not a dictionary", entry.number));
        };
        let mut object = format!("{} {} obj\n<</BleedBox[", entry.number, entry.generation).into_bytes();
        let numbers: Vec<String> = bleed.iter().map(|value| number(*value)).collect();
        object.extend_from_slice(numbers.join(" ").as_bytes());
        object.push(b']');
        object.extend_from_slice(dictionary);
        object.extend_from_slice(b"\nendobj\n");
        updated.push((entry.number, entry.generation, object));
    }
    if updated.is_empty() {
        return Ok(pdf.to_vec());
    }
    let mut out = pdf.to_vec();
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    let mut offsets = Vec::new();
    for (number, generation, object) in &updated {
        offsets.push((*number, *generation, out.len()));
        out.extend_from_slice(object);
    }
    let new_xref = out.len();
    let mut section = String::from("xref\n");
    for (number, generation, offset) in &offsets {
        // Each entry is exactly 20 bytes, ending in a space and a newline.
        let _ = write!(section, "{number} 1\n{offset:010} {generation:05} n \n");
    }
    let _ = write!(
        section,
        "trailer\n<<{}/Prev {xref_offset}>>\nstartxref\n{new_xref}\n%%EOF\n",
        table.trailer
    );
    out.extend_from_slice(section.as_bytes());
    Ok(out)
}

/// A number as PDF writes it: up to four decimals, no trailing zeros.
fn number(value: f64) -> String {
    let text = format!("{value:.4}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

struct Entry {
    number: u32,
    generation: u16,
    offset: usize,
}

struct Table {
    entries: Vec<Entry>,
    /// The trailer dictionary's contents, without `<<` and `>>`.
    trailer: String,
}

/// The offset after the last `startxref`.
fn start_xref(pdf: &[u8]) -> Result<usize, String> {
    let at = rfind(pdf, b"startxref").ok_or("no startxref")?;
    let rest = std::str::from_utf8(&pdf[at + b"startxref".len()..]).map_err(|_| "startxref is not text")?;
    rest.split_whitespace()
        .next()
        .and_then(|offset| offset.parse().ok())
        .ok_or_else(|| "startxref has no offset".to_string())
}

/// The classic cross-reference table at `offset`, and its trailer.
fn read_xref(pdf: &[u8], offset: usize) -> Result<Table, String> {
    let tail = pdf.get(offset..).ok_or("startxref points past the end")?;
    if !tail.starts_with(b"xref") {
        return Err("not a classic cross-reference table (a stream?)".to_string());
    }
    let trailer_at = find(tail, b"trailer").ok_or("no trailer")?;
    let table = std::str::from_utf8(&tail[4..trailer_at]).map_err(|_| "cross-reference table is not text")?;
    let mut tokens = table.split_whitespace();
    let mut entries = Vec::new();
    while let Some(first) = tokens.next() {
        let first: u32 = first.parse().map_err(|_| "bad subsection start")?;
        let count: u32 = tokens
            .next()
            .and_then(|count| count.parse().ok())
            .ok_or("bad subsection count")?;
        for index in 0..count {
            let (Some(offset), Some(generation), Some(kind)) = (tokens.next(), tokens.next(), tokens.next())
            else {
                return Err("cross-reference table ends early".to_string());
            };
            if kind == "n" {
                entries.push(Entry {
                    number: first + index,
                    generation: generation.parse().map_err(|_| "bad generation")?,
                    offset: offset.parse().map_err(|_| "bad offset")?,
                });
            }
        }
    }
    let trailer = &tail[trailer_at + b"trailer".len()..];
    let open = find(trailer, b"<<").ok_or("trailer has no dictionary")?;
    let close = find(trailer, b"startxref")
        .and_then(|end| rfind(&trailer[..end], b">>"))
        .ok_or("trailer dictionary is not closed")?;
    let trailer = std::str::from_utf8(&trailer[open + 2..close]).map_err(|_| "trailer is not text")?;
    if trailer.contains("/Prev") {
        return Err("the file already has incremental updates".to_string());
    }
    Ok(Table {
        entries,
        trailer: trailer.trim().to_string(),
    })
}

/// The body of an object (between `N G obj` and `endobj`), trimmed.
fn object_body<'a>(pdf: &'a [u8], entry: &Entry) -> Result<&'a [u8], String> {
    let start = pdf
        .get(entry.offset..)
        .ok_or_else(|| format!("object {} lies past the end", entry.number))?;
    let header = format!("{} {} obj", entry.number, entry.generation);
    if !start.starts_with(header.as_bytes()) {
        return Err(format!("object {} is not where the table says", entry.number));
    }
    let body = &start[header.len()..];
    let end = find(body, b"endobj").ok_or_else(|| format!("object {} has no endobj", entry.number))?;
    Ok(body[..end].trim_ascii())
}

/// Whether a dictionary is a page (`/Type /Page`, not `/Pages`), and not a
/// stream.
fn is_page(body: &[u8]) -> bool {
    if find(body, b"stream").is_some() {
        return false;
    }
    let Some(at) = find_key(body, b"/Type") else {
        return false;
    };
    let value = body[at + b"/Type".len()..].trim_ascii_start();
    value.starts_with(b"/Page") && !value.get(5).is_some_and(u8::is_ascii_alphanumeric)
}

/// The four numbers of the array under `key`.
fn number_array(body: &[u8], key: &[u8]) -> Result<Option<[f64; 4]>, String> {
    let Some(at) = find_key(body, key) else {
        return Ok(None);
    };
    let value = body[at + key.len()..].trim_ascii_start();
    let close = value
        .iter()
        .position(|byte| *byte == b']')
        .ok_or("unclosed array")?;
    let inner = value
        .get(1..close)
        .filter(|_| value.starts_with(b"["))
        .ok_or("not an array")?;
    let inner = std::str::from_utf8(inner).map_err(|_| "array is not text")?;
    let numbers: Vec<f64> = inner.split_whitespace().filter_map(|n| n.parse().ok()).collect();
    match numbers.as_slice() {
        [a, b, c, d] => Ok(Some([*a, *b, *c, *d])),
        _ => Err(format!("{} is not four numbers", String::from_utf8_lossy(key))),
    }
}

/// Where `key` is written as a whole name (`/Type`, not `/TypeX`).
fn find_key(body: &[u8], key: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = find(&body[from..], key) {
        let at = from + at;
        if !body.get(at + key.len()).is_some_and(u8::is_ascii_alphanumeric) {
            return Some(at);
        }
        from = at + key.len();
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .rposition(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small PDF in the shape Typst writes: two pages with a TrimBox.
    fn sample() -> Vec<u8> {
        let objects = [
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Count 2/Kids[3 0 R 4 0 R]>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 100 200]/TrimBox[10 10 90 190]>>",
            "<</Type /Page /Parent 2 0 R /MediaBox [0 0 100 200]>>",
        ];
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (index, object) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", index + 1).as_bytes());
        }
        let xref = pdf.len();
        let mut table = format!("xref\n0 {}\n0000000000 65535 f\r\n", objects.len() + 1);
        for offset in offsets {
            table.push_str(&format!("{offset:010} 00000 n\r\n"));
        }
        table.push_str(&format!(
            "trailer\n<</Size 5/Root 1 0 R/ID[(a)(b)]>>\nstartxref\n{xref}\n%%EOF"
        ));
        pdf.extend_from_slice(table.as_bytes());
        pdf
    }

    // Protects the BleedBox: appended as an update, the original bytes
    // untouched, only pages with a TrimBox changed, the new table and
    // trailer pointing at the right places.
    #[test]
    fn adds_a_bleed_box_as_an_incremental_update() {
        let original = sample();
        let updated = add(&original, 5.0).expect("update");
        assert!(updated.starts_with(&original));
        let appended = String::from_utf8_lossy(&updated[original.len()..]).to_string();
        assert!(appended.contains("3 0 obj\n<</BleedBox[5 5 95 195]/Type/Page/Parent 2 0 R/MediaBox[0 0 100 200]/TrimBox[10 10 90 190]>>\nendobj"), "{appended}");
        assert!(!appended.contains("4 0 obj"), "{appended}");
        let object_at = updated
            .windows(8)
            .rposition(|w| w == b"3 0 obj\n")
            .expect("object");
        assert!(
            appended.contains(&format!("xref\n3 1\n{object_at:010} 00000 n \n")),
            "{appended}"
        );
        let xref_at = updated.windows(6).rposition(|w| w == b"\nxref\n").expect("xref") + 1;
        assert!(
            appended.ends_with(&format!("startxref\n{xref_at}\n%%EOF\n")),
            "{appended}"
        );
        let first_xref = original.windows(6).position(|w| w == b"\nxref\n").expect("xref") + 1;
        assert!(
            appended.contains(&format!("<</Size 5/Root 1 0 R/ID[(a)(b)]/Prev {first_xref}>>")),
            "{appended}"
        );
        // A second pass finds the update and refuses to stack another.
        assert!(add(&updated, 5.0).is_err());
    }

    // Protects against guessing: a file not in Typst's shape is an error.
    #[test]
    fn refuses_what_it_cannot_read() {
        assert!(add(b"%PDF-1.7\nno table", 5.0).is_err());
        let mut broken = sample();
        let at = broken.windows(4).rposition(|w| w == b"xref").expect("xref");
        broken[at] = b'X';
        assert!(add(&broken, 5.0).is_err());
    }
}
