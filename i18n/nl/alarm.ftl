# The silent alarm (diary settings, the diary's "Help now", the calculator code).
# Every message here must also exist in every other locale's alarm.ftl.

error-alarm-code = De code moet 4 tot 8 cijfers hebben.
error-alarm-not-duress = Dit is niet je noodpincode. Stel eerst de noodpincode in. Typ hem dan hier.
error-alarm-not-set-up = Het stille alarm staat niet aan. Zet het aan bij de instellingen van je dagboek.
alarm-your-organisation = je organisatie
alarm-duress-explained = Als iemand je dwingt het dagboek te openen, typ dan deze pincode: het dagboek opent leeg, en als je dat kiest, krijgt { $organisation } een stil alarm.
ui-alarm-title = Stil alarm
ui-alarm-intro = Stuur „Ik heb nu hulp nodig” naar je organisatie. Op het scherm is niets te zien. De organisatie is niet de politie: bel 112 bij gevaar.
ui-alarm-organisation = Organisatie
ui-alarm-code = Code voor de rekenmachine (4 tot 8 cijfers, mag leeg blijven)
ui-alarm-code-help = Typ na een snelle exit deze code en dan = in de rekenmachine. Het alarm wordt verstuurd. De rekenmachine laat een gewoon getal zien.
ui-alarm-duress = Stuur het alarm ook als de noodpincode wordt gebruikt
ui-alarm-duress-pin = Typ je noodpincode nog een keer
ui-alarm-save = Stil alarm aanzetten
ui-alarm-off = Stil alarm uitzetten
ui-alarm-on = Het stille alarm staat aan.
ui-alarm-waiting = De code en de noodpincode werken zodra de telefoon online is geweest.
ui-alarm-no-server = Stel eerst de server van je organisatie in (Contact).
ui-alarm-no-organisation = Nog geen organisatie op je server neemt alarmen aan. Vraag het je hulpverlener.
ui-alarm-help = Nu hulp
ui-alarm-help-hint = Houd ingedrukt om te versturen
ui-alarm-sent = Klaar
