//! "Who is this?" while typing names from a filled sheet: the people whose names, phones or
//! emails start with what was typed (the same index as find-anyone), ranked by how closely
//! their name matches, so the right person is first and Enter marks them.
//!
//! Closeness is `nucleo-matcher`'s fuzzy score with accents and case folded, after how many of
//! the typed words are whole words of the name: "jose" is all of "José García"'s first name and
//! only the start of "Joseph", so José comes first.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use rusqlite::{params, Connection};

use super::model::AttendeeMatch;
use crate::ids::MeetingId;
use crate::people::search::search;
use crate::people::PeopleQuery;
use crate::Result;

pub const MATCHES: usize = 8;

/// How closely a name answers what was typed: whole words first, then the fuzzy score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Closeness {
    whole_words: usize,
    score: u32,
}

struct Closer {
    matcher: Matcher,
    pattern: Pattern,
    typed_words: Vec<String>,
    buffer: Vec<char>,
}

impl Closer {
    fn new(typed: &str) -> Closer {
        let typed = crate::folding::fold(typed);
        Closer {
            matcher: Matcher::new(Config::DEFAULT),
            pattern: Pattern::parse(&typed, CaseMatching::Ignore, Normalization::Smart),
            typed_words: words(&typed),
            buffer: Vec::new(),
        }
    }

    fn closeness(&mut self, name: &str) -> Closeness {
        let folded = crate::folding::fold(name);
        let name_words = words(&folded);
        let whole_words = self
            .typed_words
            .iter()
            .filter(|w| name_words.contains(w))
            .count();
        let score = self
            .pattern
            .score(Utf32Str::new(&folded, &mut self.buffer), &mut self.matcher)
            .unwrap_or(0);
        Closeness { whole_words, score }
    }
}

fn words(folded: &str) -> Vec<String> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
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
    let mut closer = Closer::new(typed);
    let mut ranked: Vec<(Closeness, AttendeeMatch)> = Vec::with_capacity(candidates.len());
    for person in candidates {
        let already = signed_in.exists(params![meeting, person.id])?;
        let detail = person
            .phone
            .clone()
            .or_else(|| person.zip.clone())
            .or_else(|| person.email.clone());
        ranked.push((
            closer.closeness(&person.display_name),
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
            .then(b.0.cmp(&a.0))
            .then(a.1.display_name.cmp(&b.1.display_name))
    });
    Ok(ranked.into_iter().take(MATCHES).map(|(_, m)| m).collect())
}

#[cfg(test)]
mod tests {
    use super::Closer;

    fn ranked<'a>(typed: &str, names: &[&'a str]) -> Vec<&'a str> {
        let mut closer = Closer::new(typed);
        let mut names = names.to_vec();
        names.sort_by_cached_key(|n| std::cmp::Reverse(closer.closeness(n)));
        names
    }

    #[test]
    fn a_name_typed_without_accents_finds_the_accented_one_first() {
        let names = ["Joseph Brown", "Josefina Ortiz", "José García"];
        assert_eq!(ranked("jose", &names)[0], "José García");
        assert_eq!(ranked("JOSE GARCIA", &names)[0], "José García");
        assert_eq!(ranked("josefina", &names)[0], "Josefina Ortiz");
        assert_eq!(ranked("jos brown", &names)[0], "Joseph Brown");
    }
}
