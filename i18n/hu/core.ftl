# Messages formatted by the core (huiskamer-core): language names, topics,
# dates, opening hours, directory and errors. UI-only strings are in ui.ftl.

# The name of this language, in this language. Shown in the language picker.
locale-name = Magyar

## Topics of the information library
topic-rights = Jogok és szabályok
    .description = Mi megengedett, mire van szükséged, és mik a jogaid
topic-health = Egészség
    .description = Ingyenes STI-teszt, védekezés és jó közérzet
topic-money = Pénz és adók
    .description = KvK, BSN, adók, támogatások és lakhatás
topic-safety = Biztonság
    .description = Biztonságos munka és a telefonod védelme
topic-exiting = A szexmunka abbahagyása
    .description = Segítség, ha abba akarod hagyni a szexmunkát
topic-help = Hol kapsz segítséget
    .description = A huiskamer, szervezetek és segélyhívó számok

topic-article-count = { $count ->
    [0] Még nincs cikk
    [one] 1 cikk
   *[other] { $count } cikk
}

## Articles
# $language is the name of the language the article is shown in.
article-fallback-notice = Ez a cikk még nem olvasható a nyelveden. Ezen a nyelven látod: { $language }.
article-reviewed = A tények utolsó ellenőrzése: { $date }
# $date is the oldest day on which a fact of the article was read at its source.
article-out-of-date = Néhány tény utolsó ellenőrzése: { $date }, több mint egy éve. Lehet, hogy már elavultak. Mielőtt ezek alapján cselekszel, kérdezz meg egy segítőt.

search-result-count = { $count ->
    [0] Nincs találat
    [one] 1 találat
   *[other] { $count } találat
}

## Dates
# $day, $month (a name below) and $year
date-long = { $year }. { $month } { $day }.
month-1 = január
month-2 = február
month-3 = március
month-4 = április
month-5 = május
month-6 = június
month-7 = július
month-8 = augusztus
month-9 = szeptember
month-10 = október
month-11 = november
month-12 = december

day-mon = hétfő
    .short = H
day-tue = kedd
    .short = K
day-wed = szerda
    .short = Sze
day-thu = csütörtök
    .short = Cs
day-fri = péntek
    .short = P
day-sat = szombat
    .short = Szo
day-sun = vasárnap
    .short = V
days-every = Minden nap

## Directory of help
directory-national = Országos
# $days like "Mon–Fri", $open and $close like 17:00
hours-line = { $days }: { $open }–{ $close }
open-until = Most nyitva, { $time }-ig
# $day is a day name, $time like 17:00
closed-opens = Zárva. Nyit: { $day }, { $time }
open-always = Éjjel-nappal nyitva
open-unknown = A nyitvatartás nem ismert. Indulás előtt érdeklődj.
directory-no-phone = Nem adunk meg olyan telefonszámot, amelyet nem tudtunk ellenőrizni. Használd a weboldalt, vagy menj el személyesen.
directory-checked = Adatok ellenőrizve: { $date }
directory-not-checked = Itt nem minden adatot tudtunk ellenőrizni. Mielőtt odamész, kérdezd meg a szervezetet.
# $date: the oldest day on which a detail of the entry was read at its source.
directory-out-of-date = Néhány adat utolsó ellenőrzése: { $date }, több mint egy éve. Lehet, hogy már elavultak.
open-not-confirmed = A nyitvatartás nincs megerősítve. Indulás előtt érdeklődj.
hours-title = Nyitvatartás
# $source: who published the hours; $date: when (a date or a year).
hours-published = Utoljára közzétett nyitvatartás ({ $source }, { $date }). Azóta változhatott.
hours-published-unsourced = Utoljára közzétett nyitvatartás. Azóta változhatott.
# $date: the day the page was read.
directory-read = olvasva: { $date }
directory-field-phone = Telefonszám
directory-field-address = Cím
directory-field-hours = Nyitvatartás
directory-field-website = Weboldal
directory-field-email = E-mail
directory-field-chat = Cset
directory-field-languages = Nyelvek
directory-field-services = Miben segítenek
directory-field-description = Róluk

service-drop-in = Nappali, ahová betérhetsz (huiskamer)
service-information = Információ és tanácsadás
service-social-work = Szociális munka és gyakorlati segítség
service-exit = Segítség a kilépéshez (kilépési program)
service-health = Egészség és STI-teszt
service-trafficking = Segítség kizsákmányolás és emberkereskedelem áldozatainak
service-shelter = Biztonságos szállás
service-money = Pénz, adósságok és hivatalos papírok
service-legal = Jogi kérdések
service-work = Munka, tanulás és nappali programok
service-outreach = Segítők, akik felkeresnek a munkahelyeden
service-emergency = Vészhelyzet
service-police = Rendőrség
service-anonymous-tip = Névtelen bejelentés valaki más ellen elkövetett bűncselekményről (ez nem segítség neked)
service-violence = Segítség erőszak után
service-sexual-violence = Segítség szexuális erőszak után
service-mental-health = Lelki egészség és öngyilkosság-megelőzés
service-tax = Adóügyi kérdések
service-online-info = Információs weboldal
service-debt = Segítség adósság esetén
service-advice = Tanácsadás
service-helpline = Segélyvonal telefonon
service-rights = A jogaid szexmunkásként
service-peer-support = Támogatás más szexmunkásoktól
service-reporting = Erőszak vagy veszélyes kliens bejelentése
service-housing = Lakhatás
service-abortion = Nem tervezett terhesség és abortusz
service-contraception = Fogamzásgátlás
service-lgbt = LMBTQ+ embereknek

## Errors shown to the person
error-not-found = Ez az oldal nem található.
error-invalid-input = Ez nem sikerült. Próbáld újra.
error-storage = Az alkalmazás nem tudja beolvasni az adatait. Indítsd újra az alkalmazást. Az adataid megmaradnak.
error-open-link = Ez a link nem nyitható meg ezen az eszközön.

## Diary (the encrypted vault)
diary-kind-appointment = Időpont
diary-kind-incident = Incidens
diary-kind-note = Jegyzet
# $weekday is a day name, $date a long date: "Monday 23 November 2026"
diary-day = { $date }, { $weekday }
diary-week = { $from } – { $to }
diary-count = { $count ->
    [0] Nincs bejegyzés
    [one] 1 bejegyzés
   *[other] { $count } bejegyzés
}
diary-conflict-copy = Másolat: ezt a bejegyzést egyszerre két telefonon módosították. Tartsd meg, amire szükséged van, a másikat töröld.
diary-field-place = Hely
diary-field-with-whom = Kivel
diary-field-notes = Jegyzetek
diary-field-ends = Vége
diary-field-check-in = Jelzés eddig
diary-field-reminder = Emlékeztető
diary-field-what = Mi történt
diary-field-who = Ki
diary-field-photos = Fotók
diary-field-title = Cím
diary-field-text = Szöveg
diary-field-entry = Bejegyzés
diary-field-date = Dátum
diary-field-photo-size = Fotó (túl nagy, legfeljebb 8 MB)
diary-field-photo-type = Fotó (csak JPEG, PNG vagy WebP)
diary-field-auto-lock = Zárolás ennyi idő után
diary-field-wipe-after = Törlés ennyi hibás PIN után
# The only text a reminder notification ever shows.
notify-reminder = Emlékeztető
notify-done = Kész

error-diary-invalid = Ellenőrizd ezt: { $field }.
error-vault-not-set-up = A naplód még nincs beállítva.
error-vault-set-up = A naplód már be van állítva.
error-vault-locked = A naplód zárolva van. Írd be a PIN-kódodat.
error-vault-wrong-pin = { $seconds ->
    [0] Hibás PIN-kód. Próbáld újra.
    [one] Hibás PIN-kód. Várj 1 másodpercet, aztán próbáld újra.
   *[other] Hibás PIN-kód. Várj { $seconds } másodpercet, aztán próbáld újra.
}
error-vault-wait = Túl sok hibás próbálkozás. Várj { $seconds } másodpercet, aztán próbáld újra.
error-vault-pin-short = A PIN-kód legalább 6 számjegy legyen.
error-vault-pin-simple = Ezt a PIN-kódot túl könnyű kitalálni. Válassz más számokat.
error-vault-passphrase-short = A jelszó legalább 8 karakter legyen.
error-vault-duress-same = A vészhelyzeti PIN-kód nem lehet ugyanaz, mint a PIN-kódod.
error-vault-tampered = A naplódat ezen az alkalmazáson kívül módosították, ezért nem nyílik meg. Visszaállíthatsz egy biztonsági mentést, vagy törölheted a naplót a beállításokban.
error-recovery-key-typo = Ebben a helyreállítási kulcsban elírás van. Nézd át egyenként a 4 karakteres csoportokat.
error-recovery-key-format = A helyreállítási kulcs 32 betűből és számból áll, 8 darab 4-es csoportban.
error-recovery-key-wrong = Ez a biztonsági mentés egy másik helyreállítási kulcshoz tartozik.
error-backup-corrupt = Ez a fájl nem naplómentés, vagy megsérült. Semmi nem változott.
error-disk-full = Megtelt a telefonod. Semmi nem veszett el. Szabadíts fel helyet, és próbáld újra.
error-read-only = Az alkalmazás most nem tud menteni ezen a telefonon. Semmi nem veszett el.
diary-reminder-minutes = { $minutes ->
    [60] 1 órával előtte
    [120] 2 órával előtte
    [1440] 1 nappal előtte
    [one] 1 perccel előtte
   *[other] { $minutes } perccel előtte
}
diary-minutes = { $minutes ->
    [one] 1 perc
   *[other] { $minutes } perc
}
diary-wipe-after-n = { $count } hibás PIN-kód után
diary-exported = Biztonsági mentés elmentve: { $path }

## Sync with the partner organisation
sync-off = Nincs kapcsolat partnerszervezettel. Minden ezen a telefonon marad.
sync-syncing = Szinkronizálás…
sync-synced = Naprakész
sync-offline = Nincs internet. A változásaid ezen a telefonon vannak elmentve, és később mennek el.
sync-problem = Nem sikerült a szinkronizálás. Az alkalmazás később újra megpróbálja.
sync-server = Szerver: { $host }
sync-last = Utolsó szinkronizálás: { $time }
sync-progress = Küldés: { $done } / { $total }
sync-pending = { $count ->
    [one] 1 naplóváltozás vár mentésre.
   *[other] { $count } naplóváltozás vár mentésre.
}
sync-queued = { $count ->
    [one] 1 üzenet vár küldésre.
   *[other] { $count } üzenet vár küldésre.
}
sync-locked = Nyisd meg a naplódat, hogy menteni lehessen, és hogy az üzeneteid elmenjenek.
sync-too-large = { $count ->
    [one] 1 fotó túl nagy a mentéshez. Csak ezen a telefonon marad.
   *[other] { $count } fotó túl nagy a mentéshez. Ezek csak ezen a telefonon maradnak.
}
sync-content = Információk: frissítés ({ $version })
sync-content-refused = Az alkalmazás nem telepített egy információfrissítést: { $reason }. A meglévő információid megmaradnak.
sync-content-signature = az aláírása nem érvényes
sync-content-key = olyan kulccsal írták alá, amelyet az alkalmazás nem ismer
sync-content-damaged = útközben megsérült
sync-content-malformed = nem olvasható
sync-content-format = az alkalmazás újabb verziója kell hozzá
sync-content-old = régebbi, mint a meglévő információid
sync-problem-offline = A szerver nem érhető el.
sync-problem-refused = A szerver nem fogadta el ezt a telefont. Kérdezd meg a szervezetedet.
sync-problem-server = Hiba van a szerveren. Az alkalmazás később újra megpróbálja.
sync-problem-address = Ez a szervercím nem használható.
sync-problem-disk-full = Megtelt a telefonod. Szabadíts fel helyet. Semmi nem veszett el.
sync-problem-read-only = Az alkalmazás most nem tud menteni ezen a telefonon. Semmi nem veszett el.
sync-problem-tampered = A naplódat ezen az alkalmazáson kívül módosították. Ezért nincs szinkronizálva.
sync-problem-device = Hiba történt ezen a telefonon. Indítsd újra az alkalmazást. Semmi nem veszett el.
error-sync-address = Ez a cím nem használható. A címnek így kell kezdődnie: https:// (a http:// csak akkor jó, ha a cím magára erre a telefonra mutat).

## Contact with a support worker
contact-not-connected = Ez az alkalmazás még nem kapcsolódik partnerszervezethez. Telefonálhatsz vagy elmehetsz személyesen is: lásd a Segítség részt.
contact-no-organisations = Itt még egy szervezet sem válaszol üzenetekre, vagy az alkalmazás még nem volt online. A telefonszámokat és a címeket a Segítség részben találod.
contact-unread = { $count ->
    [one] 1 új válasz
   *[other] { $count } új válasz
}
contact-queued-count = { $count ->
    [one] 1 üzenet vár küldésre
   *[other] { $count } üzenet vár küldésre
}
contact-queued = Küldésre vár
contact-from-you = Te
contact-closed = A szervezet lezárta ezt a beszélgetést. Ha újra írsz, a beszélgetés újra megnyílik.
contact-delete-server = Töröld itt, és kérd meg ezt a szervezetet is a törlésre: { $organisation }
contact-first-name = Ezen a néven szólíthattok: { $name }
contact-first-callback = Kérlek, hívjatok vissza ezen a számon: { $number }
diary-field-message = Az üzeneted
diary-field-name = Név
diary-field-callback = Telefonszám (6–15 számjegy)
diary-field-conversation = Beszélgetés
diary-field-organisation = Szervezet
# $title: the article or the directory entry a report of a mistake is about.
contact-report-about = Hibabejelentés ehhez: { $title }
diary-field-about = Mire vonatkozik a bejelentés
