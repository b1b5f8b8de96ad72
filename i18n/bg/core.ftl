# Messages formatted by the core (huiskamer-core): language names, topics,
# dates, opening hours, directory and errors. UI-only strings are in ui.ftl.

# The name of this language, in this language. Shown in the language picker.
locale-name = Български

## Topics of the information library
topic-rights = Права и правила
    .description = Какво е позволено, какво ти трябва и какви са правата ти
topic-health = Здраве
    .description = Безплатни тестове за ППИ, защита и добро самочувствие
topic-money = Пари и данъци
    .description = KvK, BSN, данъци, помощи и жилище
topic-safety = Безопасност
    .description = Безопасна работа и защита на телефона ти
topic-exiting = Спиране
    .description = Помощ, ако искаш да спреш секс работата
topic-help = Къде да намериш помощ
    .description = Huiskamer, организации и спешни телефони

topic-article-count = { $count ->
    [0] Още няма статии
    [one] 1 статия
   *[other] { $count } статии
}

## Articles
# $language is the name of the language the article is shown in.
article-fallback-notice = Тази статия още не е преведена на твоя език. Показваме я на { $language }.
article-reviewed = Фактите са проверени на: { $date }
# $date is the oldest day on which a fact of the article was read at its source.
article-out-of-date = Някои факти тук са проверени за последно на { $date }, преди повече от година. Може вече да не са верни. Попитай консултант, преди да действаш според тях.

search-result-count = { $count ->
    [0] Нищо не е намерено
    [one] 1 резултат
   *[other] { $count } резултата
}

## Dates
# $day, $month (a name below) and $year
date-long = { $day } { $month } { $year } г.
month-1 = януари
month-2 = февруари
month-3 = март
month-4 = април
month-5 = май
month-6 = юни
month-7 = юли
month-8 = август
month-9 = септември
month-10 = октомври
month-11 = ноември
month-12 = декември

day-mon = понеделник
    .short = пн
day-tue = вторник
    .short = вт
day-wed = сряда
    .short = ср
day-thu = четвъртък
    .short = чт
day-fri = петък
    .short = пт
day-sat = събота
    .short = сб
day-sun = неделя
    .short = нд
days-every = Всеки ден

## Directory of help
directory-national = Цялата страна
# $days like "Mon–Fri", $open and $close like 17:00
hours-line = { $days }: { $open }–{ $close }
open-until = Сега е отворено, до { $time }
# $day is a day name, $time like 17:00
closed-opens = Затворено. Отваря: { $day }, { $time } ч.
open-always = Отворено денем и нощем
open-unknown = Не знаем работното време. Попитай, преди да отидеш.
directory-no-phone = Не даваме телефон, който не сме могли да проверим. Използвай сайта или иди на място.
directory-checked = Информацията е проверена на: { $date }
directory-not-checked = Не всички данни тук са проверени. Попитай организацията, преди да отидеш.
# $date: the oldest day on which a detail of the entry was read at its source.
directory-out-of-date = Някои данни тук са проверени за последно на { $date }, преди повече от година. Може вече да не са верни.
open-not-confirmed = Работното време не е потвърдено. Попитай, преди да отидеш.
hours-title = Работно време
# $source: who published the hours; $date: when (a date or a year).
hours-published = Последно публикувано работно време ({ $source }, { $date }). Може да се е променило.
hours-published-unsourced = Последно публикувано работно време. Може да се е променило.
# $date: the day the page was read.
directory-read = прочетено: { $date }
directory-field-phone = Телефонен номер
directory-field-address = Адрес
directory-field-hours = Работно време
directory-field-website = Сайт
directory-field-email = Имейл
directory-field-chat = Чат
directory-field-languages = Езици
directory-field-services = С какво помагат
directory-field-description = За тях

service-drop-in = Дневен център без записване (huiskamer)
service-information = Информация и съвети
service-social-work = Социална работа и практическа помощ
service-exit = Помощ за спиране (програма за излизане)
service-health = Здраве и тестове за ППИ
service-trafficking = Помощ за жертви на експлоатация и трафик на хора
service-shelter = Безопасен подслон
service-money = Пари, дългове и документи
service-legal = Правни въпроси
service-work = Работа, учене и занимания през деня
service-outreach = Хора, които те посещават на работното място
service-emergency = Спешен случай
service-police = Полиция
service-anonymous-tip = Анонимна информация за престъпление срещу друг човек (не е помощ за теб)
service-violence = Помощ след насилие
service-sexual-violence = Помощ след сексуално насилие
service-mental-health = Психично здраве и превенция на самоубийства
service-tax = Въпроси за данъци
service-online-info = Информационен сайт
service-debt = Помощ при дългове
service-advice = Съвети
service-helpline = Телефонна линия за помощ
service-rights = Твоите права като секс работник
service-peer-support = Подкрепа от други секс работници
service-reporting = Съобщи за насилие или опасен клиент
service-housing = Жилище
service-abortion = Непланирана бременност и аборт
service-contraception = Контрацепция
service-lgbt = За ЛГБТК+ хора

## Errors shown to the person
error-not-found = Тази страница не е намерена.
error-invalid-input = Не стана. Опитай отново.
error-storage = Приложението не може да прочете данните си. Рестартирай приложението. Информацията ти е запазена.
error-open-link = Тази връзка не може да се отвори на това устройство.

## Diary (the encrypted vault)
diary-kind-appointment = Среща
diary-kind-incident = Инцидент
diary-kind-note = Бележка
# $weekday is a day name, $date a long date: "Monday 23 November 2026"
diary-day = { $weekday }, { $date }
diary-week = { $from } – { $to }
diary-count = { $count ->
    [0] Няма записи
    [one] 1 запис
   *[other] { $count } записа
}
diary-conflict-copy = Копие: този запис е променен на два телефона едновременно. Запази каквото ти трябва и изтрий другото.
diary-field-place = Място
diary-field-with-whom = С кого
diary-field-notes = Бележки
diary-field-ends = Край
diary-field-check-in = Час за потвърждение
diary-field-reminder = Напомняне
diary-field-what = Какво се случи
diary-field-who = Кой
diary-field-photos = Снимки
diary-field-title = Заглавие
diary-field-text = Текст
diary-field-entry = Запис
diary-field-date = Дата
diary-field-photo-size = Снимка (твърде голяма, най-много 8 MB)
diary-field-photo-type = Снимка (само JPEG, PNG или WebP)
diary-field-auto-lock = Заключване след
diary-field-wipe-after = Изтриване след
# The only text a reminder notification ever shows.
notify-reminder = Напомняне
notify-done = Готово

error-diary-invalid = Провери това: { $field }.
error-vault-not-set-up = Дневникът ти още не е настроен.
error-vault-set-up = Дневникът ти вече е настроен.
error-vault-locked = Дневникът ти е заключен. Въведи своя ПИН.
error-vault-wrong-pin = { $seconds ->
    [0] Грешен ПИН. Опитай отново.
    [one] Грешен ПИН. Изчакай 1 секунда и опитай отново.
   *[other] Грешен ПИН. Изчакай { $seconds } секунди и опитай отново.
}
error-vault-wait = Твърде много грешни опити. Изчакай { $seconds } секунди и опитай отново.
error-vault-pin-short = ПИН кодът трябва да има поне 6 цифри.
error-vault-pin-simple = Този ПИН е твърде лесен за отгатване. Избери други цифри.
error-vault-passphrase-short = Паролата трябва да има поне 8 знака.
error-vault-duress-same = Аварийният ПИН трябва да е различен от твоя ПИН.
error-vault-tampered = Дневникът ти е променян извън това приложение, затова не се отваря. Можеш да възстановиш резервно копие или да го изтриеш от настройките.
error-recovery-key-typo = В този ключ за възстановяване има грешка при писане. Провери всяка група от 4 знака.
error-recovery-key-format = Ключът за възстановяване има 32 букви и цифри, в 8 групи по 4.
error-recovery-key-wrong = Това резервно копие е за друг ключ за възстановяване.
error-backup-corrupt = Този файл не е резервно копие на дневника или е повреден. Нищо не е променено.
error-disk-full = Телефонът ти е пълен. Нищо не е изгубено. Освободи място и опитай отново.
error-read-only = Сега приложението не може да запазва на този телефон. Нищо не е изгубено.
diary-reminder-minutes = { $minutes ->
    [60] 1 час преди това
    [120] 2 часа преди това
    [1440] 1 ден преди това
    [one] 1 минута преди това
   *[other] { $minutes } минути преди това
}
diary-minutes = { $minutes ->
    [one] 1 минута
   *[other] { $minutes } минути
}
diary-wipe-after-n = След { $count } грешни ПИН кода
diary-exported = Резервното копие е запазено: { $path }

## Sync with the partner organisation
sync-off = Няма връзка с партньорска организация. Всичко остава на този телефон.
sync-syncing = Синхронизиране…
sync-synced = Всичко е актуално
sync-offline = Няма интернет. Промените ти са запазени на този телефон и ще се изпратят по-късно.
sync-problem = Синхронизирането не успя. Приложението ще опита отново по-късно.
sync-server = Сървър: { $host }
sync-last = Последна синхронизация: { $time }
sync-progress = Изпращане: { $done } от { $total }
sync-pending = { $count ->
    [one] 1 промяна в дневника чака резервно копие.
   *[other] { $count } промени в дневника чакат резервно копие.
}
sync-queued = { $count ->
    [one] 1 съобщение чака да бъде изпратено.
   *[other] { $count } съобщения чакат да бъдат изпратени.
}
sync-locked = Отключи дневника си, за да направиш резервно копие и да изпратиш съобщения.
sync-too-large = { $count ->
    [one] 1 снимка е твърде голяма за резервното копие. Тя остава само на този телефон.
   *[other] { $count } снимки са твърде големи за резервното копие. Те остават само на този телефон.
}
sync-content = Информация: обновяване { $version }
sync-content-refused = Едно обновяване на информацията не беше инсталирано: { $reason }. Информацията, която имаш, остава.
sync-content-signature = подписът му не е валиден
sync-content-key = подписано е с ключ, който приложението не познава
sync-content-damaged = повредено е по пътя
sync-content-malformed = не може да бъде прочетено
sync-content-format = за него трябва по-нова версия на приложението
sync-content-old = по-старо е от информацията, която имаш
sync-problem-offline = Няма връзка със сървъра.
sync-problem-refused = Сървърът не прие този телефон. Попитай своята организация.
sync-problem-server = Сървърът има проблем. Приложението ще опита отново по-късно.
sync-problem-address = Този адрес на сървър не може да се използва.
sync-problem-disk-full = Телефонът ти е пълен. Освободи място. Нищо не е изгубено.
sync-problem-read-only = Сега приложението не може да запазва на този телефон. Нищо не е изгубено.
sync-problem-tampered = Дневникът ти е променян извън това приложение. Не се синхронизира.
sync-problem-device = Нещо се обърка на този телефон. Рестартирай приложението. Нищо не е изгубено.
error-sync-address = Този адрес не може да се използва. Трябва да започва с https:// (или с http:// само за самия този телефон).

## Contact with a support worker
contact-not-connected = Това приложение още не е свързано с партньорска организация. Пак можеш да се обадиш или да отидеш лично: виж „Помощ“.
contact-no-organisations = Още няма организация, която отговаря на съобщения тук, или приложението още не е било онлайн. Виж „Помощ“ за телефони и адреси.
contact-unread = { $count ->
    [one] 1 нов отговор
   *[other] { $count } нови отговора
}
contact-queued-count = { $count ->
    [one] 1 съобщение чака да бъде изпратено
   *[other] { $count } съобщения чакат да бъдат изпратени
}
contact-queued = Чака изпращане
contact-from-you = Ти
contact-closed = Организацията затвори този разговор. Ако пишеш отново, той пак се отваря.
contact-delete-server = Изтрий го тук и помоли { $organisation } също да го изтрие
contact-first-name = Можете да ме наричате: { $name }
contact-first-callback = Моля, обадете ми се на: { $number }
diary-field-message = Твоето съобщение
diary-field-name = Име
diary-field-callback = Телефонен номер (от 6 до 15 цифри)
diary-field-conversation = Разговор
diary-field-organisation = Организация
# $title: the article or the directory entry a report of a mistake is about.
contact-report-about = Съобщение за грешка в: { $title }
diary-field-about = За какво е съобщението
