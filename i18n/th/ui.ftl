# Strings of the app's screens (ui/). Plain words, short sentences.
# Every message here must also exist in every other locale's ui.ftl.

ui-app-name = Huiskamer
ui-skip = ข้ามไปที่เนื้อหา
ui-quick-exit = ออก
ui-quick-exit-label = ออกด่วน: ซ่อนแอปนี้ทันที หรือกดปุ่ม Escape สองครั้งก็ได้
ui-language = ภาษา
ui-language-choose = เลือกภาษาของคุณ
ui-nav-label = เมนูหลัก
# Bottom menu labels: one short word each (at most about 8 letters), so they
# fit a phone screen at large text sizes.
ui-nav-library = ข้อมูล
ui-nav-search = ค้นหา
ui-nav-help = ช่วยเหลือ

ui-library-title = ข้อมูล
ui-library-intro = เลือกหัวข้อ ทุกอย่างใช้ได้โดยไม่ต้องมีอินเทอร์เน็ต
ui-back-library = ทุกหัวข้อ
ui-topic-empty = ยังไม่มีบทความที่นี่
ui-other-language = ในภาษาอื่น

ui-sources = แหล่งข้อมูล
ui-sources-intro = ข้อมูลเหล่านี้มาจากที่ไหน ลิงก์จะเปิดนอกแอป
ui-related = อ่านเพิ่ม
ui-link-outside = เปิดนอกแอป

ui-search-title = ค้นหา
ui-search-label = ค้นหาในข้อมูล
ui-search-hint = พิมพ์คำ เช่น "ตรวจ" หรือ "ภาษี"
ui-search-none = ไม่พบอะไรเลย ลองคำอื่น หรือคำที่สั้นกว่านี้

ui-help-title = ขอความช่วยเหลือที่ไหน
ui-help-intro = องค์กรที่ช่วยคุณได้ โทร ไปหา หรือดูเว็บไซต์ของเขา
ui-help-emergency = มีอันตราย? โทร 112
ui-city-filter = สถานที่
ui-city-all = ทุกที่
ui-city-rules = กฎเรื่องงานบริการทางเพศต่างกันในแต่ละเมือง: อ่านที่นี่
ui-call = โทร
ui-map = แผนที่
ui-website = เว็บไซต์
ui-email = อีเมล
ui-chat = แชท
ui-org-sources = ข้อมูลนี้มาจากที่ไหน
ui-languages-spoken = ภาษาที่พูด:

ui-error-generic = มีบางอย่างผิดพลาด ลองอีกครั้ง

# The neutral screen after a quick exit: an ordinary calculator.
ui-calc-title = เครื่องคิดเลข
ui-calc-display = ผลลัพธ์
ui-calc-clear = ล้าง
ui-calc-plus = บวก
ui-calc-minus = ลบ
ui-calc-times = คูณ
ui-calc-divide = หาร
ui-calc-equals = เท่ากับ

## Diary
ui-nav-diary = ไดอารี่
ui-diary-title = ไดอารี่ของฉัน
ui-diary-setup-intro = จดนัดหมาย เรื่องที่เกิดขึ้น และบันทึกต่าง ๆ มีแค่คุณที่อ่านได้ ไดอารี่ถูกเข้ารหัสไว้ในโทรศัพท์นี้ และล็อกด้วย PIN ของคุณ
ui-diary-pin-new = ตั้ง PIN (อย่างน้อย 6 หลัก) หรือรหัสผ่าน
ui-diary-pin-again = พิมพ์อีกครั้ง
ui-diary-pin-mismatch = สองอันไม่เหมือนกัน ลองอีกครั้ง
ui-diary-setup-button = ล็อกไดอารี่
ui-diary-restore-link = กู้คืนข้อมูลสำรอง
ui-diary-recovery-title = กุญแจกู้คืนของคุณ
ui-diary-recovery-intro = เขียนกุญแจนี้ลงกระดาษ แล้วเก็บไว้ในที่ปลอดภัย ใช้กุญแจนี้เปิดข้อมูลสำรองของไดอารี่ในโทรศัพท์เครื่องใหม่ได้ คุณจะเห็นกุญแจนี้แค่ตอนนี้เท่านั้น
ui-diary-print = พิมพ์
ui-diary-recovery-done = ฉันจดไว้แล้ว
ui-diary-locked-intro = ไดอารี่ของคุณล็อกอยู่ ใส่ PIN ของคุณ
ui-reminder-unlock = ใส่ PIN ของคุณเพื่อเปิดการเตือน
ui-reminder-checked-in = คุณแจ้งแล้ว
ui-diary-pin = PIN หรือรหัสผ่าน
ui-diary-unlock = เปิด
ui-diary-lock = ล็อก
ui-diary-week-previous = สัปดาห์ก่อน
ui-diary-week-next = สัปดาห์หน้า
ui-diary-today = วันนี้
ui-diary-new = ใหม่
ui-diary-empty-day = –
ui-diary-search = ค้นหาในไดอารี่
ui-diary-search-none = ไม่พบอะไรเลย
ui-diary-settings = ตั้งค่า
ui-diary-back = กลับไปที่ไดอารี่
ui-diary-starts = เริ่ม
ui-diary-ends = สิ้นสุด (ถ้าต้องการ)
ui-diary-place = สถานที่
ui-diary-with-whom = กับใคร
ui-diary-check-in = แจ้งว่าปลอดภัยภายใน (ถ้าต้องการ)
ui-diary-check-in-hint = เวลาที่คุณตั้งใจจะเสร็จธุระและปลอดภัย
ui-diary-checked-in = ฉันปลอดภัย (แจ้งแล้ว)
ui-diary-reminder = การเตือน
ui-diary-reminder-none = ไม่เตือน
ui-diary-notes = บันทึก
ui-diary-happened = เมื่อไร
ui-diary-what = เกิดอะไรขึ้น
ui-diary-who = ใครอยู่ที่นั่น
ui-diary-photos = รูปภาพ (เก็บแบบเข้ารหัส)
ui-diary-photo-add = เพิ่มรูปภาพ
ui-diary-photo-remove = ลบรูปนี้
ui-diary-at = วันที่และเวลา
ui-diary-note-title = หัวข้อ
ui-diary-note-text = ข้อความ
ui-diary-date-missing = โปรดใส่วันที่และเวลา
ui-diary-save = บันทึก
ui-diary-cancel = ยกเลิก
ui-diary-delete = ลบ
ui-diary-delete-confirm = แตะอีกครั้งเพื่อลบ
ui-diary-neutral-notice = การเตือนจะแสดงแค่คำว่า "การเตือน" ไม่แสดงสิ่งที่คุณเขียน
ui-diary-auto-lock = ล็อกไดอารี่หลังจาก
ui-diary-wipe-after = ลบไดอารี่หลังใส่ PIN ผิด
ui-diary-wipe-after-off = ไม่ลบ
ui-diary-settings-save = บันทึกการตั้งค่า
ui-diary-saved = บันทึกแล้ว
ui-diary-duress-title = PIN ฉุกเฉิน
ui-diary-duress-intro = ถ้ามีคนบังคับให้คุณเปิดไดอารี่ ให้ใส่ PIN ฉุกเฉิน ไดอารี่ของคุณจะถูกลบถาวร แล้วไดอารี่ว่างจะเปิดขึ้นมา ดูเหมือนปกติ
ui-diary-current-pin = PIN ปัจจุบัน
ui-diary-duress-pin = PIN ฉุกเฉิน
ui-diary-duress-save = ตั้ง PIN ฉุกเฉิน
ui-diary-change-title = เปลี่ยน PIN
ui-diary-new-pin = PIN หรือรหัสผ่านใหม่
ui-diary-change-save = เปลี่ยน PIN
ui-diary-backup-title = ข้อมูลสำรอง
ui-diary-backup-intro = บันทึกสำเนาไดอารี่แบบเข้ารหัส มีแค่กุญแจกู้คืนของคุณที่เปิดได้
ui-diary-export = บันทึกข้อมูลสำรอง
ui-diary-disguise-title = อำพรางแอป
ui-diary-disguise = แสดงชื่อแอปเป็น "เครื่องคิดเลข"
ui-diary-wipe-title = ลบทั้งหมด
ui-diary-wipe-intro = ลบไดอารี่และการตั้งค่าออกจากโทรศัพท์นี้ ทำแล้วย้อนกลับไม่ได้
ui-diary-wipe = ลบทั้งหมด
ui-diary-wipe-confirm = ใช่ ลบทั้งหมดเดี๋ยวนี้
ui-diary-restore-title = กู้คืนข้อมูลสำรอง
ui-diary-restore-file = ไฟล์ข้อมูลสำรอง
ui-diary-recovery-key = กุญแจกู้คืน
ui-diary-restore-button = กู้คืน

## Contact with a support worker, and sync
ui-nav-contact = ติดต่อ
ui-contact-title = คุยกับเจ้าหน้าที่ช่วยเหลือ
ui-contact-intro = เขียนถึงเจ้าหน้าที่ช่วยเหลือขององค์กรพันธมิตร คุณไม่ต้องบอกชื่อ ข้อความของคุณถูกล็อกด้วย PIN ไดอารี่ และจะส่งเมื่อคุณออนไลน์
ui-contact-needs-diary = ถ้าจะเขียนข้อความ ให้ตั้งค่าหรือเปิดไดอารี่ส่วนตัวก่อน ข้อความของคุณจะถูกล็อกไว้กับไดอารี่
ui-contact-open-diary = เปิดไดอารี่
ui-contact-organisations = องค์กรที่ตอบข้อความ
ui-contact-write-to = เขียนถึงองค์กรนี้
ui-contact-name-label = ให้เราเรียกคุณว่าอะไร? (เว้นว่างได้)
ui-contact-callback-label = โทรกลับที่เบอร์ (เฉพาะถ้าอยากให้โทรกลับ)
ui-contact-message-label = ข้อความของคุณ
ui-contact-send = ส่ง
ui-contact-conversations = การสนทนาของคุณ
ui-contact-back = การสนทนาทั้งหมด
ui-contact-reply-label = เขียนข้อความ
ui-contact-delete-device = ลบจากโทรศัพท์นี้เท่านั้น
ui-contact-deleted = ลบการสนทนาแล้ว
ui-contact-sent = บันทึกแล้ว จะส่งเมื่อคุณออนไลน์
ui-sync-title = องค์กรพันธมิตร
ui-sync-server-label = ที่อยู่เซิร์ฟเวอร์ขององค์กรคุณ
ui-sync-server-hint = องค์กรของคุณจะให้ที่อยู่นี้ เว้นว่างไว้ ถ้าอยากเก็บทุกอย่างไว้ในโทรศัพท์นี้
ui-sync-server-default-hint = แอปนี้ตั้งค่าไว้กับที่อยู่สีเทาที่แสดงอยู่ พิมพ์ที่อยู่อื่นเฉพาะเมื่อองค์กรของคุณให้มา
ui-sync-server-save = บันทึกที่อยู่
ui-sync-now = ซิงค์ตอนนี้
ui-sync-saved = บันทึกแล้ว

## Reporting a mistake in an article or a directory entry
ui-report-mistake = แจ้งข้อผิดพลาด
ui-report-label = อะไรผิด?
ui-report-hint = ข้อความนี้จะส่งไปที่องค์กรช่วยเหลือ คำตอบของเขาจะอยู่ที่หน้า ติดต่อ
ui-report-send = ส่ง
ui-report-sent = ขอบคุณ เรื่องที่คุณแจ้งจะส่งไปที่องค์กรช่วยเหลือ
ui-report-queued = จะส่งเมื่อคุณออนไลน์
ui-report-see-message = ดูข้อความของคุณ
ui-report-needs-diary = ถ้าจะส่งเรื่องที่แจ้ง ให้ตั้งค่าหรือเปิดไดอารี่ส่วนตัวก่อน ข้อความจะถูกล็อกไว้กับไดอารี่
ui-report-open-contact = ไปที่หน้า ติดต่อ
