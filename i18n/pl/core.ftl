# Messages formatted by the core (huiskamer-core): language names, topics,
# dates, opening hours, directory and errors. UI-only strings are in ui.ftl.

# The name of this language, in this language. Shown in the language picker.
locale-name = Polski

## Topics of the information library
topic-rights = Prawa i zasady
    .description = Co wolno, czego potrzebujesz i jakie masz prawa
topic-health = Zdrowie
    .description = Darmowe testy na STI, ochrona i dobre samopoczucie
topic-money = Pieniądze i podatki
    .description = KvK, BSN, podatki, dodatki i mieszkanie
topic-safety = Bezpieczeństwo
    .description = Bezpieczna praca i ochrona telefonu
topic-exiting = Rezygnacja z pracy
    .description = Pomoc, jeśli chcesz przestać pracować seksualnie
topic-help = Gdzie szukać pomocy
    .description = Huiskamer, organizacje i numery alarmowe

topic-article-count = { $count ->
    [0] Nie ma jeszcze artykułów
    [one] 1 artykuł
    [few] { $count } artykuły
    [many] { $count } artykułów
   *[other] { $count } artykułu
}

## Articles
# $language is the name of the language the article is shown in.
article-fallback-notice = Tego artykułu nie ma jeszcze w twoim języku. Pokazujemy go w języku: { $language }.
article-reviewed = Fakty ostatnio sprawdzone: { $date }
# $date is the oldest day on which a fact of the article was read at its source.
article-out-of-date = Niektóre fakty tutaj sprawdzono ostatnio { $date }, ponad rok temu. Mogą być nieaktualne. Zanim coś zrobisz na ich podstawie, zapytaj osobę, która pomaga.

search-result-count = { $count ->
    [0] Nic nie znaleziono
    [one] 1 wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}

## Dates
# $day, $month (a name below) and $year
date-long = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

day-mon = poniedziałek
    .short = pon.
day-tue = wtorek
    .short = wt.
day-wed = środa
    .short = śr.
day-thu = czwartek
    .short = czw.
day-fri = piątek
    .short = pt.
day-sat = sobota
    .short = sob.
day-sun = niedziela
    .short = niedz.
days-every = Codziennie

## Directory of help
directory-national = Cały kraj
# $days like "Mon–Fri", $open and $close like 17:00
hours-line = { $days }: { $open }–{ $close }
open-until = Teraz otwarte, do { $time }
# $day is a day name, $time like 17:00
closed-opens = Zamknięte. Otwarcie: { $day }, { $time }
open-always = Otwarte całą dobę
open-unknown = Godziny otwarcia nie są znane. Zapytaj, zanim pójdziesz.
directory-no-phone = Nie podajemy numeru telefonu, którego nie mogliśmy sprawdzić. Skorzystaj ze strony internetowej albo przyjdź osobiście.
directory-checked = Informacje sprawdzone: { $date }
directory-not-checked = Nie wszystkie dane tutaj udało się sprawdzić. Zapytaj organizację, zanim pójdziesz.
# $date: the oldest day on which a detail of the entry was read at its source.
directory-out-of-date = Niektóre dane tutaj sprawdzono ostatnio { $date }, ponad rok temu. Mogą być nieaktualne.
open-not-confirmed = Godziny otwarcia nie są potwierdzone. Zapytaj, zanim pójdziesz.
hours-title = Godziny otwarcia
# $source: who published the hours; $date: when (a date or a year).
hours-published = Ostatnio opublikowane godziny otwarcia ({ $source }, { $date }). Mogły się zmienić.
hours-published-unsourced = Ostatnio opublikowane godziny otwarcia. Mogły się zmienić.
# $date: the day the page was read.
directory-read = przeczytano { $date }
directory-field-phone = Numer telefonu
directory-field-address = Adres
directory-field-hours = Godziny otwarcia
directory-field-website = Strona internetowa
directory-field-email = E-mail
directory-field-chat = Czat
directory-field-languages = Języki
directory-field-services = W czym pomagają
directory-field-description = O nich

service-drop-in = Pokój dzienny bez zapisów (huiskamer)
service-information = Informacje i porady
service-social-work = Pomoc socjalna i praktyczna
service-exit = Pomoc, gdy chcesz przestać (program wyjścia)
service-health = Zdrowie i testy na STI
service-trafficking = Pomoc dla ofiar wyzysku i handlu ludźmi
service-shelter = Bezpieczne schronienie
service-money = Pieniądze, długi i dokumenty
service-legal = Sprawy prawne
service-work = Praca, nauka i zajęcia w ciągu dnia
service-outreach = Pracownicy, którzy odwiedzają cię w miejscu pracy
service-emergency = Nagłe wypadki
service-police = Policja
service-anonymous-tip = Anonimowa informacja o przestępstwie wobec kogoś innego (to nie jest pomoc dla ciebie)
service-violence = Pomoc po przemocy
service-sexual-violence = Pomoc po przemocy seksualnej
service-mental-health = Zdrowie psychiczne i zapobieganie samobójstwom
service-tax = Pytania o podatki
service-online-info = Strona z informacjami
service-debt = Pomoc przy długach
service-advice = Porady
service-helpline = Telefon zaufania
service-rights = Twoje prawa jako osoby pracującej seksualnie
service-peer-support = Wsparcie od innych osób pracujących seksualnie
service-reporting = Zgłoszenie przemocy albo niebezpiecznego klienta
service-housing = Mieszkanie
service-abortion = Nieplanowana ciąża i aborcja
service-contraception = Antykoncepcja
service-lgbt = Dla osób LGBTQ+

## Errors shown to the person
error-not-found = Nie można znaleźć tej strony.
error-invalid-input = To nie zadziałało. Spróbuj jeszcze raz.
error-storage = Aplikacja nie może odczytać swoich danych. Uruchom ją ponownie. Twoje informacje są bezpieczne.
error-open-link = Nie można otworzyć tego linku na tym urządzeniu.

## Diary (the encrypted vault)
diary-kind-appointment = Spotkanie
diary-kind-incident = Zdarzenie
diary-kind-note = Notatka
# $weekday is a day name, $date a long date: "Monday 23 November 2026"
diary-day = { $weekday }, { $date }
diary-week = { $from } – { $to }
diary-count = { $count ->
    [0] Brak wpisów
    [one] 1 wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisu
}
diary-conflict-copy = Kopia: ten wpis zmieniono na dwóch telefonach naraz. Zostaw to, czego potrzebujesz, a drugi wpis usuń.
diary-field-place = Miejsce
diary-field-with-whom = Z kim
diary-field-notes = Notatki
diary-field-ends = Koniec
diary-field-check-in = Potwierdzenie do
diary-field-reminder = Przypomnienie
diary-field-what = Co się stało
diary-field-who = Kto
diary-field-photos = Zdjęcia
diary-field-title = Tytuł
diary-field-text = Tekst
diary-field-entry = Wpis
diary-field-date = Data
diary-field-photo-size = Zdjęcie (za duże, maksymalnie 8 MB)
diary-field-photo-type = Zdjęcie (tylko JPEG, PNG lub WebP)
diary-field-auto-lock = Zablokuj po
diary-field-wipe-after = Wymaż po
# The only text a reminder notification ever shows.
notify-reminder = Przypomnienie
notify-done = Gotowe

error-diary-invalid = Sprawdź to pole: { $field }.
error-vault-not-set-up = Twój dziennik nie jest jeszcze założony.
error-vault-set-up = Twój dziennik jest już założony.
error-vault-locked = Twój dziennik jest zablokowany. Wpisz swój PIN.
error-vault-wrong-pin = { $seconds ->
    [0] Zły PIN. Spróbuj jeszcze raz.
    [one] Zły PIN. Poczekaj { $seconds } sekundę i spróbuj jeszcze raz.
    [few] Zły PIN. Poczekaj { $seconds } sekundy i spróbuj jeszcze raz.
    [many] Zły PIN. Poczekaj { $seconds } sekund i spróbuj jeszcze raz.
   *[other] Zły PIN. Poczekaj { $seconds } sekundy i spróbuj jeszcze raz.
}
error-vault-wait = { $seconds ->
    [one] Za dużo błędnych prób. Poczekaj { $seconds } sekundę i spróbuj jeszcze raz.
    [few] Za dużo błędnych prób. Poczekaj { $seconds } sekundy i spróbuj jeszcze raz.
    [many] Za dużo błędnych prób. Poczekaj { $seconds } sekund i spróbuj jeszcze raz.
   *[other] Za dużo błędnych prób. Poczekaj { $seconds } sekundy i spróbuj jeszcze raz.
}
error-vault-pin-short = PIN musi mieć co najmniej 6 cyfr.
error-vault-pin-simple = Ten PIN łatwo odgadnąć. Wybierz inne cyfry.
error-vault-passphrase-short = Hasło musi mieć co najmniej 8 znaków.
error-vault-duress-same = PIN awaryjny musi być inny niż twój PIN.
error-vault-tampered = Twój dziennik zmieniono poza tą aplikacją, więc się nie otworzy. Możesz przywrócić kopię zapasową albo wymazać dziennik w ustawieniach.
error-recovery-key-typo = W tym kluczu odzyskiwania jest błąd. Sprawdź każdą grupę 4 znaków.
error-recovery-key-format = Klucz odzyskiwania ma 32 litery i cyfry, w 8 grupach po 4.
error-recovery-key-wrong = Ta kopia zapasowa należy do innego klucza odzyskiwania.
error-backup-corrupt = Ten plik nie jest kopią zapasową dziennika albo jest uszkodzony. Nic nie zostało zmienione.
error-disk-full = Pamięć telefonu jest pełna. Nic nie zginęło. Zwolnij miejsce i spróbuj jeszcze raz.
error-read-only = Aplikacja nie może teraz zapisywać na tym telefonie. Nic nie zginęło.
diary-reminder-minutes = { $minutes ->
    [60] 1 godzinę przed
    [120] 2 godziny przed
    [1440] 1 dzień przed
    [one] { $minutes } minutę przed
    [few] { $minutes } minuty przed
    [many] { $minutes } minut przed
   *[other] { $minutes } minuty przed
}
diary-minutes = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}
diary-wipe-after-n = { $count ->
    [one] Po { $count } błędnym PIN-ie
    [few] Po { $count } błędnych PIN-ach
    [many] Po { $count } błędnych PIN-ach
   *[other] Po { $count } błędnych PIN-ach
}
diary-exported = Kopia zapasowa zapisana: { $path }

## Sync with the partner organisation
sync-off = Brak połączenia z organizacją partnerską. Wszystko zostaje na tym telefonie.
sync-syncing = Synchronizacja…
sync-synced = Wszystko aktualne
sync-offline = Brak internetu. Twoje zmiany są zapisane na tym telefonie. Zostaną wysłane później.
sync-problem = Synchronizacja się nie udała. Aplikacja spróbuje później.
sync-server = Serwer: { $host }
sync-last = Ostatnia synchronizacja: { $time }
sync-progress = Wysyłanie: { $done } z { $total }
sync-pending = { $count ->
    [one] 1 zmiana w dzienniku czeka na kopię zapasową.
    [few] { $count } zmiany w dzienniku czekają na kopię zapasową.
    [many] { $count } zmian w dzienniku czeka na kopię zapasową.
   *[other] { $count } zmiany w dzienniku czeka na kopię zapasową.
}
sync-queued = { $count ->
    [one] 1 wiadomość czeka na wysłanie.
    [few] { $count } wiadomości czekają na wysłanie.
    [many] { $count } wiadomości czeka na wysłanie.
   *[other] { $count } wiadomości czeka na wysłanie.
}
sync-locked = Odblokuj dziennik, żeby zrobić kopię zapasową i wysłać wiadomości.
sync-too-large = { $count ->
    [one] 1 zdjęcie jest za duże na kopię zapasową. Zostaje tylko na tym telefonie.
    [few] { $count } zdjęcia są za duże na kopię zapasową. Zostają tylko na tym telefonie.
    [many] { $count } zdjęć jest za dużych na kopię zapasową. Zostają tylko na tym telefonie.
   *[other] { $count } zdjęcia są za duże na kopię zapasową. Zostają tylko na tym telefonie.
}
sync-content = Informacje: aktualizacja { $version }
sync-content-refused = Nie zainstalowano aktualizacji informacji: { $reason }. Informacje, które masz, zostają.
sync-content-signature = jej podpis jest nieważny
sync-content-key = jest podpisana kluczem, którego ta aplikacja nie zna
sync-content-damaged = uszkodziła się po drodze
sync-content-malformed = nie da się jej odczytać
sync-content-format = wymaga nowszej wersji aplikacji
sync-content-old = jest starsza niż informacje, które masz
sync-problem-offline = Nie można połączyć się z serwerem.
sync-problem-refused = Serwer nie przyjął tego telefonu. Zapytaj swoją organizację.
sync-problem-server = Serwer ma problem. Aplikacja spróbuje później.
sync-problem-address = Nie można użyć tego adresu serwera.
sync-problem-disk-full = Pamięć telefonu jest pełna. Zwolnij miejsce. Nic nie zginęło.
sync-problem-read-only = Aplikacja nie może teraz zapisywać na tym telefonie. Nic nie zginęło.
sync-problem-tampered = Twój dziennik zmieniono poza tą aplikacją. Nie jest synchronizowany.
sync-problem-device = Coś poszło nie tak na tym telefonie. Uruchom aplikację ponownie. Nic nie zginęło.
error-sync-address = Nie można użyć tego adresu. Musi zaczynać się od https:// (albo od http://, ale tylko dla tego samego telefonu).

## Contact with a support worker
contact-not-connected = Ta aplikacja nie jest jeszcze połączona z organizacją partnerską. Możesz zadzwonić albo przyjść osobiście: zobacz „Pomoc”.
contact-no-organisations = Żadna organizacja nie odpowiada tu jeszcze na wiadomości albo aplikacja nie była jeszcze w internecie. Numery telefonów i adresy znajdziesz w „Pomocy”.
contact-unread = { $count ->
    [one] 1 nowa odpowiedź
    [few] { $count } nowe odpowiedzi
    [many] { $count } nowych odpowiedzi
   *[other] { $count } nowej odpowiedzi
}
contact-queued-count = { $count ->
    [one] 1 wiadomość czeka na wysłanie
    [few] { $count } wiadomości czekają na wysłanie
    [many] { $count } wiadomości czeka na wysłanie
   *[other] { $count } wiadomości czeka na wysłanie
}
contact-queued = Czeka na wysłanie
contact-from-you = Ty
contact-closed = Organizacja zamknęła tę rozmowę. Jeśli napiszesz jeszcze raz, rozmowa znów się otworzy.
contact-delete-server = Usuń tutaj i poproś organizację { $organisation }, żeby też ją usunęła
contact-first-name = Możesz mówić do mnie: { $name }
contact-first-callback = Proszę o telefon pod numer: { $number }
diary-field-message = Twoja wiadomość
diary-field-name = Imię
diary-field-callback = Numer telefonu (od 6 do 15 cyfr)
diary-field-conversation = Rozmowa
diary-field-organisation = Organizacja
# $title: the article or the directory entry a report of a mistake is about.
contact-report-about = Zgłoszenie błędu w: { $title }
diary-field-about = Czego dotyczy zgłoszenie
