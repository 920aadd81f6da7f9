//! Street addresses as doors: "123 Main St.", "123 MAIN STREET" and "123 Main St" are one
//! door; "Apt 4", "Unit 4" and "#4" are one unit. An address is read into its house number,
//! its street (directions and the street's kind abbreviated the way the Postal Service does)
//! and its unit, each with a key that compares, and a form that prints ("183 Larch Ct Unit 2").

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An address read into its parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Address {
    /// "183", "45B", "12½": as printed.
    pub number: String,
    /// "Larch Ct", "N Elm Ave": as printed.
    pub street: String,
    /// "Unit 2", "Apt 4B"; empty for a house.
    pub unit: String,
    /// "LARCH CT": what two spellings of the street share.
    pub street_key: String,
    /// "2", "4B": the unit without its marker, so "Apt 2" and "#2" are one.
    pub unit_key: String,
}

/// The street's kind, as written out and as abbreviated.
const SUFFIXES: &[(&str, &str)] = &[
    ("STREET", "ST"),
    ("STR", "ST"),
    ("AVENUE", "AVE"),
    ("AV", "AVE"),
    ("AVEN", "AVE"),
    ("BOULEVARD", "BLVD"),
    ("BOUL", "BLVD"),
    ("ROAD", "RD"),
    ("DRIVE", "DR"),
    ("DRV", "DR"),
    ("COURT", "CT"),
    ("LANE", "LN"),
    ("PLACE", "PL"),
    ("TERRACE", "TER"),
    ("TERR", "TER"),
    ("PARKWAY", "PKWY"),
    ("PKY", "PKWY"),
    ("HIGHWAY", "HWY"),
    ("CIRCLE", "CIR"),
    ("SQUARE", "SQ"),
    ("TRAIL", "TRL"),
    ("ALLEY", "ALY"),
    ("EXPRESSWAY", "EXPY"),
    ("CRESCENT", "CRES"),
    ("POINT", "PT"),
    ("PLAZA", "PLZ"),
    ("HEIGHTS", "HTS"),
];

const DIRECTIONS: &[(&str, &str)] = &[
    ("NORTH", "N"),
    ("SOUTH", "S"),
    ("EAST", "E"),
    ("WEST", "W"),
    ("NORTHEAST", "NE"),
    ("NORTHWEST", "NW"),
    ("SOUTHEAST", "SE"),
    ("SOUTHWEST", "SW"),
];

/// Words that start a unit, and how the unit prints.
const UNIT_MARKERS: &[(&str, &str)] = &[
    ("APT", "Apt"),
    ("APARTMENT", "Apt"),
    ("UNIT", "Unit"),
    ("#", "Unit"),
    ("NO", "Unit"),
    ("STE", "Ste"),
    ("SUITE", "Ste"),
    ("FL", "Fl"),
    ("FLOOR", "Fl"),
    ("RM", "Rm"),
    ("ROOM", "Rm"),
    ("BSMT", "Bsmt"),
    ("BASEMENT", "Bsmt"),
    ("REAR", "Rear"),
    ("FRONT", "Front"),
    ("LOWER", "Lower"),
    ("UPPER", "Upper"),
];

fn abbreviated(word: &str, table: &[(&'static str, &'static str)]) -> Option<&'static str> {
    table
        .iter()
        .find(|(long, short)| *long == word || *short == word)
        .map(|(_, short)| *short)
}

/// A word typed to find a street, as street keys hold it: "court" is "CT", "north" is "N".
pub fn key_word(word: &str) -> String {
    let upper = word.trim_matches('.').to_uppercase();
    abbreviated(&upper, SUFFIXES)
        .or_else(|| abbreviated(&upper, DIRECTIONS))
        .map_or(upper, str::to_owned)
}

fn is_direction(word: &str) -> bool {
    abbreviated(word, DIRECTIONS).is_some()
}

/// A word as printed: an abbreviation in title case ("Ave", "NE" stays upper), a number as is.
fn printed(word: &str) -> String {
    let short_direction = word.len() <= 2 && is_direction(word);
    if short_direction {
        return word.to_owned();
    }
    // "21ST" prints "21st".
    if word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_lowercase();
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// The words of a street line, upper case, without the dots and commas people type.
fn words(text: &str) -> Vec<String> {
    let spaced = text.replace('#', " # ").replace([',', ';'], " ");
    spaced
        .split_whitespace()
        .map(|w| w.trim_matches('.').to_uppercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether a word is a house number: it starts with a digit ("183", "45B", "12-14").
fn is_number(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Reads a street line ("183 Larch Ct. #2"), with a unit given apart (a list's second address
/// line) taking the place of one in the line. `None` for a line with no house number or
/// street: such a line is not a door one can walk to.
pub fn parse(line: &str, unit: Option<&str>) -> Option<Address> {
    let mut w = words(line);
    if w.is_empty() || !is_number(&w[0]) {
        return None;
    }
    let mut number = w.remove(0);
    // "12 1/2 Main St": the half is part of the number.
    if w.first().is_some_and(|f| f == "1/2") {
        w.remove(0);
        number.push('½');
    }
    let number = number.replace('-', "");
    // The unit: from the first marker on (a marker that is the street's only word is the
    // street: "Front St", "Rear Ave").
    let at = w.iter().enumerate().position(|(i, word)| {
        abbreviated(word, UNIT_MARKERS).is_some()
            && i > 0
            && !(i + 1 == w.len() && abbreviated(word, SUFFIXES).is_some())
    });
    let mut in_line: Vec<String> = match at {
        Some(i) => w.split_off(i),
        None => Vec::new(),
    };
    // "Apt 4 B", "# 4": the unit's marker, then its words.
    let given = unit.map(words).filter(|u| !u.is_empty());
    if let Some(given) = given {
        in_line = given;
    }
    let (unit_print, unit_key) = unit_parts(&in_line);
    let street_words = street(&w);
    if street_words.is_empty() {
        return None;
    }
    let street_key = street_words.join(" ");
    let street = street_words
        .iter()
        .map(|s| printed(s))
        .collect::<Vec<_>>()
        .join(" ");
    Some(Address {
        number,
        street,
        unit: unit_print,
        street_key,
        unit_key,
    })
}

/// The street's words with directions and its kind abbreviated where they stand (a direction
/// first or last, the kind last or before a closing direction).
fn street(words: &[String]) -> Vec<String> {
    let mut out: Vec<String> = words.to_vec();
    let n = out.len();
    if n == 0 {
        return out;
    }
    // "West St" is a street named West; "West Elm St" is on the west side of Elm.
    let named_for_direction = n == 2 && abbreviated(&out[1], SUFFIXES).is_some();
    if n > 1 && !named_for_direction {
        if let Some(short) = abbreviated(&out[0], DIRECTIONS) {
            out[0] = short.to_owned();
        }
    }
    let last = n - 1;
    let (kind_at, closing) = if n > 2 && is_direction(&out[last]) {
        (last - 1, Some(last))
    } else {
        (last, None)
    };
    if let Some(closing) = closing {
        if let Some(short) = abbreviated(&out[closing], DIRECTIONS) {
            out[closing] = short.to_owned();
        }
    }
    if kind_at > 0 {
        if let Some(short) = abbreviated(&out[kind_at], SUFFIXES) {
            out[kind_at] = short.to_owned();
        }
    }
    out
}

/// A unit's printed form and key from its words ("APT", "4B" → "Apt 4B", "4B").
fn unit_parts(words: &[String]) -> (String, String) {
    let Some(first) = words.first() else {
        return (String::new(), String::new());
    };
    let (marker, rest) = match UNIT_MARKERS.iter().find(|(word, _)| word == first) {
        Some((_, print)) => (*print, &words[1..]),
        None => ("Unit", words),
    };
    let key: String = rest.concat().trim_start_matches('#').to_owned();
    // A marker with nothing after it ("Rear", "Basement") is the unit itself.
    if key.is_empty() {
        return (marker.to_owned(), marker.to_uppercase());
    }
    (format!("{marker} {key}"), key)
}

impl Address {
    /// The address as it prints: "183 Larch Ct Unit 2".
    pub fn line(&self) -> String {
        let mut line = format!("{} {}", self.number, self.street);
        if !self.unit.is_empty() {
            line.push(' ');
            line.push_str(&self.unit);
        }
        line
    }

    /// The house number as a number, for walking order ("45B" → 45); 0 when it has none.
    pub fn house(&self) -> u32 {
        self.number
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(line: &str) -> (String, String, String) {
        let a = parse(line, None).unwrap_or_else(|| panic!("{line}"));
        (a.number, a.street_key, a.unit_key)
    }

    #[test]
    fn spellings_of_one_door_are_one_door() {
        let one = key("123 Main St.");
        for other in ["123 MAIN STREET", "123 main st", "123  Main  Street,"] {
            assert_eq!(key(other), one, "{other}");
        }
        let unit = key("183 Larch Ct Apt 2");
        for other in [
            "183 LARCH COURT UNIT 2",
            "183 Larch Ct. #2",
            "183 larch ct # 2",
            "183 Larch Court Apartment 2",
        ] {
            assert_eq!(key(other), unit, "{other}");
        }
        assert_ne!(key("183 Larch Ct Apt 3"), unit);
        assert_ne!(key("185 Larch Ct Apt 2"), unit);
    }

    #[test]
    fn directions_and_kinds_are_abbreviated_where_they_stand() {
        let a = parse("45 North Elm Avenue Southwest", None).unwrap();
        assert_eq!(a.street, "N Elm Ave SW");
        assert_eq!(a.street_key, "N ELM AVE SW");
        // A street named for a direction, or a kind, keeps its name.
        assert_eq!(parse("9 West St", None).unwrap().street, "West St");
        assert_eq!(parse("9 Court St", None).unwrap().street, "Court St");
        assert_eq!(parse("9 Front St", None).unwrap().street, "Front St");
    }

    #[test]
    fn an_address_prints_with_its_unit() {
        let a = parse("183 larch court", Some("#2")).unwrap();
        assert_eq!(a.line(), "183 Larch Ct Unit 2");
        assert_eq!(
            parse("12 1/2 Oak St Rear", None).unwrap().line(),
            "12½ Oak St Rear"
        );
        assert_eq!(
            parse("45-B Elm St Apt 4 b", None).unwrap().line(),
            "45B Elm St Apt 4B"
        );
        assert_eq!(parse("45B Elm St", None).unwrap().house(), 45);
        assert_eq!(
            parse("1840 W 21ST PLACE", None).unwrap().street,
            "W 21st Pl"
        );
    }

    #[test]
    fn a_line_without_a_number_or_street_is_no_door() {
        assert!(parse("PO Box 12", None).is_none());
        assert!(parse("", None).is_none());
        assert!(parse("123", None).is_none());
    }
}
