# Who a conversation is with: the name she chose and her app's language.
who-no-name = No name given
who-language = Language: { $language }
who-no-language = Language not given
queue-open-who = Open conversation { $id }: { $who }, { $language }
