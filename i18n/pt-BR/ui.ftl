# Strings of the app's screens (ui/). Plain words, short sentences.
# Every message here must also exist in every other locale's ui.ftl.

ui-app-name = Huiskamer
ui-skip = Pular para o conteúdo
ui-quick-exit = Sair
ui-quick-exit-label = Saída rápida: esconda este app agora. Você também pode apertar Esc duas vezes.
ui-language = Idioma
ui-language-choose = Escolha o seu idioma
ui-nav-label = Menu principal
# Bottom menu labels: one short word each (at most about 8 letters), so they
# fit a phone screen at large text sizes.
ui-nav-library = Info
ui-nav-search = Buscar
ui-nav-help = Ajuda

ui-library-title = Informações
ui-library-intro = Escolha um assunto. Tudo funciona sem internet.
ui-back-library = Todos os assuntos
ui-topic-empty = Ainda não há artigos aqui.
ui-other-language = Em outro idioma

ui-sources = Fontes
ui-sources-intro = De onde vêm estas informações. O link abre fora do app.
ui-related = Leia também
ui-link-outside = Abre fora do app

ui-search-title = Buscar
ui-search-label = Buscar nas informações
ui-search-hint = Digite uma palavra, por exemplo "teste" ou "imposto".
ui-search-none = Nada encontrado. Tente outra palavra, ou uma mais curta.

ui-help-title = Onde buscar ajuda
ui-help-intro = Organizações que podem ajudar você. Ligue, vá até lá ou veja o site delas.
ui-help-emergency = Em perigo? Ligue 112.
ui-city-filter = Local
ui-city-all = Todos os locais
ui-city-rules = As regras do trabalho sexual mudam de cidade para cidade: leia
ui-call = Ligar
ui-map = Mapa
ui-website = Site
ui-email = E-mail
ui-chat = Chat
ui-org-sources = De onde vêm estas informações
ui-languages-spoken = Idiomas falados:

ui-error-generic = Algo deu errado. Tente de novo.

# The neutral screen after a quick exit: an ordinary calculator.
ui-calc-title = Calculadora
ui-calc-display = Resultado
ui-calc-clear = Limpar
ui-calc-plus = mais
ui-calc-minus = menos
ui-calc-times = vezes
ui-calc-divide = dividido por
ui-calc-equals = igual a

## Diary
ui-nav-diary = Diário
ui-diary-title = Meu diário
ui-diary-setup-intro = Anote compromissos, coisas que aconteceram e observações. Só você pode ler: o seu diário fica criptografado neste celular e bloqueado com o seu PIN.
ui-diary-pin-new = Escolha um PIN (pelo menos 6 números) ou uma senha
ui-diary-pin-again = Digite de novo
ui-diary-pin-mismatch = Os dois não são iguais. Tente de novo.
ui-diary-setup-button = Bloquear meu diário
ui-diary-restore-link = Restaurar um backup
ui-diary-recovery-title = Sua chave de recuperação
ui-diary-recovery-intro = Escreva esta chave num papel e guarde em um lugar seguro. Com ela, você pode abrir um backup do seu diário num celular novo. Você só vai ver a chave agora.
ui-diary-print = Imprimir
ui-diary-recovery-done = Já anotei
ui-diary-locked-intro = Seu diário está bloqueado. Digite o seu PIN.
ui-reminder-unlock = Digite o seu PIN para abrir o lembrete.
ui-reminder-checked-in = Você avisou.
ui-diary-pin = PIN ou senha
ui-diary-unlock = Abrir
ui-diary-lock = Bloquear
ui-diary-week-previous = Semana anterior
ui-diary-week-next = Próxima semana
ui-diary-today = Hoje
ui-diary-new = Novo
ui-diary-empty-day = –
ui-diary-search = Buscar no diário
ui-diary-search-none = Nada encontrado.
ui-diary-settings = Configurações
ui-diary-back = Voltar ao diário
ui-diary-starts = Início
ui-diary-ends = Fim (se quiser)
ui-diary-place = Local
ui-diary-with-whom = Com quem
ui-diary-check-in = Avisar que estou bem até (se quiser)
ui-diary-check-in-hint = A hora em que você quer ter terminado e estar bem.
ui-diary-checked-in = Estou bem (avisei)
ui-diary-reminder = Lembrete
ui-diary-reminder-none = Sem lembrete
ui-diary-notes = Anotações
ui-diary-happened = Quando
ui-diary-what = O que aconteceu
ui-diary-who = Quem estava lá
ui-diary-photos = Fotos (guardadas com criptografia)
ui-diary-photo-add = Adicionar foto
ui-diary-photo-remove = Remover esta foto
ui-diary-at = Data e hora
ui-diary-note-title = Título
ui-diary-note-text = Texto
ui-diary-date-missing = Preencha a data e a hora.
ui-diary-save = Salvar
ui-diary-cancel = Cancelar
ui-diary-delete = Apagar
ui-diary-delete-confirm = Toque de novo para apagar
ui-diary-neutral-notice = O lembrete só mostra a palavra "Lembrete", nunca o que você escreveu.
ui-diary-auto-lock = Bloquear o diário depois de
ui-diary-wipe-after = Apagar o diário depois de PINs errados
ui-diary-wipe-after-off = Nunca
ui-diary-settings-save = Salvar configurações
ui-diary-saved = Salvo.
ui-diary-duress-title = PIN de emergência
ui-diary-duress-intro = Se alguém forçar você a abrir o seu diário, digite o PIN de emergência. Aí o seu diário é apagado para sempre e abre um diário vazio. Ele parece normal.
ui-diary-current-pin = Seu PIN atual
ui-diary-duress-pin = PIN de emergência
ui-diary-duress-save = Criar PIN de emergência
ui-diary-change-title = Mudar o PIN
ui-diary-new-pin = Novo PIN ou senha
ui-diary-change-save = Mudar o PIN
ui-diary-backup-title = Backup
ui-diary-backup-intro = Salve uma cópia criptografada do seu diário. Só a sua chave de recuperação consegue abrir essa cópia.
ui-diary-export = Salvar um backup
ui-diary-disguise-title = Disfarce
ui-diary-disguise = Mostrar o nome do app como "Calculadora"
ui-diary-wipe-title = Apagar tudo
ui-diary-wipe-intro = Apague o seu diário e as suas configurações deste celular. Não dá para desfazer.
ui-diary-wipe = Apagar tudo
ui-diary-wipe-confirm = Sim, apagar tudo agora
ui-diary-restore-title = Restaurar um backup
ui-diary-restore-file = Arquivo de backup
ui-diary-recovery-key = Chave de recuperação
ui-diary-restore-button = Restaurar

## Contact with a support worker, and sync
ui-nav-contact = Contato
ui-contact-title = Falar com um profissional de apoio
ui-contact-intro = Escreva para um profissional de apoio de uma organização parceira. Você não precisa dar o seu nome. Suas mensagens ficam bloqueadas com o PIN do seu diário e são enviadas quando você estiver online.
ui-contact-needs-diary = Para escrever mensagens, primeiro configure ou abra o seu diário privado. Suas mensagens ficam bloqueadas junto com ele.
ui-contact-open-diary = Abrir o diário
ui-contact-organisations = Organizações que respondem mensagens
ui-contact-write-to = Escrever para esta organização
ui-contact-name-label = Como podemos chamar você? (pode deixar em branco)
ui-contact-callback-label = Me ligue de volta no número (só se você quiser uma ligação)
ui-contact-message-label = Sua mensagem
ui-contact-send = Enviar
ui-contact-conversations = Suas conversas
ui-contact-back = Todas as conversas
ui-contact-reply-label = Escreva uma mensagem
ui-contact-delete-device = Apagar só deste celular
ui-contact-deleted = A conversa foi apagada.
ui-contact-sent = Salvo. A mensagem é enviada quando você estiver online.
ui-sync-title = Organização parceira
ui-sync-server-label = Endereço do servidor da sua organização
ui-sync-server-hint = A sua organização dá esse endereço para você. Deixe em branco para manter tudo neste celular.
ui-sync-server-default-hint = Este app foi configurado com o endereço que aparece em cinza. Só digite outro endereço se a sua organização der um para você.
ui-sync-server-save = Salvar endereço
ui-sync-now = Sincronizar agora
ui-sync-saved = Salvo.

## Reporting a mistake in an article or a directory entry
ui-report-mistake = Avisar sobre um erro
ui-report-label = O que está errado?
ui-report-hint = Isto vai para a organização de apoio como mensagem. A resposta aparece em Contato.
ui-report-send = Enviar
ui-report-sent = Obrigado. Seu aviso vai para a organização de apoio.
ui-report-queued = Ele será enviado quando você estiver online.
ui-report-see-message = Ver sua mensagem
ui-report-needs-diary = Para enviar um aviso, primeiro configure ou abra o seu diário privado. As mensagens ficam bloqueadas junto com ele.
ui-report-open-contact = Ir para Contato
