# The silent alarm (diary settings, the diary's "Help now", the calculator code).
# Every message here must also exist in every other locale's alarm.ftl.

error-alarm-code = يجب أن يتكون الرمز من 4 إلى 8 أرقام.
error-alarm-not-duress = هذا ليس رمز الطوارئ الخاص بك. اضبطي رمز الطوارئ أولًا، ثم اكتبيه هنا.
error-alarm-not-set-up = الإنذار الصامت غير مُفعَّل. فعّليه في إعدادات المفكرة.
alarm-your-organisation = منظمتك
alarm-duress-explained = إذا أجبرك أحد على فتح المفكرة، اكتبي هذا الرمز: تُفتح المفكرة فارغة، وإذا اخترتِ ذلك، يصل إنذار صامت إلى { $organisation }.
ui-alarm-title = الإنذار الصامت
ui-alarm-intro = أرسلي «أحتاج إلى مساعدة الآن» إلى منظمتك. لا يظهر شيء على الشاشة. المنظمة ليست الشرطة: في الخطر اتصلي بالرقم 112.
ui-alarm-organisation = المنظمة
ui-alarm-code = رمز الآلة الحاسبة (من 4 إلى 8 أرقام، يمكن تركه فارغًا)
ui-alarm-code-help = بعد الخروج السريع، اكتبي هذا الرمز ثم = في الآلة الحاسبة. يُرسَل الإنذار. وتعرض الآلة الحاسبة رقمًا عاديًا.
ui-alarm-duress = أرسلي الإنذار أيضًا عند استخدام رمز الطوارئ
ui-alarm-duress-pin = اكتبي رمز الطوارئ مرة أخرى
ui-alarm-save = تفعيل الإنذار الصامت
ui-alarm-off = إيقاف الإنذار الصامت
ui-alarm-on = الإنذار الصامت مُفعَّل.
ui-alarm-waiting = يعمل الرمز ورمز الطوارئ بعد أن يتصل الهاتف بالإنترنت.
ui-alarm-no-server = اضبطي أولًا خادم منظمتك (التواصل).
ui-alarm-no-organisation = لا تستقبل أي منظمة على خادمك الإنذارات بعد. اسألي الشخص الذي يساعدك.
ui-alarm-help = مساعدة الآن
ui-alarm-help-hint = اضغطي مطوّلًا للإرسال
ui-alarm-sent = تم
