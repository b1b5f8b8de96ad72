# Contact: what to expect from the message form, and the Contact tab's badge.
contact-expect-default = Това не е за спешни случаи. В опасност ли си? Обади се на 112.
contact-tab-unread = { $tab }, { $count ->
    [one] 1 разговор с нов отговор
   *[other] { $count } разговора с нов отговор
}
