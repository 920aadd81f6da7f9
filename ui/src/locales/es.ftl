# Los mensajes de las pantallas en español. Cada id de en.ftl debe estar aquí.
#
# GLOSARIO: los términos de organización se eligen una vez y se usan igual en todas partes,
# los mismos que ya usan las hojas impresas (crates/print/locales/es.ftl).
#   Trato: de usted, como en lo impreso ("regístrese", "marque su nombre"); frases cortas,
#   cálidas y llanas, como se habla en una reunión del barrio.
#   chapter → capítulo · sample chapter → capítulo de muestra (impreso: "Datos de muestra")
#   organizer → organizador, organizadora; mejor "quien organiza" cuando se puede
#   member → miembro · leader → líder · people → personas · meeting → reunión
#   one-on-one → conversación uno a uno
#   ladder (of engagement) → escalera de participación; leadership ladder → escalera de
#   liderazgo; a step on it → escalón
#   base building → construir la base (impreso: "construye la base")
#   sign-in → registro de asistencia; sign-in sheet → hoja de registro; to sign in → registrarse
#   follow up → dar seguimiento; a follow-up → un seguimiento; follow-ups due → seguimientos
#   pendientes
#   ask → petición · next step → próximo paso · self-interest → interés propio
#   needs assessment → diagnóstico de necesidades; felt need → necesidad sentida; widely /
#   deeply felt → extendida / grave; winnable → se puede ganar (impreso)
#   area (of an assessment) → zona (impreso) · form → formulario · enter (from paper) → ingresar
#   service program → programa de servicio · partners → aliados (impreso)
#   childcare → cuidado de niños; interpretation → interpretación; step-free access → acceso sin
#   escalones (impreso)
#   do not contact → no contactar · duplicate → posible duplicado · merge → unir registros
#   backup → copia de seguridad (o "copia", si ya se sabe de qué) · restore → restaurar
#   laptop → computadora ("esta computadora") · settings → Configuración
#   log (the app's own) → bitácora, para no confundirla con el registro de asistencia

-brand = Groundwork

## Compartidos

save = Guardar
saving = Guardando…
saved = ✓ Guardado
cancel = Cancelar
cancelling = Cancelando…
dismiss = Cerrar
try-again = Intentar de nuevo
error-more = Más detalles
progress-count = { $done } de { $total } { $unit }
progress-pages = páginas

## Idiomas

language-choice = Idioma
settings-language-title = Idioma
settings-language-hint = El idioma de las pantallas en esta computadora; cada computadora guarda el suyo. Lo que se imprime sigue lo que marque en “Imprimir en”, más abajo.
settings-untranslated = { $count ->
    [one] Falta un texto por traducir; se muestra en inglés.
   *[other] Faltan { $count } textos por traducir; se muestran en inglés.
}

## Al abrir (App)

app-opening = Abriendo el capítulo…
app-open-failed = { -brand } no pudo abrir el capítulo

## La primera ventana (WelcomeView)

welcome-title = Bienvenidos a { -brand }
welcome-lead = Para empezar, escriba el nombre de su capítulo. Todo lo que ingrese se queda en esta computadora.
welcome-name-label = El nombre de su capítulo
welcome-start = Empezar
welcome-just-looking = ¿Solo quiere mirar?
welcome-sample-explain = El capítulo de muestra está lleno de personas inventadas, para que pueda probar sin usar datos reales.
welcome-open-sample = Abrir el capítulo de muestra

## El marco de cada pantalla (AppShell, áreas)

app-name = { -brand }
find-someone = Buscar a alguien
find-someone-keys = Ctrl+K
nav-label = Principal
nav-people = Personas
nav-meetings = Reuniones
nav-needs = Necesidades
nav-print = Imprimir
nav-settings = Configuración

## El aviso del capítulo de muestra

sample-banner-label = Capítulo de muestra
sample-banner-title = Capítulo de muestra
sample-banner-note = — personas inventadas, para hacer pruebas
leave-sample = Salir de la muestra

## Configuración

settings-title = Configuración
settings-chapter = Capítulo
settings-on-this-laptop = En esta computadora
settings-database = Los datos del capítulo se guardan en { $path }
settings-log = { -brand } lleva una bitácora de lo que hace (nunca el nombre, teléfono, correo ni dirección de nadie) en { $folder }, de los últimos siete días. Si algo sale mal, la bitácora le sirve a quien lo revise.
settings-open-log-folder = Abrir la carpeta de la bitácora

## Los datos del capítulo (primera ventana y Configuración)

chapter-name = Nombre del capítulo
chapter-name-hint = Sale impreso arriba en cada hoja.
chapter-name-missing = Escriba el nombre de su capítulo. Puede cambiarlo después en Configuración.
chapter-name-too-long = Use un nombre más corto: { $max } letras como máximo, para que quepa en el papel.
paper-size = Tamaño del papel
paper-letter = Carta (EE. UU.)
paper-a4 = A4
print-in = Imprimir en
print-in-missing = Elija por lo menos un idioma para imprimir.
print-both-languages = Los dos en la misma hoja
time-zone = Zona horaria
time-zone-hint = Las horas de las reuniones se muestran y se imprimen en esta zona horaria.
time-zone-missing = Elija la zona horaria donde se reúne su capítulo.

## Escalera de liderazgo (Configuración)

ladder-title = Escalera de liderazgo
ladder-explain = Los escalones que sube la gente, desde el primer contacto hasta formar a otros líderes. Llámelos como los llama su capítulo; cada quien se queda en su escalón.
ladder-step = Escalón { $number }
ladder-rename = Cambiar nombre
ladder-rename-step = Cambiar el nombre del escalón { $number }
ladder-renamed = ✓ Nombre cambiado
ladder-name-missing = Póngale un nombre al escalón.

## Copias de seguridad (Configuración, la primera ventana y la barra sobre cada pantalla)

backups-title = Copias de seguridad
backups-advice = Haga una copia antes de cambios grandes, y guarde una lejos de esta computadora; en una memoria USB, por ejemplo.
back-up-now = Hacer una copia ahora…
restore-from-backup = Restaurar una copia de seguridad…
automatic-backups-title = Copias diarias automáticas
automatic-backups-hint = { -brand } guarda en esta computadora una copia por cada uno de los últimos días en que se usó.
automatic-backups-none = Todavía no hay ninguna. La primera se hace el primer día que use { -brand }.
backups-file = Archivo
backups-made = Fecha
backups-size = Tamaño
backups-action = Acción
backup-restore = Restaurar
backup-restore-file = Restaurar { $file }
backup-done = Copia guardada en { $path } ({ $size }).
restore-done = Se restauró { $file }. Lo que tenía antes quedó guardado como copia de seguridad.
backup-dialog-title = Hacer una copia de seguridad del capítulo
restore-dialog-title = Restaurar una copia de seguridad
backup-file-kind = Copia de seguridad de { -brand }
job-label = Copias de seguridad y restauración
job-backing-up = Haciendo la copia de seguridad
job-restoring = Restaurando
job-starting = Empezando…
job-backup-failed = La copia de seguridad no terminó.
job-restore-failed = La restauración no terminó. Sus datos siguen como estaban.
job-cancelled = Cancelado: no se cambió nada.
restore-confirm-title = ¿Reemplazar los datos del capítulo con esta copia?
restore-confirm-yes = Reemplazar con la copia
restore-confirm-no = Dejar los datos como están
restore-confirm-what = Todo lo que { -brand } tiene ahora se va a reemplazar con el contenido de { $file }.
restore-confirm-copy = Antes de reemplazarlos se guarda una copia de los datos de ahora; si hace falta, puede volver a ellos restaurando esa copia.

## Cuando los datos del capítulo no se abren (StartProblemView)

start-problem-title = { -brand } no pudo abrir los datos del capítulo
start-problem-file = El archivo es { $path }. No se ha tocado.
start-problem-ways = Lo que puede hacer
start-problem-newest = Poner en su lugar la copia de seguridad más reciente ({ $file }, del { $when }). El archivo que no se pudo abrir se guarda en la carpeta de copias, por si alguien puede rescatar lo que cambió desde entonces.
start-problem-restore = Restaurar la copia más reciente
start-problem-restoring = Restaurando…
start-problem-no-backup = Junto a este archivo no hay ninguna copia de seguridad del capítulo que se pueda poner en su lugar.
start-problem-other = O abra otro archivo de capítulo: una copia que guardó en otro lugar, o una copia de otra computadora.
start-problem-open-file = Abrir un archivo de capítulo…
start-problem-opening = Abriendo…
restoring-backup = Restaurando la copia de seguridad…
restoring-backup-progress = Restaurando la copia de seguridad: { $done } de { $total } { $unit }

## Partes comunes de los formularios y de imprimir (components/shared)

form-esc-cancels = Esc para cancelar
printed-saved-to = Guardado en { $path } ({ $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
})
printed-open = Abrir para imprimir
unsaved-title = ¿Salir sin guardar?
unsaved-leave = Salir sin guardar
unsaved-keep-editing = Seguir editando
unsaved-explain = Lo que escribió en el formulario abierto todavía no se ha guardado y se va a perder.
chips-remove = Quitar { $item }
chips-add = Agregar
optional = (opcional)

## Imprimir

print-title = Imprimir
print-intro = Cada documento se guarda como PDF, para abrirlo e imprimirlo.
print-language = Idioma
print-paper = Papel
print-sign-in-title = Hoja de registro
print-sign-in-explain = Una hoja en blanco para pasar durante la reunión, donde cada quien anota su nombre y cómo localizarlo.
print-meeting-title = Título de la reunión
print-meeting-title-hint = Sale impreso debajo del nombre del capítulo; por ejemplo, “Reunión general, 3 de marzo”.
print-rows = Renglones
print-rows-hint = Vacío: una página completa.
print-rows-invalid = Los renglones deben ser un número entero del 1 al { $max }. Déjelo vacío para llenar una página.
print-making-pdf = Preparando el PDF…
print-sign-in = Imprimir la hoja de registro

## Reuniones: la lista y la reunión (MeetingsView, MeetingList, MeetingRecord)

meetings-title = Reuniones
meetings-new = Nueva reunión
meetings-empty-title = Reuniones a las que la gente pueda venir
meetings-empty-explain = Planee cada reunión para que las personas que organiza puedan venir: cuidado de niños, interpretación, comida, una entrada sin escalones y un horario que no choque con sus turnos de trabajo. Imprima una hoja de registro para la puerta y, después, escriba los nombres: la aplicación cuenta quién vino, quién vino por primera vez y quién necesita cuidado de niños la próxima vez.
meetings-pick = Elija una reunión de la lista para ver quién vino.
meetings-pick-keys = ↑ y ↓ recorren la lista; Enter abre la reunión.
meetings-list-label = Reuniones, de la más reciente a la más antigua
meetings-list-empty = Todavía no hay reuniones.
meetings-upcoming = próxima
meetings-no-place = Sin lugar
meetings-no-place-yet = Todavía no tiene lugar
meetings-no-sign-ins = Sin asistencia registrada todavía
meetings-opening = Abriendo la reunión…
meetings-enter-sign-ins = Ingresar la asistencia
meetings-edit-button = Editar
meetings-who-came = Quién vino
meetings-who-came-none = Después de la reunión, presione “{ meetings-enter-sign-ins }” y escriba los nombres de la hoja: con Enter, cada persona queda como presente.
meetings-badge-first-time = primera vez
meetings-badge-childcare = necesita cuidado de niños
meetings-no-one-yet = Nadie se ha registrado todavía
meetings-came = { $count ->
    [one] { $count } asistente
   *[other] { $count } asistentes
}
meetings-first-time = { $count } por primera vez
meetings-need-childcare = { $count ->
    [one] { $count } necesita cuidado de niños la próxima vez
   *[other] { $count } necesitan cuidado de niños la próxima vez
}
meetings-counts-separator = {", "}
meetings-childcare = Con cuidado de niños
meetings-no-childcare = Sin cuidado de niños
meetings-interpretation = Interpretación: { $languages }
meetings-no-interpretation = Sin interpretación
meetings-food = Con comida
meetings-no-food = Sin comida
meetings-step-free = Acceso sin escalones
meetings-no-step-free = No se sabe si hay acceso sin escalones

## Reuniones: el formulario de una reunión nueva o cambiada (MeetingForm)

meetings-edit = Editar { $title }
meetings-form-hint = Basta con un título y la hora en que empieza; lo demás se agrega cuando se vaya arreglando.
meetings-form-title = Título
meetings-form-starts = Empieza
meetings-form-starts-hint = Día y hora, en la zona horaria del capítulo.
meetings-form-ends = Termina
meetings-form-ends-hint = La hora en que termina, para que la gente pueda planear cómo llegar y su turno de trabajo.
meetings-ends-next-day = Termina al día siguiente, { $day }.
meetings-form-place = Lugar
meetings-form-place-example = Sótano de la iglesia St. Pius, 1919 S Ashland Ave
meetings-form-access = Lo que hace posible venir
meetings-form-access-hint = Marque lo que ya está arreglado. Se muestra en la reunión y se cuenta.
meetings-form-step-free = Acceso sin escalones (se entra sin subir escaleras)
meetings-form-interpretation = Idiomas de interpretación
meetings-form-interpretation-hint = Escriba un idioma y presione Enter; por ejemplo, español o vietnamita.
meetings-form-notes = Notas
meetings-save = Guardar la reunión
meetings-title-missing = Póngale a la reunión un nombre que la gente reconozca, como “Reunión de inquilinos”.
meetings-starts-missing = Elija el día y la hora en que empieza la reunión.
meetings-starts-invalid = Escriba el día y la hora en que empieza, por ejemplo 2026-03-03 18:30.
meetings-ends-invalid = Escriba una hora, por ejemplo 8:00 p.m., o déjela vacía.
meetings-too-long = Así la reunión duraría más de { $hours } horas: revise a. m. y p. m.
meetings-notes-too-long = Es demasiado largo para guardarlo: acórtelo un poco.

## Reuniones: la hoja de registro de la reunión (MeetingSheetForm)

meetings-sheet-explain = Para la puerta: nombre, teléfono, correo, código postal, idioma y una casilla para el cuidado de niños la próxima vez.
meetings-sheet-expected = Imprimir ya los nombres de quienes se espera
meetings-sheet-expected-hint = Quienes vinieron a reuniones anteriores salen impresos con una casilla para marcar; las personas nuevas escriben su nombre abajo.

## Reuniones: ingresar una hoja de registro llena (SignInEntryPanel, NewAttendeeForm)

entry-done = Listo
entry-name-label = Nombre en la hoja
entry-undo = Deshacer
entry-matches-label = Personas que pueden ser “{ $text }”
entry-badge-already = ya está aquí
entry-no-match = Nadie en el capítulo coincide con “{ $text }”. { $key } la agrega como persona nueva.
entry-key-enter = registra a la persona resaltada
entry-key-arrows = eligen otra
entry-key-new = persona nueva
entry-key-esc = borra
entry-key-undo = deshace el último registro
entry-signed-in-title = Presentes
entry-signed-in-none = Aquí aparecen los nombres que vaya registrando, el más reciente arriba.
entry-already = { $name } ya tiene su asistencia registrada.
entry-signed-in = Asistencia registrada: { $name }
entry-not-signed-in = No se pudo registrar la asistencia de { $name }.
entry-added = Se agregó y se registró su asistencia: { $name } (primera vez)
entry-nothing-to-undo = No hay nada que deshacer.
entry-undone = Se deshizo: { $name }
entry-undone-new = Se deshizo: { $name } (ya no consta su asistencia; su ficha se queda en Personas)
entry-still-signed-in = La asistencia de { $name } sigue registrada.
meetings-new-person = Persona nueva
meetings-new-person-hint = Todavía no está en el capítulo: se agrega a Personas y se registra su asistencia, como primera vez.
meetings-new-first-name = Nombre
meetings-new-last-name = Apellido
meetings-new-phone = Teléfono
meetings-new-email = Correo electrónico
meetings-new-zip = Código postal
meetings-new-prefers = Prefiere
meetings-new-not-asked = No se preguntó
meetings-new-childcare = Necesita cuidado de niños la próxima vez
meetings-new-adding = Agregando…
meetings-new-add = Agregar y registrar
meetings-new-enter-adds = { $key } agrega
meetings-new-esc-back = { $key } vuelve al nombre
meetings-new-name-missing = Escriba el nombre tal como está en la hoja.
meetings-new-phone-invalid = Un número de teléfono lleva dígitos.
meetings-new-email-invalid = Esto no parece un correo electrónico, como ana@example.org.
meetings-new-zip-invalid = Use solo números y letras, como 60614.

## Reuniones: después de ingresar la hoja (SignInSummaryPanel)

summary-title = Asistencia ingresada
summary-no-one-new = nadie nuevo
summary-follow-up-title = Dar seguimiento a las personas nuevas
summary-no-one-new-hint = Esta vez no vino nadie nuevo.
summary-follow-up-explain = Una llamada o un mensaje en los próximos días, mientras la reunión está fresca, es lo que hace que la gente vuelva. Un nombre abre su ficha.
summary-no-contact = Sin teléfono ni correo
summary-to-call = { $count ->
    [one] { $count } persona a quien llamar.
   *[other] { $count } personas a quienes llamar.
}
summary-counting = Contando quién vino…
summary-back = Volver a la reunión
summary-more = Ingresar más nombres

## Necesidades: la lista y el diagnóstico (NeedsView, AssessmentList, AssessmentRecord)

needs-title = Diagnósticos de necesidades
needs-new = Nuevo diagnóstico
needs-empty-title = Conozca lo que necesitan sus vecinos
needs-empty-explain = Antes de que el capítulo decida qué construir, pregúntele a la gente de su alrededor qué es lo que más le pesa: la renta y las reparaciones, los cortes de luz o de agua, la comida, el trabajo, cómo moverse. Un diagnóstico de necesidades por zona es una ronda de esas preguntas, en los barrios, códigos postales o territorios que usted elija: de puerta en puerta, en una mesa o en una reunión.
needs-empty-explain-more = Imprima formularios numerados en los idiomas que habla la gente, ingrese las respuestas después, y la aplicación ordena las necesidades según qué tan extendidas y qué tan graves son, zona por zona. Quien pida que le llamen aparece en una lista para usted.
needs-pick = Elija un diagnóstico de la lista para ver lo que dicen sus respuestas.
needs-pick-keys = ↑ y ↓ recorren la lista; Enter abre el diagnóstico.
needs-list-label = Diagnósticos de necesidades, del más reciente al más antiguo
needs-list-empty = Todavía no hay diagnósticos.
needs-badge-sample = muestra
needs-areas-none = Todavía no hay zonas
needs-forms-entered-of = { $printed ->
    [one] { $entered } de { $printed } formulario ingresado
   *[other] { $entered } de { $printed } formularios ingresados
}
needs-forms-none-printed = Todavía no hay formularios impresos
needs-opening = Abriendo el diagnóstico…
needs-fact-when = Cuándo
needs-fact-gathered-by = Cómo se recogen
needs-fact-languages = Idiomas
needs-fact-forms = Formularios
needs-fact-form-numbers = Números de los formularios
needs-forms-printed = { $printed ->
    [one] { $printed } impreso
   *[other] { $printed } impresos
}, { $entered ->
    [one] { $entered } ingresado
   *[other] { $entered } ingresados
}
needs-forms-printed-none = Ninguno impreso todavía, { $entered ->
    [one] { $entered } ingresado
   *[other] { $entered } ingresados
}
needs-form-numbers = Los formularios salen numerados { $first }, { $second }, …
needs-untranslated = { $language }: { $count ->
    [one] falta { $count } texto por traducir
   *[other] faltan { $count } textos por traducir
}
needs-translate-in-survey = Traducir en Encuesta
needs-tabs-label = { $name }: trabajo
needs-tab-ranking = Lo que dicen las respuestas
needs-tab-programs = Programas
needs-tab-entry = Ingresar formularios
needs-tab-print = Imprimir formularios
needs-tab-follow-ups = Seguimientos
needs-tab-survey = Encuesta
needs-period = Del { $start } al { $end }
needs-period-from = Desde el { $start }
needs-period-until = Hasta el { $end }
needs-period-none = Sin fechas
needs-area-kind-neighbourhoods = Barrios
needs-area-kind-zip-codes = Códigos postales
needs-area-kind-turfs = Territorios
needs-method-door-to-door = De puerta en puerta
needs-method-tabling = Mesas informativas
needs-method-listening-sessions = Sesiones de escucha
needs-method-community-meetings = Reuniones comunitarias
needs-method-tabling-one = Mesa informativa
needs-method-listening-session = Sesión de escucha
needs-method-community-meeting = Reunión comunitaria
needs-methods-none = Sin indicar

## Necesidades: el formulario de un diagnóstico nuevo (AssessmentForm)

needs-form-title = Nuevo diagnóstico de necesidades
needs-form-hint = Una ronda de preguntarles a los vecinos qué necesitan. Para empezar basta con un nombre; los formularios, su ingreso y la clasificación vienen después.
needs-form-name = Nombre
needs-form-name-example = Eastside, primavera 2026
needs-form-areas = Las zonas que abarca
needs-form-area-kind = Tipo de zona
needs-form-areas-example = Eastside, Riverbend, Mill Hill
needs-form-areas-example-turfs = Territorio 1, Territorio 2, Pilsen norte
needs-form-areas-hint = Sepárelas con comas. Cada formulario pregunta en cuál se llenó, para poder comparar las respuestas zona por zona.
needs-form-first-day = Primer día
needs-form-last-day = Último día
needs-form-methods = Cómo se recogen las respuestas
needs-form-languages = Idiomas de los formularios
needs-form-other-languages = Códigos de otros idiomas
needs-form-other-languages-hint = Dos o tres letras cada uno, como vi para vietnamita o ht para criollo haitiano. El inglés y el español ya vienen traducidos; los textos de otro idioma se escriben en Encuesta antes de poder imprimir sus formularios.
needs-form-save = Guardar el diagnóstico
needs-name-missing = Póngale un nombre al diagnóstico, como “Eastside, primavera 2026”.
needs-starts-invalid = Escriba un día, por ejemplo 2026-03-01, o déjelo vacío.
needs-ends-invalid = Escriba un día, por ejemplo 2026-04-30, o déjelo vacío.
needs-ends-before-starts = El último día cae antes del primero: revise las fechas.
needs-other-language-invalid = “{ $code }” no es un código de idioma: use dos o tres letras, como vi o ht.
needs-languages-missing = Elija por lo menos un idioma para los formularios.

## Necesidades: ingresar formularios llenos en papel (EntryPanel, EntryQuestion, EntryConsent, EntryRecent)

needs-entry-title = Ingresar formularios llenos
needs-entry-settings = Para todos los formularios de este montón
needs-entry-entered-by = Ingresado por
needs-entry-area = Zona
needs-entry-not-known = No se sabe
needs-entry-language = Formularios en
needs-entry-method = Cómo se recogieron
needs-entry-form-number = Número de formulario
needs-entry-form-number-example = { $number } o 42
needs-entry-keys-or = o
needs-entry-key-next = siguiente pregunta
needs-entry-key-scale = en una escala
needs-entry-key-yes-letter = S
needs-entry-key-yes-no = sí o no
needs-entry-key-delete = vacía una pregunta
needs-entry-key-save = guarda
needs-entry-key-take-back = retira el último formulario
needs-entry-scale-key = En cada escala, 1 es “nada difícil” y 5 es “muy difícil”.
needs-entry-about = Sobre el hogar
needs-entry-take-back-last = Retirar el último
needs-entry-save = Guardar el formulario
needs-entry-count = { $count ->
    [one] { $count } formulario ingresado en esta sesión
   *[other] { $count } formularios ingresados en esta sesión
}
needs-entry-entered = Formulario { $form } ingresado
needs-entry-nothing-to-take-back = No hay nada que retirar.
needs-entry-not-taken-back = No se pudo retirar el formulario { $form }: { $error }
needs-entry-taken-back-to-fix = Formulario { $form } retirado para corregirlo
needs-entry-taken-back = Formulario { $form } retirado
needs-entry-no-area = No eligió ninguna zona, así que este formulario no va a contar en la clasificación de ninguna zona. Elija la zona donde se llenó, o guarde otra vez para ingresarlo sin zona.
needs-entry-top-three-full = Ya hay tres necesidades marcadas; desmarque una para elegir otra.
needs-entry-form-number-missing = Escriba el número impreso en el formulario, como K7QF-0042 o solo 42.
needs-entry-entered-by-missing = Escriba su nombre en “{ needs-entry-entered-by }”, para que el capítulo sepa quién ingresó estos formularios.
needs-entry-whole-number = Escriba un número entero, como 4.
needs-entry-top-three-hint = Hasta tres. { $count } de { $limit } marcadas.
needs-entry-consent-title = Consentimiento y contacto
needs-entry-consent-given = Dio su consentimiento
needs-entry-consent-shut = Los datos de contacto se pueden escribir cuando el consentimiento está marcado; sin consentimiento no se guarda nada personal.
needs-entry-name = Nombre
needs-entry-phone = Teléfono
needs-entry-email = Correo electrónico
needs-entry-wants-contact = Pidió que se le contacte
needs-entry-recent-title = Recién ingresados
needs-entry-answers = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
needs-entry-added-to-people = se agregó a Personas
needs-entry-take-back = Retirar
needs-entry-take-back-form = Retirar el formulario { $form }
needs-entry-recent-none = Aquí aparecen los formularios que vaya ingresando, el más reciente arriba.
needs-entry-take-back-title = ¿Retirar el formulario { $form }?
needs-entry-take-back-confirm = Sí, retirarlo
needs-entry-take-back-keep = Dejarlo
needs-entry-take-back-explain = Lo ingresó { $name }, no en esta sesión. Sus respuestas se quitan de los conteos y el formulario se puede volver a ingresar.

## Necesidades: lo que dicen las respuestas (RankingPanel, RankingChart)

needs-chart-show = Mostrar las necesidades
needs-chart-overall = En total
needs-chart-by-area = Por zona
needs-chart-by-language = Por idioma
needs-chart-titles-in = Necesidades en
needs-chart-empty-title = Ingrese los primeros formularios para ver las necesidades en orden.
needs-chart-empty-explain = Cada necesidad se ordena según cuántas de las personas consultadas la nombraron y qué tan difícil dijeron que es para ellas, del 1 al 5. Imprima formularios numerados, llévelos a las puertas, a la mesa o a la reunión, y después ingréselos aquí.
needs-chart-counting = Contando las respuestas…
needs-chart-overall-heading = { $count ->
    [one] La proporción de { $count } persona consultada que nombró cada necesidad
   *[other] La proporción de las { $count } personas consultadas que nombraron cada necesidad
}
needs-chart-no-area-yet = Todavía ningún formulario dice su zona.
needs-chart-no-language-yet = Todavía ningún formulario dice su idioma.
needs-chart-forms = { $count ->
    [one] { $count } formulario
   *[other] { $count } formularios
}
needs-chart-forms-entered = { $count ->
    [one] { $count } formulario ingresado
   *[other] { $count } formularios ingresados
}
needs-chart-no-forms = Todavía no hay formularios ingresados
needs-chart-explain = La barra es la proporción de personas que nombraron la necesidad: entre sus tres principales, o como difícil o muy difícil (4 o 5). El promedio dice qué tan difícil es para todos los que la calificaron, del 1 (nada difícil) al 5 (muy difícil): cada formulario califica todas las necesidades, nombradas o no, así que una necesidad puede tener más calificaciones que menciones.
needs-chart-none-named = En estos formularios no se nombró ninguna necesidad.
needs-chart-area-not-given = Zona sin indicar
needs-chart-language-not-given = Idioma sin indicar
needs-chart-share-mean = { $share } · promedio { $mean } de 5
needs-chart-share-not-rated = { $share } · sin calificar
needs-chart-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
needs-chart-spread = Calificada por { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}, del 1 al 5: { $spread }
needs-chart-row = { $rank }. { $title }: la nombraron { $named } de { $asked ->
    [one] { $asked } persona
   *[other] { $asked } personas
} ({ $share }), { $rated }
needs-chart-mean-severity = gravedad promedio { $mean } de 5
needs-chart-not-rated = sin calificar

## Necesidades: imprimir formularios numerados (PrintFormsPanel)

needs-print-intro = Cada formulario lleva su propio número, empezando por { $number } para el próximo que se imprima, para que cada formulario lleno se ingrese una sola vez. Los números solo se gastan cuando el PDF queda escrito.
needs-print-label = Imprimir formularios numerados
needs-print-count = Cuántos formularios
needs-print-count-hint = Del 1 al { $max } cada vez.
needs-print-language = Idioma
needs-print-paper = Papel
needs-print-paper-chapter = Lo que usa el capítulo: { $paper }
needs-print-paper-chapter-unset = Lo que usa el capítulo
needs-print-untranslated = { $languages }. Estos formularios no se pueden imprimir hasta que la encuesta esté traducida.
needs-print-open-survey = Abrir la encuesta
needs-print-count-button = Imprimir { $count ->
    [one] { $count } formulario
   *[other] { $count } formularios
}
needs-print-count-missing = Diga cuántos formularios quiere imprimir, del 1 al { $max }.
needs-print-count-whole = Imprima un número entero de formularios.
needs-print-count-range = Imprima entre 1 y { $max } formularios cada vez.
needs-print-unit = formularios
needs-print-printing = Imprimiendo los formularios…
needs-print-printing-for = Imprimiendo los formularios de { $name }…
needs-print-printing-label = Imprimiendo los formularios
needs-print-printed-one = Se imprimió el formulario { $first } ({ $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
})
needs-print-printed = Se imprimieron los formularios { $first } al { $last } ({ $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
})
needs-print-saved-to = Se guardó en { $path }
needs-print-open = Abrir
needs-print-close = Cerrar
needs-print-cancelled = Se canceló la impresión. No se imprimió nada y no se gastó ningún número.
needs-print-failed = No se pudieron imprimir los formularios
needs-print-nothing-printed = No se imprimió nada.
needs-form-pages = Impreso, un formulario ocupa { $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
} ({ $languages }, { $paper })
needs-form-pages-failed = Todavía no se pueden contar las páginas impresas: { $error }

## Necesidades: las personas que pidieron que se les contacte (FollowUpsPanel)

needs-follow-ups-none = Nadie está esperando una llamada. Cuando alguien da su consentimiento en el formulario y pide que le llamen, aparece aquí en cuanto se ingresa el formulario, y también en Personas, con las necesidades que nombró.
needs-follow-ups-count = { $count ->
    [one] { $count } persona pidió que se le contacte
   *[other] { $count } personas pidieron que se les contacte
}
needs-follow-ups-no-contact = No anotó teléfono ni correo
needs-follow-ups-named = Nombró: { $needs }
needs-follow-ups-named-none = No nombró ninguna necesidad entre sus tres principales
needs-follow-ups-form = Formulario { $form }, ingresado el { $day }
needs-follow-ups-done = Listo
needs-follow-ups-done-label = Listo: ya se contactó a { $name }
needs-follow-ups-finding = Buscando quién pidió que se le contacte…

## Necesidades: programas de servicio como puntos de entrada (ProgramsPanel, ProgramRow, ProgramCriterion, ProgramScoreForm, ProgramProject, ProgramAddForm)

needs-programs-intro = Un programa de servicio atiende una necesidad sentida y, bien llevado, trae gente a la organización: el servicio es la puerta; lo que importa son las relaciones y los líderes que nacen de él. Califique cada candidato según los seis criterios; los más fuertes, una vez en la lista corta, pueden convertirse en un proyecto para construir la base.
needs-programs-making-pdf = Preparando el PDF…
needs-programs-print = Imprimir el resumen
needs-programs-print-hint = Lo que dicen las respuestas, en gráficas, y la lista corta: para la reunión del capítulo.
needs-programs-printed = Se imprimió { $file } ({ $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
})
needs-programs-candidates = Candidatos, del más fuerte al más débil
needs-programs-no-forms = Todavía no hay formularios ingresados, así que no hay nada sugerido para extendida y grave: califíquelas usted, o ingrese formularios primero.
needs-programs-finding = Buscando los programas…
needs-programs-catalogue-empty = El catálogo está vacío. Agregue abajo un programa propio del capítulo.
needs-programs-rank = Puesto
needs-programs-answers = Atiende: { $needs }
needs-programs-answers-none = Sin necesidades indicadas
needs-programs-shortlisted = En la lista corta
needs-programs-chapters-own = Propio del capítulo
needs-programs-not-saved = Sin guardar
needs-programs-total = { $total } de { $max }
needs-programs-unscored = { $count ->
    [one] { $count } criterio sin calificar todavía
   *[other] { $count } criterios sin calificar todavía
}
needs-programs-saved = Guardado.
needs-programs-saved-rank = Guardado. Ahora va en el puesto { $rank } de { $of }, con { $total }.
needs-criterion-widely-felt = Extendida
needs-criterion-widely-felt-explain = Mucha gente la nombra.
needs-criterion-widely-felt-low = pocos
needs-criterion-widely-felt-high = muchos
needs-criterion-deeply-felt = Grave
needs-criterion-deeply-felt-explain = Duele: la gente dice que le resulta difícil o muy difícil.
needs-criterion-deeply-felt-low = leve
needs-criterion-deeply-felt-high = duele
needs-criterion-winnable = Se puede ganar
needs-criterion-winnable-explain = Podemos ganarlo o sacarlo adelante con la gente y el tiempo que tenemos.
needs-criterion-winnable-low = poco probable
needs-criterion-winnable-high = seguro
needs-criterion-builds-base = Construye la base
needs-criterion-builds-base-explain = Atrae a las personas más afectadas y forma líderes entre ellas.
needs-criterion-builds-base-low = poco
needs-criterion-builds-base-high = mucho
needs-criterion-resources = Recursos
needs-criterion-resources-explain = Lo que hace falta en dinero, espacio y habilidades: 5 quiere decir que necesita pocos.
needs-criterion-resources-low = necesita muchos
needs-criterion-resources-high = necesita pocos
needs-criterion-partners = Aliados
needs-criterion-partners-explain = Otros (congregaciones, sindicatos, clínicas, escuelas) ayudarían.
needs-criterion-partners-low = nadie todavía
needs-criterion-partners-high = muchos
needs-criterion-ends = 1 = { $low }, 5 = { $high }
needs-criterion-suggested = Sugerido
needs-criterion-not-yet = Todavía no
needs-criterion-suggested-from = Sugerido por las respuestas: { $score }
needs-criterion-suggested-counted = Sugerido por las respuestas: { $score }; cuenta hasta que usted elija
needs-score-label = Calificar { $name }
needs-score-notes = Notas
needs-score-notes-hint = Por qué estas calificaciones: quién lo llevaría, un aliado que se ofreció, cuánto costaría.
needs-score-shortlist = En la lista corta
needs-score-shortlist-hint = Los programas de la lista corta van primero, y uno de la lista corta puede convertirse en proyecto.
needs-score-preview = Todavía sin guardar: con estas calificaciones suma { $total }
needs-project-started = Proyecto iniciado
needs-project-started-as = Se inició el proyecto “{ $name }” ({ $status })
needs-project-status-planning = en planificación
needs-project-status-active = activo
needs-project-status-paused = en pausa
needs-project-status-ended = terminado
needs-project-make = Convertirlo en proyecto…
needs-project-make-hint = Conviértalo en un proyecto para construir la base, que el capítulo planea y lleva adelante.
needs-project-make-label = Convertir { $name } en proyecto
needs-project-name = Nombre del proyecto
needs-project-name-hint = Empieza en planificación, con las necesidades que atiende este programa.
needs-project-starting = Iniciando…
needs-project-start = Iniciar el proyecto
needs-project-shortlist-first = Cuando quede guardado en la lista corta, podrá convertirse en proyecto.
needs-project-name-missing = Póngale un nombre al proyecto.
needs-program-add-title = Agregar un programa propio
needs-program-add-hint = Un programa que falta en la lista y que el capítulo podría llevar adelante: se suma al catálogo de todos los diagnósticos y se abre arriba para calificarlo.
needs-program-added = Se agregó “{ $name }” al catálogo.
needs-program-name = Nombre
needs-program-name-example = Asesoría para inquilinos
needs-program-description = Qué hace
needs-program-needs = Las necesidades que atiende
needs-program-clear = Borrar
needs-program-name-missing = Póngale un nombre al programa.
needs-program-needs-missing = Marque por lo menos una necesidad que atienda.

## Necesidades: la encuesta, para leerla, editarla y traducirla (SurveyPanel, SurveyRead, SurveyEditor, SurveyTranslate, SurveyAdd…)

needs-survey-read-in = Leer en
needs-survey-edit-in = Editar los textos en
needs-survey-edit = Editar la encuesta
needs-survey-translate = Traducir
needs-survey-untranslated-title = Falta traducir antes de imprimir formularios en estos idiomas:
needs-survey-to-translate = { $language }: { $count ->
    [one] falta { $count } texto por traducir
   *[other] faltan { $count } textos por traducir
}
needs-survey-translate-language = Traducir al { $language }
needs-survey-only-english = Por ahora la encuesta solo está en inglés. Agregue un idioma al cual traducirla.
needs-survey-remove-title = ¿Quitar { $what }?
needs-survey-remove-label = Quitar { $what }
needs-survey-removed = Se quitó { $what }.
needs-survey-the-question = la pregunta “{ $text }”
needs-survey-the-choice = la opción “{ $text }”
needs-survey-remove = Quitar
needs-survey-remove-keep = No quitar
needs-survey-remove-explain = Se quita de la encuesta ahora mismo, en todos los idiomas. Los formularios ya impresos la siguen mostrando. No se puede quitar una pregunta u opción que ya tiene respuestas.
needs-survey-saved = Se guardó la encuesta.
needs-survey-saved-language = Se guardaron los textos en { $language }.
needs-survey-not-translated = (todavía sin traducir)
needs-survey-shown-in-english = Los textos que todavía no están traducidos al { $language } se muestran en inglés, en gris y cursiva.
needs-survey-consent-read = Consentimiento, que se lee antes de anotar cualquier dato de contacto
needs-survey-editing = Editando los textos en { $language }
needs-survey-edit-hint = Cambie cualquier texto, agregue una pregunta a una necesidad o una opción a una pregunta, o quite alguna. No se puede quitar una pregunta u opción que ya tiene respuestas. Elija otro idioma arriba para editar sus textos.
needs-survey-title = Título
needs-survey-intro = Lo primero que dice quien encuesta
needs-survey-consent = Consentimiento
needs-survey-consent-long = Consentimiento, que se lee antes de anotar los datos de contacto
needs-survey-opening = Inicio y consentimiento
needs-survey-need-n = Necesidad { $number }: { $title }
needs-survey-need-name = Nombre de la necesidad
needs-survey-question = Pregunta
needs-survey-choice = Opción
needs-survey-question-n = Pregunta { $number }
needs-survey-choices-of = Opciones de la pregunta { $number }
needs-survey-choice-of = Opción { $choice } de la pregunta { $number }
needs-survey-save = Guardar la encuesta
needs-survey-save-language = Guardar los textos en { $language }
needs-kind-scale = Escala del 1 al 5
needs-kind-single = Elegir una
needs-kind-multiple = Elegir varias
needs-kind-yes-no = Sí o no
needs-kind-text = Respuesta escrita
needs-kind-top-three = Elegir hasta tres necesidades
needs-kind-number = Un número
needs-survey-kept-top-three = La pregunta de las tres principales ordena las necesidades; se queda.
needs-survey-kept-scale = La escala del 1 al 5 de una necesidad mide qué tan difícil es; se queda.
needs-survey-kept-top-three-choices = Las opciones de las tres principales son las necesidades mismas.
needs-survey-kept-last-choice = Una pregunta con opciones necesita por lo menos una.
needs-survey-kept-other = Solo se pueden quitar preguntas y opciones.
needs-survey-add-choice = Agregar una opción
needs-survey-new-choice = Opción nueva para la pregunta { $number }
needs-survey-in-english = En inglés
needs-survey-add-choice-save = Agregar la opción
needs-survey-add-done = Listo
needs-survey-choice-missing = Primero escriba la opción en inglés.
needs-survey-choice-added = Se agregó “{ $text }”.
needs-survey-add-question = Agregar una pregunta sobre { $need }
needs-survey-new-question = Pregunta nueva sobre { $need }
needs-survey-question-in-english = La pregunta en inglés
needs-survey-add-question-save = Agregar la pregunta
needs-survey-kind = Tipo de respuesta
needs-survey-choices-in-english = Opciones en inglés, una por renglón
needs-survey-question-missing = Primero escriba la pregunta en inglés.
needs-survey-choices-missing = Escriba por lo menos una opción, una por renglón.
needs-survey-question-added = Se agregó “{ $text }” a { $need }. Guarde la encuesta para conservarla.
needs-survey-in-language = En { $language }
needs-survey-add-language = Agregar un idioma
needs-survey-add-language-hint = Su código corto, como { $vi } para vietnamita o { $ht } para criollo haitiano. Sus textos empiezan vacíos; tradúzcalos antes de imprimir formularios en ese idioma.
needs-survey-language-code = Código
needs-survey-language-name = Nombre
needs-survey-language-name-when = (para un código menos común)
needs-survey-add-language-save = Agregar el idioma
needs-survey-code-missing = Escriba el código del idioma, como vi para vietnamita o ht para criollo haitiano.
needs-survey-code-invalid = “{ $code }” no es un código de idioma; use dos o tres letras, como vi o ht.
needs-survey-code-taken = La encuesta ya está en { $language } ({ $code }).
needs-survey-code-unknown = Esta computadora no conoce el código “{ $code }”; revíselo, o póngale un nombre al idioma.
needs-survey-save-first = Primero guarde o cancele los cambios.
needs-survey-language-added = Se agregó el { $language }. Sus textos están listos para traducir.
needs-survey-translating = Traduciendo al { $language }
needs-survey-translate-into = Traducir a
needs-survey-only-missing = Mostrar solo los textos que faltan por traducir
needs-survey-all-translated = Todos los textos tienen su traducción al { $language }.
needs-survey-still-to-translate = Faltan por traducir { $missing } de { $total } textos.
needs-survey-translate-how = El inglés está a la izquierda; escriba el { $language } a la derecha. Las casillas vacías están marcadas.
