# Strings of the app's screens (ui/). Plain words, short sentences.
# Every message here must also exist in every other locale's ui.ftl.

ui-app-name = Huiskamer
ui-skip = Перейти до основного вмісту
ui-quick-exit = Вийти
ui-quick-exit-label = Швидкий вихід: сховати цей застосунок зараз. Також можна двічі натиснути Escape.
ui-language = Мова
ui-language-choose = Вибери мову
ui-nav-label = Головне меню
# Bottom menu labels: one short word each (at most about 8 letters), so they
# fit a phone screen at large text sizes.
ui-nav-library = Інфо
ui-nav-search = Пошук
ui-nav-help = Допомога

ui-library-title = Інформація
ui-library-intro = Вибери тему. Усе працює без інтернету.
ui-back-library = Усі теми
ui-topic-empty = Тут поки немає статей.
ui-other-language = Іншою мовою

ui-sources = Джерела
ui-sources-intro = Звідки ці факти. Посилання відкривається поза застосунком.
ui-related = Читай також
ui-link-outside = Відкривається поза застосунком

ui-search-title = Пошук
ui-search-label = Пошук в інформації
ui-search-hint = Введи слово, наприклад «тест» або «податок».
ui-search-none = Нічого не знайдено. Спробуй інше або коротше слово.

ui-help-title = Де отримати допомогу
ui-help-intro = Організації, які можуть тобі допомогти. Зателефонуй, прийди або подивися їхній вебсайт.
ui-help-emergency = Небезпека? Телефонуй на 112.
ui-city-filter = Місто
ui-city-all = Усі міста
ui-city-rules = Правила секс-роботи в кожному місті різні: прочитай їх
ui-call = Подзвонити
ui-map = Карта
ui-website = Вебсайт
ui-email = Ел. пошта
ui-chat = Чат
ui-org-sources = Звідки ця інформація
ui-languages-spoken = Мови спілкування:

ui-error-generic = Щось пішло не так. Спробуй ще раз.

# The neutral screen after a quick exit: an ordinary calculator.
ui-calc-title = Калькулятор
ui-calc-display = Результат
ui-calc-clear = Очистити
ui-calc-plus = плюс
ui-calc-minus = мінус
ui-calc-times = помножити на
ui-calc-divide = поділити на
ui-calc-equals = дорівнює

## Diary
ui-nav-diary = Щоденник
ui-diary-title = Мій щоденник
ui-diary-setup-intro = Записуй зустрічі, події та нотатки. Прочитати їх можеш лише ти: щоденник зашифровано на цьому телефоні й захищено твоїм PIN-кодом.
ui-diary-pin-new = Вибери PIN-код (щонайменше 6 цифр) або пароль
ui-diary-pin-again = Введи його ще раз
ui-diary-pin-mismatch = Вони не збігаються. Спробуй ще раз.
ui-diary-setup-button = Заблокувати мій щоденник
ui-diary-restore-link = Відновити резервну копію
ui-diary-recovery-title = Твій ключ відновлення
ui-diary-recovery-intro = Запиши цей ключ на папері й зберігай його в безпечному місці. З ним ти зможеш відкрити резервну копію щоденника на новому телефоні. Ти бачиш ключ лише зараз.
ui-diary-print = Надрукувати
ui-diary-recovery-done = Ключ записано
ui-diary-locked-intro = Твій щоденник заблоковано. Введи PIN-код.
ui-reminder-unlock = Введи PIN-код, щоб відкрити нагадування.
ui-reminder-checked-in = Ти відмітилася.
ui-diary-pin = PIN-код або пароль
ui-diary-unlock = Відкрити
ui-diary-lock = Заблокувати
ui-diary-week-previous = Попередній тиждень
ui-diary-week-next = Наступний тиждень
ui-diary-today = Сьогодні
ui-diary-new = Додати
ui-diary-empty-day = –
ui-diary-search = Пошук у щоденнику
ui-diary-search-none = Нічого не знайдено.
ui-diary-settings = Налаштування
ui-diary-back = Назад до щоденника
ui-diary-starts = Початок
ui-diary-ends = Кінець (за бажанням)
ui-diary-place = Місце
ui-diary-with-whom = З ким
ui-diary-check-in = Відмітитися до (за бажанням)
ui-diary-check-in-hint = Час, до якого ти хочеш закінчити й бути в безпеці.
ui-diary-checked-in = Я в безпеці (відмітку зроблено)
ui-diary-reminder = Нагадування
ui-diary-reminder-none = Без нагадування
ui-diary-notes = Нотатки
ui-diary-happened = Коли
ui-diary-what = Що сталося
ui-diary-who = Хто там був
ui-diary-photos = Фото (зберігаються зашифрованими)
ui-diary-photo-add = Додати фото
ui-diary-photo-remove = Видалити це фото
ui-diary-at = Дата і час
ui-diary-note-title = Назва
ui-diary-note-text = Текст
ui-diary-date-missing = Будь ласка, вкажи дату і час.
ui-diary-save = Зберегти
ui-diary-cancel = Скасувати
ui-diary-delete = Видалити
ui-diary-delete-confirm = Торкнися ще раз, щоб видалити
ui-diary-neutral-notice = Нагадування показує лише слово «Нагадування» і ніколи не показує, що в тебе записано.
ui-diary-auto-lock = Блокувати щоденник через
ui-diary-wipe-after = Стерти щоденник після неправильних PIN-кодів
ui-diary-wipe-after-off = Ніколи
ui-diary-settings-save = Зберегти налаштування
ui-diary-saved = Збережено.
ui-diary-duress-title = Екстрений PIN-код
ui-diary-duress-intro = Якщо тебе хтось змушує відкрити щоденник, введи екстрений PIN-код. Тоді твій щоденник буде стерто назавжди, і відкриється порожній щоденник. Він має звичайний вигляд.
ui-diary-current-pin = Твій поточний PIN-код
ui-diary-duress-pin = Екстрений PIN-код
ui-diary-duress-save = Зберегти екстрений PIN-код
ui-diary-change-title = Змінити PIN-код
ui-diary-new-pin = Новий PIN-код або пароль
ui-diary-change-save = Змінити PIN-код
ui-diary-backup-title = Резервна копія
ui-diary-backup-intro = Збережи зашифровану копію щоденника. Відкрити її можна лише твоїм ключем відновлення.
ui-diary-export = Зберегти копію
ui-diary-disguise-title = Маскування
ui-diary-disguise = Показувати назву застосунку як «Калькулятор»
ui-diary-wipe-title = Стерти все
ui-diary-wipe-intro = Це видалить твій щоденник і налаштування з цього телефону. Цього не можна скасувати.
ui-diary-wipe = Стерти все
ui-diary-wipe-confirm = Так, стерти все зараз
ui-diary-restore-title = Відновити резервну копію
ui-diary-restore-file = Файл резервної копії
ui-diary-recovery-key = Ключ відновлення
ui-diary-restore-button = Відновити

## Contact with a support worker, and sync
ui-nav-contact = Зв'язок
ui-contact-title = Поговорити із соціальним працівником
ui-contact-intro = Напиши соціальному працівникові організації-партнера. Ім'я називати не обов'язково. Твої повідомлення захищені PIN-кодом щоденника. Вони надсилаються, коли ти в інтернеті.
ui-contact-needs-diary = Щоб писати повідомлення, спершу створи або відкрий свій особистий щоденник. Твої повідомлення захищені разом із ним.
ui-contact-open-diary = Відкрити щоденник
ui-contact-organisations = Організації, які відповідають на повідомлення
ui-contact-write-to = Написати цій організації
ui-contact-name-label = Як до тебе звертатися? (можна залишити порожнім)
ui-contact-callback-label = Номер, на який тобі передзвонити (лише якщо хочеш дзвінок)
ui-contact-message-label = Твоє повідомлення
ui-contact-send = Надіслати
ui-contact-conversations = Твої розмови
ui-contact-back = Усі розмови
ui-contact-reply-label = Напиши повідомлення
ui-contact-delete-device = Видалити лише з цього телефону
ui-contact-deleted = Розмову видалено.
ui-contact-sent = Збережено. Повідомлення буде надіслано, коли ти будеш в інтернеті.
ui-sync-title = Організація-партнер
ui-sync-server-label = Адреса сервера твоєї організації
ui-sync-server-hint = Цю адресу тобі дає твоя організація. Залиш поле порожнім, щоб усе залишалося на цьому телефоні.
ui-sync-server-default-hint = Цей застосунок налаштовано з адресою, яку показано сірим. Вводь іншу адресу, лише якщо твоя організація дасть тобі іншу.
ui-sync-server-save = Зберегти адресу
ui-sync-now = Синхронізувати
ui-sync-saved = Збережено.

## Reporting a mistake in an article or a directory entry
ui-report-mistake = Повідомити про помилку
ui-report-label = Що не так?
ui-report-hint = Це повідомлення отримає організація підтримки. Відповідь з'явиться в розділі «Зв'язок».
ui-report-send = Надіслати
ui-report-sent = Дякуємо. Твоє повідомлення надійде до організації підтримки.
ui-report-queued = Його буде надіслано, коли ти будеш в інтернеті.
ui-report-see-message = Переглянути своє повідомлення
ui-report-needs-diary = Щоб надіслати повідомлення, спершу створи або відкрий свій особистий щоденник. Повідомлення захищені разом із ним.
ui-report-open-contact = Перейти до розділу «Зв'язок»
