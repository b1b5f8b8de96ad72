# Contact: what to expect from the message form, and the Contact tab's badge.
contact-expect-default = To nie jest na nagłe wypadki. Grozi ci niebezpieczeństwo? Dzwoń pod 112.
contact-tab-unread = { $tab }, { $count ->
    [one] 1 rozmowa z nową odpowiedzią
    [few] { $count } rozmowy z nową odpowiedzią
    [many] { $count } rozmów z nową odpowiedzią
   *[other] { $count } rozmowy z nową odpowiedzią
}
