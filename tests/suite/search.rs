//! Search (issue 22) through the boundary: a generated site of several
//! pages in every bundled locale, with real words of each language in each
//! page's title and first paragraph, built by the library; then queried
//! for real in Chromium: recall query by query with Pagefind's own script
//! and WebAssembly (`run.mjs --recall`), and the search page as a reader
//! uses it (`run.mjs --search`).

use crate::browser::{run_suite, target_dir};
use crate::common;

use std::path::{Path, PathBuf};

const N_PAGES: usize = 8;

/// A page's title and first paragraph in one language, each with the words
/// the recall cases look for.
struct Text {
    title: &'static str,
    paragraph: &'static str,
}

/// Real text for each page, by locale: what a translator would write, so
/// the words are cut, stemmed and normalised as real ones are.
fn texts(locale: &str) -> Option<[Text; N_PAGES]> {
    let t = |title, paragraph| Text { title, paragraph };
    Some(match locale {
        // Runs of characters without spaces, as Chinese is written: the
        // two-character words the cases ask for sit inside them.
        "zh-Hans" => [
            t("如何举报强迫劳动", "许多受害者不知道自己可以获得翻译服务。"),
            t(
                "护照被雇主扣押怎么办",
                "如果您的证件被别人拿走请尽快联系慈善机构。",
            ),
            t("免费拨打求助热线", "您的债务不应该由别人控制。"),
            t("儿童遭受剥削的迹象", "老师和医生也可以帮助您识别危险。"),
            t("寻找安全的住处", "有些人被迫在农场或工厂长时间工作。"),
            t("获得法律援助的途径", "您有权在面谈时要求口译员在场。"),
            t("工资被拖欠时的权利", "雇主不能威胁您的家人。"),
            t("向警察求助的方法", "紧急情况下请立即打电话求救。"),
        ],
        // Titles with hamza and without harakat; paragraphs fully vowelled.
        "ar" => [
            t("الإبلاغ عن العمل القسري", "تَسْتَطِيعُ الْحُصُولَ عَلَى الْمُسَاعَدَةِ."),
            t("أطفال في خطر", "الشُّرْطَةُ تَحْمِي الضَّحَايَا."),
            t("مأوى آمن للضحايا", "الْمُتَرْجِمُ يَشْرَحُ لَكَ الْقَرَارَ."),
            t("سؤال عن جواز السفر", "جَوَازُ سَفَرِكَ مِلْكٌ لَكَ."),
            t("إساءة المعاملة في العمل", "لَا أَحَدَ يَحِقُّ لَهُ أَنْ يُؤْذِيَكَ."),
            t("أجور غير مدفوعة", "الْمَحْكَمَةُ تَنْظُرُ فِي طَلَبِكَ."),
            t("مساعدة قانونية مجانية", "الْمُحَامِي يُدَافِعُ عَنْكَ مَجَّانًا."),
            t("رئيس العمل يهددك", "الْمُنَظَّمَةُ الْخَيْرِيَّةُ تُسَاعِدُكَ."),
        ],
        "pl" => [
            t("Zgłoś pracę przymusową", "Możesz zadzwonić anonimowo."),
            t(
                "Pieniądze zabrane przez pracodawcę",
                "Pracodawca nie może zatrzymać twoich zarobków.",
            ),
            t("Bezpłatna pomoc prawna", "Adwokat wyjaśni ci twoje prawa."),
            t(
                "Dzieci zmuszane do żebractwa",
                "Nauczyciel może zauważyć niepokojące znaki.",
            ),
            t(
                "Bezpieczne schronienie w mieście",
                "Fundacja zapewni łóżko i posiłek.",
            ),
            t("Tłumacz podczas rozmowy", "Rozmowa odbędzie się w twoim języku."),
            t("Długi i groźby", "Nikt nie ma prawa grozić twojej rodzinie."),
            t(
                "Paszport zatrzymany przez agencję",
                "Zachowaj kopię dokumentów w bezpiecznym miejscu.",
            ),
        ],
        "ro" => [
            t(
                "Raportați munca forțată",
                "Puteți suna fără să vă spuneți numele.",
            ),
            t(
                "Pașaportul reținut de angajator",
                "Angajatorul nu are voie să vă păstreze actele.",
            ),
            t("Asistență juridică gratuită", "Un avocat vă explică drepturile."),
            t("Copii exploatați în stradă", "Învățătorii pot observa semnele."),
            t("Un loc sigur unde să dormiți", "Organizația vă oferă o cameră."),
            t(
                "Interpret în timpul discuției",
                "Discuția are loc în limba dumneavoastră.",
            ),
            t("Datorii și amenințări", "Nimeni nu are voie să vă lovească."),
            t("Salariul neplătit", "Păstrați o copie a documentelor."),
        ],
        "vi" => [
            t(
                "Báo cáo lao động cưỡng bức",
                "Bạn có thể gọi điện mà không cần nói tên.",
            ),
            t(
                "Hộ chiếu bị chủ giữ",
                "Chủ lao động không được giữ giấy tờ của bạn.",
            ),
            t(
                "Trợ giúp pháp lý miễn phí",
                "Luật sư sẽ giải thích quyền của bạn.",
            ),
            t(
                "Trẻ em bị bóc lột",
                "Giáo viên có thể nhận ra dấu hiệu nguy hiểm.",
            ),
            t("Chỗ ở an toàn qua đêm", "Tổ chức từ thiện sẽ cho bạn chỗ ngủ."),
            t(
                "Phiên dịch viên khi phỏng vấn",
                "Cuộc nói chuyện bằng tiếng mẹ đẻ của bạn.",
            ),
            t("Nợ nần và đe dọa", "Không ai có quyền đánh bạn."),
            t("Tiền lương bị giữ lại", "Hãy giữ bản sao giấy tờ ở nơi an toàn."),
        ],
        "sq" => [
            t("Raportoni punën e detyruar", "Mund të telefononi pa dhënë emrin."),
            t(
                "Pasaporta e mbajtur nga punëdhënësi",
                "Punëdhënësi nuk ka të drejtë të mbajë dokumentet tuaja.",
            ),
            t("Ndihmë ligjore falas", "Avokati ju shpjegon të drejtat."),
            t("Fëmijët e shfrytëzuar", "Mësuesit mund të vënë re shenjat."),
            t(
                "Një vend i sigurt për të fjetur",
                "Organizata bamirëse ju jep një shtrat.",
            ),
            t("Përkthyes gjatë intervistës", "Biseda bëhet në gjuhën tuaj."),
            t("Borxhe dhe kërcënime", "Askush nuk ka të drejtë t'ju godasë."),
            t("Paga e papaguar", "Ruani një kopje të dokumenteve."),
        ],
        _ => return None,
    })
}

/// What each locale's cases look for in each page: (query, why), the
/// words of `texts` typed as readers type them.
fn queries(locale: &str, page: usize) -> Vec<(&'static str, &'static str)> {
    let pick = |table: [&'static [(&'static str, &'static str)]; N_PAGES]| table[page].to_vec();
    match locale {
        "zh-Hans" => pick([
            &[
                ("举报", "two characters inside a title run"),
                ("翻译", "two characters inside a body run"),
                ("强迫劳动", "four characters"),
            ],
            &[
                ("护照", "two characters inside a title run"),
                ("证件", "two characters inside a body run"),
            ],
            &[
                ("热线", "two characters inside a title run"),
                ("债务", "two characters inside a body run"),
            ],
            &[
                ("儿童", "two characters inside a title run"),
                ("医生", "two characters inside a body run"),
            ],
            &[
                ("住处", "two characters inside a title run"),
                ("农场", "two characters inside a body run"),
            ],
            &[
                ("法律", "two characters inside a title run"),
                ("面谈", "two characters inside a body run"),
            ],
            &[
                ("工资", "two characters inside a title run"),
                ("家人", "two characters inside a body run"),
            ],
            &[
                ("警察", "two characters inside a title run"),
                ("紧急", "two characters inside a body run"),
            ],
        ]),
        "ar" => pick([
            &[
                ("الإبلاغ", "title word with hamza"),
                ("الابلاغ", "title word typed without hamza"),
                ("الإِبْلَاغ", "title word typed with harakat"),
                ("المساعدة", "vowelled body word typed without harakat"),
            ],
            &[
                ("أطفال", "title word with hamza"),
                ("اطفال", "title word typed without hamza"),
                ("أَطْفَال", "title word typed with harakat"),
                ("الشرطة", "vowelled body word typed without harakat"),
            ],
            &[
                ("مأوى", "title word with hamza"),
                ("ماوى", "title word typed without hamza"),
                ("آمن", "title word with madda"),
                ("امن", "title word typed without madda"),
                ("المترجم", "vowelled body word typed without harakat"),
            ],
            &[
                ("سؤال", "title word with hamza on waw"),
                ("سوال", "title word typed without hamza"),
                ("سُؤَال", "title word typed with harakat"),
                ("جواز", "vowelled body word typed without harakat"),
            ],
            &[
                ("إساءة", "title word with hamza below"),
                ("اساءة", "title word typed without hamza"),
                ("يؤذيك", "vowelled body word with hamza"),
                ("يوذيك", "vowelled body word typed without hamza or harakat"),
            ],
            &[
                ("أجور", "title word with hamza"),
                ("اجور", "title word typed without hamza"),
                ("أُجُور", "title word typed with harakat"),
                ("المحكمة", "vowelled body word typed without harakat"),
            ],
            &[
                ("قانونية", "title word"),
                ("قَانُونِيَّة", "title word typed with harakat and shadda"),
                ("المحامي", "vowelled body word typed without harakat"),
            ],
            &[
                ("رئيس", "title word with hamza on ya"),
                ("رَئِيس", "title word typed with harakat"),
                ("الخيرية", "vowelled body word typed without harakat"),
            ],
        ]),
        "pl" => pick([
            &[
                ("zglos", "title word typed without diacritics (ł, ś)"),
                ("Zgłoś", "title word as written"),
                ("mozesz", "body word typed without diacritics"),
            ],
            &[
                ("pieniadze", "title word typed without diacritics"),
                ("zarobkow", "body word typed without diacritics"),
            ],
            &[
                ("bezplatna", "title word typed without ł"),
                ("wyjasni", "body word typed without diacritics"),
            ],
            &[
                ("zebractwa", "title word typed without ż"),
                ("zauwazyc", "body word typed without diacritics"),
            ],
            &[
                ("miescie", "title word typed without diacritics"),
                ("lozko", "body word typed without ł and ó"),
                ("posilek", "body word typed without ł"),
            ],
            &[
                ("tlumacz", "title word typed without ł"),
                ("jezyku", "body word typed without ę"),
            ],
            &[
                ("dlugi", "title word typed without ł"),
                ("grozby", "title word typed without ź"),
                ("grozic", "body word typed without ź"),
            ],
            &[
                ("agencje", "title word typed without ę"),
                ("dokumentow", "body word typed without ó"),
            ],
        ]),
        "ro" => pick([
            &[
                ("fortata", "title word typed without ț and ă"),
                ("spuneti", "body word typed without ț"),
            ],
            &[
                ("pasaportul", "title word typed without ș"),
                ("pastreze", "body word typed without ă"),
            ],
            &[
                ("asistenta", "title word typed without ț and ă"),
                ("explica", "body word typed without ă"),
            ],
            &[
                ("strada", "title word typed without ă"),
                ("invatatorii", "body word typed without î, ă, ț"),
            ],
            &[
                ("dormiti", "title word typed without ț"),
                ("organizatia", "body word typed without ț"),
            ],
            &[
                ("discutiei", "title word typed without ț"),
                ("dumneavoastra", "body word typed without ă"),
            ],
            &[
                ("amenintari", "title word typed without ț and ă"),
                ("loveasca", "body word typed without ă"),
            ],
            &[
                ("neplatit", "title word typed without ă"),
                ("Salariul", "title word as written"),
                ("pastrati", "body word typed without ă and ț"),
            ],
        ]),
        "vi" => pick([
            &[
                ("cuong buc", "title words typed without tones"),
                ("goi dien", "body words typed without tones or đ"),
            ],
            &[
                ("ho chieu", "title words typed without tones"),
                ("giay to", "body words typed without tones"),
            ],
            &[
                ("phap ly", "title words typed without tones"),
                ("luat su", "body words typed without tones"),
            ],
            &[
                ("boc lot", "title words typed without tones"),
                ("dau hieu", "body words typed without tones"),
            ],
            &[
                ("qua dem", "title words typed without đ"),
                ("tu thien", "body words typed without tones"),
            ],
            &[
                ("phong van", "title words typed without tones"),
                ("tiếng mẹ đẻ", "body words as written"),
            ],
            &[
                ("de doa", "title words typed without đ and tones"),
                ("danh", "body word typed without đ"),
            ],
            &[
                ("tien luong", "title words typed without tones"),
                ("ban sao", "body words typed without tones"),
            ],
        ]),
        "sq" => pick([
            &[
                ("detyruar", "exact title word"),
                ("telefononi", "exact body word"),
            ],
            &[
                ("punëdhënësi", "exact title word"),
                ("dokumentet", "exact body word"),
            ],
            &[("ligjore", "exact title word"), ("shpjegon", "exact body word")],
            &[
                ("shfrytëzuar", "exact title word"),
                ("Mësuesit", "exact body word"),
            ],
            &[("fjetur", "exact title word"), ("shtrat", "exact body word")],
            &[("intervistës", "exact title word"), ("gjuhën", "exact body word")],
            &[("kërcënime", "exact title word"), ("godasë", "exact body word")],
            &[("papaguar", "exact title word"), ("kopje", "exact body word")],
        ]),
        _ => Vec::new(),
    }
}

/// A word only another locale's pages have, searched for in `locale`: the
/// pages that have it must not come back (nor any page of another locale).
/// Pagefind may still return pages of `locale` whose words start the query
/// (`de` for `detyruar`); those are of the right locale.
fn foreign_query(locale: &str) -> &'static str {
    match locale {
        "en" => "Zgłoś",
        "pl" => "passport",
        "ro" => "detyruar",
        "sq" => "Pașaportul",
        "vi" => "护照",
        "ar" => "chiếu",
        _ => "أطفال",
    }
}

fn slug(page: usize) -> String {
    format!("advice-{page:05}")
}

/// The generated English title and first paragraph of page `page`.
fn english(site: &Path, page: usize) -> (String, String) {
    let text =
        std::fs::read_to_string(site.join("content").join(format!("{}.md", slug(page)))).expect("page");
    let title = text
        .lines()
        .find_map(|line| line.strip_prefix("title: "))
        .expect("a title")
        .to_string();
    let body = text.splitn(3, "---\n").nth(2).expect("a body");
    let paragraph = body
        .lines()
        .find(|line| !line.trim().is_empty())
        .expect("a paragraph")
        .to_string();
    (title, paragraph)
}

/// The longest word of `text` (the first of those as long): the least
/// common of the generator's words.
fn longest_word(text: &str) -> String {
    let mut best = "";
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.chars().count() > best.chars().count() {
            best = word;
        }
    }
    best.to_string()
}

/// Generates and builds the recall site; returns its folder and `dist/`.
fn build_site() -> (tempfile::TempDir, PathBuf) {
    let temp = tempfile::tempdir().expect("temp dir");
    let spec = common::sitegen::Spec {
        pages: N_PAGES,
        ..common::sitegen::Spec::bundled_locales(N_PAGES)
    };
    let texts = |locale: &str, page: usize| {
        texts(locale).map(|texts| (texts[page].title.to_string(), texts[page].paragraph.to_string()))
    };
    common::sitegen::generate_with(&spec, temp.path(), &texts).expect("generate");
    let dist = temp.path().join("dist");
    let outcome = signpost::run(&common::options(temp.path(), Some(dist.clone()))).expect("the build runs");
    assert!(
        common::summary(&outcome).is_empty(),
        "{:?}",
        common::summary(&outcome)
    );
    (temp, dist)
}

/// Writes `cases` as JSON into `folder` and returns the file.
fn write_cases(folder: &Path, name: &str, cases: &serde_json::Value) -> PathBuf {
    let path = folder.join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(cases).expect("JSON")).expect("write cases");
    path
}

// Protects issue 22's recall in every locale, with Pagefind's own script
// and WebAssembly in Chromium: every page is found by a word of its title
// and one of its body; Chinese two-character words inside longer runs
// (what Pagefind 1.5 lost, pagefind#1237); Arabic with and without harakat
// and hamza; Polish, Romanian and Vietnamese typed without diacritics;
// Albanian by exact word; and a search in one locale returns only that
// locale's pages (a word of another language finds nothing).
#[test]
fn search_finds_every_page_in_every_locale() {
    let (site, dist) = build_site();
    let mut cases = Vec::new();
    let locales = ["en", "sq", "vi", "ro", "pl", "ar", "zh-Hans"];
    for locale in locales {
        for page in 0..N_PAGES {
            let expect = format!("{locale}/{}/", slug(page));
            let asked: Vec<(String, &str)> = if locale == "en" {
                let (title, paragraph) = english(site.path(), page);
                vec![
                    (longest_word(&title), "a word of its title"),
                    (longest_word(&paragraph), "a word of its body"),
                ]
            } else {
                queries(locale, page)
                    .into_iter()
                    .map(|(query, why)| (query.to_string(), why))
                    .collect()
            };
            assert!(
                asked.len() >= 2,
                "{locale} page {page} needs a title and a body case"
            );
            for (query, why) in asked {
                cases.push(
                    serde_json::json!({ "locale": locale, "query": query, "expect": expect, "why": why }),
                );
            }
        }
        cases.push(serde_json::json!({
            "locale": locale,
            "query": foreign_query(locale),
            "expect": null,
            "why": "a word only another language has",
        }));
    }
    let file = write_cases(site.path(), "recall.json", &serde_json::Value::Array(cases));
    let output = run_suite(&[Path::new("--recall"), &dist, &file]);
    println!("{output}");
}

// Protects issue 22 as readers use it, in real Chromium in English,
// Arabic, Chinese and Polish: type a word, see the page among the results,
// follow it; the search page passes axe, has no CSP violation and makes no
// request off the site; the address bar, history and storage do not
// change; Back shows an empty box; the quick exit clears box and results;
// without JavaScript the page lists every page instead.
#[test]
fn search_works_for_readers_in_chromium() {
    let (site, dist) = build_site();
    let (english_title, _) = english(site.path(), 2);
    let text = |locale: &str, page: usize| texts(locale).expect("texts")[page].title;
    let cases = serde_json::json!([
        { "locale": "en", "query": longest_word(&english_title), "expect": format!("en/{}/", slug(2)), "title": english_title },
        { "locale": "ar", "query": "اطفال", "expect": format!("ar/{}/", slug(1)), "title": text("ar", 1) },
        { "locale": "zh-Hans", "query": "护照", "expect": format!("zh-Hans/{}/", slug(1)), "title": text("zh-Hans", 1) },
        { "locale": "pl", "query": "pieniadze", "expect": format!("pl/{}/", slug(1)), "title": text("pl", 1) },
    ]);
    let file = write_cases(site.path(), "search.json", &cases);
    let artifacts = target_dir().join("browser-artifacts").join("search");
    let output = run_suite(&[Path::new("--search"), &dist, &file, &artifacts]);
    println!("{output}");
}

/// The search index's files of a built site, by path.
fn index_files(dist: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    common::snapshot(&dist.join("pagefind"))
}

// Protects the cache of indexed languages: a rebuild takes the languages
// whose pages did not change from `.signpost-cache/search/` and indexes
// only the changed one, and what it writes is byte for byte what indexing
// everything afresh writes; a damaged cache file is not used.
#[test]
fn rebuilds_index_only_changed_languages_and_match_a_fresh_build() {
    let site = common::site("translated", None);
    let root = site.path();
    let cache = root.join(signpost::output::SEARCH_CACHE_DIR);
    let build = |out: &str| {
        let outcome = signpost::run(&common::options(root, Some(root.join(out)))).expect("runs");
        assert!(
            common::summary(&outcome).is_empty(),
            "{:?}",
            common::summary(&outcome)
        );
    };
    build("dist");
    let cached =
        |language: &str| std::fs::read(cache.join(format!("{language}.index"))).expect("a cached language");
    let (english, polish) = (cached("en"), cached("pl"));

    common::retitle_polish_other_page(root, "Zupełnie nowy tytuł");
    let modified_before = std::fs::metadata(cache.join("en.index"))
        .and_then(|meta| meta.modified())
        .expect("mtime");
    build("dist");
    assert_eq!(cached("en"), english);
    assert_eq!(
        std::fs::metadata(cache.join("en.index"))
            .and_then(|meta| meta.modified())
            .expect("mtime"),
        modified_before,
        "English was indexed again"
    );
    assert_ne!(cached("pl"), polish, "Polish was not indexed again");
    let rebuilt = index_files(&root.join("dist"));

    // Damaged: cut short. Then no cache at all: the same files.
    let damaged = cached("en");
    std::fs::write(cache.join("en.index"), &damaged[..damaged.len() / 2]).expect("damage");
    build("dist-damaged");
    assert_eq!(index_files(&root.join("dist-damaged")), rebuilt);
    std::fs::remove_dir_all(&cache).expect("remove the cache");
    build("dist-fresh");
    assert_eq!(index_files(&root.join("dist-fresh")), rebuilt);
}

// Protects `search.enabled: false`: no search page, no index, no search
// link, and the folder `pagefind/` free for the site's own files.
#[test]
fn a_site_without_search_has_no_search_page_index_or_link() {
    let site = common::site("small", None);
    let config = site.path().join("site.yaml");
    let text = std::fs::read_to_string(&config).expect("site.yaml");
    std::fs::write(&config, format!("{text}search:\n  enabled: false\n")).expect("write");
    let own = site.path().join("static/pagefind/notes.txt");
    std::fs::create_dir_all(own.parent().expect("folder")).expect("folder");
    std::fs::write(&own, "the site's own file").expect("write");
    let outcome = common::build(site.path());
    assert!(
        common::summary(&outcome).is_empty(),
        "{:?}",
        common::summary(&outcome)
    );
    let dist = site.path().join("dist");
    assert!(!dist.join("en/search").exists());
    assert_eq!(
        std::fs::read_dir(dist.join("pagefind"))
            .expect("the static folder")
            .count(),
        1
    );
    let page = std::fs::read_to_string(dist.join("en/getting-help/index.html")).expect("page");
    assert!(!page.contains("site-search"), "{page}");
    assert!(!page.contains("wasm-unsafe-eval"), "{page}");

    // With search on, the same static file is refused: the folder is the
    // index's.
    std::fs::write(&config, text).expect("write");
    let outcome = common::build(site.path());
    assert!(
        common::summary(&outcome)
            .iter()
            .any(|line| line == "error static/pagefind/notes.txt output/address-claimed"),
        "{:?}",
        common::summary(&outcome)
    );
}
