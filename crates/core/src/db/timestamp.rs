//! Timestamps are stored as RFC 3339 text in UTC with milliseconds, which sorts correctly as
//! text and reads back exactly.

use chrono::{DateTime, SecondsFormat, Utc};

pub fn to_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn text_is_utc_with_millis() {
        let at = Utc.with_ymd_and_hms(2026, 3, 4, 5, 6, 7).unwrap();
        assert_eq!(to_text(at), "2026-03-04T05:06:07.000Z");
    }
}
