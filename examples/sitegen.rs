//! Writes a generated Signpost site, and optionally the same text as a Hugo
//! site, for benchmarks and comparisons:
//!
//! ```sh
//! cargo run --release --example sitegen -- --pages 1000 --out /tmp/site --hugo /tmp/hugo-site
//! cargo run --release -- build --root /tmp/site --offline
//! hugo --minify --source /tmp/hugo-site
//! ```
//!
//! `--locales en,pl` picks locales (default: the 7 bundled ones),
//! `--leaflets` gives every page a leaflet, `--seed N` varies the text.

#[path = "../tests/suite/common/sitegen.rs"]
#[allow(dead_code, reason = "the example uses part of the generator")]
mod sitegen;

use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut spec = sitegen::Spec::bundled_locales(100);
    let mut out: Option<PathBuf> = None;
    let mut hugo: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| anyhow::anyhow!("{arg} needs a value"));
        match arg.as_str() {
            "--pages" => spec.pages = value()?.parse()?,
            "--locales" => spec.locales = value()?.split(',').map(str::to_string).collect(),
            "--seed" => spec.seed = value()?.parse()?,
            "--leaflets" => spec.leaflets = true,
            "--out" => out = Some(PathBuf::from(value()?)),
            "--hugo" => hugo = Some(PathBuf::from(value()?)),
            other => {
                anyhow::bail!("unknown argument {other}; see the comment at the top of examples/sitegen.rs")
            }
        }
    }
    let out = out.ok_or_else(|| anyhow::anyhow!("--out DIR is required"))?;
    if out.exists() && std::fs::read_dir(&out)?.next().is_some() {
        anyhow::bail!("{} is not empty", out.display());
    }
    std::fs::create_dir_all(&out)?;
    sitegen::generate(&spec, &out)?;
    eprintln!(
        "wrote {} pages × {} locales into {}",
        spec.pages,
        spec.locales.len(),
        out.display()
    );
    if let Some(hugo) = hugo {
        sitegen::write_hugo(&spec, &out, &hugo)?;
        eprintln!("wrote the same text as a Hugo site into {}", hugo.display());
    }
    Ok(())
}
