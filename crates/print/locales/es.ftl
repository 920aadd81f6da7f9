# Catálogo de impresión: español. Cada id del catálogo inglés debe existir aquí.
page-x-of-y = página { $page } de { $pages }
printed-on = Impreso el { $date }
sign-in-title = Registro de asistencia
sign-in-date = Fecha
sign-in-place = Lugar
sign-in-welcome = ¡Bienvenidos! Por favor, regístrese para mantenernos en contacto.
col-name = Nombre
col-phone = Teléfono
col-email = Correo electrónico
col-zip = Código postal
col-first-time = ¿Primera vez?
col-language = Idioma
sample-data = Datos de muestra, personas inventadas
