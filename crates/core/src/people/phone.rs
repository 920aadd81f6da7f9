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
    if let Some(e164) = north_american(typed, &digits) {
        return Some(e164);
    }
    let parsed = phonenumber::parse(Some(Id::US), typed).ok()?;
    if !phonenumber::is_valid(&parsed) {
        return None;
    }
    Some(parsed.format().mode(Mode::E164).to_string())
}

/// The common case, answered without the full parser (which is slow enough to dominate a
/// 50,000-row import): a ten-digit North American number, optionally after a 1, written with
/// only spaces, dots, dashes, parentheses or a leading +. Area code and exchange must start with
/// 2-9, and the area code must not be an N11 service code.
fn north_american(typed: &str, digits: &str) -> Option<String> {
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
    let b = national.as_bytes();
    let area_ok = (b'2'..=b'9').contains(&b[0]) && !(b[1] == b'1' && b[2] == b'1');
    let exchange_ok = (b'2'..=b'9').contains(&b[3]);
    (area_ok && exchange_ok).then(|| format!("+1{national}"))
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
    fn the_quick_path_agrees_with_the_full_parser() {
        for typed in [
            "(617) 555-0143",
            "312.555.0101",
            "+1 413 555 0104",
            "1 (773) 555-0105",
            "2125550000",
            "(911) 555-0100",
            "(312) 155-0100",
        ] {
            let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
            let full = phonenumber::parse(Some(Id::US), typed)
                .ok()
                .filter(phonenumber::is_valid)
                .map(|n| n.format().mode(Mode::E164).to_string());
            if let Some(quick) = north_american(typed, &digits) {
                assert_eq!(Some(quick), full, "{typed}");
            }
        }
        assert_eq!(north_american("(911) 555-0100", "9115550100"), None);
        assert_eq!(north_american("(312) 155-0100", "3121550100"), None);
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
