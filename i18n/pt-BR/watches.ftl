# Check-in alerts for appointments (issue 18): the form and the entry's state.
# %time%, %fires%, %org% and %details% are replaced by the screen: keep them.

ui-watch-only-reminder = O app lembra você. Ninguém mais é avisado.
ui-watch-enable = Se eu não avisar a tempo, alertar uma organização
ui-watch-organisation = Qual organização
ui-watch-choose = O que o alerta pode contar a eles? Só é enviado o que você marcar e preencher.
ui-watch-place = Onde (endereço, hotel e quarto)
ui-watch-who = Quem (descrição, número de telefone, carro)
ui-watch-contact = Como falar com você (nome, número para ligar de volta)
ui-watch-note = Outra coisa
ui-watch-detail-place = onde
ui-watch-detail-who = quem
ui-watch-detail-contact = como falar com você
ui-watch-detail-note = sua anotação
ui-watch-separator = ,
ui-watch-summary = Se você não avisar até %time%, %org% recebe um alerta às %fires% com: %details%. Nada mais.
ui-watch-summary-nothing = Se você não avisar até %time%, %org% recebe um alerta às %fires%. Ele diz só que você não avisou. Nada mais.
ui-watch-summary-no-time = Primeiro escolha uma hora para avisar.
ui-watch-limits = A organização não é a polícia. Em perigo, ligue 112.
ui-watch-delete-alerted = O alerta já foi enviado. Apagar não o cancela. Se você está bem, marque “Estou bem” e salve.
ui-watch-state = Alerta

diary-field-alert-detail = Dados para o alerta

watch-queued = Alerta para { $org }: esperando para ser enviado. Vai quando o celular estiver online.
watch-watching = { $org } recebe um alerta às { $time } se você não tiver avisado.
watch-checked-in = Você avisou. { $org } não recebe alerta.
watch-checked-in-queued = Você avisou. { $org } fica sabendo quando o celular estiver online.
watch-alerted = Alerta enviado para { $org } às { $time }.
watch-checked-in-late = Avisou atrasado às { $time }. { $org } foi informado.
watch-refused = O alerta para { $org } não está ativo: { $reason }
watch-refused-due-in-past = a hora para avisar já passou. Escolha uma hora mais tarde e salve de novo.
watch-refused-due-too-far = a hora para avisar está longe demais. Escolha uma hora nos próximos 7 dias.
watch-refused-invalid-time = a hora para avisar não é válida. Escolha de novo.
watch-refused-detail-too-long = um dado é longo demais. Deixe mais curto e salve de novo.
watch-refused-alerts-not-accepted = esta organização não aceita alertas agora.
watch-refused-watch-closed = este alerta já está fechado.
watch-refused-alert-raised = o alerta já foi enviado.
watch-refused-other = o servidor recusou. Tente mais tarde ou pergunte à organização.
