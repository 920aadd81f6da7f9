//! The sample national committee: a grant round with applications from five invented
//! chapters, at different stages (just received, resubmitted, reviewed with one reviewer
//! recused, awarded and partly paid, declined), so a committee can see the whole round at once.
//! The applications arrive as chapters send them: signed files, imported the usual way.

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};
use ed25519_dalek::SigningKey;

use crate::db::Database;
use crate::grants::national::decisions::{decide, Decision};
use crate::grants::national::ledger::disburse;
use crate::grants::national::received::import;
use crate::grants::national::regions;
use crate::grants::national::reviews::{recuse, score, ScoreInput};
use crate::grants::national::rounds::{self, RoundInput, DEFAULT_BUDGET_CENTS};
use crate::grants::national::{reviewers, rubric};
use crate::grants::sent::{SentApplication, SentChapter, SentContent, SentInitiative, KIND};
use crate::grants::{ApplicationInput, BudgetLineInput, MilestoneInput, NeedEvidence};
use crate::ids::{ApplicationId, ProjectId, RoundId};
use crate::needs::survey::Survey;
use crate::settings::{ChapterSettings, Lang, PaperSize};
use crate::{signed_file, Result};

pub const SAMPLE_COMMITTEE: &str = "National grants committee (sample)";

/// What becomes of an application in the sample round.
#[derive(Clone, Copy)]
enum Stage {
    Received,
    Resubmitted,
    Reviewed,
    AwardedAndPaid,
    Declined,
}

struct Sample {
    chapter: &'static str,
    languages: &'static [Lang],
    title: &'static str,
    does: &'static str,
    needs: &'static [&'static str],
    base_building: &'static str,
    sustaining: &'static str,
    budget: &'static [(&'static str, u32, i64)],
    milestones: &'static [(u32, &'static str)],
    goals: [u32; 4],
    stage: Stage,
    /// The region the committee put the chapter in; one is left for the committee to place.
    region: Option<&'static str>,
    /// What the chapter's needs assessment found of the need it answers: its rank, the
    /// residents who named it and the forms counted.
    found: (u32, u32, u32),
}

const SAMPLES: &[Sample] = &[
    Sample {
        chapter: "Southside Chapter (sample)",
        languages: &[Lang::En, Lang::Es],
        title: "Southside food pantry as a door in",
        does: "A Saturday food pantry where volunteers hold a one-on-one with every family that comes twice.",
        needs: &["food"],
        base_building: "The pantry is where we meet people; the one-on-ones are how they become members.",
        sustaining: "The church hall is free; members take over the shifts by the fourth month.",
        budget: &[("Food bought wholesale", 12, 5_000), ("Sign-in sheets and flyers", 1, 10_000), ("Childcare for volunteer trainings", 4, 2_500)],
        milestones: &[(1, "Pantry open every Saturday"), (3, "Forty one-on-ones held"), (4, "First members' meeting")],
        goals: [400, 40, 20, 3],
        stage: Stage::Reviewed,
        region: Some("Southeast"),
        found: (2, 131, 240),
    },
    Sample {
        chapter: "Lakeview Chapter (sample)",
        languages: &[Lang::En],
        title: "Lakeview bus riders' union",
        does: "Riders of the 14 and 22 lines meet at the stops and organize for the service cuts to be undone.",
        needs: &["transport"],
        base_building: "Stop by stop, riders who wait together every morning become a union that meets monthly.",
        sustaining: "Dues of $1 a month, and the transit workers' local shares its hall.",
        budget: &[("Printed rider surveys", 2, 15_000), ("Bus passes for organizers", 10, 5_000), ("Food at four riders' meetings", 4, 5_000)],
        milestones: &[(1, "Surveys at twenty stops"), (3, "First riders' assembly"), (5, "A meeting with the transit board")],
        goals: [600, 50, 30, 4],
        stage: Stage::AwardedAndPaid,
        region: Some("Great Lakes"),
        found: (1, 212, 318),
    },
    Sample {
        chapter: "Hill Country Chapter (sample)",
        languages: &[Lang::En],
        title: "Hill Country newsletter",
        does: "A printed newsletter mailed to every member each month.",
        needs: &[],
        base_building: "Members will read about the chapter's work.",
        sustaining: "We will look for advertisers.",
        budget: &[("Printing and postage", 5, 12_000)],
        milestones: &[(1, "First issue mailed"), (5, "Fifth issue mailed")],
        goals: [300, 0, 10, 0],
        stage: Stage::Declined,
        region: Some("Southwest"),
        found: (0, 0, 0),
    },
    Sample {
        chapter: "Harbor Chapter (sample)",
        languages: &[Lang::Es, Lang::En],
        title: "Clínica de derechos laborales del puerto",
        does: "Una clínica mensual donde trabajadores del puerto aprenden sus derechos y se conocen uno a uno.",
        needs: &["work"],
        base_building: "Cada clínica termina con conversaciones uno a uno y una invitación a la próxima reunión.",
        sustaining: "Una abogada voluntaria y las cuotas de los miembros nuevos.",
        budget: &[("Alquiler del salón", 5, 8_000), ("Comida para las clínicas", 5, 6_000), ("Volantes en español e inglés", 1, 20_000)],
        milestones: &[(1, "Primera clínica"), (3, "Treinta conversaciones uno a uno"), (5, "Asamblea de trabajadores del puerto")],
        goals: [250, 30, 15, 3],
        stage: Stage::Resubmitted,
        region: Some("Southeast"),
        found: (1, 97, 150),
    },
    Sample {
        chapter: "Valley Chapter (sample)",
        languages: &[Lang::En, Lang::Es],
        title: "Valley water shutoff defense",
        does: "Neighbours on the east side who face water shutoffs meet, and go to the utility together.",
        needs: &["utilities"],
        base_building: "Each family helped brings two neighbours; the defense committee is made of families it helped.",
        sustaining: "The committee meets in members' homes and needs no money after the first months.",
        budget: &[("Door hangers", 1, 15_000), ("Food at six neighbourhood meetings", 6, 5_000), ("Childcare at meetings", 6, 5_000), ("Phone credit for the hotline", 5, 3_000)],
        milestones: &[(1, "Hotline answered daily"), (2, "Every shutoff notice on the east side visited"), (6, "A hearing at the utility board")],
        goals: [500, 60, 35, 5],
        stage: Stage::Received,
        region: None,
        found: (3, 88, 205),
    },
];

/// Fills an empty database with the sample committee and its round.
pub fn create(db: &mut Database, now: DateTime<Utc>) -> Result<()> {
    let settings = ChapterSettings {
        name: SAMPLE_COMMITTEE.into(),
        paper_size: PaperSize::Letter,
        print_languages: vec![Lang::En, Lang::Es],
        time_zone: "America/New_York".into(),
    };
    crate::settings::store_national_sample(db, &settings, now)?;
    let today = now.date_naive();
    let round = rounds::create(
        db,
        &RoundInput {
            name: "Base-building grants, first round".into(),
            budget_cents: DEFAULT_BUDGET_CENTS,
            opens_on: Some(today),
            deadline: today.checked_add_months(Months::new(1)).unwrap_or(today),
        },
        now,
    )?
    .id;
    let ana = reviewers::add(db, "Ana Reyes", now)?.id;
    let tom = reviewers::add(db, "Tom Okafor", now)?.id;
    let starts = NaiveDate::from_ymd_opt(today.year(), today.month(), 1)
        .and_then(|d| d.checked_add_months(Months::new(2)))
        .unwrap_or(today);
    for (n, sample) in SAMPLES.iter().enumerate() {
        let key = SigningKey::from_bytes(&[n as u8 + 1; 32]);
        let sent = sent(sample, starts, now);
        let id = sent.application_id;
        import_sent(db, round, &key, &sent, now)?;
        if let Some(region) = sample.region {
            regions::set(db, id, &Some(region.into()), now)?;
        }
        match sample.stage {
            Stage::Received => {}
            Stage::Resubmitted => {
                let mut corrected = sent.clone();
                corrected.content.application.sustaining = Some(format!(
                    "{} El sindicato de estibadores presta su salón sin costo.",
                    sample.sustaining
                ));
                corrected.revision = corrected.content.revision();
                import_sent(db, round, &key, &corrected, now)?;
            }
            Stage::Reviewed => {
                let criteria = rubric::get(db.conn(), round)?;
                let scores: Vec<ScoreInput> = criteria
                    .iter()
                    .zip([5, 4, 4, 3, 4])
                    .map(|(c, score)| ScoreInput {
                        criterion: c.id,
                        score,
                    })
                    .collect();
                score(
                    db,
                    id,
                    ana,
                    &scores,
                    Some(
                        "The pantry is a real door in; the plan for one-on-ones is concrete."
                            .into(),
                    ),
                    now,
                )?;
                recuse(
                    db,
                    id,
                    tom,
                    Some("Volunteers at the pantry's church".into()),
                    now,
                )?;
            }
            Stage::AwardedAndPaid => {
                decide(
                    db,
                    id,
                    &Decision::Award {
                        cents: sent.content.application.amount_cents,
                        reason: Some(
                            "Riders organizing riders: a base that meets every morning.".into(),
                        ),
                    },
                    now,
                )?;
                disburse(db, id, 50_000, today, Some("First half".into()), now)?;
            }
            Stage::Declined => {
                decide(
                    db,
                    id,
                    &Decision::Decline {
                        reason: "A newsletter informs members but does not build a base: no one-on-ones, no new leaders. We would welcome an application for a door-knocking initiative.".into(),
                    },
                    now,
                )?;
            }
        }
    }
    Ok(())
}

fn import_sent(
    db: &mut Database,
    round: RoundId,
    key: &SigningKey,
    sent: &SentApplication,
    now: DateTime<Utc>,
) -> Result<()> {
    let payload = serde_json::to_vec(sent).expect("what is sent is plain data");
    import(db, round, &signed_file::seal(KIND, &payload, key), now)?;
    Ok(())
}

/// The needs the sample answers as its chapter's assessment ranked them, titled as the
/// built-in survey titles them.
fn evidence(sample: &Sample) -> Vec<NeedEvidence> {
    let survey = Survey::template();
    let (rank, respondents, responses) = sample.found;
    let assessment = format!(
        "{} 2026",
        sample.chapter.trim_end_matches(" Chapter (sample)")
    );
    sample
        .needs
        .iter()
        .filter_map(|key| {
            let domain = survey.domains.iter().find(|d| d.key == *key)?;
            let titles = Lang::ALL
                .iter()
                .filter_map(|l| Some((*l, domain.title.get(l.code())?.clone())))
                .collect();
            Some(NeedEvidence {
                key: (*key).to_owned(),
                titles,
                rank,
                needs_ranked: survey.domains.len() as u32,
                respondents,
                responses,
                assessment: assessment.clone(),
            })
        })
        .collect()
}

fn sent(sample: &Sample, starts: NaiveDate, now: DateTime<Utc>) -> SentApplication {
    let months = sample
        .milestones
        .iter()
        .map(|(m, _)| *m)
        .max()
        .unwrap_or(3)
        .max(3);
    let ends = starts
        .checked_add_months(Months::new(months))
        .and_then(|d| d.pred_opt())
        .unwrap_or(starts);
    let budget: Vec<BudgetLineInput> = sample
        .budget
        .iter()
        .map(|(item, quantity, unit)| BudgetLineInput {
            item: (*item).into(),
            quantity: *quantity,
            unit_cost_cents: *unit,
        })
        .collect();
    let amount = budget
        .iter()
        .map(|l| i64::from(l.quantity) * l.unit_cost_cents)
        .sum();
    let [reached, one_on_ones, members, leaders] = sample.goals;
    let content = SentContent {
        chapter: SentChapter {
            name: sample.chapter.into(),
            languages: sample.languages.to_vec(),
            time_zone: "America/Chicago".into(),
        },
        initiative: SentInitiative {
            project_id: ProjectId::new(),
            title: sample.title.into(),
            description: Some(sample.does.into()),
            coalition: false,
            goal_reached: Some(reached),
            goal_one_on_ones: Some(one_on_ones),
            goal_new_members: Some(members),
            goal_new_leaders: Some(leaders),
            responsible: None,
            needs: sample.needs.iter().map(|n| (*n).to_owned()).collect(),
            partners: Vec::new(),
            evidence: evidence(sample),
        },
        application: ApplicationInput {
            amount_cents: amount,
            starts_on: starts,
            ends_on: ends,
            base_building: Some(sample.base_building.into()),
            sustaining: Some(sample.sustaining.into()),
        },
        budget,
        milestones: sample
            .milestones
            .iter()
            .map(|(m, what)| MilestoneInput {
                due_on: starts
                    .checked_add_months(Months::new(*m))
                    .and_then(|d| d.pred_opt())
                    .unwrap_or(starts),
                what: (*what).into(),
            })
            .collect(),
    };
    SentApplication {
        application_id: ApplicationId::new(),
        revision: content.revision(),
        sent_at: crate::db::timestamp::to_text(now),
        content,
    }
}
