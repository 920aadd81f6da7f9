//! What a project is.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::{AssessmentId, ProjectId};

/// Where a project stands. New projects start in planning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStatus {
    #[default]
    Planning,
    Active,
    Paused,
    Ended,
}

impl ProjectStatus {
    /// The code stored in the database (the table's CHECK lists the same four).
    pub fn code(self) -> &'static str {
        match self {
            ProjectStatus::Planning => "planning",
            ProjectStatus::Active => "active",
            ProjectStatus::Paused => "paused",
            ProjectStatus::Ended => "ended",
        }
    }

    pub fn from_code(code: &str) -> Option<ProjectStatus> {
        [
            ProjectStatus::Planning,
            ProjectStatus::Active,
            ProjectStatus::Paused,
            ProjectStatus::Ended,
        ]
        .into_iter()
        .find(|status| status.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Project {
    pub id: ProjectId,
    pub name: String,
    /// The service program it was made from, if any.
    pub program_id: Option<String>,
    /// The needs assessment whose program it was made from, if any.
    pub assessment_id: Option<AssessmentId>,
    /// The needs it answers (the needs assessment's need codes).
    pub needs: Vec<String>,
    pub status: ProjectStatus,
}

/// A project about to be written: the name is checked by [`super::store::insert`].
#[derive(Debug, Clone, Default)]
pub struct NewProject {
    pub name: String,
    pub program_id: Option<String>,
    pub assessment_id: Option<AssessmentId>,
    pub needs: Vec<String>,
    pub is_sample: bool,
}
