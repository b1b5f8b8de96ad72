# Check-in alerts for appointments (issue 18): the form and the entry's state.
# %time%, %fires%, %org% and %details% are replaced by the screen: keep them.

ui-watch-only-reminder = De app herinnert je eraan. Niemand anders krijgt een bericht.
ui-watch-enable = Als ik me niet op tijd meld, waarschuw dan een organisatie
ui-watch-organisation = Welke organisatie
ui-watch-choose = Wat mag de melding hun vertellen? Alleen wat je aanvinkt en invult, wordt gestuurd.
ui-watch-place = Waar (adres, hotel en kamer)
ui-watch-who = Wie (beschrijving, telefoonnummer, auto)
ui-watch-contact = Hoe ze je bereiken (naam, terugbelnummer)
ui-watch-note = Iets anders
ui-watch-detail-place = waar
ui-watch-detail-who = wie
ui-watch-detail-contact = hoe ze je bereiken
ui-watch-detail-note = je notitie
ui-watch-separator = ,
ui-watch-summary = Als je je niet gemeld hebt om %time%, krijgt %org% om %fires% een melding met: %details%. Verder niets.
ui-watch-summary-nothing = Als je je niet gemeld hebt om %time%, krijgt %org% om %fires% een melding. Die zegt alleen dat je je niet gemeld hebt. Verder niets.
ui-watch-summary-no-time = Kies eerst een tijd om je te melden.
ui-watch-limits = De organisatie is niet de politie. Ben je in gevaar? Bel 112.
ui-watch-delete-alerted = Het alarm is al verstuurd. Verwijderen maakt dat niet ongedaan. Ben je veilig? Vink dan “Ik ben veilig” aan en sla op.
ui-watch-state = Melding

diary-field-alert-detail = Gegevens voor de melding

watch-queued = Melding voor { $org }: wacht om verstuurd te worden. Dat gebeurt als de telefoon online is.
watch-watching = { $org } krijgt om { $time } een melding als je je niet gemeld hebt.
watch-checked-in = Je hebt je gemeld. { $org } krijgt geen melding.
watch-checked-in-queued = Je hebt je gemeld. { $org } hoort het als de telefoon online is.
watch-alerted = Melding gestuurd naar { $org } om { $time }.
watch-checked-in-late = Te laat gemeld om { $time }. { $org } weet het.
watch-refused = De melding voor { $org } staat niet klaar: { $reason }
watch-refused-due-in-past = de tijd om je te melden is al voorbij. Kies een latere tijd en sla opnieuw op.
watch-refused-due-too-far = de tijd om je te melden is te ver weg. Kies een tijd in de komende 7 dagen.
watch-refused-invalid-time = de tijd om je te melden klopt niet. Kies hem opnieuw.
watch-refused-detail-too-long = een gegeven is te lang. Maak het korter en sla opnieuw op.
watch-refused-alerts-not-accepted = deze organisatie neemt nu geen meldingen aan.
watch-refused-watch-closed = deze melding is al gesloten.
watch-refused-alert-raised = de melding is al gestuurd.
watch-refused-other = de server weigerde. Probeer het later opnieuw, of vraag het de organisatie.
