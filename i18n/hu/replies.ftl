# Contact: what to expect from the message form, and the Contact tab's badge.
contact-expect-default = Ez nem vészhelyzetekre való. Veszélyben vagy? Hívd a 112-t.
contact-tab-unread = { $tab }, { $count ->
    [one] 1 beszélgetés új válasszal
   *[other] { $count } beszélgetés új válasszal
}
