//! Writing many rows of one table with few statements. Every run of an INSERT costs SQLite a
//! fixed price whatever the row: a statement transaction, opening the table and each of its
//! indexes, and building the lists of allowed codes that the `CHECK (… IN (…))` constraints
//! compare with. A first list import that paid it once per row spent about a third of its
//! writing time there, so rows are gathered and written [`CHUNK`] to a statement.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use rusqlite::types::{ToSql, ToSqlOutput, Value};
use rusqlite::{params_from_iter, Connection};

use crate::Result;

/// Rows per statement, at most: a power of two, large enough that the fixed price vanishes,
/// small enough to stay below SQLite's limit on bound values (32,766) for the widest table
/// written this way (the person, 38 columns).
pub const CHUNK: usize = 256;

/// The INSERTs made so far, by table, width and rows.
type MadeSql = HashMap<(&'static str, usize, usize), Arc<str>>;

/// Rows gathered for one table, written by [`Rows::write`]. The values borrow from what the
/// caller holds until then.
pub struct Rows<'a> {
    table: &'static str,
    columns: &'static [&'static str],
    values: Vec<ToSqlOutput<'a>>,
}

/// A value for a row, borrowed from the caller.
pub fn cell<'a>(value: &'a dyn ToSql) -> rusqlite::Result<ToSqlOutput<'a>> {
    value.to_sql()
}

/// Text borrowed from the caller.
pub fn text(value: &str) -> ToSqlOutput<'_> {
    ToSqlOutput::from(value)
}

/// A missing value.
pub fn null<'a>() -> ToSqlOutput<'a> {
    ToSqlOutput::Owned(Value::Null)
}

/// A number made while gathering (a position, a row id), owned by the row.
pub fn int<'a>(value: i64) -> ToSqlOutput<'a> {
    ToSqlOutput::Owned(Value::Integer(value))
}

impl<'a> Rows<'a> {
    pub fn new(table: &'static str, columns: &'static [&'static str]) -> Rows<'a> {
        Rows {
            table,
            columns,
            values: Vec::new(),
        }
    }

    /// Makes room for `rows` more rows at once: a batch's values would otherwise be copied
    /// into a fresh, larger buffer several times as they are gathered.
    pub fn reserve(&mut self, rows: usize) {
        self.values.reserve(rows * self.columns.len());
    }

    /// Adds a row: one value per column, in the columns' order.
    pub fn push(&mut self, row: impl IntoIterator<Item = ToSqlOutput<'a>>) {
        let before = self.values.len();
        self.values.extend(row);
        debug_assert_eq!(
            self.values.len() - before,
            self.columns.len(),
            "a row of {} has the wrong width",
            self.table
        );
    }

    /// How many rows are gathered.
    pub fn len(&self) -> usize {
        self.values.len() / self.columns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Writes every gathered row: [`CHUNK`] to a statement, and what is left in statements of
    /// 128, 64, ... 1 rows. Those few shapes come back batch after batch, so each is prepared
    /// once and kept in the connection's statement cache.
    pub fn write(&self, conn: &Connection) -> Result<()> {
        let width = self.columns.len();
        let mut rest = &self.values[..];
        while !rest.is_empty() {
            let rows = CHUNK.min(rest.len() / width);
            // The largest power of two that fits.
            let rows = 1 << rows.ilog2();
            let (chunk, after) = rest.split_at(rows * width);
            conn.prepare_cached(&self.sql(rows))?
                .execute(params_from_iter(chunk))?;
            rest = after;
        }
        Ok(())
    }

    /// The INSERT of `rows` rows, made once per table and shape.
    fn sql(&self, rows: usize) -> Arc<str> {
        static MADE: LazyLock<Mutex<MadeSql>> = LazyLock::new(Default::default);
        let key = (self.table, self.columns.len(), rows);
        let mut made = MADE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        made.entry(key)
            .or_insert_with(|| {
                let row = format!("({})", vec!["?"; self.columns.len()].join(", "));
                format!(
                    "INSERT INTO {} ({}) VALUES {}",
                    self.table,
                    self.columns.join(", "),
                    vec![row; rows].join(", ")
                )
                .into()
            })
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT,
               CHECK (name IN ('a', 'b', 'c')))",
        )
        .unwrap();
        conn
    }

    #[test]
    fn writes_every_row_across_full_chunks_and_the_rest() {
        let conn = table();
        let names: Vec<String> = (0..CHUNK * 2 + 5)
            .map(|i| ["a", "b", "c"][i % 3].to_owned())
            .collect();
        let note: Option<String> = None;
        let mut rows = Rows::new("t", &["id", "name", "note"]);
        for (i, name) in names.iter().enumerate() {
            rows.push([int(i as i64), cell(name).unwrap(), cell(&note).unwrap()]);
        }
        assert_eq!(rows.len(), CHUNK * 2 + 5);
        rows.write(&conn).unwrap();
        let written: Vec<(i64, String)> = conn
            .prepare("SELECT id, name FROM t ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let expected: Vec<(i64, String)> = (0..).zip(names).collect();
        assert_eq!(written, expected);
    }

    fn count(conn: &Connection) -> i64 {
        conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn a_refused_row_undoes_its_statement_and_the_transaction_goes_on() {
        let conn = table();
        conn.execute_batch("BEGIN; INSERT INTO t VALUES (1, 'b', NULL)")
            .unwrap();
        let (good, bad) = ("a".to_owned(), "z".to_owned());
        let mut rows = Rows::new("t", &["id", "name"]);
        rows.push([int(2), cell(&good).unwrap()]);
        rows.push([int(3), cell(&bad).unwrap()]);
        assert!(rows.write(&conn).is_err());
        assert!(!conn.is_autocommit());
        assert_eq!(count(&conn), 1);
    }

    #[test]
    fn nothing_gathered_writes_nothing() {
        let conn = table();
        let rows = Rows::new("t", &["id", "name"]);
        assert!(rows.is_empty());
        rows.write(&conn).unwrap();
    }
}
