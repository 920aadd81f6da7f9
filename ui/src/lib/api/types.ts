// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types.rs). Do not edit:
// run `make types` after changing a type that crosses to the window.

export type PaperSize = "letter" | "a4";

export type Lang = "en" | "es";

export type LanguageChoice = "en" | "es" | "en+es";

export type ChapterSettings = { name: string, paper_size: PaperSize, 
/**
 * In the chapter's order of preference; never empty.
 */
print_languages: Array<Lang>, 
/**
 * An IANA zone name such as "America/Chicago".
 */
time_zone: string, };

export type ChapterStatus = { 
/**
 * `null` until the welcome screen has named the chapter.
 */
settings: ChapterSettings | null, database_path: string, 
/**
 * True while the app shows the sample chapter.
 */
is_sample: boolean, };

export type StartProblem = { kind: ErrorKind, 
/**
 * What happened, in a sentence.
 */
message: string, 
/**
 * The file that would not open (empty when no place for it could be found).
 */
database_path: string, 
/**
 * The newest backup that can be put in its place, if there is one.
 */
latest_backup: BackupEntry | null, };

export type ErrorKind = "invalid_input" | "not_found" | "conflict" | "database" | "io" | "not_a_groundwork_database" | "newer_database" | "cancelled" | "print" | "internal";

export type IpcError = { kind: ErrorKind, 
/**
 * A plain sentence for a person: what went wrong and what to do.
 */
message: string, details: string | null, 
/**
 * The input field the error is about, when it is about one ("first name"), so the window
 * can show the message beside it.
 */
field: string | null, };

export type Progress = { done: number, total: number, 
/**
 * What the units are, for a person: "pages", "rows".
 */
message: string, };

export type BackupEntry = { path: string, file_name: string, 
/**
 * When the file was last written (UTC, RFC 3339).
 */
created_at: string, size_bytes: number, };

export type PrintedFile = { path: string, pages: number, };

export type PeopleFormat = "json" | "csv" | "action-network" | "spoke";

export type LeftOut = { why: string, count: number, };

export type ExportedFile = { 
/**
 * The file written; empty when the people went to a stream (the CLI's standard output).
 */
path: string, 
/**
 * People written to the file.
 */
rows: number, left_out: Array<LeftOut>, };

export type AssessmentId = string;

export type ResponseId = string;

export type AreaKind = "neighbourhoods" | "zip_codes" | "turfs";

export type Method = "door_to_door" | "tabling" | "listening_session" | "community_meeting";

export type AssessmentInput = { name: string, area_kind: AreaKind, 
/**
 * The neighbourhoods, ZIP codes or turfs covered.
 */
areas: Array<string>, starts_on: string | null, ends_on: string | null, methods: Array<Method>, 
/**
 * Language codes the survey runs in; English and Spanish come translated.
 */
languages: Array<string>, };

export type Assessment = { id: AssessmentId, name: string, 
/**
 * Printed before every form number: "K7QF-0042".
 */
code: string, area_kind: AreaKind, areas: Array<string>, starts_on: string | null, ends_on: string | null, methods: Array<Method>, languages: Array<string>, 
/**
 * Numbered forms printed so far (1 to this).
 */
forms_printed: number, 
/**
 * Forms entered so far.
 */
responses: number, is_sample: boolean, };

export type QuestionKind = "scale" | "single" | "multiple" | "yes_no" | "text" | "top_three" | "number";

export type Choice = { key: string, text: { [key in string]: string }, };

export type Question = { key: string, kind: QuestionKind, text: { [key in string]: string }, choices?: Array<Choice>, };

export type Domain = { key: string, title: { [key in string]: string }, questions: Array<Question>, };

export type Survey = { 
/**
 * Language codes, in the order forms print them.
 */
languages: Array<string>, title: { [key in string]: string }, intro: { [key in string]: string }, 
/**
 * Read before any contact details are written down.
 */
consent: { [key in string]: string }, domains: Array<Domain>, 
/**
 * About the household: top three needs, size, language, coming to a meeting, anything else.
 */
about: Array<Question>, };

export type Untranslated = { lang: string, 
/**
 * Where: "title", "housing: title", "housing_problems: repairs_not_done".
 */
missing: Array<string>, };

export type AssessmentDetail = { assessment: Assessment, survey: Survey, 
/**
 * What is still untranslated, language by language.
 */
untranslated: Array<Untranslated>, };

export type NeedsFormsRequest = { assessment: AssessmentId, count: number, 
/**
 * One or two survey language codes; empty: the chapter's print languages.
 */
languages: Array<string>, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, };

export type PrintedForms = { path: string, pages: number, 
/**
 * "K7QF-0051" and "K7QF-0100": the numbers of the batch.
 */
first: string, last: string, };

export type FormPagesRequest = { 
/**
 * The survey as it stands in the editor, saved or not.
 */
survey: Survey, 
/**
 * One or two survey language codes; empty: the chapter's print languages.
 */
languages: Array<string>, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, };

export type FormPages = { 
/**
 * How many pages one printed form takes.
 */
pages: number, 
/**
 * The languages and paper counted, the chapter's where the request left them out.
 */
languages: Array<string>, paper: PaperSize, };

export type NeedsReportRequest = { assessment: AssessmentId, 
/**
 * `null`: the chapter's own choice.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, };

export type AnswerValue = { "kind": "scale", "value": number } | { "kind": "choice", "value": string } | { "kind": "choices", "value": Array<string> } | { "kind": "yes_no", "value": boolean } | { "kind": "number", "value": number } | { "kind": "text", "value": string };

export type Answer = { question: string, value: AnswerValue, };

export type ResponseInput = { 
/**
 * The number on the form as typed: "K7QF-0042", "k7qf 42", or just "42".
 */
form: string, area: string | null, 
/**
 * The language the form was filled in.
 */
language: string | null, method: Method | null, 
/**
 * Only what was answered: a form can be partial.
 */
answers: Array<Answer>, consent: boolean, contact_name: string | null, contact_phone: string | null, contact_email: string | null, 
/**
 * Asked to be contacted (needs consent).
 */
wants_contact: boolean, entered_by: string, };

export type Entered = { id: ResponseId, 
/**
 * "K7QF-0042"
 */
form: string, 
/**
 * The person the respondent became (or was already), when they asked to be contacted.
 */
person: PersonId | null, };

export type EnteredForm = { id: ResponseId, 
/**
 * "K7QF-0042"
 */
form: string, area: string | null, language: string | null, 
/**
 * Questions answered on it.
 */
answers: number, person: PersonId | null, entered_by: string, entered_at: string, };

export type RespondentFollowUp = { response: ResponseId, form: string, person: PersonSummary, 
/**
 * Domain keys of their top three.
 */
needs: Array<string>, entered_at: string, };

export type NeedRank = { 
/**
 * 1 is the need most widely felt (ties broken by how deeply).
 */
rank: number, key: string, title: string, 
/**
 * Respondents who named this need.
 */
respondents: number, 
/**
 * `respondents` as a share of every response counted (0 to 1).
 */
share: number, 
/**
 * Respondents who answered its 1–5 scale.
 */
rated: number, mean_severity: number | null, 
/**
 * How many rated it 1, 2, 3, 4 and 5.
 */
distribution: [number, number, number, number, number], };

export type Ranking = { 
/**
 * Responses counted (the group's, for a breakdown).
 */
responses: number, needs: Array<NeedRank>, };

export type GroupRanking = { group: string, ranking: Ranking, };

export type NeedsRanking = { overall: Ranking, by_area: Array<GroupRanking>, by_language: Array<GroupRanking>, };

export type ServiceProgram = { id: string, name: string, description: string, 
/**
 * Survey domain keys of the needs it answers.
 */
needs: Array<string>, is_builtin: boolean, };

export type ProgramInput = { name: string, description: string, needs: Array<string>, };

export type Scores = { widely_felt: number | null, deeply_felt: number | null, winnable: number | null, builds_base: number | null, resources: number | null, partners: number | null, };

export type Candidate = { 
/**
 * 1 is the strongest entry point.
 */
rank: number, program: ServiceProgram, 
/**
 * What organizers scored.
 */
scores: Scores, 
/**
 * Widely and deeply felt as the answers suggest them.
 */
suggested: Scores, 
/**
 * The sum of the scores, taking the suggestion where a felt score was not given (6 to 30).
 */
total: number, 
/**
 * Criteria still without a score.
 */
unscored: number, notes: string | null, shortlisted: boolean, 
/**
 * The project made from it, if any.
 */
project_id: ProjectId | null, };

export type CandidateInput = { program_id: string, scores: Scores, notes: string | null, shortlisted: boolean, };

export type ProjectId = string;

export type ProjectStatus = "planning" | "active" | "paused" | "ended";

export type Project = { id: ProjectId, name: string, 
/**
 * The service program it was made from, if any.
 */
program_id: string | null, 
/**
 * The needs assessment whose program it was made from, if any.
 */
assessment_id: AssessmentId | null, 
/**
 * The needs it answers (the needs assessment's need codes).
 */
needs: Array<string>, status: ProjectStatus, };

export type SignInRequest = { 
/**
 * `null`: the chapter's own choice.
 */
lang: LanguageChoice | null, 
/**
 * `null`: the chapter's paper size.
 */
paper: PaperSize | null, 
/**
 * `null`: fill one page.
 */
rows: number | null, meeting_title: string | null, };

export type PersonId = string;

export type OneOnOneId = string;

export type LadderChangeId = string;

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export type DayPart = "morning" | "afternoon" | "evening";

export type Slot = { day: Weekday, part: DayPart, };

export type WorkSchedule = "unknown" | "days" | "evenings" | "nights" | "rotating" | "irregular" | "not_working";

export type Transport = "unknown" | "car" | "transit" | "walk_or_bike" | "needs_ride";

export type Responsibilities = { children: number, 
/**
 * Needs childcare to come to a meeting.
 */
needs_childcare: boolean, 
/**
 * Cares for a parent or a disabled family member.
 */
cares_for_adult: boolean, caregiving_note: string | null, work_schedule: WorkSchedule, transport: Transport, };

export type Address = { street: string | null, unit: string | null, city: string | null, state: string | null, zip: string | null, };

export type Phone = { number: string, e164: string | null, 
/**
 * How screens and paper show it ([`super::phone::shown`]); `number` stays as typed.
 */
shown: string, label: string | null, };

export type PhoneInput = { number: string, label: string | null, };

export type MembershipStatus = "good_standing" | "member" | "lapsed";

export type Membership = { actionkit_id: string | null, status: MembershipStatus | null, member_type: string | null, dues_status: string | null, 
/**
 * YYYY-MM-DD
 */
join_date: string | null, 
/**
 * YYYY-MM-DD
 */
expires_on: string | null, };

export type PersonFields<P> = { first_name: string, last_name: string, preferred_name: string | null, pronouns: string | null, phones: Array<P>, emails: Array<string>, address: Address, 
/**
 * Languages spoken, most comfortable first.
 */
languages: Array<string>, preferred_language: string | null, union_name: string | null, union_local: string | null, is_student: boolean, workplace: string | null, tags: Array<string>, do_not_call: boolean, do_not_text: boolean, do_not_email: boolean, access_needs: string | null, notes: string | null, responsibilities: Responsibilities, availability: Array<Slot>, };

export type PersonInput = PersonFields<PhoneInput>;

export type Person = { id: PersonId, membership: Membership, 
/**
 * The key of the person's ladder level.
 */
ladder_level: string, 
/**
 * VAN's id for them, once a VAN export named them.
 */
van_id: string | null, 
/**
 * Columns other tools carry (a Spoke list's custom fields), kept as they came.
 */
custom_fields: Array<CustomField>, 
/**
 * Where they first came from: "entered", "national list", "sign-in", "spoke", ...
 */
source: string, is_sample: boolean, created_at: string, updated_at: string, first_name: string, last_name: string, preferred_name: string | null, pronouns: string | null, phones: Array<Phone>, emails: Array<string>, address: Address, 
/**
 * Languages spoken, most comfortable first.
 */
languages: Array<string>, preferred_language: string | null, union_name: string | null, union_local: string | null, is_student: boolean, workplace: string | null, tags: Array<string>, do_not_call: boolean, do_not_text: boolean, do_not_email: boolean, access_needs: string | null, notes: string | null, responsibilities: Responsibilities, availability: Array<Slot>, };

export type CustomField = { name: string, value: string, 
/**
 * The tool it came from ("Spoke contact list").
 */
source: string, };

export type Likeness = { "kind": "same_email", email: string, } | { "kind": "same_phone", phone: string, } | { "kind": "same_name_and_address", name: string, street: string, };

export type DuplicatePair = { 
/**
 * The record made first (usually the one to keep).
 */
a: PersonSummary, b: PersonSummary, likeness: Array<Likeness>, };

export type DuplicateList = { 
/**
 * At most [`MOST_SHOWN`] of them.
 */
pairs: Array<DuplicatePair>, 
/**
 * Every pair found, shown or not (a list where households share a phone can make
 * thousands); those past the first few hundred come up as these are dealt with.
 */
total: number, };

export type MergeField = "name" | "pronouns" | "address" | "preferred_language" | "union" | "workplace" | "access_needs" | "responsibilities" | "membership" | "ladder_level";

export type RecordHistory = { one_on_ones: number, meetings: number, ladder_changes: number, };

export type MergeComparison = { a: Person, b: Person, a_history: RecordHistory, b_history: RecordHistory, differing: Array<MergeField>, };

export type MergeRequest = { keep: PersonId, merge: PersonId, 
/**
 * The groups whose value comes from the record merged away; every other group keeps the
 * kept record's value.
 */
take_from_merged: Array<MergeField>, merged_by: string, };

export type MergedRecord = { name: string, merged_by: string, merged_at: string, };

export type PersonSummary = { id: PersonId, display_name: string, 
/**
 * The first phone, as shown ([`super::phone::shown`]).
 */
phone: string | null, email: string | null, zip: string | null, ladder_level: string, membership_status: MembershipStatus | null, needs_childcare: boolean, is_sample: boolean, };

export type PeopleQuery = { text: string, membership_status: MembershipStatus | null, ladder_level: string | null, tag: string | null, language: string | null, needs_childcare: boolean | null, zip: string | null, limit: number | null, };

export type PeoplePage = { people: Array<PersonSummary>, 
/**
 * How many match in all, beyond the page returned.
 */
total: number, };

export type LadderLevel = { key: string, name: string, rank: number, };

export type LadderChange = { id: LadderChangeId, from_level: string | null, to_level: string, changed_by: string, reason: string | null, changed_at: string, };

export type LadderSuggestion = { person_id: PersonId, to_level: string, evidence: string, };

export type OneOnOneInput = { person_id: PersonId, 
/**
 * YYYY-MM-DD
 */
held_on: string, 
/**
 * The organizer who held it.
 */
held_by: string, 
/**
 * Their story.
 */
story: string | null, 
/**
 * What they care about, and why.
 */
cares_about: string | null, 
/**
 * What they agreed to do.
 */
agreed_to: string | null, next_step: string | null, 
/**
 * YYYY-MM-DD
 */
follow_up_on: string | null, };

export type OneOnOne = { id: OneOnOneId, follow_up_done: boolean, created_at: string, person_id: PersonId, 
/**
 * YYYY-MM-DD
 */
held_on: string, 
/**
 * The organizer who held it.
 */
held_by: string, 
/**
 * Their story.
 */
story: string | null, 
/**
 * What they care about, and why.
 */
cares_about: string | null, 
/**
 * What they agreed to do.
 */
agreed_to: string | null, next_step: string | null, 
/**
 * YYYY-MM-DD
 */
follow_up_on: string | null, };

export type PersonDetail = { person: Person, one_on_ones: Array<OneOnOne>, ladder_history: Array<LadderChange>, 
/**
 * A move up that attendance supports; an organizer decides.
 */
suggestion: LadderSuggestion | null, 
/**
 * Meetings they signed in at, newest first.
 */
attendance: Array<AttendedMeeting>, 
/**
 * Other records that look like the same person.
 */
possible_duplicates: Array<DuplicatePair>, 
/**
 * Records merged into this one, newest first.
 */
merged_records: Array<MergedRecord>, };

export type FollowUp = { one_on_one_id: OneOnOneId, person_id: PersonId, person_name: string, held_by: string, next_step: string | null, follow_up_on: string, 
/**
 * The day has come: today or earlier. Only these count as "due"; the others are coming up.
 */
due: boolean, 
/**
 * The date has passed.
 */
overdue: boolean, };

export type MeetingId = string;

export type MeetingInput = { title: string, 
/**
 * Local time in the chapter's zone, "YYYY-MM-DDTHH:MM".
 */
starts_at: string, ends_at: string | null, place: string | null, childcare: boolean, 
/**
 * Languages interpreted at the meeting.
 */
interpretation: Array<string>, food: boolean, step_free: boolean, notes: string | null, };

export type Meeting = { id: MeetingId, title: string, 
/**
 * Local time in the chapter's zone, "YYYY-MM-DDTHH:MM".
 */
starts_at: string, ends_at: string | null, place: string | null, childcare: boolean, interpretation: Array<string>, food: boolean, step_free: boolean, notes: string | null, 
/**
 * How many people signed in.
 */
attended: number, created_at: string, };

export type Attendance = { person_id: PersonId, display_name: string, 
/**
 * Their first meeting with the chapter.
 */
first_time: boolean, 
/**
 * They need childcare to come next time.
 */
needs_childcare: boolean, recorded_at: string, };

export type MeetingDetail = { meeting: Meeting, attendees: Array<Attendance>, };

export type AttendeeMatch = { person_id: PersonId, display_name: string, 
/**
 * Phone, ZIP or email: enough to tell two people of the same name apart.
 */
detail: string | null, already_signed_in: boolean, };

export type NewAttendee = { first_name: string, last_name: string, phone: string | null, email: string | null, zip: string | null, preferred_language: string | null, wants_childcare: boolean, };

export type SignInSummary = { attended: number, new_people: number, 
/**
 * The people new at this meeting: who to follow up with.
 */
follow_up: Array<PersonSummary>, };

export type MeetingSignInRequest = { meeting_id: MeetingId, lang: LanguageChoice | null, paper: PaperSize | null, 
/**
 * Pre-print the names of people expected (who came before), to tick.
 */
expected_names: boolean, };

export type ImportReport = { format: ListFormat, 
/**
 * How the file was read: "CSV", "Excel workbook, sheet \"Members\"", ...
 */
read_as: string, rows: number, created: number, updated: number, unchanged: number, 
/**
 * Rows that were the same person as an earlier row of the file (same mobile number in a
 * Spoke list) and were folded into it.
 */
folded: number, 
/**
 * Rows left out, each with where it is and why: "line 7: '555-01' is not a mobile number".
 */
skipped: Array<string>, 
/**
 * People whose membership lapsed since the last list.
 */
lapsed: Array<string>, 
/**
 * People who were lapsed and are members again.
 */
renewed: Array<string>, 
/**
 * Columns the file has that Groundwork does not read.
 */
unknown_columns: Array<string>, };

export type ListFormat = "national-list" | "action-network" | "spoke" | "van";

export type AttendedMeeting = { meeting_id: MeetingId, title: string, 
/**
 * Local time in the chapter's zone, "YYYY-MM-DDTHH:MM".
 */
starts_at: string, first_time: boolean, };
