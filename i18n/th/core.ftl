# Messages formatted by the core (huiskamer-core): language names, topics,
# dates, opening hours, directory and errors. UI-only strings are in ui.ftl.

# The name of this language, in this language. Shown in the language picker.
locale-name = ไทย

## Topics of the information library
topic-rights = สิทธิและกฎ
    .description = อะไรทำได้ คุณต้องมีอะไร และสิทธิของคุณ
topic-health = สุขภาพ
    .description = ตรวจโรคติดต่อทางเพศสัมพันธ์ฟรี การป้องกัน และการดูแลใจ
topic-money = เงินและภาษี
    .description = KvK, BSN ภาษี เงินสวัสดิการ และที่อยู่อาศัย
topic-safety = ความปลอดภัย
    .description = ทำงานอย่างปลอดภัย และปกป้องโทรศัพท์ของคุณ
topic-exiting = เลิกงานบริการ
    .description = ความช่วยเหลือ ถ้าคุณอยากเลิกงานบริการทางเพศ
topic-help = ขอความช่วยเหลือที่ไหน
    .description = huiskamer องค์กรต่าง ๆ และเบอร์ฉุกเฉิน

topic-article-count = { $count ->
    [0] ยังไม่มีบทความ
   *[other] { $count } บทความ
}

## Articles
# $language is the name of the language the article is shown in.
article-fallback-notice = บทความนี้ยังไม่มีในภาษาของคุณ จึงแสดงเป็นภาษาอื่น: { $language }
article-reviewed = ตรวจข้อมูลล่าสุด: { $date }
# $date is the oldest day on which a fact of the article was read at its source.
article-out-of-date = ข้อมูลบางอย่างในนี้ตรวจครั้งล่าสุดเมื่อ { $date } นานกว่าหนึ่งปีแล้ว อาจไม่ทันสมัย ถามเจ้าหน้าที่ช่วยเหลือก่อนที่คุณจะทำตามข้อมูลนี้

search-result-count = { $count ->
    [0] ไม่พบอะไรเลย
   *[other] พบ { $count } รายการ
}

## Dates
# $day, $month (a name below) and $year
date-long = { $day } { $month } { $year }
month-1 = มกราคม
month-2 = กุมภาพันธ์
month-3 = มีนาคม
month-4 = เมษายน
month-5 = พฤษภาคม
month-6 = มิถุนายน
month-7 = กรกฎาคม
month-8 = สิงหาคม
month-9 = กันยายน
month-10 = ตุลาคม
month-11 = พฤศจิกายน
month-12 = ธันวาคม

day-mon = วันจันทร์
    .short = จ.
day-tue = วันอังคาร
    .short = อ.
day-wed = วันพุธ
    .short = พ.
day-thu = วันพฤหัสบดี
    .short = พฤ.
day-fri = วันศุกร์
    .short = ศ.
day-sat = วันเสาร์
    .short = ส.
day-sun = วันอาทิตย์
    .short = อา.
days-every = ทุกวัน

## Directory of help
directory-national = ทั่วประเทศ
# $days like "Mon–Fri", $open and $close like 17:00
hours-line = { $days }: { $open }–{ $close }
open-until = เปิดอยู่ ถึง { $time }
# $day is a day name, $time like 17:00
closed-opens = ปิดอยู่ เปิด{ $day } เวลา { $time }
open-always = เปิดทั้งกลางวันและกลางคืน
open-unknown = ไม่ทราบเวลาเปิด ถามก่อนไป
directory-no-phone = เราไม่ใส่เบอร์โทรที่เราตรวจสอบไม่ได้ ใช้เว็บไซต์ หรือไปที่นั่นเอง
directory-checked = ตรวจข้อมูลเมื่อ: { $date }
directory-not-checked = เราตรวจข้อมูลในนี้ไม่ได้ทุกอย่าง ถามองค์กรก่อนไป
# $date: the oldest day on which a detail of the entry was read at its source.
directory-out-of-date = ข้อมูลบางอย่างในนี้ตรวจครั้งล่าสุดเมื่อ { $date } นานกว่าหนึ่งปีแล้ว อาจไม่ทันสมัย
open-not-confirmed = ยังไม่ได้ยืนยันเวลาเปิด ถามก่อนไป
hours-title = เวลาเปิด
# $source: who published the hours; $date: when (a date or a year).
hours-published = เวลาเปิดที่ประกาศไว้ล่าสุด ({ $source }, { $date }) อาจเปลี่ยนไปแล้ว
hours-published-unsourced = เวลาเปิดที่ประกาศไว้ล่าสุด อาจเปลี่ยนไปแล้ว
# $date: the day the page was read.
directory-read = อ่านเมื่อ { $date }
directory-field-phone = เบอร์โทร
directory-field-address = ที่อยู่
directory-field-hours = เวลาเปิด
directory-field-website = เว็บไซต์
directory-field-email = อีเมล
directory-field-chat = แชท
directory-field-languages = ภาษา
directory-field-services = ช่วยเรื่องอะไร
directory-field-description = เกี่ยวกับองค์กรนี้

service-drop-in = ห้องนั่งเล่นที่แวะเข้าไปได้เลย (huiskamer)
service-information = ข้อมูลและคำแนะนำ
service-social-work = งานสังคมสงเคราะห์ และช่วยเรื่องต่าง ๆ
service-exit = ช่วยเลิกงานบริการ (โปรแกรมช่วยเลิก)
service-health = สุขภาพและตรวจโรคติดต่อทางเพศสัมพันธ์
service-trafficking = ช่วยผู้เสียหายจากการแสวงประโยชน์และการค้ามนุษย์
service-shelter = ที่พักพิงที่ปลอดภัย
service-money = เงิน หนี้ และเอกสาร
service-legal = คำถามด้านกฎหมาย
service-work = งาน การเรียน และกิจกรรมกลางวัน
service-outreach = เจ้าหน้าที่ที่ไปหาคุณถึงที่ทำงาน
service-emergency = เหตุฉุกเฉิน
service-police = ตำรวจ
service-anonymous-tip = แจ้งเบาะแสอาชญากรรมที่เกิดกับคนอื่น โดยไม่บอกชื่อ (ไม่ใช่ที่ขอความช่วยเหลือให้ตัวเอง)
service-violence = ช่วยหลังถูกทำร้าย
service-sexual-violence = ช่วยหลังถูกทำร้ายทางเพศ
service-mental-health = สุขภาพจิตและป้องกันการฆ่าตัวตาย
service-tax = คำถามเรื่องภาษี
service-online-info = เว็บไซต์ข้อมูล
service-debt = ช่วยเรื่องหนี้
service-advice = คำแนะนำ
service-helpline = สายโทรขอความช่วยเหลือ
service-rights = สิทธิของคุณในฐานะพนักงานบริการ
service-peer-support = ความช่วยเหลือจากพนักงานบริการด้วยกัน
service-reporting = แจ้งเรื่องความรุนแรงหรือลูกค้าที่อันตราย
service-housing = ที่อยู่อาศัย
service-abortion = ตั้งท้องโดยไม่ได้วางแผน และการทำแท้ง
service-contraception = การคุมกำเนิด
service-lgbt = สำหรับคน LGBTQ+

## Errors shown to the person
error-not-found = ไม่พบหน้านี้
error-invalid-input = ไม่สำเร็จ ลองอีกครั้ง
error-storage = แอปอ่านข้อมูลไม่ได้ ปิดแล้วเปิดแอปใหม่ ข้อมูลของคุณยังอยู่
error-open-link = เปิดลิงก์นี้ในเครื่องนี้ไม่ได้

## Diary (the encrypted vault)
diary-kind-appointment = นัดหมาย
diary-kind-incident = เหตุการณ์
diary-kind-note = บันทึก
# $weekday is a day name, $date a long date: "Monday 23 November 2026"
diary-day = { $weekday }ที่ { $date }
diary-week = { $from } – { $to }
diary-count = { $count ->
    [0] ไม่มีรายการ
   *[other] { $count } รายการ
}
diary-conflict-copy = สำเนา: รายการนี้ถูกแก้ในโทรศัพท์สองเครื่องพร้อมกัน เก็บอันที่คุณต้องการ แล้วลบอีกอัน
diary-field-place = สถานที่
diary-field-with-whom = กับใคร
diary-field-notes = บันทึก
diary-field-ends = สิ้นสุด
diary-field-check-in = แจ้งว่าปลอดภัยภายใน
diary-field-reminder = การเตือน
diary-field-what = เกิดอะไรขึ้น
diary-field-who = ใคร
diary-field-photos = รูปภาพ
diary-field-title = หัวข้อ
diary-field-text = ข้อความ
diary-field-entry = รายการ
diary-field-date = วันที่
diary-field-photo-size = รูปภาพ (ใหญ่เกินไป ไม่เกิน 8 MB)
diary-field-photo-type = รูปภาพ (JPEG, PNG หรือ WebP เท่านั้น)
diary-field-auto-lock = ล็อกหลังจาก
diary-field-wipe-after = ลบทั้งหมดหลังจาก
# The only text a reminder notification ever shows.
notify-reminder = การเตือน
notify-done = เสร็จแล้ว

error-diary-invalid = โปรดตรวจช่องนี้: { $field }
error-vault-not-set-up = คุณยังไม่ได้ตั้งค่าไดอารี่
error-vault-set-up = คุณตั้งค่าไดอารี่แล้ว
error-vault-locked = ไดอารี่ของคุณล็อกอยู่ ใส่ PIN ของคุณ
error-vault-wrong-pin = { $seconds ->
    [0] PIN ไม่ถูกต้อง ลองอีกครั้ง
   *[other] PIN ไม่ถูกต้อง รอ { $seconds } วินาที แล้วลองอีกครั้ง
}
error-vault-wait = ใส่ผิดหลายครั้งเกินไป รอ { $seconds } วินาที แล้วลองอีกครั้ง
error-vault-pin-short = PIN ต้องมีอย่างน้อย 6 หลัก
error-vault-pin-simple = PIN นี้เดาง่ายเกินไป เลือกตัวเลขอื่น
error-vault-passphrase-short = รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร
error-vault-duress-same = PIN ฉุกเฉินต้องไม่เหมือน PIN ของคุณ
error-vault-tampered = ไดอารี่ของคุณถูกแก้ไขนอกแอปนี้ จึงไม่เปิดให้ คุณกู้คืนจากข้อมูลสำรองได้ หรือลบทิ้งในการตั้งค่า
error-recovery-key-typo = กุญแจกู้คืนนี้พิมพ์ผิด ตรวจทีละกลุ่ม กลุ่มละ 4 ตัว
error-recovery-key-format = กุญแจกู้คืนมีตัวอักษรและตัวเลข 32 ตัว แบ่งเป็น 8 กลุ่ม กลุ่มละ 4 ตัว
error-recovery-key-wrong = ข้อมูลสำรองนี้เป็นของกุญแจกู้คืนอันอื่น
error-backup-corrupt = ไฟล์นี้ไม่ใช่ข้อมูลสำรองของไดอารี่ หรือไฟล์เสีย ไม่มีอะไรถูกเปลี่ยน
error-disk-full = โทรศัพท์ของคุณเต็ม ไม่มีอะไรหาย ลบบางอย่างให้มีที่ว่าง แล้วลองอีกครั้ง
error-read-only = ตอนนี้แอปบันทึกในโทรศัพท์นี้ไม่ได้ ไม่มีอะไรหาย
diary-reminder-minutes = { $minutes ->
    [60] ก่อน 1 ชั่วโมง
    [120] ก่อน 2 ชั่วโมง
    [1440] ก่อน 1 วัน
   *[other] ก่อน { $minutes } นาที
}
diary-minutes = { $minutes ->
   *[other] { $minutes } นาที
}
diary-wipe-after-n = หลังใส่ PIN ผิด { $count } ครั้ง
diary-exported = บันทึกข้อมูลสำรองแล้ว: { $path }

## Sync with the partner organisation
sync-off = ไม่ได้เชื่อมต่อกับองค์กรพันธมิตร ทุกอย่างอยู่ในโทรศัพท์นี้เท่านั้น
sync-syncing = กำลังซิงค์…
sync-synced = เป็นข้อมูลล่าสุดแล้ว
sync-offline = ออฟไลน์อยู่ สิ่งที่คุณเปลี่ยนบันทึกไว้ในโทรศัพท์นี้ และจะส่งทีหลัง
sync-problem = ซิงค์ไม่ได้ แอปจะลองใหม่ทีหลัง
sync-server = เซิร์ฟเวอร์: { $host }
sync-last = ซิงค์ล่าสุด: { $time }
sync-progress = กำลังส่ง { $done } จาก { $total }
sync-pending = { $count ->
   *[other] มีการเปลี่ยนแปลงในไดอารี่ { $count } รายการ รอสำรองข้อมูล
}
sync-queued = { $count ->
   *[other] มีข้อความ { $count } ข้อความ รอส่ง
}
sync-locked = เปิดล็อกไดอารี่ เพื่อสำรองข้อมูลและส่งข้อความ
sync-too-large = { $count ->
   *[other] รูปภาพ { $count } รูปใหญ่เกินไปสำหรับการสำรองข้อมูล รูปจะอยู่ในโทรศัพท์นี้เท่านั้น
}
sync-content = ข้อมูล: อัปเดต { $version }
sync-content-refused = ไม่ได้ติดตั้งการอัปเดตข้อมูล: { $reason } ข้อมูลที่คุณมีอยู่ยังอยู่ครบ
sync-content-signature = ลายเซ็นไม่ถูกต้อง
sync-content-key = เซ็นด้วยกุญแจที่แอปนี้ไม่รู้จัก
sync-content-damaged = ไฟล์เสียระหว่างทาง
sync-content-malformed = อ่านไม่ได้
sync-content-format = ต้องใช้แอปเวอร์ชันใหม่กว่านี้
sync-content-old = เก่ากว่าข้อมูลที่คุณมีอยู่
sync-problem-offline = ติดต่อเซิร์ฟเวอร์ไม่ได้
sync-problem-refused = เซิร์ฟเวอร์ไม่รับโทรศัพท์เครื่องนี้ ถามองค์กรของคุณ
sync-problem-server = เซิร์ฟเวอร์มีปัญหา แอปจะลองใหม่ทีหลัง
sync-problem-address = ใช้ที่อยู่เซิร์ฟเวอร์นี้ไม่ได้
sync-problem-disk-full = โทรศัพท์ของคุณเต็ม ลบบางอย่างให้มีที่ว่าง ไม่มีอะไรหาย
sync-problem-read-only = ตอนนี้แอปบันทึกในโทรศัพท์นี้ไม่ได้ ไม่มีอะไรหาย
sync-problem-tampered = ไดอารี่ของคุณถูกแก้ไขนอกแอปนี้ จึงไม่ซิงค์
sync-problem-device = มีปัญหาในโทรศัพท์นี้ ปิดแล้วเปิดแอปใหม่ ไม่มีอะไรหาย
error-sync-address = ใช้ที่อยู่นี้ไม่ได้ ต้องขึ้นต้นด้วย https:// (หรือ http:// สำหรับโทรศัพท์เครื่องนี้เองเท่านั้น)

## Contact with a support worker
contact-not-connected = แอปนี้ยังไม่ได้เชื่อมต่อกับองค์กรพันธมิตร คุณยังโทรหรือไปหาได้ ดูที่หน้า ช่วยเหลือ
contact-no-organisations = ยังไม่มีองค์กรที่ตอบข้อความที่นี่ หรือแอปยังไม่เคยออนไลน์ ดูเบอร์โทรและที่อยู่ที่หน้า ช่วยเหลือ
contact-unread = { $count ->
   *[other] มีคำตอบใหม่ { $count } ข้อความ
}
contact-queued-count = { $count ->
   *[other] มีข้อความ { $count } ข้อความ รอส่ง
}
contact-queued = รอส่ง
contact-from-you = คุณ
contact-closed = องค์กรปิดการสนทนานี้แล้ว ถ้าคุณเขียนมาอีก การสนทนาจะเปิดอีกครั้ง
contact-delete-server = ลบที่นี่ และขอให้ { $organisation } ลบด้วย
contact-first-name = เรียกฉันว่า: { $name }
contact-first-callback = โปรดโทรกลับที่: { $number }
diary-field-message = ข้อความของคุณ
diary-field-name = ชื่อ
diary-field-callback = เบอร์โทร (6 ถึง 15 หลัก)
diary-field-conversation = การสนทนา
diary-field-organisation = องค์กร
# $title: the article or the directory entry a report of a mistake is about.
contact-report-about = แจ้งข้อผิดพลาดใน: { $title }
diary-field-about = เรื่องที่แจ้ง
