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
