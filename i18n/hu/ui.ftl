# Strings of the app's screens (ui/). Plain words, short sentences.
# Every message here must also exist in every other locale's ui.ftl.

ui-app-name = Huiskamer
ui-skip = Ugrás a tartalomra
ui-quick-exit = Kilépés
ui-quick-exit-label = Gyors kilépés: az alkalmazás azonnal eltűnik. Az Escape gombot kétszer megnyomva is működik.
ui-language = Nyelv
ui-language-choose = Válaszd ki a nyelvedet
ui-nav-label = Főmenü
# Bottom menu labels: one short word each (at most about 8 letters), so they
# fit a phone screen at large text sizes.
ui-nav-library = Infó
ui-nav-search = Keresés
ui-nav-help = Segítség

ui-library-title = Információk
ui-library-intro = Válassz témát. Minden működik internet nélkül is.
ui-back-library = Minden téma
ui-topic-empty = Itt még nincsenek cikkek.
ui-other-language = Más nyelven

ui-sources = Források
ui-sources-intro = Innen származnak ezek a tények. A link az alkalmazáson kívül nyílik meg.
ui-related = Olvasd el ezt is
ui-link-outside = Az alkalmazáson kívül nyílik meg

ui-search-title = Keresés
ui-search-label = Keresés az információk között
ui-search-hint = Írj be egy szót, például: „teszt” vagy „adó”.
ui-search-none = Nincs találat. Próbálj egy másik vagy rövidebb szót.

ui-help-title = Hol kapsz segítséget
ui-help-intro = Szervezetek, amelyek segíthetnek. Hívd fel őket, menj el hozzájuk, vagy nézd meg a weboldalukat.
ui-help-emergency = Veszélyben vagy? Hívd a 112-t.
ui-city-filter = Hely
ui-city-all = Minden hely
ui-city-rules = A szexmunka szabályai városonként mások: olvasd el őket
ui-call = Hívás
ui-map = Térkép
ui-website = Weboldal
ui-email = E-mail
ui-chat = Cset
ui-org-sources = Honnan származnak ezek az információk
ui-languages-spoken = Beszélt nyelvek:

ui-error-generic = Valami hiba történt. Próbáld újra.

# The neutral screen after a quick exit: an ordinary calculator.
ui-calc-title = Számológép
ui-calc-display = Eredmény
ui-calc-clear = Törlés
ui-calc-plus = plusz
ui-calc-minus = mínusz
ui-calc-times = szorozva
ui-calc-divide = osztva
ui-calc-equals = egyenlő

## Diary
ui-nav-diary = Napló
ui-diary-title = A naplóm
ui-diary-setup-intro = Írd le az időpontjaidat, a történteket és a jegyzeteidet. Csak te olvashatod őket: a naplód titkosítva van ezen a telefonon, és a PIN-kódod zárja le.
ui-diary-pin-new = Válassz PIN-kódot (legalább 6 számjegy) vagy jelszót
ui-diary-pin-again = Írd be újra
ui-diary-pin-mismatch = A kettő nem egyezik. Próbáld újra.
ui-diary-setup-button = Napló lezárása
ui-diary-restore-link = Mentés visszaállítása
ui-diary-recovery-title = A helyreállítási kulcsod
ui-diary-recovery-intro = Írd le ezt a kulcsot papírra, és tartsd biztonságos helyen. Ezzel nyithatod meg a naplód mentését egy új telefonon. Csak most látod.
ui-diary-print = Nyomtatás
ui-diary-recovery-done = Leírtam
ui-diary-locked-intro = A naplód zárolva van. Írd be a PIN-kódodat.
ui-reminder-unlock = Írd be a PIN-kódodat az emlékeztető megnyitásához.
ui-reminder-checked-in = Jeleztél.
ui-diary-pin = PIN-kód vagy jelszó
ui-diary-unlock = Megnyitás
ui-diary-lock = Zárolás
ui-diary-week-previous = Előző hét
ui-diary-week-next = Következő hét
ui-diary-today = Ma
ui-diary-new = Új
ui-diary-empty-day = –
ui-diary-search = Keresés a naplóban
ui-diary-search-none = Nincs találat.
ui-diary-settings = Beállítások
ui-diary-back = Vissza a naplóhoz
ui-diary-starts = Kezdés
ui-diary-ends = Vége (ha szeretnéd)
ui-diary-place = Hely
ui-diary-with-whom = Kivel
ui-diary-check-in = Jelezz eddig (ha szeretnéd)
ui-diary-check-in-hint = Az időpont, amikorra végezni szeretnél, biztonságban.
ui-diary-checked-in = Biztonságban vagyok (jeleztem)
ui-diary-reminder = Emlékeztető
ui-diary-reminder-none = Nincs emlékeztető
ui-diary-notes = Jegyzetek
ui-diary-happened = Mikor
ui-diary-what = Mi történt
ui-diary-who = Ki volt ott
ui-diary-photos = Fotók (titkosítva tárolva)
ui-diary-photo-add = Fotó hozzáadása
ui-diary-photo-remove = Fotó eltávolítása
ui-diary-at = Dátum és idő
ui-diary-note-title = Cím
ui-diary-note-text = Szöveg
ui-diary-date-missing = Add meg a dátumot és az időt.
ui-diary-save = Mentés
ui-diary-cancel = Mégse
ui-diary-delete = Törlés
ui-diary-delete-confirm = Koppints újra a törléshez
ui-diary-neutral-notice = Az emlékeztetőben csak az „Emlékeztető” szó látszik, soha nem az, amit írtál.
ui-diary-auto-lock = Napló zárolása ennyi idő után
ui-diary-wipe-after = Napló törlése ennyi hibás PIN-kód után
ui-diary-wipe-after-off = Soha
ui-diary-settings-save = Beállítások mentése
ui-diary-saved = Elmentve.
ui-diary-duress-title = Vészhelyzeti PIN-kód
ui-diary-duress-intro = Ha valaki arra kényszerít, hogy megnyisd a naplódat, írd be a vészhelyzeti PIN-kódot. Ekkor a naplód végleg törlődik, és egy üres napló nyílik meg. Ez teljesen normálisnak látszik.
ui-diary-current-pin = A mostani PIN-kódod
ui-diary-duress-pin = Vészhelyzeti PIN-kód
ui-diary-duress-save = Vész-PIN beállítása
ui-diary-change-title = PIN-kód módosítása
ui-diary-new-pin = Új PIN-kód vagy jelszó
ui-diary-change-save = PIN módosítása
ui-diary-backup-title = Biztonsági mentés
ui-diary-backup-intro = Ments el egy titkosított másolatot a naplódról. Csak a helyreállítási kulcsoddal lehet megnyitni.
ui-diary-export = Mentés készítése
ui-diary-disguise-title = Álcázás
ui-diary-disguise = Az alkalmazás neve legyen „Számológép”
ui-diary-wipe-title = Minden törlése
ui-diary-wipe-intro = Törli a naplódat és a beállításaidat erről a telefonról. Ezt nem lehet visszacsinálni.
ui-diary-wipe = Minden törlése
ui-diary-wipe-confirm = Igen, most mindent törlök
ui-diary-restore-title = Mentés visszaállítása
ui-diary-restore-file = Mentésfájl
ui-diary-recovery-key = Helyreállítási kulcs
ui-diary-restore-button = Visszaállítás

## Contact with a support worker, and sync
ui-nav-contact = Kapcsolat
ui-contact-title = Írj egy segítőnek
ui-contact-intro = Írj egy partnerszervezet segítőjének. Nem kell megadnod a neved. Az üzeneteidet a napló PIN-kódja védi. Akkor mennek el, amikor online vagy.
ui-contact-needs-diary = Üzenetíráshoz előbb állítsd be vagy nyisd meg a privát naplódat. Az üzeneteid a naplóval együtt zárva maradnak.
ui-contact-open-diary = Napló megnyitása
ui-contact-organisations = Szervezetek, amelyek válaszolnak az üzenetekre
ui-contact-write-to = Írj ennek a szervezetnek
ui-contact-name-label = Hogyan szólíthatunk? (üresen is hagyhatod)
ui-contact-callback-label = Visszahívási szám (csak ha szeretnéd, hogy hívjanak)
ui-contact-message-label = Az üzeneted
ui-contact-send = Küldés
ui-contact-conversations = A beszélgetéseid
ui-contact-back = Minden beszélgetés
ui-contact-reply-label = Írj üzenetet
ui-contact-delete-device = Törlés csak erről a telefonról
ui-contact-deleted = A beszélgetés törölve.
ui-contact-sent = Elmentve. Akkor megy el, amikor online leszel.
ui-sync-title = Partnerszervezet
ui-sync-server-label = A szervezeted szervercíme
ui-sync-server-hint = Ezt a címet a szervezetedtől kapod. Ha üresen hagyod, minden ezen a telefonon marad.
ui-sync-server-default-hint = Az alkalmazásban már be van állítva a szürkével látható cím. Csak akkor írj be másik címet, ha a szervezeted ad egyet.
ui-sync-server-save = Cím mentése
ui-sync-now = Szinkronizálás
ui-sync-saved = Elmentve.

## Reporting a mistake in an article or a directory entry
ui-report-mistake = Hiba jelentése
ui-report-label = Mi a hiba?
ui-report-hint = Ez üzenetként megy el a segítő szervezethez. A válaszukat a Kapcsolat részben találod.
ui-report-send = Küldés
ui-report-sent = Köszönjük. A bejelentésed a segítő szervezethez kerül.
ui-report-queued = Akkor megy el, amikor online leszel.
ui-report-see-message = Nézd meg az üzenetedet
ui-report-needs-diary = Hiba jelentéséhez előbb állítsd be vagy nyisd meg a privát naplódat. Az üzeneteid a naplóval együtt zárva maradnak.
ui-report-open-contact = Tovább a Kapcsolat részhez
