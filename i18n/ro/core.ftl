# Messages formatted by the core (huiskamer-core): language names, topics,
# dates, opening hours, directory and errors. UI-only strings are in ui.ftl.

# The name of this language, in this language. Shown in the language picker.
locale-name = Română

## Topics of the information library
topic-rights = Drepturi și reguli
    .description = Ce este permis, de ce ai nevoie și drepturile tale
topic-health = Sănătate
    .description = Teste ITS gratuite, protecție și starea ta de bine
topic-money = Bani și impozite
    .description = KvK, BSN, impozite, ajutoare sociale și locuință
topic-safety = Siguranță
    .description = Cum lucrezi în siguranță și cum îți protejezi telefonul
topic-exiting = Renunțare
    .description = Ajutor dacă vrei să renunți la munca sexuală
topic-help = Unde găsești ajutor
    .description = Huiskamer, organizații și numere de urgență

topic-article-count = { $count ->
    [0] Încă nu există articole
    [one] 1 articol
    [few] { $count } articole
   *[other] { $count } de articole
}

## Articles
# $language is the name of the language the article is shown in.
article-fallback-notice = Acest articol nu există încă în limba ta. Este afișat în limba: { $language }.
article-reviewed = Informații verificate ultima dată: { $date }
# $date is the oldest day on which a fact of the article was read at its source.
article-out-of-date = Unele informații de aici au fost verificate ultima dată pe { $date }, acum mai mult de un an. Poate nu mai sunt valabile. Întreabă un consilier înainte să faci ceva pe baza lor.

search-result-count = { $count ->
    [0] Nu s-a găsit nimic
    [one] 1 rezultat
    [few] { $count } rezultate
   *[other] { $count } de rezultate
}

## Dates
# $day, $month (a name below) and $year
date-long = { $day } { $month } { $year }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

day-mon = luni
    .short = lun.
day-tue = marți
    .short = mar.
day-wed = miercuri
    .short = mie.
day-thu = joi
    .short = joi
day-fri = vineri
    .short = vin.
day-sat = sâmbătă
    .short = sâm.
day-sun = duminică
    .short = dum.
days-every = În fiecare zi

## Directory of help
directory-national = Toată țara
# $days like "Mon–Fri", $open and $close like 17:00
hours-line = { $days }: { $open }–{ $close }
open-until = Deschis acum, până la { $time }
# $day is a day name, $time like 17:00
closed-opens = Închis. Se deschide { $day } la { $time }
open-always = Deschis zi și noapte
open-unknown = Nu știm programul. Întreabă înainte să mergi.
directory-no-phone = Nu dăm un număr de telefon pe care nu l-am putut verifica. Folosește site-ul sau mergi acolo.
directory-checked = Informații verificate: { $date }
directory-not-checked = Nu am putut verifica toate detaliile de aici. Întreabă organizația înainte să mergi.
# $date: the oldest day on which a detail of the entry was read at its source.
directory-out-of-date = Unele detalii de aici au fost verificate ultima dată pe { $date }, acum mai mult de un an. Poate nu mai sunt valabile.
open-not-confirmed = Programul nu este confirmat. Întreabă înainte să mergi.
hours-title = Program
# $source: who published the hours; $date: when (a date or a year).
hours-published = Ultimul program publicat ({ $source }, { $date }). Poate s-a schimbat între timp.
hours-published-unsourced = Ultimul program publicat. Poate s-a schimbat între timp.
# $date: the day the page was read.
directory-read = citit: { $date }
directory-field-phone = Număr de telefon
directory-field-address = Adresă
directory-field-hours = Program
directory-field-website = Site
directory-field-email = E-mail
directory-field-chat = Chat
directory-field-languages = Limbi
directory-field-services = Ce fac
directory-field-description = Despre ei

service-drop-in = Loc primitor, fără programare (huiskamer)
service-information = Informații și sfaturi
service-social-work = Asistență socială și ajutor practic
service-exit = Ajutor ca să renunți (program de ieșire)
service-health = Sănătate și teste ITS
service-trafficking = Ajutor pentru victimele exploatării și ale traficului de persoane
service-shelter = Adăpost sigur
service-money = Bani, datorii și acte
service-legal = Întrebări juridice
service-work = Muncă, studii și activități în timpul zilei
service-outreach = Lucrători care te vizitează la muncă
service-emergency = Urgență
service-police = Poliție
service-anonymous-tip = Informație anonimă despre o infracțiune împotriva altcuiva (nu este ajutor pentru tine)
service-violence = Ajutor după violență
service-sexual-violence = Ajutor după violență sexuală
service-mental-health = Sănătate mintală și prevenirea sinuciderii
service-tax = Întrebări despre impozite
service-online-info = Site cu informații
service-debt = Ajutor cu datoriile
service-advice = Sfaturi
service-helpline = Linie telefonică de ajutor
service-rights = Drepturile tale în munca sexuală
service-peer-support = Sprijin de la alți lucrători sexuali
service-reporting = Raportează violența sau un client periculos
service-housing = Locuință
service-abortion = Sarcină neplanificată și avort
service-contraception = Contracepție
service-lgbt = Pentru persoane LGBTQ+

## Errors shown to the person
error-not-found = Această pagină nu a fost găsită.
error-invalid-input = Nu a funcționat. Încearcă din nou.
error-storage = Aplicația nu și-a putut citi datele. Repornește aplicația; informațiile tale sunt păstrate.
error-open-link = Acest link nu poate fi deschis pe acest dispozitiv.

## Diary (the encrypted vault)
diary-kind-appointment = Programare
diary-kind-incident = Incident
diary-kind-note = Notiță
# $weekday is a day name, $date a long date: "Monday 23 November 2026"
diary-day = { $weekday }, { $date }
diary-week = { $from } – { $to }
diary-count = { $count ->
    [0] Nicio însemnare
    [one] 1 însemnare
    [few] { $count } însemnări
   *[other] { $count } de însemnări
}
diary-conflict-copy = Copie: această însemnare a fost schimbată pe două telefoane în același timp. Păstrează ce îți trebuie și șterge cealaltă.
diary-field-place = Loc
diary-field-with-whom = Cu cine
diary-field-notes = Notițe
diary-field-ends = Sfârșit
diary-field-check-in = Confirmare până la
diary-field-reminder = Memento
diary-field-what = Ce s-a întâmplat
diary-field-who = Cine
diary-field-photos = Poze
diary-field-title = Titlu
diary-field-text = Text
diary-field-entry = Însemnare
diary-field-date = Data
diary-field-photo-size = Poză (prea mare, cel mult 8 MB)
diary-field-photo-type = Poză (doar JPEG, PNG sau WebP)
diary-field-auto-lock = Încuie după
diary-field-wipe-after = Șterge după
# The only text a reminder notification ever shows.
notify-reminder = Memento
notify-done = Gata

error-diary-invalid = Verifică aici: { $field }.
error-vault-not-set-up = Jurnalul tău nu este încă pregătit.
error-vault-set-up = Jurnalul tău este deja pregătit.
error-vault-locked = Jurnalul tău este încuiat. Scrie PIN-ul.
error-vault-wrong-pin = { $seconds ->
    [0] PIN greșit. Încearcă din nou.
    [one] PIN greșit. Așteaptă o secundă, apoi încearcă din nou.
    [few] PIN greșit. Așteaptă { $seconds } secunde, apoi încearcă din nou.
   *[other] PIN greșit. Așteaptă { $seconds } de secunde, apoi încearcă din nou.
}
error-vault-wait = { $seconds ->
    [one] Prea multe încercări greșite. Așteaptă o secundă, apoi încearcă din nou.
    [few] Prea multe încercări greșite. Așteaptă { $seconds } secunde, apoi încearcă din nou.
   *[other] Prea multe încercări greșite. Așteaptă { $seconds } de secunde, apoi încearcă din nou.
}
error-vault-pin-short = Un PIN trebuie să aibă cel puțin 6 cifre.
error-vault-pin-simple = Acest PIN este prea ușor de ghicit. Alege alte cifre.
error-vault-passphrase-short = O parolă trebuie să aibă cel puțin 8 caractere.
error-vault-duress-same = PIN-ul de urgență trebuie să fie diferit de PIN-ul tău.
error-vault-tampered = Jurnalul tău a fost schimbat în afara acestei aplicații, așa că nu este deschis. Poți restaura o copie de siguranță sau îl poți șterge din setări.
error-recovery-key-typo = Această cheie de recuperare are o greșeală de scriere. Verifică fiecare grup de 4 caractere.
error-recovery-key-format = O cheie de recuperare are 32 de litere și cifre, în 8 grupuri de câte 4.
error-recovery-key-wrong = Această copie de siguranță este pentru altă cheie de recuperare.
error-backup-corrupt = Acest fișier nu este o copie de siguranță a jurnalului sau este deteriorat. Nu s-a schimbat nimic.
error-disk-full = Telefonul tău este plin. Nu s-a pierdut nimic. Fă loc și încearcă din nou.
error-read-only = Aplicația nu poate salva acum pe acest telefon. Nu s-a pierdut nimic.
diary-reminder-minutes = { $minutes ->
    [60] Cu o oră înainte
    [120] Cu 2 ore înainte
    [1440] Cu o zi înainte
    [one] Cu un minut înainte
    [few] Cu { $minutes } minute înainte
   *[other] Cu { $minutes } de minute înainte
}
diary-minutes = { $minutes ->
    [one] 1 minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}
diary-wipe-after-n = { $count ->
    [one] După 1 PIN greșit
    [few] După { $count } PIN-uri greșite
   *[other] După { $count } de PIN-uri greșite
}
diary-exported = Copie de siguranță salvată: { $path }

## Sync with the partner organisation
sync-off = Nu este conectat la o organizație parteneră. Totul rămâne pe acest telefon.
sync-syncing = Se sincronizează…
sync-synced = Totul este la zi
sync-offline = Fără internet. Modificările tale sunt salvate pe acest telefon și sunt trimise mai târziu.
sync-problem = Sincronizarea nu a reușit. Aplicația încearcă din nou mai târziu.
sync-server = Server: { $host }
sync-last = Ultima sincronizare: { $time }
sync-progress = Se trimite { $done } din { $total }
sync-pending = { $count ->
    [one] O modificare din jurnal așteaptă să fie salvată în copia de siguranță.
    [few] { $count } modificări din jurnal așteaptă să fie salvate în copia de siguranță.
   *[other] { $count } de modificări din jurnal așteaptă să fie salvate în copia de siguranță.
}
sync-queued = { $count ->
    [one] Un mesaj așteaptă să fie trimis.
    [few] { $count } mesaje așteaptă să fie trimise.
   *[other] { $count } de mesaje așteaptă să fie trimise.
}
sync-locked = Deschide jurnalul ca să faci copia de siguranță și să trimiți mesaje.
sync-too-large = { $count ->
    [one] O poză este prea mare pentru copia de siguranță. Rămâne doar pe acest telefon.
    [few] { $count } poze sunt prea mari pentru copia de siguranță. Rămân doar pe acest telefon.
   *[other] { $count } de poze sunt prea mari pentru copia de siguranță. Rămân doar pe acest telefon.
}
sync-content = Informații: actualizarea { $version }
sync-content-refused = O actualizare a informațiilor nu a fost instalată: { $reason }. Informațiile pe care le ai rămân.
sync-content-signature = semnătura ei nu este valabilă
sync-content-key = este semnată cu o cheie pe care aplicația nu o cunoaște
sync-content-damaged = s-a deteriorat pe drum
sync-content-malformed = nu poate fi citită
sync-content-format = are nevoie de o versiune mai nouă a aplicației
sync-content-old = este mai veche decât informațiile pe care le ai
sync-problem-offline = Serverul nu poate fi contactat.
sync-problem-refused = Serverul nu a acceptat acest telefon. Întreabă organizația ta.
sync-problem-server = Serverul are o problemă. Aplicația încearcă din nou mai târziu.
sync-problem-address = Această adresă de server nu poate fi folosită.
sync-problem-disk-full = Telefonul tău este plin. Fă loc; nu s-a pierdut nimic.
sync-problem-read-only = Aplicația nu poate salva acum pe acest telefon. Nu s-a pierdut nimic.
sync-problem-tampered = Jurnalul tău a fost schimbat în afara acestei aplicații. Nu este sincronizat.
sync-problem-device = Ceva nu a mers bine pe acest telefon. Repornește aplicația; nu s-a pierdut nimic.
error-sync-address = Această adresă nu poate fi folosită. Trebuie să înceapă cu https:// (sau cu http:// doar pentru acest telefon).

## Contact with a support worker
contact-not-connected = Această aplicație nu este încă legată de o organizație parteneră. Poți totuși să suni sau să mergi acolo: vezi Ajutor.
contact-no-organisations = Aici nu răspunde încă nicio organizație la mesaje sau aplicația nu a fost încă online. Vezi Ajutor pentru numere de telefon și adrese.
contact-unread = { $count ->
    [one] Un răspuns nou
    [few] { $count } răspunsuri noi
   *[other] { $count } de răspunsuri noi
}
contact-queued-count = { $count ->
    [one] Un mesaj așteaptă să fie trimis
    [few] { $count } mesaje așteaptă să fie trimise
   *[other] { $count } de mesaje așteaptă să fie trimise
}
contact-queued = Așteaptă să fie trimis
contact-from-you = Tu
contact-closed = Organizația a închis această conversație. Dacă scrii din nou, se redeschide.
contact-delete-server = Șterge aici și cere-i organizației { $organisation } să o șteargă și ea
contact-first-name = Îmi poți spune: { $name }
contact-first-callback = Te rog să mă suni înapoi la: { $number }
diary-field-message = Mesajul tău
diary-field-name = Nume
diary-field-callback = Număr de telefon (între 6 și 15 cifre)
diary-field-conversation = Conversație
diary-field-organisation = Organizație
# $title: the article or the directory entry a report of a mistake is about.
contact-report-about = Raportare a unei greșeli în: { $title }
diary-field-about = Despre ce este raportarea
