//! Meeting times: typed as local time in the chapter's zone ("2026-03-04T18:30"), stored UTC.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::msg;
use crate::{CoreError, Message, Result};

pub fn local_to_utc(field: impl Into<Message>, text: &str, zone: Tz) -> Result<DateTime<Utc>> {
    let field = field.into();
    let text = text.trim();
    let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M"))
        .map_err(|_| CoreError::invalid(field.clone(), msg!("date-time-invalid", text = text)))?;
    // On the night clocks go back an hour repeats: take the first; when they go forward an
    // hour does not exist: say so rather than guess.
    zone.from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| {
            CoreError::invalid(
                field,
                msg!("date-time-skipped", text = text, zone = zone.name()),
            )
        })
}

pub fn utc_text_to_local(text: &str, zone: Tz) -> String {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&zone).format("%Y-%m-%dT%H:%M").to_string())
        .unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_round_trip_through_utc() {
        let zone: Tz = "America/Chicago".parse().unwrap();
        let utc = local_to_utc("starts", "2026-03-04T18:30", zone).unwrap();
        assert_eq!(utc.to_rfc3339(), "2026-03-05T00:30:00+00:00");
        let text = crate::db::timestamp::to_text(utc);
        assert_eq!(utc_text_to_local(&text, zone), "2026-03-04T18:30");
        assert!(
            local_to_utc("starts", "2026-03-08T02:30", zone).is_err(),
            "skipped hour"
        );
        assert!(local_to_utc("starts", "tomorrow", zone).is_err());
    }
}
