//! Writing many rows of one table with few statements. Every run of an INSERT costs SQLite a
//! fixed price whatever the row: a statement transaction, opening the table and each of its
//! indexes, and building the lists of allowed codes that the `CHECK (… IN (…))` constraints
//! compare with. A first list import that paid it once per row spent about a third of its
//! writing time there, so rows are gathered and written [`CHUNK`] to a statement.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use rusqlite::types::{ToSql, ToSqlOutput, Value};
use rusqlite::{params_from_iter, Connection, Statement};

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
        self.write_with(&mut Statements::cached(conn))
    }

    /// [`Rows::write`], with the statements found in `statements`.
    pub fn write_with(&self, statements: &mut Statements<'_>) -> Result<()> {
        let width = self.columns.len();
        let mut rest = &self.values[..];
        while !rest.is_empty() {
            let rows = CHUNK.min(rest.len() / width);
            // The largest power of two that fits.
            let rows = 1 << rows.ilog2();
            let (chunk, after) = rest.split_at(rows * width);
            statements.execute(self.sql(rows), chunk)?;
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

/// Where [`Rows::write_with`] finds its statements: the connection's statement cache, or
/// statements kept for the whole of a bulk write. A statement given back to the cache has its
/// values cleared, which frees the copy SQLite made of each one; the next batch then allocates
/// them all again. Kept statements keep those buffers, and a value no longer than the one
/// before it in the same place is copied into its buffer with no allocation at all. Keeping
/// them made a first list import of 50,000 rows about 7% faster.
pub struct Statements<'c> {
    conn: &'c Connection,
    /// `None`: the connection's cache.
    kept: Option<HashMap<Arc<str>, Statement<'c>>>,
}

impl<'c> Statements<'c> {
    /// The connection's statement cache: for a write of a few rows now and then.
    pub fn cached(conn: &'c Connection) -> Statements<'c> {
        Statements { conn, kept: None }
    }

    /// Statements prepared once and kept until this is dropped: for many batches in a row.
    pub fn kept(conn: &'c Connection) -> Statements<'c> {
        Statements {
            conn,
            kept: Some(HashMap::new()),
        }
    }

    fn execute(&mut self, sql: Arc<str>, values: &[ToSqlOutput<'_>]) -> Result<()> {
        match &mut self.kept {
            None => self
                .conn
                .prepare_cached(&sql)?
                .execute(params_from_iter(values))?,
            Some(kept) => {
                let statement = match kept.entry(sql) {
                    Entry::Occupied(found) => found.into_mut(),
                    Entry::Vacant(new) => {
                        let prepared = self.conn.prepare(new.key())?;
                        new.insert(prepared)
                    }
                };
                statement.execute(params_from_iter(values))?
            }
        };
        Ok(())
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

    /// Kept statements hold on to the buffers of the values bound before; batch after batch,
    /// with values longer and shorter than those before them in the same place, every row must
    /// still be written with its own values.
    #[test]
    fn kept_statements_write_each_batch_with_its_own_values() {
        let conn = table();
        let mut statements = Statements::kept(&conn);
        let mut expected = Vec::new();
        for batch in 0..4_usize {
            let notes: Vec<Option<String>> = (0..CHUNK + 3)
                .map(|i| match (batch + i) % 3 {
                    0 => None,
                    1 => Some("x".repeat(1 + 40 * ((batch + i) % 5))),
                    _ => Some(format!("batch {batch} row {i}")),
                })
                .collect();
            let name = ["a", "b", "c"][batch % 3].to_owned();
            let mut rows = Rows::new("t", &["id", "name", "note"]);
            for (i, note) in notes.iter().enumerate() {
                let id = (batch * 1000 + i) as i64;
                rows.push([int(id), cell(&name).unwrap(), cell(note).unwrap()]);
                expected.push((id, name.clone(), note.clone()));
            }
            rows.write_with(&mut statements).unwrap();
        }
        drop(statements);
        let written: Vec<(i64, String, Option<String>)> = conn
            .prepare("SELECT id, name, note FROM t ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(written, expected);
    }

    #[test]
    fn a_kept_statement_that_refused_a_row_writes_the_next_batch() {
        let conn = table();
        conn.execute_batch("BEGIN").unwrap();
        let mut statements = Statements::kept(&conn);
        let (good, bad) = ("a".to_owned(), "z".to_owned());
        let mut refused = Rows::new("t", &["id", "name"]);
        refused.push([int(1), cell(&good).unwrap()]);
        refused.push([int(2), cell(&bad).unwrap()]);
        assert!(refused.write_with(&mut statements).is_err());
        let mut next = Rows::new("t", &["id", "name"]);
        next.push([int(3), cell(&good).unwrap()]);
        next.push([int(4), cell(&good).unwrap()]);
        next.write_with(&mut statements).unwrap();
        drop(statements);
        conn.execute_batch("COMMIT").unwrap();
        assert_eq!(count(&conn), 2);
    }

    #[test]
    fn nothing_gathered_writes_nothing() {
        let conn = table();
        let rows = Rows::new("t", &["id", "name"]);
        assert!(rows.is_empty());
        rows.write(&conn).unwrap();
    }
}
