//! Phone numbers: checks every registry entry against the UK numbering plan
//! (libphonenumber data through the `phonenumber` crate, plus the short-code
//! list in `numbers`, which that crate does not compile). Numbers typed by
//! hand anywhere in the input are found by `numbers`.

use phonenumber::{PhoneNumber, Type};

use crate::content::Date;
use crate::content::contacts::{CallCost, NumberKind, Registry, digits, parse_uk};
use crate::diag::Diagnostic;
use crate::numbers::{SHORT_CODES, short_code};

/// What libphonenumber says a full number is, in the registry's terms.
fn plan_kind(number: &PhoneNumber) -> Option<NumberKind> {
    match number.number_type(&phonenumber::metadata::DATABASE) {
        Type::TollFree => Some(NumberKind::Freephone),
        Type::FixedLine | Type::FixedLineOrMobile => Some(NumberKind::Geographic),
        Type::Uan => Some(NumberKind::NonGeographic),
        Type::Mobile => Some(NumberKind::Mobile),
        _ => None,
    }
}

fn kind_name(kind: NumberKind) -> &'static str {
    match kind {
        NumberKind::Freephone => "freephone",
        NumberKind::Geographic => "geographic",
        NumberKind::NonGeographic => "non-geographic",
        NumberKind::Mobile => "mobile",
        NumberKind::ShortCode => "short-code",
    }
}

/// Checks every registry entry: valid for its kind, cost consistent with the
/// kind, display with the same digits, verified recently enough.
pub fn check_registry(registry: &Registry, verify_every_months: u32, today: Date) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for contact in &registry.contacts {
        let error = |code, field: &str, message: String| {
            Diagnostic::error(code, registry.field_span(contact.line, field), message)
                .with_excerpt_from(&registry.source)
        };
        let number_digits = digits(&contact.number);
        // Whether the number is free to call; `None` when the number itself
        // is wrong (already reported), so its cost cannot be judged.
        let is_free = match contact.kind {
            NumberKind::ShortCode => match short_code(&number_digits) {
                Some(code) => Some(code.free),
                None => {
                    diagnostics.push(
                        error(
                            "phone/unknown-short-code",
"number",
                            format!("`{}` ({}) is not a UK short code this tool knows", contact.number, contact.id),
                        )
                        .with_help(format!(
                            "known short codes: {}; add a new one to SHORT_CODES in src/validate/phones.rs with its source",
                            SHORT_CODES.iter().map(|code| code.digits).collect::<Vec<_>>().join(", ")
                        )),
                    );
                    None
                }
            },
            claimed => match parse_uk(&contact.number)
                .filter(|number| number.is_valid() && number.code().value() == 44)
            {
                None => {
                    diagnostics.push(
                        error(
                            "phone/invalid-number",
"number",
                            format!("`{}` ({}) is not a valid UK phone number", contact.number, contact.id),
                        )
                        .with_help("check every digit against the organisation's own website; UK numbers have 10 or 11 digits starting with 0"),
                    );
                    None
                }
                Some(parsed) => {
                    let actual = plan_kind(&parsed);
                    if actual != Some(claimed) {
                        diagnostics.push(
                            error(
                                "phone/wrong-kind",
                                "kind",
                                format!(
                                    "`{}` ({}) is declared `{}` but the numbering plan says it is {}",
                                    contact.number,
                                    contact.id,
                                    kind_name(claimed),
                                    actual.map_or("another kind of number", kind_name)
                                ),
                            )
                            .with_help("correct `kind`, or check the number"),
                        );
                    }
                    Some(actual == Some(NumberKind::Freephone))
                }
            },
        };
        let cost_fits = |is_free: bool| match contact.cost {
            CallCost::Free => is_free,
            CallCost::StandardRate => {
                !is_free
                    && matches!(
                        contact.kind,
                        NumberKind::Geographic | NumberKind::NonGeographic | NumberKind::Mobile
                    )
            }
            CallCost::Charged => !is_free,
        };
        if let Some(is_free) = is_free.filter(|is_free| !cost_fits(*is_free)) {
            diagnostics.push(
                error(
                    "phone/wrong-cost",
                    "cost",
                    format!(
                        "`{}` ({}) is a {} number, which cannot cost `{}`",
                        contact.number,
                        contact.id,
                        if is_free { "free" } else { kind_name(contact.kind) },
                        cost_name(contact.cost)
                    ),
                )
                .with_help("only 0800, 0808 and free short codes such as 999 and 116 123 are free to call"),
            );
        }
        if digits(&contact.display) != number_digits
            || contact
                .display
                .chars()
                .any(|c| !(c.is_ascii_digit() || c == ' ' || c == '+'))
        {
            diagnostics.push(
                error(
                    "phone/display-mismatch",
                    "display",
                    format!(
                        "display `{}` of `{}` does not have exactly the digits of `{}`",
                        contact.display, contact.id, contact.number
                    ),
                )
                .with_help("write the same digits, grouped with single spaces"),
            );
        }
        if let Some(retired) = registry.retired_with_digits(&number_digits) {
            diagnostics.push(error(
                "phone/retired-number",
                "number",
                format!(
                    "`{}` ({}) is on record as retired on {}",
                    contact.number, contact.id, retired.retired_on
                ),
            ));
        }
        let limit_days = i64::from(verify_every_months) * 365 / 12;
        let age_days = today.days_since_epoch() - contact.verified.days_since_epoch();
        if age_days > limit_days {
            diagnostics.push(
                Diagnostic::warning(
                    "contacts/not-verified",
                    registry.field_span(contact.line, "verified"),
                    format!(
                        "`{}` was last verified on {}, more than {verify_every_months} months ago",
                        contact.id, contact.verified
                    ),
                )
                .with_help("call or check the source again, then update `verified`")
                .with_excerpt_from(&registry.source),
            );
        }
    }
    diagnostics
}

fn cost_name(cost: CallCost) -> &'static str {
    match cost {
        CallCost::Free => "free",
        CallCost::StandardRate => "standard-rate",
        CallCost::Charged => "charged",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::contacts;
    use std::path::Path;

    fn registry(entries: &str) -> Registry {
        let (registry, diagnostics) = contacts::parse(Path::new("content/contacts.yaml"), entries);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        registry
    }

    fn entry(id: &str, number: &str, display: &str, kind: &str, cost: &str) -> String {
        format!(
            "  - id: {id}\n    name: {id}\n    number: \"{number}\"\n    display: \"{display}\"\n    kind: {kind}\n    cost: {cost}\n    purpose: p\n    nations: [england]\n    verified: 2026-11-01\n    source: https://example.org/\n"
        )
    }

    fn today() -> Date {
        Date {
            year: 2026,
            month: 11,
            day: 26,
        }
    }

    // Protects the numbering-plan checks: valid numbers of each kind pass;
    // invalid, mis-kinded, mis-costed and mis-displayed numbers fail.
    #[test]
    fn registry_numbers_are_checked_against_the_plan() {
        let cases: &[(&str, &str, &str, &str, &[&str])] = &[
            ("0800 555 111", "0800 555 111", "freephone", "free", &[]),
            ("08000 121 700", "08000 121 700", "freephone", "free", &[]),
            ("0808 800 5000", "0808 800 5000", "freephone", "free", &[]),
            (
                "0300 123 1212",
                "0300 123 1212",
                "non-geographic",
                "standard-rate",
                &[],
            ),
            (
                "020 7946 0000",
                "020 7946 0000",
                "geographic",
                "standard-rate",
                &[],
            ),
            ("999", "999", "short-code", "free", &[]),
            ("116 123", "116 123", "short-code", "free", &[]),
            ("101", "101", "short-code", "charged", &[]),
            ("101", "101", "short-code", "free", &["phone/wrong-cost"]),
            ("998", "998", "short-code", "free", &["phone/unknown-short-code"]),
            (
                "0800 555 11",
                "0800 555 11",
                "freephone",
                "free",
                &["phone/invalid-number"],
            ),
            (
                "07700 900123",
                "07700 900123",
                "mobile",
                "standard-rate",
                &["phone/invalid-number"],
            ),
            (
                "+1 202 555 0100",
                "+1 202 555 0100",
                "geographic",
                "standard-rate",
                &["phone/invalid-number"],
            ),
            (
                "0300 123 1212",
                "0300 123 1212",
                "freephone",
                "free",
                &["phone/wrong-kind", "phone/wrong-cost"],
            ),
            (
                "0300 123 1212",
                "0300 123 1212",
                "non-geographic",
                "free",
                &["phone/wrong-cost"],
            ),
            (
                "0800 555 111",
                "0800 555 112",
                "freephone",
                "free",
                &["phone/display-mismatch"],
            ),
            (
                "0800 555 111",
                "0800-555-111",
                "freephone",
                "free",
                &["phone/display-mismatch"],
            ),
        ];
        for (number, display, kind, cost, expected) in cases {
            let registry = registry(&format!("contacts:\n{}", entry("x", number, display, kind, cost)));
            let codes: Vec<_> = check_registry(&registry, 12, today())
                .iter()
                .map(|d| d.code)
                .collect();
            assert_eq!(&codes, expected, "{number} {display} {kind} {cost}");
        }
    }

    // Protects the verification-age warning (a warning, not an error).
    #[test]
    fn old_verification_is_a_warning() {
        let source = format!("contacts:\n{}", entry("x", "999", "999", "short-code", "free"));
        let registry = registry(&source.replace("2026-11-01", "2025-10-01"));
        let found = check_registry(&registry, 12, today());
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].code, found[0].is_error()),
            ("contacts/not-verified", false)
        );
    }

    // Protects the E.164 and short-code forms of click-to-call links.
    #[test]
    fn dial_uris_use_e164_or_short_code() {
        let source = format!(
            "contacts:\n{}{}",
            entry("a", "0800 555 111", "0800 555 111", "freephone", "free"),
            entry("b", "116 123", "116 123", "short-code", "free")
        );
        let registry = registry(&source);
        assert_eq!(registry.contacts[0].dial, "tel:+44800555111");
        assert_eq!(registry.contacts[1].dial, "tel:116123");
    }
}
