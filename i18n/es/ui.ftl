# Strings of the app's screens (ui/). Plain words, short sentences.
# Every message here must also exist in every other locale's ui.ftl.

ui-app-name = Huiskamer
ui-skip = Ir al contenido
ui-quick-exit = Salir
ui-quick-exit-label = Salida rápida: esconde esta app ahora. También puedes pulsar Escape dos veces.
ui-language = Idioma
ui-language-choose = Elige tu idioma
ui-nav-label = Menú principal
# Bottom menu labels: one short word each (at most about 8 letters), so they
# fit a phone screen at large text sizes.
ui-nav-library = Info
ui-nav-search = Buscar
ui-nav-help = Ayuda

ui-library-title = Información
ui-library-intro = Elige un tema. Todo funciona sin internet.
ui-back-library = Todos los temas
ui-topic-empty = Todavía no hay artículos aquí.
ui-other-language = En otro idioma

ui-sources = Fuentes
ui-sources-intro = De dónde vienen estos datos. El enlace se abre fuera de la app.
ui-related = Lee también
ui-link-outside = Se abre fuera de la app

ui-search-title = Buscar
ui-search-label = Buscar en la información
ui-search-hint = Escribe una palabra, por ejemplo "prueba" o "impuestos".
ui-search-none = No se encontró nada. Prueba con otra palabra, o con una más corta.

ui-help-title = Dónde pedir ayuda
ui-help-intro = Organizaciones que te pueden ayudar. Llama, ve en persona o mira su página web.
ui-help-emergency = ¿Estás en peligro? Llama al 112.
ui-city-filter = Lugar
ui-city-all = Todos los lugares
ui-city-rules = Las reglas del trabajo sexual son distintas en cada ciudad: léelas
ui-call = Llamar
ui-map = Mapa
ui-website = Web
ui-email = Correo
ui-chat = Chat
ui-org-sources = De dónde viene esta información
ui-languages-spoken = Idiomas que hablan:

ui-error-generic = Algo salió mal. Inténtalo otra vez.

# The neutral screen after a quick exit: an ordinary calculator.
ui-calc-title = Calculadora
ui-calc-display = Resultado
ui-calc-clear = Borrar
ui-calc-plus = más
ui-calc-minus = menos
ui-calc-times = por
ui-calc-divide = dividido entre
ui-calc-equals = igual a

## Diary
ui-nav-diary = Diario
ui-diary-title = Mi diario
ui-diary-setup-intro = Anota citas, cosas que pasaron y notas. Solo tú puedes leerlas: tu diario está cifrado en este teléfono y bloqueado con tu PIN.
ui-diary-pin-new = Elige un PIN (al menos 6 números) o una contraseña
ui-diary-pin-again = Escríbelo otra vez
ui-diary-pin-mismatch = Los dos no son iguales. Inténtalo otra vez.
ui-diary-setup-button = Bloquear mi diario
ui-diary-restore-link = Recuperar una copia de seguridad
ui-diary-recovery-title = Tu clave de recuperación
ui-diary-recovery-intro = Escribe esta clave en un papel y guárdala en un lugar seguro. Con ella puedes abrir una copia de seguridad de tu diario en un teléfono nuevo. Solo la ves ahora.
ui-diary-print = Imprimir
ui-diary-recovery-done = Ya la anoté
ui-diary-locked-intro = Tu diario está bloqueado. Escribe tu PIN.
ui-reminder-unlock = Escribe tu PIN para abrir el recordatorio.
ui-reminder-checked-in = Ya avisaste.
ui-diary-pin = PIN o contraseña
ui-diary-unlock = Abrir
ui-diary-lock = Bloquear
ui-diary-week-previous = Semana anterior
ui-diary-week-next = Semana siguiente
ui-diary-today = Hoy
ui-diary-new = Nueva
ui-diary-empty-day = –
ui-diary-search = Buscar en el diario
ui-diary-search-none = No se encontró nada.
ui-diary-settings = Ajustes
ui-diary-back = Volver al diario
ui-diary-starts = Inicio
ui-diary-ends = Fin (si quieres)
ui-diary-place = Lugar
ui-diary-with-whom = Con quién
ui-diary-check-in = Avisar que estoy bien antes de (si quieres)
ui-diary-check-in-hint = La hora en la que quieres haber terminado y estar bien.
ui-diary-checked-in = Estoy bien (ya avisé)
ui-diary-reminder = Recordatorio
ui-diary-reminder-none = Sin recordatorio
ui-diary-notes = Notas
ui-diary-happened = Cuándo
ui-diary-what = Qué pasó
ui-diary-who = Quién estaba
ui-diary-photos = Fotos (se guardan cifradas)
ui-diary-photo-add = Añadir una foto
ui-diary-photo-remove = Quitar esta foto
ui-diary-at = Fecha y hora
ui-diary-note-title = Título
ui-diary-note-text = Texto
ui-diary-date-missing = Escribe la fecha y la hora, por favor.
ui-diary-save = Guardar
ui-diary-cancel = Cancelar
ui-diary-delete = Borrar
ui-diary-delete-confirm = Toca otra vez para borrar
ui-diary-neutral-notice = Un recordatorio solo muestra la palabra "Recordatorio", nunca lo que escribiste.
ui-diary-auto-lock = Bloquear el diario después de
ui-diary-wipe-after = Borrar el diario después de PIN incorrectos
ui-diary-wipe-after-off = Nunca
ui-diary-settings-save = Guardar ajustes
ui-diary-saved = Guardado.
ui-diary-duress-title = PIN de emergencia
ui-diary-duress-intro = Si alguien te obliga a abrir tu diario, escribe el PIN de emergencia. Tu diario se borra para siempre y se abre un diario vacío. Parece normal.
ui-diary-current-pin = Tu PIN actual
ui-diary-duress-pin = PIN de emergencia
ui-diary-duress-save = Guardar PIN de emergencia
ui-diary-change-title = Cambiar PIN
ui-diary-new-pin = PIN o contraseña nuevos
ui-diary-change-save = Cambiar PIN
ui-diary-backup-title = Copia de seguridad
ui-diary-backup-intro = Guarda una copia cifrada de tu diario. Solo tu clave de recuperación puede abrirla.
ui-diary-export = Guardar una copia
ui-diary-disguise-title = Camuflaje
ui-diary-disguise = Mostrar el nombre de la app como "Calculadora"
ui-diary-wipe-title = Borrar todo
ui-diary-wipe-intro = Borra tu diario y tus ajustes de este teléfono. No se puede deshacer.
ui-diary-wipe = Borrar todo
ui-diary-wipe-confirm = Sí, borrar todo ahora
ui-diary-restore-title = Recuperar una copia de seguridad
ui-diary-restore-file = Archivo de la copia
ui-diary-recovery-key = Clave de recuperación
ui-diary-restore-button = Recuperar

## Contact with a support worker, and sync
ui-nav-contact = Contacto
ui-contact-title = Habla con una persona de apoyo
ui-contact-intro = Escribe a una persona de apoyo de una organización asociada. No tienes que dar tu nombre. Tus mensajes están bloqueados con el PIN de tu diario y se envían cuando tienes conexión.
ui-contact-needs-diary = Para escribir mensajes, primero configura o abre tu diario privado. Tus mensajes se guardan bloqueados con él.
ui-contact-open-diary = Abrir el diario
ui-contact-organisations = Organizaciones que responden mensajes
ui-contact-write-to = Escribir a esta organización
ui-contact-name-label = ¿Cómo te podemos llamar? (puedes dejarlo vacío)
ui-contact-callback-label = Llámame a este número (solo si quieres una llamada)
ui-contact-message-label = Tu mensaje
ui-contact-send = Enviar
ui-contact-conversations = Tus conversaciones
ui-contact-back = Todas las conversaciones
ui-contact-reply-label = Escribe un mensaje
ui-contact-delete-device = Borrar solo de este teléfono
ui-contact-deleted = La conversación se borró.
ui-contact-sent = Guardado. Se envía cuando tengas conexión.
ui-sync-title = Organización asociada
ui-sync-server-label = Dirección del servidor de tu organización
ui-sync-server-hint = Tu organización te da esta dirección. Déjala vacía para guardar todo en este teléfono.
ui-sync-server-default-hint = Esta app se configuró con la dirección que ves en gris. Escribe otra dirección solo si tu organización te da una.
ui-sync-server-save = Guardar dirección
ui-sync-now = Sincronizar ahora
ui-sync-saved = Guardado.

## Reporting a mistake in an article or a directory entry
ui-report-mistake = Avisar de un error
ui-report-label = ¿Qué está mal?
ui-report-hint = Esto le llega a la organización de apoyo como un mensaje. Su respuesta aparece en Contacto.
ui-report-send = Enviar
ui-report-sent = Gracias. Tu aviso se envía a la organización de apoyo.
ui-report-queued = Se enviará cuando tengas conexión.
ui-report-see-message = Ver tu mensaje
ui-report-needs-diary = Para enviar un aviso, primero configura o abre tu diario privado. Los mensajes se guardan bloqueados con él.
ui-report-open-contact = Ir a Contacto
