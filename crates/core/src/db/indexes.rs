//! Secondary indexes set aside while many rows go into empty tables, and built again after.
//! Keeping an index up to date row by row costs a B-tree search and insert per row; building
//! it once over rows already in place sorts them instead, which is several times cheaper. Used
//! only where nothing looks rows up by these indexes until they are back (a chapter's first
//! list), and only inside the writing transaction, so that a failure or a cancel rolls the
//! dropping back with the rows.

use rusqlite::Transaction;

use crate::Result;

/// The indexes dropped from some tables, with what makes each again.
#[must_use = "indexes set aside must be built again before the transaction commits"]
pub struct SetAside {
    made_by: Vec<String>,
}

impl SetAside {
    /// Drops the secondary indexes of `tables` (not their primary keys or `UNIQUE` columns'
    /// own indexes, which SQLite keeps and has no statement for).
    pub fn drop_from(tx: &Transaction<'_>, tables: &[&str]) -> Result<SetAside> {
        let mut found = Vec::new();
        {
            let mut stmt = tx.prepare(
                "SELECT name, sql FROM sqlite_schema
                 WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL",
            )?;
            for table in tables {
                let rows = stmt.query_map([table], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
                for row in rows {
                    found.push(row?);
                }
            }
        }
        let mut made_by = Vec::with_capacity(found.len());
        for (name, sql) in found {
            tx.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
            made_by.push(sql);
        }
        Ok(SetAside { made_by })
    }

    /// Builds every index again, over the rows now in the tables. A `UNIQUE` index that the
    /// rows break fails here, as the rows would have one by one.
    pub fn restore(self, tx: &Transaction<'_>) -> Result<()> {
        // Building an index sorts the table's keys; SQLite may sort with a helper thread, which
        // on a laptop's two cores took a few percent off a first list import (the rest of the
        // import's threads have finished by now).
        tx.pragma_update(None, "threads", 2)?;
        let built = self
            .made_by
            .iter()
            .try_for_each(|sql| tx.execute_batch(sql));
        tx.pragma_update(None, "threads", 0)?;
        built?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    fn indexes(conn: &Connection) -> Vec<String> {
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    }

    fn table() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, code TEXT UNIQUE);
             CREATE INDEX t_name ON t (name COLLATE NOCASE);
             CREATE UNIQUE INDEX t_lower ON t (lower(name));
             CREATE TABLE other (x TEXT);
             CREATE INDEX other_x ON other (x);",
        )
        .unwrap();
        conn
    }

    #[test]
    fn indexes_set_aside_come_back_the_same() {
        let mut conn = table();
        let before = indexes(&conn);
        let tx = conn.transaction().unwrap();
        let aside = SetAside::drop_from(&tx, &["t"]).unwrap();
        assert_eq!(indexes(&tx), vec!["other_x"]);
        tx.execute(
            "INSERT INTO t (name, code) VALUES ('Ana', 'a'), ('Luis', 'b')",
            [],
        )
        .unwrap();
        aside.restore(&tx).unwrap();
        tx.commit().unwrap();
        assert_eq!(indexes(&conn), before);
        // The rebuilt index is used and right.
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM t WHERE name = 'ana' COLLATE NOCASE",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1);
    }

    #[test]
    fn rows_that_break_a_unique_index_fail_when_it_comes_back() {
        let mut conn = table();
        let tx = conn.transaction().unwrap();
        let aside = SetAside::drop_from(&tx, &["t"]).unwrap();
        tx.execute(
            "INSERT INTO t (name, code) VALUES ('Ana', 'a'), ('ANA', 'b')",
            [],
        )
        .unwrap();
        assert!(aside.restore(&tx).is_err());
    }

    #[test]
    fn a_rollback_puts_the_indexes_back() {
        let mut conn = table();
        let before = indexes(&conn);
        {
            let tx = conn.transaction().unwrap();
            let _aside = SetAside::drop_from(&tx, &["t"]).unwrap();
            // Dropped without a commit: rolled back with the transaction.
        }
        assert_eq!(indexes(&conn), before);
    }
}
