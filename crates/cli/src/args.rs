//! The command line, declared with clap: `--help` works on every subcommand.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use groundwork_core::interop::report::ListFormat;

#[derive(Parser)]
#[command(
    name = "groundwork-cli",
    version,
    about = "Groundwork for chapter organizers, without a window",
    after_help = crate::failure::EXIT_CODES
)]
pub struct Cli {
    /// The chapter database (default: $GROUNDWORK_DB, else the platform data folder).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Create the chapter database (or update its settings) and name the chapter.
    Init {
        /// The chapter's name, as printed at the top of every page.
        #[arg(long)]
        name: String,
        #[arg(long, value_enum, default_value_t = Paper::Letter)]
        paper: Paper,
        /// Languages the chapter prints in, in order of preference.
        #[arg(long = "lang", value_enum, value_delimiter = ',', default_value = "en")]
        languages: Vec<Language>,
        /// IANA time zone, e.g. America/Chicago.
        #[arg(long, default_value = "America/New_York")]
        time_zone: String,
        /// Make this a national committee's database: grant rounds and the applications
        /// chapters send, not a chapter's people.
        #[arg(long)]
        national: bool,
    },
    /// Fill an empty database with the sample chapter (invented people, marked as sample).
    Demo {
        /// The sample national committee instead: a grant round with applications from
        /// invented chapters at every stage.
        #[arg(long)]
        national: bool,
    },
    /// Show the chapter's settings and where its data lives.
    Show,
    /// Write a backup of the chapter database to FILE (SQLite online backup).
    Backup { file: PathBuf },
    /// Replace the chapter's data with the backup in FILE; a copy of the current data is kept.
    Restore { file: PathBuf },
    /// Import a list of people: the national membership list (any layout since 2019), an Action
    /// Network activist export, a Spoke contact list or a VAN export; as CSV, tab-separated
    /// text, an Excel workbook, or a ZIP holding one of those.
    /// A broken file is refused whole, naming the line and the problem.
    Import {
        file: PathBuf,
        /// What kind of list the file is (auto: decided from its columns).
        #[arg(long, value_enum, default_value_t = ImportFormat::Auto)]
        format: ImportFormat,
    },
    /// The people in the base: find someone, list likely duplicates, merge two records.
    People {
        #[command(subcommand)]
        what: People,
    },
    /// Meetings: list them, or schedule one.
    Meetings {
        #[command(subcommand)]
        what: Meetings,
    },
    /// Area needs assessments: list them, start one, or rank the needs their answers name.
    Needs {
        #[command(subcommand)]
        what: Needs,
    },
    /// Organizations in the chapter's area: add one, list them, import or export the directory.
    Orgs {
        #[command(subcommand)]
        what: Orgs,
    },
    /// Members' ties to organizations: their role there and how strong the tie is.
    Ties {
        #[command(subcommand)]
        what: Ties,
    },
    /// The organizational connections assessment: organizations ranked by members' ties.
    Connections {
        #[command(subcommand)]
        what: Connections,
    },
    /// Pass the laptop: whether the app is locked for members to fill in forms, and a way to
    /// open it for an organizer who forgot the passphrase.
    Laptop {
        #[command(subcommand)]
        what: Laptop,
    },
    /// Base-building projects (made from a shortlisted service program): list them.
    Projects {
        #[command(subcommand)]
        what: crate::grants::Projects,
    },
    /// Grant applications for projects' initiatives: start one, add to its budget, list them.
    Grants {
        #[command(subcommand)]
        what: crate::grants::Grants,
    },
    /// The training toolkit: the library of modules, a chapter's own handouts, sessions and
    /// who has learned what.
    Training {
        #[command(subcommand)]
        what: crate::training::Training,
    },
    /// Canvassing on paper: doors, canvasses cut into turfs, and results.
    Canvass {
        #[command(subcommand)]
        what: crate::canvass::Canvass,
    },
    /// Campaigns: start one, list them with their power maps' ids.
    Campaigns {
        #[command(subcommand)]
        what: crate::campaigns::Campaigns,
    },
    /// Import a power map drawn in Kumu (a JSON blueprint) or LittleSis Oligrapher; prints the
    /// new map's id and its node and edge counts. A file that is not a map, or a map whose
    /// relationships name missing nodes, is refused whole.
    ImportMap {
        file: PathBuf,
        /// The campaign the map is for (its id from `campaigns list`).
        #[arg(long)]
        campaign: Option<String>,
    },
    /// Export data to a file or to standard output.
    Export {
        #[command(subcommand)]
        what: Export,
    },
    /// Print a document to a PDF file.
    Print {
        #[command(subcommand)]
        document: Document,
    },
}

#[derive(Subcommand)]
pub enum People {
    /// Find people by part of a name, phone, email or address, as "find anyone" does.
    Search {
        /// What to look for: "ana del", "0143", "rosa@".
        text: String,
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// At most this many people (the total found is reported too).
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// Pairs of records that may be one person: the same email, phone, or name at an address.
    Duplicates {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Merge two records of one person: the second moves into the first with all its history
    /// (one-on-ones, sign-ins, forms), and is kept whole in the merge record.
    Merge {
        /// The record that stays.
        #[arg(long)]
        keep: String,
        /// The record merged into it.
        #[arg(long)]
        merge: String,
        /// Fields to take from the merged record (the kept record's stay otherwise).
        #[arg(long, value_enum, value_delimiter = ',')]
        take: Vec<MergeFieldArg>,
        /// Who is merging, for the record (default: the login name).
        #[arg(long)]
        by: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum MergeFieldArg {
    Name,
    Pronouns,
    Address,
    PreferredLanguage,
    Union,
    Workplace,
    AccessNeeds,
    Responsibilities,
    Membership,
    LadderLevel,
}

#[derive(Subcommand)]
pub enum Document {
    /// The summary of an assessment for the chapter meeting: the needs ranked, as charts,
    /// overall, by area and by language.
    NeedsReport {
        /// The assessment's id (from `needs list`).
        #[arg(long, value_name = "ID")]
        assessment: String,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Language(s) of the report (default: the chapter's).
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        /// Paper size (default: the chapter's).
        #[arg(long, value_enum)]
        paper: Option<Paper>,
    },
    /// Numbered blank needs-assessment forms: the next N numbers of the assessment.
    NeedsForms {
        /// The assessment's id (from `needs list`).
        #[arg(long, value_name = "ID")]
        assessment: String,
        /// How many forms (each gets the next number).
        #[arg(long)]
        count: u32,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// The survey language(s): one code, or two joined by '+', like en+es (default: the
        /// chapter's print languages the survey runs in).
        #[arg(long)]
        lang: Option<String>,
        /// Paper size (default: the chapter's).
        #[arg(long, value_enum)]
        paper: Option<Paper>,
    },
    /// Numbered blank connections forms for members to fill in: the next N numbers of the
    /// chapter's connections assessment.
    ConnectionsForm {
        /// How many forms (each gets the next number).
        #[arg(long)]
        count: u32,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Language(s) of the forms (default: the chapter's print languages).
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        /// Paper size (default: the chapter's).
        #[arg(long, value_enum)]
        paper: Option<Paper>,
    },
    /// Starting points for the chapter meeting: the organizations members are most tied to,
    /// the members who are bridges, and the kinds of community with no ties yet.
    StartingPoints {
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Language(s) of the report (default: the chapter's).
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        /// Paper size (default: the chapter's).
        #[arg(long, value_enum)]
        paper: Option<Paper>,
    },
    /// A power map on one landscape page: the grid, the people and institutions, their
    /// relationships, and who in the chapter can reach them.
    PowerMap {
        /// The map's id (from `campaigns list`).
        #[arg(long)]
        map: String,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Language(s) of the page (default: the chapter's).
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        /// Paper size (default: the chapter's).
        #[arg(long, value_enum)]
        paper: Option<Paper>,
        /// Print a poster N sheets across and N down (2 to 5), with a first page showing how
        /// they go together and marks to cut along; 1 is one page.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=5))]
        tiles: Option<u8>,
    },
    /// A campaign's strategy chart on a landscape page: goals, organizational considerations,
    /// constituents and opponents, targets, and tactics aimed at them.
    StrategyChart {
        /// The campaign's id (from `campaigns list`).
        #[arg(long)]
        campaign: String,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Language(s) of the chart (default: the chapter's).
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        /// Paper size (default: the chapter's).
        #[arg(long, value_enum)]
        paper: Option<Paper>,
    },
    /// A grant application, ready to attach or mail: the initiative, its goals, the budget
    /// with its total, the timeline, and lines to sign.
    GrantApplication {
        /// The application's id (from `grants list`).
        #[arg(long)]
        application: String,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Language(s) of the application (default: the chapter's).
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        /// Paper size (default: the chapter's).
        #[arg(long, value_enum)]
        paper: Option<Paper>,
    },
    /// A progress report on an award: the goals beside what was done, the money, the story.
    GrantReport {
        /// The report's id (from `grants report start`).
        #[arg(long)]
        report: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        #[arg(long, value_enum)]
        paper: Option<Paper>,
    },
    /// The national committee's letter to a chapter on its application, in the chapter's
    /// language unless --lang says otherwise.
    DecisionLetter {
        /// The application's id (from `grants list --round`).
        #[arg(long)]
        application: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        #[arg(long, value_enum)]
        paper: Option<Paper>,
    },
    /// A grant round's summary: its money, and who got what, for what.
    RoundSummary {
        /// The round's id (from `grants round list`).
        #[arg(long)]
        round: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        #[arg(long, value_enum)]
        paper: Option<Paper>,
    },
    /// A training module's handout (or its facilitator's guide, or its worksheet), in one
    /// language or both; --booklet prints it on half pages, two to a side of the sheet, to
    /// fold and staple.
    Handout {
        /// The module's id (from `training list`) or a built-in's name ("one-on-ones").
        #[arg(long)]
        module: String,
        #[arg(long, value_enum, default_value_t = crate::training::PartArg::Handout)]
        part: crate::training::PartArg,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        #[arg(long, value_enum)]
        paper: Option<Paper>,
        #[arg(long)]
        booklet: bool,
    },
    /// A whole training module as a packet: the facilitator's guide, the handout and the
    /// worksheet.
    Module {
        #[arg(long)]
        module: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        #[arg(long, value_enum)]
        paper: Option<Paper>,
    },
    /// Who to invite to a session on a module: the people who have come to the chapter and
    /// not learned it, with their phones and room to mark each call (nobody who asked not to
    /// be called or texted).
    CallSheet {
        #[arg(long)]
        module: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        #[arg(long, value_enum)]
        paper: Option<Paper>,
    },
    /// A canvass's walk sheets: for each turf a cover with the script, then its doors in
    /// walking order with boxes for the results.
    WalkSheets {
        #[arg(long)]
        canvass: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        #[arg(long, value_enum)]
        paper: Option<Paper>,
    },
    /// How a canvass went: doors knocked, conversations, contact rate and results, per turf.
    CanvassSummary {
        #[arg(long)]
        canvass: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        #[arg(long, value_enum)]
        paper: Option<Paper>,
    },
    /// A blank meeting sign-in sheet.
    SignIn {
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Language(s) of the sheet (default: the chapter's).
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        /// Paper size (default: the chapter's).
        #[arg(long, value_enum)]
        paper: Option<Paper>,
        /// Rows to print (default: one full page).
        #[arg(long)]
        rows: Option<usize>,
        /// A meeting title printed under the header (for a blank sheet).
        #[arg(long, conflicts_with = "meeting")]
        title: Option<String>,
        /// The sheet for a scheduled meeting (its id from `meetings list`): its time, place and
        /// what it offers are printed.
        #[arg(long, value_name = "ID")]
        meeting: Option<String>,
        /// Pre-print the names of people expected (who came in the 90 days before).
        #[arg(long, requires = "meeting")]
        expected: bool,
    },
}

#[derive(Subcommand)]
pub enum Needs {
    /// The chapter's assessments, with their ids, newest first.
    List {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Each need with its respondents, share, mean severity (1-5) and rank.
    Ranking {
        /// The assessment's id (from `needs list`).
        #[arg(long, value_name = "ID")]
        assessment: String,
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// A ranking per area or per language instead of one overall.
        #[arg(long, value_enum)]
        by: Option<RankingBy>,
        /// The language of the needs' titles (default: en).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Service programs as entry points for the assessment's neighbourhoods, ranked by their
    /// scores (felt needs suggested from the answers); shortlisted ones first.
    Programs {
        /// The assessment's id (from `needs list`).
        #[arg(long, value_name = "ID")]
        assessment: String,
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Start an assessment with the built-in survey; prints its id.
    New {
        #[arg(long)]
        name: String,
        /// Neighbourhoods (or ZIP codes, or turfs) covered, comma-separated.
        #[arg(long, value_delimiter = ',')]
        areas: Vec<String>,
        /// Language codes the survey runs in, comma-separated (default: en).
        #[arg(long = "lang", value_delimiter = ',')]
        lang: Vec<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum RankingBy {
    Area,
    Language,
}

#[derive(Subcommand)]
pub enum Meetings {
    /// The chapter's meetings, newest first.
    List {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Schedule a meeting.
    Add {
        #[arg(long)]
        title: String,
        /// Local time in the chapter's zone: YYYY-MM-DDTHH:MM.
        #[arg(long)]
        starts: String,
        #[arg(long)]
        place: Option<String>,
        #[arg(long)]
        childcare: bool,
        #[arg(long)]
        food: bool,
        #[arg(long)]
        step_free: bool,
        /// Languages interpreted, comma-separated.
        #[arg(long, value_delimiter = ',')]
        interpretation: Vec<String>,
    },
}

#[derive(Subcommand)]
pub enum Orgs {
    /// Add an organization to the directory; prints its id.
    Add {
        #[arg(long)]
        name: String,
        #[arg(long, value_enum)]
        kind: OrgKindArg,
        /// The chapter's relationship with it.
        #[arg(long, value_enum, default_value_t = RelationshipArg::Unknown)]
        relationship: RelationshipArg,
        /// The neighbourhood (or ZIP, or turf) it is in.
        #[arg(long)]
        area: Option<String>,
        /// Who is adding it, for the relationship's history (default: the login name).
        #[arg(long)]
        by: Option<String>,
    },
    /// The directory, by name, with how many people are tied to each organization.
    List {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Add the organizations in a CSV (or tab-separated, or Excel) file, columns matched by
    /// name (name, kind, relationship, area, street, city, state, zip, languages, website,
    /// phone, email, notes). A bad row refuses the whole file; names already in the directory
    /// are left as they are.
    Import {
        file: PathBuf,
        /// Who is importing, for the relationship's history (default: the login name).
        #[arg(long)]
        by: Option<String>,
    },
    /// The whole directory as CSV or JSON (the columns an import reads).
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Where to write (default: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Likely duplicate organizations ("SEIU Local 32BJ" and "32BJ SEIU"), the record to keep
    /// first.
    Duplicates {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Merge two records of one organization: the second's history, contacts and ties move
    /// to the first, which fills its blanks from the second. Prints the merge's id, which
    /// `orgs undo-merge` takes.
    Merge {
        #[arg(long, value_name = "ID")]
        keep: String,
        #[arg(long, value_name = "ID")]
        merge: String,
        /// Who is merging them (default: the login name).
        #[arg(long)]
        by: Option<String>,
    },
    /// Undo a merge: both records as they were before it.
    UndoMerge {
        #[arg(value_name = "MERGE_ID")]
        merge_id: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum OrgKindArg {
    Union,
    Congregation,
    School,
    TenantAssociation,
    NeighbourhoodAssociation,
    CommunityGroup,
    MutualAid,
    Workplace,
    BaseBuilding,
    ServiceProvider,
    Business,
    Government,
    ElectedOffice,
    Other,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum RelationshipArg {
    Partner,
    Ally,
    Friendly,
    Unknown,
    Neutral,
    Opposed,
}

#[derive(Subcommand)]
pub enum Ties {
    /// Tie a person to an organization (or bring their tie up to date); prints the tie's id.
    Add {
        /// The person's id (from `people search`).
        #[arg(long, value_name = "ID")]
        person: String,
        /// The organization's id (from `orgs list`).
        #[arg(long, value_name = "ID")]
        org: String,
        #[arg(long, value_enum)]
        role: TieRoleArg,
        /// How strong the tie is, 1 (loose) to 5 (as close as it gets).
        #[arg(long, allow_negative_numbers = true)]
        strength: i64,
        /// They would introduce the chapter there.
        #[arg(long)]
        would_introduce: bool,
        /// Their title there ("pastor", "shop steward").
        #[arg(long)]
        title: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum TieRoleArg {
    Member,
    Active,
    Leader,
    Staff,
}

#[derive(Subcommand)]
pub enum Connections {
    /// Organizations ranked by the summed strength of members' ties, then by how many are
    /// tied; best first.
    Ranking {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
}

#[derive(Subcommand)]
pub enum Laptop {
    /// Whether the app is locked, since when and by whom (JSON).
    Status,
    /// Opens the app without the passphrase and forgets it: the next lock chooses a new one.
    Unlock,
}

#[derive(Subcommand)]
pub enum Export {
    /// Everyone, one row each, honouring do-not-call, do-not-text and do-not-email.
    People {
        #[arg(long, value_enum, default_value_t = PeopleFormat::Json)]
        format: PeopleFormat,
        /// Where to write (default: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// A power map: as Groundwork JSON, a Kumu blueprint, or an SVG picture.
    Map {
        /// The map's id (from `campaigns list`, or as `import-map` printed it).
        #[arg(long)]
        map: String,
        #[arg(long, value_enum)]
        format: crate::campaigns::MapFormatArg,
        /// Where to write (default: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ImportFormat {
    Auto,
    /// The national membership list.
    Dsa,
    /// An Action Network activist export.
    ActionNetwork,
    /// A Spoke contact list.
    Spoke,
    /// A VAN export (tab-separated).
    Van,
}

impl ImportFormat {
    /// The format to read the file as; `None` lets its columns decide.
    pub fn list_format(self) -> Option<ListFormat> {
        match self {
            ImportFormat::Auto => None,
            ImportFormat::Dsa => Some(ListFormat::NationalList),
            ImportFormat::ActionNetwork => Some(ListFormat::ActionNetwork),
            ImportFormat::Spoke => Some(ListFormat::Spoke),
            ImportFormat::Van => Some(ListFormat::Van),
        }
    }
}

/// How people are exported: for the chapter's records, or as an upload file for a tool.
#[derive(Clone, Copy, ValueEnum)]
pub enum PeopleFormat {
    Json,
    Csv,
    /// An Action Network upload (people who may be emailed).
    ActionNetwork,
    /// A Spoke contact upload (people who may be texted).
    Spoke,
}

impl From<PeopleFormat> for groundwork_core::interop::export::PeopleFormat {
    fn from(format: PeopleFormat) -> Self {
        use groundwork_core::interop::export::PeopleFormat as Core;
        match format {
            PeopleFormat::Json => Core::Json,
            PeopleFormat::Csv => Core::Csv,
            PeopleFormat::ActionNetwork => Core::ActionNetwork,
            PeopleFormat::Spoke => Core::Spoke,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Paper {
    Letter,
    A4,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Language {
    En,
    Es,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum LanguageChoice {
    En,
    Es,
    #[value(name = "en+es")]
    EnEs,
}
