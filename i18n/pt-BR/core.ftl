# Messages formatted by the core (huiskamer-core): language names, topics,
# dates, opening hours, directory and errors. UI-only strings are in ui.ftl.

# The name of this language, in this language. Shown in the language picker.
locale-name = Português (Brasil)

## Topics of the information library
topic-rights = Direitos e regras
    .description = O que é permitido, o que você precisa e os seus direitos
topic-health = Saúde
    .description = Testes de IST grátis, proteção e bem-estar
topic-money = Dinheiro e impostos
    .description = KvK, BSN, impostos, auxílios e moradia
topic-safety = Segurança
    .description = Trabalhar com segurança e proteger o seu celular
topic-exiting = Parar
    .description = Ajuda se você quer parar com o trabalho sexual
topic-help = Onde buscar ajuda
    .description = A huiskamer, organizações e números de emergência

topic-article-count = { $count ->
    [0] Ainda não há artigos
    [one] { $count } artigo
   *[other] { $count } artigos
}

## Articles
# $language is the name of the language the article is shown in.
article-fallback-notice = Este artigo ainda não existe no seu idioma. Ele aparece em { $language }.
article-reviewed = Informações conferidas em: { $date }
# $date is the oldest day on which a fact of the article was read at its source.
article-out-of-date = Algumas informações daqui foram conferidas pela última vez em { $date }, há mais de um ano. Elas podem estar desatualizadas. Pergunte a um profissional de apoio antes de agir com base nelas.

search-result-count = { $count ->
    [0] Nada encontrado
    [one] { $count } resultado
   *[other] { $count } resultados
}

## Dates
# $day, $month (a name below) and $year
date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

day-mon = segunda-feira
    .short = seg
day-tue = terça-feira
    .short = ter
day-wed = quarta-feira
    .short = qua
day-thu = quinta-feira
    .short = qui
day-fri = sexta-feira
    .short = sex
day-sat = sábado
    .short = sáb
day-sun = domingo
    .short = dom
days-every = Todos os dias

## Directory of help
directory-national = Todo o país
# $days like "Mon–Fri", $open and $close like 17:00
hours-line = { $days }: { $open }–{ $close }
open-until = Aberto agora, até { $time }
# $day is a day name, $time like 17:00
closed-opens = Fechado. Abre { $day } às { $time }
open-always = Aberto dia e noite
open-unknown = Não sabemos o horário. Pergunte antes de ir.
directory-no-phone = Não mostramos um telefone que não conseguimos conferir. Use o site ou vá até lá.
directory-checked = Informações conferidas em: { $date }
directory-not-checked = Não foi possível conferir todas as informações daqui. Pergunte à organização antes de ir.
# $date: the oldest day on which a detail of the entry was read at its source.
directory-out-of-date = Algumas informações daqui foram conferidas pela última vez em { $date }, há mais de um ano. Elas podem estar desatualizadas.
open-not-confirmed = Horário não confirmado. Pergunte antes de ir.
hours-title = Horário de atendimento
# $source: who published the hours; $date: when (a date or a year).
hours-published = Último horário publicado ({ $source }, { $date }). Pode ter mudado.
hours-published-unsourced = Último horário publicado. Pode ter mudado.
# $date: the day the page was read.
directory-read = consultado em { $date }
directory-field-phone = Número de telefone
directory-field-address = Endereço
directory-field-hours = Horário de atendimento
directory-field-website = Site
directory-field-email = E-mail
directory-field-chat = Chat
directory-field-languages = Idiomas
directory-field-services = O que eles fazem
directory-field-description = Quem são

service-drop-in = Sala de convivência aberta (huiskamer)
service-information = Informação e orientação
service-social-work = Assistência social e ajuda prática
service-exit = Ajuda para parar (programa de saída)
service-health = Saúde e testes de IST
service-trafficking = Ajuda para vítimas de exploração e tráfico de pessoas
service-shelter = Abrigo seguro
service-money = Dinheiro, dívidas e papelada
service-legal = Questões jurídicas
service-work = Trabalho, estudo e atividades durante o dia
service-outreach = Profissionais que visitam você no trabalho
service-emergency = Emergência
service-police = Polícia
service-anonymous-tip = Informação anônima sobre um crime contra outra pessoa (não é ajuda para você)
service-violence = Ajuda depois de violência
service-sexual-violence = Ajuda depois de violência sexual
service-mental-health = Saúde mental e prevenção do suicídio
service-tax = Dúvidas sobre impostos
service-online-info = Site de informações
service-debt = Ajuda com dívidas
service-advice = Orientação
service-helpline = Linha telefônica de ajuda
service-rights = Seus direitos como profissional do sexo
service-peer-support = Apoio de outros profissionais do sexo
service-reporting = Denunciar violência ou um cliente perigoso
service-housing = Moradia
service-abortion = Gravidez não planejada e aborto
service-contraception = Métodos contraceptivos
service-lgbt = Para pessoas LGBTQ+

## Errors shown to the person
error-not-found = Não foi possível encontrar esta página.
error-invalid-input = Não deu certo. Tente de novo.
error-storage = O app não conseguiu ler os dados. Reinicie o app. Suas informações continuam salvas.
error-open-link = Não foi possível abrir este link neste aparelho.

## Diary (the encrypted vault)
diary-kind-appointment = Compromisso
diary-kind-incident = Ocorrência
diary-kind-note = Anotação
# $weekday is a day name, $date a long date: "Monday 23 November 2026"
diary-day = { $weekday }, { $date }
diary-week = { $from } – { $to }
diary-count = { $count ->
    [0] Nenhum registro
    [one] { $count } registro
   *[other] { $count } registros
}
diary-conflict-copy = Cópia: este registro foi alterado em dois celulares ao mesmo tempo. Fique com o que você precisa e apague o outro.
diary-field-place = Local
diary-field-with-whom = Com quem
diary-field-notes = Anotações
diary-field-ends = Fim
diary-field-check-in = Avisar que estou bem até
diary-field-reminder = Lembrete
diary-field-what = O que aconteceu
diary-field-who = Quem
diary-field-photos = Fotos
diary-field-title = Título
diary-field-text = Texto
diary-field-entry = Registro
diary-field-date = Data
diary-field-photo-size = Foto (grande demais, no máximo 8 MB)
diary-field-photo-type = Foto (só JPEG, PNG ou WebP)
diary-field-auto-lock = Bloquear depois de
diary-field-wipe-after = Apagar depois de
# The only text a reminder notification ever shows.
notify-reminder = Lembrete
notify-done = Concluído

error-diary-invalid = Confira isto: { $field }.
error-vault-not-set-up = Seu diário ainda não foi configurado.
error-vault-set-up = Seu diário já está configurado.
error-vault-locked = Seu diário está bloqueado. Digite o seu PIN.
error-vault-wrong-pin = { $seconds ->
    [0] PIN errado. Tente de novo.
    [one] PIN errado. Espere { $seconds } segundo e tente de novo.
   *[other] PIN errado. Espere { $seconds } segundos e tente de novo.
}
error-vault-wait = Muitas tentativas erradas. Espere { $seconds } segundos e tente de novo.
error-vault-pin-short = O PIN precisa ter pelo menos 6 números.
error-vault-pin-simple = Este PIN é fácil demais de adivinhar. Escolha outros números.
error-vault-passphrase-short = A senha precisa ter pelo menos 8 caracteres.
error-vault-duress-same = O PIN de emergência precisa ser diferente do seu PIN.
error-vault-tampered = Seu diário foi alterado fora deste app. Por isso, ele não vai ser aberto. Você pode restaurar um backup ou apagar o diário nas configurações.
error-recovery-key-typo = Esta chave de recuperação tem um erro de digitação. Confira cada grupo de 4 caracteres.
error-recovery-key-format = A chave de recuperação tem 32 letras e números, em 8 grupos de 4.
error-recovery-key-wrong = Este backup é de outra chave de recuperação.
error-backup-corrupt = Este arquivo não é um backup do diário, ou está danificado. Nada foi alterado.
error-disk-full = Seu celular está cheio. Nada foi perdido. Libere espaço e tente de novo.
error-read-only = O app não consegue salvar neste celular agora. Nada foi perdido.
diary-reminder-minutes = { $minutes ->
    [60] 1 hora antes
    [120] 2 horas antes
    [1440] 1 dia antes
    [one] { $minutes } minuto antes
   *[other] { $minutes } minutos antes
}
diary-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
diary-wipe-after-n = Depois de { $count } PINs errados
diary-exported = Backup salvo: { $path }

## Sync with the partner organisation
sync-off = Não está conectado a uma organização parceira. Tudo fica neste celular.
sync-syncing = Sincronizando…
sync-synced = Tudo atualizado
sync-offline = Sem internet. Suas alterações ficam salvas neste celular e são enviadas depois.
sync-problem = Não foi possível sincronizar. O app tenta de novo mais tarde.
sync-server = Servidor: { $host }
sync-last = Última sincronização: { $time }
sync-progress = Enviando { $done } de { $total }
sync-pending = { $count ->
    [one] { $count } alteração no diário está esperando o backup.
   *[other] { $count } alterações no diário estão esperando o backup.
}
sync-queued = { $count ->
    [one] { $count } mensagem está esperando para ser enviada.
   *[other] { $count } mensagens estão esperando para ser enviadas.
}
sync-locked = Desbloqueie o seu diário para fazer o backup e enviar mensagens.
sync-too-large = { $count ->
    [one] { $count } foto é grande demais para o backup. Ela fica só neste celular.
   *[other] { $count } fotos são grandes demais para o backup. Elas ficam só neste celular.
}
sync-content = Informações: atualização { $version }
sync-content-refused = Uma atualização das informações não foi instalada: { $reason }. As informações que você já tem continuam.
sync-content-signature = a assinatura dela não é válida
sync-content-key = ela foi assinada com uma chave que este app não conhece
sync-content-damaged = ela foi danificada no caminho
sync-content-malformed = não é possível ler a atualização
sync-content-format = ela precisa de uma versão mais nova do app
sync-content-old = ela é mais antiga do que as informações que você tem
sync-problem-offline = Não foi possível conectar ao servidor.
sync-problem-refused = O servidor não aceitou este celular. Pergunte à sua organização.
sync-problem-server = O servidor está com um problema. O app tenta de novo mais tarde.
sync-problem-address = Não é possível usar este endereço de servidor.
sync-problem-disk-full = Seu celular está cheio. Libere espaço. Nada foi perdido.
sync-problem-read-only = O app não consegue salvar neste celular agora. Nada foi perdido.
sync-problem-tampered = Seu diário foi alterado fora deste app. Ele não vai ser sincronizado.
sync-problem-device = Algo deu errado neste celular. Reinicie o app. Nada foi perdido.
error-sync-address = Não é possível usar este endereço. Ele precisa começar com https:// (ou http://, mas só para este próprio celular).

## Contact with a support worker
contact-not-connected = Este app ainda não está conectado a uma organização parceira. Mesmo assim, você pode ligar ou ir até lá: veja em Ajuda.
contact-no-organisations = Ainda não há organizações respondendo mensagens aqui, ou o app ainda não ficou online. Veja em Ajuda os telefones e endereços.
contact-unread = { $count ->
    [one] { $count } resposta nova
   *[other] { $count } respostas novas
}
contact-queued-count = { $count ->
    [one] { $count } mensagem esperando para ser enviada
   *[other] { $count } mensagens esperando para ser enviadas
}
contact-queued = Esperando para ser enviada
contact-from-you = Você
contact-closed = A organização encerrou esta conversa. Se você escrever de novo, ela abre outra vez.
contact-delete-server = Apagar aqui e pedir para { $organisation } apagar também
contact-first-name = Pode me chamar de: { $name }
contact-first-callback = Por favor, me ligue de volta no número: { $number }
diary-field-message = Sua mensagem
diary-field-name = Nome
diary-field-callback = Telefone (de 6 a 15 números)
diary-field-conversation = Conversa
diary-field-organisation = Organização
# $title: the article or the directory entry a report of a mistake is about.
contact-report-about = Aviso de erro em: { $title }
diary-field-about = Sobre o que é o aviso
