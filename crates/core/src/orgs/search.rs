//! The directory as you type: every word typed must match the start of a word in an
//! organization's name or place (area, address), accents ignored, narrowed by the filters.
//! Organizations merged into another are left out.

use rusqlite::types::Value;
use rusqlite::Connection;

use super::model::{OrgPage, OrgQuery, OrgSummary};
use crate::db::codes::{column, to_code};
use crate::people::search::match_expression;
use crate::Result;

pub const DEFAULT_LIMIT: u32 = 300;

const SUMMARY_COLUMNS: &str = "o.id, o.name, o.kind, o.relationship, o.area, o.is_sample,
    (SELECT count(*) FROM tie t WHERE t.organization_id = o.id),
    (SELECT max(happened_on) FROM organization_contact c WHERE c.organization_id = o.id)";

fn summary_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<OrgSummary> {
    Ok(OrgSummary {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: column(r.get(2)?)?,
        relationship: column(r.get(3)?)?,
        area: r.get(4)?,
        is_sample: r.get(5)?,
        ties: r.get(6)?,
        last_contact: r.get(7)?,
    })
}

/// One directory line for a known organization.
pub fn summary(conn: &Connection, id: crate::ids::OrganizationId) -> Result<OrgSummary> {
    conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM organization o WHERE o.id = ?1"
    ))?
    .query_row(rusqlite::params![id], summary_from_row)
    .map_err(|e| match e {
        rusqlite::Error::QueryReturnedNoRows => super::store::not_found(id),
        other => other.into(),
    })
}

pub fn search(conn: &Connection, query: &OrgQuery) -> Result<OrgPage> {
    let mut conditions = vec![String::from("o.merged_into IS NULL")];
    let mut args: Vec<Value> = Vec::new();
    let mut from = String::from("organization o");
    let by_text = match query.text.as_deref().and_then(match_expression) {
        Some(expr) => {
            from = String::from("organization_search s JOIN organization o ON o.rowid = s.rowid");
            args.push(Value::Text(expr));
            conditions.push(format!("organization_search MATCH ?{}", args.len()));
            true
        }
        None => false,
    };
    if let Some(kind) = query.kind {
        args.push(Value::Text(to_code(&kind)));
        conditions.push(format!("o.kind = ?{}", args.len()));
    }
    if let Some(relationship) = query.relationship {
        args.push(Value::Text(to_code(&relationship)));
        conditions.push(format!("o.relationship = ?{}", args.len()));
    }
    if let Some(area) = query
        .area
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
    {
        args.push(Value::Text(area.to_owned()));
        conditions.push(format!("o.area = ?{} COLLATE NOCASE", args.len()));
    }
    let filter = format!("WHERE {}", conditions.join(" AND "));
    let total: u32 = conn
        .prepare_cached(&format!("SELECT count(*) FROM {from} {filter}"))?
        .query_row(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?;
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, 10_000);
    let order = if by_text {
        "ORDER BY s.rank, o.name COLLATE NOCASE"
    } else {
        "ORDER BY o.name COLLATE NOCASE"
    };
    let organizations = conn
        .prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM {from} {filter} {order} LIMIT {limit}"
        ))?
        .query_map(rusqlite::params_from_iter(args.iter()), summary_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(OrgPage {
        organizations,
        total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Database;
    use crate::orgs::model::{OrgInput, OrgKind, Relationship};
    use crate::orgs::store::{create, update, NewOrg};

    fn add(db: &mut Database, name: &str, kind: OrgKind, area: &str) -> crate::ids::OrganizationId {
        let mut input = OrgInput::named(name, kind);
        input.area = Some(area.into());
        create(
            db,
            NewOrg {
                input,
                relationship: Relationship::Unknown,
                added_by: "test",
                is_sample: false,
            },
            chrono::Utc::now(),
        )
        .unwrap()
        .id
    }

    fn names(db: &Database, query: OrgQuery) -> Vec<String> {
        search(db.conn(), &query)
            .unwrap()
            .organizations
            .into_iter()
            .map(|o| o.name)
            .collect()
    }

    #[test]
    fn words_match_the_start_of_words_in_the_name_or_place_accents_ignored() {
        let mut db = Database::open_in_memory().unwrap();
        add(
            &mut db,
            "Iglesia San José",
            OrgKind::Congregation,
            "Eastside",
        );
        add(&mut db, "SEIU Local 32BJ", OrgKind::Union, "Downtown");
        add(
            &mut db,
            "Jose Martí Soccer League",
            OrgKind::CommunityGroup,
            "Eastside",
        );
        let text = |t: &str| OrgQuery {
            text: Some(t.into()),
            ..Default::default()
        };
        assert_eq!(
            names(&db, text("jose")),
            ["Iglesia San José", "Jose Martí Soccer League"]
        );
        assert_eq!(names(&db, text("32b")), ["SEIU Local 32BJ"]);
        assert_eq!(names(&db, text("downt seiu")), ["SEIU Local 32BJ"]);
        let eastside_churches = OrgQuery {
            kind: Some(OrgKind::Congregation),
            area: Some("eastside".into()),
            ..Default::default()
        };
        assert_eq!(names(&db, eastside_churches), ["Iglesia San José"]);
    }

    #[test]
    fn a_renamed_organization_is_found_by_its_new_name_only() {
        let mut db = Database::open_in_memory().unwrap();
        let id = add(
            &mut db,
            "Eastside Tenants",
            OrgKind::TenantAssociation,
            "Eastside",
        );
        let mut input = OrgInput::named("Riverside Tenant Union", OrgKind::TenantAssociation);
        input.area = Some("Riverside".into());
        update(&mut db, id, input, chrono::Utc::now()).unwrap();
        let text = |t: &str| OrgQuery {
            text: Some(t.into()),
            ..Default::default()
        };
        assert!(names(&db, text("eastside")).is_empty());
        assert_eq!(names(&db, text("river")), ["Riverside Tenant Union"]);
    }
}
