# The silent alarm (diary settings, the diary's "Help now", the calculator code).
# Every message here must also exist in every other locale's alarm.ftl.

error-alarm-code = Kod musi mieć od 4 do 8 cyfr.
error-alarm-not-duress = To nie jest twój PIN awaryjny. Najpierw ustaw PIN awaryjny. Potem wpisz go tutaj.
error-alarm-not-set-up = Cichy alarm nie jest włączony. Włącz go w ustawieniach dziennika.
alarm-your-organisation = twoja organizacja
alarm-duress-explained = Jeśli ktoś zmusza cię do otwarcia dziennika, wpisz ten PIN: dziennik otworzy się pusty, a jeśli tak wybierzesz, { $organisation } dostanie cichy alarm.
ui-alarm-title = Cichy alarm
ui-alarm-intro = Wyślij „Potrzebuję pomocy teraz” do swojej organizacji. Na ekranie nic nie widać. Organizacja to nie policja: w niebezpieczeństwie dzwoń pod 112.
ui-alarm-organisation = Organizacja
ui-alarm-code = Kod do kalkulatora (od 4 do 8 cyfr, może zostać pusty)
ui-alarm-code-help = Po szybkim wyjściu wpisz ten kod, a potem = w kalkulatorze. Alarm zostanie wysłany. Kalkulator pokaże zwykłą liczbę.
ui-alarm-duress = Wyślij alarm także po użyciu PIN-u awaryjnego
ui-alarm-duress-pin = Wpisz jeszcze raz swój PIN awaryjny
ui-alarm-save = Włącz cichy alarm
ui-alarm-off = Wyłącz cichy alarm
ui-alarm-on = Cichy alarm jest włączony.
ui-alarm-waiting = Kod i PIN awaryjny działają, gdy telefon był już online.
ui-alarm-no-server = Najpierw ustaw serwer swojej organizacji (Kontakt).
ui-alarm-no-organisation = Żadna organizacja na twoim serwerze nie przyjmuje jeszcze alarmów. Zapytaj osobę, która ci pomaga.
ui-alarm-help = Pomoc teraz
ui-alarm-help-hint = Przytrzymaj, aby wysłać
ui-alarm-sent = Gotowe
