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
ui-call = Bel
ui-map = Kaart
ui-website = Website
ui-hours = Openingstijden
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
