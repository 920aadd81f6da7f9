//! What the chapter knows about an organization in its area.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::OrganizationId;

/// What kind of organization it is. Stored and sent as the snake_case code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Union,
    Congregation,
    /// A school, or its parent group.
    School,
    TenantAssociation,
    NeighbourhoodAssociation,
    /// Cultural and immigrant community groups, sports leagues, clubs.
    CommunityGroup,
    MutualAid,
    Workplace,
    /// Another organization that builds a base among poor and working people.
    BaseBuilding,
    ServiceProvider,
    Business,
    Government,
    ElectedOffice,
    Other,
}

impl OrgKind {
    pub const ALL: [OrgKind; 14] = [
        OrgKind::Union,
        OrgKind::Congregation,
        OrgKind::School,
        OrgKind::TenantAssociation,
        OrgKind::NeighbourhoodAssociation,
        OrgKind::CommunityGroup,
        OrgKind::MutualAid,
        OrgKind::Workplace,
        OrgKind::BaseBuilding,
        OrgKind::ServiceProvider,
        OrgKind::Business,
        OrgKind::Government,
        OrgKind::ElectedOffice,
        OrgKind::Other,
    ];

    /// Kinds that are communities members belong to, where a chapter with no tie at all has
    /// a gap worth naming (a business or a government office is not such a community).
    pub fn is_community(self) -> bool {
        matches!(
            self,
            OrgKind::Union
                | OrgKind::Congregation
                | OrgKind::School
                | OrgKind::TenantAssociation
                | OrgKind::NeighbourhoodAssociation
                | OrgKind::CommunityGroup
                | OrgKind::MutualAid
                | OrgKind::Workplace
                | OrgKind::BaseBuilding
        )
    }
}

/// The chapter's relationship with an organization, warmest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    Partner,
    Ally,
    Friendly,
    #[default]
    Unknown,
    Neutral,
    Opposed,
}

impl Relationship {
    pub const ALL: [Relationship; 6] = [
        Relationship::Partner,
        Relationship::Ally,
        Relationship::Friendly,
        Relationship::Unknown,
        Relationship::Neutral,
        Relationship::Opposed,
    ];

    /// Partners and allies: the relationships the chapter tends on purpose.
    pub fn is_tended(self) -> bool {
        matches!(self, Relationship::Partner | Relationship::Ally)
    }
}

/// An organization's own fields, as a form or an import writes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OrgInput {
    pub name: String,
    pub kind: OrgKind,
    pub area: Option<String>,
    pub street: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub zip: Option<String>,
    pub languages: Vec<String>,
    pub website: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub notes: Option<String>,
}

impl OrgInput {
    /// An organization with a name and a kind and nothing else known yet.
    pub fn named(name: &str, kind: OrgKind) -> OrgInput {
        OrgInput {
            name: name.to_owned(),
            kind,
            area: None,
            street: None,
            city: None,
            state: None,
            zip: None,
            languages: Vec::new(),
            website: None,
            phone: None,
            email: None,
            notes: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Organization {
    pub id: OrganizationId,
    pub fields: OrgInput,
    pub relationship: Relationship,
    pub is_sample: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// One line of the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OrgSummary {
    pub id: OrganizationId,
    pub name: String,
    pub kind: OrgKind,
    pub relationship: Relationship,
    pub area: Option<String>,
    /// How many people are tied to it.
    pub ties: u32,
    /// The day of the newest logged contact, if any.
    pub last_contact: Option<String>,
    pub is_sample: bool,
}

/// What the directory is narrowed to: text typed (names and places, by the start of words,
/// accents ignored) and filters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
pub struct OrgQuery {
    pub text: Option<String>,
    pub kind: Option<OrgKind>,
    pub relationship: Option<Relationship>,
    pub area: Option<String>,
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OrgPage {
    pub organizations: Vec<OrgSummary>,
    /// How many match in all, beyond the page returned.
    pub total: u32,
}
