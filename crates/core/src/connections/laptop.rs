//! A connections form filled in by the member on the laptop passed round a meeting. Unlike the
//! keyboard entry of paper forms, the member may name an organization the directory does not
//! have yet: it is added (kind "other", relationship "unknown", for the organizer to finish)
//! in the same transaction as the form, so a refused form adds no organization either. A
//! member the chapter does not know yet joins with a name and the fact they gave.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::response::{self, ConnectionsResponseInput, EnteredConnections, TieAnswer};
use super::tie::TieRole;
use crate::db::Database;
use crate::folding::fold;
use crate::ids::{OrganizationId, PersonId};
use crate::msg;
use crate::needs::response::Answer;
use crate::orgs::store::{self as org_store, NewOrg};
use crate::orgs::{search, validate, OrgInput, OrgKind, OrgQuery, Relationship};
use crate::people::model::{Address, Origin, PersonInput, PhoneInput};
use crate::{CoreError, Result};

/// An organization as the member chose it: from the directory's suggestions, or typed new.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OrgNamed {
    Known { id: OrganizationId },
    New { name: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
pub struct LaptopTie {
    pub organization: OrgNamed,
    pub role: TieRole,
    pub strength: u8,
    pub would_introduce: bool,
    pub title: Option<String>,
}

/// What the member filled in; who they are was settled before ([`crate::people::identify`]).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
pub struct LaptopForm {
    /// The language the member chose for the form.
    pub language: Option<String>,
    pub workplace: Option<String>,
    pub industry: Option<String>,
    pub union_name: Option<String>,
    pub ties: Vec<LaptopTie>,
    pub answers: Vec<Answer>,
}

/// An organization offered to the member as they type: its name only. The chapter's
/// relationship with it ("opposed") and who else is tied to it are not the member's to see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OrgSuggestion {
    pub id: OrganizationId,
    pub name: String,
}

/// Up to eight organizations whose name or place begins with what the member typed, among
/// those in the directory before the laptop was locked: an organization an earlier member
/// added at the laptop (their support group, their clinic) is theirs, not the next member's
/// to see. The organizers see it in the directory when the app is open again.
pub fn suggest_orgs(conn: &Connection, typed: &str) -> Result<Vec<OrgSuggestion>> {
    const MOST: usize = 8;
    if typed.trim().is_empty() {
        return Ok(vec![]);
    }
    let added_since_lock: HashSet<OrganizationId> = match crate::laptop::status(conn)?.locked_at {
        Some(locked_at) => conn
            .prepare_cached("SELECT id FROM organization WHERE created_at >= ?1")?
            .query_map([locked_at], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
        None => HashSet::new(),
    };
    let query = OrgQuery {
        text: Some(typed.to_owned()),
        kind: None,
        relationship: None,
        area: None,
        limit: Some((MOST + added_since_lock.len()) as u32),
    };
    Ok(search::search(conn, &query)?
        .organizations
        .into_iter()
        .filter(|o| !added_since_lock.contains(&o.id))
        .take(MOST)
        .map(|o| OrgSuggestion {
            id: o.id,
            name: o.name,
        })
        .collect())
}

/// The directory's organization with this name (accents, case and spaces aside), or a new one.
fn organization_named(
    tx: &Transaction<'_>,
    typed: &str,
    added_by: &str,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<OrganizationId> {
    let input = validate::org_input(OrgInput::named(typed, OrgKind::Other))?;
    let wanted = fold(&input.name);
    let mut stmt =
        tx.prepare_cached("SELECT id, name FROM organization WHERE merged_into IS NULL")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        if fold(&r.get::<_, String>(1)?) == wanted {
            return r.get(0).map_err(Into::into);
        }
    }
    let new = NewOrg {
        input,
        relationship: Relationship::Unknown,
        added_by,
        is_sample,
    };
    org_store::insert(tx, &new, now)
}

/// Enters the form `person` filled in on the laptop, under the name of the organizer who
/// passed it round. All of it or none, new organizations included.
pub fn enter(
    db: &mut Database,
    person: PersonId,
    form: &LaptopForm,
    entered_by: &str,
    filled_on: NaiveDate,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<EnteredConnections> {
    let id = db.write(|tx| {
        let mut ties = Vec::with_capacity(form.ties.len());
        for (i, line) in form.ties.iter().enumerate() {
            let organization_id = match &line.organization {
                OrgNamed::Known { id } => *id,
                OrgNamed::New { name } => organization_named(tx, name, entered_by, is_sample, now)
                    .map_err(|e| e.at(format!("ties.{i}.organization")))?,
            };
            ties.push(TieAnswer {
                organization_id,
                role: line.role,
                strength: line.strength,
                would_introduce: line.would_introduce,
                title: line.title.clone(),
            });
        }
        let input = ConnectionsResponseInput {
            form: None,
            person_id: person,
            language: form.language.clone(),
            workplace: form.workplace.clone(),
            industry: form.industry.clone(),
            union_name: form.union_name.clone(),
            ties,
            answers: form.answers.clone(),
            entered_by: entered_by.to_owned(),
        };
        response::enter_in(tx, &input, filled_on, is_sample, now)
    })?;
    response::get(db.conn(), id)
}

/// Someone the chapter did not know, joining at the laptop with their name and the fact they
/// gave (kept as an email, a ZIP or a phone number when it reads as one).
pub fn join(
    db: &mut Database,
    first_name: &str,
    last_name: &str,
    fact: &str,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<PersonId> {
    if first_name.trim().is_empty() || last_name.trim().is_empty() {
        return Err(
            CoreError::invalid(msg!("field-your-name"), msg!("laptop-name-missing")).at("name"),
        );
    }
    let fact = fact.trim();
    let digits: String = fact.chars().filter(char::is_ascii_digit).collect();
    let mut input = PersonInput {
        first_name: first_name.trim().to_owned(),
        last_name: last_name.trim().to_owned(),
        ..Default::default()
    };
    // The fact goes where the next identifying looks for it: an email, a ZIP, a whole phone
    // number, or a street address (its house number is what a member gives next time). The
    // window asks someone joining for one of these; a last four digits alone is kept nowhere.
    let has_letters = fact.chars().any(char::is_alphabetic);
    if fact.contains('@') {
        input.emails.push(fact.to_owned());
    } else if !has_letters && digits.len() == 5 {
        input.address = Address {
            zip: Some(digits),
            ..Default::default()
        };
    } else if !has_letters && digits.len() >= 10 {
        input.phones.push(PhoneInput {
            number: fact.to_owned(),
            label: None,
        });
    } else if has_letters && fact.starts_with(|c: char| c.is_ascii_digit()) {
        input.address = Address {
            street: Some(fact.to_owned()),
            ..Default::default()
        };
    }
    let origin = Origin {
        source: "pass the laptop",
        is_sample,
    };
    // A fact that does not read (a mistyped email) is left off rather than refusing the
    // member: the organizer sees the new record with the others.
    let person = match crate::people::store::create(db, input.clone(), origin, now) {
        Ok(person) => person,
        Err(_) => {
            input.emails.clear();
            input.phones.clear();
            input.address = Address::default();
            crate::people::store::create(db, input, origin, now)?
        }
    };
    Ok(person.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::connections::tie;
    use crate::orgs::store::create as create_org;

    fn now() -> DateTime<Utc> {
        "2026-12-06T18:00:00Z".parse().unwrap()
    }

    fn line(organization: OrgNamed, strength: u8) -> LaptopTie {
        LaptopTie {
            organization,
            role: TieRole::Member,
            strength,
            would_introduce: true,
            title: None,
        }
    }

    fn form(ties: Vec<LaptopTie>) -> LaptopForm {
        LaptopForm {
            language: Some("es".into()),
            workplace: None,
            industry: None,
            union_name: None,
            ties,
            answers: vec![],
        }
    }

    #[test]
    fn a_new_organization_comes_with_the_form_and_a_known_name_is_not_added_twice() {
        let mut db = Database::open_in_memory().unwrap();
        let church = create_org(
            &mut db,
            NewOrg {
                input: OrgInput::named("Iglesia San José", OrgKind::Congregation),
                relationship: Relationship::Friendly,
                added_by: "Rosa",
                is_sample: false,
            },
            now(),
        )
        .unwrap();
        let ana = join(&mut db, "Ana", "Ruiz", "19140", false, now()).unwrap();
        let filled = form(vec![
            line(
                OrgNamed::New {
                    name: " iglesia san jose ".into(),
                },
                4,
            ),
            line(
                OrgNamed::New {
                    name: "Liga de fútbol".into(),
                },
                3,
            ),
        ]);
        let day = now().date_naive();
        let entered = enter(&mut db, ana, &filled, "Rosa", day, false, now()).unwrap();
        assert_eq!((entered.form, entered.ties), (None, 2));
        let ties = tie::for_person(db.conn(), ana).unwrap();
        assert!(ties
            .iter()
            .any(|t| t.organization_id == church.id && t.strength == 4));
        let orgs: i64 = db
            .conn()
            .query_row("SELECT count(*) FROM organization", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            orgs, 2,
            "the church was found by its name, the league added"
        );
    }

    #[test]
    fn an_organization_a_member_added_at_the_laptop_is_not_offered_to_the_next() {
        let mut db = Database::open_in_memory().unwrap();
        create_org(
            &mut db,
            NewOrg {
                input: OrgInput::named("Tenants United", OrgKind::TenantAssociation),
                relationship: Relationship::Partner,
                added_by: "Rosa",
                is_sample: false,
            },
            now(),
        )
        .unwrap();
        let later = now() + chrono::Duration::minutes(5);
        crate::laptop::lock(&mut db, "correct horse battery", "Rosa", later).unwrap();
        let ana = join(&mut db, "Ana", "Ruiz", "19140", false, later).unwrap();
        let filled = form(vec![line(
            OrgNamed::New {
                name: "Tuesday recovery circle".into(),
            },
            5,
        )]);
        enter(
            &mut db,
            ana,
            &filled,
            "Rosa",
            later.date_naive(),
            false,
            later,
        )
        .unwrap();

        let names = |typed: &str| -> Vec<String> {
            suggest_orgs(db.conn(), typed)
                .unwrap()
                .into_iter()
                .map(|o| o.name)
                .collect()
        };
        assert_eq!(names("T"), vec!["Tenants United"]);
        assert!(names("Tuesday").is_empty());
    }

    #[test]
    fn a_refused_form_adds_no_organization() {
        let mut db = Database::open_in_memory().unwrap();
        let ana = join(&mut db, "Ana", "Ruiz", "ana@example.org", false, now()).unwrap();
        let filled = form(vec![
            line(
                OrgNamed::New {
                    name: "Liga de fútbol".into(),
                },
                3,
            ),
            line(
                OrgNamed::New {
                    name: "Tenants United".into(),
                },
                9,
            ),
        ]);
        let err = enter(
            &mut db,
            ana,
            &filled,
            "Rosa",
            now().date_naive(),
            false,
            now(),
        );
        assert_eq!(err.unwrap_err().key(), Some("ties.1.strength"));
        let orgs: i64 = db
            .conn()
            .query_row("SELECT count(*) FROM organization", [], |r| r.get(0))
            .unwrap();
        assert_eq!(orgs, 0);
    }

    #[test]
    fn a_newcomer_needs_both_names_and_keeps_the_fact_that_reads() {
        let mut db = Database::open_in_memory().unwrap();
        assert_eq!(
            join(&mut db, "Ana", " ", "19140", false, now())
                .unwrap_err()
                .key(),
            Some("name")
        );
        let ana = join(&mut db, "Ana", "Ruiz", "not@an@email", false, now()).unwrap();
        let person = crate::people::store::get(db.conn(), ana).unwrap();
        assert_eq!(person.source, "pass the laptop");
        let found = crate::people::identify::identify(db.conn(), "ana ruiz", "19140").unwrap();
        assert_eq!(found, None, "no ZIP was kept from an email-like fact");
        let bo = join(&mut db, "Bo", "Tran", "19140", false, now()).unwrap();
        let found = crate::people::identify::identify(db.conn(), "Bo Tran", "19140").unwrap();
        assert_eq!(found, Some(bo));
    }

    #[test]
    fn a_newcomer_is_found_next_time_by_the_last_digits_of_their_phone_or_their_house_number() {
        let mut db = Database::open_in_memory().unwrap();
        let cy = join(&mut db, "Cy", "Ortiz", "(312) 555-0147", false, now()).unwrap();
        let dee = join(&mut db, "Dee", "Lam", "2417 S Kedzie Ave", false, now()).unwrap();
        let identify = |name: &str, fact: &str| {
            crate::people::identify::identify(db.conn(), name, fact).unwrap()
        };
        assert_eq!(identify("Cy Ortiz", "0147"), Some(cy));
        assert_eq!(identify("Dee Lam", "2417"), Some(dee));
        let street = crate::people::store::get(db.conn(), dee)
            .unwrap()
            .fields
            .address
            .street;
        assert_eq!(street.as_deref(), Some("2417 S Kedzie Ave"));
    }
}
