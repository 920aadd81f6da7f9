# What the backend says to a person, in English: the command line prints it, and the window
# shows it when its own language has no translation. The window's catalogues
# (ui/src/locales/*.ftl) carry these same ids in every other language; a test keeps them in step.

## Where in a file
import-line = line { $line }

## Errors as a whole (a refused input says its field and reason apart as well)
error-field-reason = { $field }: { $reason }
error-not-found = { $what } was not found
error-not-a-chapter = { $path } is not a Groundwork chapter database
error-newer-database = this chapter database was written by a newer Groundwork (schema version { $found }; this version understands up to { $supported }); update Groundwork to open it
error-cancelled = cancelled; nothing was changed
error-database = database error: { $problem }
error-io = { $action } { $path }: { $problem }

## Printing (the window's words; the pages have their own catalogue in crates/print)
print-cancelled = cancelled; nothing was printed
print-failed = { $problem }

## What was looked for and not found ("… was not found")
thing-person = person { $id }
thing-meeting = meeting { $id }
thing-training-module = training module { $id }
thing-training-session = training session { $id }
thing-canvass = canvass { $id }
thing-turf = turf { $id }
thing-project = project { $id }
thing-program = program { $id }
thing-assessment = assessment { $id }
thing-entered-form = entered form { $id }
thing-one-on-one = one-on-one { $id }
thing-ladder-level = ladder level '{ $key }'
thing-backup-file = the backup file { $path }
thing-backup-to-restore = a backup of { $path } to restore

## The names of the fields a refusal is about
field-first-name = first name
field-notes = notes
field-zip = ZIP code
field-phone = phone
field-email = email
field-children = children
field-level-name = level name
field-changed-by = changed by
field-level = level
field-date = date
field-held-by = held by
field-follow-up-date = follow-up date
field-merged-by = merged by
field-merge = merge
field-decided-by = decided by
field-person = person
field-title = title
field-start = start
field-end = end
field-paper-size = paper size
field-chapter-name = chapter name
field-print-languages = print languages
field-time-zone = time zone
field-language = language
field-name = name
field-needs = needs
field-program = program
field-widely-felt = widely felt
field-deeply-felt = deeply felt
field-winnable = winnable
field-builds-base = builds the base
field-resources = resources
field-partners = partners
field-survey = survey
field-count = count
field-form-number = form number
field-entered-by = entered by
field-area = area
field-consent = consent
field-database = database
field-migration = migration
field-backup-file = backup file
field-data-folder = data folder
field-chapter = chapter
field-restore = restore
field-import = import
field-member = member
field-export = export

## People: what is refused in a person's record, on the ladder, in a one-on-one
person-name-missing = a person needs at least a first or a last name
person-text-too-long = keep each text under { $most } characters
person-children-range = enter between 0 and 30 children
zip-invalid = '{ $zip }' is not a ZIP code
phone-no-digits = '{ $number }' has no digits
email-invalid = '{ $email }' is not an email address
date-invalid-ymd = '{ $text }' is not a date (YYYY-MM-DD)
ladder-level-name-missing = give the level a name
ladder-name-too-long = keep it to { $most } characters
ladder-name-taken = another level is already called '{ $name }'
ladder-changed-by-missing = say who is making this change
ladder-level-unknown = '{ $level }' is not a ladder level
ladder-level-same = the person is already at that level
one-on-one-in-future = a one-on-one cannot be logged before it happens
one-on-one-held-by-missing = say who held the conversation
one-on-one-follow-up-before = the follow-up comes after the conversation
merge-by-missing = say who is merging these records
merge-same-record = choose two different records
duplicates-decided-by-missing = say who decided
duplicates-same-record = a record is always the same person as itself

## People: why a move up the ladder is suggested (after "Suggested: move to Participant,")
ladder-evidence-regular = attended { $count } meetings in the last 2 months
ladder-evidence-signed-in = signed in at { $count } { $count ->
    [one] meeting
   *[other] meetings
}
ladder-evidence-trained = trained in { $count } { $count ->
    [one] module
   *[other] modules
} at the chapter's sessions

## Meetings
date-time-invalid = '{ $text }' is not a date and time
date-time-skipped = { $text } does not exist in { $zone } (clocks change)
meeting-title-missing = give the meeting a title
meeting-ends-before-start = the meeting ends before it starts

## Settings
settings-paper-unknown = '{ $paper }' is not letter or a4
settings-name-missing = give your chapter a name
settings-name-too-long = keep it to { $most } characters so it fits on printed pages
settings-languages-missing = choose at least one language
settings-zone-unknown = '{ $zone }' is not a known time zone
settings-language-unknown = '{ $code }' is not en or es
settings-language-choice-unknown = '{ $code }' is not en, es or en+es
settings-languages-unreadable = stored list unreadable: { $problem }

## Projects and service programs
project-name-missing = give the project a name
program-name-missing = give the program a name
program-needs-missing = say which needs the program answers
program-name-taken = the catalogue already has '{ $name }'
program-score-range = { $score } is not between 1 and 5
program-already-project = '{ $program }' is already a project of this assessment
program-shortlist-first = shortlist '{ $program }' before making it a project

## Needs assessments and their survey
assessment-name-missing = give the assessment a name
assessment-ends-before-start = the assessment ends before it starts
survey-unreadable = the stored survey cannot be read: { $problem }
survey-question-answered = the question '{ $question }' has { $count } answers and cannot be removed
survey-choice-picked = the choice '{ $choice }' of '{ $question }' was picked { $count } times and cannot be removed
survey-no-language = the survey needs at least one language
survey-need-key = the need '{ $need }' has a missing or repeated key
survey-question-key = the question '{ $question }' has a missing or repeated key
survey-question-needs-choices = the question '{ $question }' needs choices
survey-question-no-choices = the question '{ $question }' takes no choices
survey-choice-key = a choice of '{ $question }' has a missing or repeated key ('{ $choice }')
survey-top-three-stray = '{ $question }' offers '{ $stray }', which is not one of the needs
survey-language-code-invalid = '{ $code }' is not a language code; use two or three letters, like 'vi' or 'ht'

## Numbered forms
forms-taken-meanwhile = forms up to number { $number } were printed meanwhile, so this batch's numbers are taken: print it again
forms-batch-range = print between 1 and 5,000 forms at a time, not { $count }
form-number-invalid = '{ $typed }' is not a form number; type it as printed, like K7QF-0042, or just 42

## Needs: entering a filled form
answer-no-such-question = this survey has no such question
answer-scale-range = { $value } is not on the 1 to 5 scale
answer-not-a-choice = '{ $choice }' is not one of its choices
answer-top-three-too-many = { $count } needs were picked; pick at most three
answer-number-too-big = { $value } is more than { $most }; check the form
answer-text-too-long = the answer is longer than { $most } characters
answer-wrong-kind = the answer is not of this question's kind
answer-twice = answered twice on one form
form-other-assessment = form { $form } belongs to the assessment '{ $other }', not '{ $assessment }'
form-code-unknown = no assessment prints the code { $code }; check the form's number
form-never-printed = form { $form } was never printed for this assessment ({ $printed ->
    [0] no forms have been printed for it yet
   *[other] forms 1 to { $printed } were printed
})
form-already-entered = form { $form } was already entered by { $by } on { $day }
form-entered-by-missing = say who is entering the form
form-area-unknown = '{ $area }' is not one of this assessment's areas ({ $areas })
form-contact-without-consent = this form has no consent: contact details cannot be kept; leave them out
form-contact-missing = they asked to be contacted: write down a phone number or an email
phone-invalid = '{ $phone }' is not a phone number

## The chapter's file, backups and restoring
start-damaged = The chapter's file could not be read: it may be damaged ({ $problem }).
backup-daily-failed = Today's automatic backup could not be made: { $problem }. Your data is as it was; make a backup yourself (Chapter → Back up…) to be safe.
backup-in-memory-restore = an in-memory database cannot be restored
backup-in-memory = an in-memory database has no file
backup-onto-itself = choose a file other than the database itself
restore-into-sample = leave the sample chapter first: a backup is restored into your own chapter
code-unknown = '{ $code }' is not a known value
migration-failed = { $step } failed: { $problem }
database-no-wal = could not use WAL ({ $mode })
paths-no-home = no home folder found; pass --db PATH or set GROUNDWORK_DB
sample-into-chapter = it already holds the chapter '{ $chapter }'; use a new file for the sample
print-chapter-unnamed = name your chapter before printing
print-not-a-document = { $path } is not a printed document

## Importing a list: how the file was read, and what is refused
import-row = row { $row }
import-read-csv = CSV
import-read-tsv = tab-separated text
import-read-encoding = { $kind } ({ $encoding })
import-read-workbook = Excel workbook, sheet "{ $sheet }"
import-read-workbook-97 = Excel 97 workbook, sheet "{ $sheet }"
import-read-in-zip = { $read } ({ $inner }, in a ZIP)
import-not-a-workbook = { $name } is named as an Excel workbook but is not one (it may be damaged, or only renamed): open it in Excel and save it again, or save it as CSV
import-not-a-list = { $name } is not a list Groundwork can read: not text (CSV or tab-separated), an Excel workbook, or a ZIP of one
import-empty = { $name } is empty: there is nothing in it to import
import-unzip-failed = { $name } cannot be unzipped: { $problem }
import-zip-no-list = { $name } is a ZIP with no CSV or Excel file in it
import-zip-many = { $name } holds { $count } lists ({ $lists }); unzip it and import them one at a time
import-zip-inner-failed = { $inner } in { $name }: { $problem }
import-header-unreadable = the header row cannot be read: { $problem }
import-line-unreadable = cannot be read: { $problem }
import-fields-count = expected { $expected } fields, found { $found }
import-fields-open-quote = expected { $expected } fields, found { $found }; a quote (") on this line is never closed, so the lines after it were read as part of one field
import-workbook-unreadable = { $name }: the workbook cannot be read: { $problem }
import-workbook-no-rows = { $name }: the workbook has no rows
import-left-out = { $place }: { $why }
import-columns-unknown = these columns are not ones Groundwork knows: a national list has AK_ID or actionkit_id, an Action Network export can2_ columns, a Spoke list firstName and cell, a VAN export Voter File VANID
import-van-no-vanid-column = no VANID column (Voter File VANID): is this a VAN export?
import-van-no-vanid = no VANID
import-van-bad-vanid = VANID '{ $id }' is not a VAN id
import-van-no-name = VANID { $id } has no name
import-spoke-no-cell-column = no cell column: is this a Spoke contact list?
import-spoke-no-cell = no cell number
import-spoke-cell-not-mobile = '{ $number }' is not a phone number that can take a text
import-spoke-no-name = no name for { $number }
import-an-no-email-column = no email column: is this an Action Network export?
date-invalid = '{ $text }' is not a date
date-year-outside = '{ $text }' is in the year { $year }, outside { $first }–{ $last }
import-list-no-id-column = no ActionKit id column (AK_ID or actionkit_id): is this the national membership list?
import-list-status-unknown = membership status '{ $status }' is not one Groundwork knows
import-list-status-letter = membership status letter '{ $letter }' is not M or L
import-list-no-id = the ActionKit id is empty
import-list-no-name = both first and last name are empty
import-list-join-date = join date { $problem }
import-list-expiry-date = expiry date { $problem }
import-list-id-twice = ActionKit id { $id } is also on { $place }
import-list-merged-away = ActionKit id { $id } was merged into { $name }'s record, which has its own id; left alone
import-rows-stopped = the rows stopped coming

## Exporting people: why an upload left someone out (after a count of people, $count)
export-asked-no-email = who asked not to be emailed
export-no-email = with no email
export-asked-no-text = who asked not to be texted
export-no-mobile = with no phone number that can take a text

## Organizations, their contact log, and members' ties to them
thing-organization = organization { $id }
thing-org-contact = logged contact { $id }
thing-tie = tie { $id }
field-what-happened = what happened
field-logged-by = logged by
field-next-step = next step
field-next-step-due = next step's date
field-strength = strength
org-name-missing = give the organization a name
org-name-too-long = keep the name under { $most } characters
org-changed-by-missing = say who is making this change
org-contact-in-future = a contact can only be logged once it has happened
org-contact-summary-missing = say in a few words what happened
org-contact-logged-by-missing = say who is logging this
org-contact-due-without-step = a date needs a next step to go with it
tie-strength-out-of-range = a tie's strength is 1 to 5, not { $strength }
org-import-no-name-column = no column of organization names (name or organization)
org-import-kind-unknown = '{ $kind }' is not a kind of organization Groundwork knows
org-import-relationship-unknown = '{ $relationship }' is not a relationship Groundwork knows (partner, ally, friendly, unknown, neutral, opposed)

## The organizational connections assessment
thing-connections-form = connections form { $id }
field-organization = organization
connections-rows-range = a form has 1 to { $most } lines for organizations
connections-kind-not-asked = the question '{ $question }' asks for a 1 to 5 scale or a top three, which this survey does not take
connections-org-twice = '{ $name }' is on this form twice
connections-form-other-code = form { $form } is not a connections form: those carry the code { $code }
field-added-by = added by
org-added-by-missing = say who is adding this organization

## Pass the laptop
field-passphrase = passphrase
field-your-name = your name
laptop-passphrase-short = a passphrase needs at least { $shortest } characters
laptop-passphrase-wrong = that is not the chapter's passphrase
laptop-passphrase-not-kept = the passphrase could not be kept ({ $problem }); nothing was changed
laptop-passphrase-unreadable = the chapter's passphrase cannot be read ({ $problem }); open the app with 'groundwork-cli laptop unlock'
laptop-locked-by-missing = say who is passing the laptop round
laptop-already-locked = the laptop is already being passed round; open it with the passphrase first
laptop-no-passphrase-yet = the chapter has no passphrase yet: the first time the laptop is passed round sets it
laptop-locked = the laptop is being passed round: the rest of Groundwork opens again with the organizer's passphrase
laptop-not-locked = the laptop is not being passed round now
laptop-nobody-at-the-keyboard = say who you are first
laptop-too-many-tries = too many tries: please wait { $seconds } seconds, or ask the organizer
laptop-name-missing = write your first and last name

## Merging organizations
thing-org-merge = merge { $id }
org-merged-by-missing = say who is merging these records
org-merge-itself = an organization cannot be merged with itself
org-merge-undone-already = this merge was already undone
org-merge-kept-merged-since = the record kept was merged into another since: undo that merge first
connections-title-missing = give the survey a title

## Campaigns and power maps
thing-campaign = campaign { $id }
campaign-name-missing = give the campaign a name
field-chart-line = line of the chart
chart-section-full = a part of the chart holds at most { $most } lines
field-chart-target = target
chart-target-only-for-tactics = only a tactic is aimed at a target
chart-target-not-a-target = a tactic is aimed at one of the chart's targets
thing-power-map = power map { $id }
thing-map-node = node { $id } of a map
thing-map-edge = relationship { $id } of a map
map-name-missing = give the map a name
field-label = label
node-label-missing = give it a name
field-alignment = alignment
node-alignment-range = alignment runs from -2 (strongly opposed) to 2 (strongly allied)
field-power = power
node-power-range = power runs from 0 (little) to 4 (decisive)
field-record = record
node-one-record = a node stands for one person or one organization, not both
field-edge = relationship
edge-end-missing = a relationship joins two nodes of the same map
edge-to-itself = a relationship joins two different nodes
edge-strength-range = a relationship's strength is 1 to 5
map-file-not-json = this is not a map file: it is not JSON (line { $line }: { $problem })
map-file-not-a-map = this is not a map Groundwork can read: a Kumu blueprint has elements and connections, an Oligrapher map has nodes and edges
map-file-no-nodes = the map has no people or institutions in it
map-file-too-large = the file is { $megabytes } MB: too large to be a map
map-kumu-not-a-list = '{ $key }' should be a list
map-kumu-element-not-object = element { $n } is not an element (an object with a label)
map-kumu-element-no-label = element { $n } has no label
map-kumu-connection-not-object = connection { $n } is not a connection (an object with from and to)
map-kumu-connection-end-missing = connection { $n }: its '{ $end }' names '{ $name }', which is none of the map's elements
map-oligrapher-item-not-object = the map's { $what } are not written as Oligrapher writes them
map-oligrapher-node-no-name = node { $id } has no name
map-oligrapher-edge-end-missing = edge { $id } joins node '{ $node }', which is not in the map
thing-grant-application = grant application { $id }
field-grant-amount = amount asked
grant-amount-out-of-range = a grant is between { $least } and { $most }; { $amount } is outside that
field-grant-ends = last day
grant-ends-before-it-starts = the last day comes after the first
grant-span-too-short = an initiative runs at least { $fewest } months; this one runs { $months ->
    [one] { $months } month
   *[other] { $months } months
}
grant-span-too-long = an initiative runs at most { $most } months; this one runs { $months } months
grant-needs-description = say what the initiative does
grant-needs-goals = give the initiative's goals in numbers: people reached, one-on-ones, new members, new leaders
grant-needs-responsible = say who answers for the initiative
grant-needs-base-building = say how it builds a base among poor and working people
grant-needs-sustaining = say how the work goes on after the grant
grant-needs-budget = add the budget, line by line
grant-budget-not-amount = the budget adds up to { $total }, not the { $amount } asked
grant-needs-milestones = add the timeline's milestones
grant-not-a-draft = this application was sent to national; what was sent stays as it was
field-budget-item = budget item
grant-budget-item-missing = say what the line pays for
field-budget-quantity = quantity
grant-budget-quantity-zero = a line is for one or more
field-budget-unit-cost = unit cost
grant-budget-unit-cost-range = a unit costs from $0.00 to { $most }
field-milestone = milestone
grant-milestone-missing = say what will be done by that day
field-grant-lines = lines
grant-too-many-lines = at most { $most } lines
field-grant-application = grant application
grant-incomplete = it cannot be sent yet: { $count ->
    [one] one thing is missing
   *[other] { $count } things are missing
}, first: { $first }
signed-file-unreadable = this is not a file Groundwork sends (it could not be read as one); ask for it to be sent again
signed-file-other-kind = this file holds { $found }, not { $wanted }
signed-file-newer = this file was made by a newer Groundwork (format { $version }); update Groundwork to open it
signed-file-unsigned = this file carries no valid signature, so there is no telling who made it or whether it was changed; ask for it to be sent again from Groundwork
signed-file-altered = this file was changed after the chapter signed it; ask for it to be sent again
grant-no-chapter = this database holds no chapter yet, so there is no one to send the application from
role-chapter-not-national = this database is a chapter's; a national committee needs a database of its own
role-needs-chapter = this database is a national committee's, which holds grant rounds, not a chapter's work
role-needs-national = this database is a chapter's; grant rounds are kept in a national committee's database (groundwork-cli init --national)
thing-grant-round = grant round { $id }
field-round-name = round's name
round-name-missing = give the round a name
field-round-budget = round's budget
round-budget-out-of-range = a round's budget is more than $0
field-round-deadline = deadline
round-deadline-before-opening = the deadline comes after the day the round opens
grant-file-unreadable = this file is signed, but what it holds is not an application Groundwork can read
grant-import-other-chapter = this file claims an application that another chapter sent; it was not imported
grant-import-other-round = this application was already received in the round { $round }
grant-import-earlier-revision = this is an earlier version of an application already received; the later one stays
grant-import-decided = the committee has already decided on this application, so a new version cannot replace it
field-payment = payment
grant-pay-nothing = a payment is more than $0
grant-pay-not-awarded = only an award is paid
grant-pay-past-award = a payment of { $amount } is more than the { $left } left of the { $awarded } awarded
field-award = award
grant-award-out-of-range = an award is more than $0 and at most the { $asked } asked; { $award } is not
field-decline-reason = reasons
grant-decline-needs-reason = say why the application is declined
field-region = region
grant-region-too-long = a region's name is at most { $most } characters
field-module-title = the module's title
field-module-part = the { $part ->
    [agenda] facilitator's guide
    [handout] handout
   *[other] worksheet
}
training-title-missing = give the module a title
training-title-too-long = a title is at most { $most } characters
training-part-too-long = a part of a module is at most { $most } characters
training-built-in-unchanged = a built-in module stays as it is: make a copy of it to change
training-module-has-sessions = { $count } training { $count ->
    [one] session was
   *[other] sessions were
} held on this module, so it stays, as the record of who learned it
training-file-not-text = the file is not text: a module is shared as a Groundwork module file or written in the markup
training-file-unreadable = the file could not be read as a module: { $reason }
training-file-not-module = the file is a { $format } file, not a training module
training-file-newer = the file was written by a newer Groundwork (version { $version }): update this one to read it
field-doors-per-turf = doors per turf
field-doors = doors
field-door = door
canvass-name-missing = give the canvass a name
canvass-doors-per-turf-range = a turf has between { $least } and { $most } doors
canvass-turfs-have-results = results are entered for { $count } { $count ->
    [one] door
   *[other] doors
} of this canvass: its turfs stay as they were printed
canvass-no-doors = no doors to cut into turfs: import a list of doors, or choose another ZIP code or street
canvass-door-not-on-walk = that door is on none of this canvass's turfs
canvass-new-person-nameless = write the name of the person met at the door
field-door-needs = needs named at the door
canvass-needs-no-survey = this canvass carries no needs survey: choose one for it first
canvass-needs-without-talk = needs are written only where someone talked with you
canvass-needs-no-question = the canvass's survey has no "top three needs" question
canvass-survey-answered = { $doors } { $doors ->
    [one] door has
   *[other] doors have
} answered this canvass's survey already; their forms stay in the assessment they were entered under
canvass-nothing-to-go-back-to = that door is not on the list to go back to
field-address = address
canvass-door-typed-unreadable = '{ $address }' has no house number and street: write it as on an envelope, like "183 Larch Ct Apt 2"
canvass-door-typed-zip = '{ $zip }' is not a ZIP code: write its five digits
canvass-doors-no-address = the list has no street address column (looked for Address, Street Address, or Street Number with Street Name); its columns are: { $columns }
canvass-doors-row-no-address = { $place }: no street address
canvass-doors-row-unreadable = { $place }: '{ $address }' has no house number and street
grant-decision-below-paid = { $paid } has already been paid on this award; the decision cannot go below it
grant-award-over-commits = an award of { $award } would over-commit the round: { $left } is left, { $short } short
field-rubric = rubric
rubric-empty = a rubric has at least one criterion
field-criterion-name = criterion
rubric-name-missing = say what the criterion looks for
field-criterion-weight = weight
rubric-weight-range = a weight is from { $least } to { $most }
rubric-criterion-scored = reviewers have already scored "{ $name }"; it stays in the rubric (its name and weight can change)
thing-reviewer = reviewer { $id }
field-reviewer-name = reviewer's name
reviewer-name-missing = give the reviewer's name
reviewer-name-taken = { $name } is already a reviewer
field-criterion = criterion
review-criterion-not-in-rubric = this criterion is not in the round's rubric
field-score = score
review-score-range = a score is from { $least } to { $most }
review-criterion-unscored = score every criterion; "{ $name }" has no score
review-recused = { $name } declared a conflict of interest with this application and cannot score it
review-recused-cannot-see = { $name } declared a conflict of interest with this application and cannot see its reviews
grant-file-breaks-rules = this application breaks a rule of the round: { $rule }
field-initiative-partners = partner organizations
grant-too-many-partners = at most { $most } partner organizations
grant-needs-partners = name the partner organizations it is run with, or say it is the chapter's own campaign
grant-decision-on-draft = this application has not been sent to national yet, so there is no decision to write down
thing-grant-report = progress report { $id }
grant-report-not-awarded = progress reports are written on an award: write national's decision down first
field-report-story = story
grant-report-needs-story = tell in a few lines how the work went: national reads the numbers beside it
grant-report-on-no-award = this report is on an application the committee has not awarded
grant-reopen-decided = national has decided on this application; what was decided on stays as it was sent
