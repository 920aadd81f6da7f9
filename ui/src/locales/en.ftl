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
error-more = More
# What counts while something long runs: "412 of 1,024 pages".
progress-count = { $done } of { $total } { $unit }
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

## The frame around every screen (AppShell, areas)

app-name = { -brand }
find-someone = Find someone
find-someone-keys = Ctrl+K
nav-label = Main
nav-people = People
nav-meetings = Meetings
nav-needs = Needs
nav-print = Print
nav-settings = Settings

## The sample chapter's banner

sample-banner-label = Sample chapter
sample-banner-title = Sample chapter
sample-banner-note = — invented people, for trying things out
leave-sample = Leave the sample

## Settings

settings-title = Settings
settings-chapter = Chapter
settings-on-this-laptop = On this laptop
# { $path } is the database file, shown as code.
settings-database = The chapter's data is kept in { $path }
# { $folder } is the log folder, shown as code.
settings-log = { -brand } keeps a log of what it did (never anyone's name, phone, email or address) in { $folder }, the last seven days. When something goes wrong, the log helps whoever looks into it.
settings-open-log-folder = Open the log folder

## The chapter's settings fields (first window and Settings)

chapter-name = Chapter name
chapter-name-hint = Printed at the top of every sheet.
chapter-name-missing = Type your chapter's name. You can change it later in Settings.
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
