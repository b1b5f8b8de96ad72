# Met wie een gesprek is: de naam die zij koos en de taal van haar app.
who-no-name = Geen naam opgegeven
who-language = Taal: { $language }
who-no-language = Taal niet opgegeven
queue-open-who = Open gesprek { $id }: { $who }, { $language }
