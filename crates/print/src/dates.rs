//! Dates and times on paper, in words in each language: "Thursday, December 17, 2026, 6:30 pm"
//! and "jueves, 17 de diciembre de 2026, 18:30". The words and their order come from the
//! catalogs; only the numbers are worked out here.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use fluent_bundle::FluentValue;

use crate::catalog::Catalog;
use crate::PrintError;

/// "December 17, 2026" / "17 de diciembre de 2026".
pub fn day(catalog: &Catalog, date: NaiveDate) -> Result<String, PrintError> {
    date_text(catalog, date, "date-plain")
}

/// "Thursday, December 17, 2026" / "jueves, 17 de diciembre de 2026".
pub fn day_with_weekday(catalog: &Catalog, date: NaiveDate) -> Result<String, PrintError> {
    date_text(catalog, date, "date-with-weekday")
}

/// "Thursday, December 17, 2026, 6:30 pm" / "jueves, 17 de diciembre de 2026, 18:30".
pub fn day_and_time(catalog: &Catalog, at: NaiveDateTime) -> Result<String, PrintError> {
    let hour = at.hour();
    let hour12 = match hour % 12 {
        0 => 12,
        h => h,
    };
    let half = catalog.text(if hour < 12 { "time-am" } else { "time-pm" })?;
    let time = catalog.text_with(
        "time-of-day",
        &[
            ("hour12", hour12.to_string().into()),
            ("hour24", hour.to_string().into()),
            ("minute", format!("{:02}", at.minute()).into()),
            ("half", FluentValue::from(half)),
        ],
    )?;
    catalog.text_with(
        "date-and-time",
        &[
            ("date", day_with_weekday(catalog, at.date())?.into()),
            ("time", time.into()),
        ],
    )
}

fn date_text(catalog: &Catalog, date: NaiveDate, id: &str) -> Result<String, PrintError> {
    let weekday = catalog.text(&format!("weekday-{}", date.weekday().number_from_monday()))?;
    let month = catalog.text(&format!("month-{}", date.month()))?;
    // Numbers go in as text: Fluent would format 2026 as a number, perhaps with grouping.
    catalog.text_with(
        id,
        &[
            ("weekday", weekday.into()),
            ("month", month.into()),
            ("day", date.day().to_string().into()),
            ("year", date.year().to_string().into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use groundwork_core::settings::Lang;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap()
    }

    #[test]
    fn a_meeting_time_in_words_in_each_language() {
        let (en, es) = (Catalog::new(Lang::En), Catalog::new(Lang::Es));
        let evening = at("2026-12-17T18:30");
        assert_eq!(
            day_and_time(&en, evening).unwrap(),
            "Thursday, December 17, 2026, 6:30 pm"
        );
        assert_eq!(
            day_and_time(&es, evening).unwrap(),
            "jueves, 17 de diciembre de 2026, 18:30"
        );
        assert_eq!(
            day_and_time(&en, at("2027-01-03T00:05")).unwrap(),
            "Sunday, January 3, 2027, 12:05 am"
        );
        assert_eq!(
            day_and_time(&en, at("2027-01-03T12:00")).unwrap(),
            "Sunday, January 3, 2027, 12:00 pm"
        );
        let d = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        assert_eq!(day(&en, d).unwrap(), "December 5, 2026");
        assert_eq!(day(&es, d).unwrap(), "5 de diciembre de 2026");
    }
}
