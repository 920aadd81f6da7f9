//! The national committee's paper: a decision letter to a chapter, in the chapter's language
//! unless asked otherwise, and a round's summary in the committee's.

use chrono::{DateTime, Utc};
use groundwork_core::grants::national::{ledger, received, rounds};
use groundwork_core::ids::{ApplicationId, RoundId};
use groundwork_core::settings::{Lang, LanguageChoice, PaperSize};
use groundwork_print::catalog::Catalog;
use groundwork_print::decision_letter::{self, DecisionLetterPaper};
use groundwork_print::round_summary::{self, RoundSummaryPaper};
use serde::Deserialize;
use ts_rs::TS;

use super::saved::{self, names, PrintedFile, SaveTo};
use crate::access::{chapter_for_printing, db_file, ChapterAccess};
use crate::Result;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct DecisionLetterRequest {
    pub application: ApplicationId,
    /// `null`: the chapter's first language.
    pub lang: Option<LanguageChoice>,
    /// `null`: the committee's paper size.
    pub paper: Option<PaperSize>,
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct RoundSummaryRequest {
    pub round: RoundId,
    /// `null`: the committee's own choice.
    pub lang: Option<LanguageChoice>,
    /// `null`: the committee's paper size.
    pub paper: Option<PaperSize>,
}

/// The language a chapter reads first, as a printing choice.
fn chapter_language(languages: &[Lang]) -> LanguageChoice {
    match languages.first() {
        Some(Lang::Es) => LanguageChoice::Es,
        _ => LanguageChoice::En,
    }
}

pub fn print_letter(
    committee: &impl ChapterAccess,
    request: &DecisionLetterRequest,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, application, round, db_path) = committee.with_db(|db| {
        let application = received::get(db.conn(), request.application)?;
        let round = rounds::get(db.conn(), application.round_id)?;
        Ok((chapter_for_printing(db)?, application, round, db_file(db)))
    })?;
    let language = request
        .lang
        .unwrap_or_else(|| chapter_language(&application.sent.content.chapter.languages));
    let catalogs = Catalog::all_of(language);
    let printed = decision_letter::render(&DecisionLetterPaper {
        committee_name: &settings.settings.name,
        round: &round,
        application: &application,
        paper: request.paper.unwrap_or(settings.settings.paper_size),
        catalogs: &catalogs,
        printed_on: settings.settings.today_at(now),
        is_sample: settings.is_sample,
    })?;
    saved::save(
        &db_path,
        to,
        &names::decision_letter(&application.sent.content.chapter.name),
        &printed,
    )
}

pub fn print_summary(
    committee: &impl ChapterAccess,
    request: &RoundSummaryRequest,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, round, money, applications, db_path) = committee.with_db(|db| {
        let round = rounds::get(db.conn(), request.round)?;
        let money = ledger::ledger(db.conn(), round.id)?;
        let applications = received::list(db.conn(), round.id)?;
        Ok((
            chapter_for_printing(db)?,
            round,
            money,
            applications,
            db_file(db),
        ))
    })?;
    let language = request
        .lang
        .unwrap_or(settings.settings.default_language_choice());
    let catalogs = Catalog::all_of(language);
    let printed = round_summary::render(&RoundSummaryPaper {
        committee_name: &settings.settings.name,
        round: &round,
        ledger: &money,
        applications: &applications,
        paper: request.paper.unwrap_or(settings.settings.paper_size),
        catalogs: &catalogs,
        printed_on: settings.settings.today_at(now),
        is_sample: settings.is_sample,
    })?;
    saved::save(
        &db_path,
        to,
        &names::round_summary(&round.fields.name),
        &printed,
    )
}
