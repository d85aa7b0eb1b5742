//! Every integration test, in one program (as mdBook's testsuite): each
//! extra test program would link the whole library again. Each module
//! tests one part through the boundary: fixture sites built into temp
//! folders, a real loopback HTTP server, real Chromium, real PDFs.

#![allow(clippy::expect_used, reason = "a failed expectation is a failed test")]

mod common;

mod browser;
mod build;
#[cfg(unix)]
mod files;
mod fuzz;
#[cfg(unix)]
mod host;
mod hostile;
mod l10n;
mod leaflets;
mod links;
mod rebuild;
mod search;
mod serve;
