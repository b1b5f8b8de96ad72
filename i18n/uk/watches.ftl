# Check-in alerts for appointments (issue 18): the form and the entry's state.
# %time%, %fires%, %org% and %details% are replaced by the screen: keep them.

ui-watch-only-reminder = Застосунок тобі нагадає. Ніхто інший не дізнається.
ui-watch-enable = Якщо я не відмічуся вчасно, повідомити організацію
ui-watch-organisation = Яку організацію
ui-watch-choose = Що може сказати їм сигнал? Надсилається лише те, що ти позначиш і заповниш.
ui-watch-place = Де (адреса, готель і кімната)
ui-watch-who = Хто (опис, номер телефону, машина)
ui-watch-contact = Як з тобою зв'язатися (ім'я, номер для зворотного дзвінка)
ui-watch-note = Щось інше
ui-watch-detail-place = де
ui-watch-detail-who = хто
ui-watch-detail-contact = як з тобою зв'язатися
ui-watch-detail-note = твоя нотатка
ui-watch-separator = ,
ui-watch-summary = Якщо ти не відмітишся до %time%, %org% отримає сигнал о %fires% з таким: %details%. Більше нічого.
ui-watch-summary-nothing = Якщо ти не відмітишся до %time%, %org% отримає сигнал о %fires%. Він каже лише, що ти не відмітилася. Більше нічого.
ui-watch-summary-no-time = Спершу вибери час, до якого відмітишся.
ui-watch-limits = Організація — це не поліція. У небезпеці дзвони 112.
ui-watch-delete-alerted = Тривогу вже надіслано. Видалення її не скасує. Якщо ви в безпеці, позначте «Я в безпеці» і збережіть.
ui-watch-state = Сигнал

diary-field-alert-detail = Дані для сигналу

watch-queued = Сигнал для { $org }: чекає на надсилання. Піде, коли телефон буде в мережі.
watch-watching = { $org } отримає сигнал о { $time }, якщо ти не відмітишся.
watch-checked-in = Ти відмітилася. { $org } не отримає сигналу.
watch-checked-in-queued = Ти відмітилася. { $org } дізнається, коли телефон буде в мережі.
watch-alerted = Сигнал надіслано до { $org } о { $time }.
watch-checked-in-late = Відмітка із запізненням о { $time }. { $org } знає про це.
watch-refused = Сигнал для { $org } не налаштовано: { $reason }
watch-refused-due-in-past = час для відмітки вже минув. Вибери пізніший час і збережи ще раз.
watch-refused-due-too-far = час для відмітки надто далеко. Вибери час у найближчі 7 днів.
watch-refused-invalid-time = час для відмітки неправильний. Вибери його ще раз.
watch-refused-detail-too-long = одне з полів надто довге. Скороти його і збережи ще раз.
watch-refused-alerts-not-accepted = ця організація зараз не приймає сигналів.
watch-refused-watch-closed = цей сигнал уже закрито.
watch-refused-alert-raised = сигнал уже надіслано.
watch-refused-other = сервер відмовив. Спробуй пізніше або запитай організацію.
