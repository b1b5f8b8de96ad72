# The silent alarm (diary settings, the diary's "Help now", the calculator code).
# Every message here must also exist in every other locale's alarm.ftl.

error-alarm-code = Codul trebuie să aibă între 4 și 8 cifre.
error-alarm-not-duress = Acesta nu este PIN-ul tău de urgență. Setează mai întâi PIN-ul de urgență. Apoi scrie-l aici.
error-alarm-not-set-up = Alarma silențioasă nu este pornită. Pornește-o în setările jurnalului.
alarm-your-organisation = organizația ta
alarm-duress-explained = Dacă cineva te obligă să deschizi jurnalul, scrie acest PIN: jurnalul se deschide gol și, dacă alegi asta, { $organisation } primește o alarmă silențioasă.
ui-alarm-title = Alarmă silențioasă
ui-alarm-intro = Trimite „Am nevoie de ajutor acum” organizației tale. Pe ecran nu se vede nimic. Organizația nu este poliția: în pericol, sună la 112.
ui-alarm-organisation = Organizație
ui-alarm-code = Cod pentru calculator (între 4 și 8 cifre, poate rămâne gol)
ui-alarm-code-help = După o ieșire rapidă, scrie acest cod și apoi = în calculator. Alarma este trimisă. Calculatorul arată un număr obișnuit.
ui-alarm-duress = Trimite alarma și când este folosit PIN-ul de urgență
ui-alarm-duress-pin = Scrie din nou PIN-ul de urgență
ui-alarm-save = Pornește alarma silențioasă
ui-alarm-off = Oprește alarma silențioasă
ui-alarm-on = Alarma silențioasă este pornită.
ui-alarm-waiting = Codul și PIN-ul de urgență funcționează după ce telefonul a fost online.
ui-alarm-no-server = Setează mai întâi serverul organizației tale (Contact).
ui-alarm-no-organisation = Nicio organizație de pe serverul tău nu primește încă alarme. Întreabă persoana care te ajută.
ui-alarm-help = Ajutor acum
ui-alarm-help-hint = Ține apăsat ca să trimiți
ui-alarm-sent = Gata
