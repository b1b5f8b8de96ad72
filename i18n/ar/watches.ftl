# Check-in alerts for appointments (issue 18): the form and the entry's state.
# %time%, %fires%, %org% and %details% are replaced by the screen: keep them.

ui-watch-only-reminder = التطبيق يذكّرك. لا أحد غيرك يعرف.
ui-watch-enable = إذا لم أؤكد سلامتي في الوقت، أبلغ منظمة
ui-watch-organisation = أي منظمة
ui-watch-choose = ماذا يمكن أن يقول لهم التنبيه؟ لا يُرسل إلا ما تختارينه وتكتبينه.
ui-watch-place = أين (العنوان، الفندق والغرفة)
ui-watch-who = من (وصف، رقم الهاتف، السيارة)
ui-watch-contact = كيف يتواصلون معك (الاسم، رقم للاتصال بك)
ui-watch-note = شيء آخر
ui-watch-detail-place = أين
ui-watch-detail-who = من
ui-watch-detail-contact = كيف يتواصلون معك
ui-watch-detail-note = ملاحظتك
ui-watch-separator = ،
ui-watch-summary = إذا لم تؤكدي سلامتك قبل %time%، تصل إلى %org% تنبيه في %fires% فيه: %details%. لا شيء غير ذلك.
ui-watch-summary-nothing = إذا لم تؤكدي سلامتك قبل %time%، تصل إلى %org% تنبيه في %fires%. يقول فقط إنك لم تؤكدي سلامتك. لا شيء غير ذلك.
ui-watch-summary-no-time = اختاري أولاً وقت تأكيد السلامة.
ui-watch-limits = المنظمة ليست الشرطة. في الخطر اتصلي بالرقم 112.
ui-watch-delete-alerted = أُرسل التنبيه بالفعل. الحذف لا يلغيه. إذا كنتِ بأمان، ضعي علامة على «أنا بأمان» واحفظي.
ui-watch-state = تنبيه

diary-field-alert-detail = تفاصيل التنبيه

watch-queued = تنبيه إلى { $org }: ينتظر الإرسال. يُرسل عندما يتصل الهاتف بالإنترنت.
watch-watching = يصل إلى { $org } تنبيه في { $time } إذا لم تؤكدي سلامتك.
watch-checked-in = أكدتِ سلامتك. لن يصل إلى { $org } أي تنبيه.
watch-checked-in-queued = أكدتِ سلامتك. ستعرف { $org } ذلك عندما يتصل الهاتف بالإنترنت.
watch-alerted = أُرسل التنبيه إلى { $org } في { $time }.
watch-checked-in-late = تأكيد متأخر في { $time }. { $org } تعرف ذلك.
watch-refused = التنبيه إلى { $org } غير مفعّل: { $reason }
watch-refused-due-in-past = وقت تأكيد السلامة مضى. اختاري وقتاً لاحقاً واحفظي مرة أخرى.
watch-refused-due-too-far = وقت تأكيد السلامة بعيد جداً. اختاري وقتاً خلال الأيام 7 القادمة.
watch-refused-invalid-time = وقت تأكيد السلامة غير صحيح. اختاريه مرة أخرى.
watch-refused-detail-too-long = أحد التفاصيل طويل جداً. اختصريه واحفظي مرة أخرى.
watch-refused-alerts-not-accepted = هذه المنظمة لا تستقبل التنبيهات الآن.
watch-refused-watch-closed = هذا التنبيه مغلق بالفعل.
watch-refused-alert-raised = التنبيه أُرسل بالفعل.
watch-refused-other = الخادم رفض. حاولي لاحقاً أو اسألي المنظمة.
