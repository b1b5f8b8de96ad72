# Contact: what to expect from the message form, and the Contact tab's badge.
contact-expect-default = This is not for emergencies. In danger, call 112.
contact-tab-unread = { $tab }, { $count ->
    [one] 1 conversation with a new reply
   *[other] { $count } conversations with a new reply
}
