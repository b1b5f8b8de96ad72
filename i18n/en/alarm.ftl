# The silent alarm (diary settings, the diary's "Help now", the calculator code).
# Every message here must also exist in every other locale's alarm.ftl.

error-alarm-code = The code must be 4 to 8 digits.
error-alarm-not-duress = This is not your emergency PIN. Set the emergency PIN first, then type it here.
error-alarm-not-set-up = The silent alarm is not on. Turn it on in the diary settings.
alarm-your-organisation = your organisation
alarm-duress-explained = If someone forces you to open the diary, type this PIN: the diary opens empty, and, if you choose, { $organisation } gets a silent alarm.
ui-alarm-title = Silent alarm
ui-alarm-intro = Send “I need help now” to your organisation. Nothing on the screen shows it. The organisation is not the police: in danger, call 112.
ui-alarm-organisation = Organisation
ui-alarm-code = Calculator code (4 to 8 digits, you may leave it empty)
ui-alarm-code-help = After a quick exit, type this code and then = in the calculator. The alarm is sent. The calculator shows an ordinary number.
ui-alarm-duress = Also send the alarm when the emergency PIN is used
ui-alarm-duress-pin = Type your emergency PIN again
ui-alarm-save = Turn on the silent alarm
ui-alarm-off = Turn off the silent alarm
ui-alarm-on = The silent alarm is on.
ui-alarm-waiting = The code and the emergency PIN work once the phone has been online.
ui-alarm-no-server = First set your organisation's server (Contact).
ui-alarm-no-organisation = No organisation on your server takes alarms yet. Ask your support worker.
ui-alarm-help = Help now
ui-alarm-help-hint = Press and hold to send
ui-alarm-sent = Done
