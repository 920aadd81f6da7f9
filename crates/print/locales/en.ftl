# Print catalog: English. Every id here must also exist in every other catalog.
page-x-of-y = page { $page } of { $pages }
printed-on = Printed { $date }
sign-in-title = Meeting sign-in
sign-in-date = Date
sign-in-place = Place
sign-in-welcome = Welcome! Please sign in so we can stay in touch.
col-name = Name
col-phone = Phone
col-email = Email
col-zip = ZIP code
col-first-time = First time?
col-language = Language
sample-data = Sample data, invented people
col-childcare-next = Childcare next time?
col-help-calls = Help: calls
col-help-food = Help: food
col-help-rides = Help: rides
offer-childcare = Childcare provided
offer-interpretation = Interpretation
offer-food = Food
offer-step-free = Step-free access
form-number = Form
form-area = Area
form-collected-by = Collected by
form-date = Date
form-scale-legend = For your household, right now: 1 = not hard at all … 5 = very hard
form-yes = Yes
form-no = No
form-consent-agree = I agree
form-contact-name = Name
form-contact-phone = Phone
form-contact-email = Email
form-contact-me = Please contact me
form-about = About your household
form-contact = Staying in touch (optional)
report-title = What our neighbours need
report-forms = { $count } forms entered
report-period = { $from } to { $to }
report-overall = How widely and how deeply each need is felt
report-explain = Bar: the share of respondents who named the need (among their top three, or hard or very hard for their household). Severity: the average on the 1 to 5 scale.
report-severity = severity { $mean } of 5
report-named = { $count } named it
report-by-area = By area
report-by-language = By language
report-group = { $group }: { $count } forms
report-none = No forms entered yet.
report-programs = Service programs as entry points
report-programs-explain = Each criterion from 1 (weak) to 5 (strong); for resources, 5 means it needs few. Felt needs are suggested from the answers where organizers have not scored them.
report-program-scores = widely felt { $widely } · deeply felt { $deeply } · winnable { $winnable } · builds the base { $base } · resources { $resources } · partners { $partners } · total { $total } of 30
report-shortlisted = shortlisted
report-spread = rated 1 to 5: { $spread }
# Dates and times in words. Weekdays from Monday (1), months from January (1).
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-plain = { $month } { $day }, { $year }
date-with-weekday = { $weekday }, { $month } { $day }, { $year }
time-of-day = { $hour12 }:{ $minute } { $half }
time-am = am
time-pm = pm
date-and-time = { $date }, { $time }
sign-in-expected = Expected: tick your name when you arrive
sign-in-newcomers = Not on the list above? Please write your name below.
language-en = English
language-es = Spanish
report-not-given = Not given
cx-your-name = Your name
cx-your-phone = Phone
cx-orgs = Organizations and communities you belong to
cx-col-org = Organization or community
cx-col-role = Your role
cx-role-member = Member
cx-role-active = Active
cx-role-leader = Leader
cx-role-staff = Staff
cx-col-strength = Tie, 1 to 5
cx-col-introduce = Would introduce us
cx-work = Your work
cx-workplace = Workplace
cx-industry = Industry
cx-union = Union and local
cx-more = A few more questions
sp-title = Starting points
sp-facts = { $people ->
    [one] One member is
   *[other] { $people } members are
} tied to { $orgs ->
    [one] one organization
   *[other] { $orgs } organizations
} ({ $ties ->
    [one] one tie
   *[other] { $ties } ties
} in all).
sp-none = No ties yet: enter the connections forms first, or add ties on members' records.
sp-top = Where we can start
sp-top-explain = Organizations ranked by the strength of members' ties to them (each tie 1 to 5, added up), then by how many members are tied. The bar is that strength.
sp-org-numbers = { $kind } · { $relationship } · { $members ->
    [one] one member tied
   *[other] { $members } members tied
} · would introduce us: { $introducers }
sp-nobody = nobody yet
sp-by-kind = Our ties by kind of organization
sp-by-kind-explain = How many ties members have to each kind of organization. The bar is the number of ties.
sp-kind-numbers = { $members ->
    [one] one member
   *[other] { $members } members
}
sp-bridges = Members who are bridges
sp-bridges-explain = Members tied to two or more organizations: each can open more than one door.
sp-gaps = Where we have no ties yet
sp-gaps-explain = Kinds of community where no member has a tie, in our whole area and in each neighbourhood: places to look for new relationships.
sp-gaps-anywhere = Anywhere in our area
sp-no-gaps = a tie to every kind of community
org-kind-union = union
org-kind-congregation = congregation
org-kind-school = school or parent group
org-kind-tenant_association = tenant association
org-kind-neighbourhood_association = neighbourhood association
org-kind-community_group = community group
org-kind-mutual_aid = mutual aid
org-kind-workplace = workplace
org-kind-base_building = base-building organization
org-kind-service_provider = service provider
org-kind-business = business
org-kind-government = government
org-kind-elected_office = elected office
org-kind-other = other
org-rel-partner = partner
org-rel-ally = ally
org-rel-friendly = friendly
org-rel-unknown = relationship unknown
org-rel-neutral = neutral
org-rel-opposed = opposed
map-subtitle = Power map: who decides, who stands with us, who stands in the way
map-quadrant-powerful-opponents = Powerful opponents
map-quadrant-powerful-allies = Powerful allies
map-quadrant-weak-opponents = Opponents with little power
map-quadrant-weak-allies = Allies with little power
map-alignment-strongly-opposed = strongly opposed
map-alignment-opposed = opposed
map-alignment-neutral = neutral
map-alignment-allied = allied
map-alignment-strongly-allied = strongly allied
map-axis-alignment = Where they stand on what we ask
map-axis-power = Power over the decision
map-power-little = little
map-power-some = some
map-power-moderate = moderate
map-power-high = high
map-power-decisive = decisive
map-target = target
map-legend-reach = A number on a shape's shoulder: how many of us know someone there (our paths in, listed below).
map-legend = How to read the map
map-kind-person = person
map-kind-organization = organization
map-kind-government = government
map-kind-business = business
map-kind-media = media
map-kind-other = other
map-legend-signs = The sign in each shape repeats where it stands: −− strongly opposed, − opposed, 0 neutral, + allied, ++ strongly allied.
map-legend-target = A ring around a shape marks a target: the one who can give what we ask, or one with power over them.
map-legend-not-placed = A dashed shape with ? has not been placed yet: the chapter has not judged where it stands.
map-paths-in = Our paths in
map-footer = Arrows show who acts on whom; thicker lines are stronger relationships.
map-role-member = member
map-role-active = active
map-role-leader = leader
map-role-staff = staff
map-would-introduce = would introduce us
map-poster-sheet = Sheet { $sheet } of { $count }: row { $row }, column { $column }. The first page shows where each sheet goes. Cut along the corner marks and tape the sheets together.
chart-title = Strategy chart
chart-column-goals = Goals
chart-column-organizational = Organizational considerations
chart-column-constituents = Constituents, allies and opponents
chart-column-targets = Targets
chart-column-tactics = Tactics
chart-section-long_term_goal = Long-term goals
chart-section-intermediate_goal = Intermediate goals
chart-section-short_term_goal = Short-term goals
chart-section-resources = Resources we bring
chart-section-gains = What we want to gain
chart-section-internal_problems = Problems to solve
chart-section-constituents = Who cares about this
chart-section-allies = Allies
chart-section-opponents = Opponents
chart-section-primary_target = Primary target
chart-section-secondary_target = Secondary targets
chart-section-tactic = Tactics
chart-aimed-at = aimed at
# A grant application.
grant-title = Application for a small grant
grant-facts-amount = Amount requested: { $amount }
grant-facts-span = Runs from { $from } to { $to } ({ $months ->
    [one] one month
   *[other] { $months } months
})
grant-facts-alone = Run by the chapter as its own campaign
grant-facts-coalition = Run in coalition with partner organizations
grant-facts-responsible = Responsible: { $name }
grant-facts-nobody = Responsible: not yet named
grant-status-draft = A draft: not yet sent to national
grant-status-submitted = Sent to national
grant-status-awarded = Awarded by national
grant-status-declined = Declined by national
grant-still-needs = Still to be written before it can be sent: { $parts }
grant-responsible = Who is responsible
grant-what = What the initiative does
grant-evidence = The need it answers
grant-evidence-need = { $title }: named by { $respondents } of the { $responses } residents who answered the { $assessment } needs assessment ({ $percent }%), ranked { $rank } of { $needs } needs.
grant-partners = Partner organizations
grant-partner = Organization
grant-partner-kind = Kind
grant-partner-members = Members tied
grant-goals = Goals
grant-goal = Goal
grant-goal-number = Number
grant-goal-reached = People reached
grant-goal-one-on-ones = One-on-one conversations held
grant-goal-new-members = New members
grant-goal-new-leaders = New leaders developed
grant-base-building = How it builds a base among poor and working people
grant-sustaining = How the work goes on after the grant
grant-budget = Budget
grant-budget-item = Item
grant-budget-quantity = Quantity
grant-budget-unit-cost = Unit cost
grant-budget-line-total = Total
grant-budget-total = Total of the budget
grant-timeline = Timeline
grant-milestone-date = By
grant-milestone-what = Milestone
grant-not-written = Not written yet.
grant-signed = Signed for the chapter
grant-signed-date = Date
# The national committee's letter on an application.
letter-title = Decision on a grant application
letter-to = To: { $value }
letter-about = About: { $value }
letter-round = Grant round: { $value }
letter-awarded = The national committee awards { $chapter } { $award } for { $title }, which runs from { $from } to { $to }.
letter-reduced = This is less than the { $asked } the chapter asked for.
letter-reasons = The committee's reasons
letter-what-we-saw = What the committee saw in it
letter-next = What comes next
letter-reports = Please send two short progress reports from Groundwork: one halfway through, by { $midpoint }, and one at the end, by { $end }. They ask how the goals are going: people reached, one-on-ones held, new members, new leaders.
letter-declined = The national committee is not able to fund { $title } in the round { $round }.
letter-again = We hope { $chapter } will apply again; the committee is glad to talk an application over before it is sent.
letter-closing = In solidarity,
letter-signed = For the national committee
# A grant round's summary.
round-summary-title = Grant round summary
round-summary-deadline = Applications were due { $date }.
round-summary-money = The round's money
round-summary-budget = Budget
round-summary-committed = Committed to awards
round-summary-disbursed = Paid out so far
round-summary-remaining = Left to award
round-summary-counts = { $count } applications: { $awarded } awarded, { $declined } declined, { $waiting } still to decide.
round-summary-who = Who got what, for what
round-summary-none = No applications have been received in this round yet.
round-summary-chapter = Chapter
round-summary-initiative = Initiative
round-summary-asked = Asked
round-summary-awarded = Awarded
round-summary-status = Decision
round-summary-is-received = to decide
round-summary-is-awarded = awarded
round-summary-is-declined = declined
round-summary-regions = By region
round-summary-region = Region
round-summary-no-region = Region not set
round-summary-applications = Applications
round-summary-awards = Awards
round-summary-amount = Amount awarded
# A progress report on an award.
progress-title = Progress report on a small grant
progress-midpoint = The report halfway through
progress-final = The report at the end
progress-period = For { $from } to { $to }.
progress-money = Awarded { $awarded }; spent so far { $spent }.
progress-goals = The goals, and what was done
progress-goal-set = Aimed for
progress-goal-done = Done
progress-sign-ins = Sign-ins at meetings
progress-story = How the work went
progress-challenges = What was hard, and what we would change

training-title = Training
training-part-empty = Nothing is written in this part yet.
call-sheet-title = Who to invite: { $module }
call-sheet-explain = People who have come to the chapter and have not learned this module yet, furthest up the ladder first. { $left_out ->
    [0] Everyone who can be called or texted is listed.
    [one] One more person asked not to be called or texted and is not listed.
   *[other] { $left_out } more people asked not to be called or texted and are not listed.
}
call-sheet-none = Everyone who has come to the chapter has learned this module.
call-sheet-name = Name
call-sheet-phone = Phone
call-sheet-level = Ladder
call-sheet-called = Called
call-sheet-coming = Coming
call-sheet-notes = Notes
call-sheet-text-only = text only
ladder-default-contact = Contact
ladder-default-attendee = Attendee
ladder-default-participant = Participant
ladder-default-volunteer = Volunteer
ladder-default-leader = Leader
ladder-default-organizer = Organizer
walk-title = Walk sheets
walk-cover-facts = { $canvass }, { $day }: { $doors } doors, in the order you walk them.
walk-canvassers = Canvassers
walk-shift = Shift
walk-bring = What to bring
walk-script = At the door
walk-codes = Marking each door
walk-not-home = NH
walk-talked = T
walk-refused = R
walk-moved = M
walk-come-back = CB
walk-inaccessible = X
walk-not-home-means = NH: nobody answered.
walk-talked-means = T: you talked with someone; write what they said.
walk-refused-means = R: they did not want to talk. Thank them and go on.
walk-moved-means = M: the people on the sheet no longer live there.
walk-come-back-means = CB: come back another time; write when, if they said.
walk-inaccessible-means = X: you could not reach the door (a locked gate, a dog).
walk-involved = J
walk-involved-means = J: they want to get involved; write how to reach them.
walk-ask = Ask at the door
walk-needs = Needs
walk-needs-means = Needs: write the numbers of up to three needs they name (listed atop each page of doors).
walk-card-title = Script card
walk-dnc-means = "Do not knock": everyone known there asked not to be contacted. Walk past.
walk-sheet = Sheet { $sheet }
walk-address = Address
walk-people = Who lives there
walk-notes = What they said
walk-member = member
walk-last-talked = last talked
walk-do-not-knock = Do not knock
walk-languages = Languages spoken at these doors: { $languages }.
canvass-summary-title = Canvass summary
canvass-summary-all = { $canvass }, { $day }: { $knocked } of { $doors } doors knocked, { $conversations } { $conversations ->
    [one] conversation
   *[other] conversations
} (a contact rate of { $rate }), { $new } new { $new ->
    [one] contact
   *[other] contacts
}.
canvass-summary-needs = Needs named at the doors
canvass-summary-forms = { $forms } { $forms ->
    [one] door's answers went
   *[other] doors' answers went
} into the needs assessment "{ $assessment }", counted in its ranking.
canvass-summary-need = Need
canvass-summary-go-back = Going back
canvass-summary-go-back-count = { $involved } { $involved ->
    [one] door where someone wants
   *[other] doors where someone wants
} to get involved; { $doors } { $doors ->
    [one] door
   *[other] doors
} to go back to.
canvass-summary-why = Why
canvass-summary-come-back = come back
canvass-summary-involved = wants to get involved
canvass-summary-turfs = Turf by turf
canvass-summary-turf = Sheet
canvass-summary-doors = Doors
canvass-summary-knocked = Knocked
canvass-summary-rate = Contact rate
canvass-summary-total = All turfs
