# Contact: what to expect from the message form, and the Contact tab's badge.
contact-expect-default = Isto não é para emergências. Em perigo? Ligue 112.
contact-tab-unread = { $tab }, { $count ->
    [one] { $count } conversa com uma resposta nova
   *[other] { $count } conversas com uma resposta nova
}
