# Check-in alerts for appointments (issue 18): the form and the entry's state.
# %time%, %fires%, %org% and %details% are replaced by the screen: keep them.

ui-watch-only-reminder = Приложението ти напомня. Никой друг не научава.
ui-watch-enable = Ако не потвърдя навреме, да се съобщи на организация
ui-watch-organisation = Коя организация
ui-watch-choose = Какво може да им каже сигналът? Изпраща се само това, което отбележиш и попълниш.
ui-watch-place = Къде (адрес, хотел и стая)
ui-watch-who = Кой (описание, телефонен номер, кола)
ui-watch-contact = Как да се свържат с теб (име, номер за обратно обаждане)
ui-watch-note = Друго
ui-watch-detail-place = къде
ui-watch-detail-who = кой
ui-watch-detail-contact = как да се свържат с теб
ui-watch-detail-note = твоята бележка
ui-watch-separator = ,
ui-watch-summary = Ако не си потвърдила до %time%, %org% получава сигнал в %fires% с: %details%. Нищо друго.
ui-watch-summary-nothing = Ако не си потвърдила до %time%, %org% получава сигнал в %fires%. Той казва само, че не си потвърдила. Нищо друго.
ui-watch-summary-no-time = Първо избери час за потвърждение.
ui-watch-limits = Организацията не е полицията. При опасност звъни на 112.
ui-watch-delete-alerted = Сигналът вече е изпратен. Изтриването не го отменя. Ако сте в безопасност, отбележете „В безопасност съм“ и запазете.
ui-watch-state = Сигнал

diary-field-alert-detail = Данни за сигнала

watch-queued = Сигнал за { $org }: чака да бъде изпратен. Тръгва, когато телефонът има връзка.
watch-watching = { $org } получава сигнал в { $time }, ако не си потвърдила.
watch-checked-in = Потвърди. { $org } не получава сигнал.
watch-checked-in-queued = Потвърди. { $org } ще разбере, когато телефонът има връзка.
watch-alerted = Сигналът е изпратен до { $org } в { $time }.
watch-checked-in-late = Потвърдено със закъснение в { $time }. { $org } е уведомена.
watch-refused = Сигналът за { $org } не е готов: { $reason }
watch-refused-due-in-past = часът за потвърждение вече мина. Избери по-късен час и запази отново.
watch-refused-due-too-far = часът за потвърждение е твърде далеч. Избери час в следващите 7 дни.
watch-refused-invalid-time = часът за потвърждение не е валиден. Избери го отново.
watch-refused-detail-too-long = едно от полетата е твърде дълго. Съкрати го и запази отново.
watch-refused-alerts-not-accepted = тази организация сега не приема сигнали.
watch-refused-watch-closed = този сигнал вече е затворен.
watch-refused-alert-raised = сигналът вече е изпратен.
watch-refused-other = сървърът отказа. Опитай пак по-късно или попитай организацията.
