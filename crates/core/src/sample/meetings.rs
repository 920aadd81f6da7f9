//! Invented meetings for the sample chapter, with sign-ins from the sample people, so the
//! attendance counts, first-timers and ladder suggestions have something to show.

use chrono::{DateTime, Duration, Utc};

use crate::db::Database;
use crate::meetings::{attendance, store, MeetingInput};
use crate::people::search::search;
use crate::people::PeopleQuery;
use crate::Result;

pub fn add(db: &mut Database, zone: chrono_tz::Tz, now: DateTime<Utc>) -> Result<()> {
    let people = search(
        db.conn(),
        &PeopleQuery {
            limit: Some(100),
            ..Default::default()
        },
    )?
    .people;
    let local_now = now.with_timezone(&zone).date_naive();
    let plans = [
        ("Tenant union general meeting (sample)", 49, 12),
        ("Brake-light clinic planning (sample)", 35, 8),
        ("Know-your-rights training (sample)", 21, 15),
        ("Tenant union general meeting (sample)", 7, 18),
        ("Food share volunteers (sample)", -7, 0),
    ];
    for (index, (title, days_ago, came)) in plans.into_iter().enumerate() {
        let day = local_now - Duration::days(days_ago);
        let input = MeetingInput {
            title: title.into(),
            starts_at: format!("{day}T18:30"),
            place: Some(["St. Pius church basement", "Cermak library, room B"][index % 2].into()),
            childcare: true,
            interpretation: vec!["Spanish".into()],
            food: index % 2 == 0,
            step_free: true,
            ..Default::default()
        };
        let meeting = store::create(db, &input, zone, true, now)?;
        for person in people.iter().skip(index * 3).take(came) {
            attendance::record(db, meeting, person.id, now)?;
        }
    }
    Ok(())
}
