# Check-in alerts for appointments (issue 18): the form and the entry's state.
# %time%, %fires%, %org% and %details% are replaced by the screen: keep them.

ui-watch-only-reminder = Az alkalmazás emlékeztet. Más nem kap értesítést.
ui-watch-enable = Ha nem jelzek időben, értesítsen egy szervezetet
ui-watch-organisation = Melyik szervezet
ui-watch-choose = Mit mondhat el nekik a riasztás? Csak azt küldjük el, amit bejelölsz és kitöltesz.
ui-watch-place = Hol (cím, szálloda és szoba)
ui-watch-who = Ki (leírás, telefonszám, autó)
ui-watch-contact = Hogyan érnek el (név, visszahívható szám)
ui-watch-note = Valami más
ui-watch-detail-place = hol
ui-watch-detail-who = ki
ui-watch-detail-contact = hogyan érnek el
ui-watch-detail-note = a jegyzeted
ui-watch-separator = ,
ui-watch-summary = Ha %time%-ig nem jelzel, %org% %fires%-kor riasztást kap ezzel: %details%. Mást nem.
ui-watch-summary-nothing = Ha %time%-ig nem jelzel, %org% %fires%-kor riasztást kap. Ez csak annyit mond, hogy nem jeleztél. Mást nem.
ui-watch-summary-no-time = Először válassz egy időpontot a jelzéshez.
ui-watch-limits = A szervezet nem a rendőrség. Veszélyben hívd a 112-t.
ui-watch-delete-alerted = A riasztás már elment. A törlés nem vonja vissza. Ha biztonságban vagy, jelöld be: „Biztonságban vagyok”, és mentsd.
ui-watch-state = Riasztás

diary-field-alert-detail = A riasztás adatai

watch-queued = Riasztás ide: { $org }. Küldésre vár. Akkor megy el, amikor a telefon online lesz.
watch-watching = { $org } { $time }-kor riasztást kap, ha nem jelzel.
watch-checked-in = Jeleztél. { $org } nem kap riasztást.
watch-checked-in-queued = Jeleztél. { $org } akkor tudja meg, amikor a telefon online lesz.
watch-alerted = Riasztás elküldve ide: { $org }, { $time }-kor.
watch-checked-in-late = Későn jeleztél, { $time }-kor. { $org } tud róla.
watch-refused = A riasztás ide: { $org } nincs beállítva. { $reason }
watch-refused-due-in-past = A jelzés ideje már elmúlt. Válassz későbbi időt, és mentsd újra.
watch-refused-due-too-far = A jelzés ideje túl messze van. Válassz időt a következő 7 napban.
watch-refused-invalid-time = A jelzés ideje nem érvényes. Válaszd ki újra.
watch-refused-detail-too-long = Az egyik adat túl hosszú. Rövidítsd, és mentsd újra.
watch-refused-alerts-not-accepted = Ez a szervezet most nem fogad riasztást.
watch-refused-watch-closed = Ez a riasztás már le van zárva.
watch-refused-alert-raised = A riasztás már elment.
watch-refused-other = A szerver elutasította. Próbáld újra később, vagy kérdezd a szervezetet.
