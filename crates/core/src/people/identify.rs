//! Who is at the laptop: a member passed the laptop at a meeting says their name and one more
//! fact (the last four digits of a phone, their ZIP, their house number, or an email), and
//! is found only when exactly one person has both. The member list is never shown, so nobody
//! learns who else is in the chapter, or another member's details, by trying names.

use rusqlite::{params, Connection};

use crate::folding::fold;
use crate::ids::PersonId;
use crate::Result;

/// Spaces and case as typed do not matter: "  josé   GARCÍA " is "jose garcia".
fn folded_name(text: &str) -> String {
    fold(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// What the typed fact can be checked against.
struct Fact {
    email: Option<String>,
    digits: String,
}

impl Fact {
    fn read(typed: &str) -> Option<Fact> {
        let typed = typed.trim();
        if typed.contains('@') {
            return Some(Fact {
                email: Some(typed.to_lowercase()),
                digits: String::new(),
            });
        }
        let digits = digits(typed);
        (!digits.is_empty()).then_some(Fact {
            email: None,
            digits,
        })
    }
}

/// The one person with this name and this fact, or `None` (nobody, or more than one: then
/// nobody is told apart, and the member asks the organizer).
pub fn identify(conn: &Connection, name: &str, fact: &str) -> Result<Option<PersonId>> {
    let wanted = folded_name(name);
    let Some(fact) = Fact::read(fact) else {
        return Ok(None);
    };
    if wanted.is_empty() {
        return Ok(None);
    }
    let mut named = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT id, first_name, last_name, preferred_name, zip, street FROM person",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let first: String = r.get(1)?;
            let last: String = r.get(2)?;
            let preferred: Option<String> = r.get(3)?;
            let mut names = vec![folded_name(&format!("{first} {last}"))];
            if let Some(p) = preferred.filter(|p| !p.trim().is_empty()) {
                names.push(folded_name(&format!("{p} {last}")));
            }
            if names.contains(&wanted) {
                let zip: Option<String> = r.get(4)?;
                let street: Option<String> = r.get(5)?;
                named.push((r.get::<_, PersonId>(0)?, zip, street));
            }
        }
    }
    let mut found = Vec::new();
    for (id, zip, street) in named {
        if fact_fits(conn, id, zip.as_deref(), street.as_deref(), &fact)? {
            found.push(id);
        }
    }
    Ok(match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    })
}

fn fact_fits(
    conn: &Connection,
    id: PersonId,
    zip: Option<&str>,
    street: Option<&str>,
    fact: &Fact,
) -> Result<bool> {
    if let Some(email) = &fact.email {
        let mut emails =
            conn.prepare_cached("SELECT lower(email) FROM person_email WHERE person_id = ?1")?;
        let mut rows = emails.query(params![id])?;
        while let Some(r) = rows.next()? {
            if r.get::<_, String>(0)?.trim() == email {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let typed = fact.digits.as_str();
    // The house number: the digits the street begins with.
    let house: String = street
        .unwrap_or("")
        .trim()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if house == typed {
        return Ok(true);
    }
    if (typed.len() == 5 || typed.len() == 9)
        && zip.is_some_and(|z| digits(z) == typed[..5] || digits(z) == typed)
    {
        return Ok(true);
    }
    if typed.len() >= 4 {
        let mut phones =
            conn.prepare_cached("SELECT number FROM person_phone WHERE person_id = ?1")?;
        let mut rows = phones.query(params![id])?;
        while let Some(r) = rows.next()? {
            if digits(&r.get::<_, String>(0)?).ends_with(typed) {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Database;
    use crate::people::model::{Address, Origin, PersonInput, PhoneInput};
    use crate::people::store::create;

    fn add(
        db: &mut Database,
        first: &str,
        last: &str,
        phone: &str,
        zip: &str,
        street: &str,
    ) -> PersonId {
        let input = PersonInput {
            first_name: first.into(),
            last_name: last.into(),
            phones: vec![PhoneInput {
                number: phone.into(),
                label: None,
            }],
            emails: vec![format!("{}@example.org", first.to_lowercase())],
            address: Address {
                street: Some(street.into()),
                zip: Some(zip.into()),
                ..Default::default()
            },
            ..Default::default()
        };
        let origin = Origin {
            source: "entered",
            is_sample: false,
        };
        create(db, input, origin, "2026-12-06T18:00:00Z".parse().unwrap())
            .unwrap()
            .id
    }

    #[test]
    fn a_name_and_one_fact_find_the_one_person() {
        let mut db = Database::open_in_memory().unwrap();
        let jose = add(
            &mut db,
            "José",
            "García",
            "(215) 555-0142",
            "19140",
            "2210 N 5th St",
        );
        add(
            &mut db,
            "Rosa",
            "García",
            "(215) 555-0199",
            "19140",
            "2210 N 5th St",
        );
        let conn = db.conn();
        for fact in [
            "0142",
            "215-555-0142",
            "19140",
            "2210",
            "josé@example.org",
            " JOSÉ@EXAMPLE.ORG ",
        ] {
            assert_eq!(
                identify(conn, "  jose   GARCIA ", fact).unwrap(),
                Some(jose),
                "{fact}"
            );
        }
        assert_eq!(
            identify(conn, "José García", "0199").unwrap(),
            None,
            "Rosa's phone"
        );
        assert_eq!(identify(conn, "José García", "").unwrap(), None);
        assert_eq!(
            identify(conn, "José", "0142").unwrap(),
            None,
            "the whole name"
        );
    }

    #[test]
    fn two_people_with_the_name_and_the_fact_are_not_told_apart() {
        let mut db = Database::open_in_memory().unwrap();
        add(
            &mut db,
            "Ana",
            "Ruiz",
            "(215) 555-0100",
            "19140",
            "12 Oak St",
        );
        add(
            &mut db,
            "Ana",
            "Ruiz",
            "(215) 555-0101",
            "19140",
            "40 Elm St",
        );
        let conn = db.conn();
        assert_eq!(identify(conn, "Ana Ruiz", "19140").unwrap(), None);
        assert!(identify(conn, "Ana Ruiz", "0101").unwrap().is_some());
    }
}
