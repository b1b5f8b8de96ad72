# Strings of the app's screens (ui/). Plain words, short sentences.
# Every message here must also exist in every other locale's ui.ftl.

ui-app-name = Huiskamer
ui-skip = Skip to content
ui-quick-exit = Exit
ui-quick-exit-label = Quick exit: hide this app now. You can also press Escape twice.
ui-language = Language
ui-language-choose = Choose your language
ui-nav-label = Main menu
# Bottom menu labels: one short word each (at most about 8 letters), so they
# fit a phone screen at large text sizes.
ui-nav-library = Info
ui-nav-search = Search
ui-nav-help = Help

ui-library-title = Information
ui-library-intro = Choose a subject. Everything works without internet.
ui-back-library = All subjects
ui-topic-empty = There are no articles here yet.
ui-other-language = In another language

ui-sources = Sources
ui-sources-intro = Where these facts come from. The link opens outside the app.
ui-related = Read also
ui-link-outside = Opens outside the app

ui-search-title = Search
ui-search-label = Search in the information
ui-search-hint = Type a word, for example "test" or "tax".
ui-search-none = Nothing found. Try another word, or a shorter one.

ui-help-title = Where to get help
ui-help-intro = Organisations that can help you. Call, visit or look at their website.
ui-help-emergency = In danger? Call 112.
ui-city-filter = Place
ui-city-all = All places
ui-city-rules = The rules for sex work differ per city: read them
ui-call = Call
ui-map = Map
ui-website = Website
ui-email = E-mail
ui-chat = Chat
ui-org-sources = Where this information comes from
ui-languages-spoken = Languages spoken:

ui-error-generic = Something went wrong. Please try again.

# The neutral screen after a quick exit: an ordinary calculator.
ui-calc-title = Calculator
ui-calc-display = Result
ui-calc-clear = Clear
ui-calc-plus = plus
ui-calc-minus = minus
ui-calc-times = times
ui-calc-divide = divided by
ui-calc-equals = equals

## Diary
ui-nav-diary = Diary
ui-diary-title = My diary
ui-diary-setup-intro = Write down appointments, things that happened and notes. Only you can read them: your diary is encrypted on this phone and locked with your PIN.
ui-diary-pin-new = Choose a PIN (at least 6 digits) or a password
ui-diary-pin-again = Type it again
ui-diary-pin-mismatch = The two are not the same. Try again.
ui-diary-setup-button = Lock my diary
ui-diary-restore-link = Restore a backup
ui-diary-recovery-title = Your recovery key
ui-diary-recovery-intro = Write this key on paper and keep it in a safe place. With it you can open a backup of your diary on a new phone. You see it only now.
ui-diary-print = Print
ui-diary-recovery-done = I have written it down
ui-diary-locked-intro = Your diary is locked. Enter your PIN.
ui-reminder-unlock = Enter your PIN to open the reminder.
ui-reminder-checked-in = You checked in.
ui-diary-pin = PIN or password
ui-diary-unlock = Open
ui-diary-lock = Lock
ui-diary-week-previous = Previous week
ui-diary-week-next = Next week
ui-diary-today = Today
ui-diary-new = New
ui-diary-empty-day = –
ui-diary-search = Search in diary
ui-diary-search-none = Nothing found.
ui-diary-settings = Settings
ui-diary-back = Back to the diary
ui-diary-starts = Start
ui-diary-ends = End (if you want)
ui-diary-place = Place
ui-diary-with-whom = With whom
ui-diary-check-in = Check in by (if you want)
ui-diary-check-in-hint = The time by which you plan to be done and safe.
ui-diary-checked-in = I am safe (checked in)
ui-diary-reminder = Reminder
ui-diary-reminder-none = No reminder
ui-diary-notes = Notes
ui-diary-happened = When
ui-diary-what = What happened
ui-diary-who = Who was there
ui-diary-photos = Photos (kept encrypted)
ui-diary-photo-add = Add a photo
ui-diary-photo-remove = Remove this photo
ui-diary-at = Date and time
ui-diary-note-title = Title
ui-diary-note-text = Text
ui-diary-date-missing = Please fill in the date and time.
ui-diary-save = Save
ui-diary-cancel = Cancel
ui-diary-delete = Delete
ui-diary-delete-confirm = Tap again to delete
ui-diary-neutral-notice = A reminder shows only the word "Reminder", never what you wrote.
ui-diary-auto-lock = Lock the diary after
ui-diary-wipe-after = Wipe the diary after wrong PINs
ui-diary-wipe-after-off = Never
ui-diary-settings-save = Save settings
ui-diary-saved = Saved.
ui-diary-duress-title = Emergency PIN
ui-diary-duress-intro = If someone forces you to open your diary, type the emergency PIN. Your diary is then wiped for good and an empty diary opens. It looks normal.
ui-diary-current-pin = Your PIN now
ui-diary-duress-pin = Emergency PIN
ui-diary-duress-save = Set emergency PIN
ui-diary-change-title = Change PIN
ui-diary-new-pin = New PIN or password
ui-diary-change-save = Change PIN
ui-diary-backup-title = Backup
ui-diary-backup-intro = Save an encrypted copy of your diary. Only your recovery key can open it.
ui-diary-export = Save a backup
ui-diary-disguise-title = Disguise
ui-diary-disguise = Show the app's name as "Calculator"
ui-diary-wipe-title = Wipe everything
ui-diary-wipe-intro = Delete your diary and your settings from this phone. This cannot be undone.
ui-diary-wipe = Wipe everything
ui-diary-wipe-confirm = Yes, wipe everything now
ui-diary-restore-title = Restore a backup
ui-diary-restore-file = Backup file
ui-diary-recovery-key = Recovery key
ui-diary-restore-button = Restore

## Contact with a support worker, and sync
ui-nav-contact = Contact
ui-contact-title = Talk to a support worker
ui-contact-intro = Write to a support worker of a partner organisation. You do not have to give your name. Your messages are locked with your diary PIN, and are sent when you are online.
ui-contact-needs-diary = To write messages, first set up or open your private diary. Your messages are kept locked with it.
ui-contact-open-diary = Open the diary
ui-contact-organisations = Organisations that answer messages
ui-contact-write-to = Write to this organisation
ui-contact-name-label = What may we call you? (you may leave this empty)
ui-contact-callback-label = Call me back at (only if you want a call)
ui-contact-message-label = Your message
ui-contact-send = Send
ui-contact-conversations = Your conversations
ui-contact-back = All conversations
ui-contact-reply-label = Write a message
ui-contact-delete-device = Delete from this phone only
ui-contact-deleted = The conversation was deleted.
ui-contact-sent = Saved. It is sent when you are online.
ui-sync-title = Partner organisation
ui-sync-server-label = Server address of your organisation
ui-sync-server-hint = Your organisation gives you this address. Leave it empty to keep everything on this phone.
ui-sync-server-default-hint = This app was set up with the address shown in grey. Type another address only if your organisation gives you one.
ui-sync-server-save = Save address
ui-sync-now = Sync now
ui-sync-saved = Saved.

## Reporting a mistake in an article or a directory entry
ui-report-mistake = Report a mistake
ui-report-label = What is wrong?
ui-report-hint = This goes to the support organisation as a message. Their answer comes under Contact.
ui-report-send = Send
ui-report-sent = Thank you. Your report goes to the support organisation.
ui-report-queued = It will be sent when you are online.
ui-report-see-message = See your message
ui-report-needs-diary = To send a report, first set up or open your private diary. Messages are kept locked with it.
ui-report-open-contact = Go to Contact
