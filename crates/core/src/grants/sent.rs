//! What a chapter sends national for an application: everything the committee reads, with no
//! record ids but the application's own (national keeps no people), and a revision that names
//! this content, so a second import of the same file is recognized and a changed one is a
//! resubmission. It travels as the payload of a signed file ([`crate::signed_file`]).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::evidence::NeedEvidence;
use super::initiative::Initiative;
use super::model::{Application, ApplicationInput, BudgetLineInput, MilestoneInput};
use crate::db::timestamp;
use crate::ids::{ApplicationId, ProjectId};
use crate::orgs::{OrgKind, Relationship};
use crate::settings::{Chapter, Lang};

/// The signed file's kind.
pub const KIND: &str = "groundwork/grant-application";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SentChapter {
    pub name: String,
    /// In the chapter's order of preference: a decision letter goes in the first.
    pub languages: Vec<Lang>,
    pub time_zone: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SentInitiative {
    /// The chapter's project it is: the same application names the same project each time.
    pub project_id: ProjectId,
    pub title: String,
    pub description: Option<String>,
    pub coalition: bool,
    pub goal_reached: Option<u32>,
    pub goal_one_on_ones: Option<u32>,
    pub goal_new_members: Option<u32>,
    pub goal_new_leaders: Option<u32>,
    /// The name of the person who answers for it.
    pub responsible: Option<String>,
    /// The needs it answers (the needs assessment's codes).
    pub needs: Vec<String>,
    /// The partner organizations it is run with, in coalition.
    #[serde(default)]
    pub partners: Vec<SentPartner>,
    /// What the chapter's needs assessment says of the needs it answers.
    #[serde(default)]
    pub evidence: Vec<NeedEvidence>,
}

/// A partner organization as national reads it: who, and how the chapter's members are tied
/// to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SentPartner {
    pub name: String,
    pub kind: OrgKind,
    pub relationship: Relationship,
    pub members_tied: u32,
}

/// What the committee reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SentContent {
    pub chapter: SentChapter,
    pub initiative: SentInitiative,
    pub application: ApplicationInput,
    pub budget: Vec<BudgetLineInput>,
    pub milestones: Vec<MilestoneInput>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SentApplication {
    pub application_id: ApplicationId,
    /// Names the content: the same words and figures give the same revision.
    pub revision: String,
    pub sent_at: String,
    pub content: SentContent,
}

impl SentContent {
    /// The first 16 bytes of the SHA-256 of the content as JSON, in hex.
    pub fn revision(&self) -> String {
        revision_of(self)
    }
}

/// Names what is sent: the first 16 bytes of the SHA-256 of `content` as JSON, in hex. The
/// same words and figures give the same revision, whenever they are sent.
pub(crate) fn revision_of(content: &impl Serialize) -> String {
    let bytes = serde_json::to_vec(content).expect("what is sent is plain data");
    Sha256::digest(bytes)[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What is sent for `application`, as it stands.
pub fn sent(
    application: &Application,
    initiative: &Initiative,
    responsible: Option<String>,
    needs: Vec<String>,
    evidence: Vec<NeedEvidence>,
    chapter: &Chapter,
    now: DateTime<Utc>,
) -> SentApplication {
    let i = &initiative.fields;
    let content = SentContent {
        chapter: SentChapter {
            name: chapter.settings.name.clone(),
            languages: chapter.settings.print_languages.clone(),
            time_zone: chapter.settings.time_zone.clone(),
        },
        initiative: SentInitiative {
            project_id: initiative.project_id,
            title: initiative.title.clone(),
            description: i.description.clone(),
            coalition: i.coalition,
            goal_reached: i.goal_reached,
            goal_one_on_ones: i.goal_one_on_ones,
            goal_new_members: i.goal_new_members,
            goal_new_leaders: i.goal_new_leaders,
            responsible,
            needs,
            partners: initiative
                .partners
                .iter()
                .map(|p| SentPartner {
                    name: p.name.clone(),
                    kind: p.kind,
                    relationship: p.relationship,
                    members_tied: p.members_tied,
                })
                .collect(),
            evidence,
        },
        application: application.fields.clone(),
        budget: application
            .budget
            .iter()
            .map(|l| l.fields.clone())
            .collect(),
        milestones: application
            .milestones
            .iter()
            .map(|m| m.fields.clone())
            .collect(),
    };
    SentApplication {
        application_id: application.id,
        revision: content.revision(),
        sent_at: timestamp::to_text(now),
        content,
    }
}
