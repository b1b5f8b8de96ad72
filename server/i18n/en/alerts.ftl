# Check-in alerts and silent alarms on the dashboard (issue 18).
nav-settings = Settings
alerts-title = { $count ->
    [one] One urgent alert
   *[other] { $count } urgent alerts
}
alert-kind-missed = Missed safety check-in
alert-kind-alarm = Silent alarm: "I need help now"
alert-fired = Raised { $time }
alert-checked-in-late = Checked in late at { $time }
alert-status-new = Not acknowledged yet: nobody has taken this on.
alert-status-acknowledged = Acknowledged by { $name } at { $time }
alert-status-resolved = Resolved by { $name } at { $time }
alert-details = What she chose to share
alert-no-details = She chose to share no details.
alert-detail-where = Where
alert-detail-who = Who
alert-detail-contact = How to reach her
alert-detail-note = Note
alert-112 = If she may be in danger now, call 112. You are not the police: do what your organisation's safety plan says.
alert-acknowledge = Acknowledge: I am taking this on
alert-note = Note
alert-note-by = By { $name } at { $time }
alert-note-label = Note for colleagues (what was done, who was called)
alert-note-save = Save note
alert-note-too-long = The note is too long (at most { $max } characters). Nothing was saved; your text is below.
alert-resolve = Resolve
settings-title = Settings
settings-saved = Saved.
settings-accepts = Take safety check-in alerts and silent alarms
settings-accepts-hint = When on, the app offers people of this organisation a check-in that alerts you, from this server, if they do not check in. Turn it on only if someone will look at alerts, also at night.
settings-grace = Minutes to wait after the check-in time before the alert goes off (0 to 120)
settings-on-call = On-call e-mail address (optional)
settings-on-call-hint = When an alert goes off, this address gets a mail that says only that an urgent alert is waiting, with a link. No name, place or detail.
settings-expectation = What a person may expect after writing (optional, shown above the message form in the app)
settings-expectation-hint = At most { $max } characters. For example: We usually answer within one working day. Not for emergencies: in danger call 112.
settings-save = Save settings
settings-grace-invalid = The minutes must be a whole number from 0 to 120. Nothing was saved.
settings-on-call-invalid = The on-call address is not an e-mail address. Nothing was saved.
settings-expectation-too-long = The text is too long (at most { $max } characters). Nothing was saved.
