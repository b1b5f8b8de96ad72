# Check-in-meldingen en stil alarm op het dashboard (issue 18).
nav-settings = Instellingen
alerts-title = { $count ->
    [one] Eén dringende melding
   *[other] { $count } dringende meldingen
}
alert-kind-missed = Veiligheidscheck-in gemist
alert-kind-alarm = Stil alarm: "Ik heb nu hulp nodig"
alert-fired = Gemeld { $time }
alert-checked-in-late = Te laat ingecheckt om { $time }
alert-status-new = Nog niet opgepakt: niemand heeft dit op zich genomen.
alert-status-acknowledged = Opgepakt door { $name } om { $time }
alert-status-resolved = Afgehandeld door { $name } om { $time }
alert-details = Wat zij heeft gedeeld
alert-no-details = Zij heeft geen gegevens gedeeld.
alert-detail-where = Waar
alert-detail-who = Wie
alert-detail-contact = Hoe je haar bereikt
alert-detail-note = Notitie
alert-112 = Is zij misschien nu in gevaar, bel dan 112. Jullie zijn niet de politie: volg het veiligheidsplan van je organisatie.
alert-acknowledge = Oppakken: ik neem dit op me
alert-note = Notitie
alert-note-by = Door { $name } om { $time }
alert-note-label = Notitie voor collega's (wat is gedaan, wie is gebeld)
alert-note-save = Notitie bewaren
alert-note-too-long = De notitie is te lang (hoogstens { $max } tekens). Er is niets bewaard; je tekst staat hieronder.
alert-resolve = Afhandelen
settings-title = Instellingen
settings-saved = Bewaard.
settings-accepts = Veiligheidscheck-ins en stil alarm aannemen
settings-accepts-hint = Staat dit aan, dan biedt de app mensen van deze organisatie een check-in aan die jullie vanaf deze server waarschuwt als zij niet inchecken. Zet het alleen aan als iemand de meldingen bekijkt, ook 's nachts.
settings-grace = Minuten wachten na de check-in-tijd voordat de melding afgaat (0 tot 120)
settings-on-call = E-mailadres van de dienstdoende (niet verplicht)
settings-on-call-hint = Gaat er een melding af, dan krijgt dit adres een mail die alleen zegt dat er een dringende melding wacht, met een link. Geen naam, plaats of gegevens.
settings-expectation = Wat iemand kan verwachten na het schrijven (niet verplicht, staat boven het berichtformulier in de app)
settings-expectation-hint = Hoogstens { $max } tekens. Bijvoorbeeld: We antwoorden meestal binnen één werkdag. Niet voor noodgevallen: bel 112 bij gevaar.
settings-save = Instellingen bewaren
settings-grace-invalid = Het aantal minuten moet een heel getal van 0 tot 120 zijn. Er is niets bewaard.
settings-on-call-invalid = Het adres is geen e-mailadres. Er is niets bewaard.
settings-expectation-too-long = De tekst is te lang (hoogstens { $max } tekens). Er is niets bewaard.
