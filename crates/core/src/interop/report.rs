//! What an import did, whichever tool the file came from.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::message::Message;
use crate::msg;

/// A row left out of an import: where it is and why ("line 7: no VANID").
pub fn left_out(place: Message, why: Message) -> Message {
    msg!("import-left-out", place = place, why = why)
}

/// The tools whose files Groundwork reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ListFormat {
    /// The national membership list (ActionKit), any layout from 2019 on.
    #[default]
    NationalList,
    ActionNetwork,
    Spoke,
    Van,
}

impl ListFormat {
    /// How people call it.
    pub fn label(self) -> &'static str {
        match self {
            ListFormat::NationalList => "national membership list",
            ListFormat::ActionNetwork => "Action Network export",
            ListFormat::Spoke => "Spoke contact list",
            ListFormat::Van => "VAN export",
        }
    }

    /// What a person created from such a file has as their source.
    pub fn source(self) -> &'static str {
        match self {
            ListFormat::NationalList => "national list",
            ListFormat::ActionNetwork => "action network",
            ListFormat::Spoke => "spoke",
            ListFormat::Van => "van",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, TS)]
pub struct ImportReport {
    pub format: ListFormat,
    /// How the file was read: "CSV", "Excel workbook, sheet \"Members\"", ...
    pub read_as: Message,
    pub rows: u32,
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// Rows that were the same person as an earlier row of the file (same mobile number in a
    /// Spoke list) and were folded into it.
    pub folded: u32,
    /// Rows left out, each with where it is and why: "line 7: '555-01' is not a mobile number".
    pub skipped: Vec<Message>,
    /// People whose membership lapsed since the last list.
    pub lapsed: Vec<String>,
    /// People who were lapsed and are members again.
    pub renewed: Vec<String>,
    /// Columns the file has that Groundwork does not read.
    pub unknown_columns: Vec<String>,
}
