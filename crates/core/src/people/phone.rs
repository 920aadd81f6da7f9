//! Phone numbers are kept exactly as typed, plus a normalized E.164 form (`+16175550143`) for
//! matching, texting tools and exports. Numbers without a country code are read as US numbers.

use phonenumber::country::Id;
use phonenumber::Mode;

/// The E.164 form of `typed`, or `None` when it is not a valid number.
pub fn to_e164(typed: &str) -> Option<String> {
    let digits: String = typed.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() < 7 {
        return None;
    }
    let parsed = phonenumber::parse(Some(Id::US), typed).ok()?;
    if !phonenumber::is_valid(&parsed) {
        return None;
    }
    Some(parsed.format().mode(Mode::E164).to_string())
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
