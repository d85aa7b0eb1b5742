//! The lychee driver: checks external URLs with lychee-lib on a small
//! tokio runtime (bounded concurrency, per-host limits, timeouts, retries
//! with backoff, `Retry-After`) and classifies each response. The only
//! async code, and with `network` the only code that touches the network.

use std::time::Duration;

use crate::config::Config;

use super::network::{Answer, failure_answer, redirect_target};
use super::{ExternalResult, Outcome};

/// Checks URLs with lychee-lib on a small tokio runtime.
pub(super) fn run_checks(
    urls: &[String],
    config: &Config,
    progress: bool,
) -> anyhow::Result<Vec<(ExternalResult, Answer)>> {
    use lychee_lib::ratelimit::RateLimitConfig;

    let mut accepted: std::collections::HashSet<http::StatusCode> = (200..=299)
        .filter_map(|code| http::StatusCode::from_u16(code).ok())
        .collect();
    accepted.extend(
        config
            .links
            .accept
            .iter()
            .filter_map(|accepted| http::StatusCode::from_u16(accepted.status).ok()),
    );
    let client = lychee_lib::ClientBuilder::builder()
        .timeout(Duration::from_secs(config.links.timeout_seconds))
        .max_retries(config.links.retries)
        .retry_wait_time(Duration::from_secs(1))
        .max_redirects(10usize)
        .user_agent(
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 signpost-link-check"
                .to_string(),
        )
        .accepted(accepted)
        .rate_limit_config(RateLimitConfig {
            concurrency: config.links.per_host_concurrency.max(1),
            request_interval: Duration::from_millis(100),
        })
        .build()
        .client()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let bar = if progress {
        let bar = indicatif::ProgressBar::new(urls.len() as u64);
        bar.set_message("checking external links");
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let concurrency = config.links.concurrency.max(1);
    let results = runtime.block_on(async {
        let semaphore = std::sync::Arc::new(tokio::sync::Semaphore::new(concurrency));
        let mut tasks = tokio::task::JoinSet::new();
        for url in urls {
            let client = client.clone();
            let semaphore = std::sync::Arc::clone(&semaphore);
            let url = url.clone();
            tasks.spawn(async move {
                let _permit = semaphore.acquire_owned().await;
                let response = client.check(url.as_str()).await;
                classify(&url, response)
            });
        }
        let mut results = Vec::new();
        while let Some(joined) = tasks.join_next().await {
            bar.inc(1);
            if let Ok(result) = joined {
                results.push(result);
            }
        }
        results
    });
    bar.finish_and_clear();
    Ok(results)
}

fn classify(
    url: &str,
    response: Result<lychee_lib::Response, lychee_lib::ErrorKind>,
) -> (ExternalResult, Answer) {
    let response = match response {
        Ok(response) => response,
        Err(error) => {
            let detail = error_chain(&error);
            let answer = failure_answer(&detail);
            let result = ExternalResult {
                url: url.to_string(),
                outcome: Outcome::Unverified,
                status: None,
                detail,
                cached: false,
            };
            return (result, answer);
        }
    };
    let result = classify_status(url, &response);
    let answer = match (&result.status, result.outcome) {
        (_, Outcome::Excluded) => Answer::Silent,
        (Some(_), _) => Answer::Http {
            redirected_to: redirect_target(response.redirects().filter(|redirects| redirects.count() > 0)),
        },
        (None, _) => failure_answer(&result.detail),
    };
    (result, answer)
}

fn classify_status(url: &str, response: &lychee_lib::Response) -> ExternalResult {
    use lychee_lib::Status;
    let result = |outcome, status: Option<u16>, detail: String| ExternalResult {
        url: url.to_string(),
        outcome,
        status,
        detail,
        cached: false,
    };
    let redirects = response
        .redirects()
        .filter(|redirects| redirects.count() > 0)
        .map(ToString::to_string);
    match response.status() {
        Status::Ok(code) => match redirects {
            Some(chain) => result(Outcome::Redirected, Some(code.as_u16()), chain),
            None => result(Outcome::Ok, Some(code.as_u16()), code.to_string()),
        },
        Status::Excluded => result(Outcome::Excluded, None, "excluded".to_string()),
        Status::Timeout(code) => result(
            Outcome::Unverified,
            code.map(|c| c.as_u16()),
            "timed out".to_string(),
        ),
        Status::Error(kind) => {
            let code = status_code(kind);
            let detail = error_chain(kind);
            match code {
                Some(code) if is_definitive(code) => result(Outcome::Failed, Some(code), detail),
                Some(code) => result(Outcome::Unverified, Some(code), detail),
                None => result(Outcome::Unverified, None, detail),
            }
        }
        Status::UnknownStatusCode(code) => result(
            Outcome::Unverified,
            Some(code.as_u16()),
            format!("unknown status {code}"),
        ),
        other => result(Outcome::Unverified, None, other.to_string()),
    }
}

/// 4xx except 408 (timeout) and 429 (rate limit) mean the page is not there.
fn is_definitive(code: u16) -> bool {
    (400..500).contains(&code) && code != 408 && code != 429
}

fn status_code(kind: &lychee_lib::ErrorKind) -> Option<u16> {
    match kind {
        lychee_lib::ErrorKind::RejectedStatusCode(code) => Some(code.as_u16()),
        lychee_lib::ErrorKind::NetworkRequest(error) => error.status().map(|code| code.as_u16()),
        _ => None,
    }
}

fn error_chain(error: &dyn std::error::Error) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !parts.contains(&text) {
            parts.push(text);
        }
        source = cause.source();
    }
    parts.join(": ")
}
