# The silent alarm (diary settings, the diary's "Help now", the calculator code).
# Every message here must also exist in every other locale's alarm.ftl.

error-alarm-code = O código deve ter de 4 a 8 dígitos.
error-alarm-not-duress = Este não é o seu PIN de emergência. Primeiro crie o PIN de emergência. Depois digite-o aqui.
error-alarm-not-set-up = O alarme silencioso não está ligado. Ligue-o nas configurações do diário.
alarm-your-organisation = a sua organização
alarm-duress-explained = Se alguém obrigar você a abrir o diário, digite este PIN: o diário abre vazio e, se você escolher, { $organisation } recebe um alarme silencioso.
ui-alarm-title = Alarme silencioso
ui-alarm-intro = Envie “Preciso de ajuda agora” para a sua organização. Nada aparece na tela. A organização não é a polícia: em perigo, ligue 112.
ui-alarm-organisation = Organização
ui-alarm-code = Código da calculadora (de 4 a 8 dígitos, pode ficar vazio)
ui-alarm-code-help = Depois de uma saída rápida, digite este código e depois = na calculadora. O alarme é enviado. A calculadora mostra um número normal.
ui-alarm-duress = Enviar o alarme também quando o PIN de emergência for usado
ui-alarm-duress-pin = Digite de novo o seu PIN de emergência
ui-alarm-save = Ligar o alarme silencioso
ui-alarm-off = Desligar o alarme silencioso
ui-alarm-on = O alarme silencioso está ligado.
ui-alarm-waiting = O código e o PIN de emergência funcionam depois que o celular estiver on-line.
ui-alarm-no-server = Primeiro configure o servidor da sua organização (Contato).
ui-alarm-no-organisation = Nenhuma organização no seu servidor recebe alarmes ainda. Pergunte à pessoa que te ajuda.
ui-alarm-help = Ajuda agora
ui-alarm-help-hint = Segure para enviar
ui-alarm-sent = Pronto
