# The silent alarm (diary settings, the diary's "Help now", the calculator code).
# Every message here must also exist in every other locale's alarm.ftl.

error-alarm-code = รหัสต้องมี 4 ถึง 8 หลัก
error-alarm-not-duress = นี่ไม่ใช่ PIN ฉุกเฉินของคุณ ตั้ง PIN ฉุกเฉินก่อน แล้วพิมพ์ที่นี่
error-alarm-not-set-up = สัญญาณเตือนแบบเงียบยังไม่ได้เปิด เปิดได้ในการตั้งค่าของสมุดบันทึก
alarm-your-organisation = องค์กรของคุณ
alarm-duress-explained = ถ้ามีคนบังคับให้คุณเปิดสมุดบันทึก ให้พิมพ์ PIN นี้: สมุดบันทึกจะเปิดแบบว่างเปล่า และถ้าคุณเลือกไว้ { $organisation } จะได้รับสัญญาณเตือนแบบเงียบ
ui-alarm-title = สัญญาณเตือนแบบเงียบ
ui-alarm-intro = ส่ง “ฉันต้องการความช่วยเหลือตอนนี้” ถึงองค์กรของคุณ บนหน้าจอจะไม่มีอะไรแสดง องค์กรไม่ใช่ตำรวจ: ถ้าอันตราย โทร 112
ui-alarm-organisation = องค์กร
ui-alarm-code = รหัสเครื่องคิดเลข (4 ถึง 8 หลัก เว้นว่างได้)
ui-alarm-code-help = หลังออกด่วน ให้พิมพ์รหัสนี้แล้วกด = ในเครื่องคิดเลข สัญญาณเตือนจะถูกส่ง เครื่องคิดเลขจะแสดงตัวเลขธรรมดา
ui-alarm-duress = ส่งสัญญาณเตือนด้วยเมื่อใช้ PIN ฉุกเฉิน
ui-alarm-duress-pin = พิมพ์ PIN ฉุกเฉินอีกครั้ง
ui-alarm-save = เปิดสัญญาณเตือนแบบเงียบ
ui-alarm-off = ปิดสัญญาณเตือนแบบเงียบ
ui-alarm-on = สัญญาณเตือนแบบเงียบเปิดอยู่
ui-alarm-waiting = รหัสและ PIN ฉุกเฉินจะใช้ได้เมื่อโทรศัพท์เคยออนไลน์แล้ว
ui-alarm-no-server = ตั้งเซิร์ฟเวอร์ขององค์กรก่อน (ติดต่อ)
ui-alarm-no-organisation = ยังไม่มีองค์กรใดบนเซิร์ฟเวอร์ของคุณที่รับสัญญาณเตือน ถามเจ้าหน้าที่ที่ช่วยเหลือคุณ
ui-alarm-help = ช่วยด้วยตอนนี้
ui-alarm-help-hint = กดค้างไว้เพื่อส่ง
ui-alarm-sent = เสร็จ
