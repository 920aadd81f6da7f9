//! Reading the values other tools write: dates in ISO or spreadsheet form, ZIP codes that lost
//! their leading zero, yes/no flags in their many spellings.

use chrono::{Datelike, NaiveDate};

use crate::{msg, Message};

/// The years a date in a list may fall in. Lifetime members expire in 2099, so the ceiling is
/// 2100; anything before 1900 is a typo or a spreadsheet's zero date, never a real join date.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Day 0 of Excel's date serials (1900 system): serial 1 is 1900-01-01, and 1900-02-29, which
/// never existed, is counted, so every serial from 61 on is one day past a plain count from here.
const EXCEL_EPOCH: (i32, u32, u32) = (1899, 12, 30);

/// A date as the lists carry it, as `YYYY-MM-DD`: ISO (`2021-03-04`, `2021/03/04`), US
/// (`3/4/2021`, `3/4/21`), an Excel serial (`44259`, what a re-saved sheet holds when the column
/// lost its date format), each with or without a time after it. Two-digit years are 2000–2068 or
/// 1969–1999, as spreadsheets read them. `Ok(None)` for an empty cell; `Err` with the reason for
/// anything else, and for a year outside 1900–2100.
pub fn date(text: &str) -> Result<Option<String>, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let day_part = text.split([' ', 'T']).next().unwrap_or(text);
    let parsed = match excel_serial(day_part) {
        Some(serial) => serial,
        None => parts_date(day_part),
    };
    let Some(day) = parsed else {
        return Err(msg!("date-invalid", text = text));
    };
    if !YEARS.contains(&day.year()) {
        return Err(msg!(
            "date-year-outside",
            text = text,
            year = day.year().to_string(),
            first = YEARS.start().to_string(),
            last = YEARS.end().to_string()
        ));
    }
    Ok(Some(day.to_string()))
}

/// `None` when the text is not an Excel serial (a whole number of days, perhaps with a fraction
/// for the time); `Some(None)` for a serial no calendar holds.
fn excel_serial(text: &str) -> Option<Option<NaiveDate>> {
    let whole = text.split('.').next().unwrap_or(text);
    if whole.is_empty() || whole.len() > 7 || !whole.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if text.len() > whole.len() && !text[whole.len() + 1..].chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let serial: i64 = whole.parse().ok()?;
    let (y, m, d) = EXCEL_EPOCH;
    let epoch = NaiveDate::from_ymd_opt(y, m, d)?;
    // Serials 1–60 count the phantom leap day's absence from the other side.
    let days = if serial < 61 { serial + 1 } else { serial };
    Some(epoch.checked_add_signed(chrono::Duration::days(days)))
}

/// Year, month and day from `Y-M-D`, `Y/M/D` or `M/D/Y`, read by hand: chrono's `%Y` also takes
/// "21", which made "3/4/21" the year 21.
fn parts_date(text: &str) -> Option<NaiveDate> {
    let sep = if text.contains('-') { '-' } else { '/' };
    let parts: Vec<&str> = text.split(sep).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if ![a, b, c]
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let number = |p: &str| p.parse::<u32>().ok();
    let (year, month, day) = if a.len() == 4 {
        (*a, number(b)?, number(c)?)
    } else if sep == '/' && a.len() <= 2 && b.len() <= 2 {
        (*c, number(a)?, number(b)?)
    } else {
        return None;
    };
    let year = match year.len() {
        4 => year.parse::<i32>().ok()?,
        2 => {
            let yy = year.parse::<i32>().ok()?;
            if yy < 69 {
                2000 + yy
            } else {
                1900 + yy
            }
        }
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, month, day)
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
    fn two_digit_years_are_this_century_or_the_last() {
        assert_eq!(date("3/4/21").unwrap().as_deref(), Some("2021-03-04"));
        assert_eq!(date("3/4/21 0:00").unwrap().as_deref(), Some("2021-03-04"));
        assert_eq!(date("11/1/99").unwrap().as_deref(), Some("1999-11-01"));
        assert_eq!(date("1/15/68").unwrap().as_deref(), Some("2068-01-15"));
        assert_eq!(date("1/15/69").unwrap().as_deref(), Some("1969-01-15"));
    }

    #[test]
    fn excel_serials_and_times_are_dates() {
        assert_eq!(date("44259").unwrap().as_deref(), Some("2021-03-04"));
        assert_eq!(date("44259.75").unwrap().as_deref(), Some("2021-03-04"));
        assert_eq!(date("1").unwrap().as_deref(), Some("1900-01-01"));
        assert_eq!(date("61").unwrap().as_deref(), Some("1900-03-01"));
        assert_eq!(
            date("2021-03-04T18:30:00Z").unwrap().as_deref(),
            Some("2021-03-04")
        );
        assert_eq!(date("2021/03/04").unwrap().as_deref(), Some("2021-03-04"));
        assert_eq!(date("2099-11-01").unwrap().as_deref(), Some("2099-11-01"));
    }

    #[test]
    fn years_outside_1900_to_2100_are_refused_with_the_cell() {
        let e = date("3/4/1850").unwrap_err();
        assert!(e.contains("'3/4/1850'") && e.contains("1850"), "{e}");
        assert!(date("0001-01-01").is_err());
        assert!(date("2101-01-01").is_err());
        assert!(date("0").is_err());
        assert!(date("9999999").is_err());
        assert!(date("3/4/021").is_err());
        assert!(date("2021-3").is_err());
    }

    #[test]
    fn zips_get_their_zeros_back() {
        assert_eq!(zip("2134").as_deref(), Some("02134"));
        assert_eq!(zip("02134-1234").as_deref(), Some("02134"));
        assert_eq!(zip("021341234").as_deref(), Some("02134"));
        assert_eq!(zip("60608").as_deref(), Some("60608"));
        assert_eq!(zip(""), None);
    }

    mod properties {
        use super::super::*;
        use chrono::Duration;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_text_is_a_date_or_a_reason_never_a_panic(text in "\\PC{0,24}") {
                if let Ok(Some(day)) = date(&text) {
                    let year: i32 = day[..4].parse().unwrap();
                    prop_assert!(YEARS.contains(&year), "{text} gave {day}");
                    prop_assert_eq!(date(&day).unwrap(), Some(day));
                }
            }

            #[test]
            fn every_date_reads_back_in_every_shape(days in 0i64..73_000, hour in 0u32..24) {
                let day = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + Duration::days(days);
                let iso = day.to_string();
                let us = format!("{}/{}/{}", day.month(), day.day(), day.year());
                let timed = format!("{} {hour}:05:00", day.format("%-m/%-d/%Y"));
                for shape in [iso.clone(), us, timed, format!("{iso}T{hour:02}:00:00")] {
                    prop_assert_eq!(date(&shape).unwrap(), Some(iso.clone()), "{}", shape);
                }
                if (1969..=2068).contains(&day.year()) {
                    let short = day.format("%-m/%-d/%y").to_string();
                    prop_assert_eq!(date(&short).unwrap(), Some(iso), "{}", short);
                }
            }

            #[test]
            fn a_zip_read_once_reads_the_same_again(text in "[0-9 -]{0,12}|\\PC{0,12}") {
                if let Some(once) = zip(&text) {
                    prop_assert_eq!(zip(&once), Some(once.clone()));
                    prop_assert!(!once.is_empty());
                }
            }

            #[test]
            fn every_five_digit_zip_is_kept_and_short_ones_are_padded(n in 0u32..100_000) {
                let five = format!("{n:05}");
                prop_assert_eq!(zip(&five), Some(five.clone()));
                prop_assert_eq!(zip(&n.to_string()).filter(|_| n >= 100), (n >= 100).then(|| five.clone()));
                prop_assert_eq!(zip(&format!("{five}-1234")), Some(five));
            }
        }
    }
}
