//! Which area's types file each type that crosses to the window is declared in. A new type
//! is one line here, in its area's list; a new area is one more list.

use ts_rs::{Config, TS};

use super::{branded, Area};
use groundwork_core::backup::BackupEntry;
use groundwork_core::ids::MeetingId;
use groundwork_core::ids::{LadderChangeId, OneOnOneId, PersonId};
use groundwork_core::interop::export::PeopleFormat;
use groundwork_core::interop::report::{ImportReport, ListFormat};
use groundwork_core::meetings::*;
use groundwork_core::people::detail::PersonDetail;
use groundwork_core::people::duplicates::{DuplicateList, DuplicatePair, Likeness};
use groundwork_core::people::ladder::{LadderChange, LadderLevel, LadderSuggestion};
use groundwork_core::people::merge::{
    MergeComparison, MergeField, MergeRequest, MergedRecord, RecordHistory,
};
use groundwork_core::people::one_on_one::{FollowUp, OneOnOne, OneOnOneInput};
use groundwork_core::people::*;
use groundwork_core::progress::Progress;
use groundwork_core::settings::{ChapterSettings, Lang, LanguageChoice, PaperSize};
use groundwork_core::{Arg, ErrorKind, Message};

use crate::commands::chapter::ChapterStatus;
use crate::commands::laptop::LaptopStatus;
use crate::commands::needs::{FormPages, FormPagesRequest};
use crate::error::{IpcError, Refusal};
use crate::menu::MenuLabels;
use crate::state::StartProblem;
use groundwork_core::campaigns::chart::{ChartColumn, ChartItemInput, ChartSection, StrategyItem};
use groundwork_core::campaigns::model::{Campaign, CampaignInput, MapSummary};
use groundwork_core::connections::assessment::ConnectionsAssessment;
use groundwork_core::connections::laptop::{LaptopForm, LaptopTie, OrgNamed, OrgSuggestion};
use groundwork_core::connections::response::{
    ConnectionsResponseInput, EnteredConnections, TieAnswer,
};
use groundwork_core::connections::starting_points::{
    Bridge, Gap, KindTies, StartingOrg, StartingPoints,
};
use groundwork_core::connections::survey::ConnectionsSurvey;
use groundwork_core::connections::{RankedOrg, Tie, TieInput, TieRole};
use groundwork_core::grants::reports::{Report, ReportInput, ReportKind, SentReport};
use groundwork_core::grants::{
    Application, ApplicationInput, ApplicationStatus, BudgetLine, BudgetLineInput, Initiative,
    InitiativeInput, Milestone, MilestoneInput, Missing, NeedEvidence, Partner,
};
use groundwork_core::ids::{ApplicationId, BudgetLineId, MilestoneId, ModuleId, ReportId};
use groundwork_core::ids::{AssessmentId, ProjectId, ResponseId};
use groundwork_core::ids::{CampaignId, EdgeId, MapId, NodeId, StrategyItemId};
use groundwork_core::ids::{
    ConnectionsId, ConnectionsResponseId, OrgContactId, OrgMergeId, OrganizationId,
    RelationshipChangeId, TieId,
};
use groundwork_core::laptop::LockStatus;
use groundwork_core::needs::assessment::{AreaKind, Assessment, AssessmentInput, Method};
use groundwork_core::needs::entered::{EnteredForm, RespondentFollowUp};
use groundwork_core::needs::programs::{
    Candidate, CandidateInput, ProgramInput, Scores, ServiceProgram,
};
use groundwork_core::needs::ranking::{GroupRanking, NeedRank, Ranking};
use groundwork_core::needs::response::{Answer, AnswerValue, Entered, ResponseInput};
use groundwork_core::needs::survey::{
    Choice, Domain, Question, QuestionKind, Survey, Untranslated,
};
use groundwork_core::orgs::contact_log::{ContactInput, ContactKind, OrgContact, Participant};
use groundwork_core::orgs::detail::OrgDetail;
use groundwork_core::orgs::duplicates::{OrgDuplicatePair, OrgLikeness, OrgSide};
use groundwork_core::orgs::merge::OrgMerge;
use groundwork_core::orgs::relationship::RelationshipChange;
use groundwork_core::orgs::tending::{DueStep, QuietRelationship, ToTend};
use groundwork_core::orgs::transfer::{OrgFormat, OrgImportReport};
use groundwork_core::orgs::{
    OrgInput, OrgKind, OrgPage, OrgQuery, OrgSummary, Organization, Relationship,
};
use groundwork_core::power_map::connections::Added;
use groundwork_core::power_map::paths::PathIn;
use groundwork_core::power_map::{
    Direction, EdgeInput, MapEdge, MapNode, NodeInput, NodeKind, NodeMove, PowerMap,
};
use groundwork_core::projects::{Project, ProjectStatus};
use groundwork_workflows::documents::connections_forms::ConnectionsFormsRequest;
use groundwork_workflows::documents::grant_application::GrantApplicationRequest;
use groundwork_workflows::documents::grant_report::GrantReportRequest;
use groundwork_workflows::documents::needs_forms::{NeedsFormsRequest, PrintedForms};
use groundwork_workflows::documents::needs_report::NeedsReportRequest;
use groundwork_workflows::documents::power_map::PowerMapRequest;
use groundwork_workflows::documents::sign_in::SignInRequest;
use groundwork_workflows::documents::starting_points::StartingPointsRequest;
use groundwork_workflows::documents::strategy_chart::StrategyChartRequest;
use groundwork_workflows::documents::PrintedFile;
use groundwork_workflows::lists::{ExportedFile, LeftOut};
use groundwork_workflows::maps::MapFormat;
use groundwork_workflows::needs::{AssessmentDetail, NeedsRanking};

use crate::commands::campaigns::MapView;
use crate::commands::grants::SentFile;
use crate::commands::national::{ImportedFile, ImportedReport, RoundView};
use crate::commands::training::{ImportedModule, ModuleReach};
use groundwork_core::canvass::door_list::{ChapterDoor, FoundDoors};
use groundwork_core::canvass::door_survey::{DoorQuestions, NumberedNeed};
use groundwork_core::canvass::door_typed::{DoorAdded, TypedDoor};
use groundwork_core::canvass::doors::Resident;
use groundwork_core::canvass::doors_file::DoorsImported;
use groundwork_core::canvass::going_back::GoBack;
use groundwork_core::canvass::people_at::DoorsFromPeople;
use groundwork_core::canvass::results::DoorContact;
use groundwork_core::canvass::summary::{CanvassSummary, Tally, TurfTally};
use groundwork_core::canvass::view::{CanvassView, WalkDoor};
use groundwork_core::canvass::{
    Canvass, CanvassDoor, CanvassInput, CutInput, DoorResult, ResultInput, Turf,
};
use groundwork_core::grants::national::received::Imported;
use groundwork_core::grants::national::ReportDue;
use groundwork_core::grants::national::{
    Criterion, CriterionInput, Decision, Ledger, Received, ReceivedStatus, ReviewSheet, ReviewView,
    Reviewer, Round, RoundInput, ScoreInput,
};
use groundwork_core::grants::sent::{
    SentApplication, SentChapter, SentContent, SentInitiative, SentPartner,
};
use groundwork_core::ids::{CanvassId, DoorId, ResidentId, TurfId};
use groundwork_core::ids::{CriterionId, ReviewerId, RoundId};
use groundwork_core::settings::Role;
use groundwork_core::training::markup::{Block as MarkupBlock, Item, Span};
use groundwork_core::training::sessions::{Feedback, Session};
use groundwork_core::training::share::ModuleImported;
use groundwork_core::training::skills::{Invitations, Invitee, Learner, Skill};
use groundwork_core::training::{LangText, Module, ModuleSummary, ModuleText, Part};
use groundwork_workflows::documents::national_grants::{
    DecisionLetterRequest, RoundSummaryRequest,
};
use groundwork_workflows::documents::training::{CallSheetRequest, TrainingRequest};
use groundwork_workflows::documents::walk_sheets::WalkSheetsRequest;

/// Every area, in the order their files are listed in `types.ts`.
pub fn all(cfg: &Config) -> Vec<Area> {
    vec![
        Area {
            // Record ids, which every area uses: in a file of their own, so that no two areas'
            // files need each other.
            name: "ids",
            decls: vec![
                branded(&PersonId::name(cfg)),
                branded(&OneOnOneId::name(cfg)),
                branded(&LadderChangeId::name(cfg)),
                branded(&MeetingId::name(cfg)),
                branded(&AssessmentId::name(cfg)),
                branded(&ResponseId::name(cfg)),
                branded(&ProjectId::name(cfg)),
                branded(&OrganizationId::name(cfg)),
                branded(&RelationshipChangeId::name(cfg)),
                branded(&OrgContactId::name(cfg)),
                branded(&TieId::name(cfg)),
                branded(&ConnectionsId::name(cfg)),
                branded(&ConnectionsResponseId::name(cfg)),
                branded(&OrgMergeId::name(cfg)),
                branded(&CampaignId::name(cfg)),
                branded(&StrategyItemId::name(cfg)),
                branded(&MapId::name(cfg)),
                branded(&NodeId::name(cfg)),
                branded(&EdgeId::name(cfg)),
                branded(&ApplicationId::name(cfg)),
                branded(&BudgetLineId::name(cfg)),
                branded(&MilestoneId::name(cfg)),
                branded(&ReportId::name(cfg)),
                branded(&RoundId::name(cfg)),
                branded(&CriterionId::name(cfg)),
                branded(&ReviewerId::name(cfg)),
                branded(&ModuleId::name(cfg)),
                branded(&DoorId::name(cfg)),
                branded(&ResidentId::name(cfg)),
                branded(&CanvassId::name(cfg)),
                branded(&TurfId::name(cfg)),
            ],
        },
        Area {
            // What the backend says, by message id: every area's types may hold one.
            name: "messages",
            decls: vec![Arg::decl(cfg), Message::decl(cfg)],
        },
        Area {
            name: "chapter",
            decls: vec![
                PaperSize::decl(cfg),
                Lang::decl(cfg),
                LanguageChoice::decl(cfg),
                ChapterSettings::decl(cfg),
                Role::decl(cfg),
                ChapterStatus::decl(cfg),
                MenuLabels::decl(cfg),
                StartProblem::decl(cfg),
            ],
        },
        Area {
            name: "errors",
            decls: vec![
                ErrorKind::decl(cfg),
                Refusal::decl(cfg),
                IpcError::decl(cfg),
            ],
        },
        Area {
            name: "jobs",
            decls: vec![Progress::decl(cfg)],
        },
        Area {
            name: "backup",
            decls: vec![BackupEntry::decl(cfg)],
        },
        Area {
            name: "print",
            decls: vec![PrintedFile::decl(cfg), SignInRequest::decl(cfg)],
        },
        Area {
            name: "lists",
            decls: vec![
                PeopleFormat::decl(cfg),
                LeftOut::decl(cfg),
                ExportedFile::decl(cfg),
                ImportReport::decl(cfg),
                ListFormat::decl(cfg),
            ],
        },
        Area {
            name: "people",
            decls: vec![
                Weekday::decl(cfg),
                DayPart::decl(cfg),
                Slot::decl(cfg),
                WorkSchedule::decl(cfg),
                Transport::decl(cfg),
                Responsibilities::decl(cfg),
                Address::decl(cfg),
                Phone::decl(cfg),
                PhoneInput::decl(cfg),
                MembershipStatus::decl(cfg),
                Membership::decl(cfg),
                PersonFields::<PhoneInput>::decl(cfg),
                // A Rust type alias has no ts-rs declaration of its own.
                "type PersonInput = PersonFields<PhoneInput>;".to_owned(),
                Person::decl(cfg),
                CustomField::decl(cfg),
                Likeness::decl(cfg),
                DuplicatePair::decl(cfg),
                DuplicateList::decl(cfg),
                MergeField::decl(cfg),
                RecordHistory::decl(cfg),
                MergeComparison::decl(cfg),
                MergeRequest::decl(cfg),
                MergedRecord::decl(cfg),
                PersonSummary::decl(cfg),
                PeopleQuery::decl(cfg),
                PeoplePage::decl(cfg),
                LadderLevel::decl(cfg),
                LadderChange::decl(cfg),
                LadderSuggestion::decl(cfg),
                OneOnOneInput::decl(cfg),
                OneOnOne::decl(cfg),
                AttendedMeeting::decl(cfg),
                PersonDetail::decl(cfg),
                FollowUp::decl(cfg),
            ],
        },
        Area {
            name: "meetings",
            decls: vec![
                MeetingInput::decl(cfg),
                Meeting::decl(cfg),
                Attendance::decl(cfg),
                MeetingDetail::decl(cfg),
                AttendeeMatch::decl(cfg),
                NewAttendee::decl(cfg),
                SignInSummary::decl(cfg),
                MeetingSignInRequest::decl(cfg),
            ],
        },
        Area {
            name: "needs",
            decls: vec![
                AreaKind::decl(cfg),
                Method::decl(cfg),
                AssessmentInput::decl(cfg),
                Assessment::decl(cfg),
                QuestionKind::decl(cfg),
                Choice::decl(cfg),
                Question::decl(cfg),
                Domain::decl(cfg),
                Survey::decl(cfg),
                Untranslated::decl(cfg),
                AssessmentDetail::decl(cfg),
                NeedsFormsRequest::decl(cfg),
                PrintedForms::decl(cfg),
                FormPagesRequest::decl(cfg),
                FormPages::decl(cfg),
                NeedsReportRequest::decl(cfg),
                AnswerValue::decl(cfg),
                Answer::decl(cfg),
                ResponseInput::decl(cfg),
                Entered::decl(cfg),
                EnteredForm::decl(cfg),
                RespondentFollowUp::decl(cfg),
                NeedRank::decl(cfg),
                Ranking::decl(cfg),
                GroupRanking::decl(cfg),
                NeedsRanking::decl(cfg),
                ServiceProgram::decl(cfg),
                ProgramInput::decl(cfg),
                Scores::decl(cfg),
                Candidate::decl(cfg),
                CandidateInput::decl(cfg),
            ],
        },
        Area {
            name: "projects",
            decls: vec![ProjectStatus::decl(cfg), Project::decl(cfg)],
        },
        Area {
            name: "orgs",
            decls: vec![
                OrgKind::decl(cfg),
                Relationship::decl(cfg),
                OrgInput::decl(cfg),
                Organization::decl(cfg),
                OrgSummary::decl(cfg),
                OrgQuery::decl(cfg),
                OrgPage::decl(cfg),
                RelationshipChange::decl(cfg),
                ContactKind::decl(cfg),
                ContactInput::decl(cfg),
                Participant::decl(cfg),
                OrgContact::decl(cfg),
                OrgDetail::decl(cfg),
                QuietRelationship::decl(cfg),
                DueStep::decl(cfg),
                ToTend::decl(cfg),
                OrgFormat::decl(cfg),
                OrgImportReport::decl(cfg),
                OrgMerge::decl(cfg),
                OrgLikeness::decl(cfg),
                OrgSide::decl(cfg),
                OrgDuplicatePair::decl(cfg),
                // Ties and the ranking are read on an organization's page: they sit with it, so
                // the connections file needs nothing from this one.
                TieRole::decl(cfg),
                TieInput::decl(cfg),
                Tie::decl(cfg),
                RankedOrg::decl(cfg),
            ],
        },
        Area {
            name: "connections",
            decls: vec![
                ConnectionsSurvey::decl(cfg),
                ConnectionsAssessment::decl(cfg),
                ConnectionsFormsRequest::decl(cfg),
                StartingPointsRequest::decl(cfg),
                TieAnswer::decl(cfg),
                ConnectionsResponseInput::decl(cfg),
                EnteredConnections::decl(cfg),
                StartingOrg::decl(cfg),
                Bridge::decl(cfg),
                Gap::decl(cfg),
                KindTies::decl(cfg),
                StartingPoints::decl(cfg),
            ],
        },
        Area {
            // Pass the laptop: what the locked app's screens may see and send.
            name: "laptop",
            decls: vec![
                LockStatus::decl(cfg),
                LaptopStatus::decl(cfg),
                OrgSuggestion::decl(cfg),
                OrgNamed::decl(cfg),
                LaptopTie::decl(cfg),
                LaptopForm::decl(cfg),
            ],
        },
        Area {
            name: "campaigns",
            decls: vec![
                ChartColumn::decl(cfg),
                ChartSection::decl(cfg),
                StrategyItem::decl(cfg),
                ChartItemInput::decl(cfg),
                CampaignInput::decl(cfg),
                MapSummary::decl(cfg),
                Campaign::decl(cfg),
                StrategyChartRequest::decl(cfg),
            ],
        },
        Area {
            // Power maps: what the canvas draws and sends back.
            name: "maps",
            decls: vec![
                NodeKind::decl(cfg),
                Direction::decl(cfg),
                NodeInput::decl(cfg),
                MapNode::decl(cfg),
                NodeMove::decl(cfg),
                EdgeInput::decl(cfg),
                MapEdge::decl(cfg),
                PowerMap::decl(cfg),
                PathIn::decl(cfg),
                MapView::decl(cfg),
                Added::decl(cfg),
                MapFormat::decl(cfg),
                PowerMapRequest::decl(cfg),
            ],
        },
        Area {
            // Small grants: a project's initiative and its application.
            name: "grants",
            decls: vec![
                InitiativeInput::decl(cfg),
                Partner::decl(cfg),
                NeedEvidence::decl(cfg),
                Initiative::decl(cfg),
                ApplicationInput::decl(cfg),
                BudgetLineInput::decl(cfg),
                BudgetLine::decl(cfg),
                MilestoneInput::decl(cfg),
                Milestone::decl(cfg),
                ApplicationStatus::decl(cfg),
                Missing::decl(cfg),
                Application::decl(cfg),
                GrantApplicationRequest::decl(cfg),
                SentFile::decl(cfg),
                ReportKind::decl(cfg),
                ReportInput::decl(cfg),
                Report::decl(cfg),
                SentReport::decl(cfg),
                GrantReportRequest::decl(cfg),
            ],
        },
        Area {
            // The national committee: rounds, the files chapters send, review and decisions.
            name: "national",
            decls: vec![
                SentChapter::decl(cfg),
                SentPartner::decl(cfg),
                SentInitiative::decl(cfg),
                SentContent::decl(cfg),
                SentApplication::decl(cfg),
                ReceivedStatus::decl(cfg),
                Received::decl(cfg),
                Imported::decl(cfg),
                ImportedFile::decl(cfg),
                RoundInput::decl(cfg),
                Round::decl(cfg),
                Ledger::decl(cfg),
                CriterionInput::decl(cfg),
                Criterion::decl(cfg),
                RoundView::decl(cfg),
                Reviewer::decl(cfg),
                ScoreInput::decl(cfg),
                ReviewView::decl(cfg),
                ReviewSheet::decl(cfg),
                Decision::decl(cfg),
                DecisionLetterRequest::decl(cfg),
                RoundSummaryRequest::decl(cfg),
                ImportedReport::decl(cfg),
                ReportDue::decl(cfg),
            ],
        },
        Area {
            name: "canvass",
            decls: vec![
                Canvass::decl(cfg),
                CanvassInput::decl(cfg),
                CutInput::decl(cfg),
                Turf::decl(cfg),
                DoorResult::decl(cfg),
                CanvassDoor::decl(cfg),
                ResultInput::decl(cfg),
                Resident::decl(cfg),
                WalkDoor::decl(cfg),
                Tally::decl(cfg),
                TurfTally::decl(cfg),
                CanvassSummary::decl(cfg),
                ChapterDoor::decl(cfg),
                TypedDoor::decl(cfg),
                DoorAdded::decl(cfg),
                FoundDoors::decl(cfg),
                NumberedNeed::decl(cfg),
                DoorQuestions::decl(cfg),
                GoBack::decl(cfg),
                CanvassView::decl(cfg),
                DoorsImported::decl(cfg),
                DoorsFromPeople::decl(cfg),
                DoorContact::decl(cfg),
                WalkSheetsRequest::decl(cfg),
            ],
        },
        Area {
            name: "training",
            decls: vec![
                Part::decl(cfg),
                ModuleText::decl(cfg),
                LangText::decl(cfg),
                Module::decl(cfg),
                ModuleSummary::decl(cfg),
                Span::decl(cfg),
                Item::decl(cfg),
                MarkupBlock::decl(cfg),
                TrainingRequest::decl(cfg),
                CallSheetRequest::decl(cfg),
                ModuleImported::decl(cfg),
                ImportedModule::decl(cfg),
                Session::decl(cfg),
                Feedback::decl(cfg),
                Skill::decl(cfg),
                Learner::decl(cfg),
                Invitee::decl(cfg),
                Invitations::decl(cfg),
                ModuleReach::decl(cfg),
            ],
        },
    ]
}
