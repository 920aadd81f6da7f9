//! An organization as its page shows it: its fields, the relationship's history, the contact
//! log, and the people tied to it.

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::contact_log::{self, OrgContact};
use super::model::Organization;
use super::relationship::{self, RelationshipChange};
use super::store;
use crate::connections::tie::{self, Tie};
use crate::ids::OrganizationId;
use crate::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OrgDetail {
    pub organization: Organization,
    /// Newest first.
    pub history: Vec<RelationshipChange>,
    /// Newest first.
    pub contacts: Vec<OrgContact>,
    /// Strongest first.
    pub ties: Vec<Tie>,
    /// Records merged into this one, newest first (each can be undone until it is).
    pub merges: Vec<super::merge::OrgMerge>,
}

pub fn load(conn: &Connection, id: OrganizationId) -> Result<OrgDetail> {
    Ok(OrgDetail {
        organization: store::get(conn, id)?,
        history: relationship::history(conn, id)?,
        contacts: contact_log::for_org(conn, id)?,
        ties: tie::for_org(conn, id)?,
        merges: super::merge::into(conn, id)?,
    })
}
