# Strings of the app's screens (ui/). Plain words, short sentences.
# Every message here must also exist in every other locale's ui.ftl.

ui-app-name = Huiskamer
ui-skip = Към съдържанието
ui-quick-exit = Изход
ui-quick-exit-label = Бърз изход: скрий приложението веднага. Можеш също да натиснеш Escape два пъти.
ui-language = Език
ui-language-choose = Избери своя език
ui-nav-label = Главно меню
# Bottom menu labels: one short word each (at most about 8 letters), so they
# fit a phone screen at large text sizes.
ui-nav-library = Инфо
ui-nav-search = Търсене
ui-nav-help = Помощ

ui-library-title = Информация
ui-library-intro = Избери тема. Всичко работи без интернет.
ui-back-library = Всички теми
ui-topic-empty = Тук още няма статии.
ui-other-language = На друг език

ui-sources = Източници
ui-sources-intro = Откъде са тези факти. Връзката се отваря извън приложението.
ui-related = Прочети също
ui-link-outside = Отваря се извън приложението

ui-search-title = Търсене
ui-search-label = Търси в информацията
ui-search-hint = Напиши дума, например „тест“ или „данък“.
ui-search-none = Нищо не е намерено. Опитай с друга или по-кратка дума.

ui-help-title = Къде да намериш помощ
ui-help-intro = Организации, които могат да ти помогнат. Обади се, отиди на място или виж сайта им.
ui-help-emergency = В опасност ли си? Обади се на 112.
ui-city-filter = Място
ui-city-all = Всички места
ui-call = Обади се
ui-map = Карта
ui-website = Сайт
ui-hours = Работно време
ui-languages-spoken = Говорими езици:

ui-error-generic = Нещо се обърка. Опитай отново.

# The neutral screen after a quick exit: an ordinary calculator.
ui-calc-title = Калкулатор
ui-calc-display = Резултат
ui-calc-clear = Изчисти
ui-calc-plus = плюс
ui-calc-minus = минус
ui-calc-times = по
ui-calc-divide = делено на
ui-calc-equals = равно

## Diary
ui-nav-diary = Дневник
ui-diary-title = Моят дневник
ui-diary-setup-intro = Записвай срещи, неща, които са се случили, и бележки. Само ти можеш да ги четеш: дневникът е шифрован на този телефон и заключен с твоя ПИН.
ui-diary-pin-new = Избери ПИН (поне 6 цифри) или парола
ui-diary-pin-again = Напиши го отново
ui-diary-pin-mismatch = Двете не са еднакви. Опитай отново.
ui-diary-setup-button = Заключи дневника
ui-diary-restore-link = Възстанови резервно копие
ui-diary-recovery-title = Твоят ключ за възстановяване
ui-diary-recovery-intro = Запиши този ключ на хартия и го пази на сигурно място. С него можеш да отвориш резервно копие на дневника си на нов телефон. Виждаш го само сега.
ui-diary-print = Отпечатай
ui-diary-recovery-done = Записах го
ui-diary-locked-intro = Дневникът ти е заключен. Въведи своя ПИН.
ui-diary-pin = ПИН или парола
ui-diary-unlock = Отвори
ui-diary-lock = Заключи
ui-diary-week-previous = Предишна седмица
ui-diary-week-next = Следваща седмица
ui-diary-today = Днес
ui-diary-new = Нов запис
ui-diary-empty-day = –
ui-diary-search = Търси в дневника
ui-diary-search-none = Нищо не е намерено.
ui-diary-settings = Настройки
ui-diary-back = Обратно към дневника
ui-diary-starts = Начало
ui-diary-ends = Край (ако искаш)
ui-diary-place = Място
ui-diary-with-whom = С кого
ui-diary-check-in = Час за потвърждение (ако искаш)
ui-diary-check-in-hint = Часът, до който искаш да потвърдиш, че си в безопасност. Приложението ще ти напомни.
ui-diary-checked-in = В безопасност съм (потвърждавам)
ui-diary-reminder = Напомняне
ui-diary-reminder-none = Без напомняне
ui-diary-notes = Бележки
ui-diary-happened = Кога
ui-diary-what = Какво се случи
ui-diary-who = Кой беше там
ui-diary-photos = Снимки (пазят се шифровани)
ui-diary-photo-add = Добави снимка
ui-diary-photo-remove = Махни тази снимка
ui-diary-at = Дата и час
ui-diary-note-title = Заглавие
ui-diary-note-text = Текст
ui-diary-date-missing = Попълни датата и часа.
ui-diary-save = Запази
ui-diary-cancel = Отказ
ui-diary-delete = Изтрий
ui-diary-delete-confirm = Натисни пак, за да изтриеш
ui-diary-neutral-notice = Напомнянето показва само думата „Напомняне“, никога това, което си написал/а.
ui-diary-auto-lock = Заключвай дневника след
ui-diary-wipe-after = Изтрий дневника след грешни ПИН кодове
ui-diary-wipe-after-off = Никога
ui-diary-settings-save = Запази настройките
ui-diary-saved = Запазено.
ui-diary-duress-title = Авариен ПИН
ui-diary-duress-intro = Ако някой те принуди да отвориш дневника, въведи аварийния ПИН. Тогава дневникът ти се изтрива завинаги и се отваря празен дневник. Изглежда нормално.
ui-diary-current-pin = Сегашният ти ПИН
ui-diary-duress-pin = Авариен ПИН
ui-diary-duress-save = Задай авариен ПИН
ui-diary-change-title = Смяна на ПИН
ui-diary-new-pin = Нов ПИН или парола
ui-diary-change-save = Смени ПИН
ui-diary-backup-title = Резервно копие
ui-diary-backup-intro = Запази шифровано копие на дневника си. Само твоят ключ за възстановяване може да го отвори.
ui-diary-export = Запази копие
ui-diary-disguise-title = Маскиране
ui-diary-disguise = Показвай името на приложението като „Калкулатор“
ui-diary-wipe-title = Изтрий всичко
ui-diary-wipe-intro = Изтрий дневника и настройките си от този телефон. Това не може да се отмени.
ui-diary-wipe = Изтрий всичко
ui-diary-wipe-confirm = Да, изтрий всичко сега
ui-diary-restore-title = Възстановяване на резервно копие
ui-diary-restore-file = Файл с резервно копие
ui-diary-recovery-key = Ключ за възстановяване
ui-diary-restore-button = Възстанови

## Contact with a support worker, and sync
ui-nav-contact = Контакт
ui-contact-title = Говори с консултант
ui-contact-intro = Пиши на консултант от партньорска организация. Не е нужно да казваш името си. Съобщенията ти са заключени с ПИН-а на дневника и се изпращат, когато си онлайн.
ui-contact-needs-diary = За да пишеш съобщения, първо настрой или отвори личния си дневник. Съобщенията ти се пазят заключени с него.
ui-contact-open-diary = Отвори дневника
ui-contact-organisations = Организации, които отговарят на съобщения
ui-contact-write-to = Пиши на тази организация
ui-contact-name-label = Как да те наричаме? (може да оставиш празно)
ui-contact-callback-label = Номер, на който да ти се обадят (само ако искаш)
ui-contact-message-label = Твоето съобщение
ui-contact-send = Изпрати
ui-contact-conversations = Твоите разговори
ui-contact-back = Всички разговори
ui-contact-reply-label = Напиши съобщение
ui-contact-delete-device = Изтрий само от този телефон
ui-contact-deleted = Разговорът е изтрит.
ui-contact-sent = Запазено. Ще се изпрати, когато си онлайн.
ui-sync-title = Партньорска организация
ui-sync-server-label = Адрес на сървъра на твоята организация
ui-sync-server-hint = Организацията ти дава този адрес. Остави полето празно, за да остане всичко на този телефон.
ui-sync-server-default-hint = Приложението е настроено с адреса, показан в сиво. Напиши друг адрес само ако организацията ти даде такъв.
ui-sync-server-save = Запази адреса
ui-sync-now = Синхронизирай
ui-sync-saved = Запазено.
