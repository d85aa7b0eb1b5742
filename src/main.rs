//! The `signpost` command line: parses flags into `signpost::Options`, runs
//! the pipeline and prints diagnostics. Exit codes: 0 built (warnings
//! allowed), 1 problems found in the input, 2 could not run.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use signpost::{Options, Outcome, diag};

#[derive(Parser)]
#[command(
    name = "signpost",
    version,
    about = "Builds translated advice pages from Markdown, Fluent and Tera"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    common: Common,
}

#[derive(Subcommand)]
enum Command {
    /// Check everything, then build the site into the output folder.
    Build {
        /// Output folder, replaced only when the build succeeds.
        #[arg(long, default_value = "dist", value_name = "DIR")]
        out: PathBuf,
    },
    /// Run every check without writing anything.
    Check,
    /// Preview the site while you write: serves it from memory, rebuilds
    /// what each saved file affects and reloads open pages; shows every
    /// locale, with untranslated and stale text in English, marked.
    Serve {
        /// The port (default 1111, or the next free one).
        #[arg(long)]
        port: Option<u16>,
        /// The address to listen on: 127.0.0.1 (this computer only) unless
        /// you want others on your network to see the preview.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the preview in the default browser.
        #[arg(long)]
        open: bool,
    },
    /// Start a new project in DIR (a new or empty folder): one example page
    /// with a leaflet, one contact, the bundled templates; it builds as it
    /// is.
    New {
        dir: PathBuf,
        /// The site's name, shown on every page (`site-name` in
        /// locales/en/site.ftl).
        #[arg(long, default_value = "Advice")]
        title: String,
        /// The address the site will be published at.
        #[arg(long, default_value = "https://www.example.org/", value_name = "URL")]
        base_url: String,
    },
    /// Translation tools: status, update, keep.
    #[command(subcommand)]
    L10n(L10nCommand),
}

#[derive(Subcommand)]
enum L10nCommand {
    /// Per locale and file: translated, missing, stale, broken, % complete.
    Status,
    /// Bring translation files in line with the English: add missing
    /// messages (empty, English beside them), re-key moved ones, mark stale
    /// ones, move obsolete ones to a marked section.
    Update {
        /// Locales to update (default: every locale but the source).
        locales: Vec<String>,
        /// Delete obsolete messages instead of keeping them.
        #[arg(long)]
        prune: bool,
    },
    /// Accept an English change that does not alter the meaning (a typo
    /// fix): existing translations of FILE stay current in every locale.
    Keep {
        /// The translation file's name: a page slug, `site` or `contacts`.
        file: String,
        /// Only these message ids (default: every changed one in FILE).
        ids: Vec<String>,
    },
    /// Confirm translations `update` pre-filled from an identical English
    /// elsewhere in the locale, after checking them.
    Confirm {
        locale: String,
        /// A translation file's name (default: every file of the locale).
        file: Option<String>,
        /// Only these message ids (default: every suggestion in FILE).
        ids: Vec<String>,
    },
    /// Write a locale's translations as XLIFF 1.2 for a translation agency
    /// (placeables and links locked, state and notes for every unit).
    Export {
        locale: String,
        /// Only this translation file (a page slug, `site` or `contacts`).
        #[arg(long)]
        file: Option<String>,
        /// Where to write (default: <locale>.xlf in the current folder).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Read an XLIFF file back (from `l10n export`, edited in a CAT tool):
    /// writes the translations and the record, refuses units whose locked
    /// elements were altered, and runs the gate.
    Import {
        /// The .xlf file.
        file: PathBuf,
    },
    /// Allow translations to be the same as the English (a name, a word the
    /// language shares): no `l10n/identical` warning for them.
    AllowIdentical {
        locale: String,
        /// The translation file's name: a page slug, `site` or `contacts`.
        file: String,
        #[arg(required = true)]
        ids: Vec<String>,
    },
}

#[derive(Args)]
struct Common {
    /// The project folder (the one holding site.yaml).
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    root: PathBuf,
    /// Use no network at all (external links are not checked).
    #[arg(long, global = true)]
    offline: bool,
    /// Treat warnings as errors.
    #[arg(long, global = true)]
    strict: bool,
    /// How diagnostics are printed.
    #[arg(long, global = true, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Leaflets for a print shop: 3 mm bleed, crop marks, TrimBox and
    /// BleedBox, CMYK colours (--print-marks is the older name).
    #[arg(long, global = true, visible_alias = "print-marks")]
    print: bool,
    /// Another folder of fonts for leaflets (repeatable); fonts/ is always used.
    #[arg(long = "font-path", global = true, value_name = "DIR")]
    font_paths: Vec<PathBuf>,
    /// Print how long each stage of the build took.
    #[arg(long, global = true)]
    timings: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
    /// XLIFF 1.2 (only for `l10n export`, where it is the default).
    Xliff,
}

/// The stack of rayon's worker threads: the main thread's 8 MiB instead of
/// rayon's 2 MiB. The nesting limits (`signpost::limits`) are what keep a
/// hostile file from exhausting a stack; this is the margin behind them.
const WORKER_STACK: usize = 8 << 20;

fn main() -> ExitCode {
    // Only fails if a pool already exists, which cannot happen this early.
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(WORKER_STACK)
        .build_global();
    let cli = Cli::parse();
    let exporting = matches!(cli.command, Command::L10n(L10nCommand::Export { .. }));
    if cli.common.format == Format::Xliff && !exporting {
        eprintln!("error: --format xliff is only for `signpost l10n export`");
        return ExitCode::from(2);
    }
    let out = match &cli.command {
        // A relative --out is relative to --root, like the other folders.
        Command::Build { out } => Some(if out.is_absolute() {
            out.clone()
        } else {
            cli.common.root.join(out)
        }),
        Command::Check => None,
        Command::New { dir, title, base_url } => {
            let project = signpost::scaffold::NewProject {
                title: title.clone(),
                base_url: base_url.clone(),
                today: signpost::today(),
            };
            return match signpost::scaffold::create(dir, &project) {
                Ok(files) => {
                    eprintln!("created {} ({} files)", dir.display(), files.len());
                    eprintln!("next: cd {} && signpost serve", dir.display());
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("error: {error:#}");
                    ExitCode::from(2)
                }
            };
        }
        Command::L10n(command) => return l10n(command, &cli.common),
        Command::Serve { port, bind, open } => {
            let options = Options {
                root: cli.common.root.clone(),
                out: None,
                offline: true,
                strict: false,
                today: signpost::today(),
                progress: false,
                print: cli.common.print,
                font_paths: cli.common.font_paths.clone(),
            };
            let serve = signpost::serve::ServeOptions {
                bind: *bind,
                port: port.unwrap_or(1111),
                port_given: port.is_some(),
                open: *open,
            };
            return match signpost::serve::serve(&options, &serve) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("error: {error:#}");
                    ExitCode::from(2)
                }
            };
        }
    };
    let options = Options {
        root: cli.common.root.clone(),
        out,
        offline: cli.common.offline,
        strict: cli.common.strict,
        today: signpost::today(),
        progress: std::io::IsTerminal::is_terminal(&std::io::stderr()),
        print: cli.common.print,
        font_paths: cli.common.font_paths.clone(),
    };
    match signpost::run(&options) {
        Ok(outcome) => report(&outcome, &options, cli.common.format, cli.common.timings),
        Err(error) => {
            if cli.common.format == Format::Json {
                let record = serde_json::json!({ "status": "could-not-run", "error": format!("{error:#}") });
                println!("{record}");
            } else {
                eprintln!("error: {error:#}");
            }
            ExitCode::from(2)
        }
    }
}

/// `signpost l10n …`: needs a project whose English loads cleanly.
fn l10n(command: &L10nCommand, common: &Common) -> ExitCode {
    let (site, diagnostics) = match signpost::load(&common.root) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("error: {error:#}");
            return ExitCode::from(2);
        }
    };
    // Problems in other locales' files are what the translation tools fix;
    // anything else (the English, the registry, the config) must load first.
    let blocking: Vec<_> = diagnostics
        .iter()
        .filter(|d| {
            d.is_error()
                && !site
                    .as_ref()
                    .is_some_and(|site| is_translation_file(site, &d.span.path))
        })
        .cloned()
        .collect();
    let Some(site) = site.filter(|_| blocking.is_empty()) else {
        eprint!("{}", diag::render_human(&blocking));
        eprintln!("fix these first: the translation tools need the English to load");
        return ExitCode::from(1);
    };
    match command {
        L10nCommand::Status => {
            let (statuses, _) = signpost::translation_status(&site);
            if common.format == Format::Json {
                let records: Vec<_> = statuses
                    .iter()
                    .map(|status| {
                        let mut record = serde_json::to_value(status).unwrap_or_default();
                        record["percent_complete"] = serde_json::json!(status.percent_complete());
                        record
                    })
                    .collect();
                println!("{}", serde_json::Value::Array(records));
            } else {
                println!(
                    "{:<8} {:<32} {:>6} {:>10} {:>8} {:>6} {:>7} {:>9} {:>11} {:>9}",
                    "locale",
                    "file",
                    "total",
                    "translated",
                    "missing",
                    "stale",
                    "broken",
                    "obsolete",
                    "suggestions",
                    "complete"
                );
                for status in &statuses {
                    println!(
                        "{:<8} {:<32} {:>6} {:>10} {:>8} {:>6} {:>7} {:>9} {:>11} {:>8.1}%",
                        status.locale,
                        status.file,
                        status.total,
                        status.translated,
                        status.missing,
                        status.stale,
                        status.broken,
                        status.obsolete,
                        status.suggestions,
                        status.percent_complete()
                    );
                }
            }
            ExitCode::SUCCESS
        }
        L10nCommand::Update { locales, prune } => {
            match signpost::l10n::update::write_updates(&common.root, &site, locales, *prune) {
                Ok(results) => {
                    for result in results.iter().filter(|result| result.written) {
                        let changes = &result.changes;
                        if *changes == signpost::l10n::update::Changes::default() {
                            eprintln!("wrote {}", result.path.display());
                            continue;
                        }
                        eprintln!(
                            "updated {}: {} added ({} suggested), {} ids migrated, {} stale, {} obsolete, {} pruned",
                            result.path.display(),
                            changes.added,
                            changes.suggested,
                            changes.migrated,
                            changes.stale,
                            changes.obsolete,
                            changes.pruned
                        );
                    }
                    if !results.iter().any(|result| result.written) {
                        eprintln!("every translation file is up to date");
                    }
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("error: {error:#}");
                    ExitCode::from(2)
                }
            }
        }
        L10nCommand::Confirm { locale, file, ids } => record_edit(
            common,
            &site,
            locale,
            file.as_deref(),
            ids,
            signpost::l10n::update::RecordEdit::Confirm,
            "confirmed",
        ),
        L10nCommand::AllowIdentical { locale, file, ids } => record_edit(
            common,
            &site,
            locale,
            Some(file),
            ids,
            signpost::l10n::update::RecordEdit::AllowIdentical,
            "allowed to equal the English",
        ),
        L10nCommand::Export { locale, file, out } => {
            let out = out
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("{locale}.xlf")));
            match signpost::l10n::update::write_export(&site, locale, file.as_deref(), &out) {
                Ok(n_units) => {
                    eprintln!("wrote {n_units} units of `{locale}` into {}", out.display());
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("error: {error:#}");
                    ExitCode::from(2)
                }
            }
        }
        L10nCommand::Import { file } => import(common, &site, file),
        L10nCommand::Keep { file, ids } => {
            match signpost::l10n::update::write_keep(&common.root, &site, file, ids) {
                Ok(results) => {
                    for (result, n_kept) in &results {
                        eprintln!(
                            "{}: {n_kept} translation(s) kept as current",
                            result.path.display()
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("error: {error:#}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

/// `l10n import`: writes what the file changed, then runs the gate over the
/// locales it touched and prints their problems.
fn import(common: &Common, site: &signpost::Site, file: &std::path::Path) -> ExitCode {
    let report = match signpost::l10n::update::write_import(&common.root, site, file) {
        Ok(Ok(report)) => report,
        Ok(Err(unreadable)) => {
            eprint!("{}", diag::render_human(&[unreadable]));
            eprintln!("nothing was imported");
            return ExitCode::from(1);
        }
        Err(error) => {
            eprintln!("error: {error:#}");
            return ExitCode::from(2);
        }
    };
    for (path, id) in &report.changed {
        eprintln!("{path}: `{id}` updated");
    }
    for (path, id, why) in &report.refused {
        eprintln!("{path}: `{id}` refused: {why}");
    }
    eprintln!(
        "{} updated, {} unchanged, {} refused",
        report.changed.len(),
        report.unchanged,
        report.refused.len()
    );
    let mut failed = !report.refused.is_empty();
    if !report.locales.is_empty() {
        match signpost::load(&common.root) {
            Ok((Some(site), _)) => {
                let (_, diagnostics) = signpost::translation_status(&site);
                let touched: Vec<_> = diagnostics
                    .into_iter()
                    .filter(|d| {
                        report
                            .locales
                            .iter()
                            .any(|locale| d.span.path.starts_with(format!("locales/{locale}")))
                    })
                    .collect();
                failed |= touched.iter().any(signpost::diag::Diagnostic::is_error);
                eprint!("{}", diag::render_human(&touched));
            }
            Ok((None, diagnostics)) => {
                eprint!("{}", diag::render_human(&diagnostics));
                failed = true;
            }
            Err(error) => {
                eprintln!("error: {error:#}");
                return ExitCode::from(2);
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `l10n confirm` and `l10n allow-identical`: one locale's record.
fn record_edit(
    common: &Common,
    site: &signpost::Site,
    locale: &str,
    file: Option<&str>,
    ids: &[String],
    edit: signpost::l10n::update::RecordEdit,
    done: &str,
) -> ExitCode {
    match signpost::l10n::update::write_record_edit(&common.root, site, locale, file, ids, edit) {
        Ok((result, n_changed)) => {
            eprintln!("{}: {n_changed} translation(s) {done}", result.path.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn is_translation_file(site: &signpost::Site, path: &std::path::Path) -> bool {
    site.catalogs
        .iter()
        .filter(|catalog| catalog.locale.code != site.config.source_locale)
        .any(|catalog| path.starts_with(catalog.dir()))
}

fn report(outcome: &Outcome, options: &Options, format: Format, timings: bool) -> ExitCode {
    let failed = outcome.failed(options.strict);
    match format {
        Format::Json => {
            let record = serde_json::json!({
                "status": if failed { "failed" } else { "ok" },
                "diagnostics": diag::records(&outcome.diagnostics),
                "pages": outcome.n_pages,
                "locales": outcome.n_locales,
                "files": outcome.n_files,
                "compressed_copies": outcome.n_copies,
                "written": outcome.written,
                "writes": outcome.writes,
                "links": outcome.links,
            });
            println!("{record}");
        }
        Format::Human | Format::Xliff => {
            let mut stderr = std::io::stderr().lock();
            let _ = stderr.write_all(diag::render_human(&outcome.diagnostics).as_bytes());
            let summary = match (&options.out, failed) {
                (_, true) => "nothing was written; fix the problems above".to_string(),
                (Some(out), false) => format!(
                    "built {} pages in {} locales ({} files{}) into {}; {} files written, {} unchanged{}",
                    outcome.n_pages,
                    outcome.n_locales,
                    outcome.n_files,
                    if outcome.n_copies > 0 {
                        format!(" and {} compressed copies", outcome.n_copies)
                    } else {
                        String::new()
                    },
                    out.display(),
                    outcome.writes.files_written,
                    outcome.writes.files_kept,
                    if outcome.n_copies > 0 {
                        format!(
                            "; copies: {} compressed, {} copied from the last build, {} unchanged",
                            outcome.writes.copies_compressed,
                            outcome.writes.copies_copied,
                            outcome.writes.copies_kept
                        )
                    } else {
                        String::new()
                    },
                ),
                (None, false) => format!(
                    "checked {} pages in {} locales: no problems",
                    outcome.n_pages, outcome.n_locales
                ),
            };
            if let Some(links) = &outcome.links {
                let _ = writeln!(
                    stderr,
                    "links: {} internal checked; {} external ({} cached, {} excluded, {} redirected, {} failed, {} unverified){}",
                    links.internal,
                    links.external,
                    links.cached,
                    links.excluded,
                    links.redirected,
                    links.failed,
                    links.unverified,
                    links
                        .skipped
                        .as_ref()
                        .map(|why| format!(", not checked: {why}"))
                        .unwrap_or_default()
                );
            }
            let _ = writeln!(stderr, "{summary}");
            if timings {
                let total: std::time::Duration = outcome.timings.iter().map(|(_, time)| *time).sum();
                for (stage, time) in &outcome.timings {
                    let _ = writeln!(stderr, "  {stage:<16} {:>8.1} ms", time.as_secs_f64() * 1000.0);
                }
                let _ = writeln!(
                    stderr,
                    "  {:<16} {:>8.1} ms",
                    "total",
                    total.as_secs_f64() * 1000.0
                );
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
