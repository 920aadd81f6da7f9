//! Core integration tests on real files (the fixtures under the repository's tests/fixtures).

mod action_network;
mod duplicates;
mod export;
mod meetings;
mod national_list;
mod needs;
mod orgs;
mod other_tools;
mod search_migration;

use std::path::PathBuf;

use groundwork_core::interop::table::Table;

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

/// A fixture read as a table of rows.
pub fn file_table(name: &str) -> Table {
    Table::read(&fixture(name)).unwrap()
}

/// Text read as a table of rows (errors are the file's, such as a ragged row).
pub fn text_table(text: &str) -> groundwork_core::Result<Table> {
    Table::from_bytes("test.csv", text.as_bytes().to_vec())
}
