//! Enums are stored as the same snake_case codes they carry across the wire, so one serde
//! spelling serves the database, the JSON exports and the window.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::msg;
use crate::{CoreError, Result};

pub fn to_code<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(code)) => code,
        other => unreachable!("enum stored as code must serialize to a string, got {other:?}"),
    }
}

pub fn from_code<T: DeserializeOwned>(what: &str, code: &str) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(code.to_owned()))
        .map_err(|_| CoreError::invalid(what, msg!("code-unknown", code = code)))
}

/// For reading enum columns inside a rusqlite row mapper.
pub fn column<T: DeserializeOwned>(code: String) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(code.clone())).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}
