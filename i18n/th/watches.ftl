# Check-in alerts for appointments (issue 18): the form and the entry's state.
# %time%, %fires%, %org% and %details% are replaced by the screen: keep them.

ui-watch-only-reminder = แอปจะเตือนคุณ ไม่มีใครอื่นได้รับแจ้ง
ui-watch-enable = ถ้าฉันไม่แจ้งว่าปลอดภัยทันเวลา ให้แจ้งองค์กร
ui-watch-organisation = องค์กรไหน
ui-watch-choose = การแจ้งเตือนบอกอะไรพวกเขาได้บ้าง จะส่งเฉพาะสิ่งที่คุณเลือกและกรอกเท่านั้น
ui-watch-place = ที่ไหน (ที่อยู่ โรงแรมและห้อง)
ui-watch-who = ใคร (ลักษณะ เบอร์โทรศัพท์ รถ)
ui-watch-contact = ติดต่อคุณอย่างไร (ชื่อ เบอร์ให้โทรกลับ)
ui-watch-note = อื่น ๆ
ui-watch-detail-place = ที่ไหน
ui-watch-detail-who = ใคร
ui-watch-detail-contact = วิธีติดต่อคุณ
ui-watch-detail-note = บันทึกของคุณ
ui-watch-separator = ,
ui-watch-summary = ถ้าคุณยังไม่แจ้งว่าปลอดภัยภายใน %time% %org% จะได้รับการแจ้งเตือนเวลา %fires% พร้อม: %details% ไม่มีอย่างอื่น
ui-watch-summary-nothing = ถ้าคุณยังไม่แจ้งว่าปลอดภัยภายใน %time% %org% จะได้รับการแจ้งเตือนเวลา %fires% ซึ่งบอกเพียงว่าคุณยังไม่ได้แจ้ง ไม่มีอย่างอื่น
ui-watch-summary-no-time = เลือกเวลาที่จะแจ้งว่าปลอดภัยก่อน
ui-watch-limits = องค์กรไม่ใช่ตำรวจ ถ้าอยู่ในอันตราย โทร 112
ui-watch-delete-alerted = ส่งการแจ้งเตือนไปแล้ว การลบไม่ได้ยกเลิกการแจ้งเตือน ถ้าคุณปลอดภัย ให้ติ๊ก “ฉันปลอดภัย” แล้วบันทึก
ui-watch-state = การแจ้งเตือน

diary-field-alert-detail = รายละเอียดสำหรับการแจ้งเตือน

watch-queued = การแจ้งเตือนถึง { $org }: รอส่ง จะส่งเมื่อโทรศัพท์ออนไลน์
watch-watching = { $org } จะได้รับการแจ้งเตือนเวลา { $time } ถ้าคุณยังไม่แจ้งว่าปลอดภัย
watch-checked-in = คุณแจ้งแล้ว { $org } จะไม่ได้รับการแจ้งเตือน
watch-checked-in-queued = คุณแจ้งแล้ว { $org } จะรู้เมื่อโทรศัพท์ออนไลน์
watch-alerted = ส่งการแจ้งเตือนถึง { $org } แล้วเวลา { $time }
watch-checked-in-late = แจ้งช้าเวลา { $time } { $org } ทราบแล้ว
watch-refused = การแจ้งเตือนถึง { $org } ยังไม่ได้ตั้ง: { $reason }
watch-refused-due-in-past = เวลาที่จะแจ้งผ่านไปแล้ว เลือกเวลาที่ช้ากว่านี้แล้วบันทึกอีกครั้ง
watch-refused-due-too-far = เวลาที่จะแจ้งไกลเกินไป เลือกเวลาภายใน 7 วันข้างหน้า
watch-refused-invalid-time = เวลาที่จะแจ้งไม่ถูกต้อง เลือกใหม่อีกครั้ง
watch-refused-detail-too-long = รายละเอียดหนึ่งยาวเกินไป ทำให้สั้นลงแล้วบันทึกอีกครั้ง
watch-refused-alerts-not-accepted = ตอนนี้องค์กรนี้ไม่รับการแจ้งเตือน
watch-refused-watch-closed = การแจ้งเตือนนี้ปิดไปแล้ว
watch-refused-alert-raised = ส่งการแจ้งเตือนไปแล้ว
watch-refused-other = เซิร์ฟเวอร์ปฏิเสธ ลองใหม่ภายหลัง หรือถามองค์กร
