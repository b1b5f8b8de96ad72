# Check-in alerts for appointments (issue 18): the form and the entry's state.
# %time%, %fires%, %org% and %details% are replaced by the screen: keep them.

ui-watch-only-reminder = La app te lo recuerda. Nadie más recibe un aviso.
ui-watch-enable = Si no aviso a tiempo, alertar a una organización
ui-watch-organisation = Qué organización
ui-watch-choose = ¿Qué puede decirles la alerta? Solo se envía lo que marques y escribas.
ui-watch-place = Dónde (dirección, hotel y habitación)
ui-watch-who = Quién (descripción, número de teléfono, coche)
ui-watch-contact = Cómo contactarte (nombre, número para llamarte)
ui-watch-note = Otra cosa
ui-watch-detail-place = dónde
ui-watch-detail-who = quién
ui-watch-detail-contact = cómo contactarte
ui-watch-detail-note = tu nota
ui-watch-separator = ,
ui-watch-summary = Si no has avisado a las %time%, %org% recibe una alerta a las %fires% con: %details%. Nada más.
ui-watch-summary-nothing = Si no has avisado a las %time%, %org% recibe una alerta a las %fires%. Solo dice que no avisaste. Nada más.
ui-watch-summary-no-time = Primero elige una hora para avisar.
ui-watch-limits = La organización no es la policía. Si estás en peligro, llama al 112.
ui-watch-delete-alerted = La alerta ya se envió. Borrar no la anula. Si estás bien, marca «Estoy bien» y guarda.
ui-watch-state = Alerta

diary-field-alert-detail = Datos para la alerta

watch-queued = Alerta para { $org }: espera a ser enviada. Se envía cuando el teléfono tenga conexión.
watch-watching = { $org } recibe una alerta a las { $time } si no has avisado.
watch-checked-in = Ya avisaste. { $org } no recibe ninguna alerta.
watch-checked-in-queued = Ya avisaste. { $org } lo sabrá cuando el teléfono tenga conexión.
watch-alerted = Alerta enviada a { $org } a las { $time }.
watch-checked-in-late = Avisaste tarde, a las { $time }. { $org } lo sabe.
watch-refused = La alerta para { $org } no está lista: { $reason }
watch-refused-due-in-past = la hora para avisar ya pasó. Elige una hora más tarde y guarda otra vez.
watch-refused-due-too-far = la hora para avisar está demasiado lejos. Elige una hora en los próximos 7 días.
watch-refused-invalid-time = la hora para avisar no es válida. Elígela otra vez.
watch-refused-detail-too-long = un dato es demasiado largo. Hazlo más corto y guarda otra vez.
watch-refused-alerts-not-accepted = esta organización no acepta alertas ahora.
watch-refused-watch-closed = esta alerta ya está cerrada.
watch-refused-alert-raised = la alerta ya se envió.
watch-refused-other = el servidor dijo que no. Inténtalo más tarde o pregunta a la organización.
