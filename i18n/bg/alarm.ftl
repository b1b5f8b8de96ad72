# The silent alarm (diary settings, the diary's "Help now", the calculator code).
# Every message here must also exist in every other locale's alarm.ftl.

error-alarm-code = Кодът трябва да е от 4 до 8 цифри.
error-alarm-not-duress = Това не е аварийният ви ПИН. Първо задайте авариен ПИН. После го въведете тук.
error-alarm-not-set-up = Тихата аларма не е включена. Включете я в настройките на дневника.
alarm-your-organisation = вашата организация
alarm-duress-explained = Ако някой ви принуди да отворите дневника, въведете този ПИН: дневникът се отваря празен и, ако изберете, { $organisation } получава тиха аларма.
ui-alarm-title = Тиха аларма
ui-alarm-intro = Изпратете „Нуждая се от помощ сега“ до вашата организация. На екрана нищо не се вижда. Организацията не е полицията: при опасност се обадете на 112.
ui-alarm-organisation = Организация
ui-alarm-code = Код за калкулатора (от 4 до 8 цифри, може да остане празно)
ui-alarm-code-help = След бърз изход въведете този код и после = в калкулатора. Алармата се изпраща. Калкулаторът показва обикновено число.
ui-alarm-duress = Изпращане на алармата и при аварийния ПИН
ui-alarm-duress-pin = Въведете аварийния ПИН още веднъж
ui-alarm-save = Включване на тихата аларма
ui-alarm-off = Изключване на тихата аларма
ui-alarm-on = Тихата аларма е включена.
ui-alarm-waiting = Кодът и аварийният ПИН работят, след като телефонът е бил онлайн.
ui-alarm-no-server = Първо задайте сървъра на вашата организация (Контакт).
ui-alarm-no-organisation = Все още никоя организация на вашия сървър не приема аларми. Попитайте човека, който ви помага.
ui-alarm-help = Помощ сега
ui-alarm-help-hint = Задръжте, за да изпратите
ui-alarm-sent = Готово
