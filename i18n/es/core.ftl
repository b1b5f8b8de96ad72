# Messages formatted by the core (huiskamer-core): language names, topics,
# dates, opening hours, directory and errors. UI-only strings are in ui.ftl.

# The name of this language, in this language. Shown in the language picker.
locale-name = Español

## Topics of the information library
topic-rights = Derechos y reglas
    .description = Qué está permitido, qué necesitas y tus derechos
topic-health = Salud
    .description = Pruebas de ITS gratis, protección y sentirte bien
topic-money = Dinero e impuestos
    .description = KvK, BSN, impuestos, ayudas y vivienda
topic-safety = Seguridad
    .description = Trabajar con seguridad y proteger tu teléfono
topic-exiting = Dejarlo
    .description = Ayuda si quieres dejar el trabajo sexual
topic-help = Dónde pedir ayuda
    .description = La huiskamer, organizaciones y números de emergencia

topic-article-count = { $count ->
    [0] Todavía no hay artículos
    [one] 1 artículo
   *[other] { $count } artículos
}

## Articles
# $language is the name of the language the article is shown in.
article-fallback-notice = Este artículo todavía no está en tu idioma. Se muestra en { $language }.
article-reviewed = Datos revisados por última vez: { $date }
# $date is the oldest day on which a fact of the article was read at its source.
article-out-of-date = Algunos datos de aquí se revisaron por última vez el { $date }, hace más de un año. Puede que ya no estén al día. Pregunta a una persona de apoyo antes de actuar según esta información.

search-result-count = { $count ->
    [0] No se encontró nada
    [one] 1 resultado
   *[other] { $count } resultados
}

## Dates
# $day, $month (a name below) and $year
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

day-mon = lunes
    .short = lun
day-tue = martes
    .short = mar
day-wed = miércoles
    .short = mié
day-thu = jueves
    .short = jue
day-fri = viernes
    .short = vie
day-sat = sábado
    .short = sáb
day-sun = domingo
    .short = dom
days-every = Todos los días

## Directory of help
directory-national = Todo el país
# $days like "Mon–Fri", $open and $close like 17:00
hours-line = { $days }: { $open }–{ $close }
open-until = Abierto ahora, hasta las { $time }
# $day is a day name, $time like 17:00
closed-opens = Cerrado. Abre el { $day } a las { $time }
open-always = Abierto día y noche
open-unknown = No conocemos el horario. Pregunta antes de ir.
directory-no-phone = No ponemos un teléfono que no pudimos comprobar. Usa la página web o ve en persona.
directory-checked = Información revisada: { $date }
directory-not-checked = No se pudieron comprobar todos los datos de aquí. Pregunta a la organización antes de ir.
# $date: the oldest day on which a detail of the entry was read at its source.
directory-out-of-date = Algunos datos de aquí se revisaron por última vez el { $date }, hace más de un año. Puede que ya no estén al día.
open-not-confirmed = Horario no confirmado. Pregunta antes de ir.
hours-title = Horario
# $source: who published the hours; $date: when (a date or a year).
hours-published = Último horario publicado ({ $source }, { $date }). Puede haber cambiado.
hours-published-unsourced = Último horario publicado. Puede haber cambiado.
# $date: the day the page was read.
directory-read = consultado el { $date }
directory-field-phone = Número de teléfono
directory-field-address = Dirección
directory-field-hours = Horario
directory-field-website = Página web
directory-field-email = Correo electrónico
directory-field-chat = Chat
directory-field-languages = Idiomas
directory-field-services = Qué hacen
directory-field-description = Quiénes son

service-drop-in = Sala de estar sin cita (huiskamer)
service-information = Información y consejos
service-social-work = Trabajo social y ayuda práctica
service-exit = Ayuda para dejarlo (programa de salida)
service-health = Salud y pruebas de ITS
service-trafficking = Ayuda para víctimas de explotación y trata
service-shelter = Refugio seguro
service-money = Dinero, deudas y papeles
service-legal = Preguntas legales
service-work = Trabajo, estudios y actividades de día
service-outreach = Personas que te visitan en tu trabajo
service-emergency = Emergencias
service-police = Policía
service-anonymous-tip = Aviso anónimo sobre un delito contra otra persona (no es ayuda para ti)
service-violence = Ayuda después de violencia
service-sexual-violence = Ayuda después de violencia sexual
service-mental-health = Salud mental y prevención del suicidio
service-tax = Preguntas sobre impuestos
service-online-info = Página web de información
service-debt = Ayuda con deudas
service-advice = Consejos
service-helpline = Línea telefónica de ayuda
service-rights = Tus derechos en el trabajo sexual
service-peer-support = Apoyo de otras personas que hacen trabajo sexual
service-reporting = Avisar de violencia o de un cliente peligroso
service-housing = Vivienda
service-abortion = Embarazo no planeado y aborto
service-contraception = Anticonceptivos
service-lgbt = Para personas LGBTQ+

## Errors shown to the person
error-not-found = No se encontró esta página.
error-invalid-input = Eso no funcionó. Inténtalo otra vez.
error-storage = La app no pudo leer sus datos. Reinicia la app. Tu información se conserva.
error-open-link = Este enlace no se puede abrir en este aparato.

## Diary (the encrypted vault)
diary-kind-appointment = Cita
diary-kind-incident = Incidente
diary-kind-note = Nota
# $weekday is a day name, $date a long date: "Monday 23 November 2026"
diary-day = { $weekday } { $date }
diary-week = { $from } – { $to }
diary-count = { $count ->
    [0] Sin entradas
    [one] 1 entrada
   *[other] { $count } entradas
}
diary-conflict-copy = Copia: esta entrada se cambió en dos teléfonos a la vez. Guarda lo que necesites y borra la otra.
diary-field-place = Lugar
diary-field-with-whom = Con quién
diary-field-notes = Notas
diary-field-ends = Fin
diary-field-check-in = Avisar antes de
diary-field-reminder = Recordatorio
diary-field-what = Qué pasó
diary-field-who = Quién
diary-field-photos = Fotos
diary-field-title = Título
diary-field-text = Texto
diary-field-entry = Entrada
diary-field-date = Fecha
diary-field-photo-size = Foto (demasiado grande, máximo 8 MB)
diary-field-photo-type = Foto (solo JPEG, PNG o WebP)
diary-field-auto-lock = Bloquear después de
diary-field-wipe-after = Borrar después de
# The only text a reminder notification ever shows.
notify-reminder = Recordatorio
notify-done = Hecho

error-diary-invalid = Revisa esto, por favor: { $field }.
error-vault-not-set-up = Tu diario todavía no está configurado.
error-vault-set-up = Tu diario ya está configurado.
error-vault-locked = Tu diario está bloqueado. Escribe tu PIN.
error-vault-wrong-pin = { $seconds ->
    [0] PIN incorrecto. Inténtalo otra vez.
    [one] PIN incorrecto. Espera 1 segundo y vuelve a intentarlo.
   *[other] PIN incorrecto. Espera { $seconds } segundos y vuelve a intentarlo.
}
error-vault-wait = Demasiados intentos incorrectos. Espera { $seconds } segundos y vuelve a intentarlo.
error-vault-pin-short = Un PIN necesita al menos 6 números.
error-vault-pin-simple = Este PIN es muy fácil de adivinar. Elige otros números.
error-vault-passphrase-short = Una contraseña necesita al menos 8 caracteres.
error-vault-duress-same = El PIN de emergencia tiene que ser distinto de tu PIN.
error-vault-tampered = Tu diario se cambió fuera de esta app, por eso no se abre. Puedes recuperar una copia de seguridad o borrarlo en los ajustes.
error-recovery-key-typo = Esta clave de recuperación tiene un error. Revisa cada grupo de 4 caracteres.
error-recovery-key-format = Una clave de recuperación tiene 32 letras y números, en 8 grupos de 4.
error-recovery-key-wrong = Esta copia de seguridad es de otra clave de recuperación.
error-backup-corrupt = Este archivo no es una copia de seguridad del diario, o está dañado. No se cambió nada.
error-disk-full = Tu teléfono está lleno. No se perdió nada. Libera espacio e inténtalo otra vez.
error-read-only = La app no puede guardar en este teléfono ahora. No se perdió nada.
diary-reminder-minutes = { $minutes ->
    [60] 1 hora antes
    [120] 2 horas antes
    [1440] 1 día antes
    [one] 1 minuto antes
   *[other] { $minutes } minutos antes
}
diary-minutes = { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
}
diary-wipe-after-n = Después de { $count } PIN incorrectos
diary-exported = Copia de seguridad guardada: { $path }

## Sync with the partner organisation
sync-off = No conectado a una organización asociada. Todo se queda en este teléfono.
sync-syncing = Sincronizando…
sync-synced = Al día
sync-offline = Sin conexión. Tus cambios se guardan en este teléfono y se envían más tarde.
sync-problem = No se pudo sincronizar. La app lo intenta otra vez más tarde.
sync-server = Servidor: { $host }
sync-last = Última sincronización: { $time }
sync-progress = Enviando { $done } de { $total }
sync-pending = { $count ->
    [one] 1 cambio del diario espera su copia de seguridad.
   *[other] { $count } cambios del diario esperan su copia de seguridad.
}
sync-queued = { $count ->
    [one] 1 mensaje espera para ser enviado.
   *[other] { $count } mensajes esperan para ser enviados.
}
sync-locked = Desbloquea tu diario para hacer la copia de seguridad y enviar mensajes.
sync-too-large = { $count ->
    [one] 1 foto es demasiado grande para la copia de seguridad. Se queda solo en este teléfono.
   *[other] { $count } fotos son demasiado grandes para la copia de seguridad. Se quedan solo en este teléfono.
}
sync-content = Información: actualización { $version }
sync-content-refused = No se instaló una actualización de la información: { $reason }. La información que tienes se mantiene.
sync-content-signature = su firma no es válida
sync-content-key = está firmada con una clave que esta app no conoce
sync-content-damaged = se dañó por el camino
sync-content-malformed = no se puede leer
sync-content-format = necesita una versión más nueva de la app
sync-content-old = es más antigua que la información que tienes
sync-problem-offline = No se puede conectar con el servidor.
sync-problem-refused = El servidor no aceptó este teléfono. Pregunta a tu organización.
sync-problem-server = El servidor tiene un problema. La app lo intenta otra vez más tarde.
sync-problem-address = Esta dirección de servidor no se puede usar.
sync-problem-disk-full = Tu teléfono está lleno. Libera espacio. No se perdió nada.
sync-problem-read-only = La app no puede guardar en este teléfono ahora. No se perdió nada.
sync-problem-tampered = Tu diario se cambió fuera de esta app. No se sincroniza.
sync-problem-device = Algo salió mal en este teléfono. Reinicia la app. No se perdió nada.
error-sync-address = Esta dirección no se puede usar. Tiene que empezar con https:// (o http:// solo para este mismo teléfono).

## Contact with a support worker
contact-not-connected = Esta app todavía no está conectada a una organización asociada. Aun así puedes llamar o ir en persona: mira Ayuda.
contact-no-organisations = Todavía ninguna organización responde mensajes aquí, o la app todavía no se conectó a internet. Mira Ayuda para ver teléfonos y direcciones.
contact-unread = { $count ->
    [one] 1 respuesta nueva
   *[other] { $count } respuestas nuevas
}
contact-queued-count = { $count ->
    [one] 1 mensaje espera para ser enviado
   *[other] { $count } mensajes esperan para ser enviados
}
contact-queued = Esperando para enviarse
contact-from-you = Tú
contact-closed = La organización cerró esta conversación. Si vuelves a escribir, se abre otra vez.
contact-delete-server = Borrarla aquí y pedir a { $organisation } que también la borre
contact-first-name = Puedes llamarme: { $name }
contact-first-callback = Por favor, llámame a este número: { $number }
diary-field-message = Tu mensaje
diary-field-name = Nombre
diary-field-callback = Número de teléfono (de 6 a 15 cifras)
diary-field-conversation = Conversación
diary-field-organisation = Organización
# $title: the article or the directory entry a report of a mistake is about.
contact-report-about = Aviso de un error en: { $title }
diary-field-about = De qué trata el aviso
