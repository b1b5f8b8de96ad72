# Contact: what to expect from the message form, and the Contact tab's badge.
contact-expect-default = هذا ليس لحالات الطوارئ. في خطر؟ اتصل بـ 112.
contact-tab-unread = { $tab }، { $count ->
    [zero] لا توجد محادثات فيها رد جديد
    [one] محادثة واحدة فيها رد جديد
    [two] محادثتان فيهما رد جديد
    [few] { $count } محادثات فيها رد جديد
    [many] { $count } محادثة فيها رد جديد
   *[other] { $count } محادثة فيها رد جديد
}
