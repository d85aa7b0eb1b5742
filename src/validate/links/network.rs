//! Network judgement: what a run's answers, taken together, say about each
//! external link. "Broken" must mean proven broken, so an unknown host
//! counts only when public names demonstrably resolve in the same run, a
//! refused certificate or a captive portal makes links unverified, and
//! each unverified link says why.

use std::time::Duration;

use super::{ExternalResult, Outcome};

/// What one request showed about the network, apart from the link's own
/// outcome: what tells a broken link from a network that cannot reach it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Answer {
    /// An HTTP server answered, after redirects to this host if any.
    Http { redirected_to: Option<String> },
    /// The host name did not resolve.
    UnknownHost,
    /// The TLS handshake failed on the server's certificate.
    BadCertificate,
    /// No answer for another reason (timeout, refused), or no request.
    Silent,
}

/// Why a link could not be verified, for the closing warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Why {
    /// No request of the run got any answer.
    NoNetwork,
    /// Public host names do not resolve on this machine.
    NamesDoNotResolve,
    /// The certificate was refused; `everywhere` when it was so for every
    /// https host checked (a proxy intercepting TLS).
    Certificate {
        everywhere: bool,
    },
    /// Every answer was a redirect to this one foreign host.
    Portal(String),
    ServerOrTimeout,
}

impl Why {
    pub(super) fn explain(&self) -> String {
        match self {
            Why::NoNetwork => "the network is unreachable".to_string(),
            Why::NamesDoNotResolve => "public host names do not resolve on this machine (no DNS?)".to_string(),
            Why::Certificate { everywhere: true } => {
                "every https host failed its certificate check (a proxy or filter may be intercepting connections)"
                    .to_string()
            }
            Why::Certificate { everywhere: false } => {
                "the checker did not accept their certificates (browsers may still open them)".to_string()
            }
            Why::Portal(host) => {
                format!("every request was redirected to {host} (a captive portal or filter?)")
            }
            Why::ServerOrTimeout => "they timed out or the server failed".to_string(),
        }
    }
}

/// A URL's host, lowercase, without brackets or a trailing dot.
pub(super) fn host_of(url: &str) -> Option<String> {
    let uri: http::Uri = url.parse().ok()?;
    let host = uri.host()?.trim_start_matches('[').trim_end_matches(']');
    Some(host.trim_end_matches('.').to_ascii_lowercase())
}

/// A host name that only public DNS can answer: not an IP address, not a
/// single label, not a name reserved for local or private use.
pub(super) fn is_public_name(host: &str) -> bool {
    const LOCAL_SUFFIXES: &[&str] = &[
        "localhost",
        "local",
        "localdomain",
        "internal",
        "intranet",
        "lan",
        "home",
        "corp",
        "private",
        "arpa",
        "test",
        "example",
        "invalid",
    ];
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host.parse::<std::net::IpAddr>().is_err()
        && host.contains('.')
        && host
            .rsplit('.')
            .next()
            .is_some_and(|tld| !tld.is_empty() && !LOCAL_SUFFIXES.contains(&tld))
}

/// Whether the host of `url` (the exit link: a public site every build
/// names) resolves, asked of the system resolver on a thread of its own so
/// a hanging resolver costs at most `timeout`.
pub(super) fn public_name_resolves(url: &str, timeout: Duration) -> bool {
    use std::net::ToSocketAddrs as _;
    let Some(host) = host_of(url).filter(|host| is_public_name(host)) else {
        return false;
    };
    let (sender, receiver) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("signpost-dns-probe".to_string())
        .spawn(move || {
            let resolved = (host.as_str(), 443)
                .to_socket_addrs()
                .is_ok_and(|mut addresses| addresses.next().is_some());
            let _ = sender.send(resolved);
        });
    spawned.is_ok() && receiver.recv_timeout(timeout).unwrap_or(false)
}

/// Decides what each fresh result means once the whole run is known:
///
/// - an unknown host is broken only when public names demonstrably resolve
///   in this run (another link with a public host name got an HTTP answer,
///   or else `public_names_resolve`, asked only then, says so); otherwise
///   it is unverified, even if servers on loopback answered;
/// - a refused certificate is unverified (an incomplete chain still opens
///   in browsers), and named as interception when every https host failed;
/// - when every answer from two or more hosts was a redirect to the same
///   foreign host, those are a captive portal or filter: unverified, not
///   redirects or failures of the links.
pub(super) fn judge(
    checked: Vec<(ExternalResult, Answer)>,
    public_names_resolve: impl FnOnce() -> bool,
) -> Vec<(ExternalResult, Option<Why>)> {
    let hosts: Vec<Option<String>> = checked.iter().map(|(result, _)| host_of(&result.url)).collect();
    let answered = |index: usize| matches!(checked[index].1, Answer::Http { .. });
    let any_answer = (0..checked.len()).any(answered);
    let names_resolve = checked.iter().any(|(_, answer)| *answer == Answer::UnknownHost)
        && ((0..checked.len())
            .any(|index| answered(index) && hosts[index].as_deref().is_some_and(is_public_name))
            || public_names_resolve());
    let is_https = |index: usize| checked[index].0.url.starts_with("https://");
    let tls_worked = (0..checked.len()).any(|index| is_https(index) && answered(index));
    let portal = captive_portal(&checked, &hosts);
    checked
        .into_iter()
        .map(|(mut result, answer)| {
            let why = match answer {
                Answer::UnknownHost if names_resolve => {
                    result.outcome = Outcome::Failed;
                    result.detail = format!("unknown host: {}", result.detail);
                    None
                }
                Answer::UnknownHost => {
                    result.outcome = Outcome::Unverified;
                    result.detail = format!("public host names do not resolve here: {}", result.detail);
                    Some(Why::NamesDoNotResolve)
                }
                Answer::BadCertificate => {
                    result.outcome = Outcome::Unverified;
                    Some(Why::Certificate {
                        everywhere: !tls_worked,
                    })
                }
                Answer::Http {
                    redirected_to: Some(host),
                } if portal.as_deref() == Some(host.as_str()) => {
                    result.outcome = Outcome::Unverified;
                    result.detail = format!("redirected to {host} like every other link: {}", result.detail);
                    Some(Why::Portal(host))
                }
                _ if result.outcome != Outcome::Unverified => None,
                _ if !any_answer => Some(Why::NoNetwork),
                _ => Some(Why::ServerOrTimeout),
            };
            (result, why)
        })
        .collect()
}

/// The foreign host every answer was redirected to, when answers came from
/// two or more hosts and all went there: a captive portal or a filter, not
/// the links. Foreign: not one of the checked hosts, nor of their domains.
pub(super) fn captive_portal(
    checked: &[(ExternalResult, Answer)],
    hosts: &[Option<String>],
) -> Option<String> {
    let domain = |host: &str| host.rsplit('.').take(2).collect::<Vec<_>>().join(".");
    let mut target: Option<&str> = None;
    let mut answering_hosts = std::collections::BTreeSet::new();
    for ((_, answer), host) in checked.iter().zip(hosts) {
        let Answer::Http { redirected_to } = answer else {
            continue;
        };
        let redirected_to = redirected_to.as_deref()?;
        if target.is_some_and(|target| target != redirected_to) {
            return None;
        }
        target = Some(redirected_to);
        answering_hosts.insert(host.clone()?);
    }
    let target = target?;
    let foreign = answering_hosts
        .iter()
        .all(|host| host != target && domain(host) != domain(target));
    (answering_hosts.len() >= 2 && foreign).then(|| target.to_string())
}

/// The host of the last redirect of a response, if it was redirected.
pub(super) fn redirect_target(redirects: Option<&lychee_lib::Redirects>) -> Option<String> {
    let chain = serde_json::to_value(redirects?).ok()?;
    let last = chain.get("redirects")?.as_array()?.last()?;
    host_of(last.get("url")?.as_str()?)
}

/// What a failure without an HTTP status says about the network.
pub(super) fn failure_answer(detail: &str) -> Answer {
    let lower = detail.to_ascii_lowercase();
    if lower.contains("dns error") {
        Answer::UnknownHost
    } else if lower.contains("certificate") {
        Answer::BadCertificate
    } else {
        Answer::Silent
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(url: &str, outcome: Outcome, status: Option<u16>, answer: Answer) -> (ExternalResult, Answer) {
        let result = ExternalResult {
            url: url.to_string(),
            outcome,
            status,
            detail: "detail".to_string(),
            cached: false,
        };
        (result, answer)
    }

    fn http(redirected_to: Option<&str>) -> Answer {
        Answer::Http {
            redirected_to: redirected_to.map(str::to_string),
        }
    }

    // Protects "broken means broken": an unknown host is a failure only
    // when public names demonstrably resolve in the same run (a public
    // host answered, or else the probe resolved), never because loopback
    // answered; refused certificates and a captive portal are unverified.
    #[test]
    fn judges_network_failures_by_the_whole_run() {
        let dns = || checked("https://gone.zz/", Outcome::Unverified, None, Answer::UnknownHost);
        let loopback = || checked("http://127.0.0.1:8/ok", Outcome::Ok, Some(200), http(None));
        let public = || checked("https://www.gov.uk/", Outcome::Ok, Some(200), http(None));
        let cert = |url: &str| checked(url, Outcome::Unverified, None, Answer::BadCertificate);
        let portal = |url: &str| checked(url, Outcome::Redirected, Some(200), http(Some("login.wifi.zz")));
        // (results, what the probe says, expected (outcome, why) per result)
        type Case = (Vec<(ExternalResult, Answer)>, bool, Vec<(Outcome, Option<Why>)>);
        let cases: Vec<Case> = vec![
            (
                vec![dns(), loopback()],
                false,
                vec![
                    (Outcome::Unverified, Some(Why::NamesDoNotResolve)),
                    (Outcome::Ok, None),
                ],
            ),
            (
                vec![dns(), loopback()],
                true,
                vec![(Outcome::Failed, None), (Outcome::Ok, None)],
            ),
            (
                vec![dns(), public()],
                false,
                vec![(Outcome::Failed, None), (Outcome::Ok, None)],
            ),
            (
                vec![
                    dns(),
                    checked("http://printer.local/", Outcome::Ok, Some(200), http(None)),
                ],
                false,
                vec![
                    (Outcome::Unverified, Some(Why::NamesDoNotResolve)),
                    (Outcome::Ok, None),
                ],
            ),
            (
                vec![cert("https://a.zz/"), cert("https://b.zz/")],
                true,
                vec![
                    (Outcome::Unverified, Some(Why::Certificate { everywhere: true })),
                    (Outcome::Unverified, Some(Why::Certificate { everywhere: true })),
                ],
            ),
            (
                vec![cert("https://a.zz/"), public()],
                true,
                vec![
                    (Outcome::Unverified, Some(Why::Certificate { everywhere: false })),
                    (Outcome::Ok, None),
                ],
            ),
            (
                vec![portal("http://a.zz/x"), portal("http://b.zz/y")],
                true,
                vec![
                    (
                        Outcome::Unverified,
                        Some(Why::Portal("login.wifi.zz".to_string())),
                    ),
                    (
                        Outcome::Unverified,
                        Some(Why::Portal("login.wifi.zz".to_string())),
                    ),
                ],
            ),
            (
                vec![portal("http://a.zz/x"), public()],
                true,
                vec![(Outcome::Redirected, None), (Outcome::Ok, None)],
            ),
            (
                vec![
                    checked(
                        "http://gov.uk/a",
                        Outcome::Redirected,
                        Some(200),
                        http(Some("www.gov.uk")),
                    ),
                    checked(
                        "http://direct.gov.uk/b",
                        Outcome::Redirected,
                        Some(200),
                        http(Some("www.gov.uk")),
                    ),
                ],
                true,
                vec![(Outcome::Redirected, None), (Outcome::Redirected, None)],
            ),
            (
                vec![checked(
                    "https://a.zz/",
                    Outcome::Unverified,
                    None,
                    Answer::Silent,
                )],
                true,
                vec![(Outcome::Unverified, Some(Why::NoNetwork))],
            ),
        ];
        for (index, (results, probe, expected)) in cases.into_iter().enumerate() {
            let judged: Vec<(Outcome, Option<Why>)> = judge(results, || probe)
                .into_iter()
                .map(|(result, why)| (result.outcome, why))
                .collect();
            assert_eq!(judged, expected, "case {index}");
        }
    }

    // Protects the probe from being asked when the run already knows.
    #[test]
    fn asks_the_resolver_only_when_needed() {
        let asked = std::cell::Cell::new(false);
        let results = vec![checked("https://www.gov.uk/", Outcome::Ok, Some(200), http(None))];
        judge(results, || {
            asked.set(true);
            true
        });
        assert!(!asked.get(), "no unknown host, nothing to prove");
    }

    // Protects what counts as a public host name (evidence that DNS works).
    #[test]
    fn tells_public_names_from_local_ones() {
        for public in ["www.gov.uk", "example.org", "WWW.BBC.CO.UK.", "signpost-test.zz"] {
            assert!(is_public_name(public), "{public}");
        }
        for local in [
            "localhost",
            "127.0.0.1",
            "::1",
            "printer.local",
            "router.home.arpa",
            "x.test",
            "x.example",
            "intranet",
        ] {
            assert!(!is_public_name(local), "{local}");
        }
        assert_eq!(host_of("http://[::1]:8080/x"), Some("::1".to_string()));
        assert_eq!(host_of("https://WWW.Gov.UK./a"), Some("www.gov.uk".to_string()));
    }
}
