//! Phone numbers are kept exactly as typed, plus a normalized E.164 form (`+16175550143`) for
//! matching, texting tools and exports. Numbers without a country code are read as US numbers.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use phonenumber::country::Id;
use phonenumber::Mode;

/// The E.164 form of `typed`, or `None` when it is not a valid number.
pub fn to_e164(typed: &str) -> Option<String> {
    let digits: String = typed.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() < 7 {
        return None;
    }
    if let Some(national) = north_american(typed, &digits) {
        return north_american_is_valid(national).then(|| format!("+1{national}"));
    }
    library_e164(typed)
}

/// Loads the `phonenumber` library's metadata (a tenth of a second, once per process), so that
/// the first number checked does not wait for it: an import does this while it reads its file.
pub fn warm() {
    let _ = library_e164("+12125550100");
}

/// What the `phonenumber` library makes of a number: the one judge of which numbers are real.
fn library_e164(typed: &str) -> Option<String> {
    let parsed = phonenumber::parse(Some(Id::US), typed).ok()?;
    if !phonenumber::is_valid(&parsed) {
        return None;
    }
    Some(parsed.format().mode(Mode::E164).to_string())
}

/// Verdicts already asked of the library, by a number's first seven digits. No more than this
/// many are kept, so a long-running window cannot grow without end.
const MOST_VERDICTS: usize = 200_000;

/// Whether a ten-digit North American number is real, as the library says. The library takes
/// about 14 µs a number, which would make it most of a 50,000-row import; its verdict depends
/// only on the first seven digits (area code, exchange and one more: Barbados and Jamaica
/// split exchanges by that digit; checked on 1.5 million random numbers), and a chapter's
/// numbers share those, so each seven-digit prefix is asked once.
fn north_american_is_valid(national: &str) -> bool {
    static VERDICTS: OnceLock<Mutex<HashMap<u32, bool>>> = OnceLock::new();
    let Ok(prefix) = national[..7].parse::<u32>() else {
        return false;
    };
    let verdicts = VERDICTS.get_or_init(Default::default);
    if let Some(known) = verdicts.lock().ok().and_then(|v| v.get(&prefix).copied()) {
        return known;
    }
    let valid = library_e164(&format!("+1{national}")).is_some();
    if let Ok(mut v) = verdicts.lock() {
        if v.len() >= MOST_VERDICTS {
            v.clear();
        }
        v.insert(prefix, valid);
    }
    valid
}

/// The common case's shape, read without the full parser: a ten-digit North American number,
/// optionally after a 1, written with only spaces, dots, dashes, parentheses or a leading +.
/// Its national ten digits; whether they are a real number is the library's to say.
fn north_american<'a>(typed: &str, digits: &'a str) -> Option<&'a str> {
    if !typed
        .chars()
        .all(|c| c.is_ascii_digit() || " .-()+".contains(c))
    {
        return None;
    }
    if typed.trim_start().starts_with('+') && !digits.starts_with('1') {
        return None;
    }
    let national = match digits.len() {
        10 => digits,
        11 if digits.starts_with('1') => &digits[1..],
        _ => return None,
    };
    Some(national)
}

/// A number as the screens and paper show it, one shape for all: North American numbers as
/// "(312) 555-0199", others in their international form ("+52 55 1234 5678"); a number that
/// could not be read, as typed. The record keeps what was typed.
pub fn shown(typed: &str, e164: Option<&str>) -> String {
    match e164 {
        Some(e) if e.len() == 12 && e.starts_with("+1") => {
            format!("({}) {}-{}", &e[2..5], &e[5..8], &e[8..])
        }
        Some(e) => phonenumber::parse(None, e)
            .map(|n| n.format().mode(Mode::International).to_string())
            .unwrap_or_else(|_| e.to_owned()),
        None => typed.trim().to_owned(),
    }
}

/// Search tokens for a number: all its digits, the national number, and its last 7 and 4
/// digits, so typing any familiar part of it finds the person.
pub fn search_tokens(typed: &str, e164: Option<&str>) -> Vec<String> {
    let digits: String = typed.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut tokens = vec![digits.clone()];
    if let Some(e164) = e164 {
        let international = e164.trim_start_matches('+').to_owned();
        if let Some(national) = international.strip_prefix('1') {
            tokens.push(national.to_owned());
        }
        tokens.push(international);
    }
    for tail in [7, 4] {
        if digits.len() > tail {
            tokens.push(digits[digits.len() - tail..].to_owned());
        }
    }
    tokens.sort();
    tokens.dedup();
    tokens.retain(|t| !t.is_empty());
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn us_numbers_in_any_shape_become_e164() {
        for typed in [
            "(617) 555-0143",
            "617.555.0143",
            "6175550143",
            "+1 617 555 0143",
            "1-617-555-0143",
        ] {
            assert_eq!(to_e164(typed).as_deref(), Some("+16175550143"), "{typed}");
        }
        assert_eq!(
            to_e164("+52 55 1234 5678").as_deref(),
            Some("+525512345678")
        );
    }

    #[test]
    fn every_number_is_shown_in_one_shape() {
        for typed in [
            "3125550199",
            "312-555-0199",
            "(312) 555-0199",
            "+1 312.555.0199",
        ] {
            assert_eq!(shown(typed, to_e164(typed).as_deref()), "(312) 555-0199");
        }
        let mexico = "+52 55 1234 5678";
        assert_eq!(shown("+525512345678", to_e164(mexico).as_deref()), mexico);
        assert_eq!(shown(" call my sister ", None), "call my sister");
    }

    #[test]
    fn placeholder_numbers_are_not_numbers() {
        for typed in [
            "555-555-5555",
            "999-999-9999",
            "222-222-2222",
            "(911) 555-0100",
            "(312) 155-0100",
        ] {
            assert_eq!(to_e164(typed), None, "{typed}");
        }
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn the_quick_path_agrees_with_the_library(
                national in "[0-9]{10}",
                shape in 0usize..5,
            ) {
                let (a, b, c) = (&national[..3], &national[3..6], &national[6..]);
                let typed = match shape {
                    0 => national.clone(),
                    1 => format!("({a}) {b}-{c}"),
                    2 => format!("{a}.{b}.{c}"),
                    3 => format!("+1 {a} {b} {c}"),
                    _ => format!("1-{a}-{b}-{c}"),
                };
                prop_assert_eq!(to_e164(&typed), library_e164(&typed), "{}", typed);
            }

            #[test]
            fn a_prefix_answered_once_answers_every_number_under_it(
                prefix in "[2-9][0-9]{2}[2-9][0-9]{3}",
                tails in proptest::collection::vec("[0-9]{3}", 4),
            ) {
                for tail in tails {
                    let typed = format!("{prefix}{tail}");
                    prop_assert_eq!(to_e164(&typed), library_e164(&typed), "{}", typed);
                }
            }
        }
    }

    #[test]
    fn nonsense_is_not_a_number() {
        for typed in ["", "n/a", "555", "call my sister", "000-000-0000"] {
            assert_eq!(to_e164(typed), None, "{typed}");
        }
    }

    #[test]
    fn tokens_cover_the_familiar_parts() {
        let tokens = search_tokens("(617) 555-0143", Some("+16175550143"));
        for t in ["6175550143", "16175550143", "5550143", "0143"] {
            assert!(tokens.iter().any(|x| x == t), "{t} in {tokens:?}");
        }
    }
}
