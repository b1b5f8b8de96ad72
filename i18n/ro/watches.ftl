# Check-in alerts for appointments (issue 18): the form and the entry's state.
# %time%, %fires%, %org% and %details% are replaced by the screen: keep them.

ui-watch-only-reminder = Aplicația îți amintește. Nimeni altcineva nu află.
ui-watch-enable = Dacă nu confirm la timp, anunță o organizație
ui-watch-organisation = Care organizație
ui-watch-choose = Ce poate spune alerta? Se trimite doar ce bifezi și completezi.
ui-watch-place = Unde (adresă, hotel și cameră)
ui-watch-who = Cine (descriere, număr de telefon, mașină)
ui-watch-contact = Cum te pot găsi (nume, număr la care să te sune)
ui-watch-note = Altceva
ui-watch-detail-place = unde
ui-watch-detail-who = cine
ui-watch-detail-contact = cum te pot găsi
ui-watch-detail-note = nota ta
ui-watch-separator = ,
ui-watch-summary = Dacă nu ai confirmat până la %time%, %org% primește o alertă la %fires% cu: %details%. Nimic altceva.
ui-watch-summary-nothing = Dacă nu ai confirmat până la %time%, %org% primește o alertă la %fires%. Spune doar că nu ai confirmat. Nimic altceva.
ui-watch-summary-no-time = Alege mai întâi ora până la care confirmi.
ui-watch-limits = Organizația nu este poliția. Dacă ești în pericol, sună la 112.
ui-watch-delete-alerted = Alarma a fost deja trimisă. Ștergerea nu o anulează. Dacă ești în siguranță, bifează „Sunt în siguranță” și salvează.
ui-watch-state = Alertă

diary-field-alert-detail = Detalii pentru alertă

watch-queued = Alertă pentru { $org }: așteaptă să fie trimisă. Pleacă atunci când telefonul are internet.
watch-watching = { $org } primește o alertă la { $time } dacă nu ai confirmat.
watch-checked-in = Ai confirmat. { $org } nu primește nicio alertă.
watch-checked-in-queued = Ai confirmat. { $org } află când telefonul are internet.
watch-alerted = Alertă trimisă la { $org } la ora { $time }.
watch-checked-in-late = Ai confirmat târziu, la { $time }. { $org } a aflat.
watch-refused = Alerta pentru { $org } nu este pregătită: { $reason }
watch-refused-due-in-past = ora de confirmare a trecut deja. Alege o oră mai târzie și salvează din nou.
watch-refused-due-too-far = ora de confirmare este prea departe. Alege o oră în următoarele 7 zile.
watch-refused-invalid-time = ora de confirmare nu este validă. Alege-o din nou.
watch-refused-detail-too-long = un detaliu este prea lung. Scurtează-l și salvează din nou.
watch-refused-alerts-not-accepted = această organizație nu primește alerte acum.
watch-refused-watch-closed = această alertă este deja închisă.
watch-refused-alert-raised = alerta a fost deja trimisă.
watch-refused-other = serverul a refuzat. Încearcă mai târziu sau întreabă organizația.
