# Contact: what to expect from the message form, and the Contact tab's badge.
contact-expect-default = Dit is niet voor noodgevallen. In gevaar? Bel 112.
contact-tab-unread = { $tab }, { $count ->
    [one] 1 gesprek met een nieuw antwoord
   *[other] { $count } gesprekken met een nieuw antwoord
}
