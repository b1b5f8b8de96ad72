# Messages formatted by the core (huiskamer-core): language names, topics,
# dates, opening hours, directory and errors. UI-only strings are in ui.ftl.

# The name of this language, in this language. Shown in the language picker.
locale-name = English

## Topics of the information library
topic-rights = Rights and rules
    .description = What is allowed, what you need, and your rights
topic-health = Health
    .description = Free STI tests, protection and feeling well
topic-money = Money and taxes
    .description = KvK, BSN, taxes, benefits and housing
topic-safety = Safety
    .description = Working safely and protecting your phone
topic-exiting = Stopping
    .description = Help if you want to stop with sex work
topic-help = Where to get help
    .description = The huiskamer, organisations and emergency numbers

topic-article-count = { $count ->
    [0] No articles yet
    [one] 1 article
   *[other] { $count } articles
}

## Articles
# $language is the name of the language the article is shown in.
article-fallback-notice = This article is not yet available in your language. It is shown in { $language }.
article-reviewed = Facts last checked: { $date }
# $date is the oldest day on which a fact of the article was read at its source.
article-out-of-date = Some facts here were last checked on { $date }, more than a year ago. They may be out of date. Ask a support worker before you act on them.

search-result-count = { $count ->
    [0] Nothing found
    [one] 1 result
   *[other] { $count } results
}

## Dates
# $day, $month (a name below) and $year
date-long = { $day } { $month } { $year }
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

day-mon = Monday
    .short = Mon
day-tue = Tuesday
    .short = Tue
day-wed = Wednesday
    .short = Wed
day-thu = Thursday
    .short = Thu
day-fri = Friday
    .short = Fri
day-sat = Saturday
    .short = Sat
day-sun = Sunday
    .short = Sun
days-every = Every day

## Directory of help
directory-national = Whole country
# $days like "Mon–Fri", $open and $close like 17:00
hours-line = { $days }: { $open }–{ $close }
open-until = Open now, until { $time }
# $day is a day name, $time like 17:00
closed-opens = Closed. Opens { $day } at { $time }
open-always = Open day and night
open-unknown = Opening times not known. Ask before you go.
directory-no-phone = We do not list a phone number that we could not check. Use the website or visit.
directory-checked = Information checked: { $date }
directory-not-checked = Not every detail here could be checked. Ask the organisation before you go.
# $date: the oldest day on which a detail of the entry was read at its source.
directory-out-of-date = Some details here were last checked on { $date }, more than a year ago. They may be out of date.
open-not-confirmed = Opening times not confirmed. Ask before you go.
hours-title = Opening hours
# $source: who published the hours; $date: when (a date or a year).
hours-published = Last published hours ({ $source }, { $date }). They may have changed.
hours-published-unsourced = Last published hours. They may have changed.
# $date: the day the page was read.
directory-read = read { $date }
directory-field-phone = Phone number
directory-field-address = Address
directory-field-hours = Opening hours
directory-field-website = Website
directory-field-email = E-mail
directory-field-chat = Chat
directory-field-languages = Languages
directory-field-services = What they do
directory-field-description = About them

service-drop-in = Walk-in living room (huiskamer)
service-information = Information and advice
service-social-work = Social work and practical help
service-exit = Help to stop (exit programme)
service-health = Health and STI tests
service-trafficking = Help for victims of exploitation and trafficking
service-shelter = Safe shelter
service-money = Money, debts and paperwork
service-legal = Legal questions
service-work = Work, study and daytime activities
service-outreach = Workers who visit you at work
service-emergency = Emergency
service-police = Police
service-anonymous-tip = Anonymous tip about a crime against someone else (not help for yourself)
service-violence = Help after violence
service-sexual-violence = Help after sexual violence
service-mental-health = Mental health and suicide prevention
service-tax = Tax questions
service-online-info = Information website
service-debt = Help with debts
service-advice = Advice
service-helpline = Phone line for help
service-rights = Your rights as a sex worker
service-peer-support = Support by other sex workers
service-reporting = Report violence or a dangerous client
service-housing = Housing
service-abortion = Unplanned pregnancy and abortion
service-contraception = Contraception
service-lgbt = For LGBTQ+ people

## Errors shown to the person
error-not-found = This page could not be found.
error-invalid-input = That did not work. Please try again.
error-storage = The app could not read its data. Restart the app; your information is kept.
error-open-link = This link could not be opened on this device.

## Diary (the encrypted vault)
diary-kind-appointment = Appointment
diary-kind-incident = Incident
diary-kind-note = Note
# $weekday is a day name, $date a long date: "Monday 23 November 2026"
diary-day = { $weekday } { $date }
diary-week = { $from } – { $to }
diary-count = { $count ->
    [0] No entries
    [one] 1 entry
   *[other] { $count } entries
}
diary-conflict-copy = Copy: this entry was changed on two phones at once. Keep what you need and delete the other.
diary-field-place = Place
diary-field-with-whom = With whom
diary-field-notes = Notes
diary-field-ends = End
diary-field-check-in = Check in by
diary-field-reminder = Reminder
diary-field-what = What happened
diary-field-who = Who
diary-field-photos = Photos
diary-field-title = Title
diary-field-text = Text
diary-field-entry = Entry
diary-field-date = Date
diary-field-photo-size = Photo (too large, at most 8 MB)
diary-field-photo-type = Photo (only JPEG, PNG or WebP)
diary-field-auto-lock = Lock after
diary-field-wipe-after = Wipe after
# The only text a reminder notification ever shows.
notify-reminder = Reminder
# The one button on a reminder: neutral, as the reminder is. On a check-in
# reminder it checks her in (after the PIN).
notify-done = Done

error-diary-invalid = Please check this: { $field }.
error-vault-not-set-up = Your diary is not set up yet.
error-vault-set-up = Your diary is already set up.
error-vault-locked = Your diary is locked. Enter your PIN.
error-vault-wrong-pin = { $seconds ->
    [0] Wrong PIN. Try again.
    [one] Wrong PIN. Wait 1 second, then try again.
   *[other] Wrong PIN. Wait { $seconds } seconds, then try again.
}
error-vault-wait = Too many wrong tries. Wait { $seconds } seconds, then try again.
error-vault-pin-short = A PIN needs at least 6 digits.
error-vault-pin-simple = This PIN is too easy to guess. Choose other digits.
error-vault-passphrase-short = A password needs at least 8 characters.
error-vault-duress-same = The emergency PIN must be different from your PIN.
error-vault-tampered = Your diary was changed outside this app, so it is not opened. You can restore a backup, or wipe it in the settings.
error-recovery-key-typo = This recovery key has a typing error. Check each group of 4 characters.
error-recovery-key-format = A recovery key has 32 letters and numbers, in 8 groups of 4.
error-recovery-key-wrong = This backup belongs to another recovery key.
error-backup-corrupt = This file is not a diary backup, or it is damaged. Nothing was changed.
error-disk-full = Your phone is full. Nothing was lost. Make space and try again.
error-read-only = The app cannot save on this phone now. Nothing was lost.
diary-reminder-minutes = { $minutes ->
    [60] 1 hour before
    [120] 2 hours before
    [1440] 1 day before
    [one] 1 minute before
   *[other] { $minutes } minutes before
}
diary-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
diary-wipe-after-n = After { $count } wrong PINs
diary-exported = Backup saved: { $path }

## Sync with the partner organisation
sync-off = Not connected to a partner organisation. Everything stays on this phone.
sync-syncing = Syncing…
sync-synced = Up to date
sync-offline = Offline. Your changes are saved on this phone and are sent later.
sync-problem = Could not sync. The app tries again later.
sync-server = Server: { $host }
sync-last = Last synced: { $time }
sync-progress = Sending { $done } of { $total }
sync-pending = { $count ->
    [one] 1 diary change waits to be backed up.
   *[other] { $count } diary changes wait to be backed up.
}
sync-queued = { $count ->
    [one] 1 message waits to be sent.
   *[other] { $count } messages wait to be sent.
}
sync-locked = Unlock your diary to back it up and to send messages.
sync-too-large = { $count ->
    [one] 1 photo is too large for the backup. It stays on this phone only.
   *[other] { $count } photos are too large for the backup. They stay on this phone only.
}
sync-content = Information: update { $version }
sync-content-refused = An information update was not installed: { $reason }. The information you have stays.
sync-content-signature = its signature is not valid
sync-content-key = it is signed with a key this app does not know
sync-content-damaged = it was damaged on the way
sync-content-malformed = it cannot be read
sync-content-format = it needs a newer version of the app
sync-content-old = it is older than the information you have
sync-problem-offline = The server cannot be reached.
sync-problem-refused = The server did not accept this phone. Ask your organisation.
sync-problem-server = The server has a problem. The app tries again later.
sync-problem-address = This server address cannot be used.
sync-problem-disk-full = Your phone is full. Make space; nothing was lost.
sync-problem-read-only = The app cannot save on this phone now. Nothing was lost.
sync-problem-tampered = Your diary was changed outside this app. It is not synced.
sync-problem-device = Something went wrong on this phone. Restart the app; nothing was lost.
error-sync-address = This address cannot be used. It must start with https:// (or http:// only for this phone itself).

## Contact with a support worker
contact-not-connected = This app is not connected to a partner organisation yet. You can still call or visit: see Help.
contact-no-organisations = No organisation answers messages here yet, or the app has not been online yet. See Help for phone numbers and addresses.
contact-unread = { $count ->
    [one] 1 new reply
   *[other] { $count } new replies
}
contact-queued-count = { $count ->
    [one] 1 message waits to be sent
   *[other] { $count } messages wait to be sent
}
contact-queued = Waiting to be sent
contact-from-you = You
contact-closed = The organisation closed this conversation. If you write again, it opens again.
contact-delete-server = Delete it here and ask { $organisation } to delete it too
contact-first-name = You can call me: { $name }
contact-first-callback = Please call me back at: { $number }
diary-field-message = Your message
diary-field-name = Name
diary-field-callback = Phone number (6 to 15 digits)
diary-field-conversation = Conversation
diary-field-organisation = Organisation
# $title: the article or the directory entry a report of a mistake is about.
contact-report-about = Report of a mistake in: { $title }
diary-field-about = What the report is about
