# Strings of the app's screens (ui/). Plain words, short sentences.
# Every message here must also exist in every other locale's ui.ftl.

ui-app-name = Huiskamer
ui-skip = Przejdź do treści
ui-quick-exit = Wyjdź
ui-quick-exit-label = Szybkie wyjście: od razu ukryj tę aplikację. Możesz też dwa razy nacisnąć Escape.
ui-language = Język
ui-language-choose = Wybierz język
ui-nav-label = Menu główne
# Bottom menu labels: one short word each (at most about 8 letters), so they
# fit a phone screen at large text sizes.
ui-nav-library = Info
ui-nav-search = Szukaj
ui-nav-help = Pomoc

ui-library-title = Informacje
ui-library-intro = Wybierz temat. Wszystko działa bez internetu.
ui-back-library = Wszystkie tematy
ui-topic-empty = Nie ma tu jeszcze artykułów.
ui-other-language = W innym języku

ui-sources = Źródła
ui-sources-intro = Skąd pochodzą te informacje. Link otwiera się poza aplikacją.
ui-related = Przeczytaj też
ui-link-outside = Otwiera się poza aplikacją

ui-search-title = Szukaj
ui-search-label = Szukaj w informacjach
ui-search-hint = Wpisz słowo, na przykład „test” albo „podatek”.
ui-search-none = Nic nie znaleziono. Spróbuj innego słowa albo krótszego.

ui-help-title = Gdzie szukać pomocy
ui-help-intro = Organizacje, które mogą ci pomóc. Zadzwoń, przyjdź albo zajrzyj na ich stronę.
ui-help-emergency = Grozi ci niebezpieczeństwo? Dzwoń pod 112.
ui-city-filter = Miejscowość
ui-city-all = Wszystkie miejscowości
ui-city-rules = Zasady pracy seksualnej są różne w różnych miastach: przeczytaj je
ui-call = Zadzwoń
ui-map = Mapa
ui-website = Strona
ui-email = E-mail
ui-chat = Czat
ui-org-sources = Skąd pochodzą te informacje
ui-languages-spoken = Języki:

ui-error-generic = Coś poszło nie tak. Spróbuj jeszcze raz.

# The neutral screen after a quick exit: an ordinary calculator.
ui-calc-title = Kalkulator
ui-calc-display = Wynik
ui-calc-clear = Wyczyść
ui-calc-plus = plus
ui-calc-minus = minus
ui-calc-times = razy
ui-calc-divide = podzielić przez
ui-calc-equals = równa się

## Diary
ui-nav-diary = Dziennik
ui-diary-title = Mój dziennik
ui-diary-setup-intro = Zapisuj spotkania, zdarzenia i notatki. Tylko ty możesz je przeczytać: dziennik jest zaszyfrowany na tym telefonie i chroniony twoim PIN-em.
ui-diary-pin-new = Wybierz PIN (co najmniej 6 cyfr) albo hasło
ui-diary-pin-again = Wpisz jeszcze raz
ui-diary-pin-mismatch = Te dwa wpisy są różne. Spróbuj jeszcze raz.
ui-diary-setup-button = Zablokuj mój dziennik
ui-diary-restore-link = Przywróć kopię zapasową
ui-diary-recovery-title = Twój klucz odzyskiwania
ui-diary-recovery-intro = Zapisz ten klucz na kartce i schowaj go w bezpiecznym miejscu. Dzięki niemu otworzysz kopię zapasową dziennika na nowym telefonie. Widzisz go tylko teraz.
ui-diary-print = Drukuj
ui-diary-recovery-done = Klucz jest zapisany
ui-diary-locked-intro = Twój dziennik jest zablokowany. Wpisz swój PIN.
ui-reminder-unlock = Wpisz swój PIN, aby otworzyć przypomnienie.
ui-reminder-checked-in = Potwierdzono.
ui-diary-pin = PIN lub hasło
ui-diary-unlock = Otwórz
ui-diary-lock = Zablokuj
ui-diary-week-previous = Poprzedni tydzień
ui-diary-week-next = Następny tydzień
ui-diary-today = Dzisiaj
ui-diary-new = Nowy wpis
ui-diary-empty-day = –
ui-diary-search = Szukaj w dzienniku
ui-diary-search-none = Nic nie znaleziono.
ui-diary-settings = Ustawienia
ui-diary-back = Wróć do dziennika
ui-diary-starts = Początek
ui-diary-ends = Koniec (jeśli chcesz)
ui-diary-place = Miejsce
ui-diary-with-whom = Z kim
ui-diary-check-in = Potwierdzenie do (jeśli chcesz)
ui-diary-check-in-hint = Godzina, do której wszystko ma się bezpiecznie skończyć.
ui-diary-checked-in = Nic mi nie jest (potwierdzone)
ui-diary-reminder = Przypomnienie
ui-diary-reminder-none = Bez przypomnienia
ui-diary-notes = Notatki
ui-diary-happened = Kiedy
ui-diary-what = Co się stało
ui-diary-who = Kto tam był
ui-diary-photos = Zdjęcia (przechowywane w formie zaszyfrowanej)
ui-diary-photo-add = Dodaj zdjęcie
ui-diary-photo-remove = Usuń to zdjęcie
ui-diary-at = Data i godzina
ui-diary-note-title = Tytuł
ui-diary-note-text = Tekst
ui-diary-date-missing = Wpisz datę i godzinę.
ui-diary-save = Zapisz
ui-diary-cancel = Anuluj
ui-diary-delete = Usuń
ui-diary-delete-confirm = Dotknij jeszcze raz, żeby usunąć
ui-diary-neutral-notice = Przypomnienie pokazuje tylko słowo „Przypomnienie”, nigdy treść twojego wpisu.
ui-diary-auto-lock = Zablokuj dziennik po
ui-diary-wipe-after = Wymaż dziennik po błędnych PIN-ach
ui-diary-wipe-after-off = Nigdy
ui-diary-settings-save = Zapisz ustawienia
ui-diary-saved = Zapisano.
ui-diary-duress-title = PIN awaryjny
ui-diary-duress-intro = Jeśli ktoś zmusza cię do otwarcia dziennika, wpisz PIN awaryjny. Wtedy twój dziennik zostanie wymazany na zawsze i otworzy się pusty dziennik. Wygląda normalnie.
ui-diary-current-pin = Twój obecny PIN
ui-diary-duress-pin = PIN awaryjny
ui-diary-duress-save = Ustaw PIN awaryjny
ui-diary-change-title = Zmień PIN
ui-diary-new-pin = Nowy PIN lub hasło
ui-diary-change-save = Zmień PIN
ui-diary-backup-title = Kopia zapasowa
ui-diary-backup-intro = Zapisz zaszyfrowaną kopię dziennika. Otworzy ją tylko twój klucz odzyskiwania.
ui-diary-export = Zapisz kopię
ui-diary-disguise-title = Ukrycie
ui-diary-disguise = Pokazuj nazwę aplikacji jako „Kalkulator”
ui-diary-wipe-title = Wymaż wszystko
ui-diary-wipe-intro = Usuń dziennik i ustawienia z tego telefonu. Tego nie da się cofnąć.
ui-diary-wipe = Wymaż wszystko
ui-diary-wipe-confirm = Tak, wymaż teraz wszystko
ui-diary-restore-title = Przywróć kopię zapasową
ui-diary-restore-file = Plik kopii zapasowej
ui-diary-recovery-key = Klucz odzyskiwania
ui-diary-restore-button = Przywróć

## Contact with a support worker, and sync
ui-nav-contact = Kontakt
ui-contact-title = Porozmawiaj z osobą, która pomaga
ui-contact-intro = Napisz do osoby, która pomaga w organizacji partnerskiej. Nie musisz podawać imienia. Twoje wiadomości są chronione PIN-em dziennika. Zostaną wysłane, gdy będziesz w internecie.
ui-contact-needs-diary = Żeby pisać wiadomości, najpierw załóż albo otwórz swój prywatny dziennik. Twoje wiadomości są chronione razem z nim.
ui-contact-open-diary = Otwórz dziennik
ui-contact-organisations = Organizacje, które odpowiadają na wiadomości
ui-contact-write-to = Napisz do tej organizacji
ui-contact-name-label = Jak możemy się do ciebie zwracać? (możesz zostawić puste)
ui-contact-callback-label = Numer do oddzwonienia (tylko jeśli chcesz, żeby ktoś zadzwonił)
ui-contact-message-label = Twoja wiadomość
ui-contact-send = Wyślij
ui-contact-conversations = Twoje rozmowy
ui-contact-back = Wszystkie rozmowy
ui-contact-reply-label = Napisz wiadomość
ui-contact-delete-device = Usuń tylko z tego telefonu
ui-contact-deleted = Rozmowa została usunięta.
ui-contact-sent = Zapisano. Wiadomość zostanie wysłana, gdy będziesz w internecie.
ui-sync-title = Organizacja partnerska
ui-sync-server-label = Adres serwera twojej organizacji
ui-sync-server-hint = Ten adres dostaniesz od swojej organizacji. Zostaw puste, żeby wszystko zostało na tym telefonie.
ui-sync-server-default-hint = Ta aplikacja jest ustawiona na adres pokazany na szaro. Wpisz inny adres tylko wtedy, gdy dostaniesz go od swojej organizacji.
ui-sync-server-save = Zapisz adres
ui-sync-now = Synchronizuj teraz
ui-sync-saved = Zapisano.

## Reporting a mistake in an article or a directory entry
ui-report-mistake = Zgłoś błąd
ui-report-label = Co jest nie tak?
ui-report-hint = To trafi do organizacji pomocowej jako wiadomość. Jej odpowiedź znajdziesz w „Kontakcie”.
ui-report-send = Wyślij
ui-report-sent = Dziękujemy. Twoje zgłoszenie trafi do organizacji pomocowej.
ui-report-queued = Zostanie wysłane, gdy będziesz w internecie.
ui-report-see-message = Zobacz swoją wiadomość
ui-report-needs-diary = Żeby wysłać zgłoszenie, najpierw załóż albo otwórz swój prywatny dziennik. Wiadomości są chronione razem z nim.
ui-report-open-contact = Przejdź do „Kontaktu”
