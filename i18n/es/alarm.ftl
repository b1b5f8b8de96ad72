# The silent alarm (diary settings, the diary's "Help now", the calculator code).
# Every message here must also exist in every other locale's alarm.ftl.

error-alarm-code = El código debe tener de 4 a 8 cifras.
error-alarm-not-duress = Este no es tu PIN de emergencia. Primero crea el PIN de emergencia. Después escríbelo aquí.
error-alarm-not-set-up = La alarma silenciosa no está activada. Actívala en los ajustes del diario.
alarm-your-organisation = tu organización
alarm-duress-explained = Si alguien te obliga a abrir el diario, escribe este PIN: el diario se abre vacío y, si tú lo eliges, { $organisation } recibe una alarma silenciosa.
ui-alarm-title = Alarma silenciosa
ui-alarm-intro = Envía «Necesito ayuda ahora» a tu organización. En la pantalla no se ve nada. La organización no es la policía: si hay peligro, llama al 112.
ui-alarm-organisation = Organización
ui-alarm-code = Código de la calculadora (de 4 a 8 cifras, puedes dejarlo vacío)
ui-alarm-code-help = Después de una salida rápida, escribe este código y luego = en la calculadora. La alarma se envía. La calculadora muestra un número normal.
ui-alarm-duress = Enviar también la alarma cuando se usa el PIN de emergencia
ui-alarm-duress-pin = Escribe otra vez tu PIN de emergencia
ui-alarm-save = Activar la alarma silenciosa
ui-alarm-off = Desactivar la alarma silenciosa
ui-alarm-on = La alarma silenciosa está activada.
ui-alarm-waiting = El código y el PIN de emergencia funcionan cuando el teléfono haya estado en línea.
ui-alarm-no-server = Primero pon el servidor de tu organización (Contacto).
ui-alarm-no-organisation = Ninguna organización de tu servidor recibe alarmas todavía. Pregunta a la persona que te ayuda.
ui-alarm-help = Ayuda ahora
ui-alarm-help-hint = Mantén pulsado para enviar
ui-alarm-sent = Hecho
