# Check-in alerts for appointments (issue 18): the form and the entry's state.
# UI strings (ui-) are filled in by the screen: %time%, %fires%, %org% and
# %details% are replaced there; keep them as they are in every language.

ui-watch-only-reminder = The app reminds you. Nobody else is told.
ui-watch-enable = If I don't check in in time, alert an organisation
ui-watch-organisation = Which organisation
ui-watch-choose = What may the alert tell them? Only what you tick and fill in is sent.
ui-watch-place = Where (address, hotel and room)
ui-watch-who = Who (description, phone number, car)
ui-watch-contact = How to reach you (name, call-back number)
ui-watch-note = Something else
ui-watch-detail-place = where
ui-watch-detail-who = who
ui-watch-detail-contact = how to reach you
ui-watch-detail-note = your note
ui-watch-separator = ,
ui-watch-summary = If you have not checked in by %time%, %org% gets an alert at %fires% with: %details%. Nothing else.
ui-watch-summary-nothing = If you have not checked in by %time%, %org% gets an alert at %fires%. It says only that you did not check in. Nothing else.
ui-watch-summary-no-time = Choose a check-in time first.
ui-watch-limits = The organisation is not the police. In danger, call 112.
ui-watch-delete-alerted = The alert was already sent. Deleting does not take it back. If you are safe, tick “I am safe” and save instead.
ui-watch-state = Alert

diary-field-alert-detail = Details for the alert

watch-queued = Alert for { $org }: waiting to be sent. It goes when the phone is online.
watch-watching = { $org } gets an alert at { $time } if you have not checked in.
watch-checked-in = You checked in. { $org } gets no alert.
watch-checked-in-queued = You checked in. { $org } hears it when the phone is online.
watch-alerted = Alert sent to { $org } at { $time }.
watch-checked-in-late = Checked in late at { $time }. { $org } was told.
watch-refused = The alert for { $org } is not set: { $reason }
watch-refused-due-in-past = the check-in time has passed. Choose a later time and save again.
watch-refused-due-too-far = the check-in time is too far away. Choose a time in the next 7 days.
watch-refused-invalid-time = the check-in time is not valid. Choose it again.
watch-refused-detail-too-long = a detail is too long. Make it shorter and save again.
watch-refused-alerts-not-accepted = this organisation does not take alerts now.
watch-refused-watch-closed = this alert is already closed.
watch-refused-alert-raised = the alert was already sent.
watch-refused-other = the server said no. Try again later, or ask the organisation.
