//! "Who is this?" while typing names from a filled sheet: the people whose names, phones or
//! emails start with what was typed (the same index as find-anyone), ranked by how closely
//! their name matches, so the right person is first and Enter marks them.

use rusqlite::{params, Connection};

use super::model::AttendeeMatch;
use crate::ids::MeetingId;
use crate::people::search::search;
use crate::people::PeopleQuery;
use crate::Result;

pub const MATCHES: usize = 8;

fn closeness(typed: &str, name: &str) -> f64 {
    let typed = typed.trim().to_lowercase();
    let name = name.to_lowercase();
    let whole = strsim::jaro_winkler(&typed, &name);
    // "ana" typed for "Ana María Delgado": a prefix of the name counts as a strong match.
    let prefix = if name.starts_with(&typed) { 1.0 } else { 0.0 };
    whole.max(prefix)
}

pub fn best_matches(
    conn: &Connection,
    meeting: MeetingId,
    typed: &str,
) -> Result<Vec<AttendeeMatch>> {
    if typed.trim().is_empty() {
        return Ok(Vec::new());
    }
    let candidates = search(
        conn,
        &PeopleQuery {
            text: typed.to_owned(),
            limit: Some(50),
            ..Default::default()
        },
    )?
    .people;
    let mut signed_in =
        conn.prepare_cached("SELECT 1 FROM attendance WHERE meeting_id = ?1 AND person_id = ?2")?;
    let mut ranked: Vec<(f64, AttendeeMatch)> = Vec::with_capacity(candidates.len());
    for person in candidates {
        let already = signed_in.exists(params![meeting, person.id])?;
        let detail = person
            .phone
            .clone()
            .or_else(|| person.zip.clone())
            .or_else(|| person.email.clone());
        ranked.push((
            closeness(typed, &person.display_name),
            AttendeeMatch {
                person_id: person.id,
                display_name: person.display_name,
                detail,
                already_signed_in: already,
            },
        ));
    }
    // Closest first; people already marked go after those still to mark.
    ranked.sort_by(|a, b| {
        a.1.already_signed_in
            .cmp(&b.1.already_signed_in)
            .then(b.0.total_cmp(&a.0))
            .then(a.1.display_name.cmp(&b.1.display_name))
    });
    Ok(ranked.into_iter().take(MATCHES).map(|(_, m)| m).collect())
}
