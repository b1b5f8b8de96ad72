# Contact: what to expect from the message form, and the Contact tab's badge.
contact-expect-default = Це не для екстрених випадків. Небезпека? Телефонуй на 112.
contact-tab-unread = { $tab }, { $count ->
    [one] { $count } розмова з новою відповіддю
    [few] { $count } розмови з новою відповіддю
    [many] { $count } розмов з новою відповіддю
   *[other] { $count } розмови з новою відповіддю
}
