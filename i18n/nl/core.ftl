# Berichten die de core (huiskamer-core) opmaakt: taalnamen, onderwerpen,
# datums, openingstijden, hulpgids en fouten. Teksten van de UI staan in ui.ftl.

locale-name = Nederlands

## Onderwerpen
topic-rights = Rechten en regels
    .description = Wat mag, wat je nodig hebt en wat je rechten zijn
topic-health = Gezondheid
    .description = Gratis soa-test, bescherming en je goed voelen
topic-money = Geld en belasting
    .description = KvK, BSN, belasting, uitkering en wonen
topic-safety = Veiligheid
    .description = Veilig werken en je telefoon beschermen
topic-exiting = Stoppen
    .description = Hulp als je wilt stoppen met sekswerk
topic-help = Waar vind je hulp
    .description = De huiskamer, organisaties en noodnummers

topic-article-count = { $count ->
    [0] Nog geen artikelen
    [one] 1 artikel
   *[other] { $count } artikelen
}

## Artikelen
article-fallback-notice = Dit artikel is nog niet in jouw taal. Je ziet het in het { $language }.
article-reviewed = Feiten het laatst gecontroleerd: { $date }
article-out-of-date = Sommige feiten hier zijn het laatst gecontroleerd op { $date }, meer dan een jaar geleden. Ze kunnen verouderd zijn. Vraag het een hulpverlener voordat je er iets mee doet.

search-result-count = { $count ->
    [0] Niets gevonden
    [one] 1 resultaat
   *[other] { $count } resultaten
}

## Datums
date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

day-mon = maandag
    .short = ma
day-tue = dinsdag
    .short = di
day-wed = woensdag
    .short = wo
day-thu = donderdag
    .short = do
day-fri = vrijdag
    .short = vr
day-sat = zaterdag
    .short = za
day-sun = zondag
    .short = zo
days-every = Elke dag

## Hulpgids
directory-national = Heel Nederland
hours-line = { $days }: { $open }–{ $close }
open-until = Nu open, tot { $time }
closed-opens = Gesloten. Open op { $day } om { $time }
open-always = Dag en nacht bereikbaar
open-unknown = Openingstijden niet bekend. Vraag het voordat je gaat.
directory-no-phone = We noemen geen telefoonnummer dat we niet konden controleren. Gebruik de website of ga langs.
directory-checked = Informatie gecontroleerd: { $date }
directory-not-checked = Niet alles hier kon worden gecontroleerd. Vraag het de organisatie voordat je gaat.
directory-out-of-date = Sommige gegevens hier zijn het laatst gecontroleerd op { $date }, meer dan een jaar geleden. Ze kunnen verouderd zijn.
open-not-confirmed = Openingstijden niet bevestigd. Vraag het voordat je gaat.
hours-title = Openingstijden
hours-published = Laatst gepubliceerde tijden ({ $source }, { $date }). Ze kunnen veranderd zijn.
hours-published-unsourced = Laatst gepubliceerde tijden. Ze kunnen veranderd zijn.
directory-read = gelezen op { $date }
directory-field-phone = Telefoonnummer
directory-field-address = Adres
directory-field-hours = Openingstijden
directory-field-website = Website
directory-field-email = E-mail
directory-field-chat = Chat
directory-field-languages = Talen
directory-field-services = Wat ze doen
directory-field-description = Over hen

service-drop-in = Inloop-huiskamer
service-information = Informatie en advies
service-social-work = Maatschappelijk werk en praktische hulp
service-exit = Hulp bij stoppen (uitstapprogramma)
service-health = Gezondheid en soa-test
service-trafficking = Hulp bij uitbuiting en mensenhandel
service-shelter = Veilige opvang
service-money = Geld, schulden en papieren
service-legal = Juridische vragen
service-work = Werk, opleiding en dagbesteding
service-outreach = Hulpverleners die je op je werk bezoeken
service-emergency = Noodgeval
service-police = Politie
service-anonymous-tip = Anonieme tip over een misdaad tegen iemand anders (geen hulp voor jezelf)
service-violence = Hulp na geweld
service-sexual-violence = Hulp na seksueel geweld
service-mental-health = Psychische hulp en zelfmoordpreventie
service-tax = Vragen over belasting
service-online-info = Website met informatie
service-debt = Hulp bij schulden
service-advice = Advies
service-helpline = Telefoonlijn voor hulp
service-rights = Je rechten als sekswerker
service-peer-support = Steun van andere sekswerkers
service-reporting = Geweld of een gevaarlijke klant melden
service-housing = Wonen
service-abortion = Onbedoelde zwangerschap en abortus
service-contraception = Anticonceptie
service-lgbt = Voor LHBTIQ+ mensen

## Fouten
error-not-found = Deze pagina is niet gevonden.
error-invalid-input = Dat lukte niet. Probeer het opnieuw.
error-storage = De app kon zijn gegevens niet lezen. Start de app opnieuw; je gegevens blijven bewaard.
error-open-link = Deze link kan op dit apparaat niet worden geopend.

## Dagboek (de versleutelde kluis)
diary-kind-appointment = Afspraak
diary-kind-incident = Incident
diary-kind-note = Notitie
# $weekday is een dag, $date een lange datum: "maandag 23 november 2026"
diary-day = { $weekday } { $date }
diary-week = { $from } – { $to }
diary-count = { $count ->
    [0] Niets opgeschreven
    [one] 1 item
   *[other] { $count } items
}
diary-conflict-copy = Kopie: dit stuk is op twee telefoons tegelijk veranderd. Bewaar wat je nodig hebt en verwijder het andere.
diary-field-place = Plaats
diary-field-with-whom = Met wie
diary-field-notes = Notities
diary-field-ends = Einde
diary-field-check-in = Melden voor
diary-field-reminder = Herinnering
diary-field-what = Wat er gebeurde
diary-field-who = Wie
diary-field-photos = Foto's
diary-field-title = Titel
diary-field-text = Tekst
diary-field-entry = Item
diary-field-date = Datum
diary-field-photo-size = Foto (te groot, hoogstens 8 MB)
diary-field-photo-type = Foto (alleen JPEG, PNG of WebP)
diary-field-auto-lock = Vergrendelen na
diary-field-wipe-after = Wissen na
# De enige tekst die een herinnering ooit laat zien.
notify-reminder = Herinnering
notify-done = Klaar

error-diary-invalid = Kijk dit na: { $field }.
error-vault-not-set-up = Je dagboek is nog niet ingesteld.
error-vault-set-up = Je dagboek is al ingesteld.
error-vault-locked = Je dagboek is op slot. Typ je pincode.
error-vault-wrong-pin = { $seconds ->
    [0] Verkeerde pincode. Probeer het opnieuw.
    [one] Verkeerde pincode. Wacht 1 seconde en probeer het dan opnieuw.
   *[other] Verkeerde pincode. Wacht { $seconds } seconden en probeer het dan opnieuw.
}
error-vault-wait = Te vaak verkeerd. Wacht { $seconds } seconden en probeer het dan opnieuw.
error-vault-pin-short = Een pincode heeft minstens 6 cijfers.
error-vault-pin-simple = Deze pincode is te makkelijk te raden. Kies andere cijfers.
error-vault-passphrase-short = Een wachtwoord heeft minstens 8 tekens.
error-vault-duress-same = De noodpincode moet anders zijn dan je pincode.
error-vault-tampered = Je dagboek is buiten deze app veranderd. Daarom gaat het niet open. Je kunt een back-up terugzetten, of het wissen bij de instellingen.
error-recovery-key-typo = Er zit een typfout in deze herstelcode. Kijk elk groepje van 4 tekens na.
error-recovery-key-format = Een herstelcode heeft 32 letters en cijfers, in 8 groepjes van 4.
error-backup-corrupt = Dit bestand is geen back-up van een dagboek, of het is beschadigd. Er is niets veranderd.
error-recovery-key-wrong = Deze back-up hoort bij een andere herstelcode.
error-disk-full = Je telefoon is vol. Er is niets verloren. Maak ruimte en probeer het opnieuw.
error-read-only = De app kan nu niet opslaan op deze telefoon. Er is niets verloren.
diary-reminder-minutes = { $minutes ->
    [60] 1 uur van tevoren
    [120] 2 uur van tevoren
    [1440] 1 dag van tevoren
    [one] 1 minuut van tevoren
   *[other] { $minutes } minuten van tevoren
}
diary-minutes = { $minutes ->
    [one] 1 minuut
   *[other] { $minutes } minuten
}
diary-wipe-after-n = Na { $count } verkeerde pincodes
diary-exported = Back-up opgeslagen: { $path }

## Synchroniseren met de partnerorganisatie
sync-off = Niet verbonden met een partnerorganisatie. Alles blijft op deze telefoon.
sync-syncing = Bezig met synchroniseren…
sync-synced = Bijgewerkt
sync-offline = Offline. Je wijzigingen staan veilig op deze telefoon en gaan later mee.
sync-problem = Synchroniseren lukte niet. De app probeert het later opnieuw.
sync-server = Server: { $host }
sync-last = Laatst gesynchroniseerd: { $time }
sync-progress = Versturen: { $done } van { $total }
sync-pending = { $count ->
    [one] 1 wijziging in je dagboek wacht op de back-up.
   *[other] { $count } wijzigingen in je dagboek wachten op de back-up.
}
sync-queued = { $count ->
    [one] 1 bericht wacht om verstuurd te worden.
   *[other] { $count } berichten wachten om verstuurd te worden.
}
sync-locked = Open je dagboek om de back-up te maken en berichten te versturen.
sync-too-large = { $count ->
    [one] 1 foto is te groot voor de back-up. Die blijft alleen op deze telefoon.
   *[other] { $count } foto's zijn te groot voor de back-up. Die blijven alleen op deze telefoon.
}
sync-content = Informatie: update { $version }
sync-content-refused = Een update van de informatie is niet geïnstalleerd: { $reason }. Je houdt de informatie die je had.
sync-content-signature = de handtekening klopt niet
sync-content-key = hij is ondertekend met een sleutel die deze app niet kent
sync-content-damaged = hij is onderweg beschadigd
sync-content-malformed = hij is niet leesbaar
sync-content-format = hij heeft een nieuwere versie van de app nodig
sync-content-old = hij is ouder dan de informatie die je hebt
sync-problem-offline = De server is niet bereikbaar.
sync-problem-refused = De server accepteert deze telefoon niet. Vraag het je organisatie.
sync-problem-server = De server heeft een probleem. De app probeert het later opnieuw.
sync-problem-address = Dit serveradres kan niet gebruikt worden.
sync-problem-disk-full = Je telefoon is vol. Maak ruimte; er is niets verloren.
sync-problem-read-only = De app kan nu niets opslaan op deze telefoon. Er is niets verloren.
sync-problem-tampered = Je dagboek is buiten deze app veranderd. Het wordt niet gesynchroniseerd.
sync-problem-device = Er ging iets mis op deze telefoon. Start de app opnieuw; er is niets verloren.
error-sync-address = Dit adres kan niet gebruikt worden. Het moet beginnen met https:// (of http:// alleen voor deze telefoon zelf).

## Contact met een hulpverlener
contact-not-connected = Deze app is nog niet verbonden met een partnerorganisatie. Je kunt wel bellen of langsgaan: kijk bij Hulp.
contact-no-organisations = Hier beantwoordt nog geen organisatie berichten, of de app was nog niet online. Kijk bij Hulp voor telefoonnummers en adressen.
contact-unread = { $count ->
    [one] 1 nieuw antwoord
   *[other] { $count } nieuwe antwoorden
}
contact-queued-count = { $count ->
    [one] 1 bericht wacht om verstuurd te worden
   *[other] { $count } berichten wachten om verstuurd te worden
}
contact-queued = Wacht om verstuurd te worden
contact-from-you = Jij
contact-closed = De organisatie heeft dit gesprek gesloten. Als je opnieuw schrijft, gaat het weer open.
contact-delete-server = Hier verwijderen en { $organisation } vragen het ook te verwijderen
contact-first-name = Je mag me zo noemen: { $name }
contact-first-callback = Bel me terug op: { $number }
diary-field-message = Je bericht
diary-field-name = Naam
diary-field-callback = Telefoonnummer (6 tot 15 cijfers)
diary-field-conversation = Gesprek
diary-field-organisation = Organisatie
# $title: the article or the directory entry a report of a mistake is about.
contact-report-about = Melding van een fout in: { $title }
diary-field-about = Waar de melding over gaat
