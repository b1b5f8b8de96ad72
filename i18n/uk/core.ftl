# Messages formatted by the core (huiskamer-core): language names, topics,
# dates, opening hours, directory and errors. UI-only strings are in ui.ftl.

# The name of this language, in this language. Shown in the language picker.
locale-name = Українська

## Topics of the information library
topic-rights = Права і правила
    .description = Що дозволено, що тобі потрібно і які в тебе права
topic-health = Здоров'я
    .description = Безкоштовні тести на ІПСШ, захист і добре самопочуття
topic-money = Гроші й податки
    .description = KvK, BSN, податки, допомога від держави і житло
topic-safety = Безпека
    .description = Безпечна робота і захист твого телефону
topic-exiting = Вихід із секс-роботи
    .description = Допомога, якщо ти хочеш припинити секс-роботу
topic-help = Де отримати допомогу
    .description = Huiskamer, організації та екстрені номери

topic-article-count = { $count ->
    [0] Статей поки немає
    [one] { $count } стаття
    [few] { $count } статті
    [many] { $count } статей
   *[other] { $count } статті
}

## Articles
# $language is the name of the language the article is shown in.
article-fallback-notice = Цієї статті ще немає твоєю мовою. Її показано такою мовою: { $language }.
article-reviewed = Факти востаннє перевірено: { $date }
# $date is the oldest day on which a fact of the article was read at its source.
article-out-of-date = Деякі факти тут востаннє перевіряли { $date }, понад рік тому. Вони можуть бути застарілими. Перш ніж щось робити, запитай у соціального працівника.

search-result-count = { $count ->
    [0] Нічого не знайдено
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
}

## Dates
# $day, $month (a name below) and $year
date-long = { $day } { $month } { $year }
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

day-mon = Понеділок
    .short = Пн
day-tue = Вівторок
    .short = Вт
day-wed = Середа
    .short = Ср
day-thu = Четвер
    .short = Чт
day-fri = П'ятниця
    .short = Пт
day-sat = Субота
    .short = Сб
day-sun = Неділя
    .short = Нд
days-every = Щодня

## Directory of help
directory-national = Уся країна
# $days like "Mon–Fri", $open and $close like 17:00
hours-line = { $days }: { $open }–{ $close }
open-until = Зараз відчинено, до { $time }
# $day is a day name, $time like 17:00
closed-opens = Зачинено. Відчиниться: { $day }, о { $time }
open-always = Відчинено цілодобово
open-unknown = Години роботи невідомі. Запитай, перш ніж іти.
directory-no-phone = Ми не даємо номер телефону, якщо не змогли його перевірити. Скористайся вебсайтом або прийди особисто.
directory-checked = Інформацію перевірено: { $date }
directory-not-checked = Не всі дані тут вдалося перевірити. Перш ніж іти, запитай в організації.
# $date: the oldest day on which a detail of the entry was read at its source.
directory-out-of-date = Деякі дані тут востаннє перевіряли { $date }, понад рік тому. Вони можуть бути застарілими.
open-not-confirmed = Години роботи не підтверджені. Запитай, перш ніж іти.
hours-title = Години роботи
# $source: who published the hours; $date: when (a date or a year).
hours-published = Останні опубліковані години роботи ({ $source }, { $date }). Вони могли змінитися.
hours-published-unsourced = Останні опубліковані години роботи. Вони могли змінитися.
# $date: the day the page was read.
directory-read = прочитано { $date }
directory-field-phone = Номер телефону
directory-field-address = Адреса
directory-field-hours = Години роботи
directory-field-website = Вебсайт
directory-field-email = Електронна пошта
directory-field-chat = Чат
directory-field-languages = Мови
directory-field-services = Чим вони допомагають
directory-field-description = Про них

service-drop-in = Вітальня, куди можна прийти без запису (huiskamer)
service-information = Інформація і поради
service-social-work = Соціальна робота і практична допомога
service-exit = Допомога, щоб припинити (програма виходу)
service-health = Здоров'я і тести на ІПСШ
service-trafficking = Допомога постраждалим від експлуатації та торгівлі людьми
service-shelter = Безпечний притулок
service-money = Гроші, борги й документи
service-legal = Юридичні питання
service-work = Робота, навчання і заняття вдень
service-outreach = Працівники, які приходять до тебе на роботу
service-emergency = Екстрена допомога
service-police = Поліція
service-anonymous-tip = Анонімне повідомлення про злочин проти когось іншого (не допомога для тебе)
service-violence = Допомога після насильства
service-sexual-violence = Допомога після сексуального насильства
service-mental-health = Психічне здоров'я і запобігання самогубствам
service-tax = Питання про податки
service-online-info = Інформаційний вебсайт
service-debt = Допомога з боргами
service-advice = Поради
service-helpline = Телефонна лінія допомоги
service-rights = Твої права в секс-роботі
service-peer-support = Підтримка від інших секс-працівників
service-reporting = Повідомити про насильство чи небезпечного клієнта
service-housing = Житло
service-abortion = Незапланована вагітність і аборт
service-contraception = Контрацепція
service-lgbt = Для ЛГБТК+ людей

## Errors shown to the person
error-not-found = Цю сторінку не знайдено.
error-invalid-input = Не вийшло. Спробуй ще раз.
error-storage = Застосунок не зміг прочитати свої дані. Перезапусти застосунок; твою інформацію збережено.
error-open-link = Це посилання не можна відкрити на цьому пристрої.

## Diary (the encrypted vault)
diary-kind-appointment = Зустріч
diary-kind-incident = Інцидент
diary-kind-note = Нотатка
# $weekday is a day name, $date a long date: "Monday 23 November 2026"
diary-day = { $weekday }, { $date }
diary-week = { $from } – { $to }
diary-count = { $count ->
    [0] Записів немає
    [one] { $count } запис
    [few] { $count } записи
    [many] { $count } записів
   *[other] { $count } запису
}
diary-conflict-copy = Копія: цей запис змінили на двох телефонах одночасно. Залиш те, що тобі потрібно, а інше видали.
diary-field-place = Місце
diary-field-with-whom = З ким
diary-field-notes = Нотатки
diary-field-ends = Кінець
diary-field-check-in = Відмітитися до
diary-field-reminder = Нагадування
diary-field-what = Що сталося
diary-field-who = Хто
diary-field-photos = Фото
diary-field-title = Назва
diary-field-text = Текст
diary-field-entry = Запис
diary-field-date = Дата
diary-field-photo-size = Фото (завелике, максимум 8 МБ)
diary-field-photo-type = Фото (лише JPEG, PNG або WebP)
diary-field-auto-lock = Блокувати через
diary-field-wipe-after = Стерти після
# The only text a reminder notification ever shows.
notify-reminder = Нагадування
notify-done = Готово

error-diary-invalid = Перевір, будь ласка: { $field }.
error-vault-not-set-up = Твій щоденник ще не налаштовано.
error-vault-set-up = Твій щоденник уже налаштовано.
error-vault-locked = Твій щоденник заблоковано. Введи PIN-код.
error-vault-wrong-pin = { $seconds ->
    [0] Неправильний PIN-код. Спробуй ще раз.
    [one] Неправильний PIN-код. Зачекай { $seconds } секунду і спробуй ще раз.
    [few] Неправильний PIN-код. Зачекай { $seconds } секунди і спробуй ще раз.
    [many] Неправильний PIN-код. Зачекай { $seconds } секунд і спробуй ще раз.
   *[other] Неправильний PIN-код. Зачекай { $seconds } секунди і спробуй ще раз.
}
error-vault-wait = Забагато неправильних спроб. Зачекай { $seconds } с і спробуй ще раз.
error-vault-pin-short = PIN-код має бути щонайменше з 6 цифр.
error-vault-pin-simple = Цей PIN-код занадто легко вгадати. Вибери інші цифри.
error-vault-passphrase-short = Пароль має бути щонайменше з 8 символів.
error-vault-duress-same = Екстрений PIN-код має відрізнятися від твого PIN-коду.
error-vault-tampered = Твій щоденник змінили поза цим застосунком, тому він не відкривається. Ти можеш відновити резервну копію або стерти щоденник у налаштуваннях.
error-recovery-key-typo = У цьому ключі відновлення є помилка. Перевір кожну групу з 4 символів.
error-recovery-key-format = Ключ відновлення має 32 літери й цифри: 8 груп по 4.
error-recovery-key-wrong = Ця резервна копія належить до іншого ключа відновлення.
error-backup-corrupt = Цей файл не є резервною копією щоденника, або він пошкоджений. Нічого не змінено.
error-disk-full = Пам'ять телефону заповнена. Нічого не втрачено. Звільни місце і спробуй ще раз.
error-read-only = Застосунок зараз не може зберігати дані на цьому телефоні. Нічого не втрачено.
diary-reminder-minutes = { $minutes ->
    [60] За 1 годину
    [120] За 2 години
    [1440] За 1 день
    [one] За { $minutes } хвилину
    [few] За { $minutes } хвилини
    [many] За { $minutes } хвилин
   *[other] За { $minutes } хвилини
}
diary-minutes = { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
diary-wipe-after-n = Після { $count } неправильних PIN-кодів
diary-exported = Резервну копію збережено: { $path }

## Sync with the partner organisation
sync-off = Не під'єднано до організації-партнера. Усе залишається на цьому телефоні.
sync-syncing = Синхронізація…
sync-synced = Усе оновлено
sync-offline = Немає інтернету. Твої зміни збережено на цьому телефоні. Їх буде надіслано пізніше.
sync-problem = Не вдалося синхронізувати. Застосунок спробує ще раз пізніше.
sync-server = Сервер: { $host }
sync-last = Остання синхронізація: { $time }
sync-progress = Надсилання: { $done } з { $total }
sync-pending = { $count ->
    [one] { $count } зміна в щоденнику чекає на резервне копіювання.
    [few] { $count } зміни в щоденнику чекають на резервне копіювання.
    [many] { $count } змін у щоденнику чекають на резервне копіювання.
   *[other] { $count } зміни в щоденнику чекають на резервне копіювання.
}
sync-queued = { $count ->
    [one] { $count } повідомлення чекає на надсилання.
    [few] { $count } повідомлення чекають на надсилання.
    [many] { $count } повідомлень чекають на надсилання.
   *[other] { $count } повідомлення чекають на надсилання.
}
sync-locked = Відкрий щоденник, щоб зробити резервну копію і надіслати повідомлення.
sync-too-large = { $count ->
    [one] { $count } фото завелике для резервної копії. Воно залишиться лише на цьому телефоні.
    [few] { $count } фото завеликі для резервної копії. Вони залишаться лише на цьому телефоні.
    [many] { $count } фото завеликі для резервної копії. Вони залишаться лише на цьому телефоні.
   *[other] { $count } фото завеликі для резервної копії. Вони залишаться лише на цьому телефоні.
}
sync-content = Інформація: оновлення { $version }
sync-content-refused = Оновлення інформації не встановлено: { $reason }. Інформація, яка в тебе є, залишається.
sync-content-signature = його підпис недійсний
sync-content-key = його підписано ключем, якого цей застосунок не знає
sync-content-damaged = його пошкоджено під час передавання
sync-content-malformed = його неможливо прочитати
sync-content-format = для нього потрібна новіша версія застосунку
sync-content-old = воно старіше за інформацію, яка в тебе є
sync-problem-offline = Сервер недоступний.
sync-problem-refused = Сервер не прийняв цей телефон. Звернися до своєї організації.
sync-problem-server = На сервері проблема. Застосунок спробує ще раз пізніше.
sync-problem-address = Цю адресу сервера не можна використати.
sync-problem-disk-full = Пам'ять телефону заповнена. Звільни місце; нічого не втрачено.
sync-problem-read-only = Застосунок зараз не може зберігати дані на цьому телефоні. Нічого не втрачено.
sync-problem-tampered = Твій щоденник змінили поза цим застосунком. Його не синхронізовано.
sync-problem-device = На цьому телефоні щось пішло не так. Перезапусти застосунок; нічого не втрачено.
error-sync-address = Цю адресу не можна використати. Вона має починатися з https:// (або з http://, але лише для самого цього телефону).

## Contact with a support worker
contact-not-connected = Цей застосунок ще не під'єднано до організації-партнера. Ти все одно можеш зателефонувати або прийти: дивись розділ «Допомога».
contact-no-organisations = Тут поки жодна організація не відповідає на повідомлення, або застосунок ще не був в інтернеті. Номери телефонів і адреси є в розділі «Допомога».
contact-unread = { $count ->
    [one] { $count } нова відповідь
    [few] { $count } нові відповіді
    [many] { $count } нових відповідей
   *[other] { $count } нової відповіді
}
contact-queued-count = { $count ->
    [one] { $count } повідомлення чекає на надсилання
    [few] { $count } повідомлення чекають на надсилання
    [many] { $count } повідомлень чекають на надсилання
   *[other] { $count } повідомлення чекають на надсилання
}
contact-queued = Чекає на надсилання
contact-from-you = Ти
contact-closed = Організація закрила цю розмову. Якщо ти напишеш знову, розмова відкриється знову.
contact-delete-server = Видалити тут і попросити організацію { $organisation } теж її видалити
contact-first-name = Мене можна називати: { $name }
contact-first-callback = Прошу передзвонити мені на номер: { $number }
diary-field-message = Твоє повідомлення
diary-field-name = Ім'я
diary-field-callback = Номер телефону (від 6 до 15 цифр)
diary-field-conversation = Розмова
diary-field-organisation = Організація
# $title: the article or the directory entry a report of a mistake is about.
contact-report-about = Повідомлення про помилку: { $title }
diary-field-about = Про що це повідомлення
