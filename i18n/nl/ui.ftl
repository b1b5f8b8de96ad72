# Teksten van de schermen van de app (ui/). Gewone woorden, korte zinnen.
# Elke tekst hier staat ook in de ui.ftl van elke andere taal.

ui-app-name = Huiskamer
ui-skip = Naar de inhoud
ui-quick-exit = Weg
ui-quick-exit-label = Snel weg: verberg deze app nu. Je kunt ook twee keer op Escape drukken.
ui-language = Taal
ui-language-choose = Kies je taal
ui-nav-label = Hoofdmenu
# Labels van het menu onderaan: één kort woord (hooguit ongeveer 8 letters),
# zodat ze passen op een telefoon met grote letters.
ui-nav-library = Info
ui-nav-search = Zoeken
ui-nav-help = Hulp

ui-library-title = Informatie
ui-library-intro = Kies een onderwerp. Alles werkt zonder internet.
ui-back-library = Alle onderwerpen
ui-topic-empty = Hier staan nog geen artikelen.
ui-other-language = In een andere taal

ui-sources = Bronnen
ui-sources-intro = Waar deze informatie vandaan komt. De link opent buiten de app.
ui-related = Lees ook
ui-link-outside = Opent buiten de app

ui-search-title = Zoeken
ui-search-label = Zoek in de informatie
ui-search-hint = Typ een woord, bijvoorbeeld "test" of "belasting".
ui-search-none = Niets gevonden. Probeer een ander of korter woord.

ui-help-title = Waar vind je hulp
ui-help-intro = Organisaties die je kunnen helpen. Bel, ga langs of kijk op hun website.
ui-help-emergency = In gevaar? Bel 112.
ui-city-filter = Plaats
ui-city-all = Alle plaatsen
ui-city-rules = De regels voor sekswerk verschillen per stad: lees ze hier
ui-call = Bel
ui-map = Kaart
ui-website = Website
ui-email = E-mail
ui-chat = Chat
ui-org-sources = Waar deze informatie vandaan komt
ui-languages-spoken = Talen die ze spreken:

ui-error-generic = Er ging iets mis. Probeer het opnieuw.

# Het neutrale scherm na snel weg: een gewone rekenmachine.
ui-calc-title = Rekenmachine
ui-calc-display = Uitkomst
ui-calc-clear = Wissen
ui-calc-plus = plus
ui-calc-minus = min
ui-calc-times = keer
ui-calc-divide = gedeeld door
ui-calc-equals = is

## Dagboek
ui-nav-diary = Dagboek
ui-diary-title = Mijn dagboek
ui-diary-setup-intro = Schrijf afspraken, wat er gebeurde en notities op. Alleen jij kunt ze lezen: je dagboek is versleuteld op deze telefoon en zit op slot met je pincode.
ui-diary-pin-new = Kies een pincode (minstens 6 cijfers) of een wachtwoord
ui-diary-pin-again = Typ hem nog een keer
ui-diary-pin-mismatch = De twee zijn niet hetzelfde. Probeer het opnieuw.
ui-diary-setup-button = Zet mijn dagboek op slot
ui-diary-restore-link = Een back-up terugzetten
ui-diary-recovery-title = Je herstelcode
ui-diary-recovery-intro = Schrijf deze code op papier en bewaar hem op een veilige plek. Daarmee open je een back-up van je dagboek op een nieuwe telefoon. Je ziet hem alleen nu.
ui-diary-print = Afdrukken
ui-diary-recovery-done = Ik heb hem opgeschreven
ui-diary-locked-intro = Je dagboek is op slot. Typ je pincode.
ui-reminder-unlock = Typ je pincode om de herinnering te openen.
ui-reminder-checked-in = Je hebt je gemeld.
ui-diary-pin = Pincode of wachtwoord
ui-diary-unlock = Openen
ui-diary-lock = Op slot
ui-diary-week-previous = Vorige week
ui-diary-week-next = Volgende week
ui-diary-today = Vandaag
ui-diary-new = Nieuw
ui-diary-empty-day = –
ui-diary-search = Zoeken in dagboek
ui-diary-search-none = Niets gevonden.
ui-diary-settings = Instellingen
ui-diary-back = Terug naar het dagboek
ui-diary-starts = Begin
ui-diary-ends = Einde (als je wilt)
ui-diary-place = Plaats
ui-diary-with-whom = Met wie
ui-diary-check-in = Melden voor (als je wilt)
ui-diary-check-in-hint = De tijd waarop je klaar en veilig wilt zijn.
ui-diary-checked-in = Ik ben veilig (gemeld)
ui-diary-reminder = Herinnering
ui-diary-reminder-none = Geen herinnering
ui-diary-notes = Notities
ui-diary-happened = Wanneer
ui-diary-what = Wat er gebeurde
ui-diary-who = Wie er waren
ui-diary-photos = Foto's (versleuteld bewaard)
ui-diary-photo-add = Foto toevoegen
ui-diary-photo-remove = Deze foto weghalen
ui-diary-at = Datum en tijd
ui-diary-note-title = Titel
ui-diary-note-text = Tekst
ui-diary-date-missing = Vul de datum en de tijd in.
ui-diary-save = Opslaan
ui-diary-cancel = Annuleren
ui-diary-delete = Verwijderen
ui-diary-delete-confirm = Tik nog een keer om te verwijderen
ui-diary-neutral-notice = Een herinnering laat alleen het woord "Herinnering" zien, nooit wat je schreef.
ui-diary-auto-lock = Dagboek op slot na
ui-diary-wipe-after = Dagboek wissen na verkeerde pincodes
ui-diary-wipe-after-off = Nooit
ui-diary-settings-save = Instellingen opslaan
ui-diary-saved = Opgeslagen.
ui-diary-duress-title = Noodpincode
ui-diary-duress-intro = Dwingt iemand je om je dagboek te openen? Typ dan de noodpincode. Je dagboek wordt dan voorgoed gewist en er gaat een leeg dagboek open. Het ziet er gewoon uit.
ui-diary-current-pin = Je pincode nu
ui-diary-duress-pin = Noodpincode
ui-diary-duress-save = Noodpincode instellen
ui-diary-change-title = Pincode wijzigen
ui-diary-new-pin = Nieuwe pincode of wachtwoord
ui-diary-change-save = Pincode wijzigen
ui-diary-backup-title = Back-up
ui-diary-backup-intro = Bewaar een versleutelde kopie van je dagboek. Alleen je herstelcode kan hem openen.
ui-diary-export = Back-up maken
ui-diary-disguise-title = Vermomming
ui-diary-disguise = Laat de app "Rekenmachine" heten
ui-diary-wipe-title = Alles wissen
ui-diary-wipe-intro = Verwijder je dagboek en je instellingen van deze telefoon. Dit kun je niet terugdraaien.
ui-diary-wipe = Alles wissen
ui-diary-wipe-confirm = Ja, wis nu alles
ui-diary-restore-title = Een back-up terugzetten
ui-diary-restore-file = Back-upbestand
ui-diary-recovery-key = Herstelcode
ui-diary-restore-button = Terugzetten

## Contact met een hulpverlener, en synchroniseren
ui-nav-contact = Contact
ui-contact-title = Praat met een hulpverlener
ui-contact-intro = Schrijf een hulpverlener van een partnerorganisatie. Je hoeft je naam niet te geven. Je berichten zijn beveiligd met de pincode van je dagboek en gaan weg zodra je online bent.
ui-contact-needs-diary = Om berichten te schrijven, stel je eerst je privédagboek in of open je het. Je berichten worden daarmee beveiligd.
ui-contact-open-diary = Open het dagboek
ui-contact-organisations = Organisaties die berichten beantwoorden
ui-contact-write-to = Schrijf deze organisatie
ui-contact-name-label = Hoe mogen we je noemen? (je mag dit leeg laten)
ui-contact-callback-label = Bel me terug op (alleen als je gebeld wilt worden)
ui-contact-message-label = Je bericht
ui-contact-send = Versturen
ui-contact-conversations = Je gesprekken
ui-contact-back = Alle gesprekken
ui-contact-reply-label = Schrijf een bericht
ui-contact-delete-device = Alleen van deze telefoon verwijderen
ui-contact-deleted = Het gesprek is verwijderd.
ui-contact-sent = Bewaard. Het gaat weg zodra je online bent.
ui-sync-title = Partnerorganisatie
ui-sync-server-label = Serveradres van je organisatie
ui-sync-server-hint = Je organisatie geeft je dit adres. Laat het leeg om alles op deze telefoon te houden.
ui-sync-server-default-hint = Deze app is ingesteld met het grijze adres. Typ alleen een ander adres als je organisatie je dat geeft.
ui-sync-server-save = Adres bewaren
ui-sync-now = Nu synchroniseren
ui-sync-saved = Bewaard.

## Reporting a mistake in an article or a directory entry
ui-report-mistake = Meld een fout
ui-report-label = Wat klopt er niet?
ui-report-hint = Dit gaat als bericht naar de hulporganisatie. Hun antwoord komt bij Contact.
ui-report-send = Versturen
ui-report-sent = Dank je. Je melding gaat naar de hulporganisatie.
ui-report-queued = Hij wordt verstuurd zodra je online bent.
ui-report-see-message = Bekijk je bericht
ui-report-needs-diary = Om een melding te sturen, stel je eerst je privédagboek in of open je het. Berichten worden daarmee beveiligd.
ui-report-open-contact = Naar Contact
