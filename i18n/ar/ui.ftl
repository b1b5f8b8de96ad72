# Strings of the app's screens (ui/). Plain words, short sentences.
# Every message here must also exist in every other locale's ui.ftl.

ui-app-name = Huiskamer
ui-skip = انتقل إلى المحتوى
ui-quick-exit = خروج
ui-quick-exit-label = خروج سريع: أخفِ هذا التطبيق الآن. يمكنك أيضًا الضغط على زر Escape مرتين.
ui-language = اللغة
ui-language-choose = اختر لغتك
ui-nav-label = القائمة الرئيسية
# Bottom menu labels: one short word each (at most about 8 letters), so they
# fit a phone screen at large text sizes.
ui-nav-library = معلومات
ui-nav-search = بحث
ui-nav-help = مساعدة

ui-library-title = معلومات
ui-library-intro = اختر موضوعًا. كل شيء يعمل بدون إنترنت.
ui-back-library = كل المواضيع
ui-topic-empty = لا توجد مقالات هنا بعد.
ui-other-language = بلغة أخرى

ui-sources = المصادر
ui-sources-intro = من أين جاءت هذه المعلومات. الرابط يفتح خارج التطبيق.
ui-related = اقرأ أيضًا
ui-link-outside = يفتح خارج التطبيق

ui-search-title = بحث
ui-search-label = ابحث في المعلومات
ui-search-hint = اكتب كلمة، مثلًا «فحص» أو «ضريبة».
ui-search-none = لم نجد شيئًا. جرّب كلمة أخرى، أو كلمة أقصر.

ui-help-title = أين تجد المساعدة
ui-help-intro = منظمات يمكنها مساعدتك. اتصل بها، أو اذهب إليها، أو انظر موقعها الإلكتروني.
ui-help-emergency = في خطر؟ اتصل بـ 112.
ui-city-filter = المكان
ui-city-all = كل الأماكن
ui-city-rules = قواعد العمل الجنسي تختلف من مدينة إلى أخرى: اقرأها
ui-call = اتصال
ui-map = خريطة
ui-website = الموقع الإلكتروني
ui-email = بريد إلكتروني
ui-chat = دردشة
ui-org-sources = من أين جاءت هذه المعلومات
ui-languages-spoken = اللغات التي يتكلمونها:

ui-error-generic = حدث خطأ. حاول مرة أخرى.

# The neutral screen after a quick exit: an ordinary calculator.
ui-calc-title = الآلة الحاسبة
ui-calc-display = النتيجة
ui-calc-clear = مسح
ui-calc-plus = زائد
ui-calc-minus = ناقص
ui-calc-times = ضرب
ui-calc-divide = قسمة
ui-calc-equals = يساوي

## Diary
ui-nav-diary = المفكرة
ui-diary-title = مفكرتي
ui-diary-setup-intro = اكتب مواعيدك، والأشياء التي حدثت، وملاحظاتك. أنت فقط تستطيع قراءتها: مفكرتك مشفّرة على هذا الهاتف ومقفلة برمز PIN الخاص بك.
ui-diary-pin-new = اختر رمز PIN (6 أرقام على الأقل) أو كلمة سر
ui-diary-pin-again = اكتبه مرة أخرى
ui-diary-pin-mismatch = الاثنان غير متطابقين. حاول مرة أخرى.
ui-diary-setup-button = اقفل مفكرتي
ui-diary-restore-link = استعادة نسخة احتياطية
ui-diary-recovery-title = مفتاح الاستعادة الخاص بك
ui-diary-recovery-intro = اكتب هذا المفتاح على ورقة واحفظها في مكان آمن. به تستطيع فتح نسخة احتياطية من مفكرتك على هاتف جديد. سترى المفتاح الآن فقط.
ui-diary-print = طباعة
ui-diary-recovery-done = كتبته
ui-diary-locked-intro = مفكرتك مقفلة. أدخل رمز PIN.
ui-reminder-unlock = أدخل رمز PIN لفتح التذكير.
ui-reminder-checked-in = أكدتِ سلامتك.
ui-diary-pin = رمز PIN أو كلمة السر
ui-diary-unlock = فتح
ui-diary-lock = قفل
ui-diary-week-previous = الأسبوع السابق
ui-diary-week-next = الأسبوع التالي
ui-diary-today = اليوم
ui-diary-new = جديد
ui-diary-empty-day = –
ui-diary-search = ابحث في المفكرة
ui-diary-search-none = لم نجد شيئًا.
ui-diary-settings = الإعدادات
ui-diary-back = رجوع إلى المفكرة
ui-diary-starts = البداية
ui-diary-ends = النهاية (إذا أردت)
ui-diary-place = المكان
ui-diary-with-whom = مع من
ui-diary-check-in = موعد تأكيد السلامة (إذا أردت)
ui-diary-check-in-hint = الوقت الذي تريدين فيه أن تكوني قد انتهيتِ وأنتِ بأمان.
ui-diary-checked-in = أنا بأمان (تم التأكيد)
ui-diary-reminder = تذكير
ui-diary-reminder-none = بدون تذكير
ui-diary-notes = ملاحظات
ui-diary-happened = متى
ui-diary-what = ماذا حدث
ui-diary-who = من كان هناك
ui-diary-photos = صور (تُحفظ مشفّرة)
ui-diary-photo-add = أضف صورة
ui-diary-photo-remove = احذف هذه الصورة
ui-diary-at = التاريخ والوقت
ui-diary-note-title = العنوان
ui-diary-note-text = النص
ui-diary-date-missing = من فضلك اكتب التاريخ والوقت.
ui-diary-save = حفظ
ui-diary-cancel = إلغاء
ui-diary-delete = حذف
ui-diary-delete-confirm = اضغط مرة أخرى للحذف
ui-diary-neutral-notice = التذكير يُظهر فقط كلمة «تذكير»، ولا يُظهر أبدًا ما كتبته.
ui-diary-auto-lock = اقفل المفكرة بعد
ui-diary-wipe-after = امسح المفكرة بعد محاولات PIN خاطئة
ui-diary-wipe-after-off = أبدًا
ui-diary-settings-save = حفظ الإعدادات
ui-diary-saved = تم الحفظ.
ui-diary-duress-title = رمز الطوارئ
ui-diary-duress-intro = إذا أجبرك شخص على فتح مفكرتك، اكتب رمز الطوارئ. عندها تُمسح مفكرتك إلى الأبد وتُفتح مفكرة فارغة. تبدو عادية.
ui-diary-current-pin = رمز PIN الحالي
ui-diary-duress-pin = رمز الطوارئ
ui-diary-duress-save = احفظ رمز الطوارئ
ui-diary-change-title = تغيير رمز PIN
ui-diary-new-pin = رمز PIN جديد أو كلمة سر جديدة
ui-diary-change-save = غيّر رمز PIN
ui-diary-backup-title = نسخة احتياطية
ui-diary-backup-intro = احفظ نسخة مشفّرة من مفكرتك. مفتاح الاستعادة الخاص بك فقط يستطيع فتحها.
ui-diary-export = احفظ نسخة احتياطية
ui-diary-disguise-title = تمويه
ui-diary-disguise = أظهر اسم التطبيق باسم «الآلة الحاسبة»
ui-diary-wipe-title = مسح كل شيء
ui-diary-wipe-intro = احذف مفكرتك وإعداداتك من هذا الهاتف. لا يمكن التراجع عن ذلك.
ui-diary-wipe = امسح كل شيء
ui-diary-wipe-confirm = نعم، امسح كل شيء الآن
ui-diary-restore-title = استعادة نسخة احتياطية
ui-diary-restore-file = ملف النسخة الاحتياطية
ui-diary-recovery-key = مفتاح الاستعادة
ui-diary-restore-button = استعادة

## Contact with a support worker, and sync
ui-nav-contact = تواصل
ui-contact-title = تحدّث مع موظف دعم
ui-contact-intro = اكتب إلى موظف دعم في منظمة شريكة. ليس عليك أن تذكر اسمك. رسائلك مقفلة برمز PIN الخاص بمفكرتك، وتُرسل عندما تكون متصلًا بالإنترنت.
ui-contact-needs-diary = لكتابة الرسائل، جهّز مفكرتك الخاصة أو افتحها أولًا. رسائلك تبقى مقفلة معها.
ui-contact-open-diary = افتح المفكرة
ui-contact-organisations = منظمات ترد على الرسائل
ui-contact-write-to = اكتب إلى هذه المنظمة
ui-contact-name-label = بماذا نناديك؟ (يمكنك ترك هذا فارغًا)
ui-contact-callback-label = اتصلوا بي على (فقط إذا أردت مكالمة)
ui-contact-message-label = رسالتك
ui-contact-send = إرسال
ui-contact-conversations = محادثاتك
ui-contact-back = كل المحادثات
ui-contact-reply-label = اكتب رسالة
ui-contact-delete-device = احذف من هذا الهاتف فقط
ui-contact-deleted = تم حذف المحادثة.
ui-contact-sent = تم الحفظ. ستُرسل عندما تكون متصلًا بالإنترنت.
ui-sync-title = المنظمة الشريكة
ui-sync-server-label = عنوان خادم منظمتك
ui-sync-server-hint = منظمتك تعطيك هذا العنوان. اتركه فارغًا ليبقى كل شيء على هذا الهاتف.
ui-sync-server-default-hint = تم إعداد هذا التطبيق بالعنوان الظاهر باللون الرمادي. اكتب عنوانًا آخر فقط إذا أعطتك منظمتك عنوانًا.
ui-sync-server-save = احفظ العنوان
ui-sync-now = زامن الآن
ui-sync-saved = تم الحفظ.

## Reporting a mistake in an article or a directory entry
ui-report-mistake = أبلغ عن خطأ
ui-report-label = ما الخطأ؟
ui-report-hint = هذا يصل إلى منظمة الدعم كرسالة. ردّهم يظهر في قسم «تواصل».
ui-report-send = إرسال
ui-report-sent = شكرًا. بلاغك يصل إلى منظمة الدعم.
ui-report-queued = سيُرسل عندما تكون متصلًا بالإنترنت.
ui-report-see-message = انظر رسالتك
ui-report-needs-diary = لإرسال بلاغ، جهّز مفكرتك الخاصة أو افتحها أولًا. الرسائل تبقى مقفلة معها.
ui-report-open-contact = اذهب إلى «تواصل»
