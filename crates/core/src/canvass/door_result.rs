//! What happened at a door, as the walk sheet's boxes say it and as it is typed in from them:
//! the result, who answered, what was said, the needs named and "wants to get involved".

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::ResidentId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DoorResult {
    NotHome,
    Talked,
    Refused,
    Moved,
    ComeBack,
    Inaccessible,
}

impl DoorResult {
    pub const ALL: [DoorResult; 6] = [
        DoorResult::NotHome,
        DoorResult::Talked,
        DoorResult::Refused,
        DoorResult::Moved,
        DoorResult::ComeBack,
        DoorResult::Inaccessible,
    ];
}

/// A result as entered from the sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ResultInput {
    pub result: DoorResult,
    /// Who answered, when the sheet names them.
    pub resident: Option<ResidentId>,
    pub notes: Option<String>,
    /// "Wants to get involved" ticked on the sheet: the door goes on the list to go back to.
    #[serde(default)]
    pub wants_involved: bool,
    /// The needs named at the door, by the survey's choice keys (three at most); only when
    /// the canvass carries a survey and someone talked.
    #[serde(default)]
    pub needs: Vec<String>,
}

impl ResultInput {
    /// Just a result, as a whole building's "not home" or a quick entry writes it.
    pub fn only(result: DoorResult) -> ResultInput {
        ResultInput {
            result,
            resident: None,
            notes: None,
            wants_involved: false,
            needs: Vec::new(),
        }
    }
}
