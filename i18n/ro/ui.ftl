# Strings of the app's screens (ui/). Plain words, short sentences.
# Every message here must also exist in every other locale's ui.ftl.

ui-app-name = Huiskamer
ui-skip = Sari la conținut
ui-quick-exit = Ieșire
ui-quick-exit-label = Ieșire rapidă: ascunde acum această aplicație. Poți apăsa și de două ori tasta Escape.
ui-language = Limbă
ui-language-choose = Alege limba
ui-nav-label = Meniul principal
# Bottom menu labels: one short word each (at most about 8 letters), so they
# fit a phone screen at large text sizes.
ui-nav-library = Info
ui-nav-search = Caută
ui-nav-help = Ajutor

ui-library-title = Informații
ui-library-intro = Alege un subiect. Totul funcționează fără internet.
ui-back-library = Toate subiectele
ui-topic-empty = Aici nu există încă articole.
ui-other-language = În altă limbă

ui-sources = Surse
ui-sources-intro = De unde vin aceste informații. Linkul se deschide în afara aplicației.
ui-related = Citește și
ui-link-outside = Se deschide în afara aplicației

ui-search-title = Caută
ui-search-label = Caută în informații
ui-search-hint = Scrie un cuvânt, de exemplu „test” sau „impozit”.
ui-search-none = Nu s-a găsit nimic. Încearcă alt cuvânt sau unul mai scurt.

ui-help-title = Unde găsești ajutor
ui-help-intro = Organizații care te pot ajuta. Sună, mergi acolo sau uită-te pe site-ul lor.
ui-help-emergency = Ești în pericol? Sună la 112.
ui-city-filter = Localitate
ui-city-all = Toate localitățile
ui-call = Sună
ui-map = Hartă
ui-website = Site
ui-hours = Program
ui-languages-spoken = Limbi vorbite:

ui-error-generic = Ceva nu a mers bine. Încearcă din nou.

# The neutral screen after a quick exit: an ordinary calculator.
ui-calc-title = Calculator
ui-calc-display = Rezultat
ui-calc-clear = Șterge
ui-calc-plus = plus
ui-calc-minus = minus
ui-calc-times = ori
ui-calc-divide = împărțit la
ui-calc-equals = egal

## Diary
ui-nav-diary = Jurnal
ui-diary-title = Jurnalul meu
ui-diary-setup-intro = Notează programări, lucruri care s-au întâmplat și notițe. Doar tu le poți citi: jurnalul tău este criptat pe acest telefon și încuiat cu PIN-ul tău.
ui-diary-pin-new = Alege un PIN (cel puțin 6 cifre) sau o parolă
ui-diary-pin-again = Scrie-l din nou
ui-diary-pin-mismatch = Cele două nu sunt la fel. Încearcă din nou.
ui-diary-setup-button = Încuie jurnalul
ui-diary-restore-link = Restaurează o copie de siguranță
ui-diary-recovery-title = Cheia ta de recuperare
ui-diary-recovery-intro = Scrie această cheie pe hârtie și păstreaz-o într-un loc sigur. Cu ea poți deschide o copie de siguranță a jurnalului pe un telefon nou. O vezi doar acum.
ui-diary-print = Tipărește
ui-diary-recovery-done = Am notat-o
ui-diary-locked-intro = Jurnalul tău este încuiat. Scrie PIN-ul.
ui-diary-pin = PIN sau parolă
ui-diary-unlock = Deschide
ui-diary-lock = Încuie
ui-diary-week-previous = Săptămâna trecută
ui-diary-week-next = Săptămâna viitoare
ui-diary-today = Azi
ui-diary-new = Nou
ui-diary-empty-day = –
ui-diary-search = Caută în jurnal
ui-diary-search-none = Nu s-a găsit nimic.
ui-diary-settings = Setări
ui-diary-back = Înapoi la jurnal
ui-diary-starts = Început
ui-diary-ends = Sfârșit (dacă vrei)
ui-diary-place = Loc
ui-diary-with-whom = Cu cine
ui-diary-check-in = Confirmă până la (dacă vrei)
ui-diary-check-in-hint = Ora până la care vrei să confirmi că ești în siguranță. Aplicația îți amintește.
ui-diary-checked-in = Sunt în siguranță (confirmat)
ui-diary-reminder = Memento
ui-diary-reminder-none = Fără memento
ui-diary-notes = Notițe
ui-diary-happened = Când
ui-diary-what = Ce s-a întâmplat
ui-diary-who = Cine era acolo
ui-diary-photos = Poze (păstrate criptat)
ui-diary-photo-add = Adaugă o poză
ui-diary-photo-remove = Scoate această poză
ui-diary-at = Data și ora
ui-diary-note-title = Titlu
ui-diary-note-text = Text
ui-diary-date-missing = Completează data și ora.
ui-diary-save = Salvează
ui-diary-cancel = Anulează
ui-diary-delete = Șterge
ui-diary-delete-confirm = Apasă din nou ca să ștergi
ui-diary-neutral-notice = Un memento arată doar cuvântul „Memento”, niciodată ce ai scris.
ui-diary-auto-lock = Încuie jurnalul după
ui-diary-wipe-after = Șterge jurnalul după PIN-uri greșite
ui-diary-wipe-after-off = Niciodată
ui-diary-settings-save = Salvează setările
ui-diary-saved = Salvat.
ui-diary-duress-title = PIN de urgență
ui-diary-duress-intro = Dacă cineva te obligă să îți deschizi jurnalul, scrie PIN-ul de urgență. Jurnalul tău este atunci șters pentru totdeauna și se deschide un jurnal gol. Arată normal.
ui-diary-current-pin = PIN-ul tău de acum
ui-diary-duress-pin = PIN de urgență
ui-diary-duress-save = Setează PIN-ul de urgență
ui-diary-change-title = Schimbă PIN-ul
ui-diary-new-pin = PIN sau parolă nouă
ui-diary-change-save = Schimbă PIN-ul
ui-diary-backup-title = Copie de siguranță
ui-diary-backup-intro = Salvează o copie criptată a jurnalului tău. Doar cheia ta de recuperare o poate deschide.
ui-diary-export = Salvează o copie
ui-diary-disguise-title = Camuflaj
ui-diary-disguise = Arată numele aplicației ca „Calculator”
ui-diary-wipe-title = Șterge tot
ui-diary-wipe-intro = Șterge jurnalul și setările de pe acest telefon. Nu mai poate fi anulat.
ui-diary-wipe = Șterge tot
ui-diary-wipe-confirm = Da, șterge tot acum
ui-diary-restore-title = Restaurează o copie de siguranță
ui-diary-restore-file = Fișierul cu copia de siguranță
ui-diary-recovery-key = Cheia de recuperare
ui-diary-restore-button = Restaurează

## Contact with a support worker, and sync
ui-nav-contact = Contact
ui-contact-title = Vorbește cu un consilier
ui-contact-intro = Scrie-i unui consilier de la o organizație parteneră. Nu trebuie să spui cum te cheamă. Mesajele tale sunt încuiate cu PIN-ul jurnalului și sunt trimise când ești online.
ui-contact-needs-diary = Ca să scrii mesaje, mai întâi pregătește sau deschide jurnalul tău privat. Mesajele tale sunt păstrate încuiate împreună cu el.
ui-contact-open-diary = Deschide jurnalul
ui-contact-organisations = Organizații care răspund la mesaje
ui-contact-write-to = Scrie-i acestei organizații
ui-contact-name-label = Cum îți putem spune? (poți lăsa gol)
ui-contact-callback-label = Sună-mă înapoi la (doar dacă vrei să fii sunat)
ui-contact-message-label = Mesajul tău
ui-contact-send = Trimite
ui-contact-conversations = Conversațiile tale
ui-contact-back = Toate conversațiile
ui-contact-reply-label = Scrie un mesaj
ui-contact-delete-device = Șterge doar de pe acest telefon
ui-contact-deleted = Conversația a fost ștearsă.
ui-contact-sent = Salvat. Este trimis când ești online.
ui-sync-title = Organizația parteneră
ui-sync-server-label = Adresa serverului organizației tale
ui-sync-server-hint = Organizația ta îți dă această adresă. Lasă gol ca să păstrezi totul pe acest telefon.
ui-sync-server-default-hint = Această aplicație a fost pregătită cu adresa scrisă cu gri. Scrie altă adresă doar dacă îți dă organizația ta una.
ui-sync-server-save = Salvează adresa
ui-sync-now = Sincronizează acum
ui-sync-saved = Salvat.
