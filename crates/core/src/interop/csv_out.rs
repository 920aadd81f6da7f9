//! Every CSV Groundwork writes goes through here, so that opening it in a spreadsheet never runs
//! a formula: a cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return, which
//! some spreadsheets skip before looking) is written with a leading apostrophe, which
//! spreadsheets read as "this is text". A plain number ("-3", "+16175550143", an E.164 phone)
//! stays as it is: it runs nothing and tools read it back as written.

use std::borrow::Cow;
use std::io::Write;

use serde::Serialize;

/// A CSV writer whose every cell is safe to open in a spreadsheet.
pub struct CsvOut<W: Write> {
    writer: csv::Writer<W>,
}

impl<W: Write> CsvOut<W> {
    pub fn new(out: W) -> Self {
        CsvOut {
            writer: csv::Writer::from_writer(out),
        }
    }

    pub fn write_record<I, S>(&mut self, cells: I) -> csv::Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.writer
            .write_record(cells.into_iter().map(|c| as_text(c.as_ref()).into_owned()))
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        self.writer.flush()
    }

    pub fn into_inner(self) -> csv::Result<W> {
        self.writer
            .into_inner()
            .map_err(|e| csv::Error::from(e.into_error()))
    }
}

/// Rows of a serializable type, with a header row of its field names, as CSV bytes.
pub fn serialized<T: Serialize>(rows: &[T]) -> csv::Result<Vec<u8>> {
    // serde's rows are written once as the csv crate lays them out (the header from the field
    // names), then read back and written cell by cell through `as_text`.
    let mut plain = csv::Writer::from_writer(Vec::new());
    for row in rows {
        plain.serialize(row)?;
    }
    let plain = plain
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(plain.as_slice());
    let mut out = CsvOut::new(Vec::new());
    for record in reader.records() {
        out.write_record(&record?)?;
    }
    out.into_inner()
}

/// A cell as text a spreadsheet will not run.
pub fn as_text(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// "-3", "+16175550143", "-0.25": a sign, digits, at most one point.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['+', '-']).unwrap_or(cell);
    let mut points = 0;
    !digits.is_empty()
        && digits.chars().all(|c| {
            points += usize::from(c == '.');
            c.is_ascii_digit() || c == '.'
        })
        && points <= 1
        && digits.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text_and_numbers_stay() {
        assert_eq!(
            as_text("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(as_text("+1 call me"), "'+1 call me");
        assert_eq!(as_text("-2+3"), "'-2+3");
        assert_eq!(as_text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(as_text("\t=1"), "'\t=1");
        assert_eq!(as_text("+16175550143"), "+16175550143");
        assert_eq!(as_text("-3.5"), "-3.5");
        assert_eq!(as_text("Ana"), "Ana");
        assert_eq!(as_text(""), "");
        assert_eq!(as_text("-"), "'-");
    }

    #[test]
    fn serialized_rows_keep_their_header_and_lose_their_formulas() {
        #[derive(Serialize)]
        struct Row {
            name: &'static str,
            notes: &'static str,
        }
        let bytes = serialized(&[Row {
            name: "Ana",
            notes: "=1+1",
        }])
        .unwrap();
        assert_eq!(String::from_utf8(bytes).unwrap(), "name,notes\nAna,'=1+1\n");
    }
}
