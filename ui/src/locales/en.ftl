# The screens' messages in English, the catalogue every other language follows.
# Ids are grouped by screen; a message used in several places sits under "Shared".
# The e2e tests look for some of these words: change the English with them in mind.

-brand = Groundwork

## Shared

save = Save
saving = Saving…
saved = ✓ Saved
cancel = Cancel
cancelling = Cancelling…
dismiss = Dismiss
try-again = Try again
# An error the backend did not explain: something inside the app, not anything typed.
error-internal = Something went wrong inside Groundwork. Try again; if it keeps happening, restart the app.
error-more = More
# A list folded away beside a record (ListAndRecord): the rail that unfolds it, and the button that folds it.
list-unfold = Show the list of { $name }
list-fold = Hide the list
# What counts while something long runs: "412 of 1,024 pages".
progress-count = { $done } of { $total } { $unit }
# While the total is not known yet: "412 pages".
progress-count-open = { $done } { $unit }
# A file's size, as file managers write it.
size-kb = { $size } KB
size-mb = { $size } MB
size-gb = { $size } GB
progress-pages = pages

## Languages: the choosers on the first window and in Settings

# Names the group of buttons, one per language, each in its own language.
language-choice = Language
settings-language-title = Language
settings-language-hint = The language of the screens on this laptop; each laptop keeps its own. What is printed follows “Print in” below.
# Shown only for a language still being translated.
settings-untranslated = { $count ->
    [one] One text is not translated yet; it shows in English.
   *[other] { $count } texts are not translated yet; they show in English.
}

## Starting up (App)
# The native menu, named from the window.
menu-chapter = Chapter
menu-settings = Settings
menu-backup = Back up…
menu-restore = Restore from a backup…
menu-quit = Quit

app-opening = Opening the chapter…
app-open-failed = { -brand } could not open the chapter

## The first window (WelcomeView)

welcome-title = Welcome to { -brand }
welcome-lead = Name your chapter to begin. Everything you enter stays on this laptop.
welcome-name-label = Name your chapter
welcome-start = Start
welcome-just-looking = Just looking?
welcome-sample-explain = The sample chapter is full of invented people, so you can try things without any real data.
welcome-open-sample = Open the sample chapter
welcome-committee-title = The national committee?
welcome-committee-explain = The committee's laptop keeps the grant rounds: the files chapters send, the reviews, the decisions and the payments.
welcome-committee-way-in = This is the national committee
welcome-committee-sample = Open the sample national committee
welcome-committee-lead = Name the national committee to begin. Its grant rounds stay on this laptop.
welcome-committee-name-label = Name of the national committee
welcome-committee-start = Start the committee
welcome-committee-back = No, this is a chapter

## The frame around every screen (AppShell, areas)

app-name = { -brand }
find-someone = Find someone
find-someone-keys = Ctrl+K
nav-label = Main
nav-people = People
nav-meetings = Meetings
nav-needs = Needs
nav-orgs = Organizations
nav-campaigns = Campaigns
nav-grants = Grants
nav-rounds = Rounds
nav-print = Print
nav-settings = Settings

## The sample chapter's banner

sample-banner-label = Sample chapter
sample-banner-title = Sample chapter
sample-banner-note = — invented people, for trying things out
sample-banner-committee-label = Sample national committee
sample-banner-committee-title = Sample national committee
sample-banner-committee-note = — invented chapters and applications, for trying things out
leave-sample = Leave the sample

## Settings

settings-title = Settings
settings-chapter = Chapter
settings-committee = National committee
settings-committee-name = Committee name
settings-on-this-laptop = On this laptop
# { $path } is the database file, shown as code.
settings-database = The chapter's data is kept in { $path }
# { $path } is the database file, shown as code.
settings-database-committee = The committee's data is kept in { $path }
# { $folder } is the log folder, shown as code.
settings-log = { -brand } keeps a log of what it did (never anyone's name, phone, email or address) in { $folder }, the last seven days. When something goes wrong, the log helps whoever looks into it.
settings-open-log-folder = Open the log folder

## The chapter's settings fields (first window and Settings)

chapter-name = Chapter name
chapter-name-hint = Printed at the top of every sheet.
chapter-name-missing = Type your chapter's name. You can change it later in Settings.
committee-name-missing = Type the national committee's name. You can change it later in Settings.
chapter-name-too-long = Use a shorter name: at most { $max } letters, so it fits on paper.
paper-size = Paper size
paper-letter = US Letter
paper-a4 = A4
print-in = Print in
print-in-missing = Pick at least one language to print in.
print-both-languages = Both on one sheet
time-zone = Time zone
time-zone-hint = Meeting times are shown and printed in this zone.
time-zone-missing = Pick the time zone your chapter meets in.

## Leadership ladder (Settings)

ladder-title = Leadership ladder
ladder-explain = The steps people take from first contact to developing other leaders. Call them what your chapter calls them; everyone keeps their place.
ladder-step = Step { $number }
ladder-rename = Rename
ladder-rename-step = Rename step { $number }
ladder-renamed = ✓ Renamed
ladder-name-missing = Give the step a name.
# The ladder's built-in steps, shown in the screens' language until a chapter renames them.
ladder-default-contact = Contact
ladder-default-attendee = Attendee
ladder-default-participant = Participant
ladder-default-volunteer = Volunteer
ladder-default-leader = Leader
ladder-default-organizer = Organizer

## Backups (Settings, the first window, and the bar above every screen)

backups-title = Backups
backups-advice = Make a backup before big changes, and keep one away from this laptop, on a USB stick for example.
back-up-now = Back up now…
restore-from-backup = Restore from a backup…
automatic-backups-title = Automatic daily backups
automatic-backups-hint = { -brand } keeps one backup for each recent day it was used, on this laptop.
automatic-backups-none = None yet. The first one is made on the first day you use { -brand }.
backups-file = File
backups-made = Made
backups-size = Size
backups-action = Action
backup-restore = Restore
backup-restore-file = Restore { $file }
backup-done = Backed up to { $path } ({ $size }).
restore-done = Restored from { $file }. The data you had before was kept as a backup.
# The system's file dialogs: their titles, and the name of the kind of file they show.
backup-dialog-title = Back up the chapter
restore-dialog-title = Restore from a backup
people-import-dialog-title = Choose the membership list
people-import-dialog-files = Lists of people
chapter-open-dialog-title = Open a chapter file
chapter-open-dialog-files = { -brand } chapter
people-export-dialog-title = Export people
people-export-dialog-files-csv = CSV files
people-export-dialog-files-json = JSON files
backup-file-kind = { -brand } backup
job-label = Backup and restore
job-backing-up = Backing up
job-restoring = Restoring
job-starting = Starting…
job-backup-failed = The backup did not finish.
job-restore-failed = The restore did not finish. Your data is as it was.
job-cancelled = Cancelled — nothing was changed.
restore-confirm-title = Replace the chapter's data with this backup?
restore-confirm-yes = Replace with the backup
restore-confirm-no = Keep the current data
# { $file } is shown in bold.
restore-confirm-what = Everything { -brand } holds now will be replaced by the contents of { $file }.
restore-confirm-copy = A copy of the current data is kept first, so you can go back to it by restoring that copy.

## When the chapter's data would not open (StartProblemView)

start-problem-title = { -brand } could not open the chapter's data
# { $path } is shown as code.
start-problem-file = The file is { $path }. It is left as it is.
start-problem-ways = What you can do
# { $file } is shown in bold; { $when } is a date and time.
start-problem-newest = Put the newest backup in its place: { $file }, made { $when }. The file that would not open is kept in the backups folder, in case someone can rescue what changed since.
start-problem-restore = Restore the newest backup
start-problem-restoring = Restoring…
start-problem-no-backup = There is no backup of this chapter beside it to put in its place.
start-problem-other = Or open another chapter file: a backup you saved elsewhere, or a copy from another laptop.
start-problem-open-file = Open a chapter file…
start-problem-opening = Opening…
restoring-backup = Restoring the backup…
restoring-backup-progress = Restoring the backup: { $done } of { $total } { $unit }

## Parts shared by the forms and printing screens (components/shared)

# The hint beside Save and Cancel at the foot of a long form.
form-esc-cancels = Esc cancels
# { $path } is the PDF's path, shown as code.
printed-saved-to = Saved to { $path } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
})
printed-open = Open to print
unsaved-title = Leave without saving?
unsaved-leave = Leave without saving
unsaved-keep-editing = Keep editing
unsaved-explain = What you typed in the open form has not been saved yet and will be lost.
# The × on a chip (a language, a tag): read out by screen readers.
chips-remove = Remove { $item }
chips-add = Add
# After a field's label.
optional = (optional)

## Print

print-title = Print
print-intro = Each document is saved as a PDF that you can open and print.
print-language = Language
print-paper = Paper
print-sign-in-title = Sign-in sheet
print-sign-in-explain = A blank sheet to pass around a meeting, for names and how to reach people.
print-meeting-title = Meeting title
print-meeting-title-hint = Printed under the chapter's name, for example “General meeting, March 3”.
print-rows = Rows
print-rows-hint = Empty: one full page.
print-rows-invalid = Rows must be a whole number from 1 to { $max }. Leave it empty to fill one page.
print-making-pdf = Making the PDF…
print-sign-in = Print sign-in sheet

## Meetings: the list and the record (MeetingsView, MeetingList, MeetingRecord)

meetings-title = Meetings
meetings-new = New meeting
meetings-empty-title = Meetings people can come to
meetings-empty-explain = Plan each meeting so the people you organize can make it: childcare, interpretation, food, a step-free way in, and a time that fits around their shifts. Print a sign-in sheet for the door, then type the names in afterwards: the app counts who came, who was new, and who needs childcare next time.
meetings-pick = Pick a meeting in the list to see who came.
meetings-pick-keys = ↑ and ↓ move through the list; Enter opens the meeting.
meetings-list-label = Meetings, newest first
meetings-list-empty = No meetings yet.
meetings-upcoming = upcoming
meetings-no-place = No place set
meetings-no-place-yet = No place set yet
meetings-no-sign-ins = No sign-ins yet
meetings-opening = Opening the meeting…
meetings-enter-sign-ins = Enter sign-ins
meetings-edit-button = Edit
meetings-who-came = Who came
meetings-who-came-none = After the meeting, press “{ meetings-enter-sign-ins }” and type the names from the sheet: Enter marks each one present.
meetings-badge-first-time = first time
meetings-badge-childcare = needs childcare
# Who came, in parts joined by the separator: "12 came, 3 for the first time, 4 need childcare next time".
meetings-no-one-yet = No one signed in yet
meetings-came = { $count } came
meetings-first-time = { $count } for the first time
meetings-need-childcare = { $count ->
    [one] { $count } needs childcare next time
   *[other] { $count } need childcare next time
}
meetings-counts-separator = {", "}
# What makes it possible to come, arranged or not.
meetings-childcare = Childcare provided
meetings-no-childcare = No childcare arranged
# { $languages } is the languages, joined by the separator above.
meetings-interpretation = Interpretation: { $languages }
meetings-no-interpretation = No interpretation arranged
meetings-food = Food provided
meetings-no-food = No food arranged
meetings-step-free = Step-free access
meetings-no-step-free = Step-free access not noted

## Meetings: the form for a new or changed meeting (MeetingForm)

# { $title } is the meeting's title as it was when the form opened.
meetings-edit = Edit { $title }
meetings-form-hint = A title and when it starts are enough; add the rest as it is arranged.
meetings-form-title = Title
meetings-form-starts = Starts
meetings-form-starts-hint = Day and time, like Dec 17 6:30pm, in the chapter's time zone.
meetings-form-reads-as = Reads as { $when }.
meetings-form-ends = Ends
meetings-form-ends-hint = The time it ends, so people can plan their ride and their shift.
# { $day } is a date such as "Wed, Mar 4, 2026".
meetings-ends-next-day = Ends the next day, { $day }.
meetings-form-place = Place
meetings-form-place-example = St. Pius church basement, 1919 S Ashland Ave
meetings-form-access = What makes it possible to come
meetings-form-access-hint = Tick what is arranged. It is shown on the meeting and counted.
meetings-form-step-free = Step-free access (no stairs to get in)
meetings-form-interpretation = Interpretation into
meetings-form-interpretation-hint = Type a language and press Enter, like Spanish or Vietnamese.
meetings-form-notes = Notes
meetings-save = Save meeting
meetings-title-missing = Give the meeting a name people will know it by, like “Tenant meeting”.
meetings-starts-missing = Pick the day and the time the meeting starts.
meetings-starts-invalid = Enter the day and the time it starts, like Dec 17 6:30pm.
meetings-ends-invalid = Enter a time like 8:00 PM, or leave it empty.
meetings-too-long = That makes the meeting longer than { $hours } hours: check AM and PM.
meetings-notes-too-long = This is too long to keep: shorten it a little.

## Meetings: the meeting's sign-in sheet (MeetingSheetForm)

meetings-sheet-explain = For the door: name, phone, email, ZIP, language, and a box for childcare next time.
meetings-sheet-expected = Pre-print the names of people expected
meetings-sheet-expected-hint = People who came to earlier meetings are printed with a box to tick; new people write their name below.

## Meetings: typing a filled sign-in sheet in (SignInEntryPanel, NewAttendeeForm)

entry-done = Done
entry-name-label = Name on the sheet
entry-undo = Undo
# Read out for the list of people a typed name may be.
entry-matches-label = People who may be “{ $text }”
entry-badge-already = already here
# { $key } is the Enter key, shown as a key.
entry-no-match = No one in the chapter matches “{ $text }”. { $key } adds them as a new person.
# What each key does, written after the key.
entry-key-enter = signs in the highlighted person
entry-key-arrows = pick another
entry-key-new = new person
entry-key-esc = clears
entry-key-undo = undoes the last sign-in
entry-signed-in-title = Signed in
entry-signed-in-none = Names you sign in appear here, the latest on top.
entry-already = { $name } is already signed in.
entry-signed-in = Signed in: { $name }
entry-not-signed-in = { $name } was not signed in.
entry-added = Added and signed in: { $name } (first time)
entry-nothing-to-undo = Nothing to undo.
entry-undone = Undone: { $name }
entry-undone-new = Undone: { $name } (no longer signed in; their record stays in People)
entry-still-signed-in = { $name } is still signed in.
meetings-new-person = New person
meetings-new-person-hint = Not in the chapter yet: they are added to People and signed in, first time.
meetings-new-first-name = First name
meetings-new-last-name = Last name
meetings-new-phone = Phone
meetings-new-email = Email
meetings-new-zip = ZIP
meetings-new-prefers = Prefers
meetings-new-not-asked = Not asked
meetings-new-childcare = Needs childcare next time
meetings-new-adding = Adding…
meetings-new-add = Add and sign in
# { $key } is the key, shown as a key: "Enter adds · Esc goes back to the name".
meetings-new-enter-adds = { $key } adds
meetings-new-esc-back = { $key } goes back to the name
meetings-new-name-missing = Type their name as it is on the sheet.
meetings-new-phone-invalid = A phone number needs digits.
meetings-new-email-invalid = This does not look like an email address, like ana@example.org.
meetings-new-zip-invalid = Use only digits and letters, like 60614.

## Meetings: after the sheet is typed in (SignInSummaryPanel)

summary-title = Sign-ins entered
summary-no-one-new = no one new
summary-follow-up-title = Follow up with the new people
summary-no-one-new-hint = No one was new this time.
summary-follow-up-explain = A call or a text within a few days, while the meeting is fresh, is what brings people back. A name opens their record.
summary-no-contact = No phone or email
summary-to-call = { $count ->
    [one] { $count } person to call.
   *[other] { $count } people to call.
}
summary-counting = Counting who came…
summary-back = Back to the meeting
summary-more = Enter more names

## People: the area, the list and the search (PeopleView, PeopleList, PeopleSearch)

people-title = People
# The group of switches beside the title: Everyone, Follow-ups due, Possible duplicates.
people-show = Show
people-everyone = Everyone
people-follow-ups-due = Follow-ups due
people-possible-duplicates = Possible duplicates
people-import = Import…
people-export = Export…
people-add = Add a person
people-find-people = Find people
people-empty-title = Your chapter's base starts here
people-empty-explain = Keep everyone you organize with in one place: how to reach them, the languages they speak, what they carry at home and at work, when they can come, and every one-on-one you hold with them.
people-empty-start = Start with someone you talked to this week.
people-pick = Pick someone in the list to see their record.
people-pick-keys = Type a name, phone, email or address in the search box; ↑ and ↓ move through the list and Enter opens the person. Ctrl+K brings you back to the search from anywhere.
people-list-label = People
people-list-none-yet = No one here yet.
# $filtered is "yes" when filters narrow the search.
people-no-match = { $filtered ->
    [yes] No one matches with these filters.
   *[no] No one matches.
}
people-no-match-text = { $filtered ->
    [yes] No one matches “{ $text }” with these filters.
   *[no] No one matches “{ $text }”.
}
people-no-match-hint = Try part of a name, or the last digits of a phone number.
people-clear-filters = Clear filters
# Badges on a row of the list.
people-badge-sample = sample
people-badge-childcare = childcare
people-search-label = Find a person
people-search-hint = Name, phone, email or address
# The button that folds the filters open; $count is how many are in use.
people-filters = { $count ->
    [0] Filters
   *[other] Filters ({ $count } on)
}
people-count-truncated = Showing { $shown } of { $total } — refine your search
people-count = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
people-filter-membership = Membership
people-filter-anyone = Anyone
people-ladder-level = Ladder level
people-filter-any-level = Any level
people-filter-language = Language
people-filter-tag = Tag
people-filter-zip = ZIP starts with
people-filter-childcare = Needs childcare

## People: a person's record (PersonRecord, PhoneLines, AvailabilityTable, AttendanceHistory)

people-opening = Opening the record…
people-edit = Edit
# Under the name, when they go by another: the first name on their papers.
people-full-first-name = Full first name: { $name }
# $name is shown in bold; $reasons is a list such as "same phone and same email".
people-maybe-same = This may be the same person as { $name } ({ $reasons }).
people-compare-merge = Compare and merge…
people-contact = Contact
people-phone = Phone
people-email = Email
people-languages = Languages
# After the language they prefer, in their list of languages.
people-preferred = (preferred)
people-not-known = Not known
people-none = None
people-life = Life
people-children-label = Children
people-needs-childcare-to-come = Needs childcare to come
people-caregiving = Caregiving
people-no-adult-care = No adult in their care
people-work-schedule = Work schedule
people-getting-there = Getting there
people-none-noted = None noted
people-work-school-groups = Work, school and groups
people-work-school = Work & school
people-tags = Tags
people-membership-hint = From the national membership list; change it there, not here.
people-membership-status = Status
people-membership-type = Type
people-membership-dues = Dues
people-membership-joined = Joined
people-membership-expires = Expires
people-actionkit-id = ActionKit ID
people-not-on-list = Not on the national membership list.
people-origin = Where this record came from
people-came-from = Came from
people-van-id = VAN ID
people-merged-from = Merged from
# After the name of a record merged into this one: who merged it, and when.
people-merged-by = (by { $name }, { $date })
people-from-other-tools = From other tools
people-notes = Notes
people-no-notes = No notes.
people-when-can-come = When { $name } can usually come
people-when-they-can-come = When they can usually come
people-no-times = No times noted yet.
# A cell of the week's grid, read aloud.
people-free = Free
people-not-free = Not free
people-meetings-attended = Meetings attended
people-no-meetings-yet = { $name } has not signed in at a meeting yet.
people-first-time = first time

## People: the words a record is written in (lib/people: labels, person-record, availability, display-name)

people-no-name = (no name)
people-status-good-standing = In good standing
people-status-member = Member
people-status-lapsed = Lapsed
people-works-days = Works days
people-works-evenings = Works evenings
people-works-nights = Works nights
people-works-rotating = Rotating shifts
people-works-irregular = Irregular hours
people-works-not-working = Not working now
people-transport-car = Has a car
people-transport-transit = Takes transit
people-transport-walk-or-bike = Walks or bikes
people-transport-needs-ride = Needs a ride
people-do-not-call = Do not call
people-do-not-text = Do not text
people-do-not-email = Do not email
people-works-at = Works at { $workplace }
people-student = Student
people-children = { $count ->
    [0] No children
    [one] { $count } child
   *[other] { $count } children
}
people-cares-for-adult = Cares for an adult
people-cares-for-adult-note = Cares for an adult: { $note }
people-monday = Monday
people-tuesday = Tuesday
people-wednesday = Wednesday
people-thursday = Thursday
people-friday = Friday
people-saturday = Saturday
people-sunday = Sunday
people-morning = Morning
people-afternoon = Afternoon
people-evening = Evening
# A time of the week: $day is a day's name (people-monday, …); $part is morning, afternoon or evening.
people-slot = { $part ->
    [morning] { $day } morning
    [afternoon] { $day } afternoon
   *[evening] { $day } evening
}

## People: possible duplicates (DuplicatesList, lib/people/duplicates)

people-duplicates-hint = Records that share an email, a phone number, or a name at the same address, strongest evidence first. Merging keeps every one-on-one, meeting and ladder change.
people-your-name = Your name
people-decided-by-hint = Kept with each “not the same person”.
people-decided-by-missing = Type your name first, so the chapter knows who decided.
people-duplicates-looking = Looking for records that may be the same person…
people-duplicates-none = No likely duplicates were found: no two records share an email, a phone number, or a name at the same address.
# Between the two names of a pair: "Ana Ruiz and Ana M. Ruiz".
people-pair-and = and
people-not-same = Not the same person
people-marked-not-same = { $a } and { $b } are marked as two different people.
people-duplicates-count = { $count ->
    [one] { $count } pair to look at
   *[other] { $count } pairs to look at
}
# When the list holds only the strongest $shown of $count pairs.
people-duplicates-count-cut = { $count ->
    [one] { $count } pair to look at. The { $shown } with the strongest evidence are shown; the rest come up as these are merged or set aside.
   *[other] { $count } pairs to look at. The { $shown } with the strongest evidence are shown; the rest come up as these are merged or set aside.
}
# Why two records look like one person; the values after the colon are the records' own.
people-same-email = Same email: { $email }
people-same-phone = Same phone: { $phone }
people-same-name-and-address = Same name and address: { $name }, { $street }
# The same reasons, short, joined into a list: "same phone and same email".
people-short-same-email = same email
people-short-same-phone = same phone
people-short-same-name-and-address = same name and address
# Where a record first came from.
people-source-entered = Entered by hand in { -brand }
people-source-national-list = National membership list
people-source-sign-in = A meeting sign-in sheet
people-source-spoke = Spoke contact list
people-source-van = VAN export
people-source-action-network = Action Network export
people-source-sample = Sample data

## People: comparing and merging two records (MergePanel, lib/people/duplicates)

people-merge-title = Compare and merge
people-merge-lead = { $a } and { $b } may be the same person:
people-merge-back-record = Back to the record
people-merge-back-list = Back to the list
people-merge-opening = Opening both records…
people-merge-keep-title = Which record to keep
people-merge-keep-hint = The other one is merged into it and removed. The older record is kept unless you choose the other.
people-merge-keep = Keep this record
people-merge-kept = Kept
people-merge-merged-into = Merged into { $name } and removed
people-merge-added = Added
people-phones = Phones
people-emails = Emails
people-history = History
people-merge-none-yet = None yet
people-merge-differ = Where they differ
people-merge-nothing-to-choose = Nothing to choose: the two records agree on everything except what is joined below.
people-merge-differ-hint = For each, choose the value the kept record ends up with.
people-merge-nothing = Nothing
people-merge-on-kept = on the kept record
people-merge-on-other = on the other record
people-merge-same = Same on both:
# $fields is a list of the groups below (people-field-…), in lower case.
people-merge-same-fields = { $fields }.
people-merge-joined = Joined from both
people-merge-when = When they can come
people-merge-times = { $count ->
    [one] { $count } time of the week
   *[other] { $count } times of the week
}
# Beside the opt-outs ("Do not call · Do not text") that stay on the kept record.
people-merge-stays = Stays
people-merge-notes-kept = Notes from both records are kept.
people-merged-by-label = Merged by
people-merged-by-hint = Your name, kept with the merge.
people-merged-by-missing = Type your name, so the record says who merged it.
people-merging = Merging…
people-merge-records = Merge records
people-merge-cannot-undo = Merging cannot be undone.
people-merge-confirm-title = Merge these records?
people-merge-go-back = Go back
people-merge-confirm-what = { $away }’s record will be merged into { $kept }’s and removed.
people-merge-cannot-undo-strong = This cannot be undone.
# The groups of fields compared.
people-field-name = Name
people-field-pronouns = Pronouns
people-field-address = Address
people-field-preferred-language = Preferred language
people-field-union = Union
people-field-workplace = Workplace
people-field-access-needs = Access needs
people-field-responsibilities = Children, caregiving, work hours and getting there
people-field-membership = Membership (national list)
# A record's name when they go by another: "Guadalupe Ortiz (goes by Lupe)".
people-goes-by = { $name } (goes by { $goesBy })
# Parts of the line about children and work, in lower case, joined with "; ".
people-merge-needs-childcare = needs childcare to come
people-merge-cares-for-adult = cares for an adult
people-merge-cares-for-adult-note = cares for an adult ({ $note })
people-merge-dues = dues: { $dues }
people-merge-joined-on = joined { $date }
people-merge-expires = expires { $date }
people-merge-actionkit = ActionKit ID { $id }
# What a record's history holds, joined into a list.
people-history-one-on-ones = { $count ->
    [one] { $count } one-on-one
   *[other] { $count } one-on-ones
}
people-history-meetings = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
people-history-ladder-changes = { $count ->
    [one] { $count } ladder change
   *[other] { $count } ladder changes
}
# $list is the history above, joined: "2 one-on-ones and 1 meeting"; $count is how many in all.
people-history-moves = { $count ->
    [one] { $list } moves to the kept record.
   *[other] { $list } move to the kept record.
}
people-history-none = The other record has no one-on-ones, meetings or ladder changes to move.

## People: adding or changing a person (PersonForm, ContactFields, LifeFields, AvailabilityChecks, lib/people/person-form)

people-form-edit = Edit { $name }
people-form-hint = Only a first name is needed; fill in the rest as you learn it.
people-first-name = First name
people-last-name = Last name
people-goes-by-label = Goes by
people-goes-by-hint = Shown instead of the first name.
people-pronouns-example = she/her, he/him, they/them…
people-speaks = Speaks
people-speaks-hint = Most comfortable first. Type a language and press Enter.
people-prefers-language = Prefers to be spoken to in
people-no-preference = No preference
people-work-and-school = Work and school
# A union's local: "Local 73".
people-local = Local
people-tags-notes = Tags and notes
people-tags-hint = Words the chapter sorts people by, like “tenant union” or “Elm St building”.
people-access-hint = What makes a meeting possible for them: step-free access, interpretation, large print…
people-number = Number
people-phone-label = Label
people-phone-label-example = cell, work…
people-phone-kind-cell = cell
people-phone-kind-mobile = mobile
people-phone-kind-home = home
people-phone-kind-work = work
# $phone is the number typed, or the row's number (1, 2, …) while it is empty.
people-remove-phone = Remove phone { $phone }
people-remove-email = Remove email { $email }
people-remove = Remove
people-add-phone = Add a phone
people-add-email = Add an email
people-street = Street
people-unit = Apt / unit
people-city = City
people-state = State
people-zip = ZIP
people-do-not-contact-by = Do not contact by
people-children-at-home = Children at home
people-needs-childcare-meeting = Needs childcare to come to a meeting
people-cares-for-family = Cares for a parent or a disabled family member
people-who-and-how = Who and how
people-getting-to-meetings = Getting to meetings
people-availability-hint = Tick every time of the week that usually works for them.
people-first-name-missing = Type their first name. If you only know a nickname, use that.
people-phone-invalid = A phone number needs digits. Fix it, or remove the row.
people-email-invalid = This does not look like an email address, like ana@example.org.
people-zip-invalid = Use only digits and letters, like 60614 or 60614-1234.
people-children-invalid = Enter a whole number from 0 to { $max }.
people-too-long = This is too long to keep: shorten it a little.

## People: the ladder on a person's record (LadderSection, lib/people/ladder)

people-ladder-title = Ladder of engagement
# $level, the chapter's name for the step, is shown in bold.
people-ladder-now = Now: { $level }
people-change-level = Change level
people-suggested = Suggested:
# $evidence is why, as the chapter's records show it: "came to 3 meetings since March".
people-suggested-move = move to { $level } — { $evidence }
people-use-suggestion = Use this suggestion…
people-move-to = Move to
people-level-now = { $level } (now)
people-changed-by-label = Who is making this change
people-why = Why
people-why-hint = For example “led the door-knocking on Saturday”. The chapter reads this later to see how people grow.
people-save-change = Save the change
people-started-as = Started as { $level }
people-moved-up = Up from { $from } to { $to }
people-moved-down = Down from { $from } to { $to }
people-changed-when = { $when } · by { $name }
people-level-missing = Pick the level they are moving to.
people-level-same = They are already at this level: pick another one.
people-changed-by-missing = Type your name, so the history says who made the change.

## People: one-on-ones (OneOnOnes, OneOnOneForm, lib/people/one-on-one)

people-one-on-ones = One-on-ones
people-log-one-on-one = Log a one-on-one
# $name is the name they go by.
people-no-one-on-ones = No one-on-ones yet. After you talk with { $name }, write down what you learned and what you agreed.
people-no-one-on-ones-them = No one-on-ones yet. After you talk with them, write down what you learned and what you agreed.
# After the day of a one-on-one: the organizer who held it.
people-held-with = with { $name }
people-their-story = Their story
people-cares-about = Cares about, and why
people-agreed-to = Agreed to
people-next-step = Next step
people-follow-up = Follow up
people-follow-up-done = ✓ Done
people-follow-up-overdue = ⚠ Overdue
people-held-on = Date
people-held-by = Held by
people-form-cares-about = What they care about, and why
people-form-agreed-to = What they agreed to do
people-follow-up-on = Follow up on
people-follow-up-hint = It shows under “{ people-follow-ups-due }” from that day.
people-save-one-on-one = Save one-on-one
people-held-on-invalid = Enter the day you talked, like 2026-03-03.
people-held-on-future = That day has not come yet. Log a one-on-one after it happens.
people-held-by-missing = Type the name of the organizer who held it.
people-follow-up-invalid = Enter a day like 2026-03-17, or leave it empty.
people-follow-up-before = The follow-up comes after the conversation: pick a later day.

## People: follow-ups due (FollowUpsList)

people-due-today = Due today
people-coming-up = Coming up
people-no-next-step = No next step written down.
people-held-by-name = Held by { $name }
# Read aloud on the Done button.
people-done-label = Done: follow-up with { $name }
people-done = Done
people-follow-ups-hint = From one-on-ones: each is due on the day set for it. Oldest first; those set for a later day are listed after them.
people-every-organizer = Every organizer
people-nothing-due = Nothing due today.
people-nothing-due-for = Nothing due for { $name } today.
people-due = { $count ->
    [one] { $count } follow-up due.
   *[other] { $count } follow-ups due.
}
people-due-overdue = { $count ->
    [one] { $count } follow-up due, { $overdue } overdue.
   *[other] { $count } follow-ups due, { $overdue } overdue.
}
people-more-coming-up = { $count } more coming up.
people-follow-ups-empty = When you log a one-on-one with a follow-up date, it appears here, and counts as due on that day.
people-due-label = Due

## People: exporting everyone (ExportPanel, lib/people/people-export)

people-export-title = Export people
people-export-kind = What kind of file?
people-export-csv = Everyone, as a spreadsheet (CSV)
people-export-csv-hint = One row per person. Phones and emails are left blank for anyone who asked not to be reached that way.
people-export-json = Everyone, as JSON
people-export-json-hint = The same, for other software.
people-export-action-network = An upload for Action Network
people-export-action-network-hint = Only people who may be emailed; a phone only for those who may be texted.
people-export-spoke = An upload for Spoke
people-export-spoke-hint = Only people who may be texted and have a number that can take a text.
people-export-nothing-written = No file was written.
people-export-choose = Choose where to save…
people-close = Close
people-export-saved = { $count ->
    [one] Saved { $count } person to { $file }.
   *[other] Saved { $count } people to { $file }.
}
# $why comes from the export as it is: "who asked not to be texted".
people-export-left-out = { $count ->
    [one] Left out { $count } person { $why }.
   *[other] Left out { $count } people { $why }.
}

## People: importing a membership list (ListImportPanel, lib/people/import-report)

people-importing = Importing { $file }…
people-importing-label = Importing { $file }
people-imported = Imported { $file }
people-import-show-names = Show names
people-import-nothing = Nothing was imported.
people-import-cancelled = Cancelled — nothing was imported.
people-import-counts = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}: { $created ->
    [one] { $created } new person
   *[other] { $created } new people
}, { $updated } updated, { $unchanged } unchanged
# The kinds of list, each with its article, for people-read-as.
people-list-kind-national = a national membership list
people-list-kind-action-network = an Action Network export
people-list-kind-spoke = a Spoke contact list
people-list-kind-van = a VAN export
people-list-kind-other = a list
people-read-as = Read as { $kind }.
# $how is how the file was read, as the import says it: "CSV", "Excel workbook, sheet "Members"".
people-read-as-how = Read as { $kind } ({ $how }).
people-import-folded = { $count ->
    [one] { $count } row was the same person as an earlier row and was folded into it.
   *[other] { $count } rows were the same person as an earlier row and were folded into them.
}
people-import-skipped = { $count ->
    [one] Left out ({ $count } row):
   *[other] Left out ({ $count } rows):
}
people-import-more = and { $count } more
people-import-lapsed = { $count ->
    [one] { $count } person lapsed since the last list
   *[other] { $count } people lapsed since the last list
}
people-import-renewed = { $count ->
    [one] { $count } person renewed since the last list
   *[other] { $count } people renewed since the last list
}
# $columns are the list's own column names.
people-import-columns = Columns not read: { $columns }
people-import-reading = Reading the list…
# What the progress counts: "12,000 of 50,000 rows".
people-import-rows = rows
# $problem is the import's own words: "expected 36 fields, found 37".
people-import-line-problem = Problem on line { $line } of the file: { $problem }
people-import-failed-file = Could not import { $file }
people-import-failed-list = Could not import the list
people-import-advice = Correct the file, or ask for a fresh copy of the list, then import it again.

## Needs: the list and the assessment (NeedsView, AssessmentList, AssessmentRecord)

needs-title = Needs assessments
needs-new = New assessment
needs-empty-title = Learn what your neighbours need
needs-empty-explain = Before the chapter decides what to build, ask the people around you what weighs on them most: rent and repairs, shut-offs, food, work, getting around. An area needs assessment is one round of that asking, in the neighbourhoods, ZIP codes or turfs you choose, at the door, at a table or at a meeting.
needs-empty-explain-more = Print numbered forms in the languages people speak, type the answers in afterwards, and the app ranks the needs most widely and most deeply felt, area by area. Everyone who asks to be called back lands on a list for you.
needs-pick = Pick an assessment in the list to see what its answers say.
needs-pick-keys = ↑ and ↓ move through the list; Enter opens the assessment.
needs-list-label = Needs assessments, newest first
needs-list-empty = No assessments yet.
needs-badge-sample = sample
needs-areas-none = No areas listed yet
# The list row's progress: "264 of 300 forms entered".
needs-forms-entered-of = { $entered } of { $printed ->
    [one] { $printed } form
   *[other] { $printed } forms
} entered
needs-forms-none-printed = No forms printed yet
needs-opening = Opening the assessment…
needs-fact-when = When
needs-fact-gathered-by = Gathered by
needs-fact-languages = Languages
needs-fact-forms = Forms
needs-fact-form-numbers = Form numbers
needs-forms-printed = { $printed } printed, { $entered } entered
needs-forms-printed-none = None printed yet, { $entered } entered
# { $first } and { $second } are form numbers such as "K7QF-0001".
needs-form-numbers = Forms print as { $first }, { $second }, …
# { $language } is the language's name: "Spanish: 12 texts not translated yet".
needs-untranslated = { $language }: { $count ->
    [one] { $count } text not translated yet
   *[other] { $count } texts not translated yet
}
needs-translate-in-survey = Translate in Survey
# Read out for the row of tabs; { $name } is the assessment's name.
needs-tabs-label = { $name }: work
needs-tab-ranking = What the answers say
needs-tab-programs = Programs
needs-tab-entry = Enter forms
needs-tab-print = Print forms
needs-tab-follow-ups = Follow-ups
needs-tab-survey = Survey
# { $start } and { $end } are dates: "Mar 1 to Apr 30, 2026" (the first without its year when both share it).
needs-period = { $start } to { $end }
needs-period-from = From { $start }
needs-period-until = Until { $end }
needs-period-none = No dates set
needs-area-kind-neighbourhoods = Neighbourhoods
needs-area-kind-zip-codes = ZIP codes
needs-area-kind-turfs = Turfs
# How answers are gathered, for a whole assessment (it may hold many sessions) …
needs-method-door-to-door = Door to door
needs-method-tabling = Tabling
needs-method-listening-sessions = Listening sessions
needs-method-community-meetings = Community meetings
# … and for one form.
needs-method-tabling-one = Tabling
needs-method-listening-session = Listening session
needs-method-community-meeting = Community meeting
needs-methods-none = Not said

## Needs: the form for a new assessment (AssessmentForm)

needs-form-title = New needs assessment
needs-form-hint = One round of asking neighbours what they need. A name is enough to start; the forms, the entry and the ranking come after.
needs-form-name = Name
needs-form-name-example = Eastside spring 2026
needs-form-areas = The areas it covers
needs-form-area-kind = Kind of area
needs-form-areas-example = Eastside, Riverbend, Mill Hill
needs-form-areas-example-turfs = Turf 1, Turf 2, Pilsen north
needs-form-areas-hint = Separate them with commas. Each form asks which one it was filled in, so the answers can be compared area by area.
needs-form-first-day = First day
needs-form-last-day = Last day
needs-form-methods = How answers are gathered
needs-form-languages = Languages the forms are in
needs-form-other-languages = Other language codes
needs-form-other-languages-hint = Two or three letters each, like vi for Vietnamese or ht for Haitian Creole. English and Spanish come translated; another language's texts are typed in under Survey before its forms can print.
needs-form-save = Save assessment
needs-name-missing = Give the assessment a name, like “Eastside spring 2026”.
needs-starts-invalid = Enter a day, like 2026-03-01, or leave it empty.
needs-ends-invalid = Enter a day, like 2026-04-30, or leave it empty.
needs-ends-before-starts = The last day comes before the first: check the dates.
needs-other-language-invalid = “{ $code }” is not a language code: use two or three letters, like vi or ht.
needs-languages-missing = Pick at least one language the forms will be in.

## Needs: entering filled forms from paper (EntryPanel, EntryQuestion, EntryConsent, EntryRecent)

needs-entry-title = Enter filled forms
needs-entry-settings = For every form in this pile
needs-entry-settings-short = This pile:
needs-entry-summary-by = Entered by { $name }
needs-entry-summary-area = area { $area }
needs-entry-summary-no-area = area not known
needs-entry-summary-language = forms in { $language }
needs-entry-settings-change = Change
needs-entry-entered-by = Entered by
needs-entry-area = Area
needs-entry-not-known = Not known
needs-entry-language = Forms in
needs-entry-method = How gathered
needs-entry-form-number = Form number
# { $number } is a full form number, such as "K7QF-0042".
needs-entry-form-number-example = { $number } or 42
# The keys under the form number, each followed by what it does: "Tab or Enter next question · 1–5 on a scale · …".
needs-entry-keys-or = or
needs-entry-key-next = next question
needs-entry-key-scale = on a scale
# The key that answers "yes" (N answers "no" in both languages; Y and S both work).
needs-entry-key-yes-letter = Y
needs-entry-key-yes-no = yes or no
needs-entry-key-delete = empties a question
needs-entry-key-save = saves
needs-entry-key-take-back = takes the last form back
needs-entry-scale-key = On each scale, 1 is “not hard at all” and 5 is “very hard”.
needs-entry-about = About the household
needs-entry-take-back-last = Take back last
needs-entry-save = Save form
needs-entry-count = { $count ->
    [one] { $count } form entered this session
   *[other] { $count } forms entered this session
}
needs-entry-entered = Form { $form } entered
needs-entry-nothing-to-take-back = Nothing to take back.
# { $error } is the reason, as the app gives it.
needs-entry-not-taken-back = Form { $form } was not taken back: { $error }
needs-entry-taken-back-to-fix = Form { $form } taken back to fix
needs-entry-taken-back = Form { $form } taken back
needs-entry-no-area = No area is picked, so this form will not count in any area's ranking. Pick the area it was filled in, or save again to enter it without one.
needs-entry-top-three-full = Three needs are already ticked; untick one to pick another.
needs-entry-form-number-missing = Type the number printed on the form, like K7QF-0042 or just 42.
needs-entry-entered-by-missing = Type your name in “{ needs-entry-entered-by }”, so the chapter knows who entered these forms.
needs-entry-whole-number = Type a whole number, like 4.
needs-entry-top-three-hint = Up to three. { $count } of { $limit } ticked.
needs-entry-consent-title = Consent and contact
needs-entry-consent-given = Consent given
needs-entry-consent-shut = Contact details can be typed once consent is ticked; without it nothing personal is kept.
needs-entry-name = Name
needs-entry-phone = Phone
needs-entry-email = Email
needs-entry-wants-contact = Asked to be contacted
needs-entry-recent-title = Just entered
needs-entry-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
needs-entry-added-to-people = added to People
needs-entry-take-back = Take back
needs-entry-take-back-form = Take back form { $form }
needs-entry-recent-none = Forms you enter appear here, the latest on top.
needs-entry-take-back-title = Take back form { $form }?
needs-entry-take-back-confirm = Take it back
needs-entry-take-back-keep = Keep it
# { $name } is who entered the form.
needs-entry-take-back-explain = It was entered by { $name }, not in this sitting. Its answers are taken out of the counts, and the form can be entered again.

## Needs: what the answers say (RankingPanel, RankingChart)

needs-chart-show = Show the needs
needs-chart-overall = Overall
needs-chart-by-area = By area
needs-chart-by-language = By language
needs-chart-titles-in = Need titles in
needs-chart-empty-title = Enter the first forms to see the needs ranked.
needs-chart-empty-explain = Each need is ranked by how many of the people asked named it, and how hard they said it is on them, from 1 to 5. Print numbered forms, take them to the doors, the table or the meeting, then type them in here.
needs-chart-counting = Counting the answers…
needs-chart-overall-heading = Share of the { $count ->
    [one] { $count } person
   *[other] { $count } people
} asked who named each need
needs-chart-no-area-yet = No forms say their area yet.
needs-chart-no-language-yet = No forms say their language yet.
# Beside an area's or a language's heading.
needs-chart-forms = { $count ->
    [one] { $count } form
   *[other] { $count } forms
}
needs-chart-forms-entered = { $count ->
    [one] { $count } form entered
   *[other] { $count } forms entered
}
needs-chart-no-forms = No forms entered yet
needs-chart-explain = The bar is the share of people who named the need: among their top three, or as hard or very hard (4 or 5). The mean is how hard it is on everyone who rated it, from 1 (not hard at all) to 5 (very hard): each form rates every need, named or not, so more people can rate a need than name it.
needs-chart-none-named = No needs named in these forms.
needs-chart-area-not-given = Area not given
needs-chart-language-not-given = Language not given
# Beside a bar. { $share } is a percent such as "56%"; { $mean } a number such as "3.3".
needs-chart-share-mean = { $share } · mean { $mean } of 5
needs-chart-share-not-rated = { $share } · not rated
needs-chart-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
# { $spread } is how many rated it 1, 2, 3, 4 and 5: "0 · 1 · 4 · 10 · 3".
needs-chart-spread = Rated by { $count ->
    [one] { $count } person
   *[other] { $count } people
}, 1 to 5: { $spread }
# A whole row for screen readers: "1. Housing: named by 148 of 264 people (56%), mean severity 3.3 of 5".
# { $rated } is one of the two messages after it.
needs-chart-row = { $rank }. { $title }: named by { $named } of { $asked ->
    [one] { $asked } person
   *[other] { $asked } people
} ({ $share }), { $rated }
needs-chart-mean-severity = mean severity { $mean } of 5
needs-chart-not-rated = not rated

## Needs: printing numbered forms (PrintFormsPanel)

# { $number } is the next form's number, shown in bold.
needs-print-intro = Every form carries its own number, starting at { $number } for the next one printed, so each filled form is entered once. Numbers are used only once the PDF is written.
needs-print-label = Print numbered forms
needs-print-count = How many forms
needs-print-count-hint = 1 to { $max } at a time.
needs-print-language = Language
needs-print-paper = Paper
# { $paper } is the chapter's paper size, as chosen in Settings.
needs-print-paper-chapter = Chapter's choice ({ $paper })
needs-print-paper-chapter-unset = Chapter's choice
# { $languages } is one or more "Spanish: 12 texts not translated yet", joined by "; ".
needs-print-untranslated = { $languages }. These forms cannot print until the survey is translated.
needs-print-open-survey = Open the survey
needs-print-count-button = Print { $count ->
    [one] { $count } form
   *[other] { $count } forms
}
needs-print-count-missing = Say how many forms to print, from 1 to { $max }.
needs-print-count-whole = Print a whole number of forms.
needs-print-count-range = Print between 1 and { $max } forms at a time.
# What the progress counts: "12 of 50 forms".
needs-print-unit = forms
needs-print-printing = Printing forms…
# { $name } is the assessment whose forms are printing (another than the one open).
needs-print-printing-for = Printing forms for { $name }…
needs-print-printing-label = Printing forms
needs-print-printed-one = Printed form { $first } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
})
needs-print-printed = Printed forms { $first } to { $last } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
})
# { $path } is the PDF's path, shown as code.
needs-print-saved-to = Saved to { $path }
needs-print-open = Open
needs-print-close = Close
needs-print-cancelled = Printing cancelled. Nothing was printed, and no numbers were used.
needs-print-failed = The forms could not be printed
needs-print-nothing-printed = Nothing was printed.
# Under Survey: how many pages one form takes. { $languages }: "English and Spanish"; { $paper }: "US Letter".
needs-form-pages = Printed, one form takes { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
} ({ $languages }, { $paper })
needs-form-pages-failed = Printed pages can't be counted yet: { $error }

## Needs: the people who asked to be contacted (FollowUpsPanel)

needs-follow-ups-none = Nobody is waiting for a call. When someone agrees to be contacted on their form and asks for a call, they appear here once the form is entered, and in People, tagged with the needs they named.
needs-follow-ups-count = { $count ->
    [one] { $count } person asked to be contacted
   *[other] { $count } people asked to be contacted
}
needs-follow-ups-no-contact = No phone or email written down
# { $needs } is the needs they named, in bold: "Named: Housing, Food".
needs-follow-ups-named = Named: { $needs }
needs-follow-ups-named-none = Named no need among their top three
# { $form } is the form's number, shown apart; { $day } the day it was entered.
needs-follow-ups-form = Form { $form }, entered { $day }
needs-follow-ups-done = Done
needs-follow-ups-done-label = Done: { $name } was contacted
needs-follow-ups-finding = Finding who asked to be contacted…

## Needs: service programs as entry points (ProgramsPanel, ProgramRow, ProgramCriterion, ProgramScoreForm, ProgramProject, ProgramAddForm)

needs-programs-intro = A service program meets a felt need and, run well, brings people into the organization: the service is the door, the relationships and leaders that grow from it are the point. Score each candidate on the six criteria; the strongest, once shortlisted, can become a base-building project.
needs-programs-making-pdf = Making the PDF…
needs-programs-print = Print the summary
needs-programs-print-hint = What the answers say, in charts, and the shortlist: for the chapter meeting.
# { $file } is the PDF's file name.
needs-programs-printed = Printed { $file } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
})
needs-programs-candidates = Candidates, strongest first
needs-programs-no-forms = No forms are entered yet, so nothing is suggested for widely and deeply felt: score them yourself, or enter forms first.
needs-programs-finding = Finding the programs…
needs-programs-catalogue-empty = The catalogue is empty. Add the chapter's own program below.
# Read out before the candidate's place in the list.
needs-programs-rank = Rank
# { $needs } is the needs the program answers: "Answers: Housing, Food".
needs-programs-answers = Answers: { $needs }
needs-programs-answers-none = No needs named
needs-programs-shortlisted = Shortlisted
needs-programs-chapters-own = The chapter's own
needs-programs-not-saved = Not saved
# A candidate's total: "24 of 30".
needs-programs-total = { $total } of { $max }
needs-programs-unscored = { $count ->
    [one] { $count } criterion not scored yet
   *[other] { $count } criteria not scored yet
}
needs-programs-saved = Saved.
# { $rank } is the candidate's new place: "Saved. Now 2nd of 8, 24 of 30." { $total } is its total, as above.
# { $rank } comes with the ordinal plural rules, so its variants are those of "1st, 2nd, 3rd, 4th".
needs-programs-saved-rank = Saved. Now { $rank ->
    [one] { $rank }st
    [two] { $rank }nd
    [few] { $rank }rd
   *[other] { $rank }th
} of { $of }, { $total }.
# The six criteria a candidate is scored on, what each means, and what 1 and 5 mean on it.
needs-criterion-widely-felt = Widely felt
needs-criterion-widely-felt-explain = Many people name it.
needs-criterion-widely-felt-low = few
needs-criterion-widely-felt-high = many
needs-criterion-deeply-felt = Deeply felt
needs-criterion-deeply-felt-explain = It hurts: people say it is hard or very hard on them.
needs-criterion-deeply-felt-low = mild
needs-criterion-deeply-felt-high = it hurts
needs-criterion-winnable = Winnable
needs-criterion-winnable-explain = We can win it or deliver it with the people and the time we have.
needs-criterion-winnable-low = unlikely
needs-criterion-winnable-high = surely
needs-criterion-builds-base = Builds the base
needs-criterion-builds-base-explain = It brings in the people most affected and grows leaders among them.
needs-criterion-builds-base-low = little
needs-criterion-builds-base-high = a lot
needs-criterion-resources = Resources
needs-criterion-resources-explain = What it takes in money, space and skills: 5 means it needs few.
needs-criterion-resources-low = needs many
needs-criterion-resources-high = needs few
needs-criterion-partners = Partners
needs-criterion-partners-explain = Others (congregations, unions, clinics, schools) would help.
needs-criterion-partners-low = nobody yet
needs-criterion-partners-high = many
needs-criterion-ends = 1 = { $low }, 5 = { $high }
needs-criterion-suggested = Suggested
needs-criterion-not-yet = Not yet
# { $score } is the score the answers suggest, shown in bold.
needs-criterion-suggested-from = Suggested from the answers: { $score }
needs-criterion-suggested-counted = Suggested from the answers: { $score }, counted until you choose
needs-score-label = Score { $name }
needs-score-notes = Notes
needs-score-notes-hint = Why these scores: who would run it, a partner who offered, what it would cost.
needs-score-shortlist = On the shortlist
needs-score-shortlist-hint = Shortlisted programs rank first, and one on the shortlist can become a project.
# { $total }: "24 of 30, 1 criterion not scored yet".
needs-score-preview = Not saved yet: these scores make { $total }
needs-project-started = Project started
# { $status } is one of the statuses below.
needs-project-started-as = Project '{ $name }' started ({ $status })
needs-project-status-planning = planning
needs-project-status-active = active
needs-project-status-paused = paused
needs-project-status-ended = ended
needs-project-make = Make it a project…
needs-project-make-hint = Turn it into a base-building project the chapter plans and runs.
needs-project-make-label = Make { $name } a project
needs-project-name = Project name
needs-project-name-hint = It starts in planning, with the needs this program answers.
needs-project-starting = Starting…
needs-project-start = Start the project
needs-project-shortlist-first = Once it is saved on the shortlist, it can become a project.
needs-project-name-missing = Give the project a name.
needs-program-add-title = Add your own program
needs-program-add-hint = A program the list lacks, that the chapter could run: it joins the catalogue for every assessment, and opens above to be scored.
needs-program-added = Added “{ $name }” to the catalogue.
needs-program-name = Name
needs-program-name-example = Rent clinic
needs-program-description = What it does
needs-program-needs = The needs it answers
needs-program-clear = Clear
needs-program-name-missing = Give the program a name.
needs-program-needs-missing = Tick at least one need it answers.

## Needs: the survey, read, edited and translated (SurveyPanel, SurveyRead, SurveyEditor, SurveyTranslate, SurveyAdd…)

needs-survey-read-in = Read in
needs-survey-edit-in = Edit the texts in
needs-survey-edit = Edit the survey
needs-survey-translate = Translate
needs-survey-untranslated-title = Still to translate before forms print in these languages:
# { $language } is the language's name: "Spanish: 12 texts to translate".
needs-survey-to-translate = { $language }: { $count ->
    [one] { $count } text to translate
   *[other] { $count } texts to translate
}
needs-survey-translate-language = Translate { $language }
needs-survey-only-english = The survey runs only in English so far. Add a language to translate it into.
# { $what } is "the question “…”" or "the choice “…”", as below.
needs-survey-remove-title = Remove { $what }?
needs-survey-remove-label = Remove { $what }
needs-survey-removed = Removed { $what }.
needs-survey-the-question = the question “{ $text }”
needs-survey-the-choice = the choice “{ $text }”
needs-survey-remove = Remove
needs-survey-remove-keep = Keep it
needs-survey-remove-explain = It is taken out of the survey now, in every language. Forms already printed still show it. A question or choice that already has answers cannot be removed.
needs-survey-saved = Saved the survey.
needs-survey-saved-language = Saved the { $language } texts.
# Read out after a text shown in English because it lacks a translation.
needs-survey-not-translated = (not translated yet)
needs-survey-shown-in-english = Texts not yet translated into { $language } show in English, in grey italics.
needs-survey-consent-read = Consent, read before any contact details are written down
needs-survey-editing = Editing the { $language } texts
needs-survey-edit-hint = Change any text, add a question to a need or a choice to a question, or remove one. A question or choice that already has answers cannot be removed. Choose another language above to edit its texts.
needs-survey-title = Title
needs-survey-intro = What the canvasser says first
needs-survey-consent = Consent
needs-survey-consent-long = Consent, read before contact details are written down
needs-survey-opening = Opening and consent
needs-survey-need-n = Need { $number }: { $title }
needs-survey-need-name = Name of the need
needs-survey-question = Question
needs-survey-choice = Choice
needs-survey-question-n = Question { $number }
needs-survey-choices-of = Choices of question { $number }
needs-survey-choice-of = Choice { $choice } of question { $number }
needs-survey-save = Save the survey
needs-survey-save-language = Save the { $language } texts
# What a kind of question asks for, said briefly.
needs-kind-scale = 1 to 5 scale
needs-kind-single = Pick one
needs-kind-multiple = Pick any
needs-kind-yes-no = Yes or no
needs-kind-text = Written answer
needs-kind-top-three = Pick up to three needs
needs-kind-number = A number
# Why a question or a choice cannot be removed.
needs-survey-kept-top-three = The top-three question ranks the needs; it stays.
needs-survey-kept-scale = A need's 1 to 5 scale measures how hard it is; it stays.
needs-survey-kept-top-three-choices = The top-three choices are the needs themselves.
needs-survey-kept-last-choice = A question with choices needs at least one.
needs-survey-kept-other = Only questions and choices can be removed.
needs-survey-add-choice = Add a choice
needs-survey-new-choice = New choice for question { $number }
needs-survey-in-english = In English
needs-survey-add-choice-save = Add the choice
needs-survey-add-done = Done
needs-survey-choice-missing = Type the choice in English first.
needs-survey-choice-added = Added “{ $text }”.
# { $need } is the need's name, as the survey has it.
needs-survey-add-question = Add a question about { $need }
needs-survey-new-question = New question about { $need }
needs-survey-question-in-english = The question in English
needs-survey-add-question-save = Add the question
needs-survey-kind = Kind of answer
needs-survey-choices-in-english = Choices in English, one per line
needs-survey-question-missing = Type the question in English first.
needs-survey-choices-missing = Type at least one choice, one per line.
needs-survey-question-added = Added “{ $text }” to { $need }. Save the survey to keep it.
needs-survey-in-language = In { $language }
# A box's name when a survey's languages stand side by side: "Question 2, in Spanish".
survey-text-in-language = { $what }, in { $language }
needs-survey-add-language = Add a language
# { $vi } and { $ht } are the codes "vi" and "ht", shown as code.
needs-survey-add-language-hint = Its short code, like { $vi } for Vietnamese or { $ht } for Haitian Creole. Its texts start empty; translate them before printing forms in it.
needs-survey-language-code = Code
needs-survey-language-name = Name
needs-survey-language-name-when = (for a less common code)
needs-survey-add-language-save = Add the language
needs-survey-code-missing = Type the language's code, like vi for Vietnamese or ht for Haitian Creole.
needs-survey-code-invalid = “{ $code }” is not a language code; use two or three letters, like vi or ht.
needs-survey-code-taken = The survey already runs in { $language } ({ $code }).
needs-survey-code-unknown = “{ $code }” is not a code this computer knows; check it, or give the language a name.
needs-survey-save-first = Save or cancel the edits first.
needs-survey-language-added = Added { $language }. Its texts are ready to translate.
needs-survey-translating = Translating into { $language }
needs-survey-translate-into = Translate into
needs-survey-only-missing = Show only the texts still to translate
needs-survey-all-translated = Every text has a { $language } translation.
needs-survey-still-to-translate = { $missing } of { $total } texts still to translate.
needs-survey-translate-how = The English is on the left; type the { $language } on the right. Empty boxes are marked.

## Organizations: the area, its tabs, the directory and its search (OrgsView, OrgsTabs, OrgSearch, OrgList)

orgs-title = Organizations
orgs-tabs-label = Organizations
orgs-tab-directory = Directory
orgs-tab-tend = To tend
orgs-tab-connections = Connections
# Read out after the number on the "To tend" tab.
orgs-tend-due-count = { $count ->
    [one] { $count } next step due
   *[other] { $count } next steps due
}
orgs-directory-label = Directory of organizations
orgs-add = New organization
orgs-import = Import…
orgs-export = Export…
orgs-search-label = Find an organization
orgs-search-hint = A name or a place. ↓ ↑ to move, Enter to open.
orgs-filters = { $count ->
    [0] Filters
   *[other] Filters ({ $count } on)
}
orgs-count = { $count ->
    [one] { $count } organization
   *[other] { $count } organizations
}
orgs-count-truncated = Showing { $shown } of { $total } — refine your search
orgs-filter-kind = Kind
orgs-filter-any-kind = Any kind
orgs-filter-relationship = Relationship
orgs-filter-any-relationship = Any relationship
orgs-filter-area = Area
orgs-filter-any-area = Any area
orgs-clear-filters = Clear the filters
orgs-list-label = Organizations
orgs-list-empty = No organizations yet.
orgs-no-match = No organization matches these filters.
orgs-no-match-text = No organization matches “{ $text }”.
orgs-badge-sample = sample
orgs-no-area = No area
# On a row of the list: how many members are tied to it.
orgs-row-ties = { $count ->
    [0] no ties
    [one] { $count } tie
   *[other] { $count } ties
}
orgs-empty-title = The groups around the chapter
orgs-empty-explain = The directory holds the unions, congregations, schools, tenant and neighbourhood associations and other groups in your area, and where the chapter stands with each: partner, ally, friendly, not known yet, neutral or opposed.
orgs-empty-start = Start with the groups your members already belong to. Later, note who in the chapter is tied to each, and every contact you have with them.
orgs-empty-add = Add an organization
orgs-empty-import = Import a list of organizations
orgs-pick = Pick an organization in the list to see it here.
orgs-pick-keys = In the search box, ↓ and ↑ move through the list and Enter opens the one picked.

## Organizations: the words for its codes (lib/orgs/labels)

org-kind-union = Union
org-kind-congregation = Congregation
org-kind-school = School
org-kind-tenant_association = Tenant association
org-kind-neighbourhood_association = Neighbourhood association
org-kind-community_group = Community group
org-kind-mutual_aid = Mutual aid
org-kind-workplace = Workplace
org-kind-base_building = Base-building organization
org-kind-service_provider = Service provider
org-kind-business = Business
org-kind-government = Government office
org-kind-elected_office = Elected office
org-kind-other = Other
org-relationship-partner = Partner
org-relationship-ally = Ally
org-relationship-friendly = Friendly
org-relationship-unknown = Unknown
org-relationship-neutral = Neutral
org-relationship-opposed = Opposed
tie-role-member = Member
tie-role-active = Active member
tie-role-leader = Leader
tie-role-staff = Staff
org-contact-kind-contact = Contact
org-contact-kind-meeting = Meeting
org-contact-kind-joint_action = Joint action
org-contact-kind-ask = Ask
tie-strength-of = Strength { $strength } of 5

## Organizations: one organization's record and its fields (OrgRecord, OrgFacts, OrgFields, OrgForm, OrgEditForm)

orgs-opening = Opening the organization…
orgs-edit = Edit
# { $name } is the organization's name as it was when the form opened.
orgs-edit-title = Edit { $name }
orgs-form-hint = Only a name is needed; the rest can wait until you know it.
orgs-save-new = Add the organization
orgs-field-name = Name
orgs-field-kind = Kind
orgs-field-area = Area
orgs-area-hint = The neighbourhood or part of town it is in, written the same way each time.
orgs-field-address = Address
orgs-field-street = Street
orgs-field-city = City
orgs-field-state = State
orgs-field-zip = ZIP code
orgs-field-languages = Languages spoken there
orgs-languages-hint = Type a language and press Enter; add as many as you like.
orgs-reach = How to reach them
orgs-field-website = Website
orgs-field-phone = Phone
orgs-field-email = Email
orgs-field-notes = Notes
orgs-not-known = Not known
orgs-no-notes = No notes
orgs-starting-relationship = Where the chapter stands with them now
orgs-starting-relationship-hint = Pick “Unknown” if you are not sure yet; you can change it later, with a reason.
orgs-added-by = Added by
orgs-name-missing = Write the organization's name.
orgs-added-by-missing = Write your name, so the history says who added it.

## Organizations: the relationship and its history (RelationshipSection, lib/orgs/relationship)

orgs-relationship-title = Relationship
# { $relationship } is the relationship word with its mark, shown apart.
orgs-relationship-now = The chapter's relationship: { $relationship }
orgs-change-relationship = Change the relationship
orgs-relationship-to = Change to
# In the list of relationships to change to, beside the one it has now.
orgs-relationship-option-now = { $relationship } (now)
orgs-changed-by = Changed by
orgs-relationship-why = Why
orgs-relationship-why-hint = What happened, in a few words: it helps whoever looks at this later.
orgs-save-relationship = Save the change
orgs-relationship-history = How it has changed
orgs-relationship-same = It is already { $relationship }: pick the new one.
orgs-changed-by-missing = Write your name, so the history says who changed it.
# A line of the history: who and when, then the move.
orgs-history-by = { $name }, { $when }
orgs-history-added = Added as { $relationship }
orgs-history-moved = { $from } → { $to }

## Organizations: the contact log (ContactLog, ContactForm, lib/orgs/contact-form)

orgs-contact-log = Contact log
orgs-log-contact = Log a contact
orgs-no-contacts = No contact logged yet.
orgs-contact-kind = What it was
orgs-contact-on = When
orgs-contact-summary = What happened
orgs-contact-their-people = Who was there from their side
orgs-contact-their-people-hint = Names or roles, as you would say them: “Pastor Reyes and two deacons”.
orgs-contact-our-people = Who from the chapter took part
orgs-next-step = Next step
orgs-next-step-due = By when
orgs-logged-by = Logged by
orgs-save-contact = Save the contact
orgs-contact-logged-by = logged by { $name }
orgs-contact-their-side = Their side
orgs-contact-our-side = From the chapter
# After the next step: "by Mar 9, 2026".
orgs-next-step-by = by { $date }
orgs-step-overdue = Overdue
orgs-step-due-today = Due today
orgs-step-done-on = Done { $date }
orgs-step-done = Done
# Read out on the "Done" button: which step it marks as done.
orgs-step-done-label = Done: { $step }
orgs-contact-date-invalid = Pick the day it happened.
orgs-contact-date-future = That day has not come yet; log a contact once it has happened.
orgs-contact-summary-missing = Say in a few words what happened.
orgs-logged-by-missing = Write your name, so the log says who wrote this.
orgs-next-step-due-invalid = Pick a day for the next step, or leave it empty.
orgs-next-step-due-before = The next step cannot come before the contact itself.
orgs-next-step-missing = A day needs a next step to go with it: write what will happen.

## Organizations: members tied to an organization (TiesSection, TieForm, StrengthScale, PersonPicker)

ties-title-section = People tied
ties-explain = Members who belong to this organization or know people there: the chapter's bridges into it.
ties-none = No one from the chapter is tied to it yet.
ties-add = Add a tie
# { $name } is the person's name.
ties-change-title = How { $name } is tied
ties-who = Who from the chapter
ties-pick-another = Pick someone else
ties-role = Their role there
ties-title = Their title there
ties-title-example = pastor, shop steward
ties-strength = How strong the tie is
ties-strength-hint = 1 is loose (they know a few people there); 5 is as close as it gets.
ties-would-introduce-label = They would introduce us
ties-would-introduce = Would introduce us
ties-save = Save the tie
# A role with the title they gave: "Leader (pastor)".
ties-role-title = { $role } ({ $title })
ties-change = Change
ties-change-label = Change how { $name } is tied
ties-remove = Remove
ties-remove-label = Remove { $name }'s tie
ties-remove-title = Remove { $name }'s tie to { $org }?
ties-remove-explain = The tie goes from the organization and from the person's record. The person and the organization stay.
ties-keep = Keep the tie
ties-person-missing = Pick who is tied: type a few letters of their name.
ties-strength-missing = Pick how strong the tie is, from 1 to 5.
person-picker-hint = Type a few letters of their name, then Enter, or ↓ and ↑ to pick another.
# Names the list of people a typed name may be.
person-picker-matches = People matching “{ $text }”
person-picker-none = No one in the chapter matches “{ $text }”.
org-picker-hint = Type a few letters of its name, then Enter, or ↓ and ↑ to pick another.
org-picker-matches = Organizations matching “{ $text }”
org-picker-none = No organization in the directory matches “{ $text }”.

## Organizations: importing and exporting the directory (OrgImportPanel, OrgExportPanel, lib/orgs/org-transfer)

orgs-import-title = Import a list of organizations
orgs-import-explain = A CSV file or an Excel workbook with a column of names (name or organization). Kind, relationship, area, address, languages, website, phone and notes are read when the file has them. Organizations already in the directory are left as they are.
orgs-imported-by = Imported by
orgs-imported-by-missing = Write your name, so each organization's history says who added it.
orgs-import-choose = Choose the file…
orgs-importing = Importing…
orgs-import-dialog-title = Choose the list of organizations
orgs-import-dialog-files = Lists of organizations
# { $file } is the file's name.
orgs-imported = Imported { $file }
orgs-import-read-as = Read as { $how }.
orgs-import-counts = { $added ->
    [one] { $added } organization added
   *[other] { $added } organizations added
}; { $already ->
    [0] none was in the directory already.
    [one] { $already } was in the directory already.
   *[other] { $already } were in the directory already.
}
orgs-import-failed = Could not import { $file }
orgs-import-failed-no-file = Could not import the list
orgs-import-nothing-added = Nothing in the file was added.
orgs-import-fix-and-retry = Fix the line named above in the file, then import it again.
orgs-import-again = Try again
orgs-close = Close
orgs-export-title = Export the directory
orgs-export-kind = As
orgs-export-csv = A spreadsheet (CSV)
orgs-export-csv-hint = Opens in Excel, LibreOffice or Google Sheets; one organization per row.
orgs-export-json = A JSON file
orgs-export-json-hint = Everything, for another tool or a programmer.
orgs-export-choose = Choose where to save…
orgs-export-nothing-written = Nothing was written.
orgs-export-dialog-title = Export organizations
orgs-export-dialog-files-csv = CSV files
orgs-export-dialog-files-json = JSON files
orgs-export-saved = { $count ->
    [one] Saved { $count } organization to { $file }.
   *[other] Saved { $count } organizations to { $file }.
}

## Organizations: relationships to tend (TendPanel, lib/orgs/tending)

tend-title = Relationships to tend
tend-explain = Partners and allies nobody from the chapter has been in touch with for a while, and the next steps from the contact log that are due.
tend-quiet-title = Gone quiet
tend-quiet-for = Quiet for at least
tend-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
tend-loading = Looking at the contact log…
tend-quiet-none = Every partner and ally has heard from the chapter in the last { $weeks }.
tend-never-contacted = Never contacted
tend-last-contact = Last contact on { $date }
tend-due-title = Next steps due
tend-due-none = No next step is due this week.
tend-overdue-since = Overdue: was due { $date }
tend-due-today = Due today
tend-due-on = Due { $date }

## Organizations: the connections assessment (ConnectionsPanel, ConnectionsChart, lib/orgs/connections-chart)

connections-title = Connections assessment
connections-explain = Where the chapter's members are tied, ranked by how strong those ties are: the organizations the chapter can reach through people already trusted there.
connections-loading = Adding up the ties…
connections-none-yet = No one from the chapter is tied to an organization yet.
connections-none-yet-how = The assessment starts with paper: print connections forms for members to fill in at a meeting. Or open an organization in the directory and add the members who belong to it or know people there.
connections-table-caption = Organizations by the strength of members' ties
connections-col-rank = Rank
connections-col-name = Organization
connections-col-kind = Kind
connections-col-relationship = Relationship
connections-col-members = People tied
connections-col-strength = Strength
connections-col-introduce = Would introduce us
connections-untied = { $count ->
    [one] { $count } more organization in the directory has no one from the chapter tied to it.
   *[other] { $count } more organizations in the directory have no one from the chapter tied to them.
}
connections-chart-title = { $count ->
    [one] The strongest tie
   *[other] The { $count } organizations with the strongest ties
}
connections-members = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
# At the end of a bar: the summed strength, then how many people.
connections-bar-label = { $strength } · { $members }
connections-row = { $rank }. { $name } ({ $kind }, { $relationship }): { $members ->
    [one] { $members } person tied
   *[other] { $members } people tied
}, strength { $strength }, { $introduce } would introduce us

## Organizations: the starting points on screen, under the ranking (StartingPointsOnScreen)

connections-bridges-title = Members who are bridges
connections-bridges-explain = Members tied to two or more organizations, each with the organizations they are tied to, strongest first: each can open more than one door. A name opens their record.
connections-gaps-title = Kinds of community with no ties yet
connections-gaps-explain = Kinds of community where no member has a tie yet, in the chapter's whole area and in each neighbourhood: places to look for new relationships.
connections-gaps-whole-area = The chapter's whole area
connections-by-kind-title = Ties by kind of organization
connections-by-kind-col-kind = Kind of organization
connections-by-kind-col-ties = Ties
connections-by-kind-col-members = Members tied

## Organizations: the connections assessment on paper (ConnectionsPaper, ConnectionsPrintPanel, lib/orgs/connections-print)

connections-summary-none = No connections forms printed yet.
# The summary line joins these three with " · ": "12 forms printed · 5 entered · 4 members answered".
connections-summary-printed = { $count ->
    [one] { $count } form printed
   *[other] { $count } forms printed
}
connections-summary-entered = { $count } entered
connections-summary-answered = { $count ->
    [one] { $count } member answered
   *[other] { $count } members answered
}
connections-paper-label = The connections assessment on paper
connections-print-forms = Print connections forms…
connections-print-forms-hint = Members fill them in at a meeting; then enter each one from its number.
connections-print-starting-points = Print starting points
connections-print-starting-points-hint = The organizations to start from, the members who are bridges, and the kinds of community with no ties yet, for the chapter meeting.
connections-print-title = Print connections forms
connections-print-what = Members write one line for each organization they belong to or know people in: their role there, how strong the tie is, and whether they would introduce us.
# { $number } is the next form's number, shown in bold.
connections-print-numbers = Every form carries its own number, starting at { $number } for the next one printed, so each filled form is entered once.
connections-print-numbers-first = Every form carries its own number, so each filled form is entered once. Numbers are used only once the PDF is written.
connections-print-label = Print numbered connections forms
connections-starting-points-label = Starting points printed
connections-open-starting-points = Print starting points…
connections-starting-points-title = Starting points for the chapter meeting
connections-edit-survey = Edit the survey…
connections-edit-survey-hint = The words the forms print, in each of their languages, and the chapter's own questions.
# Under "Edit the survey…": "3 questions of the chapter's own · 6 lines for organizations on each form".
connections-survey-shape = { $questions ->
    [one] { $questions } question of the chapter's own
   *[other] { $questions } questions of the chapter's own
} · { $rows ->
    [one] { $rows } line for organizations on each form
   *[other] { $rows } lines for organizations on each form
}

## Organizations: editing the connections survey (ConnectionsSurveyEditor, lib/orgs/connections-survey)

connections-survey-title = The connections survey
connections-survey-hint = Each text in every language the forms print in, side by side; a box still empty is marked. Forms printed after you save ask the new words; forms already printed stay as they are.
connections-survey-opening-title = Title
connections-survey-intro = Introduction, read before the lines for organizations
connections-survey-ties-prompt = What to write on the lines for organizations
connections-survey-rows = Lines for organizations on each form
connections-survey-rows-hint = Each member writes one organization or community on a line.
connections-survey-rows-missing = Say how many lines for organizations each form has.
connections-survey-rows-whole = The lines for organizations must be a whole number, 1 or more.
connections-survey-questions = The chapter's own questions
connections-survey-questions-hint = Asked after the lines for organizations.
connections-survey-no-questions = No questions of the chapter's own yet.
connections-survey-add-question = Add a question
connections-survey-new-question = New question, after the others
connections-survey-question-added = Added “{ $text }”. Save the survey to keep it.
# { $what } is "the question “…”" or "the choice “…”".
connections-survey-removed = Took out { $what }. Save the survey to keep the change, or cancel to bring it back.
connections-survey-saved = Saved the survey. Forms printed from now on ask it.
connections-survey-save = Save the survey

## Organizations on a person's record (PersonTies)

person-ties-title = Organizations
person-ties-none = { $name } is not tied to any organization yet.
person-ties-none-them = Not tied to any organization yet.

## Pass the laptop: starting a round, and the passphrase in Settings (PassLaptopButton, PassphraseSection, PassphraseField, lib/laptop/passphrase-form)

laptop-pass-lead = At a meeting, members can tell their own ties: pass the laptop round, and each one fills in the survey, in English or Spanish.
laptop-pass-button = Pass the laptop round
laptop-pass-title = Pass the laptop round
laptop-pass-explain-members = Members fill in the connections survey themselves, one after another. Each one says who they are with their name and one more fact. They see only their own form: never the member list, never anyone else's answers.
laptop-pass-explain-lock = Meanwhile the rest of { -brand } is locked. It opens again only with the chapter's passphrase.
laptop-pass-by = Your name (who is passing the laptop)
laptop-pass-by-hint = The forms members fill in are entered under this name.
laptop-passphrase-choose = Choose the chapter's passphrase
laptop-passphrase-choose-hint = At least { $shortest } characters. You will need it to open the app again; keep it from the members.
laptop-passphrase-again = Type the passphrase again
laptop-passphrase = The chapter's passphrase
laptop-lock = Lock and pass the laptop
laptop-locking = Locking…
laptop-passphrase-too-short = Use at least { $shortest } characters.
laptop-passphrase-mismatch = The two are not the same. Type it again.
laptop-locked-by-needed = Write your name: the forms are entered under it.
laptop-passphrase-needed = Type the chapter's passphrase.
laptop-settings-title = Passing the laptop round
laptop-settings-none-yet = The chapter has no passphrase yet. The first time you pass the laptop round (Organizations, Connections), you choose one.
laptop-settings-explain = The passphrase opens the app again after the laptop has gone round a meeting. Change it here if someone else may know it.
laptop-passphrase-current = The passphrase now
laptop-passphrase-new = The new passphrase
laptop-passphrase-change = Change the passphrase
laptop-passphrase-changed = ✓ Changed

## Pass the laptop: the members' screens (LaptopView, LaptopWelcome, WhoFields, LaptopJoin, LaptopSurvey, TieRowFields, OrgNameField, LaptopThanks, UnlockDialog, lib/laptop)
# Members read these, some with little schooling: short, plain sentences.

laptop-organizer-open = Organizer: open the app
laptop-opening = Getting the laptop ready…
laptop-welcome-pass = Pass the laptop to the next member.
laptop-language-title = Choose your language
laptop-who-title = Who are you?
laptop-who-explain = Write your name and one more thing about you. Nobody else's name is shown here.
laptop-first-name = First name
laptop-last-name = Last name
laptop-fact-choose = One more thing, so we know it is you. Choose one:
laptop-fact-phone = The last 4 numbers of your phone
laptop-fact-zip = Your ZIP code
laptop-fact-house = Your house number
laptop-fact-email = Your email
laptop-fact-phone-field = Last 4 numbers of your phone
laptop-fact-zip-field = ZIP code
laptop-fact-house-field = House number
laptop-fact-email-field = Email
laptop-first-name-missing = Write your first name.
laptop-last-name-missing = Write your last name.
laptop-fact-phone-problem = Write the last 4 numbers of your phone.
laptop-fact-zip-problem = Write your ZIP code: 5 numbers.
laptop-fact-house-problem = Write the number of your house or building.
laptop-fact-email-problem = Write your email, like maria@example.com.
laptop-continue = Continue
laptop-not-found = We could not find you.
laptop-not-found-explain = Check what you wrote and try again. If this is your first time here, you can join.
laptop-try-again = Try again
laptop-im-new = I'm new
laptop-join-title = Welcome! Let's add you
laptop-join-explain = Write your name and one more thing about you. Next time, you can say who you are the same way.
laptop-join-continue = Join and continue
laptop-join-back = Back
laptop-join-phone-field = Your phone number
laptop-join-house-field = Your street address (number and street)
laptop-join-phone-problem = Write your whole phone number, with the area code, so you can be found next time.
laptop-join-house-problem = Write the number and the street, like 1234 W Cermak Rd.
laptop-hello = Hello, { $name }!
laptop-not-you = Not { $name }?
laptop-not-me = That's not me: start over
laptop-ties-title = Your groups and communities
laptop-org-number = Organization { $number }
laptop-org-name = Name of the group, church, union, school…
laptop-org-hint = Start typing. Pick a name from the list, or write a new one.
laptop-org-suggestions = Organizations we know
laptop-org-new = Not on our list? That's fine: we will add it.
laptop-role = Your role there
laptop-strength = How strong is your tie?
laptop-strength-hint = 1 = I go now and then. 5 = it is like family.
laptop-introduce = Would you introduce the chapter to people there?
laptop-yes = Yes
laptop-no = No
laptop-org-remove = Remove organization { $number }
laptop-org-name-missing = Write the name, or remove this organization.
laptop-strength-missing = Pick a number from 1 to 5.
laptop-add-org = + Add another organization
laptop-work-title = Your work
laptop-workplace = Where do you work?
laptop-industry = What kind of work is it?
laptop-union = Your union and local, if you have one
laptop-questions-title = A few more questions
laptop-done = Done
laptop-sending = Sending…
laptop-thanks-title = Thank you, { $name }!
laptop-thanks-saved = Your answers are saved.
laptop-thanks-pass = Please pass the laptop to the next member.
laptop-next-member = Next member
laptop-unlock-title = Open the app
laptop-unlock-explain = For the organizer: type the chapter's passphrase to stop passing the laptop round and open the rest of { -brand }.
laptop-unlock = Open the app
laptop-unlocking = Opening…
laptop-unlock-cancel = Keep passing it round

## Organizations: likely duplicates, merging them, and undoing a merge
orgs-duplicates-button = Likely duplicates ({ $count })
orgs-duplicates-title = Likely duplicates
orgs-duplicates-hint = Pairs of organizations that may be one. Merge a pair into one record, or say they are not the same so they are not suggested again.
orgs-duplicates-none = No likely duplicates left.
orgs-duplicates-loading = Looking for likely duplicates…
orgs-duplicate-side = { $kind } · { $area } · { $ties ->
    [one] 1 member tied
   *[other] { $ties } members tied
  }
orgs-duplicate-side-no-area = { $kind } · { $ties ->
    [one] 1 member tied
   *[other] { $ties } members tied
  }
orgs-duplicate-why = Why they look alike: { $why }.
orgs-likeness-same-words = the same words in their names
orgs-likeness-name-within = one name is inside the other
orgs-likeness-same-website = the same website
orgs-likeness-same-phone = the same phone
orgs-likeness-same-email = the same email
orgs-merge-pair = Merge…
orgs-not-same-pair = Not the same…
orgs-merge-keep = Keep “{ $kept }” and merge “{ $merged }” into it.
orgs-merge-swap = Keep the other one instead
orgs-merge-explain = Its relationship history, contacts and ties move to the record kept; where a member is tied to both, the stronger tie stays; blanks in the kept record are filled from the other. The merge can be undone from the kept record.
orgs-merged-by = Merged by
orgs-merged-by-missing = Write your name, so the record says who merged it.
orgs-merge-confirm = Merge
orgs-merging = Merging…
orgs-decided-by = Decided by
orgs-decided-by-missing = Write your name, so the chapter knows who decided.
orgs-not-same-confirm = They are not the same
orgs-cancel = Cancel
orgs-merges-title = Merged into this record
orgs-merge-line = “{ $name }”, merged by { $by } on { $when }
orgs-merge-undone-on = undone on { $when }
orgs-undo-merge = Undo merge
orgs-undoing-merge = Undoing…
orgs-undo-merge-title = Undo this merge?
orgs-undo-merge-explain = “{ $name }” comes back as its own record, with what it had before the merge.
orgs-undo-merge-yes = Undo merge
orgs-undo-merge-no = Keep merged

## Organizations: entering filled connections forms (ConnectionsEntryPanel, ConnectionsEntryLine, OrgNameBox, ConnectionsEntrySettings, lib/orgs/connections-entry)

connections-enter-forms = Enter filled forms
connections-entry-title = Enter filled connections forms
connections-entry-back = Back to the ranking
connections-entry-none-printed = No connections forms have been printed yet. Each form is entered by the number printed on it: print the forms first, for members to fill in at a meeting.
connections-entry-member = Who filled it in
connections-entry-member-missing = Pick who filled in this form: type a few letters of their name, then Enter.
connections-entry-orgs = Organizations and communities
connections-entry-org-label = Organization or community
# After the label, for screen readers: which line of the form it is.
connections-entry-line-number = line { $line }
connections-entry-org-matches = Organizations matching “{ $text }”
connections-entry-org-add-new = Add “{ $name }” as a new organization
connections-entry-org-in-directory = in the directory
connections-entry-org-new = new
connections-entry-org-missing = Type the organization's name and pick it, or empty this line.
connections-entry-org-not-picked = Pick “{ $name }” from the list with Enter, or add it as a new organization.
connections-entry-org-twice = { $name } is already on line { $line }.
connections-entry-org-added = “{ $name }” added to the directory as a new organization; its kind can be set there.
connections-entry-new-org-needs-name = Type your name here first: a new organization records who added it.
connections-entry-role = Role
connections-entry-strength = How strong, 1 to 5
connections-entry-introduce-keys = Y or N
connections-entry-line-remove = Remove
connections-entry-line-remove-label = Remove line { $line }
connections-entry-work = Work
connections-entry-workplace = Workplace
connections-entry-industry = Industry
connections-entry-union = Union and local
connections-entry-more = A few more questions
connections-entry-key-next = next field
connections-entry-key-pick = choose among the organizations
connections-entry-key-new-org = adds the name as a new organization
connections-entry-key-role = role
connections-entry-key-strength = how strong
connections-entry-key-introduce = would introduce us
connections-entry-key-no-more = on an empty line goes on to the work
# The form was entered: its number, who filled it in, how many organizations it named.
connections-entry-entered = Form { $form } entered: { $name }, { $count ->
    [0] no organizations
    [one] one organization
   *[other] { $count } organizations
}
connections-entry-ties = { $count ->
    [0] no organizations
    [one] one organization
   *[other] { $count } organizations
}
connections-entry-on-laptop = Filled in on the laptop
connections-entry-take-back-explain = It was entered by { $name }, not in this sitting. The ties it told are taken out, and the form can be entered again.

## Campaigns and power maps: files in and out (lib/api/client/campaigns)
maps-import-dialog-title = Choose a map from Kumu or Oligrapher
maps-import-dialog-files = Map files (JSON)
maps-export-dialog-title = Export the map
grants-evidence-title = The need it answers, from the chapter's needs assessment
grants-evidence-need = { $title }: named by { $respondents } of { $responses } residents ({ $percent }%), ranked { $rank } of { $needs } in { $assessment }
grants-evidence-hint = The application carries this as it stands when it is sent.
grants-partners-title = Partner organizations
grants-partners-hint = The organizations the initiative is run with, from the chapter's directory. Each one is saved as soon as it is added or taken off.
grants-partners-none = No partners named yet.
grants-partner-ties = { $count ->
    [0] no member tied to it yet
    [one] one member tied to it
   *[other] { $count } members tied to it
}
grants-partner-add = Add a partner organization
grants-partner-remove = Take off
grants-partner-remove-label = Take { $name } off the partners
grants-decision-title = National's decision
grants-decision-hint = When national's letter comes, write its decision down here: an award opens the progress reports.
grants-decision-outcome = What national decided
grants-decision-awarded = Awarded
grants-decision-declined = Declined
grants-decision-amount = Amount awarded, in dollars
grants-decision-save = Write the decision down
grants-reports-title = Progress reports
grants-reports-awarded = National awarded { $amount }. Two short reports are due: halfway through, and at the end.
grants-report-midpoint = Halfway through
grants-report-final = At the end
grants-report-start = Start this report from the chapter's records
grants-report-period = For { $from } to { $to }.
grants-report-sign-ins = Sign-ins at meetings
grants-report-from-records = One-on-ones, new members, new leaders and sign-ins start from the chapter's own records for these months; correct what you know better.
grants-report-spent = Spent so far, in dollars
grants-report-story = How the work went
grants-report-challenges = What was hard, and what you would change
grants-report-save = Save the report
grants-report-send = Save the file for national…
grants-report-sent = Saved to { $path }.
grants-report-dialog-title = Save the report for national
grants-report-dialog-files = Groundwork report files
grants-report-paper-title = The report on paper
grants-report-paper-explain = The goals beside what was done, the money, and the story, with lines to sign.
grants-report-paper-print = Print the report
grants-reopen = Reopen it to correct it
grants-reopen-hint = Until national decides, a corrected application can be sent again: the new file replaces the one national holds, which it keeps in its history.
grants-paper-title = The application on paper
grants-paper-explain = To read it over together, to mail it, or to attach it to an email: the initiative, its goals, the budget and the timeline, with lines to sign.
grants-paper-print = Print the application
grants-send-title = Send it to national
grants-send-explain = Groundwork saves the application as one file, signed with the chapter's own key, so national can tell it came from this chapter unchanged. Send the file by email or on a USB stick. Once the file is saved, the application is marked as sent and stays as it was sent.
grants-sent-already = This application was sent to national. If the file was lost, save it again: it is the same application, and national will recognize it.
grants-send-incomplete = { $count ->
    [one] Complete the application first: one thing is still needed (see the list above).
   *[other] Complete the application first: { $count } things are still needed (see the list above).
}
grants-send-unsaved = Save what you changed first: the file holds the application as saved.
grants-send-button = Save the file for national…
grants-send-again = Save the file again…
grants-sending = Saving…
grants-sent-notice = Saved to { $path }. The chapter's key reads { $fingerprint }: if national calls to check the file, read them those letters.
rounds-reports-title = Progress reports
rounds-reports-hint = Each award owes a short report halfway through and another a month after it ends. Import the report files chapters send here.
rounds-reports-import = Import a progress report…
rounds-reports-none = No reports are due yet: they come with the awards.
rounds-report-imported = { $kind ->
    [midpoint] Imported the report halfway through.
   *[final] Imported the report at the end.
}
rounds-report-already = Already imported: nothing changed.
rounds-report-due = { $kind ->
    [midpoint] halfway report due { $date }
   *[final] final report due { $date }
}
rounds-report-received = received
rounds-report-overdue = overdue
rounds-report-waiting = not due yet
national-import-dialog-title = Import an application file
national-import-dialog-files = Groundwork application files
national-report-dialog-title = Import a progress report
national-report-dialog-files = Groundwork report files
grants-export-dialog-title = Save the application for national
grants-export-dialog-files = Groundwork application files
maps-export-dialog-files-json = JSON files
maps-export-dialog-files-svg = SVG pictures

## Power maps: the canvas, the table and the side panel (components/campaigns/map)
map-title = Power map
map-sample = sample
map-view-label = Show the map as
map-view-map = Map
map-view-table = Table
map-add-node = Add a node
map-add-node-hint = It starts in the middle of the map. Then drag it, or move it with the arrow keys, to where it stands.
map-add-node-save = Add to the map
map-undo = Undo
map-redo = Redo
map-undo-what = Undo { $what } (Ctrl+Z)
map-redo-what = Redo { $what } (Ctrl+Shift+Z)
map-undone = Undone: { $what }.
map-redone = Done again: { $what }.
map-snap = Snap to the grid
map-show-paths = Show our paths in
map-close = Close the map
map-loading = Loading the map…
map-side-label = Side panel
map-empty-lead = Nobody is on this map yet.
map-empty-first = Start with the person who decides: the one who can give what the campaign asks. Then add who has power over them, and who stands with you.
map-empty-add = Add the person who decides
map-canvas-label = The map: across, where each one stands; up, how much power they have
map-step-move = { $count ->
    [one] moving { $label }
   *[other] moving { $count } nodes
}
map-step-add = adding { $label }
map-step-remove = { $count ->
    [one] removing { $label }
   *[other] removing { $count } nodes
}
map-step-edit = the change to { $label }
map-step-edge = the change to a relationship
map-step-connections = adding the connections of { $label }
map-added = { $label } is on the map, in the middle. Move it to where it stands.
map-saved = { $label } saved.
map-linked = { $label } now stands for { $name } in your records.
map-unlinked = { $label } no longer stands for a record.
map-removed = { $count ->
    [one] { $label } removed.
   *[other] { $count } nodes removed.
} Undo (Ctrl+Z) brings them back.
map-moved-to = { $label }: { $alignment }, { $power } power.
map-edge-saved = Relationship saved.
map-edge-removed = Relationship removed.
map-connections-added = { $nodes } added, { $edges ->
    [one] 1 relationship
   *[other] { $edges } relationships
}
map-put-back = { $count ->
    [one] { $label } could not be placed there; it is back where it was.
   *[other] These { $count } could not be placed there; they are back where they were.
}
map-kind-person = person
map-kind-organization = organization
map-kind-government = government
map-kind-business = business
map-kind-media = media
map-kind-other = other
map-alignment-strongly-opposed = strongly opposed
map-alignment-opposed = opposed
map-alignment-neutral = neutral
map-alignment-allied = allied
map-alignment-strongly-allied = strongly allied
map-power-little = little
map-power-some = some
map-power-moderate = moderate
map-power-high = high
map-power-decisive = decisive
map-quadrant-powerful-opponents = Powerful opponents
map-quadrant-powerful-allies = Powerful allies
map-quadrant-weak-opponents = Opponents with little power
map-quadrant-weak-allies = Allies with little power
map-axis-power = Power over the decision
map-axis-alignment-short = Where they stand
map-direction-directed = one way →
map-direction-mutual = both ways ↔
map-direction-undirected = no direction
map-fine-place = { $nearest } ({ $value })
map-target = target
map-node-place = { $alignment }, { $power } power
map-not-placed-short = not yet placed
map-not-placed-here = Not yet placed: it came from another map. Drag it to where it stands, or choose below and save.
map-reach-count = { $count ->
    [one] 1 member can reach them
   *[other] { $count } members can reach them
}
map-draw-handle = Drag to another node to draw a relationship
map-a11y-node = Enter opens it in the side panel; the arrow keys move it (with Shift, further); Delete removes it.
map-a11y-edge = Enter opens the relationship in the side panel; Delete removes it.
map-controls = Zoom
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-fit-view = Show every node
map-minimap = Overview of the map
map-key-tab = goes to a node
map-key-arrows = move it (Shift: further)
map-key-enter = opens it
map-key-delete = removes it
map-key-undo = undo, redo
map-record-person = stands for a person in your records
map-record-organization = stands for an organization in your records
map-record-none = drawn on this map only
map-record-title = The record it stands for
map-record-looking-up = Looking it up…
map-record-in-people = in People
map-record-in-orgs = in Organizations
map-record-open = Open record
map-record-unlink = Unlink
map-record-link-person = Link to a person in your records
map-record-link-organization = Link to an organization in your directory
map-node-label = Name
map-node-label-example = Mayor Ruiz
map-node-label-needed = Give it a name.
map-node-kind = Kind
map-node-alignment = Where they stand on what we ask
map-node-power = Power over the decision
map-node-target = A target: can give what we ask, or has power over who can
map-node-notes = Notes
map-node-save = Save
map-node-remove = Remove from the map
map-relationships = Relationships
map-add-connections = Add this one's connections
map-adding-connections = Adding…
map-add-connections-hint = Brings onto the map, from your records, the organizations this person belongs to, or this organization's leaders and staff.
map-add-connections-unlinked = Drawn on this map only: there are no records to bring connections from.
map-add-edge = Add a relationship
map-no-relationships = No relationships yet.
map-relationship-to = to { $name }
map-relationship-from = from { $name }
map-paths-in = Our paths in
map-paths-in-none = No member can reach them yet.
map-path-strength = tie { $strength } of 5
map-would-introduce = would introduce us
map-paths-shown = { $members ->
    [one] 1 member of the chapter knows
   *[other] { $members } members of the chapter know
} someone at { $places ->
    [one] 1 place
   *[other] { $places } places
} on the map.
map-paths-shown-none = No member of the chapter knows anyone on this map yet.
map-member-label = { $name }, chapter member: knows someone at { $count ->
    [one] 1 place
   *[other] { $count } places
} on the map
map-member-help = Enter opens their record in People.
map-path-line = { $name } knows someone at { $place } ({ $role }, tie { $strength } of 5)
map-path-line-introduce = { $name } knows someone at { $place } ({ $role }, tie { $strength } of 5) and would introduce us
map-legend-member = a member of the chapter
map-legend-knows = knows someone there (thicker: a closer tie)
map-edge-title = Relationship
map-edge-new-title = New relationship
map-edge-from = From { $name }
map-edge-to = To
map-edge-pick = Choose…
map-edge-to-missing = Choose the other end.
map-edge-to-itself = Choose another node: a relationship joins two.
map-edge-label = What it is
map-edge-label-example = appoints, funds, member of
map-edge-direction = Direction
map-edge-strength = Strength
map-edge-strength-unknown = not known
map-edge-strength-value = { $strength } of 5
map-edge-save = Save the relationship
map-edge-remove = Remove
map-edge-aria = { $from } to { $to }
map-edge-aria-labelled = { $from } to { $to }: { $label }
map-table-caption = Everyone on { $name }
map-column-label = Name
map-column-kind = Kind
map-column-alignment = Where they stand
map-column-power = Power
map-column-target = Target
map-column-reach = Paths in
map-column-relationships = Relationships
map-column-alignment-of = Where { $name } stands
map-column-power-of = Power of { $name }
map-column-target-of = { $name } is a target
map-analysis-title = What the map says
map-analysis-targets = Targets
map-analysis-targets-none = No target marked yet: open the one who can give what you ask and tick "A target".
map-analysis-allies = Powerful allies
map-analysis-opponents = Powerful opponents
map-analysis-movable = Powerful and undecided: worth moving
map-analysis-none = None yet.
map-analysis-no-path = No member can reach
map-analysis-no-path-none = A member can reach every one.
map-analysis-not-placed = Not yet placed
map-analysis-not-placed-none = Every node has been placed.
map-selected-count = { $count } selected
map-selected-hint = Drag any of them to move them together, or use the arrow keys.
map-selected-remove = Remove these { $count }
map-selected-clear = Clear the selection
map-remove-nodes-title = { $count ->
    [one] Remove { $label } from the map?
   *[other] Remove { $count } nodes from the map?
}
map-remove-edge-title = Remove this relationship?
map-remove-edges-too = { $count ->
    [one] 1 relationship is removed with it.
   *[other] { $count } relationships are removed with it.
}
map-remove-undo = Undo (Ctrl+Z) brings it back.
map-remove-confirm = Remove
map-remove-keep = Keep

## Campaigns: the area, the list, a campaign's page and its forms (CampaignsView, CampaignList, CampaignRecord, CampaignForm)
campaigns-title = Campaigns
campaigns-new = New campaign
campaigns-list-label = Campaigns, newest first
campaigns-list-empty = No campaigns yet.
campaigns-badge-sample = sample
# On a row of the list, when the campaign's issue is not written down.
campaigns-no-issue = No issue written down
campaigns-row-maps = { $count ->
    [0] no maps
    [one] { $count } map
   *[other] { $count } maps
}
campaigns-empty-title = Plan a campaign
campaigns-empty-explain = A campaign takes up one issue people told you about and sets out to win it. Lay it out on a strategy chart, goals to tactics, and map who has power over the decision and where they stand.
campaigns-pick = Pick a campaign in the list to see its chart and its maps.
campaigns-pick-keys = ↑ and ↓ move through the list; Enter opens the campaign.
campaigns-opening = Opening the campaign…
campaigns-no-issue-yet = The issue is not written down yet.
campaigns-grows-out-of = Grows out of the project { $name }
campaigns-edit = Edit
campaigns-edit-title = Name, issue and project
campaigns-new-title = New campaign
campaigns-new-hint = A name is enough to start; the chart and the maps come after.
campaigns-field-name = Name
campaigns-field-issue = The issue
campaigns-field-issue-hint = In your own words: “the landlord at 2400 Cermak will not fix the heat”.
campaigns-field-project = Grows out of a project
campaigns-field-project-hint = One of the chapter's base-building projects, made in Needs from a service program on the shortlist.
campaigns-field-project-none-yet = The chapter has no projects yet: they are made in Needs, from a service program on the shortlist.
campaigns-project-none = None
campaigns-project-choice = { $name } ({ $status })
campaigns-project-current = The project it grows out of now
campaigns-name-missing = Give the campaign a name.
campaigns-save-new = Start the campaign
campaigns-form-keys = Enter saves · Esc cancels
campaign-tabs-label = The work of { $name }
campaign-tab-chart = Strategy chart
campaign-tab-maps = Power maps

## Campaigns: the strategy chart (StrategyChart, ChartSectionLines, lib/campaigns/chart)
chart-lead = The whole campaign on one page, from what you want to win to what you will do. Write a few words a line; nothing is kept until you save.
chart-keys = Ctrl+S saves · Esc cancels
chart-save = Save the chart
chart-column-goals = Goals
chart-column-organizational = Organizational considerations
chart-column-constituents = Constituents, allies and opponents
chart-column-targets = Targets
chart-column-tactics = Tactics
chart-help-goals = What you want to win: in the end, along the way, and first.
chart-help-organizational = What the chapter brings, what it wants to come out with (new members, new leaders, a bigger base), and what it has to fix inside.
chart-help-constituents = Who is hurt by this and can be organized, who will stand with you, and who will push back.
chart-help-targets = The person who can give you what you ask for, and the people who have power over them.
chart-help-tactics = What you will do to move a target, within your means; say which target each one is aimed at.
chart-section-long-term-goal = Long-term goals
chart-section-intermediate-goal = Intermediate goals
chart-section-short-term-goal = Short-term goals
chart-section-resources = What we bring
chart-section-gains = What we want to gain
chart-section-internal-problems = Problems to solve inside
chart-section-constituents = Constituents
chart-section-allies = Allies
chart-section-opponents = Opponents
chart-section-primary-target = Primary target
chart-section-secondary-target = Secondary targets
chart-section-tactic = Tactics
# A line's name for screen readers: "Allies, line 2".
chart-line-label = { $section }, line { $number }
chart-remove-line = Remove line { $number } of { $section }: { $text }
chart-remove-blank-line = Remove line { $number } of { $section }, still blank
chart-add-line = Add a line
chart-add-line-to = Add a line to { $section }
chart-section-full-hint = This part holds { $most } lines at the most.
chart-aimed-at = Aimed at
chart-aimed-at-none = Not aimed yet
chart-aimed-at-no-targets = Write a target first

## Campaigns: the power maps of a campaign (MapsPanel, MapRow, MapNameForm, lib/campaigns/map-words)
maps-lead = A power map places the people and institutions that matter to the decision by how much power they have over it and how far they stand with you or against you. Draw one here, or bring one in from Kumu or Oligrapher.
maps-new = New map
maps-new-name = Name of the new map
maps-rename-name = New name for the map
maps-name-missing = Give the map a name.
maps-create = Create the map
maps-import = Import a map from Kumu or Oligrapher
maps-importing = Importing…
maps-imported = “{ $name }” is in:
maps-list-label = The campaign's maps
maps-none = No power maps yet.
maps-none-start = Start one with “New map”, or bring in one you made in Kumu or Oligrapher.
# How much is on a map: "24 people and institutions · 31 relationships".
maps-row-counts = { $nodes ->
    [0] no one on it yet
    [one] { $nodes } person or institution
   *[other] { $nodes } people and institutions
} · { $edges ->
    [0] no relationships
    [one] { $edges } relationship
   *[other] { $edges } relationships
}
maps-open = Open
maps-export = Export…
maps-export-as = Export “{ $name }” as
maps-format-json = A Groundwork file (JSON)
maps-format-kumu = A file for Kumu (JSON)
maps-format-svg = A picture (SVG)
# Followed by the file's path.
maps-exported = Saved to
maps-rename = Rename
maps-delete = Delete
maps-delete-title = Delete the map “{ $name }”?
maps-delete-explain = Everything on it goes with it ({ $what }). The people and organizations in your records stay as they are.
maps-delete-confirm = Delete the map
maps-delete-keep = Keep it

## Campaigns: the strategy chart on paper (CampaignRecord, CampaignPaperForm)
chart-paper-title = The chart on paper
chart-paper-explain = One landscape page with the five columns, for the meeting that decides on the campaign. Save the chart first: the page shows what is saved.
chart-paper-print = Print the chart

## Campaigns: a power map on paper (MapWorkspace, CampaignPaperForm)
map-print = Print
map-paper-title = The map on paper
map-paper-explain = One landscape page with the grid, everyone on it and their relationships, then a page of who in the chapter knows someone there.
map-paper-print = Print the map
map-paper-size = Size
map-paper-one-page = One page
map-paper-poster = A poster of { $across } × { $across } sheets
map-paper-poster-hint = A poster starts with a page showing where each sheet goes. Cut each sheet along its corner marks and tape them together.

## Grants: the area, the list and a new application (GrantsView, GrantList, NewApplicationForm, SpanFields, SectionSaveBar)
grants-title = Grants
grants-new = New application
grants-list-label = Grant applications, newest first
grants-list-empty = No applications yet.
grants-badge-sample = sample
grants-row-complete = Complete
grants-row-needs = { $count ->
    [one] Still needs one thing
   *[other] Still needs { $count } things
}
grants-empty-title = Apply for a small grant
grants-empty-explain = National gives chapters small grants, from $500 to $1,000, for base-building initiatives that run three to six months. Write the application here: what the initiative does and sets out to win, what the money pays for line by line, and when each step gets done.
grants-empty-explain-project = An application is for one of the chapter's projects, which are made in Needs from a service program on the shortlist.
grants-pick = Pick an application in the list to see it.
grants-pick-keys = ↑ and ↓ move through the list; Enter opens the application.
grants-new-title = New application
grants-new-hint = Start with the project, the amount and the months; the rest is written on the application's page once it is made.
grants-field-project = The project it is for
grants-field-project-hint = The initiative the grant pays for is one of the chapter's base-building projects.
grants-project-choose = Choose a project
grants-no-projects = The chapter has no projects yet, and a grant is always for one. A project is made in Needs, from a service program on the shortlist.
grants-go-to-needs = Go to Needs
grants-save-new = Start the application
grants-new-keys = Enter saves · Esc cancels
grants-field-amount = Amount asked, in dollars
grants-field-amount-hint = From $500 to $1,000. Type it like 800 or 800.00.
grants-field-starts = First day
grants-field-ends = Last day
grants-field-days-hint = Both days count. An initiative runs three to six months.
# Under the amount and the days; $summary is grants-summary below: "Asks for $800.00, 4 months".
grants-asks = Asks for { $summary }
# While the amount cannot be read: "Runs 4 months".
grants-runs = Runs { $summary }
grants-save-keys = Ctrl+S saves this part

## Grants: an application's page (ApplicationRecord, MissingChecklist, InitiativeSection, ApplicationSection, BudgetSection, TimelineSection)
grants-opening = Opening the application…
grants-missing-title = What it still needs
grants-missing-count = { $count ->
    [one] One thing to do before it can go to national. Each line takes you there.
   *[other] { $count } things to do before it can go to national. Each line takes you there.
}
grants-complete = Complete: ready to send to national.
# Read out before each line of the checklist.
grants-part-done = Done:
grants-part-needed = Still needed:
grants-initiative-title = The initiative
grants-initiative-hint = What { $name } is as a base-building initiative. It belongs to the project, so every application for it shares it.
grants-initiative-opening = Opening the initiative…
grants-field-description = What it does
grants-field-description-hint = In the chapter's words: who it brings together, what they do, and what it sets out to win.
grants-field-coalition = Who runs it
grants-coalition-own = The chapter, as its own campaign
grants-coalition-partners = The chapter with partner organizations, as a coalition
grants-field-goals = Goals in numbers
grants-field-goals-hint = What the initiative sets out to do by its last day.
grants-goal-reached = People reached
grants-goal-one-on-ones = One-on-ones held
grants-goal-new-members = New members
grants-goal-new-leaders = New leaders developed
grants-field-responsible = Who is responsible
grants-responsible-none = No one chosen yet.
grants-responsible-looking-up = Looking up their name…
grants-responsible-pick = Find who is responsible
grants-responsible-change = Choose someone else
grants-responsible-clear = Remove
grants-responsible-clear-label = Remove { $name } as responsible
grants-initiative-save = Save the initiative
grants-application-title = The application
grants-application-hint = What the chapter asks for and for how long, and the two questions every application answers.
grants-field-base-building = How it builds a base among poor and working people
grants-field-base-building-hint = Who joins through it, how they are reached, and how they move into the chapter's work.
grants-field-sustaining = How it will be sustained after the grant
grants-field-sustaining-hint = Dues, volunteers, partners, another grant: how the work goes on once the money is spent.
grants-application-save = Save the application
grants-budget-title = Budget
grants-budget-hint = What the grant pays for, line by line. It has to add up to the amount asked.
grants-budget-item = What it pays for
grants-budget-quantity = How many
grants-budget-unit-cost = Cost of one ($)
grants-budget-line-total = Line total
# Each box of a budget line, read out: "What it pays for, line 2".
grants-budget-item-label = What it pays for, line { $number }
grants-budget-quantity-label = How many, line { $number }
grants-budget-unit-cost-label = Cost of one in dollars, line { $number }
grants-budget-line-total-label = Total of line { $number }
grants-budget-remove = Remove line { $number }: { $item }
grants-budget-remove-blank = Remove line { $number }, still blank
grants-budget-none = No lines yet.
grants-budget-add = Add a line
grants-budget-total = Total: { $total }
grants-budget-save = Save the budget
grants-timeline-title = Timeline
grants-timeline-hint = The milestones on the way, each with the day it will be done by. They are kept in the order of the days.
grants-milestone-day = Done by
grants-milestone-what = What will be done
grants-milestone-day-label = Day of milestone { $number }
grants-milestone-what-label = What will be done, milestone { $number }
grants-milestone-remove = Remove milestone { $number }: { $what }
grants-milestone-remove-blank = Remove milestone { $number }, still blank
grants-timeline-none = No milestones yet.
grants-milestone-add = Add a milestone
grants-timeline-save = Save the timeline

## Grants: an application sent to national (SentApplication)
# $status is one of grants-status-… below.
grants-sent-note = { $status }. What was sent stays as it was, so it cannot be changed here.
grants-sent-asks = Asks for
grants-sent-days = Runs
grants-sent-from-to = { $starts } to { $ends }
grants-sent-total = Total
grants-not-given = Not given

## Grants: the words put together from parts (lib/grants: words, span-draft, initiative-draft, budget-editor, milestone-editor)
grants-status-draft = Draft
grants-status-submitted = Sent to national
grants-status-awarded = Awarded
grants-status-declined = Declined
# How long an initiative runs, both days counted.
grants-span-months = { $months ->
    [one] { $months } month
   *[other] { $months } months
}
grants-span-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
grants-span-months-days = { $months ->
    [one] { $months } month
   *[other] { $months } months
} and { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# What an application asks, as typed: "$800.00, 4 months".
grants-summary = { $amount }, { $span }
grants-budget-adds-up = The budget adds up to { $total }.
grants-budget-matches = The budget adds up to { $total }, the amount asked.
grants-budget-differs = The budget adds up to { $total }; the amount asked is { $amount }.
grants-amount-missing = Write the amount asked, in dollars.
grants-amount-not-dollars = Write the amount in dollars, like 800 or 800.00.
grants-starts-missing = Pick the first day.
grants-ends-missing = Pick the last day.
grants-project-missing = Choose the project the grant is for.
grants-goal-not-whole = Write a whole number, like 40.
grants-quantity-not-whole = Write how many as a whole number, like 1 or 20.
grants-cost-not-dollars = Write what one costs in dollars, like 25 or 25.50.
grants-milestone-day-missing = Pick the day it will be done by.
# The checklist of what an application needs before it can be sent, each part when it is done.
grants-part-description = What the initiative does
grants-part-goals = Its goals in numbers
grants-part-responsible = Who is responsible
grants-part-base-building = How it builds a base among poor and working people
grants-part-sustaining = How it will be sustained after the grant
grants-part-budget = A budget that adds up to the amount asked
grants-part-milestones = A timeline of milestones

## Rounds, the national committee's side of small grants: the words put together from parts (lib/rounds)
rounds-name-missing = Give the round a name.
rounds-budget-not-dollars = Write the round's budget in dollars, like 20000.
rounds-opens-not-a-day = Pick the day the round opens, or leave it empty.
rounds-deadline-missing = Pick the deadline.
rounds-deadline-before-opening = The deadline comes after the day it opens.
rounds-rubric-empty = A rubric has at least one criterion.
rounds-criterion-name-missing = Say what the criterion looks for.
rounds-reviewer-name-missing = Write the reviewer's name.
rounds-score-missing = Give a score from 1 to 5.
rounds-decline-reason-missing = Say why the application is declined: the letter tells the chapter.
rounds-award-not-dollars = Write the award in dollars, like 800 or 800.00.
rounds-payment-not-dollars = Write the payment in dollars, like 400 or 400.00.
rounds-payment-day-missing = Pick the day it was paid.
rounds-status-received = Waiting for a decision
rounds-status-awarded = Awarded
rounds-status-declined = Declined
# An award, with its amount: "Awarded $800.00".
rounds-standing-awarded = Awarded { $amount }
# What an application file did; $title is the initiative, $chapter the chapter that sent it.
rounds-import-new = Imported: { $title } from { $chapter }.
rounds-import-already = Already imported: nothing changed ({ $title } from { $chapter }).
rounds-import-resubmitted = A new version replaced the earlier one, which is kept: { $title } from { $chapter }.

## Rounds: the area, the list and a new round (RoundsView, RoundList, NewRoundForm)
rounds-title = Rounds
rounds-new = New round
rounds-list-label = Grant rounds, the latest deadline first
rounds-list-empty = No rounds yet.
# On a row of the list: "Deadline Mar 1, 2027 · $20,000.00 budget".
rounds-row-deadline = Deadline { $deadline }
rounds-row-budget = { $budget } budget
rounds-empty-title = Start a round of small grants
rounds-empty-explain = A round holds a budget the committee gives out as small grants, and a deadline for the chapters' applications.
rounds-empty-explain-files = Chapters send their applications as signed files, by email or on a memory stick. Each is imported into its round, read, scored by the reviewers on the round's rubric, and awarded or declined.
rounds-pick = Pick a round in the list to see it.
rounds-pick-keys = ↑ and ↓ move through the list; Enter opens the round.
rounds-new-title = New round
rounds-new-hint = The rubric reviewers score on starts with five criteria; change them on the round's page.
rounds-field-name = Name of the round
rounds-field-name-hint = As the chapters know it, like "Base-building grants, spring 2027".
rounds-field-budget = Budget, in dollars
rounds-field-budget-hint = What the round gives out in all. Type it like 20000 or 20000.00.
rounds-field-opens = Opens on
rounds-field-deadline = Deadline
rounds-save-new = Start the round
rounds-new-keys = Enter saves · Esc cancels

## Rounds: a round's page (RoundRecord, RoundLedger, ImportApplication, ReceivedTable, RubricSection, ReviewersSection)
rounds-opening = Opening the round…
rounds-days-open = Opens { $opens } · Deadline { $deadline }
rounds-days-deadline = Deadline { $deadline }
rounds-ledger-budget = Budget
rounds-ledger-committed = Committed to awards
rounds-ledger-disbursed = Paid out
rounds-ledger-remaining = Left to award
rounds-import-title = Applications from chapters
rounds-import-explain = A chapter sends its application as a signed file. Import it here: a file changed after it was signed, or one that breaks the round's rules, is refused, saying why.
rounds-import-button = Import an application file…
rounds-importing = Importing…
rounds-import-open = Open it
rounds-applications-title = { $count ->
    [0] Applications
    [one] One application
   *[other] { $count } applications
}
rounds-applications-none = No applications imported yet.
rounds-applications-hint = The chapter's name opens the application. The score is the mean of the reviewers' weighted scores, from 1 to 5.
rounds-col-chapter = Chapter and initiative
rounds-col-asked = Asked
rounds-col-status = Where it stands
# Under the initiative, when a chapter sent more than one version.
rounds-row-versions = { $count } versions received
rounds-col-mean = Score
# In the score column while nobody has scored the application.
rounds-mean-none = —
rounds-rubric-title = Rubric
rounds-rubric-hint = What reviewers score each application on, from 1 (weak) to 5 (strong). A criterion of weight 3 counts three times as much as one of weight 1.
# Each criterion's name box: "Criterion 2".
rounds-criterion-label = Criterion { $number }
rounds-criterion-weight = Weight
# The weight's box, read out: "Weight of criterion 2".
rounds-criterion-weight-label = Weight of criterion { $number }
rounds-criterion-remove-short = Remove
rounds-criterion-remove = Remove criterion { $number }
rounds-criterion-add = Add a criterion
rounds-rubric-save = Save the rubric
rounds-reviewers-title = Reviewers
rounds-reviewers-none = No reviewers yet. Add the committee members who score the applications.
rounds-reviewer-name = Reviewer's name
rounds-reviewer-add = Add a reviewer
rounds-reviewer-added = { $name } was added. Each reviewer scores from an application's page.
rounds-paper-title = The round on paper
rounds-paper-explain = A summary for the committee's meeting: the budget and what is left, and every application with its scores and where it stands.
rounds-paper-print = Print the round's summary

## Rounds: an application in its round (ReceivedRecord, ReceivedContent, ReviewSection, ReviewSheetView, ScoreForm, ConflictForm, DecisionSection, PaymentSection)
# The way back, with the round's name.
rounds-back = Back to { $round }
rounds-back-keys = Esc goes back to the round
# Under the initiative's name: "From Eastside Tenants · asks for $800.00".
rounds-received-from = From { $chapter } · asks for { $amount }
rounds-row-region = Region: { $region }
rounds-region-label = Region
rounds-region-hint = The chapter's region, for the round summary's table by region. It holds for everything this chapter sends. Leave it empty for none.
rounds-region-save = Save the region
rounds-region-too-long = A region's name is at most { $most } characters.
rounds-need-answered = The need it answers
rounds-sent-from-title = Where the file came from
rounds-sent-chapter = Chapter
rounds-sent-languages = The chapter's languages
rounds-sent-key = The chapter's key
rounds-sent-at = Sent
rounds-sent-versions = Versions received
rounds-sent-versions-count = { $count ->
    [one] One version
   *[other] { $count } versions; this page shows the newest, and the earlier ones are kept
}
rounds-sent-key-hint = To be sure a file comes from the chapter, call someone there and compare the key, letter by letter, with what their screen shows.
rounds-review-title = Review
rounds-reviewing-as = Reviewing as
rounds-reviewing-as-committee = The whole committee: every review
rounds-reviewing-as-hint = Choose your name to score the application. As the whole committee, you see every review and the mean.
rounds-review-opening = Opening the reviews…
# The committee's mean: "Mean score 3.6 of 5, from 2 reviews".
rounds-mean-of = Mean score { $mean } of 5, from { $count ->
    [one] one review
   *[other] { $count } reviews
}
rounds-mean-nobody = No one has scored it yet.
rounds-review-weighted = { $score } of 5, weighted
# One criterion's score in a review: "Develops new leaders: 4".
rounds-review-criterion-score = { $name }: { $score }
rounds-review-recused = { $count ->
    [one] Declared a conflict of interest, so does not score it: { $names }.
   *[other] Declared a conflict of interest, so do not score it: { $names }.
}
rounds-score-title = { $name }'s scores
rounds-score-hint = For each criterion, 1 is weak and 5 is strong. The arrow keys move between the scores.
# After a criterion's name: "(weight 3)".
rounds-score-weight = (weight { $weight })
rounds-score-notes = Notes for the committee
rounds-score-save = Save the review
rounds-conflict-declare = Declare a conflict of interest
rounds-conflict-hint = If { $name } is too close to this chapter or its initiative to judge it fairly.
rounds-conflict-title = { $name } declares a conflict of interest
rounds-conflict-explain = Any scores { $name } gave it are taken back, and { $name } will no longer score it or see the others' reviews of it.
rounds-conflict-reason = Why
rounds-conflict-save = Declare the conflict
rounds-decision-title = Decision
rounds-decision-now-none = Not decided yet.
rounds-decision-now-awarded = Awarded { $amount }.
rounds-decision-now-declined = Declined.
rounds-decision-now-reason = Why: { $reason }
rounds-decision-choose = The committee's decision
rounds-decision-award = Award the grant
rounds-decision-decline = Decline it
rounds-decision-amount = Amount awarded, in dollars
rounds-decision-amount-hint = Up to the { $asked } asked. The round has { $left } left to award.
rounds-decision-reason-award = Why
rounds-decision-reason-decline = Why it is declined
rounds-decision-reason-hint = The decision letter gives the chapter these words.
rounds-decision-save = Save the decision
rounds-payment-title = Payments
rounds-payment-hint = Record each payment made on the award of { $awarded }.
rounds-payment-amount = Amount paid, in dollars
rounds-payment-day = Paid on
rounds-payment-note = Note
rounds-payment-note-hint = A check number or a transfer's reference, say.
rounds-payment-save = Record the payment
rounds-payment-recorded = ✓ Recorded a payment of { $amount } on { $day }.
rounds-letter-title = The decision letter
rounds-letter-explain = The committee's letter to { $chapter }, with the decision and its reasons, in the chapter's own language unless you choose another.
rounds-letter-print = Print the letter

## Training
training-import-dialog-title = Import a training module
training-import-dialog-filter = Training modules and handouts
training-export-dialog-title = Save the module for another chapter
training-export-dialog-filter = Groundwork training modules
training-part-agenda = Facilitator's guide
training-part-handout = Handout
training-part-worksheet = Worksheet
training-built-in = Built in
training-own = The chapter's own
training-row-no-sessions = No sessions yet
training-row-reach = { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} · { $people ->
    [one] 1 person trained
   *[other] { $people } people trained
}
training-editor-title-missing = Give the module a title.
training-session-day-missing = Pick the day of the session.
training-session-day-invalid = That is not a day on the calendar. Pick it again.
training-session-time-invalid = Give the time it starts, like 6:00 PM.
nav-training = Training
training-title = Training
training-new = New module
training-import = Import a module…
training-list-label = Training modules
training-list-empty = No modules could be found.
training-empty-title = Train the chapter's members
training-empty-explain = Each module holds a facilitator's guide, a handout and a worksheet, ready to print in English and Spanish. Hold sessions on them, and see who has learned what and who still needs it.
training-pick = Pick a module in the list to read it, print it and plan its sessions.
training-pick-keys = ↑ and ↓ move through the list; Enter opens the module.
training-opening = Opening the module…
training-badge-sample = Sample
training-read-in = Read in
training-copy = Copy to change
training-edit = Edit
training-print-open = Print…
training-export = Save for another chapter…
training-delete = Delete
training-imported = Imported “{ $title }”. It is the chapter's own now: change it as you like.
training-already-imported = Already imported: nothing changed.
training-exported = Saved for another chapter to { $path }. Send them the file; they import it under Training.
training-deleted = Deleted “{ $title }”.
training-delete-title = Delete “{ $title }”?
training-delete-explain = The module's words in every language are deleted. A module that sessions were held on cannot be deleted: it is the record of who learned it.
training-delete-confirm = Delete the module
training-delete-keep = Keep it
training-tabs-label = Parts of “{ $title }”
training-tab-sessions = Sessions
training-tab-learners = Who learned it
training-print-language = Language
training-print-both = Both, one after the other
training-part-reading = Reading the part…
training-part-empty = Nothing is written in this part yet.
training-part-empty-worksheet = This module has no worksheet yet.
training-markup-box = Box to tick
training-markup-box-ticked = Box ticked
training-markup-line-to-write = Line to write on
training-markup-row-to-write = Row to write in
training-print-title = Print the module
training-print-what = What to print
training-print-packet = The whole module, as a packet
training-print-booklet = Print as a folded booklet
training-print-booklet-hint = Half pages, two to a side of the sheet, to fold in half and staple.
training-print-booklet-packet = A packet prints on full pages. Choose one part to print it as a booklet.
training-print-make = Make the PDF
training-print-close = Close
training-new-title = New module
training-new-hint = Give it a title; the editor opens next, to write the guide, the handout and the worksheet.
training-field-title = Title
training-new-save = Make the module
training-new-keys = Enter saves · Esc cancels
training-editor-title = Writing “{ $title }”
training-editor-done = Done
training-editor-langs = Languages it is written in
training-editor-unsaved = (not saved)
training-editor-add-es = Add Spanish
training-editor-add-en = Add English
training-editor-added-es = This starts as a copy of the English: translate it into Spanish, then save.
training-editor-added-en = This starts as a copy of the Spanish: translate it into English, then save.
training-field-summary = What it is for
training-field-summary-hint = One or two sentences, shown under the title in the library.
training-editor-parts = Part of the module
training-editor-text = { $part }, as written
training-editor-preview = As it prints
training-editor-preview-empty = Start writing on the left; the page shows here.
training-editor-save = Save ({ $language })
training-editor-keys = Ctrl+S saves · Esc goes back to the module
training-help-lead = How to write it:
training-help-heading = a heading (## a smaller one)
training-help-bold = bold
training-help-italic = italic
training-help-list = a list (1. numbered)
training-help-check = a box to tick
training-help-write-in = a line to write on
training-help-table = a table
training-help-table-row = a row of empty cells is a row to write in
training-sessions-label = Sessions on this module
training-sessions-explain = A session is a meeting, with its own sign-in sheet: whoever signs in has learned the module.
training-sessions-none = No session has been held on this module yet. Plan the first one.
training-session-plan = Plan a session
training-session-new = A session on “{ $title }”
training-session-new-hint = It is added to Meetings under the module's title, where its sign-in sheet is printed and entered.
training-session-day = Day
training-session-time = Starts at
training-session-place = Place
training-session-trainers = Trainers
training-session-trainers-hint = Who leads it, for example “Rosa and Luis”.
training-session-save = Plan the session
training-session-planned = Planned
training-session-trained-by = trained by { $names }
training-session-open-meeting = Sign-ins
training-session-feedback = Feedback
training-feedback-title = How it went: { $when }
training-feedback-worked = What worked
training-feedback-to-change = What to change next time
training-feedback-save = Save the feedback
training-feedback-close = Close
training-feedback-keys = Ctrl+S saves · Esc closes
training-reach-loading = Finding who has learned it…
training-learners-title = { $count ->
    [one] 1 person has learned it
   *[other] { $count } people have learned it
}
training-learners-none = Nobody yet: whoever signs in at a session on it has learned it.
training-learned-on = learned { $day }
training-needs-title = Who still needs it ({ $count })
training-needs-explain = People on the ladder who have not come to a session on it, to invite to the next one.
training-needs-none = Nobody: everyone on the ladder has learned it.
training-needs-name = Name
training-needs-phone = Phone
training-needs-level = Ladder level
training-needs-no-phone = No phone
training-needs-text-only = Text only
training-needs-left-out = { $count ->
    [one] 1 more person is left off: they asked not to be called or texted.
   *[other] { $count } more people are left off: they asked not to be called or texted.
}
training-call-sheet-print = Print a call sheet
training-call-sheet-hint = Their names and phones on paper, furthest up the ladder first, with room to mark each call.
person-skills-title = Trained in
person-skills-none = { $name } has not come to a training session yet.
person-skills-none-them = Has not come to a training session yet.
person-skills-sessions = { $count ->
    [one] 1 session
   *[other] { $count } sessions
}

## Canvassing
canvass-import-dialog-title = Import doors from a list
canvass-import-dialog-filter = Voter files and VAN exports
nav-canvass = Canvassing

# The area, its list and the doors bar (CanvassView, CanvassList, DoorsBar, DoorsAdded)
canvass-title = Canvassing
canvass-new = New canvass
canvass-list-label = Canvasses, the latest day first
canvass-list-empty = No canvasses yet.
canvass-badge-sample = sample
canvass-empty-title = Knock doors with paper walk sheets
canvass-empty-explain = A canvass cuts the chapter's doors into turfs a pair of canvassers can walk, prints a walk sheet for each turf in the order it is walked, and takes back what happened at every door, typed in from the paper afterwards.
canvass-empty-explain-doors = Doors come from a list (a VAN export or a voter file) or from the people records: add them with the buttons above, then start a canvass.
canvass-pick = Pick a canvass in the list to see its turfs and how the doors went.
canvass-pick-keys = ↑ and ↓ move through the list; Enter opens the canvass.
# "Mar 7, 2026 · 3 turfs · 112 doors"
canvass-row-facts = { $day } · { $turfs ->
    [one] one turf
   *[other] { $turfs } turfs
} · { $doors ->
    [one] one door
   *[other] { $doors } doors
}
canvass-row-not-cut = { $day } · not cut into turfs yet
canvass-doors-title = The chapter's doors
canvass-doors-counting = Counting the chapter's doors…
canvass-doors-count = { $count ->
    [0] The chapter has no doors yet: add them from a list or from the people records.
    [one] The chapter has one door to knock.
   *[other] The chapter has { $count } doors to knock.
}
canvass-doors-import = Import doors from a list…
canvass-doors-importing = Importing the list…
canvass-doors-from-people = Doors from our people records
canvass-doors-making = Adding doors…
canvass-doors-done = Done
# What a list made: "1,204 new doors (310 the chapter had already), 980 households, 1,530 people."
canvass-imported = { $doors ->
    [one] One new door
   *[other] { $doors } new doors
} ({ $known } the chapter had already), { $households ->
    [one] one household
   *[other] { $households } households
}, { $residents ->
    [one] one person
   *[other] { $residents } people
}.
canvass-from-people-made = From the people records: { $doors ->
    [0] no new doors
    [one] one new door
   *[other] { $doors } new doors
}, { $residents ->
    [0] and nobody new at a door (everyone with a street address is at theirs already).
    [one] and one person placed at their door.
   *[other] and { $residents } people placed at their doors.
}
canvass-left-out = { $count ->
    [one] Left out (one row):
   *[other] Left out ({ $count } rows):
}
canvass-left-out-more = and { $count } more

# A new canvass (CanvassForm)
canvass-new-title = New canvass
canvass-new-hint = What the canvass is and what is said at the door; each turf's cover prints it. Its doors are cut into turfs next, on its page.
canvass-field-name = Name
canvass-field-name-hint = Say where and what for, as canvassers will call it: "Larch Court tenants, spring".
canvass-field-day = Day
canvass-field-script = At the door
canvass-field-script-hint = The few lines canvassers say, printed at the top of each turf's cover.
canvass-field-literature = What to bring
canvass-field-literature-hint = Flyers, sign-up sheets, a clipboard: printed on each cover.
canvass-field-survey = Survey at the doors
canvass-field-survey-hint = The doors are asked its top three needs; what they say counts in the assessment.
canvass-survey-none = No survey
canvass-survey-choice-sample = { $name } (sample)
canvass-survey-no-assessment = No needs assessment yet: once the chapter starts one, in Needs, its survey can be taken to the doors.
canvass-save-new = Make the canvass
canvass-form-keys = Enter in a one-line box saves · Esc cancels
canvass-name-needed = Give the canvass a name.
canvass-day-needed = Pick the day the doors are knocked.

# A canvass's page (CanvassRecord, TurfsSection, CutForm)
canvass-opening = Opening the canvass…
canvass-enter-results = Enter results
canvass-no-script = Nothing written yet.
canvass-nothing-to-bring = Nothing said yet.
canvass-turfs-title = Turfs
canvass-turfs-none = No turfs yet: cut the chapter's doors into turfs, each one walk sheet.
# "Sheet T1 · Larch Ct, Elm St +2 · 38 doors"
canvass-sheet = Sheet T{ $position }
canvass-turf-line = { $sheet } · { $streets } · { $doors ->
    [one] one door
   *[other] { $doors } doors
}
canvass-turf-entered = { $entered } of { $doors } entered
# Who walks a turf and when, as typed: "Ana & Luis · Sat 10 am – 12 pm"
canvass-turf-assigned = { $canvassers } · { $shift }
canvass-assign = Assign
canvass-assign-change = Change
# "Sheet T1: who walks it, and when"
canvass-assign-title = { $sheet }: who walks it, and when
canvass-assign-hint = Both print on the turf's cover. Leave them empty to clear them.
canvass-field-canvassers = Canvassers (a pair)
canvass-field-canvassers-hint = Two names, as the cover prints them: Ana & Luis.
canvass-field-shift = Shift
canvass-field-shift-hint = When they walk it: Saturday 10 am – 12 pm.
canvass-assign-keys = Enter saves · Esc cancels
canvass-cut-title = Cut into turfs
canvass-cut-hint = The doors are put in the order they are walked (up one side of a street, down the other, a building's doors together) and cut into turfs of about this many.
canvass-cut-again-title = Cut again
canvass-cut-again-hint = The turfs above are replaced, so print the walk sheets again after. Once results are entered, the turfs stay as they were printed.
canvass-cut-again = Cut again…
canvass-field-doors-per-turf = Doors per turf
canvass-field-zip = ZIP code
canvass-field-street = Street
canvass-cut-which-hint = Leave the ZIP code and the street empty to cut every door the chapter has. About 40 doors are two hours for a pair.
canvass-cut-save = Cut into turfs
canvass-cutting = Cutting…
canvass-doors-per-turf-between = A turf has between { $least } and { $most } doors.
canvass-paper-title = The walk sheets
canvass-paper-explain = One packet: each turf's cover (the script, what to bring, the codes to mark), then its doors in walking order.
canvass-paper-print = Print the walk sheets

# How the doors went (CanvassSummary)
canvass-summary-title = How the doors went
canvass-summary-none-yet = No results yet: they count here as the walk sheets are entered.
canvass-summary-doors = Doors
canvass-summary-knocked = Knocked
canvass-summary-conversations = Conversations
canvass-summary-rate = Contact rate
canvass-summary-new-contacts = New contacts
canvass-summary-results = Results
canvass-summary-by-sheet = Sheet by sheet
canvass-summary-sheet = Sheet
canvass-rate = { $rate }%
canvass-summary-paper-title = The summary on paper
canvass-summary-paper-explain = How the doors went, in all and sheet by sheet, and the doors to go back to, for the chapter's next meeting.
canvass-summary-paper-print = Print the summary

# What happened at a door, in words
canvass-result-not-home = Not home
canvass-result-talked = Talked
canvass-result-refused = Refused
canvass-result-moved = Moved
canvass-result-come-back = Come back
canvass-result-inaccessible = Could not reach
canvass-do-not-knock = Do not knock
canvass-member = member

# Typing the walk sheets in (ResultsEntryPanel, EntryDoors, EntryResult, EntryTyping, EntryKeys, EntryNoteLine, NewPersonLine)
canvass-entry-sheet = Sheet
canvass-entry-done = Done
canvass-entry-doors = The sheet's doors, in walking order
canvass-entry-progress = { $sheet }: { $entered } of { $doors } doors entered
canvass-entry-code-for = Code for door { $order }, { $address }
canvass-entry-end-label = End of the sheet
canvass-entry-has = Entered: { $result }. A code changes it.
canvass-entry-entered = Door { $order }: { $result }
canvass-entry-not-a-code = “{ $key }” is not a code: the keys are listed below.
canvass-entry-no-enter = No Enter needed: the code alone enters the door. ↓ leaves it empty.
canvass-entry-end-of-sheet = End of the sheet. Enter goes on to the next sheet; ↑ goes back.
canvass-entry-last-sheet = That was the last sheet. Done goes back to the canvass.
canvass-entry-building-done = Not home at { $count ->
    [one] one door
   *[other] { $count } doors
} of the building of door { $order }, { $address }.
canvass-entry-building-failed = The building of door { $order } was not marked.
canvass-entry-added = { $name } added to People, met at door { $order }.
canvass-entry-no-such-resident = { $count ->
    [0] Door { $order } has nobody listed on the sheet.
    [one] Door { $order } lists one person: 1 names them.
   *[other] Door { $order } lists { $count } people: 1 to { $count } name who answered.
}
canvass-entry-nothing-back = No door entered yet to go back to.
canvass-entry-back-at = Back at door { $order }, { $address }: type its code again to change it.
canvass-entry-not-saved = Door { $order }, { $address }, was not saved.
canvass-entry-row-not-saved = Not saved: { $result }
canvass-entry-unsaved = { $count ->
    [one] One door is not saved yet.
   *[other] { $count } doors are not saved yet.
}
canvass-entry-send-again = Send again
canvass-keys-title = Keys
canvass-keys-or = { " " }or{ " " }
canvass-keys-result-notes = , then the rest of the row and Enter
canvass-keys-building = not home at the whole building
canvass-entry-block-done = Not home at { $count ->
    [one] one door
   *[other] { $count } doors
} of the block of door { $order }, { $address }.
canvass-entry-block-failed = The block of door { $order } was not marked.
canvass-keys-block = not home at the whole block
canvass-keys-new = someone new at this door
canvass-keys-who = who answered
canvass-keys-move = another door
canvass-keys-back = back to the last door entered
canvass-keys-line-title = On the line a code opens
canvass-keys-line = After Talked or Come back, a line opens for the rest of the row: what was said, and the box “wants to get involved”.
canvass-keys-line-survey = After Talked, a line opens for the rest of the row: the needs' numbers as written (1 5 7), what they said, and the box “wants to get involved”. After Come back: when, and the box.
canvass-key-space = Space
canvass-keys-line-next = the next box on the line
canvass-keys-line-tick = ticks the box the cursor is on
canvass-keys-line-involved = wants to get involved (J, P)
canvass-keys-line-enter = enters the door
canvass-keys-line-esc = back to the code, nothing entered
canvass-note-door = Door { $order }
canvass-note-talked = What they said
canvass-note-come-back = When to come back
canvass-needs-label = Needs
canvass-needs-hint = The numbers on the row, like 1 5 7
canvass-needs-not-a-number = “{ $typed }” is not a number: type the needs' numbers as the row has them, like 1 5 7.
canvass-needs-not-on-sheet = { $number } is not on the sheet: its needs are numbered 1 to { $count }.
canvass-needs-too-many = { $count } needs typed: a door names three at most.
# The sheet's "wants to get involved" box: J on the English sheet (P on the Spanish one).
canvass-involved-letter = J
canvass-involved-label = Wants to get involved ({ $letter })
canvass-entry-row-needs = needs { $numbers }
canvass-entry-row-involved = wants in
canvass-note-enter = { $key } enters the door
canvass-note-esc = { $key } goes back to the code
canvass-new-person-title = Someone new at door { $order }
canvass-new-person-name = Name
canvass-new-person-notes = What they said
canvass-new-person-add = Add them
canvass-new-person-enter = { $key } adds them, the door as talked
canvass-new-person-name-needed = Write the name of the person who answered.

# A person's record (PersonDoorContacts)
canvass-person-title = At the door
canvass-survey-change = Change
canvass-survey-kept = (kept: { $forms } { $forms ->
    [one] door has
   *[other] doors have
} answered it)
canvass-needs-title = Needs named at the doors
canvass-needs-forms = { $forms } { $forms ->
    [one] door's answers went
   *[other] doors' answers went
} into "{ $assessment }".
canvass-needs-forms-no-survey = { $forms } { $forms ->
    [one] door's answers went
   *[other] doors' answers went
} into a needs assessment.
canvass-needs-involved = { $count } { $count ->
    [one] door where someone wants
   *[other] doors where someone wants
} to get involved.
canvass-go-back-title = To go back to ({ $count })
canvass-go-back-none = No door to go back to: doors marked "come back", and those where someone wants to get involved, wait here.
canvass-go-back-explain = Doors marked "come back", and those where someone wants to get involved, in the order of the sheets.
canvass-go-back-come-back = come back
canvass-go-back-involved = wants to get involved
canvass-went-back = Went back
canvass-went-back-to = Went back to { $address }
canvass-pick-doors = Pick the doors one by one
canvass-pick-search = Find doors
canvass-pick-search-hint = A street, a house number or a ZIP code: "larch", "183 larch", "60608".
canvass-pick-found = { $shown } of { $total } { $total ->
    [one] door
   *[other] doors
} found
canvass-pick-all-shown = Pick all shown
canvass-pick-clear = Pick none
canvass-picked = { $count } { $count ->
    [one] door picked
   *[other] doors picked
}: only these are cut into turfs.
canvass-picked-none = No door picked: the ZIP code and street choose the doors.
canvass-door-type = Type a door in…
canvass-door-type-title = A door no list has
canvass-door-address = Address
canvass-door-address-hint = As on an envelope: "183 Larch Ct Apt 2".
canvass-door-names = Who lives there
canvass-door-names-hint = A name a line, if anyone is known.
canvass-door-add = Add the door
canvass-door-address-needed = Write the house number and the street, like "183 Larch Ct".
canvass-door-zip-needed = Write the five digits of the ZIP code.
canvass-door-added = { $address } added{ $residents ->
    [0] .
    [one] , with one person.
   *[other] , with { $residents } people.
}
canvass-door-known = { $address } was already a door of the chapter; { $residents ->
    [0] nothing was added.
    [one] one person was added to it.
   *[other] { $residents } people were added to it.
}
