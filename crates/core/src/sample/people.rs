//! Invented people for the sample chapter: varied names, languages, schedules and family
//! responsibilities, a few one-on-ones, people at every step of the ladder. Deterministic, so
//! every sample chapter looks the same.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::db::Database;
use crate::people::ladder::{self, LevelChange};
use crate::people::model::*;
use crate::people::one_on_one::{self, OneOnOneInput};
use crate::people::store::{self, Origin};
use crate::Result;

const FIRST: &[&str] = &[
    "María",
    "Keisha",
    "Nguyễn Thị",
    "Darnell",
    "Siobhán",
    "José",
    "Fatima",
    "Tremaine",
    "Rosa",
    "Ahmed",
    "Linh",
    "Dolores",
    "Marcus",
    "Yesenia",
    "Olu",
    "Beatriz",
    "Tyrone",
    "Mai",
    "Guadalupe",
    "Kwame",
    "Ana Lucía",
    "DeShawn",
    "Hương",
    "Esperanza",
    "Jamal",
    "Wanda",
    "Luis",
    "Precious",
    "Sung-min",
    "Carmen",
    "Abdi",
    "Latoya",
    "Ramón",
    "Imani",
    "Tomás",
    "Aaliyah",
    "Hector",
    "Blessing",
    "Xiomara",
    "Earl",
];
const LAST: &[&str] = &[
    "Hernández",
    "Washington",
    "Trần",
    "Jackson",
    "O'Brien",
    "Martínez",
    "Hassan",
    "Williams",
    "Flores",
    "Ali",
    "Phạm",
    "Reyes",
    "Johnson",
    "Gómez",
    "Adeyemi",
    "Santos",
    "Brown",
    "Lê",
    "Morales",
    "Mensah",
];
const STREETS: &[&str] = &[
    "Elm Street",
    "Cedar Avenue",
    "River Road",
    "MLK Boulevard",
    "Church Street",
    "Mill Street",
];
const ZIPS: &[&str] = &["60608", "60609", "60616", "60623", "60632"];
const TAGS: &[&str] = &[
    "tenant",
    "healthcare",
    "brake-light clinic",
    "food share",
    "union",
    "youth",
];
const LEVELS: &[&str] = &[
    "contact",
    "contact",
    "contact",
    "attendee",
    "attendee",
    "participant",
    "volunteer",
    "leader",
    "organizer",
];
const CARES: &[&str] = &[
    "Rent keeps going up and the landlord ignores repairs",
    "Medical bills from her son's asthma visits",
    "Got stopped twice for a broken tail light",
    "Wages stolen by a temp agency",
    "No childcare that fits night shifts",
];

fn pick<T: Copy>(list: &[T], i: usize, step: usize) -> T {
    list[(i * step) % list.len()]
}

pub fn add(db: &mut Database, now: DateTime<Utc>, today: NaiveDate) -> Result<()> {
    let origin = Origin {
        source: "sample",
        is_sample: true,
    };
    for i in 0..FIRST.len() {
        let spanish = i % 3 == 0;
        let vietnamese = FIRST[i].contains('ị')
            || FIRST[i] == "Linh"
            || FIRST[i] == "Mai"
            || FIRST[i] == "Hương";
        let mut languages = vec!["English".to_owned()];
        if spanish {
            languages.insert(0, "Spanish".into());
        }
        if vietnamese {
            languages.insert(0, "Vietnamese".into());
        }
        let day = [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ];
        let parts = [DayPart::Morning, DayPart::Afternoon, DayPart::Evening];
        let input = PersonInput {
            first_name: FIRST[i].into(),
            last_name: pick(LAST, i, 7).into(),
            phones: vec![PhoneInput {
                number: format!("(312) 555-{:04}", 100 + i * 37),
                label: Some("cell".into()),
            }],
            emails: if i % 4 == 3 {
                vec![]
            } else {
                vec![format!("sample{}@example.org", i + 1)]
            },
            address: Address {
                street: Some(format!("{} {}", 100 + i * 13, pick(STREETS, i, 5))),
                city: Some("Chicago".into()),
                state: Some("IL".into()),
                zip: Some(pick(ZIPS, i, 3).into()),
                ..Default::default()
            },
            preferred_language: Some(languages[0].clone()),
            languages,
            tags: vec![pick(TAGS, i, 5).into()],
            do_not_text: i % 11 == 5,
            is_student: i % 9 == 4,
            responsibilities: Responsibilities {
                children: (i % 4) as u8,
                needs_childcare: i % 4 >= 2,
                cares_for_adult: i % 7 == 2,
                caregiving_note: (i % 7 == 2)
                    .then(|| "Looks after her mother most evenings".into()),
                work_schedule: [
                    WorkSchedule::Days,
                    WorkSchedule::Nights,
                    WorkSchedule::Rotating,
                    WorkSchedule::Evenings,
                ][i % 4],
                transport: [
                    Transport::Transit,
                    Transport::Car,
                    Transport::NeedsRide,
                    Transport::WalkOrBike,
                ][i % 4],
            },
            availability: vec![
                Slot {
                    day: pick(&day, i, 3),
                    part: pick(&parts, i, 2),
                },
                Slot {
                    day: Weekday::Sat,
                    part: DayPart::Morning,
                },
            ],
            ..Default::default()
        };
        let person = store::create(db, input, origin, now)?;
        let level = pick(LEVELS, i, 4);
        if level != "contact" {
            let change = LevelChange {
                person: person.id,
                to_level: level,
                changed_by: "Rosa (sample)",
                reason: Some("Brought three neighbors to the tenant meeting (sample)"),
            };
            ladder::set_level(db, &change, now)?;
        }
        if i % 3 != 1 {
            let held_on = today - Duration::days((i as i64 * 5) % 60 + 1);
            let talk = OneOnOneInput {
                person_id: person.id,
                held_on: held_on.to_string(),
                held_by: if i % 2 == 0 {
                    "Rosa (sample)".into()
                } else {
                    "Tomás (sample)".into()
                },
                story: Some("Invented story for the sample chapter.".into()),
                cares_about: Some(pick(CARES, i, 3).into()),
                agreed_to: Some("Come to the next general meeting".into()),
                next_step: Some("Call about the meeting and offer childcare".into()),
                follow_up_on: Some((held_on + Duration::days(14)).to_string()),
            };
            one_on_one::log(db, &talk, today, now)?;
        }
    }
    // One person signed in twice under a nickname, with the same phone: the sample shows what
    // a likely duplicate looks like, for an organizer to merge.
    let again = PersonInput {
        first_name: "Kiki".into(),
        last_name: pick(LAST, 1, 7).into(),
        phones: vec![PhoneInput {
            number: format!("312.555.{:04}", 100 + 37),
            label: None,
        }],
        notes: Some("Signed in at the block party (sample).".into()),
        ..Default::default()
    };
    store::create(db, again, origin, now)?;
    Ok(())
}
