# Contact: what to expect from the message form, and the Contact tab's badge.
contact-expect-default = Esto no es para emergencias. ¿Estás en peligro? Llama al 112.
contact-tab-unread = { $tab }, { $count ->
    [one] 1 conversación con una respuesta nueva
   *[other] { $count } conversaciones con una respuesta nueva
}
