//! Reading the values other tools write: dates in ISO or spreadsheet form, ZIP codes that lost
//! their leading zero, yes/no flags in their many spellings.

use chrono::NaiveDate;

/// `YYYY-MM-DD`, `YYYY-MM-DD hh:mm:ss`, `M/D/YYYY` (what Excel writes) or `M/D/YY`, as
/// `YYYY-MM-DD`. `Ok(None)` for an empty cell, `Err` with the reason for anything else.
pub fn date(text: &str) -> Result<Option<String>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let day_part = text.split([' ', 'T']).next().unwrap_or(text);
    for format in ["%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%Y/%m/%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(day_part, format) {
            return Ok(Some(d.to_string()));
        }
    }
    Err(format!("'{text}' is not a date"))
}

/// A US ZIP code as its five digits: "2134" (a spreadsheet dropped the zero) becomes "02134",
/// "02134-1234" becomes "02134". Anything else is kept as written, trimmed.
pub fn zip(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let head = text.split('-').next().unwrap_or(text).trim();
    if head.chars().all(|c| c.is_ascii_digit()) && (3..=5).contains(&head.len()) {
        return Some(format!("{head:0>5}"));
    }
    if head.chars().all(|c| c.is_ascii_digit()) && head.len() == 9 {
        return Some(head[..5].to_owned());
    }
    Some(text.to_owned())
}

/// Yes-like cells: "yes", "y", "true", "t", "1", "x" in any case.
pub fn flag(text: &str) -> bool {
    matches!(
        text.trim().to_ascii_lowercase().as_str(),
        "yes" | "y" | "true" | "t" | "1" | "x"
    )
}

/// A cell with surrounding space removed, `None` when empty.
pub fn text(cell: &str) -> Option<String> {
    let t = cell.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_every_shape_the_lists_use() {
        assert_eq!(date("2021-03-04").unwrap().as_deref(), Some("2021-03-04"));
        assert_eq!(date("3/4/2021").unwrap().as_deref(), Some("2021-03-04"));
        assert_eq!(date("12/31/2099").unwrap().as_deref(), Some("2099-12-31"));
        assert_eq!(
            date("2021-03-04 00:00:00").unwrap().as_deref(),
            Some("2021-03-04")
        );
        assert_eq!(date("  ").unwrap(), None);
        assert!(date("13/45/2020").unwrap_err().contains("13/45/2020"));
    }

    #[test]
    fn zips_get_their_zeros_back() {
        assert_eq!(zip("2134").as_deref(), Some("02134"));
        assert_eq!(zip("02134-1234").as_deref(), Some("02134"));
        assert_eq!(zip("021341234").as_deref(), Some("02134"));
        assert_eq!(zip("60608").as_deref(), Some("60608"));
        assert_eq!(zip(""), None);
    }
}
