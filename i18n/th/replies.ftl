# Contact: what to expect from the message form, and the Contact tab's badge.
contact-expect-default = ช่องทางนี้ไม่ใช่สำหรับเหตุฉุกเฉิน มีอันตราย? โทร 112
contact-tab-unread = { $tab }, { $count ->
   *[other] มีการสนทนาที่มีคำตอบใหม่ { $count } รายการ
}
