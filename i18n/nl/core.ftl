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
article-reviewed = Feiten laatst gecontroleerd: { $date }

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
service-anonymous-tip = Anoniem een misdaad melden
service-violence = Hulp na geweld
service-sexual-violence = Hulp na seksueel geweld
service-mental-health = Psychische hulp en zelfmoordpreventie
service-tax = Vragen over belasting
service-online-info = Website met informatie

## Fouten
error-not-found = Deze pagina is niet gevonden.
error-invalid-input = Dat lukte niet. Probeer het opnieuw.
error-storage = De app kon zijn gegevens niet lezen. Start de app opnieuw; je gegevens blijven bewaard.
error-open-link = Deze link kan op dit apparaat niet worden geopend.
