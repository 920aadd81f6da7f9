//! The sample chapter's organizations: invented congregations, unions, schools, tenant and
//! community groups in its three neighbourhoods, the chapter's relationship with each (with
//! some history), a contact log with next steps (one overdue, one partner gone quiet), and the
//! ties most sample members have to them, so a newcomer sees a ranking at once.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::connections::tie::{self, TieInput, TieRole};
use crate::db::Database;
use crate::ids::{OrgContactId, OrganizationId, PersonId};
use crate::orgs::contact_log::{self, ContactKind};
use crate::orgs::store::{insert, NewOrg};
use crate::orgs::{relationship, OrgInput, OrgKind, Relationship};
use crate::Result;

const BY: &str = "Rosa (sample)";

struct SampleOrg {
    name: &'static str,
    kind: OrgKind,
    area: &'static str,
    languages: &'static [&'static str],
    /// The relationship it was added with, then what it became, and why.
    first: Relationship,
    now: Option<(Relationship, &'static str)>,
}

const ORGS: [SampleOrg; 17] = [
    SampleOrg {
        name: "Eastside Tenants United",
        kind: OrgKind::TenantAssociation,
        area: "Eastside",
        languages: &["English", "Spanish"],
        first: Relationship::Friendly,
        now: Some((Relationship::Partner, "Co-hosted the rent clinic with us")),
    },
    SampleOrg {
        name: "Iglesia San José Obrero",
        kind: OrgKind::Congregation,
        area: "Eastside",
        languages: &["Spanish"],
        first: Relationship::Unknown,
        now: Some((
            Relationship::Ally,
            "Lends the hall for our Spanish meetings",
        )),
    },
    SampleOrg {
        name: "Riverside Home Care Workers Union",
        kind: OrgKind::Union,
        area: "Riverbend",
        languages: &["English", "Spanish", "Vietnamese"],
        first: Relationship::Partner,
        now: None,
    },
    SampleOrg {
        name: "Greater Mount Zion Baptist Church",
        kind: OrgKind::Congregation,
        area: "Riverbend",
        languages: &["English"],
        first: Relationship::Friendly,
        now: None,
    },
    SampleOrg {
        name: "Lincoln Elementary Parent Council",
        kind: OrgKind::School,
        area: "Eastside",
        languages: &["English", "Spanish"],
        first: Relationship::Friendly,
        now: None,
    },
    SampleOrg {
        name: "Vietnamese Mutual Association of Mill Hill",
        kind: OrgKind::CommunityGroup,
        area: "Mill Hill",
        languages: &["Vietnamese", "English"],
        first: Relationship::Unknown,
        now: Some((
            Relationship::Ally,
            "Invited us to speak at their New Year fair",
        )),
    },
    SampleOrg {
        name: "Riverbend Community Fridge",
        kind: OrgKind::MutualAid,
        area: "Riverbend",
        languages: &["English"],
        first: Relationship::Ally,
        now: None,
    },
    SampleOrg {
        name: "Cooperativa de Limpieza La Esperanza",
        kind: OrgKind::BaseBuilding,
        area: "Eastside",
        languages: &["Spanish"],
        first: Relationship::Ally,
        now: None,
    },
    SampleOrg {
        name: "Southside Health Care Justice Campaign",
        kind: OrgKind::BaseBuilding,
        area: "Mill Hill",
        languages: &["English", "Spanish"],
        first: Relationship::Partner,
        now: None,
    },
    SampleOrg {
        name: "Los Halcones Youth Soccer League",
        kind: OrgKind::CommunityGroup,
        area: "Eastside",
        languages: &["Spanish", "English"],
        first: Relationship::Unknown,
        now: None,
    },
    SampleOrg {
        name: "Mill Hill Distribution Center",
        kind: OrgKind::Workplace,
        area: "Mill Hill",
        languages: &["English", "Spanish"],
        first: Relationship::Unknown,
        now: None,
    },
    SampleOrg {
        name: "Mill Hill Masjid",
        kind: OrgKind::Congregation,
        area: "Mill Hill",
        languages: &["English", "Arabic", "Somali"],
        first: Relationship::Unknown,
        now: None,
    },
    SampleOrg {
        name: "Riverbend Block Club",
        kind: OrgKind::NeighbourhoodAssociation,
        area: "Riverbend",
        languages: &["English"],
        first: Relationship::Neutral,
        now: None,
    },
    SampleOrg {
        name: "Riverside Legal Aid Clinic",
        kind: OrgKind::ServiceProvider,
        area: "Riverbend",
        languages: &["English", "Spanish"],
        first: Relationship::Friendly,
        now: None,
    },
    SampleOrg {
        name: "Office of the 25th Ward Alderperson",
        kind: OrgKind::ElectedOffice,
        area: "Eastside",
        languages: &["English"],
        first: Relationship::Neutral,
        now: None,
    },
    SampleOrg {
        name: "Premier Property Management",
        kind: OrgKind::Business,
        area: "Eastside",
        languages: &["English"],
        first: Relationship::Neutral,
        now: Some((
            Relationship::Opposed,
            "Filed eviction cases against tenants who organized",
        )),
    },
    // The union above, typed again by someone at a later meeting: the directory offers the
    // two as likely duplicates, for a newcomer to try a merge (and its undo) on.
    SampleOrg {
        name: "Home Care Workers Union, Riverside",
        kind: OrgKind::Union,
        area: "Riverbend",
        languages: &["English"],
        first: Relationship::Unknown,
        now: None,
    },
];

/// A logged contact: which organization (by its place in `ORGS`), how many days ago, what
/// happened, and a next step due some days from today (negative: overdue).
struct SampleContact {
    org: usize,
    days_ago: i64,
    kind: ContactKind,
    summary: &'static str,
    their_people: Option<&'static str>,
    next_step: Option<(&'static str, i64)>,
}

const CONTACTS: [SampleContact; 10] = [
    SampleContact {
        org: 0,
        days_ago: 70,
        kind: ContactKind::Meeting,
        summary: "Planned a rent clinic together in the church hall",
        their_people: Some("Dolores, their president"),
        next_step: None,
    },
    SampleContact {
        org: 0,
        days_ago: 40,
        kind: ContactKind::JointAction,
        summary: "Rent clinic: 38 tenants came, 11 signed up to organize their buildings",
        their_people: None,
        next_step: None,
    },
    SampleContact {
        org: 0,
        days_ago: 9,
        kind: ContactKind::Ask,
        summary: "Asked them to co-sponsor the summer needs survey in Eastside",
        their_people: Some("Dolores"),
        next_step: Some(("Bring survey forms to their general meeting", -2)),
    },
    SampleContact {
        org: 1,
        days_ago: 21,
        kind: ContactKind::Contact,
        summary: "Called Father Luis about the hall for Spanish meetings",
        their_people: Some("Father Luis"),
        next_step: Some(("Confirm the hall for next month's meeting", 4)),
    },
    SampleContact {
        org: 2,
        days_ago: 75,
        kind: ContactKind::Meeting,
        summary: "Met the organizing director about home care workers in Riverbend",
        their_people: Some("Organizing director"),
        next_step: None,
    },
    SampleContact {
        org: 5,
        days_ago: 30,
        kind: ContactKind::JointAction,
        summary: "Spoke at their New Year fair; 24 people filled in the needs survey",
        their_people: None,
        next_step: Some(("Send the survey results in Vietnamese", 20)),
    },
    SampleContact {
        org: 6,
        days_ago: 14,
        kind: ContactKind::Contact,
        summary: "Dropped off produce from our food drive",
        their_people: None,
        next_step: None,
    },
    SampleContact {
        org: 8,
        days_ago: 12,
        kind: ContactKind::Meeting,
        summary: "Coalition call on the county hospital's charity care policy",
        their_people: Some("Campaign coordinator"),
        next_step: Some(("Share our members' medical debt stories (with consent)", 10)),
    },
    SampleContact {
        org: 13,
        days_ago: 50,
        kind: ContactKind::Ask,
        summary: "Asked for a lawyer at the next rent clinic",
        their_people: None,
        next_step: None,
    },
    SampleContact {
        org: 15,
        days_ago: 35,
        kind: ContactKind::Contact,
        summary: "Tenants report eviction filings after they met as a building",
        their_people: None,
        next_step: None,
    },
];

pub fn add(db: &mut Database, now: DateTime<Utc>, today: NaiveDate) -> Result<()> {
    let start = now - Duration::days(120);
    let ids: Vec<OrganizationId> = db.write(|tx| {
        ORGS.iter()
            .map(|o| {
                let mut input = OrgInput::named(o.name, o.kind);
                input.area = Some(o.area.into());
                input.city = Some("Chicago".into());
                input.state = Some("IL".into());
                input.languages = o.languages.iter().map(|l| (*l).to_owned()).collect();
                input.notes = Some("Invented for the sample chapter.".into());
                let new = NewOrg {
                    input,
                    relationship: o.first,
                    added_by: BY,
                    is_sample: true,
                };
                insert(tx, &new, start)
            })
            .collect()
    })?;
    for (i, org) in ORGS.iter().enumerate() {
        if let Some((to, why)) = org.now {
            let when = now - Duration::days(60 - 3 * i as i64);
            relationship::change(db, ids[i], to, Some(why), BY, when)?;
        }
    }
    let people: Vec<PersonId> = db
        .conn()
        .prepare("SELECT id FROM person WHERE is_sample = 1 ORDER BY rowid LIMIT 40")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    db.write(|tx| {
        for (n, c) in CONTACTS.iter().enumerate() {
            let happened_on = today - Duration::days(c.days_ago);
            let due = c
                .next_step
                .map(|(_, days)| (today + Duration::days(days)).to_string());
            let row = contact_log::Row {
                id: OrgContactId::new(),
                organization: ids[c.org],
                kind: c.kind,
                happened_on,
                summary: c.summary,
                their_people: c.their_people,
                next_step: c.next_step.map(|(step, _)| step),
                next_step_due: due.as_deref(),
                logged_by: BY,
                is_sample: true,
            };
            let with: Vec<PersonId> = people.iter().skip(n * 3).take(2).copied().collect();
            contact_log::insert(tx, &row, &with, now)?;
        }
        // Most members have a tie or two (every fifth has none yet): roles and strengths vary,
        // and the tenant union and the parish come out on top.
        let roles = [
            TieRole::Member,
            TieRole::Active,
            TieRole::Member,
            TieRole::Leader,
        ];
        for (i, person) in people.iter().enumerate() {
            if i % 5 == 4 {
                continue;
            }
            let first = [0, 1, 0, 2, 4, 1, 5, 3, 0, 9, 10, 1][i % 12];
            let second = [2, 7, 3, 11, 6, 12][i % 6];
            for (k, org) in [first, second].into_iter().enumerate() {
                if k == 1 && (i % 3 == 0 || org == first) {
                    continue;
                }
                let strength = 1 + ((i * 7 + k * 3) % 5) as u8;
                let input = TieInput {
                    person_id: *person,
                    organization_id: ids[org],
                    role: roles[(i + k) % roles.len()],
                    title: (org == 1 && i % 4 == 3).then(|| "choir director".to_owned()),
                    strength,
                    would_introduce: strength >= 3,
                };
                tie::write(
                    tx,
                    &input,
                    today - Duration::days((i as i64 * 3) % 90),
                    true,
                    now,
                )?;
            }
        }
        Ok(())
    })
}
