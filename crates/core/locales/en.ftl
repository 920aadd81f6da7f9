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
