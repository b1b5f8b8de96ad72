# Contact: what to expect from the message form, and the Contact tab's badge.
contact-expect-default = Acesta nu este pentru urgențe. Ești în pericol? Sună la 112.
contact-tab-unread = { $tab }, { $count ->
    [one] O conversație cu un răspuns nou
    [few] { $count } conversații cu un răspuns nou
   *[other] { $count } de conversații cu un răspuns nou
}
