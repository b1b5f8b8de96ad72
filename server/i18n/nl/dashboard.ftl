# Het dashboard voor hulpverleners van de Huiskamer-partnerserver.
dash-title = Huiskamer-dashboard
dash-skip = Naar de inhoud
dash-lang-switch = English
dash-signed-in-as = Ingelogd als { $name }
dash-logout = Uitloggen

login-title = Inloggen
login-username = Gebruikersnaam
login-password = Wachtwoord
login-submit = Inloggen
login-failed = De gebruikersnaam of het wachtwoord klopt niet.
login-rate-limited = Te veel pogingen. Wacht { $minutes ->
    [one] een minuut
   *[other] { $minutes } minuten
} en probeer het opnieuw.
login-expired = Het formulier was verlopen. Probeer het opnieuw.

queue-title = Open gesprekken
queue-empty = Geen open gesprekken. Niemand wacht.
queue-waiting = Wacht op antwoord
queue-answered = Beantwoord
queue-last = Laatste bericht { $when }
queue-count = { $count ->
    [one] Eén open gesprek
   *[other] { $count } open gesprekken
}
queue-open = Open gesprek { $id }

conv-title = Gesprek { $id }
conv-back = Terug naar de wachtrij
conv-from-person = Persoon
conv-from-worker = Hulpverlener
conv-reply-label = Jouw antwoord
conv-reply-submit = Antwoord versturen
conv-close = Gesprek sluiten
conv-reopen = Gesprek heropenen
conv-closed = Dit gesprek is gesloten. Als de persoon opnieuw schrijft, gaat het weer open.
conv-empty = Geen berichten (oudere berichten worden na { $days } dagen verwijderd).
conv-reply-empty = Schrijf eerst een antwoord.
conv-reply-too-long = Het antwoord is te lang (hooguit { $max } tekens).
conv-older = Oudere berichten
conv-newer = Nieuwere berichten
conv-earlier = Eerder in dit gesprek
conv-later = Later in dit gesprek
conv-older-page = Je leest oudere berichten. Ga naar de nieuwste om te antwoorden.
conv-to-newest = Nieuwste berichten

# A person's report of a mistake in the app's information.
report-mark = Melding: fout in de informatie
report-article = Artikel: { $name }
report-organisation = In de lijst met hulp: { $name }
report-edit-article = Open dit artikel in de bibliotheek
report-edit-directory = Open de lijst met hulp

error-not-found = Deze pagina bestaat niet, of je mag hem niet zien.
error-forbidden = Dit mag je niet doen. Vraag het aan een beheerder.
error-csrf = Het formulier was verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-internal = Er ging iets mis op de server. Er is niets veranderd. Probeer het later opnieuw.
error-too-large = Het formulier bevatte meer tekst dan het dashboard aanneemt; er is niets verstuurd of opgeslagen. Een antwoord mag { $reply } tekens hebben, een bestand in de bibliotheek { $file }.
error-bad-form = Het formulier kon niet worden gelezen; er is niets veranderd. Ga terug, laad de pagina opnieuw en probeer het nog eens.

nav-queue = Gesprekken
nav-content = Inhoud

content-title = Informatiebibliotheek
content-intro = Artikelen per taal en de lijst met hulp. Wijzigingen komen in de app nadat je publiceert.
content-locale-all = Alle talen
content-file-updated = gewijzigd { $when } door { $who }
content-new = Nieuw artikel
content-edit-title = { $path } bewerken
content-new-title = Nieuw artikel
content-path = Bestand (taal/onderwerp/id.md, of organisations.toml)
content-text = Tekst (front matter tussen +++-regels, dan Markdown)
content-save = Opslaan
content-saved = Opgeslagen. Publiceer om het naar de app te sturen.
content-invalid = Niet opgeslagen: { $error }
content-too-long = het bestand heeft { $count } tekens; er passen er hooguit { $max } in.
content-back = Terug naar de bibliotheek
content-published-none = Er is nog niets gepubliceerd.
content-published = Versie { $version } gepubliceerd, { $when }.
content-unpublished = { $count ->
    [one] Eén wijziging is nog niet gepubliceerd.
   *[other] { $count } wijzigingen zijn nog niet gepubliceerd.
}
content-publish = Nu publiceren
content-publish-done = Versie { $version } gepubliceerd. Apps halen hem op zodra ze online zijn.
content-publish-failed = Niet gepubliceerd: { $error }
content-article-filter = De bestanden van artikel { $id }, in elke taal.
content-show-all = Alle bestanden tonen
