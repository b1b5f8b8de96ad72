# The silent alarm (diary settings, the diary's "Help now", the calculator code).
# Every message here must also exist in every other locale's alarm.ftl.

error-alarm-code = Код має містити від 4 до 8 цифр.
error-alarm-not-duress = Це не ваш екстрений PIN-код. Спочатку встановіть екстрений PIN-код. Потім введіть його тут.
error-alarm-not-set-up = Тиху тривогу не ввімкнено. Увімкніть її в налаштуваннях щоденника.
alarm-your-organisation = ваша організація
alarm-duress-explained = Якщо вас змушують відкрити щоденник, введіть цей PIN-код: щоденник відкриється порожнім, а якщо ви так оберете, { $organisation } отримає тиху тривогу.
ui-alarm-title = Тиха тривога
ui-alarm-intro = Надішліть «Мені потрібна допомога зараз» своїй організації. На екрані нічого не видно. Організація — не поліція: у небезпеці дзвоніть 112.
ui-alarm-organisation = Організація
ui-alarm-code = Код для калькулятора (від 4 до 8 цифр, можна залишити порожнім)
ui-alarm-code-help = Після швидкого виходу введіть цей код, а потім = у калькуляторі. Тривогу буде надіслано. Калькулятор покаже звичайне число.
ui-alarm-duress = Надсилати тривогу й тоді, коли введено екстрений PIN-код
ui-alarm-duress-pin = Введіть екстрений PIN-код ще раз
ui-alarm-save = Увімкнути тиху тривогу
ui-alarm-off = Вимкнути тиху тривогу
ui-alarm-on = Тиху тривогу ввімкнено.
ui-alarm-waiting = Код і екстрений PIN-код працюють, коли телефон уже був онлайн.
ui-alarm-no-server = Спочатку вкажіть сервер своєї організації (Контакт).
ui-alarm-no-organisation = Жодна організація на вашому сервері ще не приймає тривоги. Запитайте людину, яка вам допомагає.
ui-alarm-help = Допомога зараз
ui-alarm-help-hint = Натисніть і утримуйте, щоб надіслати
ui-alarm-sent = Готово
