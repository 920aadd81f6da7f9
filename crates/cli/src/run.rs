//! Runs a parsed command line: each subcommand lives in the module named for what it works on;
//! what they share is in `chapter_file`, `choices` and `output`.

use groundwork_core::paths;

use crate::args::{Cli, Command, Document, Export};
use crate::choices::{language_choice, paper_size};
use crate::failure::Failure;
use crate::{campaigns, canvass, chapter, grants, laptop, meetings, needs, orgs, people, training};

pub fn run(cli: Cli) -> Result<(), Failure> {
    let db_path = paths::database(cli.db.as_deref())?;
    let db_path = db_path.as_path();
    match cli.command {
        Command::Init {
            name,
            paper,
            languages,
            time_zone,
            national,
        } => chapter::init(db_path, name, paper, languages, time_zone, national),
        Command::Demo { national } => chapter::demo(db_path, national),
        Command::Show => chapter::show(db_path),
        Command::Backup { file } => chapter::backup(db_path, &file),
        Command::Restore { file } => chapter::restore(db_path, &file),
        Command::Import { file, format } => people::import(db_path, &file, format),
        Command::Export {
            what: Export::People { format, out },
        } => people::export(db_path, format, out),
        Command::Export {
            what: Export::Map { map, format, out },
        } => campaigns::export_map(db_path, &map, format, out),
        Command::Campaigns { what } => campaigns::run(db_path, what),
        Command::Training { what } => training::run(db_path, what),
        Command::Canvass { what } => canvass::run(db_path, what),
        Command::Projects { what } => grants::run_projects(db_path, what),
        Command::Grants { what } => grants::run_grants(db_path, what),
        Command::ImportMap { file, campaign } => campaigns::import_map(db_path, &file, campaign),
        Command::People { what } => people::run(db_path, what),
        Command::Meetings { what } => meetings::run(db_path, what),
        Command::Needs { what } => needs::run(db_path, what),
        Command::Orgs { what } => orgs::run_orgs(db_path, what),
        Command::Ties { what } => orgs::run_ties(db_path, what),
        Command::Connections { what } => orgs::run_connections(db_path, what),
        Command::Laptop { what } => laptop::run(db_path, what),
        Command::Print { document } => match document {
            Document::SignIn {
                out,
                lang,
                paper,
                rows,
                title,
                meeting,
                expected,
            } => meetings::print_sign_in(
                db_path,
                meetings::SheetRequest {
                    out,
                    lang,
                    paper,
                    rows,
                    title,
                    meeting,
                    expected,
                },
            ),
            Document::NeedsForms {
                assessment,
                count,
                out,
                lang,
                paper,
            } => needs::print_forms(
                db_path,
                &assessment,
                count,
                &out,
                lang.as_deref(),
                paper.map(paper_size),
            ),
            Document::ConnectionsForm {
                count,
                out,
                lang,
                paper,
            } => orgs::print_forms(db_path, count, &out, lang, paper.map(paper_size)),
            Document::PowerMap {
                map,
                out,
                lang,
                paper,
                tiles,
            } => campaigns::print_map(
                db_path,
                &map,
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
                tiles,
            ),
            Document::StrategyChart {
                campaign,
                out,
                lang,
                paper,
            } => campaigns::print_chart(
                db_path,
                &campaign,
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
            ),
            Document::Handout {
                module,
                part,
                out,
                lang,
                paper,
                booklet,
            } => training::print(
                db_path,
                &module,
                Some(training::part(part)),
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
                booklet,
            ),
            Document::Module {
                module,
                out,
                lang,
                paper,
            } => training::print(
                db_path,
                &module,
                None,
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
                false,
            ),
            Document::WalkSheets {
                canvass,
                out,
                lang,
                paper,
            } => canvass::print_walk_sheets(
                db_path,
                &canvass,
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
                false,
            ),
            Document::CanvassSummary {
                canvass,
                out,
                lang,
                paper,
            } => canvass::print_walk_sheets(
                db_path,
                &canvass,
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
                true,
            ),
            Document::CallSheet {
                module,
                out,
                lang,
                paper,
            } => training::print_call_sheet(
                db_path,
                &module,
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
            ),
            Document::GrantApplication {
                application,
                out,
                lang,
                paper,
            } => grants::print_application(
                db_path,
                &application,
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
            ),
            Document::GrantReport {
                report,
                out,
                lang,
                paper,
            } => grants::print_report(
                db_path,
                &report,
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
            ),
            Document::DecisionLetter {
                application,
                out,
                lang,
                paper,
            } => grants::print_letter(
                db_path,
                &application,
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
            ),
            Document::RoundSummary {
                round,
                out,
                lang,
                paper,
            } => grants::print_summary(
                db_path,
                &round,
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
            ),
            Document::StartingPoints { out, lang, paper } => orgs::print_starting_points(
                db_path,
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
            ),
            Document::NeedsReport {
                assessment,
                out,
                lang,
                paper,
            } => needs::print_report(
                db_path,
                &assessment,
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
            ),
        },
    }
}
