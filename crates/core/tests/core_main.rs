//! Core integration tests on real files (the fixtures under the repository's tests/fixtures).

mod action_network;
mod export;
mod meetings;
mod national_list;

use std::path::PathBuf;

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}
