//! The sample chapter: invented data, clearly marked, for trying Groundwork out.
//!
//! Each area adds its own invented records in a module here.

mod campaigns;
mod canvass;
mod grants;
mod meetings;
mod national;
mod needs;
mod orgs;
mod people;
mod training;

use chrono::{DateTime, Utc};

use crate::db::Database;
use crate::msg;
use crate::settings::{self, store_sample, ChapterSettings, Lang, PaperSize};
use crate::{CoreError, Result};

pub const SAMPLE_NAME: &str = "Riverside Chapter (sample)";
pub use national::SAMPLE_COMMITTEE;

/// Fills an empty database with the sample national committee: a grant round with
/// applications at every stage. Refuses a database that already holds a chapter or committee
/// of its own.
pub fn create_national(db: &mut Database, now: DateTime<Utc>) -> Result<()> {
    if let Some(existing) = settings::load(db)? {
        if existing.is_sample && settings::role_of(db)? == Some(settings::Role::National) {
            return Ok(());
        }
        return Err(CoreError::invalid(
            msg!("field-database"),
            msg!("sample-into-chapter", chapter = existing.settings.name),
        ));
    }
    national::create(db, now)
}

/// Fills an empty database with the sample chapter. Refuses a database that already holds a
/// real chapter, so sample data never mixes with real people.
pub fn create(db: &mut Database, now: DateTime<Utc>) -> Result<()> {
    if let Some(existing) = settings::load(db)? {
        if existing.is_sample {
            return Ok(());
        }
        return Err(CoreError::invalid(
            msg!("field-database"),
            msg!("sample-into-chapter", chapter = existing.settings.name),
        ));
    }
    let settings = ChapterSettings {
        name: SAMPLE_NAME.into(),
        paper_size: PaperSize::Letter,
        print_languages: vec![Lang::En, Lang::Es],
        time_zone: "America/Chicago".into(),
    };
    store_sample(db, &settings, now)?;
    people::add(db, now, now.date_naive())?;
    let zone = settings
        .time_zone
        .parse()
        .unwrap_or(chrono_tz::America::Chicago);
    meetings::add(db, zone, now)?;
    needs::add(db, now)?;
    orgs::add(db, now, now.date_naive())?;
    campaigns::add(db, now)?;
    training::add(db, zone, now)?;
    canvass::add(db, now)?;
    grants::add(db, now, now.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_committee_has_a_round_at_every_stage_and_refuses_a_real_database() {
        use crate::grants::national::{ledger, received, rounds, ReceivedStatus};
        let mut db = Database::open_in_memory().unwrap();
        create_national(&mut db, Utc::now()).unwrap();
        create_national(&mut db, Utc::now()).unwrap();
        let committee = settings::load(&db).unwrap().unwrap();
        assert!(committee.is_sample);
        assert_eq!(
            settings::role_of(&db).unwrap(),
            Some(settings::Role::National)
        );
        let round = rounds::list(db.conn()).unwrap().remove(0).id;
        let all = received::list(db.conn(), round).unwrap();
        assert_eq!(all.len(), 5);
        let status = |s| all.iter().filter(|a| a.status == s).count();
        assert_eq!(status(ReceivedStatus::Awarded), 1);
        assert_eq!(status(ReceivedStatus::Declined), 1);
        assert!(all.iter().any(|a| a.revisions == 2));
        let l = ledger::ledger(db.conn(), round).unwrap();
        assert!(l.disbursed > 0 && l.committed > l.disbursed);

        let mut chapter = Database::open_in_memory().unwrap();
        create(&mut chapter, Utc::now()).unwrap();
        assert!(create_national(&mut chapter, Utc::now()).is_err());
    }

    #[test]
    fn the_sample_is_marked_and_never_overwrites_a_real_chapter() {
        let mut db = Database::open_in_memory().unwrap();
        create(&mut db, Utc::now()).unwrap();
        let chapter = settings::load(&db).unwrap().unwrap();
        assert!(chapter.is_sample);
        let everyone = crate::people::search::search(db.conn(), &Default::default()).unwrap();
        assert!(everyone.total >= 40);
        assert!(everyone.people.iter().all(|p| p.is_sample));
        // Respondents who asked to be contacted read as people, not as form numbers.
        let named_by_number: Vec<_> = everyone
            .people
            .iter()
            .filter(|p| p.display_name.chars().any(|c| c.is_ascii_digit()))
            .collect();
        assert!(named_by_number.is_empty(), "{named_by_number:?}");
        // One likely duplicate, for a newcomer to see what merging looks like.
        let pairs = crate::people::duplicates::find(db.conn(), None).unwrap();
        assert_eq!(pairs.len(), 1, "{pairs:?}");
        // A needs assessment with a few hundred forms, ranked at once.
        let assessments = crate::needs::assessment::list(db.conn()).unwrap();
        assert_eq!(assessments.len(), 1);
        assert!(assessments[0].is_sample && assessments[0].responses >= 200);
        let ranking = crate::needs::ranking::overall(db.conn(), assessments[0].id, "en").unwrap();
        assert!(ranking.needs[0].share > ranking.needs[11].share);
        // Organizations with most members tied to them: a ranking at once, and things to tend.
        let ranked = crate::connections::ranking(db.conn()).unwrap();
        assert!(ranked.len() >= 12 && ranked[0].members >= 5, "{ranked:?}");
        let tied: i64 = db
            .conn()
            .query_row("SELECT count(DISTINCT person_id) FROM tie", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert!(tied >= 30, "{tied}");
        let tend = crate::orgs::tending::to_tend(db.conn(), 8, Utc::now().date_naive()).unwrap();
        assert!(
            !tend.quiet.is_empty() && tend.due.iter().any(|d| d.overdue),
            "{tend:?}"
        );
        // A campaign with its chart filled in, and a map with members' paths in.
        let campaigns = crate::campaigns::store::list(db.conn()).unwrap();
        assert_eq!(campaigns.len(), 1);
        let campaign = &campaigns[0];
        assert!(campaign.is_sample && campaign.chart.len() >= 20);
        assert!(campaign.chart.iter().any(|i| i.target_id.is_some()));
        // It grows out of the project the needs assessment's shortlist made.
        let projects = crate::projects::store::list(db.conn()).unwrap();
        assert_eq!(projects.len(), 1);
        assert_eq!(campaign.fields.project_id, Some(projects[0].id));
        // ... and has a grant application for it, complete and ready to send.
        let applications = crate::grants::store::list(db.conn()).unwrap();
        assert_eq!(applications.len(), 1);
        assert!(applications[0].complete(), "{:?}", applications[0].missing);
        assert!(applications[0].is_sample);
        let map = crate::power_map::store::get(db.conn(), campaign.maps[0].id).unwrap();
        assert!(map.is_sample && map.nodes.len() >= 20 && map.edges.len() >= 15);
        // Training: sessions on built-in modules with sign-ins, one who learned two, and a
        // module of the chapter's own.
        let sessions =
            crate::training::sessions::list(db.conn(), None, chrono_tz::UTC, &[Lang::En]).unwrap();
        assert_eq!(sessions.len(), 3);
        assert!(sessions.iter().all(|s| s.meeting.attended > 0));
        let own = crate::training::store::list(db.conn(), &[Lang::En])
            .unwrap()
            .into_iter()
            .filter(|m| !m.built_in)
            .count();
        assert_eq!(own, 1);
        let twice: i64 = db
            .conn()
            .query_row(
                "SELECT count(*) FROM (SELECT a.person_id FROM attendance a
                 JOIN training_session s ON s.meeting_id = a.meeting_id
                 GROUP BY a.person_id HAVING count(DISTINCT s.module_id) >= 2)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(twice >= 2, "{twice}");
        // A canvass of the sample people's doors and their neighbours', results on its first
        // turf.
        let canvasses = crate::canvass::canvasses::list(db.conn()).unwrap();
        assert_eq!(canvasses.len(), 1);
        let summary = crate::canvass::summary::of(db.conn(), canvasses[0].id).unwrap();
        assert!(
            summary.all.doors >= 12 && summary.all.knocked == 6,
            "{summary:?}"
        );
        assert_eq!(summary.all.conversations, 2);
        // The application for the project shows the campaign's map.
        assert_eq!(
            crate::power_map::store::of_project(db.conn(), projects[0].id).unwrap(),
            vec![map.id]
        );
        let linked = map
            .nodes
            .iter()
            .filter(|n| n.fields.organization_id.is_some());
        assert!(
            linked.count() >= 8,
            "the map's organizations are the directory's"
        );
        let paths = crate::power_map::paths::of_map(db.conn(), map.id).unwrap();
        assert!(paths.len() >= 5, "{paths:?}");
        create(&mut db, Utc::now()).unwrap();

        let mut real = Database::open_in_memory().unwrap();
        let s = ChapterSettings {
            name: "Real".into(),
            ..Default::default()
        };
        settings::save(&mut real, &s, Utc::now()).unwrap();
        assert!(create(&mut real, Utc::now()).is_err());
        assert!(!settings::load(&real).unwrap().unwrap().is_sample);
    }
}
