//! A deterministic generator of complete Signpost sites, for the scale
//! benchmark (`benches/scale.rs`), the scale tests and anyone comparing
//! with another generator (`cargo run --release --example sitegen`).
//!
//! A generated site has N advice pages of about 750 words (headings,
//! paragraphs, lists, warning text, a table on every third page, emphasis),
//! links between pages (some to a `#section` of the other page), links to a
//! small pool of outside sites, phone numbers as `<tel:ID>` from a registry
//! that grows with the site, and complete translations in the chosen
//! bundled locales that pass the gate: every unit's English with its words
//! rewritten in letters of that locale's script (taken from the bundled
//! translations, so the leaflet fonts cover them), placeables untouched,
//! with `# en:` comments and a translation record, as `l10n update` writes.
//! The same text can be written out as a Hugo site (`write_hugo`).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use signpost::l10n::units::UnitKind;

/// Changes whenever the generator writes different files, so sites kept
/// by the benchmarks are made again (2: base files and lasting ids; 3: the
/// search page's template, script and strings; 4: a layout per leaflet
/// format).
pub const GENERATION: u32 = 4;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Spec {
    pub pages: usize,
    /// Locale codes from the bundled `site.yaml`, the source (`en`) first.
    pub locales: Vec<String>,
    /// Give every page a leaflet (its first two sections).
    pub leaflets: bool,
    pub seed: u64,
}

impl Spec {
    /// `pages` pages in every bundled locale, without leaflets.
    pub fn bundled_locales(pages: usize) -> Spec {
        Spec {
            pages,
            locales: ["en", "sq", "vi", "ro", "pl", "ar", "zh-Hans"]
                .iter()
                .map(|code| code.to_string())
                .collect(),
            leaflets: false,
            seed: 1,
        }
    }
}

/// The project's own folder (templates, fonts and translations are taken
/// from the bundled site).
fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// SplitMix64: small, fast and the same everywhere.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn for_item(seed: u64, a: usize, b: usize) -> Random {
        let mut random = Random(seed ^ ((a as u64) << 32) ^ (b as u64).wrapping_mul(0x51_7CC1_B727_220A));
        random.next();
        random
    }
}

const WORDS: &[&str] = &[
    "advice",
    "help",
    "work",
    "money",
    "home",
    "family",
    "friend",
    "police",
    "support",
    "report",
    "safe",
    "danger",
    "worker",
    "job",
    "pay",
    "debt",
    "passport",
    "document",
    "employer",
    "agency",
    "house",
    "room",
    "food",
    "sleep",
    "phone",
    "call",
    "message",
    "worry",
    "fear",
    "threat",
    "control",
    "move",
    "travel",
    "country",
    "city",
    "town",
    "street",
    "place",
    "office",
    "shop",
    "farm",
    "factory",
    "kitchen",
    "car",
    "wash",
    "building",
    "site",
    "cleaning",
    "care",
    "child",
    "adult",
    "person",
    "people",
    "victim",
    "survivor",
    "adviser",
    "charity",
    "service",
    "council",
    "doctor",
    "nurse",
    "school",
    "teacher",
    "lawyer",
    "court",
    "decision",
    "referral",
    "form",
    "name",
    "address",
    "account",
    "bank",
    "card",
    "wage",
    "hours",
    "week",
    "month",
    "year",
    "day",
    "night",
    "time",
    "question",
    "answer",
    "sign",
    "risk",
    "need",
    "right",
    "choice",
    "trust",
    "record",
    "evidence",
    "contact",
    "number",
    "language",
    "interpreter",
    "benefit",
    "housing",
    "shelter",
    "health",
    "injury",
    "bruise",
    "abuse",
    "force",
    "lie",
    "promise",
    "offer",
    "visa",
    "status",
    "border",
    "may",
    "might",
    "can",
    "should",
    "will",
    "often",
    "sometimes",
    "never",
    "always",
    "usually",
    "quickly",
    "slowly",
    "safely",
    "quietly",
    "clearly",
    "carefully",
    "openly",
    "together",
    "alone",
    "new",
    "old",
    "small",
    "large",
    "long",
    "short",
    "early",
    "late",
    "free",
    "local",
    "national",
    "private",
    "public",
    "legal",
    "unpaid",
    "unsafe",
    "afraid",
    "tired",
    "hungry",
    "ill",
    "young",
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "if",
    "when",
    "because",
    "so",
    "that",
    "this",
    "these",
    "their",
    "your",
    "our",
    "with",
    "without",
    "from",
    "to",
    "for",
    "about",
    "after",
    "before",
    "during",
    "under",
    "over",
    "into",
    "onto",
    "by",
    "at",
    "in",
    "on",
    "of",
    "not",
    "very",
    "more",
    "less",
    "most",
    "some",
    "many",
    "few",
    "every",
    "each",
    "other",
    "another",
    "same",
    "own",
    "keep",
    "tell",
    "ask",
    "find",
    "give",
    "take",
    "leave",
    "stay",
    "speak",
    "listen",
    "write",
    "read",
    "check",
    "decide",
    "explain",
    "protect",
    "arrange",
    "refuse",
    "collect",
    "share",
    "change",
    "happen",
    "notice",
    "follow",
    "contact",
    "visit",
    "return",
    "record",
    "describe",
    "carry",
];

/// A sentence of `n` words from the vocabulary, capitalised, with a full stop.
fn sentence(random: &mut Random, n: usize) -> String {
    let mut text = String::new();
    for index in 0..n {
        let word = random.pick(WORDS);
        if index == 0 {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                text.extend(first.to_uppercase());
                text.push_str(chars.as_str());
            }
        } else {
            text.push(' ');
            text.push_str(word);
        }
    }
    text.push('.');
    text
}

fn words(random: &mut Random, n: usize) -> String {
    let sentence = sentence(random, n);
    sentence.trim_end_matches('.').to_string()
}

fn slug(page: usize) -> String {
    format!("advice-{page:05}")
}

/// The heading of section `section` of page `page` (the same whoever asks,
/// so other pages can link to it).
fn section_heading(seed: u64, page: usize, section: usize) -> String {
    let mut random = Random::for_item(seed, page, 1000 + section);
    format!("{} {}", words(&mut random, 3), section + 1)
}

const N_SECTIONS: usize = 5;

const EXTERNAL: &[&str] = &[
    "https://www.gov.uk/government/collections/modern-slavery",
    "https://www.citizensadvice.org.uk/work/",
    "https://www.acas.org.uk/",
    "https://www.gla.gov.uk/",
    "https://www.unseenuk.org/",
    "https://www.salvationarmy.org.uk/modern-slavery",
    "https://www.nspcc.org.uk/",
    "https://www.police.uk/",
    "https://www.crimestoppers-uk.org/",
    "https://www.shelter.org.uk/",
    "https://www.nhs.uk/",
    "https://www.barnardos.org.uk/",
    "https://www.hestia.org/",
    "https://www.antislavery.org/",
    "https://www.kalayaan.org.uk/",
    "https://www.flexwork.org.uk/",
];

/// The registry: the bundled one plus generated freephone helplines.
fn registry(n_helplines: usize) -> anyhow::Result<String> {
    let bundled = std::fs::read_to_string(project_root().join("content/contacts.yaml"))?;
    let (contacts, retired) = match bundled.split_once("\nretired:") {
        Some((contacts, retired)) => (contacts.to_string(), format!("\nretired:{retired}")),
        None => (bundled, String::new()),
    };
    let mut text = contacts.trim_end().to_string();
    text.push('\n');
    for index in 0..n_helplines {
        let digits = format!("{:07}", 1_000_000 + index * 37);
        let display = format!("0808 {} {}", &digits[..3], &digits[3..]);
        let mut random = Random::for_item(7, index, 0);
        let hours = if index.is_multiple_of(3) {
            "\n    hours: 24 hours a day"
        } else {
            ""
        };
        let _ = write!(
            text,
            "\n  - id: helpline-{index}\n    name: {} helpline\n    number: \"{display}\"\n    display: \"{display}\"\n    kind: freephone\n    cost: free\n    purpose: {}{hours}\n    nations: [england]\n    verified: 2026-11-26\n    source: https://www.example.org/helplines/{index}\n",
            words(&mut random, 2),
            sentence(&mut random, 8),
        );
    }
    text.push_str(&retired);
    Ok(text)
}

/// The Markdown of page `page`.
fn page_markdown(spec: &Spec, page: usize, n_helplines: usize) -> String {
    let seed = spec.seed;
    let mut random = Random::for_item(seed, page, 0);
    let helpline = |random: &mut Random| format!("<tel:helpline-{}>", random.below(n_helplines));
    let other = |random: &mut Random| {
        let mut target = random.below(spec.pages);
        if target == page && spec.pages > 1 {
            target = (target + 1) % spec.pages;
        }
        target
    };
    let n_title = 4 + random.below(3);
    let title = words(&mut random, n_title);
    let n_summary = 16 + random.below(6);
    let summary = sentence(&mut random, n_summary);
    let mut markdown = String::new();
    let _ = writeln!(markdown, "---");
    let _ = writeln!(markdown, "title: {title}");
    let _ = writeln!(markdown, "summary: {summary}");
    let _ = writeln!(markdown, "slug: {}", slug(page));
    let _ = writeln!(markdown, "applies_to: england");
    let _ = writeln!(markdown, "last_reviewed: 2026-11-{:02}", 1 + page % 28);
    if spec.leaflets {
        let first: Vec<String> = (0..2)
            .map(|section| signpost::markdown::slugify(&section_heading(seed, page, section)))
            .collect();
        let _ = writeln!(markdown, "leaflet:\n  sections: [{}]", first.join(", "));
    }
    let _ = writeln!(
        markdown,
        "contacts: [police-emergency, crimestoppers, modern-slavery-helpline]"
    );
    let _ = writeln!(markdown, "---\n");
    let _ = writeln!(
        markdown,
        "{} {}\n",
        sentence(&mut random, 14),
        sentence(&mut random, 18)
    );
    let _ = writeln!(
        markdown,
        "> [!WARNING]\n> If you are in danger now, call the police on <tel:police-emergency>.\n"
    );
    let _ = writeln!(
        markdown,
        "{} Read [{}](../{}/) or call <tel:modern-slavery-helpline>.\n",
        sentence(&mut random, 12),
        words(&mut random, 3),
        slug(other(&mut random))
    );
    for section in 0..N_SECTIONS {
        let _ = writeln!(markdown, "## {}\n", section_heading(seed, page, section));
        let _ = writeln!(
            markdown,
            "{} **{}** {} {}\n",
            sentence(&mut random, 15),
            words(&mut random, 3),
            sentence(&mut random, 12),
            sentence(&mut random, 16)
        );
        let _ = writeln!(markdown, "{}\n", sentence(&mut random, 10));
        for _ in 0..5 {
            let n = 5 + random.below(4);
            let _ = writeln!(markdown, "- {}", words(&mut random, n));
        }
        markdown.push('\n');
        match section {
            1 => {
                let target = other(&mut random);
                let fragment = signpost::markdown::slugify(&section_heading(seed, target, 2));
                let _ = writeln!(
                    markdown,
                    "{} See [{}](../{}/#{fragment}) and *{}*.\n",
                    sentence(&mut random, 14),
                    words(&mut random, 4),
                    slug(target),
                    words(&mut random, 2)
                );
            }
            2 => {
                let url = EXTERNAL[random.below(EXTERNAL.len())];
                let _ = writeln!(
                    markdown,
                    "{} The [{}]({url}) can help, or call {}.\n",
                    sentence(&mut random, 16),
                    words(&mut random, 3),
                    helpline(&mut random)
                );
            }
            3 if page.is_multiple_of(3) => {
                let _ = writeln!(
                    markdown,
                    "| {} | {} |",
                    words(&mut random, 2),
                    words(&mut random, 2)
                );
                let _ = writeln!(markdown, "| --- | --- |");
                for _ in 0..3 {
                    let _ = writeln!(
                        markdown,
                        "| {} | {} |",
                        words(&mut random, 3),
                        helpline(&mut random)
                    );
                }
                markdown.push('\n');
            }
            4 => {
                let url = EXTERNAL[random.below(EXTERNAL.len())];
                let _ = writeln!(
                    markdown,
                    "### {}\n\n{} [{}]({url}) {}\n",
                    words(&mut random, 3),
                    sentence(&mut random, 12),
                    words(&mut random, 2),
                    sentence(&mut random, 10)
                );
            }
            _ => {
                let _ = writeln!(
                    markdown,
                    "{} {}\n",
                    sentence(&mut random, 18),
                    sentence(&mut random, 14)
                );
            }
        }
    }
    markdown
}

/// The letters a locale's bundled translation uses (sorted), so generated
/// text is in that script and covered by the leaflet fonts.
fn alphabet(locale: &str) -> anyhow::Result<Vec<char>> {
    let path = project_root()
        .join("locales")
        .join(locale)
        .join("report-human-trafficking.ftl");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("could not read {}", path.display()))?;
    let mut letters: Vec<char> = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('=').map(|(_, value)| value))
        .flat_map(str::chars)
        .filter(|c| c.is_alphabetic())
        .collect();
    // A translation in another script still quotes Latin names: keep only
    // that script's letters.
    let n_ascii = letters.iter().filter(|c| c.is_ascii()).count();
    if n_ascii * 2 < letters.len() {
        letters.retain(|c| !c.is_ascii());
    }
    letters.sort_unstable();
    letters.dedup();
    anyhow::ensure!(!letters.is_empty(), "no letters in {}", path.display());
    Ok(letters)
}

/// `english` (a Fluent value) with every word outside placeables rewritten
/// in `letters`; placeables, Markdown punctuation and spacing stay.
fn translate(english: &str, letters: &[char], dense: bool) -> String {
    let mut out = String::with_capacity(english.len() * 2);
    let mut depth = 0usize;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        let mut hash: usize = 5381;
        for byte in word.bytes() {
            hash = hash.wrapping_mul(33) ^ usize::from(byte);
        }
        let n = if dense { word.len().div_ceil(2) } else { word.len() };
        for index in 0..n {
            out.push(letters[(hash >> (index % 8)).wrapping_add(index * 31) % letters.len()]);
        }
        word.clear();
    };
    for c in english.chars() {
        match c {
            '{' => {
                flush(&mut word, &mut out);
                depth += 1;
                out.push(c);
            }
            '}' => {
                depth = depth.saturating_sub(1);
                out.push(c);
            }
            _ if depth > 0 => out.push(c),
            _ if c.is_ascii_alphabetic() => word.push(c),
            _ => {
                flush(&mut word, &mut out);
                out.push(c);
            }
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Writes a complete site into `dir` (which should be empty).
pub fn generate(spec: &Spec, dir: &Path) -> anyhow::Result<()> {
    generate_with(spec, dir, &|_, _| None)
}

/// Real text for some pages: `texts(locale, page)` gives the translation of
/// that page's title and first paragraph in that locale (no placeables, no
/// digits), or `None` to keep the generated letters. The search recall
/// tests use it to put real words of each language where the generator
/// writes letters of its script.
pub type Texts<'a> = &'a dyn Fn(&str, usize) -> Option<(String, String)>;

/// `generate`, with `texts` put in place of the generated translations
/// where it gives one.
pub fn generate_with(spec: &Spec, dir: &Path, texts: Texts<'_>) -> anyhow::Result<()> {
    let root = project_root();
    for shared in ["templates", "static", "fonts"] {
        copy_tree(&root.join(shared), &dir.join(shared))?;
    }
    let mut config = String::from("base_url: https://advice.example.org/\nsource_locale: en\nlocales:\n");
    for code in &spec.locales {
        let review = if code == "en" { "reviewed" } else { "draft" };
        let _ = writeln!(config, "  - code: {code}\n    review: {review}");
        let folder = dir.join("locales").join(code);
        std::fs::create_dir_all(&folder)?;
        std::fs::copy(
            root.join("locales").join(code).join("site.ftl"),
            folder.join("site.ftl"),
        )?;
    }
    std::fs::write(dir.join("site.yaml"), config)?;
    let content = dir.join("content");
    std::fs::create_dir_all(&content)?;
    let n_helplines = (spec.pages / 5).max(10);
    std::fs::write(content.join("contacts.yaml"), registry(n_helplines)?)?;
    for page in 0..spec.pages {
        std::fs::write(
            content.join(format!("{}.md", slug(page))),
            page_markdown(spec, page, n_helplines),
        )?;
    }
    write_translations(spec, dir, texts)
}

/// Every locale's translation files and record, from the English units
/// (or `texts`).
fn write_translations(spec: &Spec, dir: &Path, texts: Texts<'_>) -> anyhow::Result<()> {
    let (site, diagnostics) = signpost::load(dir)?;
    let site = site.context("the generated site.yaml does not load")?;
    let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
    anyhow::ensure!(errors.is_empty(), "the generated site does not load: {errors:?}");
    // Lasting ids, written into base files as `l10n update` would.
    let options = signpost::l10n::sources::Options {
        without_base: signpost::l10n::sources::WithoutBase::Fresh,
        check_base: false,
    };
    let (sources, _) =
        signpost::l10n::sources::load(site.source_catalog(), &site.registry, &site.pages, options);
    if spec.locales.len() > 1 {
        for set in std::iter::once(&sources.contacts).chain(sources.pages.iter().map(|page| &page.units)) {
            let path = dir.join(signpost::l10n::base::path("en", set));
            std::fs::write(path, signpost::l10n::base::text(set))?;
        }
        std::fs::write(
            dir.join(signpost::l10n::base::PONTOON_CONFIG),
            signpost::l10n::base::pontoon_config(&site.config),
        )?;
    }
    for code in spec.locales.iter().filter(|code| *code != "en") {
        let letters = alphabet(code)?;
        let dense = code.starts_with("zh");
        let mut record = signpost::l10n::record::Record::default();
        let folder = dir.join("locales").join(code);
        let sets = std::iter::once((None, &sources.contacts)).chain(
            sources
                .pages
                .iter()
                .enumerate()
                .map(|(page, source)| (Some(page), &source.units)),
        );
        for (page, set) in sets {
            let given = page.and_then(|page| texts(code, page));
            let mut first_paragraph = true;
            let mut text = format!("### Translation of {} into `{code}`.\n", set.origin.display());
            for unit in &set.units {
                let value = match (&given, unit.kind.page()) {
                    (Some((title, _)), Some(UnitKind::Title)) => title.clone(),
                    (Some((_, paragraph)), Some(UnitKind::Paragraph)) if first_paragraph => {
                        first_paragraph = false;
                        paragraph.clone()
                    }
                    _ => translate(&unit.english, &letters, dense),
                };
                let _ = write!(text, "\n# en: {}\n", unit.english);
                for (name, meaning) in &unit.placeables {
                    let meaning = if meaning.starts_with("<tel:") {
                        "a phone number, filled in by the build"
                    } else {
                        meaning.as_str()
                    };
                    let _ = writeln!(text, "# ${name} = {meaning}");
                }
                let _ = writeln!(text, "{} = {value}", unit.id);
                record.set(&set.name, &unit.id, &unit.english, &value);
            }
            std::fs::write(folder.join(set.file_name()), text)?;
        }
        std::fs::write(
            folder.join(signpost::l10n::record::FILE_NAME),
            signpost::l10n::record::serialize(&record)?,
        )?;
    }
    Ok(())
}

/// Writes the same text as a Hugo site into `hugo_dir`: one content file
/// per page and locale (the localized Markdown, phone numbers as links with
/// the registry's display form), and layouts of the same shape as the
/// bundled templates (language switcher, header, contents list, contacts,
/// footer). Build it with `hugo --minify -s hugo_dir`.
pub fn write_hugo(spec: &Spec, site_dir: &Path, hugo_dir: &Path) -> anyhow::Result<()> {
    let (site, _) = signpost::load(site_dir)?;
    let site = site.context("the generated site does not load")?;
    let (sources, _) = signpost::l10n::sources::load(
        site.source_catalog(),
        &site.registry,
        &site.pages,
        site.source_options(),
    );
    let mut config = String::from(
        "baseURL = \"https://advice.example.org/\"\ndefaultContentLanguage = \"en\"\ndefaultContentLanguageInSubdir = true\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n[markup.tableOfContents]\nstartLevel = 2\nendLevel = 2\n",
    );
    for (weight, code) in spec.locales.iter().enumerate() {
        let _ = write!(
            config,
            "[languages.{}]\ncontentDir = \"content/{code}\"\nweight = {}\nlanguageName = \"{code}\"\n",
            code.replace('-', "_").to_lowercase(),
            weight + 1
        );
        if code == "ar" {
            config.push_str("languageDirection = \"rtl\"\n");
        }
    }
    std::fs::create_dir_all(hugo_dir)?;
    std::fs::write(hugo_dir.join("hugo.toml"), config)?;
    copy_tree(&site_dir.join("static"), &hugo_dir.join("static"))?;
    let layouts = hugo_dir.join("layouts").join("_default");
    std::fs::create_dir_all(&layouts)?;
    std::fs::write(layouts.join("baseof.html"), HUGO_BASEOF)?;
    std::fs::write(layouts.join("single.html"), HUGO_SINGLE)?;
    std::fs::write(layouts.join("list.html"), HUGO_LIST)?;
    for code in &spec.locales {
        let folder = hugo_dir.join("content").join(code);
        std::fs::create_dir_all(&folder)?;
        std::fs::write(folder.join("_index.md"), "---\ntitle: Advice\n---\n")?;
        let catalog = site.catalogs.iter().find(|catalog| &catalog.locale.code == code);
        for (page, source) in site.pages.iter().zip(&sources.pages) {
            let units = &source.units.units;
            let translated: Vec<Option<String>> = if code == "en" {
                units.iter().map(|_| None).collect()
            } else {
                let file = catalog
                    .and_then(|catalog| catalog.page_files.get(&source.units.name))
                    .map(|text| text.parse().0);
                units
                    .iter()
                    .map(|unit| {
                        let value = file.as_ref()?.messages.value(&unit.id)?;
                        let mut text = value.to_string();
                        for (name, meaning) in &unit.placeables {
                            text = text.replace(&format!("{{ ${name} }}"), meaning);
                        }
                        Some(text)
                    })
                    .collect()
            };
            let borrowed: Vec<Option<&str>> = translated.iter().map(Option::as_deref).collect();
            let (body, _) = signpost::l10n::localize::rebuild(page, units, &borrowed);
            let text_of = |kind, english: &str| {
                units
                    .iter()
                    .zip(&translated)
                    .find(|(unit, _)| unit.kind.page() == Some(kind))
                    .and_then(|(_, text)| text.clone())
                    .unwrap_or_else(|| english.to_string())
            };
            let title = text_of(signpost::l10n::units::UnitKind::Title, &page.front.title);
            let summary = text_of(signpost::l10n::units::UnitKind::Summary, &page.front.summary);
            let mut body = body;
            for contact in &site.registry.contacts {
                body = body.replace(
                    &format!("<tel:{}>", contact.id),
                    &format!("[{}]({})", contact.display, contact.dial),
                );
            }
            let contacts: Vec<String> = page
                .front
                .contacts
                .iter()
                .filter_map(|id| site.registry.get(id))
                .map(|contact| {
                    format!(
                        "  - name: {:?}\n    display: {:?}\n    dial: {:?}",
                        contact.name, contact.display, contact.dial
                    )
                })
                .collect();
            let front = format!(
                "---\ntitle: {:?}\nsummary: {:?}\nslug: {}\ndate: {}\ncontacts:\n{}\n---\n",
                title,
                summary,
                page.front.slug,
                page.front.last_reviewed,
                contacts.join("\n")
            );
            std::fs::write(folder.join(format!("{}.md", page.front.slug)), front + &body)?;
        }
    }
    Ok(())
}

const HUGO_BASEOF: &str = r##"<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}" dir="{{ or .Site.Language.LanguageDirection "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{{ .Title }} – {{ .Site.Title }}</title>
<meta name="description" content="{{ .Params.summary }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}<link rel="stylesheet" href="/css/site.css">
<script src="/js/site.js" defer></script>
</head>
<body>
<a class="skip-link" href="https://www.bbc.co.uk/weather" rel="noreferrer">Exit this page</a>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header"><div class="width-container"><a class="site-name" href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a></div></header>
<nav class="language-switcher" aria-label="Languages"><ul class="width-container">{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav>
<div class="width-container">
<div class="exit-this-page"><a class="exit-button" href="https://www.bbc.co.uk/weather" rel="noreferrer">Exit this page</a></div>
<main id="main-content" tabindex="-1">
{{ block "main" . }}{{ end }}
</main>
</div>
<footer class="site-footer"><div class="width-container"><p>Clear advice on what to do and who can help.</p></div></footer>
</body>
</html>
"##;

const HUGO_SINGLE: &str = r##"{{ define "main" }}
<p class="nation-banner">This advice applies to England</p>
<h1>{{ .Title }}</h1>
<p class="summary">{{ .Params.summary }}</p>
<p class="last-reviewed">Last reviewed: <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
<nav class="on-this-page" aria-labelledby="on-this-page"><h2 id="on-this-page">On this page</h2>{{ .TableOfContents }}</nav>
<div class="advice">
{{ .Content }}
</div>
<section class="contacts" aria-labelledby="numbers-on-this-page">
<h2 id="numbers-on-this-page">Phone numbers on this page</h2>
<ul class="contact-list">
{{ range .Params.contacts }}<li class="contact"><h3>{{ .name }}</h3><p class="contact-number"><a class="tel" href="{{ .dial }}"><bdi dir="ltr">{{ .display }}</bdi></a></p></li>
{{ end }}</ul>
</section>
{{ end }}
"##;

const HUGO_LIST: &str = r##"{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<ul class="page-list">
{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Params.summary }}</p></li>
{{ end }}</ul>
{{ end }}
"##;

/// Copies a folder tree.
pub fn copy_tree(from: &Path, to: &Path) -> anyhow::Result<()> {
    for entry in walkdir::WalkDir::new(from).sort_by_file_name() {
        let entry = entry?;
        let relative = entry.path().strip_prefix(from)?;
        let target = to.join(relative);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// A summary of the generated text, for the benchmark's report.
pub fn word_count(dir: &Path) -> anyhow::Result<BTreeMap<String, usize>> {
    let mut counts = BTreeMap::new();
    for entry in std::fs::read_dir(dir.join("content"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|extension| extension == "md") {
            let text = std::fs::read_to_string(&path)?;
            *counts.entry("words".to_string()).or_default() += text.split_whitespace().count();
            *counts.entry("pages".to_string()).or_default() += 1;
        }
    }
    Ok(counts)
}
