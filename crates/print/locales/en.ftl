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
