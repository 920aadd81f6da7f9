//! A list file as a header row and rows of cells, whatever it arrived as: CSV (comma or tab
//! separated, UTF-8 or the Windows-1252 a spreadsheet saves), an Excel workbook, or a ZIP
//! holding one of those (the national list arrives zipped).
//!
//! Ragged rows are refused here, for every format, with the line they are on: nothing after
//! this has to wonder whether a row is whole.

use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Data, Reader};
use csv::StringRecord;

use crate::{msg, CoreError, Message, Result};

/// The endings of Excel workbooks: the ones [`Table::read`] reads (2007 and later, with or
/// without macros, and Excel 97).
const WORKBOOK_EXTENSIONS: [&str; 3] = ["xlsx", "xlsm", "xls"];

/// The endings of a list itself: text or a workbook. A ZIP is opened for the one it holds.
const LIST_CONTENT_EXTENSIONS: [&str; 6] = ["csv", "tsv", "txt", "xlsx", "xlsm", "xls"];

/// The file name endings of what [`Table::read`] reads: a list can be chosen by them (the
/// content decides how it is read, not the name).
pub const LIST_FILE_EXTENSIONS: [&str; 7] = ["csv", "tsv", "txt", "xlsx", "xlsm", "xls", "zip"];

/// The ending of a file name, in lower case: "Members.XLSX" -> "xlsx".
fn extension(name: &str) -> Option<String> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    base.rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
}

/// One row of cells, with where it is in the file.
#[derive(Debug, Clone)]
pub struct Row {
    /// The line (CSV) or row (spreadsheet) number, counting the header as 1.
    pub at: u64,
    pub cells: StringRecord,
}

impl Row {
    /// The cell in a column, or "" when the column is absent.
    pub fn cell(&self, column: Option<usize>) -> &str {
        column.and_then(|c| self.cells.get(c)).unwrap_or("")
    }
}

#[derive(Debug, Clone)]
pub struct Table {
    /// Column names as written, trimmed, without a byte order mark.
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
    /// "line" for text files, "row" for spreadsheets: what a person looks for in the file.
    unit: &'static str,
    /// How the file was read, for the report ("CSV", "Excel workbook in a ZIP", ...).
    pub read_as: Message,
}

impl Table {
    /// Where a row is, as its reader would find it: "line 18" or "row 18".
    pub fn place(&self, at: u64) -> Message {
        place_in(self.unit, at)
    }

    pub fn unit(&self) -> &'static str {
        self.unit
    }

    /// The column whose name, lower-cased and without spaces or underscores, is one of `names`.
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        self.headers
            .iter()
            .position(|h| names.contains(&folded(h).as_str()))
    }

    pub fn read(path: &Path) -> Result<Table> {
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| CoreError::io("read", path, e))?;
        // Messages name the file as people know it; where it is, they chose themselves (and
        // the window's heading already names it).
        let name = path.file_name().unwrap_or(path.as_os_str());
        Table::from_bytes(&name.to_string_lossy(), bytes)
    }

    /// Reads a file's bytes, as what they are rather than what the name says; `name` helps
    /// the messages, and tells a workbook that is broken from a text file.
    pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Result<Table> {
        if is_zip(&bytes) {
            if is_workbook_zip(&bytes) {
                return from_workbook(name, bytes, false);
            }
            return from_archive(name, bytes);
        }
        if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            return from_workbook(name, bytes, true);
        }
        let refuse = |why: Message| Err(CoreError::invalid_file(why));
        if extension(name).is_some_and(|ext| WORKBOOK_EXTENSIONS.contains(&ext.as_str())) {
            return refuse(msg!("import-not-a-workbook", name = name));
        }
        let utf16 = matches!(
            encoding_rs::Encoding::for_bom(&bytes),
            Some((e, _)) if e != encoding_rs::UTF_8
        );
        if !utf16 && bytes.iter().take(8192).any(|b| *b == 0) {
            return refuse(msg!("import-not-a-list", name = name));
        }
        let (text, encoding) = decode(&bytes);
        let text = text.trim_start_matches('\u{feff}');
        if text.trim().is_empty() {
            return refuse(msg!("import-empty", name = name));
        }
        from_text(text, encoding)
    }
}

/// Where a row is in a file whose rows are counted in `unit` ("line" or "row"): "line 18".
pub fn place_in(unit: &str, at: u64) -> Message {
    if unit == "row" {
        msg!("import-row", row = at)
    } else {
        msg!("import-line", line = at)
    }
}

/// A column name as compared: "Voter File VANID" and "voter_file_vanid" are the same column.
pub fn folded(header: &str) -> String {
    header
        .trim()
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

fn is_workbook_zip(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .map(|z| z.index_for_name("xl/workbook.xml").is_some())
        .unwrap_or(false)
}

/// A ZIP that holds one list. Folders, hidden files and the `__MACOSX` a Mac adds are passed
/// over; more than one list is refused rather than guessed at.
fn from_archive(name: &str, bytes: Vec<u8>) -> Result<Table> {
    let unreadable = |e: zip::result::ZipError| {
        CoreError::invalid_file(msg!(
            "import-unzip-failed",
            name = name,
            problem = e.to_string()
        ))
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    let lists: Vec<String> = archive
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .filter(|n| {
            let lower = n.to_ascii_lowercase();
            let base = lower.rsplit('/').next().unwrap_or(&lower);
            !lower.ends_with('/')
                && !lower.starts_with("__macosx/")
                && !base.starts_with('.')
                && extension(base)
                    .is_some_and(|ext| LIST_CONTENT_EXTENSIONS.contains(&ext.as_str()))
        })
        .collect();
    let inner = match lists.as_slice() {
        [one] => one.clone(),
        [] => {
            return Err(CoreError::invalid_file(msg!(
                "import-zip-no-list",
                name = name
            )))
        }
        many => {
            return Err(CoreError::invalid_file(msg!(
                "import-zip-many",
                name = name,
                count = many.len(),
                lists = many.join(", ")
            )))
        }
    };
    let mut content = Vec::new();
    archive
        .by_name(&inner)
        .map_err(unreadable)?
        .read_to_end(&mut content)
        .map_err(|e| {
            CoreError::invalid_file(msg!(
                "import-zip-inner-failed",
                inner = inner.as_str(),
                name = name,
                problem = e.to_string()
            ))
        })?;
    let mut table = Table::from_bytes(&inner, content)?;
    table.read_as = msg!("import-read-in-zip", read = table.read_as, inner = inner);
    Ok(table)
}

/// Text in the encoding its byte order mark names (Excel's "Unicode Text" is UTF-16 with one);
/// without a mark, as UTF-8 when it is, otherwise as Windows-1252, which is what Excel's "CSV"
/// writes on Windows (every byte sequence decodes, so this never fails). The second value names
/// an encoding other than UTF-8, for the table's description.
fn decode(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, Option<&'static str>) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let named = (encoding != encoding_rs::UTF_8).then(|| encoding.name());
        return (text, named);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (std::borrow::Cow::Borrowed(text), None),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text, Some("Windows-1252"))
        }
    }
}

/// Tabs separate the columns when the header row has more tabs than commas (VAN exports).
fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let tabs = header.matches('\t').count();
    if tabs > 0 && tabs >= header.matches(',').count() {
        b'\t'
    } else {
        b','
    }
}

fn from_text(text: &str, encoding: Option<&str>) -> Result<Table> {
    let delimiter = delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| {
            CoreError::invalid(
                msg!("import-line", line = 1),
                msg!("import-header-unreadable", problem = e.to_string()),
            )
        })?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let mut rows = Vec::new();
    let mut record = StringRecord::new();
    let mut lines = LineCounter {
        text: text.as_bytes(),
        offset: 0,
        line: 1,
    };
    let mut file_line = |p: &csv::Position| lines.line_at(p.byte());
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(&mut file_line).unwrap_or(0);
                return Err(CoreError::invalid(
                    msg!("import-line", line = line),
                    msg!("import-line-unreadable", problem = e.to_string()),
                ));
            }
        }
        let at = record.position().map(&mut file_line).unwrap_or(0);
        if record.len() != headers.len() {
            // A blank line (often the last one) is not a row.
            if record.len() == 1 && record[0].trim().is_empty() {
                continue;
            }
            // A field that holds line breaks and a wrong count mean a quote left open (a
            // stray `"` typed in an editor): the lines after it were read as one field.
            let open_quote = record.iter().any(|cell| cell.contains('\n'));
            let (expected, found) = (headers.len(), record.len());
            return Err(CoreError::invalid(
                msg!("import-line", line = at),
                if open_quote {
                    msg!(
                        "import-fields-open-quote",
                        expected = expected,
                        found = found
                    )
                } else {
                    msg!("import-fields-count", expected = expected, found = found)
                },
            ));
        }
        rows.push(Row {
            at,
            cells: std::mem::take(&mut record),
        });
    }
    let kind = if delimiter == b'\t' {
        msg!("import-read-tsv")
    } else {
        msg!("import-read-csv")
    };
    Ok(Table {
        headers,
        rows,
        unit: "line",
        read_as: match encoding {
            Some(encoding) => msg!("import-read-encoding", kind = kind, encoding = encoding),
            None => kind,
        },
    })
}

/// Counts the lines a record starts on from its byte offset: the reader's own line count
/// disagrees between CRLF and LF files, and people look for the line their editor shows.
struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: u64,
}

impl LineCounter<'_> {
    fn line_at(&mut self, byte: u64) -> u64 {
        // The reader's offset can sit on the line end before the record (the `\n` of a
        // CRLF, or blank lines): the record starts after them.
        let mut byte = (byte as usize).min(self.text.len());
        while byte < self.text.len() && matches!(self.text[byte], b'\r' | b'\n') {
            byte += 1;
        }
        if byte >= self.offset {
            self.line += self.text[self.offset..byte]
                .iter()
                .filter(|b| **b == b'\n')
                .count() as u64;
        } else {
            self.line = 1 + self.text[..byte].iter().filter(|b| **b == b'\n').count() as u64;
        }
        self.offset = byte;
        self.line
    }
}

/// The first sheet with anything in it; its first non-empty row is the header.
fn from_workbook(name: &str, bytes: Vec<u8>, excel_97: bool) -> Result<Table> {
    let unreadable = |e: calamine::Error| {
        CoreError::invalid_file(msg!(
            "import-workbook-unreadable",
            name = name,
            problem = e.to_string()
        ))
    };
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(unreadable)?;
    let sheets = book.sheet_names();
    for (index, sheet) in sheets.iter().enumerate() {
        let Some(range) = book.worksheet_range_at(index) else {
            continue;
        };
        let range = range.map_err(unreadable)?;
        let first_row = range.start().map(|(r, _)| u64::from(r)).unwrap_or(0);
        let mut rows = range
            .rows()
            .enumerate()
            .map(|(i, cells)| (first_row + i as u64 + 1, cells))
            .filter(|(_, cells)| cells.iter().any(|c| !cell_text(c).trim().is_empty()));
        let Some((_, header_cells)) = rows.next() else {
            continue;
        };
        let headers: Vec<String> = header_cells
            .iter()
            .map(|c| cell_text(c).trim().to_owned())
            .collect();
        let rows = rows
            .map(|(at, cells)| Row {
                at,
                cells: cells.iter().map(cell_text).collect(),
            })
            .collect();
        return Ok(Table {
            headers,
            rows,
            unit: "row",
            read_as: if excel_97 {
                msg!("import-read-workbook-97", sheet = sheet)
            } else {
                msg!("import-read-workbook", sheet = sheet)
            },
        });
    }
    Err(CoreError::invalid_file(msg!(
        "import-workbook-no-rows",
        name = name
    )))
}

/// A spreadsheet cell as the text a CSV of it would hold. Whole numbers lose the ".0" a float
/// would print (ZIP codes and phone numbers are stored as numbers); dates, which arrive as
/// serial numbers, become `YYYY-MM-DD`.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) => d
            .as_datetime()
            .map(|d| d.date().to_string())
            .unwrap_or_else(|| d.as_f64().to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comma_and_tab_files_become_rows_with_their_lines() {
        let t = Table::from_bytes(
            "a.csv",
            b"\xef\xbb\xbfA,B\r\n1,\"x, y\"\r\n\r\n2,z\r\n".to_vec(),
        )
        .unwrap();
        assert_eq!(t.headers, ["A", "B"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!((t.rows[0].at, &t.rows[0].cells[1]), (2, "x, y"));
        assert_eq!(t.rows[1].at, 4);
        let t =
            Table::from_bytes("v.txt", b"Voter File VANID\tLastName\n12\tRuiz\n".to_vec()).unwrap();
        assert_eq!(t.column(&["voterfilevanid"]), Some(0));
        assert_eq!(&t.rows[0].cells[1], "Ruiz");
        assert_eq!(t.read_as, "tab-separated text");
    }

    #[test]
    fn a_ragged_row_names_its_line() {
        let err = Table::from_bytes("a.csv", b"a,b\n1,2\n1,2,3\n".to_vec()).unwrap_err();
        assert_eq!(err.to_string(), "line 3: expected 2 fields, found 3");
    }

    #[test]
    fn a_quote_left_open_is_named() {
        let err =
            Table::from_bytes("a.csv", b"a,b,c\n1,2,3\n4,\"5,6\n7,8,9\n".to_vec()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 3: expected 3 fields, found 2; a quote (\") on this line is never closed, so \
             the lines after it were read as part of one field"
        );
    }

    #[test]
    fn files_that_are_no_list_say_what_they_are() {
        let refused = |name: &str, bytes: &[u8]| {
            Table::from_bytes(name, bytes.to_vec())
                .unwrap_err()
                .to_string()
        };
        assert!(refused("list.csv", b"").contains("list.csv is empty"));
        assert!(refused("list.csv", b"\xef\xbb\xbf\r\n\r\n").contains("is empty"));
        assert!(refused("list.xlsx", b"first,last\nAna,Ruiz\n")
            .contains("named as an Excel workbook but is not one"));
        assert!(refused("photo.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
            .contains("not a list Groundwork can read"));
    }

    #[test]
    fn a_zip_of_an_excel_97_workbook_is_opened_for_it() {
        use std::io::Write;
        let mut zipped = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zipped
            .start_file("members.xls", zip::write::SimpleFileOptions::default())
            .unwrap();
        // The start of an Excel 97 file, and no more: read as a workbook, it is refused as
        // one, not passed over as "no CSV or Excel file".
        zipped.write_all(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0]).unwrap();
        let bytes = zipped.finish().unwrap().into_inner();
        let err = Table::from_bytes("members.zip", bytes)
            .unwrap_err()
            .to_string();
        assert!(err.contains("the workbook cannot be read"), "{err}");
    }

    #[test]
    fn windows_1252_text_is_read() {
        let t = Table::from_bytes("a.csv", b"name\nJos\xe9\n".to_vec()).unwrap();
        assert_eq!(&t.rows[0].cells[0], "José");
        assert_eq!(t.read_as, "CSV (Windows-1252)");
    }

    #[test]
    fn excel_unicode_text_is_read_from_its_byte_order_mark() {
        let text = "First Name\tLast Name\nJosé\tGarcía\nNguyễn\tAnh\n";
        let little: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let t = Table::from_bytes("members.txt", little).unwrap();
        assert_eq!(t.headers, ["First Name", "Last Name"]);
        assert_eq!(&t.rows[0].cells[1], "García");
        assert_eq!(&t.rows[1].cells[0], "Nguyễn");
        assert_eq!(t.read_as, "tab-separated text (UTF-16LE)");
        let big: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        let t = Table::from_bytes("members.txt", big).unwrap();
        assert_eq!(&t.rows[0].cells[0], "José");
        let empty: Vec<u8> = vec![0xFF, 0xFE, b' ', 0];
        assert!(Table::from_bytes("e.txt", empty)
            .unwrap_err()
            .to_string()
            .contains("is empty"));
    }

    #[test]
    fn spreadsheet_numbers_read_as_they_were_typed() {
        assert_eq!(cell_text(&Data::Float(2134.0)), "2134");
        assert_eq!(cell_text(&Data::Float(6175550143.0)), "6175550143");
        assert_eq!(cell_text(&Data::Float(2.5)), "2.5");
    }
}
