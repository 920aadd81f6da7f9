//! Organizations to and from files: a CSV (or tab-separated text, or a workbook) whose columns
//! are matched by name, and exports as CSV or JSON that read back in. In files, kinds are
//! written as the command line spells them ("tenant-association"); a file may also say them in
//! words ("Tenant association", "church").
//!
//! An import is checked whole before anything is written: one bad row refuses the file, naming
//! its line. An organization already in the directory under the same name (accents and case
//! aside) is left as it is, so a file can be imported twice.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

use super::model::{OrgInput, OrgKind, Relationship};
use super::store::{insert, NewOrg};
use super::validate;
use crate::db::codes::to_code;
use crate::db::Database;
use crate::folding::fold;
use crate::interop::table::{Row, Table};
use crate::message::Message;
use crate::msg;
use crate::{CoreError, Result};

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OrgImportReport {
    /// How the file was read ("CSV", "Excel workbook, sheet …").
    pub read_as: Message,
    pub added: u32,
    /// Rows naming an organization the directory already has (or that came earlier in the file).
    pub already_there: u32,
}

/// A kind as files and the command line write it: "tenant-association".
pub fn kind_word(kind: OrgKind) -> String {
    to_code(&kind).replace('_', "-")
}

/// A relationship as files write it.
pub fn relationship_word(relationship: Relationship) -> String {
    to_code(&relationship)
}

/// Reads a kind from a file's cell or a command line: the code with '-', '_' or spaces, or a
/// common word for it. Blank is "other".
pub fn read_kind(text: &str) -> Option<OrgKind> {
    let word = fold(text.trim()).replace(['-', ' '], "_");
    if word.is_empty() {
        return Some(OrgKind::Other);
    }
    if let Some(kind) = OrgKind::ALL.into_iter().find(|k| to_code(k) == word) {
        return Some(kind);
    }
    Some(match word.as_str() {
        "labor_union" | "labour_union" | "union_local" | "local" => OrgKind::Union,
        "church"
        | "mosque"
        | "synagogue"
        | "temple"
        | "parish"
        | "faith"
        | "faith_community"
        | "congregation_or_faith_group" => OrgKind::Congregation,
        "pta" | "pto" | "parent_group" | "parents" | "school_or_parent_group" => OrgKind::School,
        "tenants" | "tenant_union" | "tenants_union" | "tenant" => OrgKind::TenantAssociation,
        "neighborhood_association" | "block_club" | "neighbourhood" | "neighborhood" => {
            OrgKind::NeighbourhoodAssociation
        }
        "community" | "cultural_group" | "immigrant_group" | "sports_league" | "club" => {
            OrgKind::CommunityGroup
        }
        "mutual_aid_network" => OrgKind::MutualAid,
        "employer" | "job" => OrgKind::Workplace,
        "base_building_organization" | "organizing" => OrgKind::BaseBuilding,
        "nonprofit" | "service" | "social_services" => OrgKind::ServiceProvider,
        "company" | "shop" | "store" => OrgKind::Business,
        "agency" | "city" | "county" | "state" => OrgKind::Government,
        "elected_official" | "elected" | "council" | "legislator" => OrgKind::ElectedOffice,
        _ => return None,
    })
}

/// Reads a relationship from a file's cell or a command line. Blank is "unknown".
pub fn read_relationship(text: &str) -> Option<Relationship> {
    let word = fold(text.trim());
    if word.is_empty() {
        return Some(Relationship::Unknown);
    }
    Relationship::ALL.into_iter().find(|r| to_code(r) == word)
}

struct Columns {
    name: Option<usize>,
    kind: Option<usize>,
    relationship: Option<usize>,
    area: Option<usize>,
    street: Option<usize>,
    city: Option<usize>,
    state: Option<usize>,
    zip: Option<usize>,
    languages: Option<usize>,
    website: Option<usize>,
    phone: Option<usize>,
    email: Option<usize>,
    notes: Option<usize>,
}

impl Columns {
    fn of(table: &Table) -> Result<Columns> {
        let columns = Columns {
            name: table.column(&["name", "organization", "organizationname", "org", "orgname"]),
            kind: table.column(&["kind", "type", "category", "organizationtype"]),
            relationship: table.column(&["relationship", "relation", "status"]),
            area: table.column(&["area", "neighbourhood", "neighborhood", "turf"]),
            street: table.column(&["street", "address", "address1", "streetaddress"]),
            city: table.column(&["city", "town"]),
            state: table.column(&["state", "province"]),
            zip: table.column(&["zip", "zipcode", "postalcode", "postcode"]),
            languages: table.column(&["languages", "language"]),
            website: table.column(&["website", "web", "url", "site"]),
            phone: table.column(&["phone", "phonenumber", "telephone"]),
            email: table.column(&["email", "emailaddress"]),
            notes: table.column(&["notes", "note", "comments"]),
        };
        if columns.name.is_none() {
            return Err(CoreError::invalid(
                table.place(1),
                msg!("org-import-no-name-column"),
            ));
        }
        Ok(columns)
    }

    fn read(&self, table: &Table, row: &Row) -> Result<(OrgInput, Relationship)> {
        let text = |c: Option<usize>| {
            let cell = row.cell(c).trim();
            (!cell.is_empty()).then(|| cell.to_owned())
        };
        let refuse = |why: Message| CoreError::invalid(table.place(row.at), why);
        let kind_cell = row.cell(self.kind);
        let kind = read_kind(kind_cell)
            .ok_or_else(|| refuse(msg!("org-import-kind-unknown", kind = kind_cell)))?;
        let relationship_cell = row.cell(self.relationship);
        let relationship = read_relationship(relationship_cell).ok_or_else(|| {
            refuse(msg!(
                "org-import-relationship-unknown",
                relationship = relationship_cell
            ))
        })?;
        let input = OrgInput {
            name: row.cell(self.name).to_owned(),
            kind,
            area: text(self.area),
            street: text(self.street),
            city: text(self.city),
            state: text(self.state),
            zip: text(self.zip),
            languages: row
                .cell(self.languages)
                .split([';', ','])
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            website: text(self.website),
            phone: text(self.phone),
            email: text(self.email),
            notes: text(self.notes),
        };
        let input = validate::org_input(input).map_err(|e| match e.refusal() {
            Some((field, reason)) => {
                refuse(msg!("error-field-reason", field = field, reason = reason))
            }
            None => e,
        })?;
        Ok((input, relationship))
    }
}

/// Imports the organizations in `table`, all or none. `by` is who is importing (for each new
/// organization's relationship history).
pub fn import(
    db: &mut Database,
    table: &Table,
    by: &str,
    now: DateTime<Utc>,
) -> Result<OrgImportReport> {
    let columns = Columns::of(table)?;
    let rows: Vec<(OrgInput, Relationship)> = table
        .rows
        .iter()
        .filter(|row| row.cells.iter().any(|c| !c.trim().is_empty()))
        .map(|row| columns.read(table, row))
        .collect::<Result<_>>()?;
    db.write(|tx| {
        let mut known: HashSet<String> = tx
            .prepare("SELECT name FROM organization WHERE merged_into IS NULL")?
            .query_map([], |r| r.get::<_, String>(0))?
            .map(|name| name.map(|n| fold(&n)))
            .collect::<rusqlite::Result<_>>()?;
        let mut report = OrgImportReport {
            read_as: table.read_as.clone(),
            added: 0,
            already_there: 0,
        };
        for (input, relationship) in rows {
            if !known.insert(fold(&input.name)) {
                report.already_there += 1;
                continue;
            }
            let new = NewOrg {
                input,
                relationship,
                added_by: by,
                is_sample: false,
            };
            insert(tx, &new, now)?;
            report.added += 1;
        }
        Ok(report)
    })
}

/// One organization as exported: the columns an import reads, plus its id and how many
/// people are tied to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedOrg {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub relationship: String,
    pub area: String,
    pub street: String,
    pub city: String,
    pub state: String,
    pub zip: String,
    pub languages: String,
    pub website: String,
    pub phone: String,
    pub email: String,
    pub notes: String,
    pub ties: u32,
}

/// The columns of an export, in order: [`ExportedOrg`]'s fields.
const EXPORT_COLUMNS: [&str; 15] = [
    "id",
    "name",
    "kind",
    "relationship",
    "area",
    "street",
    "city",
    "state",
    "zip",
    "languages",
    "website",
    "phone",
    "email",
    "notes",
    "ties",
];

/// Every organization in the directory, by name.
pub fn exported(conn: &rusqlite::Connection) -> Result<Vec<ExportedOrg>> {
    let mut stmt = conn.prepare(
        "SELECT o.id, (SELECT count(*) FROM tie t WHERE t.organization_id = o.id)
         FROM organization o WHERE o.merged_into IS NULL ORDER BY o.name COLLATE NOCASE",
    )?;
    let ids: Vec<(crate::ids::OrganizationId, u32)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    ids.into_iter()
        .map(|(id, ties)| {
            let org = super::store::get(conn, id)?;
            let f = org.fields;
            let text = |v: Option<String>| v.unwrap_or_default();
            Ok(ExportedOrg {
                id: org.id.to_string(),
                name: f.name,
                kind: kind_word(f.kind),
                relationship: relationship_word(org.relationship),
                area: text(f.area),
                street: text(f.street),
                city: text(f.city),
                state: text(f.state),
                zip: text(f.zip),
                languages: f.languages.join("; "),
                website: text(f.website),
                phone: text(f.phone),
                email: text(f.email),
                notes: text(f.notes),
                ties,
            })
        })
        .collect()
}

/// How the directory is exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OrgFormat {
    Json,
    Csv,
}

impl OrgFormat {
    pub fn extension(self) -> &'static str {
        match self {
            OrgFormat::Json => "json",
            OrgFormat::Csv => "csv",
        }
    }
}

/// The directory as a file's bytes, and how many organizations it holds.
pub fn export_file(conn: &rusqlite::Connection, format: OrgFormat) -> Result<(Vec<u8>, u32)> {
    let orgs = exported(conn)?;
    let count = u32::try_from(orgs.len()).unwrap_or(u32::MAX);
    let bytes = match format {
        OrgFormat::Json => {
            let mut json = serde_json::to_vec_pretty(&orgs)
                .map_err(|e| CoreError::invalid_file(Message::plain(e.to_string())))?;
            json.push(b'\n');
            json
        }
        // With no rows, serde writes no header either; a spreadsheet still wants the columns.
        OrgFormat::Csv if orgs.is_empty() => format!("{}\n", EXPORT_COLUMNS.join(",")).into_bytes(),
        OrgFormat::Csv => crate::interop::csv_out::serialized(&orgs)
            .map_err(|e| CoreError::invalid_file(Message::plain(e.to_string())))?,
    };
    Ok((bytes, count))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Table {
        Table::from_bytes("orgs.csv", text.as_bytes().to_vec()).unwrap()
    }

    fn now() -> DateTime<Utc> {
        "2026-06-01T15:00:00Z".parse().unwrap()
    }

    #[test]
    fn kinds_are_read_as_codes_with_either_dash_or_as_common_words() {
        assert_eq!(
            read_kind("tenant-association"),
            Some(OrgKind::TenantAssociation)
        );
        assert_eq!(
            read_kind("Tenant Association"),
            Some(OrgKind::TenantAssociation)
        );
        assert_eq!(read_kind("Church"), Some(OrgKind::Congregation));
        assert_eq!(read_kind(""), Some(OrgKind::Other));
        assert_eq!(read_kind("spaceship"), None);
        for kind in OrgKind::ALL {
            assert_eq!(read_kind(&kind_word(kind)), Some(kind));
        }
    }

    #[test]
    fn a_file_is_imported_whole_and_a_second_time_adds_nothing() {
        let mut db = Database::open_in_memory().unwrap();
        let file = "Organization,Type,Relationship,Neighborhood,Languages\n\
                    SEIU Local 32BJ,union,partner,Downtown,English; Spanish\n\
                    Iglesia San José,church,,Eastside,Spanish\n\
                    iglesia san jose,congregation,ally,Eastside,\n";
        let report = import(&mut db, &table(file), "Rosa", now()).unwrap();
        assert_eq!((report.added, report.already_there), (2, 1));
        let again = import(&mut db, &table(file), "Rosa", now()).unwrap();
        assert_eq!((again.added, again.already_there), (0, 3));
        let orgs = exported(db.conn()).unwrap();
        assert_eq!(orgs.len(), 2);
        let (csv, count) = export_file(db.conn(), OrgFormat::Csv).unwrap();
        assert_eq!(count, 2);
        let header = String::from_utf8(csv)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_owned();
        assert_eq!(header, EXPORT_COLUMNS.join(","));
        let exported_csv = export_file(db.conn(), OrgFormat::Csv).unwrap().0;
        let back = import(
            &mut db,
            &Table::from_bytes("o.csv", exported_csv).unwrap(),
            "Rosa",
            now(),
        )
        .unwrap();
        assert_eq!(back.already_there, 2, "an export reads back in");
        assert_eq!(orgs[1].name, "SEIU Local 32BJ");
        assert_eq!(orgs[1].languages, "English; Spanish");
        assert_eq!(orgs[1].relationship, "partner");
    }

    #[test]
    fn a_bad_row_refuses_the_file_naming_its_line_and_nothing_is_written() {
        let mut db = Database::open_in_memory().unwrap();
        let file = "name,kind\nSEIU Local 32BJ,union\n,school\n";
        let err = import(&mut db, &table(file), "Rosa", now()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 3: name: give the organization a name"
        );
        let file = "name,kind\nSEIU Local 32BJ,union\nThe Moon,spaceship\n";
        let err = import(&mut db, &table(file), "Rosa", now()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 3: 'spaceship' is not a kind of organization Groundwork knows"
        );
        let err = import(&mut db, &table("title,kind\nx,union\n"), "Rosa", now()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 1: no column of organization names (name or organization)"
        );
        let count: i64 = db
            .conn()
            .query_row("SELECT count(*) FROM organization", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count, 0);
    }
}
