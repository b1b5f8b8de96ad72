# Messages formatted by the core (huiskamer-core): language names, topics,
# dates, opening hours, directory and errors. UI-only strings are in ui.ftl.

# The name of this language, in this language. Shown in the language picker.
locale-name = العربية

## Topics of the information library
topic-rights = الحقوق والقواعد
    .description = ما هو مسموح، وما تحتاجه، وما هي حقوقك
topic-health = الصحة
    .description = فحوصات مجانية للأمراض المنقولة جنسيًا، والحماية، والراحة النفسية
topic-money = المال والضرائب
    .description = KvK وBSN والضرائب والإعانات والسكن
topic-safety = الأمان
    .description = العمل بأمان وحماية هاتفك
topic-exiting = ترك العمل
    .description = مساعدة إذا أردت ترك العمل الجنسي
topic-help = أين تجد المساعدة
    .description = الـhuiskamer والمنظمات وأرقام الطوارئ

topic-article-count = { $count ->
    [0] لا توجد مقالات بعد
    [zero] لا توجد مقالات بعد
    [one] مقال واحد
    [two] مقالان
    [few] { $count } مقالات
    [many] { $count } مقالًا
   *[other] { $count } مقال
}

## Articles
# $language is the name of the language the article is shown in.
article-fallback-notice = هذا المقال غير متوفر بلغتك بعد. هو معروض هنا بـ{ $language }.
article-reviewed = آخر مراجعة للمعلومات: { $date }
# $date is the oldest day on which a fact of the article was read at its source.
article-out-of-date = بعض المعلومات هنا رُوجعت آخر مرة في { $date }، أي قبل أكثر من سنة. ربما لم تعد صحيحة. اسأل موظف دعم قبل أن تعمل بها.

search-result-count = { $count ->
    [0] لم نجد شيئًا
    [zero] لم نجد شيئًا
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}

## Dates
# $day, $month (a name below) and $year
date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

day-mon = الاثنين
    .short = اثنين
day-tue = الثلاثاء
    .short = ثلاثاء
day-wed = الأربعاء
    .short = أربعاء
day-thu = الخميس
    .short = خميس
day-fri = الجمعة
    .short = جمعة
day-sat = السبت
    .short = سبت
day-sun = الأحد
    .short = أحد
days-every = كل يوم

## Directory of help
directory-national = كل هولندا
# $days like "Mon–Fri", $open and $close like 17:00
hours-line = { $days }: من { $open } إلى { $close }
open-until = مفتوح الآن، حتى { $time }
# $day is a day name, $time like 17:00
closed-opens = مغلق. يفتح يوم { $day } الساعة { $time }
open-always = مفتوح ليلًا ونهارًا
open-unknown = أوقات الفتح غير معروفة. اسأل قبل أن تذهب.
directory-no-phone = لا نضع رقم هاتف لم نستطع التأكد منه. استخدم الموقع الإلكتروني أو اذهب إليهم.
directory-checked = تاريخ مراجعة المعلومات: { $date }
directory-not-checked = لم نستطع التأكد من كل التفاصيل هنا. اسأل المنظمة قبل أن تذهب.
# $date: the oldest day on which a detail of the entry was read at its source.
directory-out-of-date = بعض التفاصيل هنا رُوجعت آخر مرة في { $date }، أي قبل أكثر من سنة. ربما لم تعد صحيحة.
open-not-confirmed = أوقات الفتح غير مؤكدة. اسأل قبل أن تذهب.
hours-title = أوقات الفتح
# $source: who published the hours; $date: when (a date or a year).
hours-published = آخر أوقات فتح منشورة ({ $source }، { $date }). ربما تغيرت.
hours-published-unsourced = آخر أوقات فتح منشورة. ربما تغيرت.
# $date: the day the page was read.
directory-read = تاريخ القراءة: { $date }
directory-field-phone = رقم الهاتف
directory-field-address = العنوان
directory-field-hours = أوقات الفتح
directory-field-website = الموقع الإلكتروني
directory-field-email = البريد الإلكتروني
directory-field-chat = الدردشة
directory-field-languages = اللغات
directory-field-services = ماذا يفعلون
directory-field-description = نبذة عنهم

service-drop-in = غرفة جلوس مفتوحة (huiskamer)
service-information = معلومات ونصائح
service-social-work = عمل اجتماعي ومساعدة عملية
service-exit = مساعدة لترك العمل (برنامج خروج)
service-health = الصحة وفحوصات الأمراض المنقولة جنسيًا
service-trafficking = مساعدة لضحايا الاستغلال والاتجار بالبشر
service-shelter = مأوى آمن
service-money = المال والديون والأوراق
service-legal = أسئلة قانونية
service-work = العمل والدراسة والأنشطة النهارية
service-outreach = موظفون يزورونك في مكان عملك
service-emergency = الطوارئ
service-police = الشرطة
service-anonymous-tip = بلاغ دون ذكر اسمك عن جريمة ضد شخص آخر (ليس مساعدة لك)
service-violence = مساعدة بعد العنف
service-sexual-violence = مساعدة بعد العنف الجنسي
service-mental-health = الصحة النفسية والوقاية من الانتحار
service-tax = أسئلة عن الضرائب
service-online-info = موقع معلومات
service-debt = مساعدة في الديون
service-advice = نصائح
service-helpline = خط هاتفي للمساعدة
service-rights = حقوقك في العمل الجنسي
service-peer-support = دعم من عاملين آخرين في مجال الجنس
service-reporting = الإبلاغ عن العنف أو عن زبون خطير
service-housing = السكن
service-abortion = الحمل غير المخطط له والإجهاض
service-contraception = منع الحمل
service-lgbt = لمجتمع الميم (LGBTQ+)

## Errors shown to the person
error-not-found = لم نجد هذه الصفحة.
error-invalid-input = لم ينجح ذلك. حاول مرة أخرى.
error-storage = لم يستطع التطبيق قراءة بياناته. أعد تشغيل التطبيق. معلوماتك محفوظة.
error-open-link = لا يمكن فتح هذا الرابط على هذا الجهاز.

## Diary (the encrypted vault)
diary-kind-appointment = موعد
diary-kind-incident = حادثة
diary-kind-note = ملاحظة
# $weekday is a day name, $date a long date: "Monday 23 November 2026"
diary-day = { $weekday }، { $date }
diary-week = { $from } – { $to }
diary-count = { $count ->
    [0] لا توجد تدوينات
    [zero] لا توجد تدوينات
    [one] تدوينة واحدة
    [two] تدوينتان
    [few] { $count } تدوينات
    [many] { $count } تدوينة
   *[other] { $count } تدوينة
}
diary-conflict-copy = نسخة: تم تغيير هذه التدوينة على هاتفين في نفس الوقت. احتفظ بما تحتاجه واحذف الأخرى.
diary-field-place = المكان
diary-field-with-whom = مع من
diary-field-notes = ملاحظات
diary-field-ends = النهاية
diary-field-check-in = موعد تأكيد السلامة
diary-field-reminder = تذكير
diary-field-what = ماذا حدث
diary-field-who = من
diary-field-photos = الصور
diary-field-title = العنوان
diary-field-text = النص
diary-field-entry = التدوينة
diary-field-date = التاريخ
diary-field-photo-size = صورة (كبيرة جدًا، الحد الأقصى 8 MB)
diary-field-photo-type = صورة (فقط JPEG أو PNG أو WebP)
diary-field-auto-lock = القفل بعد
diary-field-wipe-after = المسح بعد
# The only text a reminder notification ever shows.
notify-reminder = تذكير
notify-done = تم

error-diary-invalid = تحقق من هذا من فضلك: { $field }.
error-vault-not-set-up = مفكرتك غير جاهزة بعد.
error-vault-set-up = مفكرتك جاهزة من قبل.
error-vault-locked = مفكرتك مقفلة. أدخل رمز PIN.
error-vault-wrong-pin = { $seconds ->
    [0] رمز PIN خطأ. حاول مرة أخرى.
    [zero] رمز PIN خطأ. حاول مرة أخرى.
    [one] رمز PIN خطأ. انتظر ثانية واحدة، ثم حاول مرة أخرى.
    [two] رمز PIN خطأ. انتظر ثانيتين، ثم حاول مرة أخرى.
    [few] رمز PIN خطأ. انتظر { $seconds } ثوانٍ، ثم حاول مرة أخرى.
    [many] رمز PIN خطأ. انتظر { $seconds } ثانية، ثم حاول مرة أخرى.
   *[other] رمز PIN خطأ. انتظر { $seconds } ثانية، ثم حاول مرة أخرى.
}
error-vault-wait = { $seconds ->
    [zero] محاولات خاطئة كثيرة. حاول مرة أخرى.
    [one] محاولات خاطئة كثيرة. انتظر ثانية واحدة، ثم حاول مرة أخرى.
    [two] محاولات خاطئة كثيرة. انتظر ثانيتين، ثم حاول مرة أخرى.
    [few] محاولات خاطئة كثيرة. انتظر { $seconds } ثوانٍ، ثم حاول مرة أخرى.
    [many] محاولات خاطئة كثيرة. انتظر { $seconds } ثانية، ثم حاول مرة أخرى.
   *[other] محاولات خاطئة كثيرة. انتظر { $seconds } ثانية، ثم حاول مرة أخرى.
}
error-vault-pin-short = رمز PIN يجب أن يكون 6 أرقام على الأقل.
error-vault-pin-simple = من السهل جدًا تخمين هذا الرمز. اختر أرقامًا أخرى.
error-vault-passphrase-short = كلمة السر يجب أن تكون 8 حروف أو رموز على الأقل.
error-vault-duress-same = رمز الطوارئ يجب أن يكون مختلفًا عن رمز PIN الخاص بك.
error-vault-tampered = تم تغيير مفكرتك خارج هذا التطبيق، لذلك لن تُفتح. يمكنك استعادة نسخة احتياطية، أو مسحها من الإعدادات.
error-recovery-key-typo = في مفتاح الاستعادة خطأ في الكتابة. تحقق من كل مجموعة من 4 رموز.
error-recovery-key-format = مفتاح الاستعادة فيه 32 حرفًا ورقمًا، في 8 مجموعات من 4.
error-recovery-key-wrong = هذه النسخة الاحتياطية تابعة لمفتاح استعادة آخر.
error-backup-corrupt = هذا الملف ليس نسخة احتياطية للمفكرة، أو هو تالف. لم يتغير أي شيء.
error-disk-full = هاتفك ممتلئ. لم يضع أي شيء. وفّر مساحة وحاول مرة أخرى.
error-read-only = لا يستطيع التطبيق الحفظ على هذا الهاتف الآن. لم يضع أي شيء.
diary-reminder-minutes = { $minutes ->
    [60] قبل ساعة واحدة
    [120] قبل ساعتين
    [1440] قبل يوم واحد
    [zero] قبل { $minutes } دقيقة
    [one] قبل دقيقة واحدة
    [two] قبل دقيقتين
    [few] قبل { $minutes } دقائق
    [many] قبل { $minutes } دقيقة
   *[other] قبل { $minutes } دقيقة
}
diary-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
diary-wipe-after-n = { $count ->
    [zero] بعد { $count } محاولة خاطئة لرمز PIN
    [one] بعد محاولة خاطئة واحدة لرمز PIN
    [two] بعد محاولتين خاطئتين لرمز PIN
    [few] بعد { $count } محاولات خاطئة لرمز PIN
    [many] بعد { $count } محاولة خاطئة لرمز PIN
   *[other] بعد { $count } محاولة خاطئة لرمز PIN
}
diary-exported = تم حفظ النسخة الاحتياطية: { $path }

## Sync with the partner organisation
sync-off = غير متصل بمنظمة شريكة. كل شيء يبقى على هذا الهاتف.
sync-syncing = جارٍ المزامنة…
sync-synced = كل شيء محدَّث
sync-offline = لا يوجد اتصال. تغييراتك محفوظة على هذا الهاتف وستُرسل لاحقًا.
sync-problem = لم تنجح المزامنة. سيحاول التطبيق مرة أخرى لاحقًا.
sync-server = الخادم: { $host }
sync-last = آخر مزامنة: { $time }
sync-progress = إرسال { $done } من { $total }
sync-pending = { $count ->
    [zero] لا توجد تغييرات في المفكرة تنتظر النسخ الاحتياطي.
    [one] تغيير واحد في المفكرة ينتظر النسخ الاحتياطي.
    [two] تغييران في المفكرة ينتظران النسخ الاحتياطي.
    [few] { $count } تغييرات في المفكرة تنتظر النسخ الاحتياطي.
    [many] { $count } تغييرًا في المفكرة تنتظر النسخ الاحتياطي.
   *[other] { $count } تغيير في المفكرة تنتظر النسخ الاحتياطي.
}
sync-queued = { $count ->
    [zero] لا توجد رسائل تنتظر الإرسال.
    [one] رسالة واحدة تنتظر الإرسال.
    [two] رسالتان تنتظران الإرسال.
    [few] { $count } رسائل تنتظر الإرسال.
    [many] { $count } رسالة تنتظر الإرسال.
   *[other] { $count } رسالة تنتظر الإرسال.
}
sync-locked = افتح مفكرتك لعمل نسخة احتياطية ولإرسال الرسائل.
sync-too-large = { $count ->
    [zero] لا توجد صور كبيرة جدًا على النسخة الاحتياطية.
    [one] صورة واحدة كبيرة جدًا على النسخة الاحتياطية. ستبقى على هذا الهاتف فقط.
    [two] صورتان كبيرتان جدًا على النسخة الاحتياطية. ستبقيان على هذا الهاتف فقط.
    [few] { $count } صور كبيرة جدًا على النسخة الاحتياطية. ستبقى على هذا الهاتف فقط.
    [many] { $count } صورة كبيرة جدًا على النسخة الاحتياطية. ستبقى على هذا الهاتف فقط.
   *[other] { $count } صورة كبيرة جدًا على النسخة الاحتياطية. ستبقى على هذا الهاتف فقط.
}
sync-content = المعلومات: التحديث { $version }
sync-content-refused = لم يتم تثبيت تحديث للمعلومات: { $reason }. المعلومات التي عندك تبقى كما هي.
sync-content-signature = توقيعه غير صالح
sync-content-key = موقَّع بمفتاح لا يعرفه هذا التطبيق
sync-content-damaged = تلف أثناء الإرسال
sync-content-malformed = لا يمكن قراءته
sync-content-format = يحتاج إلى نسخة أحدث من التطبيق
sync-content-old = أقدم من المعلومات التي عندك
sync-problem-offline = لا يمكن الوصول إلى الخادم.
sync-problem-refused = الخادم لم يقبل هذا الهاتف. اسأل منظمتك.
sync-problem-server = توجد مشكلة في الخادم. سيحاول التطبيق مرة أخرى لاحقًا.
sync-problem-address = لا يمكن استخدام عنوان الخادم هذا.
sync-problem-disk-full = هاتفك ممتلئ. وفّر مساحة. لم يضع أي شيء.
sync-problem-read-only = لا يستطيع التطبيق الحفظ على هذا الهاتف الآن. لم يضع أي شيء.
sync-problem-tampered = تم تغيير مفكرتك خارج هذا التطبيق. لن تتم مزامنتها.
sync-problem-device = حدث خطأ في هذا الهاتف. أعد تشغيل التطبيق. لم يضع أي شيء.
error-sync-address = لا يمكن استخدام هذا العنوان. يجب أن يبدأ بـ https:// (أو http:// فقط لهذا الهاتف نفسه).

## Contact with a support worker
contact-not-connected = هذا التطبيق غير متصل بمنظمة شريكة بعد. يمكنك مع ذلك أن تتصل أو تذهب إليهم: انظر «مساعدة».
contact-no-organisations = لا توجد بعد منظمة ترد على الرسائل هنا، أو لم يتصل التطبيق بالإنترنت بعد. انظر «مساعدة» لأرقام الهواتف والعناوين.
contact-unread = { $count ->
    [zero] لا توجد ردود جديدة
    [one] رد جديد واحد
    [two] ردّان جديدان
    [few] { $count } ردود جديدة
    [many] { $count } ردًّا جديدًا
   *[other] { $count } رد جديد
}
contact-queued-count = { $count ->
    [zero] لا توجد رسائل تنتظر الإرسال
    [one] رسالة واحدة تنتظر الإرسال
    [two] رسالتان تنتظران الإرسال
    [few] { $count } رسائل تنتظر الإرسال
    [many] { $count } رسالة تنتظر الإرسال
   *[other] { $count } رسالة تنتظر الإرسال
}
contact-queued = تنتظر الإرسال
contact-from-you = أنت
contact-closed = أغلقت المنظمة هذه المحادثة. إذا كتبت مرة أخرى، ستُفتح من جديد.
contact-delete-server = احذفها هنا واطلب من { $organisation } أن تحذفها أيضًا
contact-first-name = يمكنك أن تناديني: { $name }
contact-first-callback = من فضلك اتصل بي على: { $number }
diary-field-message = رسالتك
diary-field-name = الاسم
diary-field-callback = رقم الهاتف (من 6 إلى 15 رقمًا)
diary-field-conversation = المحادثة
diary-field-organisation = المنظمة
# $title: the article or the directory entry a report of a mistake is about.
contact-report-about = بلاغ عن خطأ في: { $title }
diary-field-about = موضوع البلاغ
