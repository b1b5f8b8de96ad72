# The silent alarm (diary settings, the diary's "Help now", the calculator code).
# Every message here must also exist in every other locale's alarm.ftl.

error-alarm-code = A kód 4–8 számjegyből álljon.
error-alarm-not-duress = Ez nem a vészhelyzeti PIN-kódod. Először állítsd be a vészhelyzeti PIN-kódot. Utána írd be ide.
error-alarm-not-set-up = A néma riasztás nincs bekapcsolva. Kapcsold be a napló beállításaiban.
alarm-your-organisation = a szervezeted
alarm-duress-explained = Ha valaki arra kényszerít, hogy megnyisd a naplót, írd be ezt a PIN-kódot: a napló üresen nyílik meg, és ha így választod, { $organisation } néma riasztást kap.
ui-alarm-title = Néma riasztás
ui-alarm-intro = Küldd el a szervezetednek: „Most segítség kell”. A képernyőn semmi sem látszik. A szervezet nem a rendőrség: veszélyben hívd a 112-t.
ui-alarm-organisation = Szervezet
ui-alarm-code = Számológép-kód (4–8 számjegy, üresen is hagyhatod)
ui-alarm-code-help = Gyors kilépés után írd be ezt a kódot, majd az = jelet a számológépbe. A riasztás elmegy. A számológép egy szokásos számot mutat.
ui-alarm-duress = A riasztás menjen el a vészhelyzeti PIN-kódnál is
ui-alarm-duress-pin = Írd be újra a vészhelyzeti PIN-kódodat
ui-alarm-save = Néma riasztás bekapcsolása
ui-alarm-off = Néma riasztás kikapcsolása
ui-alarm-on = A néma riasztás be van kapcsolva.
ui-alarm-waiting = A kód és a vészhelyzeti PIN-kód akkor működik, ha a telefon már volt online.
ui-alarm-no-server = Először állítsd be a szervezeted szerverét (Kapcsolat).
ui-alarm-no-organisation = A szervereden még egy szervezet sem fogad riasztásokat. Kérdezd meg a segítődet.
ui-alarm-help = Segítség most
ui-alarm-help-hint = Tartsd lenyomva a küldéshez
ui-alarm-sent = Kész
