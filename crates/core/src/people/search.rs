//! Find anyone as you type: every word typed must match the start of a word in a person's
//! names, phone numbers, emails or address (accents ignored), narrowed by the filters.

use rusqlite::types::Value;
use rusqlite::Connection;

use super::model::{display_name, PeoplePage, PeopleQuery, PersonSummary};
use crate::db::codes::{column, to_code};
use crate::msg;
use crate::Result;

pub const DEFAULT_LIMIT: u32 = 200;
/// Above this many matches a text search is "broad": not ranked (see `search`).
const BROAD: u32 = 1_000;

/// The FTS5 query for what was typed: each word quoted (so punctuation is harmless) and
/// matched as a prefix; `None` when nothing searchable was typed.
pub(crate) fn match_expression(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| {
            c.is_whitespace()
                || c == '@'
                || c == ','
                || c == '('
                || c == ')'
                || c == '-'
                || c == '.'
        })
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

const SUMMARY_COLUMNS: &str =
    "p.id, p.preferred_name, p.first_name, p.last_name, p.zip, p.ladder_level,
    p.membership_status, p.needs_childcare, p.is_sample,
    (SELECT number FROM person_phone WHERE person_id = p.id ORDER BY position LIMIT 1),
    (SELECT email FROM person_email WHERE person_id = p.id ORDER BY position LIMIT 1),
    (SELECT e164 FROM person_phone WHERE person_id = p.id ORDER BY position LIMIT 1)";

fn summary_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PersonSummary> {
    let preferred: Option<String> = r.get(1)?;
    let first: String = r.get(2)?;
    let last: String = r.get(3)?;
    let status: Option<String> = r.get(6)?;
    let e164: Option<String> = r.get(11)?;
    Ok(PersonSummary {
        id: r.get(0)?,
        display_name: display_name(preferred.as_deref(), &first, &last),
        zip: r.get(4)?,
        ladder_level: r.get(5)?,
        membership_status: status.map(column).transpose()?,
        needs_childcare: r.get(7)?,
        is_sample: r.get(8)?,
        phone: r
            .get::<_, Option<String>>(9)?
            .map(|typed| super::phone::shown(&typed, e164.as_deref())),
        email: r.get(10)?,
    })
}

/// One list line for a known person.
pub fn summary(conn: &Connection, id: crate::ids::PersonId) -> Result<PersonSummary> {
    conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM person p WHERE p.id = ?1"
    ))?
    .query_row(rusqlite::params![id], summary_from_row)
    .map_err(|e| match e {
        rusqlite::Error::QueryReturnedNoRows => crate::CoreError::NotFound {
            what: msg!("thing-person", id = id.to_string()),
        },
        other => other.into(),
    })
}

pub fn search(conn: &Connection, query: &PeopleQuery) -> Result<PeoplePage> {
    let mut conditions: Vec<String> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    let mut from = String::from("person p");
    if let Some(expr) = match_expression(&query.text) {
        from = String::from("person_search s JOIN person p ON p.rowid = s.rowid");
        args.push(Value::Text(expr));
        conditions.push(format!("person_search MATCH ?{}", args.len()));
    }
    if let Some(status) = query.membership_status {
        args.push(Value::Text(to_code(&status)));
        conditions.push(format!("p.membership_status = ?{}", args.len()));
    }
    if let Some(level) = query.ladder_level.as_deref().filter(|l| !l.is_empty()) {
        args.push(Value::Text(level.to_owned()));
        conditions.push(format!("p.ladder_level = ?{}", args.len()));
    }
    if let Some(tag) = query
        .tag
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        args.push(Value::Text(tag.to_owned()));
        conditions.push(format!(
            "EXISTS (SELECT 1 FROM person_tag t WHERE t.person_id = p.id AND t.tag = ?{} COLLATE NOCASE)",
            args.len()
        ));
    }
    if let Some(language) = query
        .language
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        args.push(Value::Text(language.to_owned()));
        conditions.push(format!(
            "EXISTS (SELECT 1 FROM person_language l WHERE l.person_id = p.id AND l.language = ?{} COLLATE NOCASE)",
            args.len()
        ));
    }
    if let Some(needs) = query.needs_childcare {
        args.push(Value::Integer(i64::from(needs)));
        conditions.push(format!("p.needs_childcare = ?{}", args.len()));
    }
    if let Some(zip) = query
        .zip
        .as_deref()
        .map(str::trim)
        .filter(|z| !z.is_empty())
    {
        args.push(Value::Text(format!("{zip}%")));
        conditions.push(format!("p.zip LIKE ?{}", args.len()));
    }
    let filter = if conditions.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conditions.join(" AND "))
    };

    let total: u32 = conn
        .prepare_cached(&format!("SELECT count(*) FROM {from} {filter}"))?
        .query_row(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?;
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, 5_000);
    let by_text = from.starts_with("person_search");
    // Ranking every match is what makes a one-letter search slow on a big list (bm25 for
    // 50,000 rows); when that many match, nobody is picking from the ranking anyway, so take
    // a page of them and show it by name, and let the next keystroke narrow it.
    let broad = by_text && total > BROAD;
    let order = if broad {
        ""
    } else if by_text {
        "ORDER BY s.rank, p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE"
    } else {
        "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE"
    };
    let sql = format!("SELECT {SUMMARY_COLUMNS} FROM {from} {filter} {order} LIMIT {limit}");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut people = stmt
        .query_map(rusqlite::params_from_iter(args.iter()), summary_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if broad {
        people.sort_by_cached_key(|p| p.display_name.to_lowercase());
    }
    Ok(PeoplePage { people, total })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Database;
    use crate::people::model::*;
    use crate::people::store::{create, Origin};
    use chrono::Utc;

    fn person(first: &str, last: &str, phone: &str, email: &str, zip: &str) -> PersonInput {
        PersonInput {
            first_name: first.into(),
            last_name: last.into(),
            phones: vec![PhoneInput {
                number: phone.into(),
                label: None,
            }],
            emails: vec![email.into()],
            address: Address {
                zip: Some(zip.into()),
                street: Some("12 Elm Street".into()),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    fn names(db: &Database, q: PeopleQuery) -> Vec<String> {
        search(db.conn(), &q)
            .unwrap()
            .people
            .into_iter()
            .map(|p| p.display_name)
            .collect()
    }

    fn text(t: &str) -> PeopleQuery {
        PeopleQuery {
            text: t.into(),
            ..Default::default()
        }
    }

    fn sample_db() -> Database {
        let mut db = Database::open_in_memory().unwrap();
        let now = Utc::now();
        create(
            &mut db,
            person(
                "José",
                "Álvarez",
                "617-555-0143",
                "jose.alvarez@example.org",
                "02134",
            ),
            Origin::ENTERED,
            now,
        )
        .unwrap();
        let mut siobhan = person(
            "Siobhán",
            "Murphy",
            "(413) 555-0199",
            "smurphy@example.net",
            "01002",
        );
        siobhan.responsibilities.needs_childcare = true;
        siobhan.tags = vec!["tenant".into()];
        siobhan.languages = vec!["Irish".into()];
        create(&mut db, siobhan, Origin::ENTERED, now).unwrap();
        create(
            &mut db,
            person("Joseph", "Kim", "617 555 0177", "jkim@example.com", "02139"),
            Origin::ENTERED,
            now,
        )
        .unwrap();
        db
    }

    #[test]
    fn finds_by_name_prefix_ignoring_accents() {
        let db = sample_db();
        assert_eq!(names(&db, text("alvarez")), vec!["José Álvarez"]);
        assert_eq!(names(&db, text("josé alv")), vec!["José Álvarez"]);
        assert_eq!(names(&db, text("siobhan mur")), vec!["Siobhán Murphy"]);
        // Typing is a prefix of every word: "jose" is also the start of "Joseph".
        let mut jo = names(&db, text("jose"));
        jo.sort();
        let mut want = vec!["José Álvarez", "Joseph Kim"];
        want.sort();
        assert_eq!(jo, want);
    }

    #[test]
    fn finds_by_phone_email_and_address() {
        let db = sample_db();
        assert_eq!(names(&db, text("0199")), vec!["Siobhán Murphy"]);
        assert_eq!(names(&db, text("(617) 555-0143")), vec!["José Álvarez"]);
        assert_eq!(names(&db, text("jkim@")), vec!["Joseph Kim"]);
        assert_eq!(names(&db, text("02134")), vec!["José Álvarez"]);
        assert_eq!(names(&db, text("elm")).len(), 3);
    }

    #[test]
    fn filters_narrow_and_total_counts_everyone() {
        let db = sample_db();
        let q = PeopleQuery {
            needs_childcare: Some(true),
            ..Default::default()
        };
        assert_eq!(names(&db, q), vec!["Siobhán Murphy"]);
        let q = PeopleQuery {
            tag: Some("TENANT".into()),
            language: Some("irish".into()),
            ..Default::default()
        };
        assert_eq!(names(&db, q), vec!["Siobhán Murphy"]);
        let q = PeopleQuery {
            zip: Some("021".into()),
            ..Default::default()
        };
        assert_eq!(names(&db, q).len(), 2);
        let page = search(
            db.conn(),
            &PeopleQuery {
                limit: Some(1),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!((page.people.len(), page.total), (1, 3));
        // Punctuation and quotes typed into the box never break the query.
        assert!(names(&db, text("\"o'brien\" AND -")).is_empty());
    }
}
