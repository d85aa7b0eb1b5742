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
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let out = match &cli.command {
        // A relative --out is relative to --root, like the other folders.
        Command::Build { out } => Some(if out.is_absolute() {
            out.clone()
        } else {
            cli.common.root.join(out)
        }),
        Command::Check => None,
    };
    let options = Options {
        root: cli.common.root.clone(),
        out,
        offline: cli.common.offline,
        strict: cli.common.strict,
        today: signpost::today(),
    };
    match signpost::run(&options) {
        Ok(outcome) => report(&outcome, &options, cli.common.format),
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

fn report(outcome: &Outcome, options: &Options, format: Format) -> ExitCode {
    let failed = outcome.failed(options.strict);
    match format {
        Format::Json => {
            let record = serde_json::json!({
                "status": if failed { "failed" } else { "ok" },
                "diagnostics": diag::records(&outcome.diagnostics),
                "pages": outcome.n_pages,
                "locales": outcome.n_locales,
                "files": outcome.n_files,
                "written": outcome.written,
            });
            println!("{record}");
        }
        Format::Human => {
            let mut stderr = std::io::stderr().lock();
            let _ = stderr.write_all(diag::render_human(&outcome.diagnostics).as_bytes());
            let summary = match (&options.out, failed) {
                (_, true) => "nothing was written; fix the problems above".to_string(),
                (Some(out), false) => format!(
                    "built {} pages in {} locales ({} files) into {}",
                    outcome.n_pages,
                    outcome.n_locales,
                    outcome.n_files,
                    out.display()
                ),
                (None, false) => format!(
                    "checked {} pages in {} locales: no problems",
                    outcome.n_pages, outcome.n_locales
                ),
            };
            let _ = writeln!(stderr, "{summary}");
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
