# Check-in alerts for appointments (issue 18): the form and the entry's state.
# %time%, %fires%, %org% and %details% are replaced by the screen: keep them.

ui-watch-only-reminder = Aplikacja ci przypomni. Nikt inny się nie dowie.
ui-watch-enable = Jeśli nie potwierdzę na czas, powiadom organizację
ui-watch-organisation = Która organizacja
ui-watch-choose = Co może im powiedzieć alarm? Wysyłamy tylko to, co zaznaczysz i wpiszesz.
ui-watch-place = Gdzie (adres, hotel i pokój)
ui-watch-who = Kto (opis, numer telefonu, samochód)
ui-watch-contact = Jak się z tobą skontaktować (imię, numer do oddzwonienia)
ui-watch-note = Coś innego
ui-watch-detail-place = gdzie
ui-watch-detail-who = kto
ui-watch-detail-contact = jak się z tobą skontaktować
ui-watch-detail-note = twoja notatka
ui-watch-separator = ,
ui-watch-summary = Jeśli nie potwierdzisz do %time%, %org% dostanie alarm o %fires% z tym: %details%. Nic więcej.
ui-watch-summary-nothing = Jeśli nie potwierdzisz do %time%, %org% dostanie alarm o %fires%. Mówi on tylko, że nie potwierdziłaś. Nic więcej.
ui-watch-summary-no-time = Najpierw wybierz godzinę potwierdzenia.
ui-watch-limits = Organizacja to nie policja. W niebezpieczeństwie dzwoń pod 112.
ui-watch-delete-alerted = Alarm został już wysłany. Usunięcie go nie cofnie. Jeśli nic ci nie jest, zaznacz „Nic mi nie jest” i zapisz.
ui-watch-state = Alarm

diary-field-alert-detail = Dane do alarmu

watch-queued = Alarm dla { $org }: czeka na wysłanie. Pójdzie, gdy telefon będzie online.
watch-watching = { $org } dostanie alarm o { $time }, jeśli nie potwierdzisz.
watch-checked-in = Potwierdzono. { $org } nie dostanie alarmu.
watch-checked-in-queued = Potwierdzono. { $org } dowie się, gdy telefon będzie online.
watch-alerted = Alarm wysłany do { $org } o { $time }.
watch-checked-in-late = Potwierdzono z opóźnieniem o { $time }. { $org } już wie.
watch-refused = Alarm dla { $org } nie jest ustawiony: { $reason }
watch-refused-due-in-past = godzina potwierdzenia już minęła. Wybierz późniejszą godzinę i zapisz ponownie.
watch-refused-due-too-far = godzina potwierdzenia jest za daleko. Wybierz godzinę w ciągu najbliższych 7 dni.
watch-refused-invalid-time = godzina potwierdzenia jest nieprawidłowa. Wybierz ją jeszcze raz.
watch-refused-detail-too-long = jedna z informacji jest za długa. Skróć ją i zapisz ponownie.
watch-refused-alerts-not-accepted = ta organizacja nie przyjmuje teraz alarmów.
watch-refused-watch-closed = ten alarm jest już zamknięty.
watch-refused-alert-raised = alarm został już wysłany.
watch-refused-other = serwer odmówił. Spróbuj później albo zapytaj organizację.
