//! Money as whole cents, the way grants keep it: typed and printed as dollars.

/// The cents in an amount typed in dollars ("800", "800.5", "$1,000.00"); `None` for anything
/// else, a negative amount, or more than two places after the point.
pub fn cents_of(dollars: &str) -> Option<i64> {
    let text: String = dollars
        .trim()
        .trim_start_matches('$')
        .chars()
        .filter(|c| *c != ',')
        .collect();
    let (whole, part) = text.split_once('.').unwrap_or((&text, ""));
    if whole.is_empty() && part.is_empty() {
        return None;
    }
    if !whole.chars().all(|c| c.is_ascii_digit()) || !part.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if part.len() > 2 {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let part: i64 = format!("{part:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(part)
}

/// "$1,000.00": cents as dollars, with thousands marked.
pub fn dollars(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let whole = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{sign}${grouped}.{:02}", cents % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_typed_become_cents() {
        assert_eq!(cents_of("800"), Some(80_000));
        assert_eq!(cents_of("800.5"), Some(80_050));
        assert_eq!(cents_of(" $1,000.00 "), Some(100_000));
        assert_eq!(cents_of(".25"), Some(25));
        for bad in ["", "$", "12.345", "-5", "ten", "1.2.3", "1e3"] {
            assert_eq!(cents_of(bad), None, "{bad}");
        }
    }

    #[test]
    fn cents_print_as_dollars() {
        assert_eq!(dollars(80_000), "$800.00");
        assert_eq!(dollars(2_000_000), "$20,000.00");
        assert_eq!(dollars(5), "$0.05");
        assert_eq!(dollars(-150), "-$1.50");
    }

    #[test]
    fn what_is_printed_reads_back() {
        for cents in [0, 1, 99, 100, 123_456, 100_000_000] {
            assert_eq!(cents_of(&dollars(cents)), Some(cents));
        }
    }
}
