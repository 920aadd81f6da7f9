//! Numbered paper: forms that carry a short code and a serial ("K7QF-0042"), so what comes back
//! filled in can be typed in by its number, matched to what was printed, and entered once.
//! Needs-assessment forms use it today; connections forms, walk sheets and sign-in sheets can
//! number their paper the same way.
//!
//! Whoever prints numbered paper keeps a count of the serials printed so far ([`Counter`]); a
//! batch takes exactly the numbers it printed, once its PDF is written ([`claim_printed`]), so a
//! failed print uses none and two sheets of paper never carry one number.

use std::ops::RangeInclusive;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, ToSql};

use crate::db::{timestamp, Database};
use crate::msg;
use crate::{CoreError, Message, Result};

/// Letters and digits no one misreads on a handwritten or photocopied form (no 0/O, 1/I).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// The length of a code: short enough to type, enough for a chapter's many batches.
pub const CODE_LEN: usize = 4;

/// How many of [`CODE_ALPHABET`]'s characters, from its start, are letters.
const CODE_LETTERS: usize = 24;

/// A new code for a run of numbered paper (the caller makes sure no other run has it). It
/// starts with a letter: a code of four digits, typed without its dash before the serial
/// ("98830008"), could not be told from a serial alone.
pub fn new_code() -> String {
    // The last bytes of a v7 UUID are random.
    let bytes = uuid::Uuid::now_v7().into_bytes();
    bytes[16 - CODE_LEN..]
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let from = if i == 0 {
                CODE_LETTERS
            } else {
                CODE_ALPHABET.len()
            };
            CODE_ALPHABET[usize::from(*b) % from] as char
        })
        .collect()
}

/// "K7QF-0042": what is printed on the sheet numbered `serial`.
pub fn form_number(code: &str, serial: u32) -> String {
    format!("{code}-{serial:04}")
}

/// Splits what was typed for a form number into its code (if given) and serial.
pub fn parse_form_number(typed: &str) -> Result<(Option<String>, u32)> {
    let cleaned: String = typed
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '#')
        .collect();
    let bad = || {
        CoreError::invalid(
            msg!("field-form-number"),
            msg!("form-number-invalid", typed = typed.trim()),
        )
    };
    let digits_from = cleaned
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit())
        .last()
        .map(|(i, _)| i)
        .ok_or_else(bad)?;
    let (code, digits) = cleaned.split_at(digits_from);
    // The code itself may end in digits ("K7Q2-0042" typed as "K7Q20042"): a code is four
    // characters, so take them first when the text is long enough to hold one.
    let (code, digits) = if cleaned.len() > 4 && !cleaned[..4].chars().all(|c| c.is_ascii_digit()) {
        (&cleaned[..4], &cleaned[4..])
    } else {
        (code, digits)
    };
    if !code.is_empty() && code.len() != 4 {
        return Err(bad());
    }
    let serial: u32 = digits.parse().map_err(|_| bad())?;
    if serial == 0 {
        return Err(bad());
    }
    Ok((
        (!code.is_empty()).then(|| code.to_ascii_uppercase()),
        serial,
    ))
}

/// The most sheets printed in one batch.
pub const MOST_PER_BATCH: u32 = 5_000;

/// Refuses a batch too small or too big, before anything is printed or numbered.
pub fn check_batch(count: u32) -> Result<()> {
    if (1..=MOST_PER_BATCH).contains(&count) {
        return Ok(());
    }
    Err(CoreError::invalid(
        msg!("field-count"),
        msg!("forms-batch-range", count = count),
    ))
}

/// Where a record counts the serials printed for it: a column of its row.
#[derive(Debug, Clone, Copy)]
pub struct Counter {
    pub table: &'static str,
    pub column: &'static str,
    /// What the record with this id is, for "assessment … was not found".
    pub what: fn(String) -> Message,
}

/// Takes the numbers of a batch already printed with `serials`. If another batch took them
/// meanwhile (a second window or the command line printing at the same time), nothing is taken
/// and the conflict says to print again.
pub fn claim_printed(
    db: &mut Database,
    counter: Counter,
    id: &dyn ToSql,
    serials: RangeInclusive<u32>,
    now: DateTime<Utc>,
) -> Result<()> {
    let count = serials.end().saturating_sub(*serials.start()) + 1;
    check_batch(count)?;
    claim(db, counter, id, Some(*serials.start()), count, now).map(|_| ())
}

/// Moves the record's count on by `count`, from `first` when given: the first and last serial
/// taken.
pub fn claim(
    db: &mut Database,
    counter: Counter,
    id: &dyn ToSql,
    first: Option<u32>,
    count: u32,
    now: DateTime<Utc>,
) -> Result<(u32, u32)> {
    let at = timestamp::to_text(now);
    let Counter {
        table,
        column,
        what,
    } = counter;
    db.write(|tx| {
        let printed: Option<u32> = tx
            .prepare_cached(&format!("SELECT {column} FROM {table} WHERE id = ?1"))?
            .query_row(params![id], |r| r.get(0))
            .optional()?;
        let printed = printed.ok_or_else(|| CoreError::NotFound {
            what: what(shown(id)),
        })?;
        if first.is_some_and(|first| first != printed + 1) {
            return Err(CoreError::conflict(msg!(
                "forms-taken-meanwhile",
                number = printed.to_string()
            )));
        }
        tx.prepare_cached(&format!(
            "UPDATE {table} SET {column} = ?2, updated_at = ?3 WHERE id = ?1"
        ))?
        .execute(params![id, printed + count, at])?;
        Ok((printed + 1, printed + count))
    })
}

/// An id as text, for a message.
fn shown(id: &dyn ToSql) -> String {
    use rusqlite::types::{ToSqlOutput, ValueRef};
    match id.to_sql() {
        Ok(ToSqlOutput::Borrowed(ValueRef::Text(t))) => String::from_utf8_lossy(t).into_owned(),
        Ok(ToSqlOutput::Owned(rusqlite::types::Value::Text(t))) => t,
        _ => "?".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_numbers_read_as_printed_or_short() {
        assert_eq!(
            parse_form_number("K7QF-0042").unwrap(),
            (Some("K7QF".into()), 42)
        );
        assert_eq!(
            parse_form_number(" k7qf 42 ").unwrap(),
            (Some("K7QF".into()), 42)
        );
        assert_eq!(
            parse_form_number("K7Q2-0042").unwrap(),
            (Some("K7Q2".into()), 42)
        );
        assert_eq!(parse_form_number("42").unwrap(), (None, 42));
        assert_eq!(parse_form_number("#0007").unwrap(), (None, 7));
        for bad in ["", "K7QF", "K7-12", "0", "forty"] {
            let err = parse_form_number(bad).unwrap_err().to_string();
            assert!(err.contains("not a form number"), "{bad}: {err}");
        }
    }

    #[test]
    fn codes_use_only_letters_no_one_misreads() {
        for _ in 0..2000 {
            let code = new_code();
            assert_eq!(code.len(), CODE_LEN);
            assert!(code.bytes().all(|b| CODE_ALPHABET.contains(&b)), "{code}");
            // Typed with or without the dash, a form number reads back to its code.
            assert!(code.as_bytes()[0].is_ascii_uppercase(), "{code}");
            for typed in [form_number(&code, 8), format!("{code}0008")] {
                assert_eq!(
                    parse_form_number(&typed).unwrap(),
                    (Some(code.clone()), 8),
                    "{typed}"
                );
            }
        }
        assert!(CODE_ALPHABET[..CODE_LETTERS]
            .iter()
            .all(u8::is_ascii_uppercase));
        assert_eq!(form_number("K7QF", 42), "K7QF-0042");
        assert_eq!(form_number("K7QF", 12_345), "K7QF-12345");
    }

    #[test]
    fn a_batch_is_between_one_and_the_most() {
        assert!(check_batch(1).is_ok() && check_batch(MOST_PER_BATCH).is_ok());
        for bad in [0, MOST_PER_BATCH + 1] {
            let err = check_batch(bad).unwrap_err();
            assert_eq!(err.kind(), crate::ErrorKind::InvalidInput);
        }
    }
}
