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
#   record (la página de una persona) → ficha; en duplicados y al unir → registro
#   ladder step → escalón; the built-in steps → Contacto, Asistente, Participante,
#   Voluntario(a), Líder, Organizador(a) (hasta que el capítulo les ponga su nombre)
#   goes by → le dicen · held by (one-on-one) → a cargo de · none (on a record) → sin anotar
#   due today → para hoy · overdue → atrasado · coming up → más adelante
#   in good standing → al día con sus cuotas · lapsed → membresía vencida
#   ranking → clasificación ("las necesidades en orden" en una frase) · shortlist → lista corta
#   score → calificar, calificaciones · mean → promedio · not given → sin indicar
#   take back (a form) → retirar · survey → encuesta · choice → opción
#   turf → territorio · tabling → mesas informativas · listening session → sesión de escucha
#   Organizaciones (el directorio, las relaciones y las conexiones):
#   organization → organización · directory → directorio · relationship → relación
#   partner → socia (organización socia) · ally → aliada · friendly → amistosa
#   unknown → sin conocer · neutral → neutral · opposed → en contra (en femenino: se dice de la
#   organización); los "partners" de un programa de servicio siguen siendo aliados (impreso)
#   tie → vínculo · strength (of a tie) → fuerza · would introduce us → nos presentaría
#   bridge → puente · contact log → historial de contactos · next step → próximo paso
#   relationships to tend → relaciones por cuidar · connections assessment → diagnóstico de
#   conexiones · union → sindicato · congregation → congregación · tenant association →
#   asociación de inquilinos · neighbourhood association → asociación de vecinos
#   mutual aid → ayuda mutua · base-building organization → organización que construye base
#   elected office → cargo electo · joint action → acción conjunta
#   Campañas (el cuadro de estrategia y los mapas de poder):
#   campaign → campaña · issue (de una campaña) → problema · strategy chart → cuadro de
#   estrategia · goal → meta · target → blanco (primary / secondary target → blanco principal /
#   blancos secundarios) · tactic → táctica · constituents → base afectada · ally → aliado ·
#   opponent → opositor (de una campaña, en masculino genérico; las organizaciones del
#   directorio siguen siendo "aliadas") · power map → mapa de poder · node (de un mapa) → elemento
#   Los nombres de idiomas van en minúscula dentro de una frase ("traducir al vietnamita") y con
#   mayúscula sólo como etiqueta. Las teclas (Enter, Shift, Ctrl, Esc) se nombran como están
#   impresas en el teclado.

-brand = Groundwork

## Compartidos

save = Guardar
saving = Guardando…
saved = ✓ Guardado
cancel = Cancelar
cancelling = Cancelando…
dismiss = Cerrar
try-again = Intentar de nuevo
error-internal = Algo falló dentro de Groundwork. Inténtelo de nuevo; si vuelve a pasar, cierre el programa y ábralo otra vez.
error-more = Más detalles
list-unfold = Mostrar la lista de { $name }
list-fold = Ocultar la lista
progress-count = { $done } de { $total } { $unit }
progress-count-open = { $done } { $unit }
size-kb = { $size } KB
size-mb = { $size } MB
size-gb = { $size } GB
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
menu-chapter = Capítulo
menu-settings = Configuración
menu-backup = Hacer una copia…
menu-restore = Restaurar una copia de seguridad…
menu-quit = Salir

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
welcome-committee-title = ¿Es el comité nacional?
welcome-committee-explain = La computadora del comité guarda las rondas de subvenciones: los archivos que envían los capítulos, las revisiones, las decisiones y los pagos.
welcome-committee-way-in = Este es el comité nacional
welcome-committee-sample = Abrir el comité nacional de muestra
welcome-committee-lead = Para empezar, escriba el nombre del comité nacional. Sus rondas de subvenciones se quedan en esta computadora.
welcome-committee-name-label = El nombre del comité nacional
welcome-committee-start = Empezar como comité
welcome-committee-back = No, este es un capítulo

## El marco de cada pantalla (AppShell, áreas)

app-name = { -brand }
find-someone = Buscar a alguien
find-someone-keys = Ctrl+K
nav-label = Principal
nav-people = Personas
nav-meetings = Reuniones
nav-needs = Necesidades
nav-orgs = Organizaciones
nav-campaigns = Campañas
nav-grants = Subvenciones
nav-rounds = Rondas
nav-print = Imprimir
nav-settings = Configuración

## El aviso del capítulo de muestra

sample-banner-label = Capítulo de muestra
sample-banner-title = Capítulo de muestra
sample-banner-note = — personas inventadas, para hacer pruebas
sample-banner-committee-label = Comité nacional de muestra
sample-banner-committee-title = Comité nacional de muestra
sample-banner-committee-note = — capítulos y solicitudes inventados, para hacer pruebas
leave-sample = Salir de la muestra

## Configuración

settings-title = Configuración
settings-chapter = Capítulo
settings-committee = Comité nacional
settings-committee-name = Nombre del comité
settings-on-this-laptop = En esta computadora
settings-database = Los datos del capítulo se guardan en { $path }
settings-database-committee = Los datos del comité se guardan en { $path }
settings-log = { -brand } lleva una bitácora de lo que hace (nunca el nombre, teléfono, correo ni dirección de nadie) en { $folder }, de los últimos siete días. Si algo sale mal, la bitácora le sirve a quien lo revise.
settings-open-log-folder = Abrir la carpeta de la bitácora

## Los datos del capítulo (primera ventana y Configuración)

chapter-name = Nombre del capítulo
chapter-name-hint = Sale impreso arriba en cada hoja.
chapter-name-missing = Escriba el nombre de su capítulo. Puede cambiarlo después en Configuración.
committee-name-missing = Escriba el nombre del comité nacional. Puede cambiarlo después en Configuración.
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
ladder-rename-step = Cambiar nombre del escalón { $number }
ladder-renamed = ✓ Nombre cambiado
ladder-name-missing = Póngale un nombre al escalón.
ladder-default-contact = Contacto
ladder-default-attendee = Asistente
ladder-default-participant = Participante
ladder-default-volunteer = Voluntario(a)
ladder-default-leader = Líder
ladder-default-organizer = Organizador(a)

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
people-import-dialog-title = Elija la lista de miembros
people-import-dialog-files = Listas de personas
chapter-open-dialog-title = Abrir el archivo de un capítulo
chapter-open-dialog-files = Capítulo de { -brand }
people-export-dialog-title = Exportar personas
people-export-dialog-files-csv = Archivos CSV
people-export-dialog-files-json = Archivos JSON
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
meetings-form-starts-hint = Día y hora, por ejemplo 17/12 6:30 p. m., en la zona horaria del capítulo.
meetings-form-reads-as = Se entiende: { $when }.
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
meetings-starts-invalid = Escriba el día y la hora en que empieza, por ejemplo 17/12 6:30 p. m.
meetings-ends-invalid = Escriba una hora, por ejemplo 8:00 p. m., o déjela vacía.
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

## Personas: el área, la lista y la búsqueda (PeopleView, PeopleList, PeopleSearch)

people-title = Personas
people-show = Mostrar
people-everyone = Todos
people-follow-ups-due = Seguimientos pendientes
people-possible-duplicates = Posibles duplicados
people-import = Importar…
people-export = Exportar…
people-add = Agregar una persona
people-find-people = Buscar personas
people-empty-title = Aquí empieza la base de su capítulo
people-empty-explain = Tenga en un solo lugar a todas las personas con quienes organiza: cómo localizarlas, los idiomas que hablan, lo que cargan en casa y en el trabajo, cuándo pueden venir y cada conversación uno a uno que tenga con ellas.
people-empty-start = Empiece por alguien con quien habló esta semana.
people-pick = Elija a alguien de la lista para ver su ficha.
people-pick-keys = Escriba un nombre, teléfono, correo o dirección en el buscador; ↑ y ↓ recorren la lista y Enter abre la ficha. Con Ctrl+K vuelve al buscador desde cualquier pantalla.
people-list-label = Personas
people-list-none-yet = Todavía no hay nadie.
people-no-match = { $filtered ->
    [yes] Nadie coincide con estos filtros.
   *[no] Nadie coincide.
}
people-no-match-text = { $filtered ->
    [yes] Con estos filtros, nadie coincide con “{ $text }”.
   *[no] Nadie coincide con “{ $text }”.
}
people-no-match-hint = Pruebe con parte del nombre o con los últimos dígitos del teléfono.
people-clear-filters = Quitar los filtros
people-badge-sample = muestra
people-badge-childcare = cuidado de niños
people-search-label = Buscar a una persona
people-search-hint = Nombre, teléfono, correo o dirección
people-filters = { $count ->
    [0] Filtros
    [one] Filtros ({ $count } activo)
   *[other] Filtros ({ $count } activos)
}
people-count-truncated = Se muestran { $shown } de { $total }: precise un poco más la búsqueda
people-count = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
people-filter-membership = Membresía
people-filter-anyone = Cualquiera
people-ladder-level = Escalón
people-filter-any-level = Cualquier escalón
people-filter-language = Idioma
people-filter-tag = Etiqueta
people-filter-zip = El código postal empieza con
people-filter-childcare = Necesita cuidado de niños

## Personas: la ficha de una persona (PersonRecord, PhoneLines, AvailabilityTable, AttendanceHistory)

people-opening = Abriendo la ficha…
people-edit = Editar
people-full-first-name = Nombre de pila: { $name }
people-maybe-same = Puede ser la misma persona que { $name } ({ $reasons }).
people-compare-merge = Comparar y unir registros…
people-contact = Contacto
people-phone = Teléfono
people-email = Correo electrónico
people-languages = Idiomas
people-preferred = (preferido)
people-not-known = No se sabe
people-none = Sin anotar
people-life = Su día a día
people-children-label = Hijos
people-needs-childcare-to-come = Necesita cuidado de niños para venir
people-caregiving = Cuidado de un adulto
people-no-adult-care = No cuida a ningún adulto
people-work-schedule = Horario de trabajo
people-getting-there = Cómo llega
people-none-noted = No se ha anotado nada
people-work-school-groups = Trabajo, estudios y grupos
people-work-school = Trabajo y estudios
people-tags = Etiquetas
people-membership-hint = Viene de la lista nacional de miembros; se cambia allá, no aquí.
people-membership-status = Situación
people-membership-type = Tipo
people-membership-dues = Cuotas
people-membership-joined = Se afilió
people-membership-expires = Vence
people-actionkit-id = ID de ActionKit
people-not-on-list = No está en la lista nacional de miembros.
people-origin = De dónde salió esta ficha
people-came-from = Salió de
people-van-id = ID de VAN
people-merged-from = Registros unidos
people-merged-by = (lo hizo { $name }, el { $date })
people-from-other-tools = De otras herramientas
people-notes = Notas
people-no-notes = Sin notas.
people-when-can-come = Cuándo suele poder venir { $name }
people-when-they-can-come = Cuándo suele poder venir
people-no-times = Todavía no se han anotado horarios.
people-free = Puede
people-not-free = No puede
people-meetings-attended = Reuniones a las que vino
people-no-meetings-yet = { $name } todavía no se ha registrado en ninguna reunión.
people-first-time = primera vez

## Personas: las palabras con que se escribe una ficha (lib/people: labels, person-record, availability, display-name)

people-no-name = (sin nombre)
people-status-good-standing = Al día con sus cuotas
people-status-member = Miembro
people-status-lapsed = Membresía vencida
people-works-days = Trabaja de día
people-works-evenings = Trabaja por la tarde
people-works-nights = Trabaja de noche
people-works-rotating = Turnos rotativos
people-works-irregular = Horario irregular
people-works-not-working = No trabaja ahora
people-transport-car = Tiene carro
people-transport-transit = Usa el transporte público
people-transport-walk-or-bike = Camina o va en bicicleta
people-transport-needs-ride = Necesita transporte
people-do-not-call = No llamar
people-do-not-text = No mandar mensajes de texto
people-do-not-email = No mandar correos
people-works-at = Trabaja en { $workplace }
people-student = Estudiante
people-children = { $count ->
    [0] Sin hijos
    [one] { $count } hijo
   *[other] { $count } hijos
}
people-cares-for-adult = Cuida a un adulto
people-cares-for-adult-note = Cuida a un adulto: { $note }
people-monday = Lunes
people-tuesday = Martes
people-wednesday = Miércoles
people-thursday = Jueves
people-friday = Viernes
people-saturday = Sábado
people-sunday = Domingo
people-morning = Mañana
people-afternoon = Tarde
people-evening = Noche
people-slot = { $part ->
    [morning] { $day } por la mañana
    [afternoon] { $day } por la tarde
   *[evening] { $day } por la noche
}

## Personas: posibles duplicados (DuplicatesList, lib/people/duplicates)

people-duplicates-hint = Registros que comparten un correo, un número de teléfono, o un nombre en la misma dirección; primero los que más se parecen. Al unir registros no se pierde ninguna conversación uno a uno, reunión ni cambio de escalón.
people-your-name = Su nombre
people-decided-by-hint = Queda anotado con cada “no es la misma persona”.
people-decided-by-missing = Primero escriba su nombre, para que el capítulo sepa quién lo decidió.
people-duplicates-looking = Buscando registros que pueden ser de la misma persona…
people-duplicates-none = No se encontraron posibles duplicados: no hay dos registros con el mismo correo, el mismo número de teléfono, o el mismo nombre en la misma dirección.
people-pair-and = y
people-not-same = No es la misma persona
people-marked-not-same = { $a } y { $b } quedan marcados como dos personas distintas.
people-duplicates-count = { $count ->
    [one] { $count } par por revisar
   *[other] { $count } pares por revisar
}
people-duplicates-count-cut = { $count ->
    [one] { $count } par por revisar. Se muestran los { $shown } que más se parecen; los demás van apareciendo a medida que estos se unen o se descartan.
   *[other] { $count } pares por revisar. Se muestran los { $shown } que más se parecen; los demás van apareciendo a medida que estos se unen o se descartan.
}
people-same-email = Mismo correo: { $email }
people-same-phone = Mismo teléfono: { $phone }
people-same-name-and-address = Mismo nombre y dirección: { $name }, { $street }
people-short-same-email = mismo correo
people-short-same-phone = mismo teléfono
people-short-same-name-and-address = mismo nombre y dirección
people-source-entered = Ingresado a mano en { -brand }
people-source-national-list = Lista nacional de miembros
people-source-sign-in = Una hoja de registro de una reunión
people-source-spoke = Lista de contactos de Spoke
people-source-van = Exportación de VAN
people-source-action-network = Exportación de Action Network
people-source-sample = Datos de muestra

## Personas: comparar y unir dos registros (MergePanel, lib/people/duplicates)

people-merge-title = Comparar y unir registros
people-merge-lead = { $a } y { $b } pueden ser la misma persona:
people-merge-back-record = Volver a la ficha
people-merge-back-list = Volver a la lista
people-merge-opening = Abriendo los dos registros…
people-merge-keep-title = Qué registro se queda
people-merge-keep-hint = El otro se une a este y se borra. Se queda el registro más antiguo, a menos que usted elija el otro.
people-merge-keep = Quedarse con este registro
people-merge-kept = Se queda
people-merge-merged-into = Se une al de { $name } y se borra
people-merge-added = Se agregó
people-phones = Teléfonos
people-emails = Correos
people-history = Historial
people-merge-none-yet = Nada todavía
people-merge-differ = En qué son distintos
people-merge-nothing-to-choose = No hay nada que elegir: los dos registros coinciden en todo, menos en lo que se junta más abajo.
people-merge-differ-hint = En cada caso, elija lo que va a quedar en el registro que se conserva.
people-merge-nothing = Nada
people-merge-on-kept = en el registro que se queda
people-merge-on-other = en el otro registro
people-merge-same = Igual en los dos:
people-merge-same-fields = { $fields }.
people-merge-joined = Lo que se junta de los dos
people-merge-when = Cuándo puede venir
people-merge-times = { $count ->
    [one] { $count } horario de la semana
   *[other] { $count } horarios de la semana
}
people-merge-stays = Se mantiene
people-merge-notes-kept = Se conservan las notas de los dos registros.
people-merged-by-label = Unido por
people-merged-by-hint = Su nombre, que queda anotado con la unión.
people-merged-by-missing = Escriba su nombre, para que el registro diga quién lo unió.
people-merging = Uniendo…
people-merge-records = Unir registros
people-merge-cannot-undo = Unir registros no se puede deshacer.
people-merge-confirm-title = ¿Unir estos registros?
people-merge-go-back = Volver
people-merge-confirm-what = El registro de { $away } se va a unir al de { $kept } y se va a borrar.
people-merge-cannot-undo-strong = Esto no se puede deshacer.
people-field-name = Nombre
people-field-pronouns = Pronombres
people-field-address = Dirección
people-field-preferred-language = Idioma preferido
people-field-union = Sindicato
people-field-workplace = Lugar de trabajo
people-field-access-needs = Necesidades de acceso
people-field-responsibilities = Hijos, cuidado de un adulto, horario de trabajo y cómo llega
people-field-membership = Membresía (lista nacional)
people-goes-by = { $name } (le dicen { $goesBy })
people-merge-needs-childcare = necesita cuidado de niños para venir
people-merge-cares-for-adult = cuida a un adulto
people-merge-cares-for-adult-note = cuida a un adulto ({ $note })
people-merge-dues = cuotas: { $dues }
people-merge-joined-on = se afilió el { $date }
people-merge-expires = vence el { $date }
people-merge-actionkit = ID de ActionKit { $id }
people-history-one-on-ones = { $count ->
    [one] { $count } conversación uno a uno
   *[other] { $count } conversaciones uno a uno
}
people-history-meetings = { $count ->
    [one] { $count } reunión
   *[other] { $count } reuniones
}
people-history-ladder-changes = { $count ->
    [one] { $count } cambio de escalón
   *[other] { $count } cambios de escalón
}
people-history-moves = { $count ->
    [one] { $list } pasa al registro que se queda.
   *[other] { $list } pasan al registro que se queda.
}
people-history-none = El otro registro no tiene conversaciones uno a uno, reuniones ni cambios de escalón que pasar.

## Personas: agregar o cambiar a una persona (PersonForm, ContactFields, LifeFields, AvailabilityChecks, lib/people/person-form)

people-form-edit = Editar a { $name }
people-form-hint = Basta con el nombre; lo demás se va llenando a medida que lo conozca.
people-first-name = Nombre
people-last-name = Apellido
people-goes-by-label = Le dicen
people-goes-by-hint = Se muestra en lugar del nombre.
people-pronouns-example = ella, él, elle…
people-speaks = Habla
people-speaks-hint = Primero el que habla con más soltura. Escriba un idioma y presione Enter.
people-prefers-language = Prefiere que le hablen en
people-no-preference = Sin preferencia
people-work-and-school = Trabajo y estudios
people-local = Local
people-tags-notes = Etiquetas y notas
people-tags-hint = Palabras con que el capítulo agrupa a la gente, como “sindicato de inquilinos” o “edificio de Elm St”.
people-access-hint = Lo que le hace posible venir a una reunión: acceso sin escalones, interpretación, letra grande…
people-number = Número
people-phone-label = Etiqueta
people-phone-label-example = celular, trabajo…
people-phone-kind-cell = celular
people-phone-kind-mobile = celular
people-phone-kind-home = casa
people-phone-kind-work = trabajo
people-remove-phone = Quitar el teléfono { $phone }
people-remove-email = Quitar el correo { $email }
people-remove = Quitar
people-add-phone = Agregar un teléfono
people-add-email = Agregar un correo
people-street = Calle y número
people-unit = Apto. / unidad
people-city = Ciudad
people-state = Estado
people-zip = Código postal
people-do-not-contact-by = No contactar por
people-children-at-home = Hijos en casa
people-needs-childcare-meeting = Necesita cuidado de niños para venir a una reunión
people-cares-for-family = Cuida a su padre o madre, o a un familiar con discapacidad
people-who-and-how = A quién y cómo
people-getting-to-meetings = Cómo llega a las reuniones
people-availability-hint = Marque cada horario de la semana que por lo general le queda bien.
people-first-name-missing = Escriba el nombre de la persona. Si solo sabe un apodo, use ese.
people-phone-invalid = Un número de teléfono lleva dígitos. Corríjalo o quite la fila.
people-email-invalid = Esto no parece un correo electrónico, como ana@example.org.
people-zip-invalid = Use solo números y letras, como 60614 o 60614-1234.
people-children-invalid = Escriba un número entero del 0 al { $max }.
people-too-long = Es demasiado largo para guardarlo: acórtelo un poco.

## Personas: la escalera en la ficha de una persona (LadderSection, lib/people/ladder)

people-ladder-title = Escalera de participación
people-ladder-now = Ahora: { $level }
people-change-level = Cambiar de escalón
people-suggested = Sugerencia:
people-suggested-move = pasar a { $level } — { $evidence }
people-use-suggestion = Usar esta sugerencia…
people-move-to = Pasar a
people-level-now = { $level } (ahora)
people-changed-by-label = Quién hace este cambio
people-why = Por qué
people-why-hint = Por ejemplo, “encabezó la visita casa por casa del sábado”. Más adelante el capítulo lo lee para ver cómo crece la gente.
people-save-change = Guardar el cambio
people-started-as = Empezó en { $level }
people-moved-up = Subió de { $from } a { $to }
people-moved-down = Bajó de { $from } a { $to }
people-changed-when = { $when } · por { $name }
people-level-missing = Elija el escalón al que pasa.
people-level-same = Ya está en este escalón: elija otro.
people-changed-by-missing = Escriba su nombre, para que el historial diga quién hizo el cambio.

## Personas: conversaciones uno a uno (OneOnOnes, OneOnOneForm, lib/people/one-on-one)

people-one-on-ones = Conversaciones uno a uno
people-log-one-on-one = Anotar una conversación uno a uno
people-no-one-on-ones = Todavía no hay conversaciones uno a uno. Después de hablar con { $name }, anote lo que supo y lo que acordaron.
people-no-one-on-ones-them = Todavía no hay conversaciones uno a uno. Después de hablar con esta persona, anote lo que supo y lo que acordaron.
people-held-with = con { $name }
people-their-story = Su historia
people-cares-about = Lo que le importa, y por qué
people-agreed-to = Se comprometió a
people-next-step = Próximo paso
people-follow-up = Seguimiento
people-follow-up-done = ✓ Hecho
people-follow-up-overdue = ⚠ Atrasado
people-held-on = Fecha
people-held-by = A cargo de
people-form-cares-about = Lo que le importa, y por qué
people-form-agreed-to = Lo que se comprometió a hacer
people-follow-up-on = Fecha de seguimiento
people-follow-up-hint = Aparece en “{ people-follow-ups-due }” a partir de ese día.
people-save-one-on-one = Guardar la conversación
people-held-on-invalid = Escriba el día en que hablaron, por ejemplo 2026-03-03.
people-held-on-future = Ese día todavía no llega. Anote la conversación uno a uno después de tenerla.
people-held-by-missing = Escriba el nombre de quien tuvo la conversación.
people-follow-up-invalid = Escriba un día, por ejemplo 2026-03-17, o déjelo vacío.
people-follow-up-before = El seguimiento va después de la conversación: elija un día posterior.

## Personas: seguimientos pendientes (FollowUpsList)

people-due-today = Para hoy
people-coming-up = Más adelante
people-no-next-step = No se anotó un próximo paso.
people-held-by-name = A cargo de { $name }
people-done-label = Hecho: seguimiento con { $name }
people-done = Hecho
people-follow-ups-hint = Salen de las conversaciones uno a uno: cada uno queda pendiente el día que se le puso. Primero los más antiguos; después, los que son para más adelante.
people-every-organizer = Todos los que organizan
people-nothing-due = No hay nada pendiente para hoy.
people-nothing-due-for = { $name } no tiene nada pendiente para hoy.
people-due = { $count ->
    [one] { $count } seguimiento pendiente.
   *[other] { $count } seguimientos pendientes.
}
people-due-overdue = { $count ->
    [one] { $count } seguimiento pendiente, { $overdue } atrasado.
   *[other] { $count } seguimientos pendientes, { $overdue ->
        [one] { $overdue } atrasado.
       *[other] { $overdue } atrasados.
    }
}
people-more-coming-up = Y { $count } más para los próximos días.
people-follow-ups-empty = Cuando anote una conversación uno a uno con fecha de seguimiento, aparecerá aquí y quedará pendiente ese día.
people-due-label = Pendientes

## Personas: exportar a todos (ExportPanel, lib/people/people-export)

people-export-title = Exportar personas
people-export-kind = ¿Qué tipo de archivo?
people-export-csv = Todos, como hoja de cálculo (CSV)
people-export-csv-hint = Una fila por persona. Los teléfonos y correos quedan en blanco para quien pidió que no se le contacte por ese medio.
people-export-json = Todos, como JSON
people-export-json-hint = Lo mismo, para otros programas.
people-export-action-network = Un archivo para subir a Action Network
people-export-action-network-hint = Solo las personas a quienes se les puede mandar correos; el teléfono, solo de quienes aceptan mensajes de texto.
people-export-spoke = Un archivo para subir a Spoke
people-export-spoke-hint = Solo las personas que aceptan mensajes de texto y tienen un número que puede recibirlos.
people-export-nothing-written = No se guardó ningún archivo.
people-export-choose = Elegir dónde guardarlo…
people-close = Cerrar
people-export-saved = { $count ->
    [one] Se guardó { $count } persona en { $file }.
   *[other] Se guardaron { $count } personas en { $file }.
}
people-export-left-out = { $count ->
    [one] Se dejó fuera a { $count } persona { $why }.
   *[other] Se dejó fuera a { $count } personas { $why }.
}

## Personas: importar una lista de miembros (ListImportPanel, lib/people/import-report)

people-importing = Importando { $file }…
people-importing-label = Importando { $file }
people-imported = Se importó { $file }
people-import-show-names = Ver los nombres
people-import-nothing = No se importó nada.
people-import-cancelled = Cancelado: no se importó nada.
people-import-counts = { $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
}: { $created ->
    [one] { $created } persona nueva
   *[other] { $created } personas nuevas
}, { $updated ->
    [one] { $updated } actualizada
   *[other] { $updated } actualizadas
}, { $unchanged ->
    [one] { $unchanged } sin cambios
   *[other] { $unchanged } sin cambios
}
people-list-kind-national = una lista nacional de miembros
people-list-kind-action-network = una exportación de Action Network
people-list-kind-spoke = una lista de contactos de Spoke
people-list-kind-van = una exportación de VAN
people-list-kind-other = una lista
people-read-as = Se leyó como { $kind }.
people-read-as-how = Se leyó como { $kind } ({ $how }).
people-import-folded = { $count ->
    [one] { $count } fila era la misma persona que una fila anterior y se juntó con ella.
   *[other] { $count } filas eran la misma persona que una fila anterior y se juntaron con ella.
}
people-import-skipped = { $count ->
    [one] Quedó fuera ({ $count } fila):
   *[other] Quedaron fuera ({ $count } filas):
}
people-import-more = y { $count } más
people-import-lapsed = { $count ->
    [one] { $count } persona con la membresía vencida desde la última lista
   *[other] { $count } personas con la membresía vencida desde la última lista
}
people-import-renewed = { $count ->
    [one] { $count } persona renovó su membresía desde la última lista
   *[other] { $count } personas renovaron su membresía desde la última lista
}
people-import-columns = Columnas que no se leyeron: { $columns }
people-import-reading = Leyendo la lista…
people-import-rows = filas
people-import-line-problem = Problema en la línea { $line } del archivo: { $problem }
people-import-failed-file = No se pudo importar { $file }
people-import-failed-list = No se pudo importar la lista
people-import-advice = Corrija el archivo, o pida una copia nueva de la lista, y vuelva a importarlo.

## Lo que dice el programa por dentro (crates/core/locales/en.ftl tiene el inglés)

import-line = línea { $line }
error-field-reason = { $field }: { $reason }
error-not-found = No se encontró { $what }
error-not-a-chapter = { $path } no es una base de datos de un capítulo de Groundwork
error-newer-database = Estos datos los guardó una versión más nueva de Groundwork (esquema { $found }; esta versión llega hasta el { $supported }). Actualice Groundwork para abrirlos.
error-cancelled = Cancelado; no se cambió nada.
error-database = Error de la base de datos: { $problem }
error-io = No se pudo usar { $path }: { $problem }
print-cancelled = Cancelado; no se imprimió nada.
print-failed = No se pudo imprimir: { $problem }

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
needs-entry-settings-short = Este montón:
needs-entry-summary-by = Ingresa { $name }
needs-entry-summary-area = zona { $area }
needs-entry-summary-no-area = zona sin indicar
needs-entry-summary-language = formularios en { $language }
needs-entry-settings-change = Cambiar
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
survey-text-in-language = { $what }, en { $language }
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

## Lo que dice el programa por dentro: lo que no se encontró ("No se encontró …")

thing-person = la persona { $id }
thing-meeting = la reunión { $id }
thing-training-module = el módulo de capacitación { $id }
thing-training-session = la sesión de capacitación { $id }
thing-canvass = el sondeo { $id }
thing-turf = el territorio { $id }
thing-project = el proyecto { $id }
thing-program = el programa { $id }
thing-assessment = el diagnóstico { $id }
thing-entered-form = el formulario ingresado { $id }
thing-one-on-one = la conversación uno a uno { $id }
thing-ladder-level = el escalón “{ $key }”
thing-backup-file = la copia de seguridad { $path }
thing-backup-to-restore = una copia de seguridad de { $path } para restaurar

## Lo que dice el programa por dentro: el nombre del dato que no se aceptó ("nombre: …")

field-first-name = nombre
field-notes = notas
field-zip = código postal
field-phone = teléfono
field-email = correo electrónico
field-children = niños
field-level-name = nombre del escalón
field-changed-by = quién hace el cambio
field-level = escalón
field-date = fecha
field-held-by = quién tuvo la conversación
field-follow-up-date = fecha de seguimiento
field-merged-by = quién une los registros
field-merge = unir registros
field-decided-by = quién lo decidió
field-person = persona
field-title = título
field-start = inicio
field-end = fin
field-paper-size = tamaño del papel
field-chapter-name = nombre del capítulo
field-print-languages = idiomas para imprimir
field-time-zone = zona horaria
field-language = idioma
field-name = nombre
field-needs = necesidades
field-program = programa
field-widely-felt = extendida
field-deeply-felt = grave
field-winnable = se puede ganar
field-builds-base = construye la base
field-resources = recursos
field-partners = aliados
field-survey = encuesta
field-count = cantidad
field-form-number = número de formulario
field-entered-by = ingresado por
field-area = zona
field-consent = consentimiento
field-database = base de datos
field-migration = actualización de los datos
field-backup-file = copia de seguridad
field-data-folder = carpeta de datos
field-chapter = capítulo
field-restore = restaurar
field-import = importar
field-member = miembro
field-export = exportar

## Lo que dice el programa por dentro: personas, escalera, conversaciones uno a uno

person-name-missing = cada persona necesita por lo menos un nombre o un apellido
person-text-too-long = cada texto debe tener menos de { $most } caracteres
person-children-range = escriba un número de niños entre 0 y 30
zip-invalid = “{ $zip }” no es un código postal
phone-no-digits = “{ $number }” no tiene ningún número
email-invalid = “{ $email }” no es un correo electrónico
date-invalid-ymd = “{ $text }” no es una fecha (AAAA-MM-DD)
ladder-level-name-missing = póngale un nombre al escalón
ladder-name-too-long = use { $most } caracteres como máximo
ladder-name-taken = ya hay otro escalón que se llama “{ $name }”
ladder-changed-by-missing = diga quién hace este cambio
ladder-level-unknown = “{ $level }” no es un escalón de la escalera
ladder-level-same = la persona ya está en ese escalón
one-on-one-in-future = no se puede anotar una conversación uno a uno antes de que ocurra
one-on-one-held-by-missing = diga quién tuvo la conversación
one-on-one-follow-up-before = el seguimiento va después de la conversación
merge-by-missing = diga quién une estos registros
merge-same-record = elija dos registros distintos
duplicates-decided-by-missing = diga quién lo decidió
duplicates-same-record = un registro y él mismo siempre son la misma persona
ladder-evidence-regular = { $count ->
    [one] vino a { $count } reunión en los últimos 2 meses
   *[other] vino a { $count } reuniones en los últimos 2 meses
}
ladder-evidence-signed-in = { $count ->
    [one] se registró en { $count } reunión
   *[other] se registró en { $count } reuniones
}
ladder-evidence-trained = se capacitó en { $count } { $count ->
    [one] módulo
   *[other] módulos
} en las sesiones del capítulo

## Lo que dice el programa por dentro: reuniones y configuración

date-time-invalid = “{ $text }” no es una fecha con hora
date-time-skipped = { $text } no existe en { $zone } (ese día se cambia la hora)
meeting-title-missing = póngale un título a la reunión
meeting-ends-before-start = la reunión termina antes de empezar
settings-paper-unknown = “{ $paper }” no es carta (letter) ni A4
settings-name-missing = póngale un nombre a su capítulo
settings-name-too-long = use { $most } caracteres como máximo, para que quepa en las hojas impresas
settings-languages-missing = elija por lo menos un idioma
settings-zone-unknown = “{ $zone }” no es una zona horaria conocida
settings-language-unknown = “{ $code }” no es en ni es
settings-language-choice-unknown = “{ $code }” no es en, es ni en+es
settings-languages-unreadable = no se puede leer la lista guardada: { $problem }

## Lo que dice el programa por dentro: proyectos, programas y diagnósticos

project-name-missing = póngale un nombre al proyecto
program-name-missing = póngale un nombre al programa
program-needs-missing = diga qué necesidades atiende el programa
program-name-taken = el catálogo ya tiene “{ $name }”
program-score-range = { $score } no está entre 1 y 5
program-already-project = “{ $program }” ya es un proyecto de este diagnóstico
program-shortlist-first = ponga “{ $program }” en la lista corta antes de convertirlo en proyecto
assessment-name-missing = póngale un nombre al diagnóstico
assessment-ends-before-start = el diagnóstico termina antes de empezar
survey-unreadable = no se puede leer la encuesta guardada: { $problem }
survey-question-answered = { $count ->
    [one] la pregunta “{ $question }” ya tiene { $count } respuesta y no se puede quitar
   *[other] la pregunta “{ $question }” ya tiene { $count } respuestas y no se puede quitar
}
survey-choice-picked = { $count ->
    [one] la opción “{ $choice }” de “{ $question }” se eligió { $count } vez y no se puede quitar
   *[other] la opción “{ $choice }” de “{ $question }” se eligió { $count } veces y no se puede quitar
}
survey-no-language = la encuesta necesita por lo menos un idioma
survey-need-key = a la necesidad “{ $need }” le falta su clave, o la tiene repetida
survey-question-key = a la pregunta “{ $question }” le falta su clave, o la tiene repetida
survey-question-needs-choices = la pregunta “{ $question }” necesita opciones
survey-question-no-choices = la pregunta “{ $question }” no lleva opciones
survey-choice-key = a una opción de “{ $question }” le falta su clave, o la tiene repetida (“{ $choice }”)
survey-top-three-stray = “{ $question }” ofrece “{ $stray }”, que no es una de las necesidades
survey-language-code-invalid = “{ $code }” no es un código de idioma; use dos o tres letras, como vi o ht

## Lo que dice el programa por dentro: formularios numerados y su ingreso

forms-taken-meanwhile = mientras tanto se imprimieron formularios hasta el número { $number }, así que los números de este montón ya están usados: vuelva a imprimirlo
forms-batch-range = imprima entre 1 y 5,000 formularios cada vez, no { $count }
form-number-invalid = “{ $typed }” no es un número de formulario; escríbalo como está impreso, como K7QF-0042, o solo 42
answer-no-such-question = esta encuesta no tiene esa pregunta
answer-scale-range = { $value } no está en la escala del 1 al 5
answer-not-a-choice = “{ $choice }” no es una de sus opciones
answer-top-three-too-many = se marcaron { $count } necesidades; marque tres como máximo
answer-number-too-big = { $value } es más de { $most }; revise el formulario
answer-text-too-long = la respuesta tiene más de { $most } caracteres
answer-wrong-kind = la respuesta no es del tipo que pide esta pregunta
answer-twice = se contestó dos veces en el mismo formulario
form-other-assessment = el formulario { $form } es del diagnóstico “{ $other }”, no de “{ $assessment }”
form-code-unknown = ningún diagnóstico imprime el código { $code }; revise el número del formulario
form-never-printed = el formulario { $form } nunca se imprimió para este diagnóstico ({ $printed ->
    [0] todavía no se ha impreso ningún formulario
    [one] solo se imprimió el formulario 1
   *[other] se imprimieron los formularios del 1 al { $printed }
})
form-already-entered = { $by } ya ingresó el formulario { $form } el { $day }
form-entered-by-missing = diga quién ingresa el formulario
form-area-unknown = “{ $area }” no es una de las zonas de este diagnóstico ({ $areas })
form-contact-without-consent = este formulario no tiene consentimiento: no se pueden guardar datos de contacto; déjelos en blanco
form-contact-missing = la persona pidió que se le contacte: anote un teléfono o un correo electrónico
phone-invalid = “{ $phone }” no es un número de teléfono

## Lo que dice el programa por dentro: el archivo del capítulo, copias de seguridad e impresión

backup-in-memory-restore = una base de datos en memoria no se puede restaurar
backup-in-memory = una base de datos en memoria no tiene archivo
backup-onto-itself = elija un archivo distinto del de los datos del capítulo
restore-into-sample = primero salga del capítulo de muestra: las copias de seguridad se restauran en su propio capítulo
code-unknown = “{ $code }” no es un valor conocido
migration-failed = falló { $step }: { $problem }
database-no-wal = no se pudo usar WAL ({ $mode })
paths-no-home = no se encontró la carpeta personal; use --db RUTA o defina GROUNDWORK_DB
sample-into-chapter = ya tiene los datos del capítulo “{ $chapter }”; use un archivo nuevo para el capítulo de muestra
print-chapter-unnamed = póngale un nombre a su capítulo antes de imprimir
print-not-a-document = { $path } no es un documento impreso

## Lo que dice el programa por dentro: importar una lista

import-row = fila { $row }
import-read-csv = CSV
import-read-tsv = texto separado por tabulaciones
import-read-encoding = { $kind } ({ $encoding })
import-read-workbook = libro de Excel, hoja “{ $sheet }”
import-read-workbook-97 = libro de Excel 97, hoja “{ $sheet }”
import-read-in-zip = { $read } ({ $inner }, dentro de un ZIP)
import-not-a-workbook = { $name } tiene nombre de libro de Excel pero no lo es (puede estar dañado, o solo se le cambió el nombre): ábralo en Excel y vuelva a guardarlo, o guárdelo como CSV
import-not-a-list = { $name } no es una lista que Groundwork pueda leer: no es texto (CSV o separado por tabulaciones), ni un libro de Excel, ni un ZIP con uno de ellos
import-empty = { $name } está vacío: no hay nada que importar
import-unzip-failed = { $name } no se puede descomprimir: { $problem }
import-zip-no-list = { $name } es un ZIP sin ningún archivo CSV o de Excel
import-zip-many = { $name } contiene { $count } listas ({ $lists }); descomprímalo e impórtelas de una en una
import-zip-inner-failed = { $inner } dentro de { $name }: { $problem }
import-header-unreadable = no se puede leer la fila de encabezados: { $problem }
import-line-unreadable = no se puede leer: { $problem }
import-fields-count = se esperaban { $expected } campos y hay { $found }
import-fields-open-quote = se esperaban { $expected } campos y hay { $found }; unas comillas (") de esta línea nunca se cierran, así que las líneas siguientes se leyeron como parte de un solo campo
import-workbook-unreadable = { $name }: no se puede leer el libro de Excel: { $problem }
import-workbook-no-rows = { $name }: el libro de Excel no tiene filas
import-left-out = { $place }: { $why }
import-columns-unknown = Groundwork no reconoce estas columnas: una lista nacional tiene AK_ID o actionkit_id; una exportación de Action Network, columnas can2_; una lista de Spoke, firstName y cell; una exportación de VAN, Voter File VANID
import-van-no-vanid-column = no hay columna VANID (Voter File VANID): ¿es una exportación de VAN?
import-van-no-vanid = sin VANID
import-van-bad-vanid = el VANID “{ $id }” no es un identificador de VAN
import-van-no-name = el VANID { $id } no tiene nombre
import-spoke-no-cell-column = no hay columna cell: ¿es una lista de contactos de Spoke?
import-spoke-no-cell = sin número de celular
import-spoke-cell-not-mobile = “{ $number }” no es un teléfono que pueda recibir mensajes de texto
import-spoke-no-name = sin nombre para el número { $number }
import-an-no-email-column = no hay columna email: ¿es una exportación de Action Network?
date-invalid = “{ $text }” no es una fecha
date-year-outside = “{ $text }” cae en el año { $year }, fuera de { $first }–{ $last }
import-list-no-id-column = no hay columna de id de ActionKit (AK_ID o actionkit_id): ¿es la lista nacional de miembros?
import-list-status-unknown = Groundwork no conoce el estado de membresía “{ $status }”
import-list-status-letter = la letra de estado de membresía “{ $letter }” no es M ni L
import-list-no-id = el id de ActionKit está vacío
import-list-no-name = el nombre y el apellido están vacíos
import-list-join-date = fecha de ingreso: { $problem }
import-list-expiry-date = fecha de vencimiento: { $problem }
import-list-id-twice = el id de ActionKit { $id } también está en la { $place }
import-list-merged-away = el id de ActionKit { $id } se unió al registro de { $name }, que tiene su propio id; se dejó como estaba
import-rows-stopped = las filas dejaron de llegar

## Lo que dice el programa por dentro: a quién dejó fuera una exportación (después de "Se dejó fuera a 12 personas")

export-asked-no-email = { $count ->
    [one] que pidió no recibir correos
   *[other] que pidieron no recibir correos
}
export-no-email = sin correo electrónico
export-asked-no-text = { $count ->
    [one] que pidió no recibir mensajes de texto
   *[other] que pidieron no recibir mensajes de texto
}
export-no-mobile = sin un teléfono que pueda recibir mensajes de texto

## Al abrir: el archivo del capítulo, y la copia de seguridad automática del día

start-damaged = No se pudo leer el archivo del capítulo: puede estar dañado ({ $problem }).
backup-daily-failed = No se pudo hacer la copia de seguridad automática de hoy: { $problem }. Sus datos están como estaban; para estar seguros, haga usted una copia (Capítulo → Hacer una copia…).

## Lo que dice el programa por dentro: organizaciones, su historial de contactos y los vínculos

thing-organization = la organización { $id }
thing-org-contact = el contacto anotado { $id }
thing-tie = el vínculo { $id }
field-what-happened = qué pasó
field-logged-by = anotado por
field-next-step = próximo paso
field-next-step-due = fecha del próximo paso
field-strength = fuerza
org-name-missing = póngale un nombre a la organización
org-name-too-long = use menos de { $most } caracteres para el nombre
org-changed-by-missing = diga quién hace este cambio
org-contact-in-future = sólo se puede anotar un contacto después de que ocurra
org-contact-summary-missing = diga en pocas palabras qué pasó
org-contact-logged-by-missing = diga quién lo anota
org-contact-due-without-step = una fecha necesita un próximo paso que la acompañe
tie-strength-out-of-range = la fuerza de un vínculo va de 1 a 5, no { $strength }
org-import-no-name-column = no hay una columna con los nombres de las organizaciones (name u organization)
org-import-kind-unknown = “{ $kind }” no es un tipo de organización que Groundwork conozca
org-import-relationship-unknown = “{ $relationship }” no es una relación que Groundwork conozca (partner, ally, friendly, unknown, neutral, opposed)

## Lo que dice el programa por dentro: el diagnóstico de conexiones

thing-connections-form = el formulario de conexiones { $id }
field-organization = organización
connections-rows-range = un formulario tiene de 1 a { $most } líneas para organizaciones
connections-kind-not-asked = la pregunta “{ $question }” pide una escala del 1 al 5 o las tres principales, y esta encuesta no las usa
connections-org-twice = “{ $name }” aparece dos veces en este formulario
connections-form-other-code = el formulario { $form } no es de conexiones: esos llevan el código { $code }
## Organizaciones: el área, sus pestañas, el directorio y su buscador (OrgsView, OrgsTabs, OrgSearch, OrgList)

orgs-title = Organizaciones
orgs-tabs-label = Organizaciones
orgs-tab-directory = Directorio
orgs-tab-tend = Relaciones por cuidar
orgs-tab-connections = Conexiones
orgs-tend-due-count = { $count ->
    [one] { $count } próximo paso pendiente
   *[other] { $count } próximos pasos pendientes
}
orgs-directory-label = Directorio de organizaciones
orgs-add = Nueva organización
orgs-import = Importar…
orgs-export = Exportar…
orgs-search-label = Buscar una organización
orgs-search-hint = Un nombre o un lugar. ↓ ↑ para moverse, Enter para abrir.
orgs-filters = { $count ->
    [0] Filtros
    [one] Filtros ({ $count } activo)
   *[other] Filtros ({ $count } activos)
}
orgs-count = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}
orgs-count-truncated = Se muestran { $shown } de { $total }: precise un poco más la búsqueda
orgs-filter-kind = Tipo
orgs-filter-any-kind = Cualquier tipo
orgs-filter-relationship = Relación
orgs-filter-any-relationship = Cualquier relación
orgs-filter-area = Zona
orgs-filter-any-area = Cualquier zona
orgs-clear-filters = Quitar los filtros
orgs-list-label = Organizaciones
orgs-list-empty = Todavía no hay organizaciones.
orgs-no-match = Ninguna organización coincide con estos filtros.
orgs-no-match-text = Ninguna organización coincide con “{ $text }”.
orgs-badge-sample = muestra
orgs-no-area = Sin zona
orgs-row-ties = { $count ->
    [0] sin vínculos
    [one] { $count } vínculo
   *[other] { $count } vínculos
}
orgs-empty-title = Los grupos alrededor del capítulo
orgs-empty-explain = El directorio guarda los sindicatos, congregaciones, escuelas, asociaciones de inquilinos y de vecinos y demás grupos de su zona, y cómo está el capítulo con cada uno: socia, aliada, amistosa, sin conocer, neutral o en contra.
orgs-empty-start = Empiece por los grupos a los que ya pertenecen sus miembros. Después anote quién del capítulo tiene un vínculo con cada uno, y cada contacto que tengan con ellos.
orgs-empty-add = Agregar una organización
orgs-empty-import = Importar una lista de organizaciones
orgs-pick = Elija una organización de la lista para verla aquí.
orgs-pick-keys = En el buscador, ↓ y ↑ recorren la lista y Enter abre la que está marcada.

## Organizaciones: las palabras de sus códigos (lib/orgs/labels)

org-kind-union = Sindicato
org-kind-congregation = Congregación
org-kind-school = Escuela
org-kind-tenant_association = Asociación de inquilinos
org-kind-neighbourhood_association = Asociación de vecinos
org-kind-community_group = Grupo comunitario
org-kind-mutual_aid = Ayuda mutua
org-kind-workplace = Lugar de trabajo
org-kind-base_building = Organización que construye base
org-kind-service_provider = Servicios sociales
org-kind-business = Negocio
org-kind-government = Oficina de gobierno
org-kind-elected_office = Cargo electo
org-kind-other = Otra
org-relationship-partner = Socia
org-relationship-ally = Aliada
org-relationship-friendly = Amistosa
org-relationship-unknown = Sin conocer
org-relationship-neutral = Neutral
org-relationship-opposed = En contra
tie-role-member = Miembro
tie-role-active = Miembro activo
tie-role-leader = Líder
tie-role-staff = Trabaja ahí
org-contact-kind-contact = Contacto
org-contact-kind-meeting = Reunión
org-contact-kind-joint_action = Acción conjunta
org-contact-kind-ask = Petición
tie-strength-of = Fuerza { $strength } de 5

## Organizaciones: la ficha de una organización y sus datos (OrgRecord, OrgFacts, OrgFields, OrgForm, OrgEditForm)

orgs-opening = Abriendo la organización…
orgs-edit = Editar
orgs-edit-title = Editar { $name }
orgs-form-hint = Basta con el nombre; lo demás puede esperar a que lo sepa.
orgs-save-new = Agregar la organización
orgs-field-name = Nombre
orgs-field-kind = Tipo
orgs-field-area = Zona
orgs-area-hint = El barrio o la parte de la ciudad donde está, escrito siempre igual.
orgs-field-address = Dirección
orgs-field-street = Calle
orgs-field-city = Ciudad
orgs-field-state = Estado
orgs-field-zip = Código postal
orgs-field-languages = Idiomas que se hablan ahí
orgs-languages-hint = Escriba un idioma y oprima Enter; agregue los que quiera.
orgs-reach = Cómo comunicarse
orgs-field-website = Sitio web
orgs-field-phone = Teléfono
orgs-field-email = Correo electrónico
orgs-field-notes = Notas
orgs-not-known = Sin anotar
orgs-no-notes = Sin notas
orgs-starting-relationship = Cómo está el capítulo con ellos ahora
orgs-starting-relationship-hint = Elija “Sin conocer” si todavía no está seguro; puede cambiarla después, con el motivo.
orgs-added-by = Agregada por
orgs-name-missing = Escriba el nombre de la organización.
orgs-added-by-missing = Escriba su nombre, para que el historial diga quién la agregó.

## Organizaciones: la relación y su historial (RelationshipSection, lib/orgs/relationship)

orgs-relationship-title = Relación
orgs-relationship-now = La relación con el capítulo: { $relationship }
orgs-change-relationship = Cambiar la relación
orgs-relationship-to = Cambiar a
orgs-relationship-option-now = { $relationship } (ahora)
orgs-changed-by = Quién hace este cambio
orgs-relationship-why = Por qué
orgs-relationship-why-hint = Qué pasó, en pocas palabras: le sirve a quien lo lea después.
orgs-save-relationship = Guardar el cambio
orgs-relationship-history = Cómo ha cambiado
orgs-relationship-same = Ya es { $relationship }: elija la nueva.
orgs-changed-by-missing = Escriba su nombre, para que el historial diga quién hizo el cambio.
orgs-history-by = { $name }, { $when }
orgs-history-added = Se agregó como { $relationship }
orgs-history-moved = { $from } → { $to }

## Organizaciones: el historial de contactos (ContactLog, ContactForm, lib/orgs/contact-form)

orgs-contact-log = Historial de contactos
orgs-log-contact = Anotar un contacto
orgs-no-contacts = Todavía no se ha anotado ningún contacto.
orgs-contact-kind = Qué fue
orgs-contact-on = Cuándo
orgs-contact-summary = Qué pasó
orgs-contact-their-people = Quién estuvo de parte de ellos
orgs-contact-their-people-hint = Nombres o cargos, como los diría usted: “el pastor Reyes y dos diáconos”.
orgs-contact-our-people = Quién del capítulo participó
orgs-next-step = Próximo paso
orgs-next-step-due = Para cuándo
orgs-logged-by = Anotado por
orgs-save-contact = Guardar el contacto
orgs-contact-logged-by = anotado por { $name }
orgs-contact-their-side = De parte de ellos
orgs-contact-our-side = Del capítulo
orgs-next-step-by = para el { $date }
orgs-step-overdue = Atrasado
orgs-step-due-today = Para hoy
orgs-step-done-on = Hecho el { $date }
orgs-step-done = Hecho
orgs-step-done-label = Hecho: { $step }
orgs-contact-date-invalid = Elija el día en que pasó.
orgs-contact-date-future = Ese día todavía no llega; anote el contacto después de que pase.
orgs-contact-summary-missing = Diga en pocas palabras qué pasó.
orgs-logged-by-missing = Escriba su nombre, para que el historial diga quién lo anotó.
orgs-next-step-due-invalid = Elija un día para el próximo paso, o déjelo vacío.
orgs-next-step-due-before = El próximo paso no puede ir antes del contacto.
orgs-next-step-missing = Una fecha necesita un próximo paso: escriba qué se va a hacer.

## Organizaciones: los miembros con vínculos (TiesSection, TieForm, StrengthScale, PersonPicker)

ties-title-section = Personas con vínculos
ties-explain = Miembros que pertenecen a esta organización o conocen gente ahí: los puentes del capítulo hacia ella.
ties-none = Todavía nadie del capítulo tiene un vínculo con ella.
ties-add = Agregar un vínculo
ties-change-title = El vínculo de { $name }
ties-who = Quién del capítulo
ties-pick-another = Elegir a otra persona
ties-role = Su papel ahí
ties-title = Su cargo ahí
ties-title-example = pastor, delegado sindical
ties-strength = Qué tan fuerte es el vínculo
ties-strength-hint = 1 es un vínculo débil (conoce a unas pocas personas ahí); 5 es lo más cercano que puede ser.
ties-would-introduce-label = Nos presentaría
ties-would-introduce = Nos presentaría
ties-save = Guardar el vínculo
ties-role-title = { $role } ({ $title })
ties-change = Cambiar
ties-change-label = Cambiar el vínculo de { $name }
ties-remove = Quitar
ties-remove-label = Quitar el vínculo de { $name }
ties-remove-title = ¿Quitar el vínculo de { $name } con { $org }?
ties-remove-explain = El vínculo sale de la organización y de la ficha de la persona. La persona y la organización se quedan.
ties-keep = Dejar el vínculo
ties-person-missing = Elija quién tiene el vínculo: escriba unas letras de su nombre.
ties-strength-missing = Elija qué tan fuerte es el vínculo, del 1 al 5.
person-picker-hint = Escriba unas letras del nombre y oprima Enter, o use ↓ y ↑ para elegir a otra persona.
person-picker-matches = Personas que coinciden con “{ $text }”
person-picker-none = Nadie del capítulo coincide con “{ $text }”.
org-picker-hint = Escriba unas letras del nombre y oprima Enter, o use ↓ y ↑ para elegir otra.
org-picker-matches = Organizaciones que coinciden con “{ $text }”
org-picker-none = Ninguna organización del directorio coincide con “{ $text }”.

## Organizaciones: importar y exportar el directorio (OrgImportPanel, OrgExportPanel, lib/orgs/org-transfer)

orgs-import-title = Importar una lista de organizaciones
orgs-import-explain = Un archivo CSV o un libro de Excel con una columna de nombres (name u organization). Si el archivo los trae, también se leen el tipo, la relación, la zona, la dirección, los idiomas, el sitio web, el teléfono y las notas. Las organizaciones que ya están en el directorio se dejan como están.
orgs-imported-by = Importada por
orgs-imported-by-missing = Escriba su nombre, para que el historial de cada organización diga quién la agregó.
orgs-import-choose = Elegir el archivo…
orgs-importing = Importando…
orgs-import-dialog-title = Elija la lista de organizaciones
orgs-import-dialog-files = Listas de organizaciones
orgs-imported = Se importó { $file }
orgs-import-read-as = Se leyó como { $how }.
orgs-import-counts = { $added ->
    [one] Se agregó { $added } organización
   *[other] Se agregaron { $added } organizaciones
}; { $already ->
    [0] ninguna estaba ya en el directorio.
    [one] { $already } ya estaba en el directorio.
   *[other] { $already } ya estaban en el directorio.
}
orgs-import-failed = No se pudo importar { $file }
orgs-import-failed-no-file = No se pudo importar la lista
orgs-import-nothing-added = No se agregó nada del archivo.
orgs-import-fix-and-retry = Corrija en el archivo la línea que se indica arriba y vuelva a importarlo.
orgs-import-again = Intentar de nuevo
orgs-close = Cerrar
orgs-export-title = Exportar el directorio
orgs-export-kind = ¿Qué tipo de archivo?
orgs-export-csv = Como hoja de cálculo (CSV)
orgs-export-csv-hint = Se abre en Excel, LibreOffice u Hojas de cálculo de Google; una organización por fila.
orgs-export-json = Como JSON
orgs-export-json-hint = Todo, para otros programas o para quien programa.
orgs-export-choose = Elegir dónde guardarlo…
orgs-export-nothing-written = No se guardó ningún archivo.
orgs-export-dialog-title = Exportar organizaciones
orgs-export-dialog-files-csv = Archivos CSV
orgs-export-dialog-files-json = Archivos JSON
orgs-export-saved = { $count ->
    [one] Se guardó { $count } organización en { $file }.
   *[other] Se guardaron { $count } organizaciones en { $file }.
}

## Organizaciones: relaciones por cuidar (TendPanel, lib/orgs/tending)

tend-title = Relaciones por cuidar
tend-explain = Las organizaciones socias y aliadas con las que nadie del capítulo ha hablado en un tiempo, y los próximos pasos del historial de contactos que ya tocan.
tend-quiet-title = Sin contacto
tend-quiet-for = Sin contacto desde hace por lo menos
tend-weeks = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
tend-loading = Revisando el historial de contactos…
tend-quiet-none = Todas las organizaciones socias y aliadas han sabido del capítulo en las últimas { $weeks }.
tend-never-contacted = Nunca se ha hecho contacto
tend-last-contact = Último contacto el { $date }
tend-due-title = Próximos pasos pendientes
tend-due-none = No hay próximos pasos pendientes esta semana.
tend-overdue-since = Atrasado: era para el { $date }
tend-due-today = Para hoy
tend-due-on = Para el { $date }

## Organizaciones: el diagnóstico de conexiones (ConnectionsPanel, ConnectionsChart, lib/orgs/connections-chart)

connections-title = Diagnóstico de conexiones
connections-explain = Dónde tienen vínculos los miembros del capítulo, en orden de qué tan fuertes son: las organizaciones a las que el capítulo puede llegar por medio de gente en quien ya confían ahí.
connections-loading = Sumando los vínculos…
connections-none-yet = Todavía nadie del capítulo tiene un vínculo con una organización.
connections-none-yet-how = El diagnóstico empieza en papel: imprima formularios de conexiones para que los miembros los llenen en una reunión. O abra una organización en el directorio y agregue a los miembros que pertenecen a ella o conocen gente ahí.
connections-table-caption = Organizaciones según la fuerza de los vínculos de los miembros
connections-col-rank = Lugar
connections-col-name = Organización
connections-col-kind = Tipo
connections-col-relationship = Relación
connections-col-members = Personas con vínculos
connections-col-strength = Fuerza
connections-col-introduce = Nos presentarían
connections-untied = { $count ->
    [one] Hay { $count } organización más en el directorio con la que nadie del capítulo tiene un vínculo.
   *[other] Hay { $count } organizaciones más en el directorio con las que nadie del capítulo tiene un vínculo.
}
connections-chart-title = { $count ->
    [one] El vínculo más fuerte
   *[other] Las { $count } organizaciones con los vínculos más fuertes
}
connections-members = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
connections-bar-label = { $strength } · { $members }
connections-row = { $rank }. { $name } ({ $kind }, { $relationship }): { $members ->
    [one] { $members } persona con vínculo
   *[other] { $members } personas con vínculos
}, fuerza { $strength }, { $introduce ->
    [one] { $introduce } nos presentaría
   *[other] { $introduce } nos presentarían
}

## Organizaciones: los puntos de partida en pantalla, bajo la clasificación (StartingPointsOnScreen)

connections-bridges-title = Miembros que son puentes
connections-bridges-explain = Miembros con vínculos en dos o más organizaciones, cada uno con las organizaciones donde tiene vínculo, de la más fuerte a la más débil: cada uno puede abrir más de una puerta. Un nombre abre su ficha.
connections-gaps-title = Tipos de comunidad todavía sin vínculos
connections-gaps-explain = Tipos de comunidad donde ningún miembro tiene vínculo todavía, en toda la zona del capítulo y en cada barrio: lugares donde buscar nuevas relaciones.
connections-gaps-whole-area = Toda la zona del capítulo
connections-by-kind-title = Vínculos por tipo de organización
connections-by-kind-col-kind = Tipo de organización
connections-by-kind-col-ties = Vínculos
connections-by-kind-col-members = Miembros con vínculo

## Organizaciones: el diagnóstico de conexiones en papel (ConnectionsPaper, ConnectionsPrintPanel, lib/orgs/connections-print)

connections-summary-none = Todavía no se ha impreso ningún formulario de conexiones.
connections-summary-printed = { $count ->
    [one] { $count } formulario impreso
   *[other] { $count } formularios impresos
}
connections-summary-entered = { $count ->
    [one] { $count } ingresado
   *[other] { $count } ingresados
}
connections-summary-answered = { $count ->
    [one] { $count } miembro respondió
   *[other] { $count } miembros respondieron
}
connections-paper-label = El diagnóstico de conexiones en papel
connections-print-forms = Imprimir formularios de conexiones…
connections-print-forms-hint = Los miembros los llenan en una reunión; después se ingresa cada uno por su número.
connections-print-starting-points = Imprimir los puntos de partida
connections-print-starting-points-hint = Las organizaciones por donde empezar, los miembros que sirven de puente y los tipos de comunidad donde todavía no hay vínculos, para la reunión del capítulo.
connections-print-title = Imprimir formularios de conexiones
connections-print-what = Cada miembro escribe una línea por cada organización a la que pertenece o donde conoce gente: qué papel tiene ahí, qué tan fuerte es el vínculo y si nos presentaría.
connections-print-numbers = Cada formulario lleva su propio número, empezando por { $number } para el próximo que se imprima, para que cada formulario lleno se ingrese una sola vez.
connections-print-numbers-first = Cada formulario lleva su propio número, para que cada formulario lleno se ingrese una sola vez. Los números solo se gastan cuando el PDF queda escrito.
connections-print-label = Imprimir formularios de conexiones numerados
connections-starting-points-label = Puntos de partida impresos
connections-open-starting-points = Imprimir los puntos de partida…
connections-starting-points-title = Puntos de partida para la reunión del capítulo
connections-edit-survey = Editar la encuesta…
connections-edit-survey-hint = Las palabras que imprimen los formularios, en cada uno de sus idiomas, y las preguntas propias del capítulo.
connections-survey-shape = { $questions ->
    [one] { $questions } pregunta propia del capítulo
   *[other] { $questions } preguntas propias del capítulo
} · { $rows ->
    [one] { $rows } línea para organizaciones en cada formulario
   *[other] { $rows } líneas para organizaciones en cada formulario
}

## Organizaciones: editar la encuesta de conexiones (ConnectionsSurveyEditor, lib/orgs/connections-survey)

connections-survey-title = La encuesta de conexiones
connections-survey-hint = Cada texto en todos los idiomas en que se imprimen los formularios, uno al lado del otro; una casilla todavía vacía queda marcada. Los formularios que se impriman después de guardar llevan las palabras nuevas; los ya impresos se quedan como están.
connections-survey-opening-title = Título
connections-survey-intro = Introducción, que se lee antes de las líneas para organizaciones
connections-survey-ties-prompt = Qué escribir en las líneas para organizaciones
connections-survey-rows = Líneas para organizaciones en cada formulario
connections-survey-rows-hint = Cada miembro escribe una organización o comunidad por línea.
connections-survey-rows-missing = Indique cuántas líneas para organizaciones tiene cada formulario.
connections-survey-rows-whole = Las líneas para organizaciones deben ser un número entero, de 1 para arriba.
connections-survey-questions = Las preguntas propias del capítulo
connections-survey-questions-hint = Se hacen después de las líneas para organizaciones.
connections-survey-no-questions = Todavía no hay preguntas propias del capítulo.
connections-survey-add-question = Agregar una pregunta
connections-survey-new-question = Pregunta nueva, después de las demás
connections-survey-question-added = Se agregó “{ $text }”. Guarde la encuesta para conservarla.
connections-survey-removed = Se quitó { $what }. Guarde la encuesta para conservar el cambio, o cancele para recuperarlo.
connections-survey-saved = Se guardó la encuesta. Los formularios que se impriman de ahora en adelante la llevan.
connections-survey-save = Guardar la encuesta

## Organizaciones en la ficha de una persona (PersonTies)

person-ties-title = Organizaciones
person-ties-none = { $name } todavía no tiene vínculos con ninguna organización.
person-ties-none-them = Todavía no tiene vínculos con ninguna organización.
field-added-by = agregada por
org-added-by-missing = diga quién agrega esta organización

## Pasar la computadora: empezar una ronda, y la frase de acceso en Configuración (PassLaptopButton, PassphraseSection, PassphraseField, lib/laptop/passphrase-form)

laptop-pass-lead = En una reunión, los miembros pueden contar sus propios vínculos: pase la computadora y cada uno llena la encuesta, en inglés o en español.
laptop-pass-button = Pasar la computadora
laptop-pass-title = Pasar la computadora a los miembros
laptop-pass-explain-members = Los miembros llenan la encuesta de conexiones ellos mismos, uno tras otro. Cada uno dice quién es con su nombre y un dato más. Solo ven su propio formulario: nunca la lista de miembros, nunca las respuestas de otros.
laptop-pass-explain-lock = Mientras tanto, el resto de { -brand } queda cerrado. Se abre de nuevo solo con la frase de acceso del capítulo.
laptop-pass-by = Su nombre (quien pasa la computadora)
laptop-pass-by-hint = Los formularios de los miembros se guardan a este nombre.
laptop-passphrase-choose = Elija la frase de acceso del capítulo
laptop-passphrase-choose-hint = Al menos { $shortest } caracteres. La necesitará para abrir la aplicación de nuevo; que los miembros no la vean.
laptop-passphrase-again = Escriba la frase de acceso otra vez
laptop-passphrase = La frase de acceso del capítulo
laptop-lock = Cerrar y pasar la computadora
laptop-locking = Cerrando…
laptop-passphrase-too-short = Use al menos { $shortest } caracteres.
laptop-passphrase-mismatch = Las dos no son iguales. Escríbala otra vez.
laptop-locked-by-needed = Escriba su nombre: los formularios se guardan a su nombre.
laptop-passphrase-needed = Escriba la frase de acceso del capítulo.
laptop-settings-title = Pasar la computadora
laptop-settings-none-yet = El capítulo todavía no tiene frase de acceso. La primera vez que pase la computadora (Organizaciones, Conexiones), usted elegirá una.
laptop-settings-explain = La frase de acceso abre la aplicación de nuevo después de pasar la computadora en una reunión. Cámbiela aquí si alguien más puede conocerla.
laptop-passphrase-current = La frase de acceso de ahora
laptop-passphrase-new = La frase de acceso nueva
laptop-passphrase-change = Cambiar la frase de acceso
laptop-passphrase-changed = ✓ Cambiada

## Pasar la computadora: las pantallas de los miembros (LaptopView, LaptopWelcome, WhoFields, LaptopJoin, LaptopSurvey, TieRowFields, OrgNameField, LaptopThanks, UnlockDialog, lib/laptop)
# Los miembros leen esto, algunos con poca escuela: frases cortas y sencillas, de usted.

laptop-organizer-open = Para quien organiza: abrir la aplicación
laptop-opening = Preparando la computadora…
laptop-welcome-pass = Pase la computadora al siguiente miembro.
laptop-language-title = Elija su idioma
laptop-who-title = ¿Quién es usted?
laptop-who-explain = Escriba su nombre y una cosa más sobre usted. Aquí no se muestra el nombre de nadie más.
laptop-first-name = Nombre
laptop-last-name = Apellido
laptop-fact-choose = Una cosa más, para saber que es usted. Elija una:
laptop-fact-phone = Los últimos 4 números de su teléfono
laptop-fact-zip = Su código postal (ZIP)
laptop-fact-house = El número de su casa
laptop-fact-email = Su correo electrónico
laptop-fact-phone-field = Últimos 4 números de su teléfono
laptop-fact-zip-field = Código postal (ZIP)
laptop-fact-house-field = Número de su casa
laptop-fact-email-field = Correo electrónico
laptop-first-name-missing = Escriba su nombre.
laptop-last-name-missing = Escriba su apellido.
laptop-fact-phone-problem = Escriba los últimos 4 números de su teléfono.
laptop-fact-zip-problem = Escriba su código postal: 5 números.
laptop-fact-house-problem = Escriba el número de su casa o edificio.
laptop-fact-email-problem = Escriba su correo, por ejemplo maria@ejemplo.com.
laptop-continue = Continuar
laptop-not-found = No encontramos sus datos.
laptop-not-found-explain = Revise lo que escribió y pruebe otra vez. Si es su primera vez aquí, puede unirse.
laptop-try-again = Probar otra vez
laptop-im-new = Es mi primera vez
laptop-join-title = ¡Le damos la bienvenida! Vamos a agregarle
laptop-join-explain = Escriba su nombre y una cosa más sobre usted. La próxima vez podrá decir quién es de la misma manera.
laptop-join-continue = Unirme y continuar
laptop-join-back = Volver
laptop-join-phone-field = Su número de teléfono
laptop-join-house-field = Su dirección (número y calle)
laptop-join-phone-problem = Escriba su número de teléfono completo, con el código de área, para que le encontremos la próxima vez.
laptop-join-house-problem = Escriba el número y la calle, por ejemplo 1234 W Cermak Rd.
laptop-hello = ¡Hola, { $name }!
laptop-not-you = ¿No es { $name }?
laptop-not-me = No soy yo: empezar de nuevo
laptop-ties-title = Sus grupos y comunidades
laptop-org-number = Organización { $number }
laptop-org-name = Nombre del grupo, iglesia, sindicato, escuela…
laptop-org-hint = Empiece a escribir. Elija un nombre de la lista, o escriba uno nuevo.
laptop-org-suggestions = Organizaciones que conocemos
laptop-org-new = ¿No está en nuestra lista? No importa: la vamos a agregar.
laptop-role = Su papel ahí
laptop-strength = ¿Qué tan fuerte es su vínculo?
laptop-strength-hint = 1 = voy de vez en cuando. 5 = es como mi familia.
laptop-introduce = ¿Presentaría usted al capítulo con la gente de ahí?
laptop-yes = Sí
laptop-no = No
laptop-org-remove = Quitar la organización { $number }
laptop-org-name-missing = Escriba el nombre, o quite esta organización.
laptop-strength-missing = Elija un número del 1 al 5.
laptop-add-org = + Agregar otra organización
laptop-work-title = Su trabajo
laptop-workplace = ¿Dónde trabaja?
laptop-industry = ¿Qué tipo de trabajo es?
laptop-union = Su sindicato y local, si tiene uno
laptop-questions-title = Unas preguntas más
laptop-done = Listo
laptop-sending = Enviando…
laptop-thanks-title = ¡Gracias, { $name }!
laptop-thanks-saved = Sus respuestas están guardadas.
laptop-thanks-pass = Por favor, pase la computadora al siguiente miembro.
laptop-next-member = Siguiente miembro
laptop-unlock-title = Abrir la aplicación
laptop-unlock-explain = Para quien organiza: escriba la frase de acceso del capítulo para dejar de pasar la computadora y abrir el resto de { -brand }.
laptop-unlock = Abrir la aplicación
laptop-unlocking = Abriendo…
laptop-unlock-cancel = Seguir pasándola

## Pasar la computadora (mensajes del programa)
field-passphrase = frase de acceso
field-your-name = su nombre
laptop-passphrase-short = la frase de acceso necesita al menos { $shortest } caracteres
laptop-passphrase-wrong = esa no es la frase de acceso del capítulo
laptop-passphrase-not-kept = no se pudo guardar la frase de acceso ({ $problem }); no se cambió nada
laptop-passphrase-unreadable = no se puede leer la frase de acceso del capítulo ({ $problem }); abra la aplicación con «groundwork-cli laptop unlock»
laptop-locked-by-missing = diga quién está pasando la computadora
laptop-already-locked = la computadora ya se está pasando; ábrala primero con la frase de acceso
laptop-no-passphrase-yet = el capítulo todavía no tiene frase de acceso: la primera vez que se pasa la computadora se elige
laptop-locked = la computadora se está pasando entre los miembros: el resto de Groundwork se abre de nuevo con la frase de acceso de quien organiza
laptop-not-locked = la computadora no se está pasando ahora
laptop-nobody-at-the-keyboard = primero diga quién es usted
laptop-too-many-tries = demasiados intentos: por favor espere { $seconds } segundos, o pregunte a quien organiza
laptop-name-missing = escriba su nombre y apellido

## Unir organizaciones (mensajes del programa)
thing-org-merge = la unión { $id }
org-merged-by-missing = diga quién une estos registros
org-merge-itself = una organización no se puede unir consigo misma
org-merge-undone-already = esta unión ya se deshizo
org-merge-kept-merged-since = el registro que se quedó se unió a otro después: deshaga primero esa unión
connections-title-missing = dele un título a la encuesta

## Organizaciones: posibles duplicados, unirlos y deshacer una unión
orgs-duplicates-button = Posibles duplicados ({ $count })
orgs-duplicates-title = Posibles duplicados
orgs-duplicates-hint = Parejas de organizaciones que pueden ser una sola. Una cada pareja en un solo registro, o indique que no son la misma para que no se vuelvan a sugerir.
orgs-duplicates-none = No quedan posibles duplicados.
orgs-duplicates-loading = Buscando posibles duplicados…
orgs-duplicate-side = { $kind } · { $area } · { $ties ->
    [one] 1 miembro vinculado
   *[other] { $ties } miembros vinculados
  }
orgs-duplicate-side-no-area = { $kind } · { $ties ->
    [one] 1 miembro vinculado
   *[other] { $ties } miembros vinculados
  }
orgs-duplicate-why = Por qué se parecen: { $why }.
orgs-likeness-same-words = las mismas palabras en el nombre
orgs-likeness-name-within = un nombre está dentro del otro
orgs-likeness-same-website = el mismo sitio web
orgs-likeness-same-phone = el mismo teléfono
orgs-likeness-same-email = el mismo correo electrónico
orgs-merge-pair = Unir…
orgs-not-same-pair = No son la misma…
orgs-merge-keep = Conservar «{ $kept }» y unirle «{ $merged }».
orgs-merge-swap = Conservar la otra
orgs-merge-explain = Su historial de relación, sus contactos y sus vínculos pasan al registro que se conserva; si un miembro está vinculado a las dos, se queda el vínculo más fuerte; los campos vacíos del registro conservado se llenan con los de la otra. La unión se puede deshacer desde el registro conservado.
orgs-merged-by = Unido por
orgs-merged-by-missing = Escriba su nombre, para que el registro diga quién hizo la unión.
orgs-merge-confirm = Unir
orgs-merging = Uniendo…
orgs-decided-by = Decidido por
orgs-decided-by-missing = Escriba su nombre, para que el capítulo sepa quién lo decidió.
orgs-not-same-confirm = No son la misma
orgs-cancel = Cancelar
orgs-merges-title = Registros unidos a este
orgs-merge-line = «{ $name }», unido por { $by } el { $when }
orgs-merge-undone-on = unión deshecha el { $when }
orgs-undo-merge = Deshacer la unión
orgs-undoing-merge = Deshaciendo…
orgs-undo-merge-title = ¿Deshacer esta unión?
orgs-undo-merge-explain = «{ $name }» vuelve a ser un registro propio, con lo que tenía antes de la unión.
orgs-undo-merge-yes = Deshacer la unión
orgs-undo-merge-no = Dejarla unida

## Organizaciones: ingresar los formularios de conexiones llenos (ConnectionsEntryPanel, ConnectionsEntryLine, OrgNameBox, ConnectionsEntrySettings, lib/orgs/connections-entry)

connections-enter-forms = Ingresar formularios llenos
connections-entry-title = Ingresar formularios de conexiones llenos
connections-entry-back = Volver a la clasificación
connections-entry-none-printed = Todavía no se ha impreso ningún formulario de conexiones. Cada formulario se ingresa con el número impreso en él: primero imprima los formularios, para que los miembros los llenen en una reunión.
connections-entry-member = Quién lo llenó
connections-entry-member-missing = Elija quién llenó este formulario: escriba unas letras de su nombre y oprima Enter.
connections-entry-orgs = Organizaciones y comunidades
connections-entry-org-label = Organización o comunidad
connections-entry-line-number = línea { $line }
connections-entry-org-matches = Organizaciones que coinciden con “{ $text }”
connections-entry-org-add-new = Agregar “{ $name }” como organización nueva
connections-entry-org-in-directory = en el directorio
connections-entry-org-new = nueva
connections-entry-org-missing = Escriba el nombre de la organización y elíjala, o deje vacía esta línea.
connections-entry-org-not-picked = Elija “{ $name }” de la lista con Enter, o agréguela como organización nueva.
connections-entry-org-twice = { $name } ya está en la línea { $line }.
connections-entry-org-added = Se agregó “{ $name }” al directorio como organización nueva; ahí se le puede poner el tipo.
connections-entry-new-org-needs-name = Primero escriba aquí su nombre: cada organización nueva guarda quién la agregó.
connections-entry-role = Papel
connections-entry-strength = Qué tan fuerte, del 1 al 5
connections-entry-introduce-keys = S o N
connections-entry-line-remove = Quitar
connections-entry-line-remove-label = Quitar la línea { $line }
connections-entry-work = Trabajo
connections-entry-workplace = Lugar de trabajo
connections-entry-industry = Rubro
connections-entry-union = Sindicato y local
connections-entry-more = Unas preguntas más
connections-entry-key-next = siguiente campo
connections-entry-key-pick = elige entre las organizaciones
connections-entry-key-new-org = agrega el nombre como organización nueva
connections-entry-key-role = papel
connections-entry-key-strength = qué tan fuerte
connections-entry-key-introduce = nos presentaría
connections-entry-key-no-more = en una línea vacía pasa al trabajo
connections-entry-entered = Formulario { $form } ingresado: { $name }, { $count ->
    [0] ninguna organización
    [one] una organización
   *[other] { $count } organizaciones
}
connections-entry-ties = { $count ->
    [0] ninguna organización
    [one] una organización
   *[other] { $count } organizaciones
}
connections-entry-on-laptop = Llenado en la computadora
connections-entry-take-back-explain = Lo ingresó { $name }, no en esta sesión. Los vínculos que dio se quitan y el formulario se puede volver a ingresar.

## Campañas y mapas de poder (mensajes del programa)
thing-campaign = campaña { $id }
campaign-name-missing = póngale un nombre a la campaña
field-chart-line = línea del cuadro
chart-section-full = una parte del cuadro tiene como máximo { $most } líneas
field-chart-target = blanco
chart-target-only-for-tactics = solo una táctica apunta a un blanco
chart-target-not-a-target = una táctica apunta a uno de los blancos del cuadro
thing-power-map = mapa de poder { $id }
thing-map-node = elemento { $id } de un mapa
thing-map-edge = relación { $id } de un mapa
map-name-missing = póngale un nombre al mapa
field-label = nombre
node-label-missing = póngale un nombre
field-alignment = postura
node-alignment-range = la postura va de -2 (muy en contra) a 2 (muy a favor)
field-power = poder
node-power-range = el poder va de 0 (poco) a 4 (decisivo)
field-record = ficha
node-one-record = un elemento representa a una persona o a una organización, no a las dos
field-edge = relación
edge-end-missing = una relación une dos elementos del mismo mapa
edge-to-itself = una relación une dos elementos distintos
edge-strength-range = la fuerza de una relación va de 1 a 5
map-file-not-json = esto no es un archivo de mapa: no es JSON (línea { $line }: { $problem })
map-file-not-a-map = Groundwork no puede leer este mapa: un plano de Kumu tiene elementos y conexiones, un mapa de Oligrapher tiene nodos y aristas
map-file-no-nodes = el mapa no tiene personas ni instituciones
map-file-too-large = el archivo pesa { $megabytes } MB: es demasiado grande para ser un mapa
map-kumu-not-a-list = '{ $key }' debería ser una lista
map-kumu-element-not-object = el elemento { $n } no es un elemento (un objeto con un nombre)
map-kumu-element-no-label = el elemento { $n } no tiene nombre
map-kumu-connection-not-object = la conexión { $n } no es una conexión (un objeto con from y to)
map-kumu-connection-end-missing = conexión { $n }: su '{ $end }' nombra '{ $name }', que no es ninguno de los elementos del mapa
map-oligrapher-item-not-object = los { $what } del mapa no están escritos como los escribe Oligrapher
map-oligrapher-node-no-name = el nodo { $id } no tiene nombre
map-oligrapher-edge-end-missing = la arista { $id } une el nodo '{ $node }', que no está en el mapa

## Pequeñas subvenciones (mensajes del programa)
grant-reopen-decided = la organización nacional ya decidió sobre esta solicitud; lo que se decidió se queda como se envió
grant-report-on-no-award = este informe es sobre una solicitud que el comité no ha otorgado
thing-grant-report = informe de avance { $id }
grant-report-not-awarded = los informes de avance se escriben sobre una subvención otorgada: anote primero la decisión de la organización nacional
field-report-story = relato
grant-report-needs-story = cuente en pocas líneas cómo fue el trabajo: la organización nacional lee los números junto a eso
grant-decision-on-draft = esta solicitud aún no se ha enviado a la organización nacional, así que no hay decisión que anotar
field-initiative-partners = organizaciones aliadas
grant-too-many-partners = como máximo { $most } organizaciones aliadas
grant-needs-partners = nombre las organizaciones aliadas con que se lleva, o diga que es una campaña propia del capítulo
grant-file-breaks-rules = esta solicitud no cumple una regla de la ronda: { $rule }
field-rubric = rúbrica
rubric-empty = una rúbrica tiene al menos un criterio
field-criterion-name = criterio
rubric-name-missing = diga qué busca el criterio
field-criterion-weight = peso
rubric-weight-range = un peso va de { $least } a { $most }
rubric-criterion-scored = los revisores ya calificaron «{ $name }»; se queda en la rúbrica (se le puede cambiar el nombre y el peso)
thing-reviewer = revisor { $id }
field-reviewer-name = nombre del revisor
reviewer-name-missing = dé el nombre del revisor
reviewer-name-taken = { $name } ya es revisor
field-criterion = criterio
review-criterion-not-in-rubric = este criterio no está en la rúbrica de la ronda
field-score = calificación
review-score-range = una calificación va de { $least } a { $most }
review-criterion-unscored = califique todos los criterios; «{ $name }» no tiene calificación
review-recused = { $name } declaró un conflicto de intereses con esta solicitud y no puede calificarla
review-recused-cannot-see = { $name } declaró un conflicto de intereses con esta solicitud y no puede ver sus revisiones
thing-grant-round = ronda de subvenciones { $id }
field-round-name = nombre de la ronda
round-name-missing = póngale nombre a la ronda
field-round-budget = presupuesto de la ronda
round-budget-out-of-range = el presupuesto de una ronda es más de $0
field-round-deadline = fecha límite
round-deadline-before-opening = la fecha límite va después del día en que abre la ronda
grant-file-unreadable = este archivo está firmado, pero lo que contiene no es una solicitud que Groundwork pueda leer
grant-import-other-chapter = este archivo dice ser una solicitud que envió otro capítulo; no se importó
grant-import-other-round = esta solicitud ya se recibió en la ronda { $round }
grant-import-earlier-revision = esta es una versión anterior de una solicitud ya recibida; se queda la más reciente
grant-import-decided = el comité ya decidió sobre esta solicitud, así que una versión nueva no puede reemplazarla
field-payment = pago
grant-pay-nothing = un pago es de más de $0
grant-pay-not-awarded = solo se paga una subvención otorgada
grant-pay-past-award = un pago de { $amount } es más que los { $left } que quedan de los { $awarded } otorgados
field-award = subvención otorgada
grant-award-out-of-range = una subvención es de más de $0 y como máximo los { $asked } pedidos; { $award } no lo es
field-decline-reason = razones
grant-decline-needs-reason = diga por qué se rechaza la solicitud
field-region = región
grant-region-too-long = el nombre de una región tiene como máximo { $most } caracteres
field-module-title = el título del módulo
field-module-part = { $part ->
    [agenda] la guía de facilitación
    [handout] el material para participantes
   *[other] la hoja de trabajo
}
training-title-missing = póngale un título al módulo
training-title-too-long = un título tiene como máximo { $most } caracteres
training-part-too-long = una parte de un módulo tiene como máximo { $most } caracteres
training-built-in-unchanged = un módulo incluido no se cambia: haga una copia para cambiarla
training-module-has-sessions = { $count ->
    [one] se hizo una sesión de capacitación
   *[other] se hicieron { $count } sesiones de capacitación
} con este módulo, así que se queda, como registro de quién lo aprendió
training-file-not-text = el archivo no es texto: un módulo se comparte como archivo de módulo de Groundwork o escrito con el formato de texto
training-file-unreadable = no se pudo leer el archivo como módulo: { $reason }
training-file-not-module = el archivo es de tipo { $format }, no un módulo de capacitación
training-file-newer = el archivo lo escribió una versión más nueva de Groundwork (versión { $version }): actualice esta para leerlo
field-doors-per-turf = puertas por territorio
field-doors = puertas
field-door = puerta
canvass-name-missing = póngale un nombre al sondeo
canvass-doors-per-turf-range = un territorio tiene entre { $least } y { $most } puertas
canvass-turfs-have-results = ya hay resultados de { $count } { $count ->
    [one] puerta
   *[other] puertas
} de este sondeo: sus territorios se quedan como se imprimieron
canvass-no-doors = no hay puertas para dividir en territorios: importe una lista de puertas o elija otro código postal o calle
canvass-door-not-on-walk = esa puerta no está en ningún territorio de este sondeo
canvass-new-person-nameless = escriba el nombre de la persona que conocieron en la puerta
field-door-needs = necesidades nombradas en la puerta
canvass-needs-no-survey = este sondeo no lleva una encuesta de necesidades: elija una primero
canvass-needs-without-talk = las necesidades se anotan solo donde alguien habló con ustedes
canvass-needs-no-question = la encuesta de este sondeo no tiene la pregunta de las "tres necesidades principales"
canvass-survey-answered = { $doors } { $doors ->
    [one] puerta ya respondió
   *[other] puertas ya respondieron
} la encuesta de este sondeo; sus formularios se quedan en el diagnóstico en el que se anotaron
canvass-nothing-to-go-back-to = esa puerta no está en la lista para volver
field-address = dirección
canvass-door-typed-unreadable = '{ $address }' no tiene número de casa y calle: escríbala como en un sobre, por ejemplo "183 Larch Ct Apt 2"
canvass-door-typed-zip = '{ $zip }' no es un código postal: escriba sus cinco dígitos
canvass-doors-no-address = la lista no tiene una columna de dirección (se buscó Address, Street Address, o Street Number con Street Name); sus columnas son: { $columns }
canvass-doors-row-no-address = { $place }: sin dirección
canvass-doors-row-unreadable = { $place }: '{ $address }' no tiene número y calle
grant-decision-below-paid = ya se pagaron { $paid } de esta subvención; la decisión no puede quedar por debajo
grant-award-over-commits = otorgar { $award } comprometería de más la ronda: quedan { $left }, faltan { $short }
role-chapter-not-national = esta base de datos es de un capítulo; un comité nacional necesita una base de datos propia
role-needs-chapter = esta base de datos es de un comité nacional, que guarda rondas de subvenciones, no el trabajo de un capítulo
role-needs-national = esta base de datos es de un capítulo; las rondas de subvenciones se guardan en la base de datos de un comité nacional (groundwork-cli init --national)
grant-no-chapter = esta base de datos aún no tiene capítulo, así que no hay desde dónde enviar la solicitud
signed-file-unreadable = este no es un archivo que Groundwork envía (no se pudo leer como tal); pida que se lo envíen de nuevo
signed-file-other-kind = este archivo contiene { $found }, no { $wanted }
signed-file-newer = este archivo lo hizo una versión más nueva de Groundwork (formato { $version }); actualice Groundwork para abrirlo
signed-file-unsigned = este archivo no lleva una firma válida, así que no se sabe quién lo hizo ni si se cambió; pida que se lo envíen de nuevo desde Groundwork
signed-file-altered = este archivo se cambió después de que el capítulo lo firmó; pida que se lo envíen de nuevo
thing-grant-application = solicitud de subvención { $id }
field-grant-amount = cantidad pedida
grant-amount-out-of-range = una subvención va de { $least } a { $most }; { $amount } queda fuera
field-grant-ends = último día
grant-ends-before-it-starts = el último día va después del primero
grant-span-too-short = una iniciativa dura al menos { $fewest } meses; esta dura { $months ->
    [one] { $months } mes
   *[other] { $months } meses
}
grant-span-too-long = una iniciativa dura como máximo { $most } meses; esta dura { $months } meses
grant-needs-description = diga qué hace la iniciativa
grant-needs-goals = dé las metas de la iniciativa en números: personas alcanzadas, conversaciones uno a uno, nuevos miembros, nuevos líderes
grant-needs-responsible = diga quién responde por la iniciativa
grant-needs-base-building = diga cómo construye una base entre la gente pobre y trabajadora
grant-needs-sustaining = diga cómo sigue el trabajo después de la subvención
grant-needs-budget = añada el presupuesto, línea por línea
grant-budget-not-amount = el presupuesto suma { $total }, no los { $amount } pedidos
grant-needs-milestones = añada los hitos del calendario
grant-not-a-draft = esta solicitud se envió a la organización nacional; lo enviado se queda como se envió
field-budget-item = partida del presupuesto
grant-budget-item-missing = diga qué paga la línea
field-budget-quantity = cantidad
grant-budget-quantity-zero = una línea es para uno o más
field-budget-unit-cost = costo por unidad
grant-budget-unit-cost-range = una unidad cuesta de $0.00 a { $most }
field-milestone = hito
grant-milestone-missing = diga qué estará hecho para ese día
field-grant-lines = líneas
grant-too-many-lines = como máximo { $most } líneas
field-grant-application = solicitud de subvención
grant-incomplete = todavía no se puede enviar: { $count ->
    [one] falta una cosa
   *[other] faltan { $count } cosas
}, la primera: { $first }

## Campañas y mapas de poder: archivos de entrada y salida (lib/api/client/campaigns)
maps-import-dialog-title = Elija un mapa de Kumu o de Oligrapher
maps-import-dialog-files = Archivos de mapa (JSON)
maps-export-dialog-title = Exportar el mapa
grants-evidence-title = La necesidad que atiende, según la evaluación de necesidades del capítulo
grants-evidence-need = { $title }: la nombraron { $respondents } de { $responses } residentes ({ $percent } %), en el lugar { $rank } de { $needs } en { $assessment }
grants-evidence-hint = La solicitud lleva estos datos tal como estén cuando se envíe.
grants-partners-title = Organizaciones aliadas
grants-partners-hint = Las organizaciones con que se lleva la iniciativa, del directorio del capítulo. Cada una se guarda en cuanto se añade o se quita.
grants-partners-none = Aún no se ha nombrado ninguna aliada.
grants-partner-ties = { $count ->
    [0] ningún miembro tiene lazos con ella aún
    [one] un miembro tiene lazos con ella
   *[other] { $count } miembros tienen lazos con ella
}
grants-partner-add = Añadir una organización aliada
grants-partner-remove = Quitar
grants-partner-remove-label = Quitar a { $name } de las aliadas
grants-decision-title = La decisión de la organización nacional
grants-decision-hint = Cuando llegue la carta de la organización nacional, anote aquí su decisión: una subvención otorgada abre los informes de avance.
grants-decision-outcome = Lo que decidió la organización nacional
grants-decision-awarded = Otorgada
grants-decision-declined = Rechazada
grants-decision-amount = Cantidad otorgada, en dólares
grants-decision-save = Anotar la decisión
grants-reports-title = Informes de avance
grants-reports-awarded = La organización nacional otorgó { $amount }. Hay que enviar dos informes breves: a mitad del camino y al final.
grants-report-midpoint = A mitad del camino
grants-report-final = Al final
grants-report-start = Empezar este informe con los registros del capítulo
grants-report-period = Del { $from } al { $to }.
grants-report-sign-ins = Firmas de asistencia en reuniones
grants-report-from-records = Las conversaciones uno a uno, los miembros nuevos, los líderes nuevos y las firmas empiezan con los registros del capítulo para estos meses; corrija lo que usted sepa mejor.
grants-report-spent = Gastado hasta ahora, en dólares
grants-report-story = Cómo fue el trabajo
grants-report-challenges = Qué fue difícil y qué cambiaría
grants-report-save = Guardar el informe
grants-report-send = Guardar el archivo para la organización nacional…
grants-report-sent = Guardado en { $path }.
grants-report-dialog-title = Guardar el informe para la organización nacional
grants-report-dialog-files = Archivos de informe de Groundwork
grants-report-paper-title = El informe en papel
grants-report-paper-explain = Las metas junto a lo que se logró, el dinero y el relato, con líneas para firmar.
grants-report-paper-print = Imprimir el informe
grants-reopen = Reabrirla para corregirla
grants-reopen-hint = Mientras la organización nacional no decida, se puede enviar de nuevo una solicitud corregida: el archivo nuevo reemplaza al que tiene la organización nacional, que lo guarda en su historial.
grants-paper-title = La solicitud en papel
grants-paper-explain = Para revisarla juntos, enviarla por correo o adjuntarla a un email: la iniciativa, sus metas, el presupuesto y el calendario, con líneas para firmar.
grants-paper-print = Imprimir la solicitud
grants-send-title = Enviarla a la organización nacional
grants-send-explain = Groundwork guarda la solicitud en un solo archivo, firmado con la clave propia del capítulo, para que la organización nacional sepa que viene de este capítulo sin cambios. Envíe el archivo por email o en una memoria USB. Una vez guardado el archivo, la solicitud queda marcada como enviada y se queda como se envió.
grants-sent-already = Esta solicitud se envió a la organización nacional. Si el archivo se perdió, guárdelo de nuevo: es la misma solicitud y la organización nacional la reconocerá.
grants-send-incomplete = { $count ->
    [one] Complete primero la solicitud: falta una cosa (vea la lista de arriba).
   *[other] Complete primero la solicitud: faltan { $count } cosas (vea la lista de arriba).
}
grants-send-unsaved = Guarde primero lo que cambió: el archivo lleva la solicitud tal como está guardada.
grants-send-button = Guardar el archivo para la organización nacional…
grants-send-again = Guardar el archivo de nuevo…
grants-sending = Guardando…
grants-sent-notice = Guardado en { $path }. La clave del capítulo es { $fingerprint }: si la organización nacional llama para comprobar el archivo, léales esas letras.
rounds-reports-title = Informes de avance
rounds-reports-hint = Cada subvención otorgada debe un informe breve a mitad del camino y otro un mes después de terminar. Importe aquí los archivos de informe que envían los capítulos.
rounds-reports-import = Importar un informe de avance…
rounds-reports-none = Aún no se debe ningún informe: llegan con las subvenciones otorgadas.
rounds-report-imported = { $kind ->
    [midpoint] Se importó el informe de mitad del camino.
   *[final] Se importó el informe final.
}
rounds-report-already = Ya estaba importado: no cambió nada.
rounds-report-due = { $kind ->
    [midpoint] informe de mitad del camino, vence el { $date }
   *[final] informe final, vence el { $date }
}
rounds-report-received = recibido
rounds-report-overdue = atrasado
rounds-report-waiting = aún no vence
national-import-dialog-title = Importar un archivo de solicitud
national-import-dialog-files = Archivos de solicitud de Groundwork
national-report-dialog-title = Importar un informe de avance
national-report-dialog-files = Archivos de informe de Groundwork
grants-export-dialog-title = Guardar la solicitud para la organización nacional
grants-export-dialog-files = Archivos de solicitud de Groundwork
maps-export-dialog-files-json = Archivos JSON
maps-export-dialog-files-svg = Imágenes SVG

## Mapas de poder: el lienzo, la tabla y el panel lateral (components/campaigns/map)
map-title = Mapa de poder
map-sample = de ejemplo
map-view-label = Ver el mapa como
map-view-map = Mapa
map-view-table = Tabla
map-add-node = Añadir un elemento
map-add-node-hint = Aparece en el centro del mapa. Luego arrástrelo, o muévalo con las flechas, hasta donde corresponde.
map-add-node-save = Añadir al mapa
map-undo = Deshacer
map-redo = Rehacer
map-undo-what = Deshacer { $what } (Ctrl+Z)
map-redo-what = Rehacer { $what } (Ctrl+Mayús+Z)
map-undone = Se deshizo: { $what }.
map-redone = Se rehízo: { $what }.
map-snap = Ajustar a la cuadrícula
map-show-paths = Mostrar nuestros caminos de entrada
map-close = Cerrar el mapa
map-loading = Cargando el mapa…
map-side-label = Panel lateral
map-empty-lead = Todavía no hay nadie en este mapa.
map-empty-first = Empiece por la persona que decide: quien puede dar lo que pide la campaña. Después añada a quienes tienen poder sobre ella y a quienes están con ustedes.
map-empty-add = Añadir a la persona que decide
map-canvas-label = El mapa: a lo ancho, la postura de cada uno; hacia arriba, cuánto poder tiene
map-step-move = { $count ->
    [one] mover a { $label }
   *[other] mover { $count } elementos
}
map-step-add = añadir a { $label }
map-step-remove = { $count ->
    [one] quitar a { $label }
   *[other] quitar { $count } elementos
}
map-step-edit = el cambio en { $label }
map-step-edge = el cambio en una relación
map-step-connections = añadir las conexiones de { $label }
map-added = { $label } ya está en el mapa, en el centro. Muévalo a donde corresponde.
map-saved = Se guardó { $label }.
map-linked = { $label } ahora representa a { $name } en sus registros.
map-unlinked = { $label } ya no representa ningún registro.
map-removed = { $count ->
    [one] Se quitó a { $label }.
   *[other] Se quitaron { $count } elementos.
} Deshacer (Ctrl+Z) los recupera.
map-moved-to = { $label }: { $alignment }, poder { $power }.
map-edge-saved = Se guardó la relación.
map-edge-removed = Se quitó la relación.
map-connections-added = { $nodes } añadidos, { $edges ->
    [one] 1 relación
   *[other] { $edges } relaciones
}
map-put-back = { $count ->
    [one] No se pudo poner a { $label } ahí; volvió a donde estaba.
   *[other] No se pudo poner a estos { $count } ahí; volvieron a donde estaban.
}
map-kind-person = persona
map-kind-organization = organización
map-kind-government = gobierno
map-kind-business = empresa
map-kind-media = medios
map-kind-other = otro
map-alignment-strongly-opposed = muy en contra
map-alignment-opposed = en contra
map-alignment-neutral = neutral
map-alignment-allied = a favor
map-alignment-strongly-allied = muy a favor
map-power-little = poco
map-power-some = algo
map-power-moderate = mediano
map-power-high = mucho
map-power-decisive = decisivo
map-quadrant-powerful-opponents = Opositores poderosos
map-quadrant-powerful-allies = Aliados poderosos
map-quadrant-weak-opponents = Opositores con poco poder
map-quadrant-weak-allies = Aliados con poco poder
map-axis-power = Poder sobre la decisión
map-axis-alignment-short = Su postura
map-direction-directed = en un sentido →
map-direction-mutual = en los dos sentidos ↔
map-direction-undirected = sin dirección
map-fine-place = { $nearest } ({ $value })
map-target = blanco
map-node-place = { $alignment }, poder { $power }
map-not-placed-short = aún sin lugar
map-not-placed-here = Aún sin lugar: vino de otro mapa. Arrástrelo a donde corresponde, o elija abajo y guarde.
map-reach-count = { $count ->
    [one] 1 miembro puede llegar
   *[other] { $count } miembros pueden llegar
}
map-draw-handle = Arrastre hasta otro elemento para trazar una relación
map-a11y-node = Intro lo abre en el panel lateral; las flechas lo mueven (con Mayús, más lejos); Supr lo quita.
map-a11y-edge = Intro abre la relación en el panel lateral; Supr la quita.
map-controls = Zoom
map-zoom-in = Acercar
map-zoom-out = Alejar
map-fit-view = Mostrar todos los elementos
map-minimap = Vista general del mapa
map-key-tab = pasa a un elemento
map-key-arrows = lo mueven (Mayús: más lejos)
map-key-enter = lo abre
map-key-delete = lo quita
map-key-undo = deshacer, rehacer
map-record-person = representa a una persona de sus registros
map-record-organization = representa a una organización de sus registros
map-record-none = solo está en este mapa
map-record-title = El registro que representa
map-record-looking-up = Buscándolo…
map-record-in-people = en Personas
map-record-in-orgs = en Organizaciones
map-record-open = Abrir la ficha
map-record-unlink = Desvincular
map-record-link-person = Vincular con una persona de sus registros
map-record-link-organization = Vincular con una organización del directorio
map-node-label = Nombre
map-node-label-example = Alcaldesa Ruiz
map-node-label-needed = Póngale un nombre.
map-node-kind = Tipo
map-node-alignment = Su postura ante lo que pedimos
map-node-power = Poder sobre la decisión
map-node-target = Un blanco: puede dar lo que pedimos, o tiene poder sobre quien puede
map-node-notes = Notas
map-node-save = Guardar
map-node-remove = Quitar del mapa
map-relationships = Relaciones
map-add-connections = Añadir sus conexiones
map-adding-connections = Añadiendo…
map-add-connections-hint = Trae al mapa, desde sus registros, las organizaciones a las que pertenece esta persona, o los líderes y el personal de esta organización.
map-add-connections-unlinked = Solo está en este mapa: no hay registros de donde traer conexiones.
map-add-edge = Añadir una relación
map-no-relationships = Todavía no tiene relaciones.
map-relationship-to = hacia { $name }
map-relationship-from = desde { $name }
map-paths-in = Nuestros caminos de entrada
map-paths-in-none = Todavía ningún miembro puede llegar.
map-path-strength = vínculo { $strength } de 5
map-would-introduce = nos presentaría
map-paths-shown = { $members ->
    [one] 1 miembro del capítulo conoce
   *[other] { $members } miembros del capítulo conocen
} a alguien en { $places ->
    [one] 1 lugar
   *[other] { $places } lugares
} del mapa.
map-paths-shown-none = Todavía ningún miembro del capítulo conoce a nadie en este mapa.
map-member-label = { $name }, miembro del capítulo: conoce a alguien en { $count ->
    [one] 1 lugar
   *[other] { $count } lugares
} del mapa
map-member-help = Intro abre su ficha en Personas.
map-path-line = { $name } conoce a alguien en { $place } ({ $role }, vínculo { $strength } de 5)
map-path-line-introduce = { $name } conoce a alguien en { $place } ({ $role }, vínculo { $strength } de 5) y nos presentaría
map-legend-member = un miembro del capítulo
map-legend-knows = conoce a alguien ahí (línea más gruesa: vínculo más fuerte)
map-edge-title = Relación
map-edge-new-title = Nueva relación
map-edge-from = Desde { $name }
map-edge-to = Hacia
map-edge-pick = Elija…
map-edge-to-missing = Elija el otro extremo.
map-edge-to-itself = Elija otro elemento: una relación une a dos.
map-edge-label = Qué relación es
map-edge-label-example = nombra, financia, es miembro de
map-edge-direction = Dirección
map-edge-strength = Fuerza
map-edge-strength-unknown = no se sabe
map-edge-strength-value = { $strength } de 5
map-edge-save = Guardar la relación
map-edge-remove = Quitar
map-edge-aria = De { $from } a { $to }
map-edge-aria-labelled = De { $from } a { $to }: { $label }
map-table-caption = Todos los de { $name }
map-column-label = Nombre
map-column-kind = Tipo
map-column-alignment = Postura
map-column-power = Poder
map-column-target = Blanco
map-column-reach = Caminos de entrada
map-column-relationships = Relaciones
map-column-alignment-of = Postura de { $name }
map-column-power-of = Poder de { $name }
map-column-target-of = { $name } es un blanco
map-analysis-title = Lo que dice el mapa
map-analysis-targets = Blancos
map-analysis-targets-none = Todavía no hay blanco: abra a quien puede dar lo que pide y marque "Un blanco".
map-analysis-allies = Aliados poderosos
map-analysis-opponents = Opositores poderosos
map-analysis-movable = Poderosos e indecisos: vale la pena moverlos
map-analysis-none = Todavía ninguno.
map-analysis-no-path = Ningún miembro puede llegar
map-analysis-no-path-none = Algún miembro puede llegar a cada uno.
map-analysis-not-placed = Aún sin lugar
map-analysis-not-placed-none = Todos los elementos tienen lugar.
map-selected-count = { $count } seleccionados
map-selected-hint = Arrastre cualquiera de ellos para moverlos juntos, o use las flechas.
map-selected-remove = Quitar estos { $count }
map-selected-clear = Quitar la selección
map-remove-nodes-title = { $count ->
    [one] ¿Quitar a { $label } del mapa?
   *[other] ¿Quitar { $count } elementos del mapa?
}
map-remove-edge-title = ¿Quitar esta relación?
map-remove-edges-too = { $count ->
    [one] También se quita 1 relación.
   *[other] También se quitan { $count } relaciones.
}
map-remove-undo = Deshacer (Ctrl+Z) lo recupera.
map-remove-confirm = Quitar
map-remove-keep = Conservar

## Campañas: el área, la lista, la página de una campaña y sus formularios (CampaignsView, CampaignList, CampaignRecord, CampaignForm)
campaigns-title = Campañas
campaigns-new = Nueva campaña
campaigns-list-label = Campañas, de la más reciente a la más antigua
campaigns-list-empty = Todavía no hay campañas.
campaigns-badge-sample = muestra
campaigns-no-issue = Sin problema anotado
campaigns-row-maps = { $count ->
    [0] sin mapas
    [one] { $count } mapa
   *[other] { $count } mapas
}
campaigns-empty-title = Planee una campaña
campaigns-empty-explain = Una campaña toma un problema que la gente le contó y se propone ganarlo. Trácela en un cuadro de estrategia, de las metas a las tácticas, y haga el mapa de quién tiene poder sobre la decisión y de qué lado está.
campaigns-pick = Elija una campaña de la lista para ver su cuadro y sus mapas.
campaigns-pick-keys = ↑ y ↓ recorren la lista; Enter abre la campaña.
campaigns-opening = Abriendo la campaña…
campaigns-no-issue-yet = Todavía no se ha anotado el problema.
campaigns-grows-out-of = Surge del proyecto { $name }
campaigns-edit = Editar
campaigns-edit-title = Nombre, problema y proyecto
campaigns-new-title = Nueva campaña
campaigns-new-hint = Basta con un nombre para empezar; el cuadro y los mapas vienen después.
campaigns-field-name = Nombre
campaigns-field-issue = El problema
campaigns-field-issue-hint = En sus propias palabras: “el dueño del 2400 de Cermak no arregla la calefacción”.
campaigns-field-project = Surge de un proyecto
campaigns-field-project-hint = Uno de los proyectos para construir la base del capítulo, que se crean en Necesidades a partir de un programa de servicio de la lista corta.
campaigns-field-project-none-yet = El capítulo todavía no tiene proyectos: se crean en Necesidades, a partir de un programa de servicio de la lista corta.
campaigns-project-none = Ninguno
campaigns-project-choice = { $name } ({ $status })
campaigns-project-current = El proyecto del que surge ahora
campaigns-name-missing = Póngale un nombre a la campaña.
campaigns-save-new = Empezar la campaña
campaigns-form-keys = Enter para guardar · Esc para cancelar
campaign-tabs-label = El trabajo de { $name }
campaign-tab-chart = Cuadro de estrategia
campaign-tab-maps = Mapas de poder

## Campañas: el cuadro de estrategia (StrategyChart, ChartSectionLines, lib/campaigns/chart)
chart-lead = Toda la campaña en una página, desde lo que quiere ganar hasta lo que va a hacer. Escriba pocas palabras por línea; nada queda guardado hasta que usted guarde.
chart-keys = Ctrl+S para guardar · Esc para cancelar
chart-save = Guardar el cuadro
chart-column-goals = Metas
chart-column-organizational = Consideraciones de la organización
chart-column-constituents = Base afectada, aliados y opositores
chart-column-targets = Blancos
chart-column-tactics = Tácticas
chart-help-goals = Lo que quiere ganar: al final, en el camino y primero.
chart-help-organizational = Lo que el capítulo aporta, lo que quiere sacar de la campaña (miembros nuevos, líderes nuevos, una base más grande) y lo que tiene que arreglar por dentro.
chart-help-constituents = A quién le afecta el problema y se puede organizar, quién estará de su lado y quién se va a oponer.
chart-help-targets = La persona que puede darle lo que pide, y quienes tienen poder sobre ella.
chart-help-tactics = Lo que hará para mover a un blanco, dentro de sus medios; diga a qué blanco apunta cada una.
chart-section-long-term-goal = Metas a largo plazo
chart-section-intermediate-goal = Metas intermedias
chart-section-short-term-goal = Metas a corto plazo
chart-section-resources = Lo que aportamos
chart-section-gains = Lo que queremos ganar
chart-section-internal-problems = Problemas internos por resolver
chart-section-constituents = Base afectada
chart-section-allies = Aliados
chart-section-opponents = Opositores
chart-section-primary-target = Blanco principal
chart-section-secondary-target = Blancos secundarios
chart-section-tactic = Tácticas
chart-line-label = { $section }, línea { $number }
chart-remove-line = Quitar la línea { $number } de { $section }: { $text }
chart-remove-blank-line = Quitar la línea { $number } de { $section }, todavía en blanco
chart-add-line = Agregar una línea
chart-add-line-to = Agregar una línea a { $section }
chart-section-full-hint = Esta parte lleva { $most } líneas como máximo.
chart-aimed-at = Apunta a
chart-aimed-at-none = Todavía sin blanco
chart-aimed-at-no-targets = Primero escriba un blanco

## Campañas: los mapas de poder de una campaña (MapsPanel, MapRow, MapNameForm, lib/campaigns/map-words)
maps-lead = Un mapa de poder ubica a las personas e instituciones que importan para la decisión según cuánto poder tienen sobre ella y qué tanto están de su lado o en su contra. Dibuje uno aquí, o traiga uno de Kumu o de Oligrapher.
maps-new = Nuevo mapa
maps-new-name = Nombre del nuevo mapa
maps-rename-name = Nuevo nombre del mapa
maps-name-missing = Póngale un nombre al mapa.
maps-create = Crear el mapa
maps-import = Importar un mapa de Kumu o de Oligrapher
maps-importing = Importando…
maps-imported = “{ $name }” ya está aquí:
maps-list-label = Los mapas de la campaña
maps-none = Todavía no hay mapas de poder.
maps-none-start = Empiece uno con “Nuevo mapa”, o traiga uno que haya hecho en Kumu o en Oligrapher.
maps-row-counts = { $nodes ->
    [0] todavía sin nadie
    [one] { $nodes } persona o institución
   *[other] { $nodes } personas e instituciones
} · { $edges ->
    [0] sin relaciones
    [one] { $edges } relación
   *[other] { $edges } relaciones
}
maps-open = Abrir
maps-export = Exportar…
maps-export-as = Exportar “{ $name }” como
maps-format-json = Un archivo de Groundwork (JSON)
maps-format-kumu = Un archivo para Kumu (JSON)
maps-format-svg = Una imagen (SVG)
maps-exported = Guardado en
maps-rename = Cambiar nombre
maps-delete = Borrar
maps-delete-title = ¿Borrar el mapa “{ $name }”?
maps-delete-explain = Todo lo que tiene se va con él ({ $what }). Las personas y organizaciones de sus fichas quedan como están.
maps-delete-confirm = Borrar el mapa
maps-delete-keep = Conservarlo

## Campañas: el cuadro de estrategia en papel (CampaignRecord, CampaignPaperForm)
chart-paper-title = El cuadro en papel
chart-paper-explain = Una página horizontal con las cinco columnas, para la reunión que decide la campaña. Guarde el cuadro primero: la página muestra lo guardado.
chart-paper-print = Imprimir el cuadro

## Campañas: un mapa de poder en papel (MapWorkspace, CampaignPaperForm)
map-print = Imprimir
map-paper-title = El mapa en papel
map-paper-explain = Una página horizontal con la cuadrícula, todos los que están en ella y sus relaciones, y luego una página de quién en el capítulo conoce a alguien allí.
map-paper-print = Imprimir el mapa
map-paper-size = Tamaño
map-paper-one-page = Una página
map-paper-poster = Un cartel de { $across } × { $across } hojas
map-paper-poster-hint = El cartel empieza con una página que muestra dónde va cada hoja. Recorte cada hoja por las marcas de las esquinas y únalas con cinta.

## Subvenciones: el área, la lista y una nueva solicitud (GrantsView, GrantList, NewApplicationForm, SpanFields, SectionSaveBar)
grants-title = Subvenciones
grants-new = Nueva solicitud
grants-list-label = Solicitudes de subvención, de la más reciente a la más antigua
grants-list-empty = Todavía no hay solicitudes.
grants-badge-sample = muestra
grants-row-complete = Completa
grants-row-needs = { $count ->
    [one] Le falta una cosa
   *[other] Le faltan { $count } cosas
}
grants-empty-title = Pida una pequeña subvención
grants-empty-explain = La organización nacional da a los capítulos pequeñas subvenciones, de $500 a $1,000, para iniciativas que construyen base y duran de tres a seis meses. Escriba aquí la solicitud: qué hace la iniciativa y qué quiere ganar, en qué se gasta el dinero línea por línea, y cuándo se cumple cada paso.
grants-empty-explain-project = Cada solicitud es para uno de los proyectos del capítulo, que se crean en Necesidades a partir de un programa de servicio de la lista corta.
grants-pick = Elija una solicitud de la lista para verla.
grants-pick-keys = ↑ y ↓ recorren la lista; Enter abre la solicitud.
grants-new-title = Nueva solicitud
grants-new-hint = Empiece con el proyecto, la cantidad y los meses; lo demás se escribe en la página de la solicitud una vez creada.
grants-field-project = El proyecto para el que es
grants-field-project-hint = La iniciativa que paga la subvención es uno de los proyectos del capítulo para construir base.
grants-project-choose = Elija un proyecto
grants-no-projects = El capítulo todavía no tiene proyectos, y una subvención siempre es para uno. Los proyectos se crean en Necesidades, a partir de un programa de servicio de la lista corta.
grants-go-to-needs = Ir a Necesidades
grants-save-new = Empezar la solicitud
grants-new-keys = Enter para guardar · Esc para cancelar
grants-field-amount = Cantidad que piden, en dólares
grants-field-amount-hint = De $500 a $1,000. Escríbala como 800 o 800.00.
grants-field-starts = Primer día
grants-field-ends = Último día
grants-field-days-hint = Cuentan los dos días. Una iniciativa dura de tres a seis meses.
grants-asks = Pide { $summary }
grants-runs = Dura { $summary }
grants-save-keys = Ctrl+S guarda esta parte

## Subvenciones: la página de una solicitud (ApplicationRecord, MissingChecklist, InitiativeSection, ApplicationSection, BudgetSection, TimelineSection)
grants-opening = Abriendo la solicitud…
grants-missing-title = Lo que le falta
grants-missing-count = { $count ->
    [one] Queda una cosa por hacer antes de enviarla a la organización nacional. Cada línea lo lleva hasta ella.
   *[other] Quedan { $count } cosas por hacer antes de enviarla a la organización nacional. Cada línea lo lleva hasta ella.
}
grants-complete = Completa: lista para enviar a la organización nacional.
grants-part-done = Hecho:
grants-part-needed = Falta:
grants-initiative-title = La iniciativa
grants-initiative-hint = Qué es { $name } como iniciativa para construir base. Pertenece al proyecto, así que todas las solicitudes del proyecto la comparten.
grants-initiative-opening = Abriendo la iniciativa…
grants-field-description = Qué hace
grants-field-description-hint = En palabras del capítulo: a quiénes reúne, qué hacen juntos y qué se propone ganar.
grants-field-coalition = Quién la lleva
grants-coalition-own = El capítulo, como campaña propia
grants-coalition-partners = El capítulo con organizaciones aliadas, en coalición
grants-field-goals = Metas en números
grants-field-goals-hint = Lo que la iniciativa se propone lograr para su último día.
grants-goal-reached = Personas alcanzadas
grants-goal-one-on-ones = Conversaciones uno a uno
grants-goal-new-members = Miembros nuevos
grants-goal-new-leaders = Líderes nuevos formados
grants-field-responsible = Quién es responsable
grants-responsible-none = Todavía no se ha elegido a nadie.
grants-responsible-looking-up = Buscando su nombre…
grants-responsible-pick = Buscar a la persona responsable
grants-responsible-change = Elegir a otra persona
grants-responsible-clear = Quitar
grants-responsible-clear-label = Quitar a { $name } como responsable
grants-initiative-save = Guardar la iniciativa
grants-application-title = La solicitud
grants-application-hint = Lo que pide el capítulo y por cuánto tiempo, y las dos preguntas que responde toda solicitud.
grants-field-base-building = Cómo construye una base entre la gente pobre y trabajadora
grants-field-base-building-hint = Quiénes se suman por medio de ella, cómo se llega a ellos y cómo pasan al trabajo del capítulo.
grants-field-sustaining = Cómo seguirá después de la subvención
grants-field-sustaining-hint = Cuotas, voluntarios, aliados, otra subvención: cómo sigue el trabajo cuando se acabe el dinero.
grants-application-save = Guardar la solicitud
grants-budget-title = Presupuesto
grants-budget-hint = En qué se gasta la subvención, línea por línea. Tiene que sumar la cantidad pedida.
grants-budget-item = En qué se gasta
grants-budget-quantity = Cuántos
grants-budget-unit-cost = Costo de uno ($)
grants-budget-line-total = Total de la línea
grants-budget-item-label = En qué se gasta, línea { $number }
grants-budget-quantity-label = Cuántos, línea { $number }
grants-budget-unit-cost-label = Costo de uno en dólares, línea { $number }
grants-budget-line-total-label = Total de la línea { $number }
grants-budget-remove = Quitar la línea { $number }: { $item }
grants-budget-remove-blank = Quitar la línea { $number }, todavía en blanco
grants-budget-none = Todavía no hay líneas.
grants-budget-add = Agregar una línea
grants-budget-total = Total: { $total }
grants-budget-save = Guardar el presupuesto
grants-timeline-title = Calendario
grants-timeline-hint = Los hitos del camino, cada uno con el día para el que estará hecho. Se guardan en el orden de los días.
grants-milestone-day = Para el día
grants-milestone-what = Qué estará hecho
grants-milestone-day-label = Día del hito { $number }
grants-milestone-what-label = Qué estará hecho, hito { $number }
grants-milestone-remove = Quitar el hito { $number }: { $what }
grants-milestone-remove-blank = Quitar el hito { $number }, todavía en blanco
grants-timeline-none = Todavía no hay hitos.
grants-milestone-add = Agregar un hito
grants-timeline-save = Guardar el calendario

## Subvenciones: una solicitud enviada a la organización nacional (SentApplication)
grants-sent-note = { $status }. Lo que se envió se queda como se envió, así que aquí no se puede cambiar.
grants-sent-asks = Pide
grants-sent-days = Fechas
grants-sent-from-to = Del { $starts } al { $ends }
grants-sent-total = Total
grants-not-given = Sin dato

## Subvenciones: las palabras que se arman por partes (lib/grants: words, span-draft, initiative-draft, budget-editor, milestone-editor)
grants-status-draft = Borrador
grants-status-submitted = Enviada
grants-status-awarded = Aprobada
grants-status-declined = No aprobada
grants-span-months = { $months ->
    [one] { $months } mes
   *[other] { $months } meses
}
grants-span-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
grants-span-months-days = { $months ->
    [one] { $months } mes
   *[other] { $months } meses
} y { $days ->
    [one] { $days } día
   *[other] { $days } días
}
grants-summary = { $amount }, { $span }
grants-budget-adds-up = El presupuesto suma { $total }.
grants-budget-matches = El presupuesto suma { $total }, la cantidad pedida.
grants-budget-differs = El presupuesto suma { $total }; la cantidad pedida es { $amount }.
grants-amount-missing = Escriba la cantidad que piden, en dólares.
grants-amount-not-dollars = Escriba la cantidad en dólares, como 800 o 800.00.
grants-starts-missing = Elija el primer día.
grants-ends-missing = Elija el último día.
grants-project-missing = Elija el proyecto para el que es la subvención.
grants-goal-not-whole = Escriba un número entero, como 40.
grants-quantity-not-whole = Escriba cuántos con un número entero, como 1 o 20.
grants-cost-not-dollars = Escriba cuánto cuesta uno en dólares, como 25 o 25.50.
grants-milestone-day-missing = Elija el día para el que estará hecho.
grants-part-description = Qué hace la iniciativa
grants-part-goals = Sus metas en números
grants-part-responsible = Quién es responsable
grants-part-base-building = Cómo construye una base entre la gente pobre y trabajadora
grants-part-sustaining = Cómo seguirá después de la subvención
grants-part-budget = Un presupuesto que sume la cantidad pedida
grants-part-milestones = Un calendario con sus hitos

## Rondas, el lado del comité nacional de las pequeñas subvenciones: las palabras que se arman por partes (lib/rounds)
rounds-name-missing = Póngale un nombre a la ronda.
rounds-budget-not-dollars = Escriba el presupuesto de la ronda en dólares, como 20000.
rounds-opens-not-a-day = Elija el día en que abre la ronda, o déjelo vacío.
rounds-deadline-missing = Elija la fecha límite.
rounds-deadline-before-opening = La fecha límite va después del día en que abre la ronda.
rounds-rubric-empty = Una rúbrica tiene al menos un criterio.
rounds-criterion-name-missing = Diga qué busca el criterio.
rounds-reviewer-name-missing = Escriba el nombre del revisor.
rounds-score-missing = Dé una calificación del 1 al 5.
rounds-decline-reason-missing = Diga por qué se rechaza la solicitud: la carta se lo explica al capítulo.
rounds-award-not-dollars = Escriba la subvención en dólares, como 800 o 800.00.
rounds-payment-not-dollars = Escriba el pago en dólares, como 400 o 400.00.
rounds-payment-day-missing = Elija el día en que se pagó.
rounds-status-received = Espera una decisión
rounds-status-awarded = Otorgada
rounds-status-declined = Rechazada
rounds-standing-awarded = Otorgada: { $amount }
rounds-import-new = Importada: { $title }, de { $chapter }.
rounds-import-already = Ya estaba importada: no cambió nada ({ $title }, de { $chapter }).
rounds-import-resubmitted = Una versión nueva reemplazó a la anterior, que se conserva: { $title }, de { $chapter }.

## Rondas: el área, la lista y una ronda nueva (RoundsView, RoundList, NewRoundForm)
rounds-title = Rondas
rounds-new = Nueva ronda
rounds-list-label = Rondas de subvenciones, la fecha límite más reciente primero
rounds-list-empty = Aún no hay rondas.
rounds-row-deadline = Fecha límite: { $deadline }
rounds-row-budget = presupuesto de { $budget }
rounds-empty-title = Abra una ronda de pequeñas subvenciones
rounds-empty-explain = Una ronda tiene un presupuesto que el comité reparte en pequeñas subvenciones, y una fecha límite para las solicitudes de los capítulos.
rounds-empty-explain-files = Los capítulos envían sus solicitudes como archivos firmados, por email o en una memoria USB. Cada una se importa a su ronda, se lee, los revisores la califican con la rúbrica de la ronda, y se otorga o se rechaza.
rounds-pick = Elija una ronda de la lista para verla.
rounds-pick-keys = ↑ y ↓ recorren la lista; Enter abre la ronda.
rounds-new-title = Nueva ronda
rounds-new-hint = La rúbrica con que califican los revisores empieza con cinco criterios; puede cambiarlos en la página de la ronda.
rounds-field-name = Nombre de la ronda
rounds-field-name-hint = Como la conocen los capítulos, por ejemplo «Subvenciones para construir base, primavera 2027».
rounds-field-budget = Presupuesto, en dólares
rounds-field-budget-hint = Lo que la ronda reparte en total. Escríbalo como 20000 o 20000.00.
rounds-field-opens = Abre el
rounds-field-deadline = Fecha límite
rounds-save-new = Abrir la ronda
rounds-new-keys = Enter guarda · Esc cancela

## Rondas: la página de una ronda (RoundRecord, RoundLedger, ImportApplication, ReceivedTable, RubricSection, ReviewersSection)
rounds-opening = Abriendo la ronda…
rounds-days-open = Abre el { $opens } · Fecha límite: { $deadline }
rounds-days-deadline = Fecha límite: { $deadline }
rounds-ledger-budget = Presupuesto
rounds-ledger-committed = Comprometido en subvenciones
rounds-ledger-disbursed = Pagado
rounds-ledger-remaining = Queda por otorgar
rounds-import-title = Solicitudes de los capítulos
rounds-import-explain = Un capítulo envía su solicitud como un archivo firmado. Impórtelo aquí: si el archivo se cambió después de firmarse, o no cumple las reglas de la ronda, se rechaza y se dice por qué.
rounds-import-button = Importar un archivo de solicitud…
rounds-importing = Importando…
rounds-import-open = Abrirla
rounds-applications-title = { $count ->
    [0] Solicitudes
    [one] Una solicitud
   *[other] { $count } solicitudes
}
rounds-applications-none = Aún no se ha importado ninguna solicitud.
rounds-applications-hint = El nombre del capítulo abre la solicitud. La calificación es el promedio de las calificaciones ponderadas de los revisores, del 1 al 5.
rounds-col-chapter = Capítulo e iniciativa
rounds-col-asked = Pide
rounds-col-status = Cómo va
rounds-row-versions = { $count } versiones recibidas
rounds-col-mean = Calificación
rounds-mean-none = —
rounds-rubric-title = Rúbrica
rounds-rubric-hint = Lo que los revisores califican en cada solicitud, del 1 (débil) al 5 (fuerte). Un criterio de peso 3 cuenta el triple que uno de peso 1.
rounds-criterion-label = Criterio { $number }
rounds-criterion-weight = Peso
rounds-criterion-weight-label = Peso del criterio { $number }
rounds-criterion-remove-short = Quitar
rounds-criterion-remove = Quitar el criterio { $number }
rounds-criterion-add = Añadir un criterio
rounds-rubric-save = Guardar la rúbrica
rounds-reviewers-title = Revisores
rounds-reviewers-none = Aún no hay revisores. Añada a los miembros del comité que califican las solicitudes.
rounds-reviewer-name = Nombre del revisor
rounds-reviewer-add = Añadir un revisor
rounds-reviewer-added = Se añadió a { $name }. Cada revisor califica desde la página de una solicitud.
rounds-paper-title = La ronda en papel
rounds-paper-explain = Un resumen para la reunión del comité: el presupuesto y lo que queda, y cada solicitud con sus calificaciones y cómo va.
rounds-paper-print = Imprimir el resumen de la ronda

## Rondas: una solicitud dentro de su ronda (ReceivedRecord, ReceivedContent, ReviewSection, ReviewSheetView, ScoreForm, ConflictForm, DecisionSection, PaymentSection)
rounds-back = Volver a { $round }
rounds-back-keys = Esc vuelve a la ronda
rounds-received-from = De { $chapter } · pide { $amount }
rounds-row-region = Región: { $region }
rounds-region-label = Región
rounds-region-hint = La región del capítulo, para la tabla por región del resumen de la ronda. Vale para todo lo que envíe este capítulo. Déjela vacía si no tiene.
rounds-region-save = Guardar la región
rounds-region-too-long = El nombre de una región tiene como máximo { $most } caracteres.
rounds-need-answered = La necesidad que atiende
rounds-sent-from-title = De dónde vino el archivo
rounds-sent-chapter = Capítulo
rounds-sent-languages = Los idiomas del capítulo
rounds-sent-key = La clave del capítulo
rounds-sent-at = Enviada
rounds-sent-versions = Versiones recibidas
rounds-sent-versions-count = { $count ->
    [one] Una versión
   *[other] { $count } versiones; esta página muestra la más reciente, y las anteriores se conservan
}
rounds-sent-key-hint = Para estar seguro de que un archivo viene del capítulo, llame a alguien de allí y compare la clave, letra por letra, con la que aparece en su pantalla.
rounds-review-title = Revisión
rounds-reviewing-as = Revisa
rounds-reviewing-as-committee = Todo el comité: todas las revisiones
rounds-reviewing-as-hint = Elija su nombre para calificar la solicitud. Como todo el comité, usted ve todas las revisiones y el promedio.
rounds-review-opening = Abriendo las revisiones…
rounds-mean-of = Calificación promedio: { $mean } de 5, de { $count ->
    [one] una revisión
   *[other] { $count } revisiones
}
rounds-mean-nobody = Nadie la ha calificado todavía.
rounds-review-weighted = { $score } de 5, ponderada
rounds-review-criterion-score = { $name }: { $score }
rounds-review-recused = { $count ->
    [one] Declaró un conflicto de intereses, así que no la califica: { $names }.
   *[other] Declararon un conflicto de intereses, así que no la califican: { $names }.
}
rounds-score-title = Las calificaciones de { $name }
rounds-score-hint = En cada criterio, 1 es débil y 5 es fuerte. Las flechas del teclado pasan de una calificación a otra.
rounds-score-weight = (peso { $weight })
rounds-score-notes = Notas para el comité
rounds-score-save = Guardar la revisión
rounds-conflict-declare = Declarar un conflicto de intereses
rounds-conflict-hint = Si { $name } es demasiado cercano a este capítulo o a su iniciativa para juzgarla con justicia.
rounds-conflict-title = { $name } declara un conflicto de intereses
rounds-conflict-explain = Las calificaciones que { $name } le haya dado se retiran, y { $name } ya no podrá calificarla ni ver las revisiones de los demás.
rounds-conflict-reason = Por qué
rounds-conflict-save = Declarar el conflicto
rounds-decision-title = Decisión
rounds-decision-now-none = Todavía no se ha decidido.
rounds-decision-now-awarded = Otorgada: { $amount }.
rounds-decision-now-declined = Rechazada.
rounds-decision-now-reason = Por qué: { $reason }
rounds-decision-choose = La decisión del comité
rounds-decision-award = Otorgar la subvención
rounds-decision-decline = Rechazarla
rounds-decision-amount = Cantidad otorgada, en dólares
rounds-decision-amount-hint = Hasta los { $asked } pedidos. A la ronda le quedan { $left } por otorgar.
rounds-decision-reason-award = Por qué
rounds-decision-reason-decline = Por qué se rechaza
rounds-decision-reason-hint = La carta de decisión le da estas palabras al capítulo.
rounds-decision-save = Guardar la decisión
rounds-payment-title = Pagos
rounds-payment-hint = Anote cada pago que se haga de la subvención de { $awarded }.
rounds-payment-amount = Cantidad pagada, en dólares
rounds-payment-day = Pagado el
rounds-payment-note = Nota
rounds-payment-note-hint = Por ejemplo, el número de cheque o la referencia de la transferencia.
rounds-payment-save = Anotar el pago
rounds-payment-recorded = ✓ Se anotó un pago de { $amount } el { $day }.
rounds-letter-title = La carta de decisión
rounds-letter-explain = La carta del comité a { $chapter }, con la decisión y sus razones, en el idioma del propio capítulo salvo que elija otro.
rounds-letter-print = Imprimir la carta

## Capacitación
training-import-dialog-title = Importar un módulo de capacitación
training-import-dialog-filter = Módulos de capacitación y materiales
training-export-dialog-title = Guardar el módulo para otro capítulo
training-export-dialog-filter = Módulos de capacitación de Groundwork
training-part-agenda = Guía de facilitación
training-part-handout = Material
training-part-worksheet = Hoja de trabajo
training-built-in = Incluido
training-own = Del capítulo
training-row-no-sessions = Aún sin sesiones
training-row-reach = { $sessions ->
    [one] 1 sesión
   *[other] { $sessions } sesiones
} · { $people ->
    [one] 1 persona capacitada
   *[other] { $people } personas capacitadas
}
training-editor-title-missing = Póngale un título al módulo.
training-session-day-missing = Elija el día de la sesión.
training-session-day-invalid = Ese no es un día del calendario. Elíjalo de nuevo.
training-session-time-invalid = Indique la hora de inicio, por ejemplo 6:00 p. m.
nav-training = Capacitación
training-title = Capacitación
training-new = Nuevo módulo
training-import = Importar un módulo…
training-list-label = Módulos de capacitación
training-list-empty = No se encontró ningún módulo.
training-empty-title = Capacite a los miembros del capítulo
training-empty-explain = Cada módulo trae una guía de facilitación, material para participantes y una hoja de trabajo, listos para imprimir en inglés y en español. Organice sesiones con ellos y vea quién aprendió qué y a quién le falta.
training-pick = Elija un módulo de la lista para leerlo, imprimirlo y planear sus sesiones.
training-pick-keys = ↑ y ↓ recorren la lista; Enter abre el módulo.
training-opening = Abriendo el módulo…
training-badge-sample = Ejemplo
training-read-in = Leer en
training-copy = Copiar para cambiarlo
training-edit = Editar
training-print-open = Imprimir…
training-export = Guardar para otro capítulo…
training-delete = Eliminar
training-imported = Se importó «{ $title }». Ahora es del capítulo: cámbielo como quiera.
training-already-imported = Ya estaba importado: no cambió nada.
training-exported = Se guardó para otro capítulo en { $path }. Envíeles el archivo; lo importan en Capacitación.
training-deleted = Se eliminó «{ $title }».
training-delete-title = ¿Eliminar «{ $title }»?
training-delete-explain = Se eliminan las palabras del módulo en todos los idiomas. Un módulo con sesiones no se puede eliminar: es el registro de quién lo aprendió.
training-delete-confirm = Eliminar el módulo
training-delete-keep = Conservarlo
training-tabs-label = Partes de «{ $title }»
training-tab-sessions = Sesiones
training-tab-learners = Quién lo aprendió
training-print-language = Idioma
training-print-both = Los dos, uno tras otro
training-part-reading = Leyendo la parte…
training-part-empty = Todavía no hay nada escrito en esta parte.
training-part-empty-worksheet = Este módulo todavía no tiene hoja de trabajo.
training-markup-box = Casilla para marcar
training-markup-box-ticked = Casilla marcada
training-markup-line-to-write = Línea para escribir
training-markup-row-to-write = Fila para llenar
training-print-title = Imprimir el módulo
training-print-what = Qué imprimir
training-print-packet = Todo el módulo, como paquete
training-print-booklet = Imprimir como folleto doblado
training-print-booklet-hint = Medias páginas, dos por cara de la hoja, para doblar por la mitad y engrapar.
training-print-booklet-packet = Un paquete se imprime en páginas completas. Elija una sola parte para imprimirla como folleto.
training-print-make = Crear el PDF
training-print-close = Cerrar
training-new-title = Nuevo módulo
training-new-hint = Póngale un título; después se abre el editor para escribir la guía, el material y la hoja de trabajo.
training-field-title = Título
training-new-save = Crear el módulo
training-new-keys = Enter para guardar · Esc para cancelar
training-editor-title = Escribiendo «{ $title }»
training-editor-done = Listo
training-editor-langs = Idiomas en que está escrito
training-editor-unsaved = (sin guardar)
training-editor-add-es = Agregar español
training-editor-add-en = Agregar inglés
training-editor-added-es = Empieza como copia del inglés: tradúzcalo al español y guárdelo.
training-editor-added-en = Empieza como copia del español: tradúzcalo al inglés y guárdelo.
training-field-summary = Para qué sirve
training-field-summary-hint = Una o dos oraciones; se muestran bajo el título en la lista.
training-editor-parts = Parte del módulo
training-editor-text = { $part }, tal como se escribe
training-editor-preview = Así se imprime
training-editor-preview-empty = Empiece a escribir a la izquierda; la página se ve aquí.
training-editor-save = Guardar ({ $language })
training-editor-keys = Ctrl+S guarda · Esc vuelve al módulo
training-help-lead = Cómo escribirlo:
training-help-heading = un título (## uno más pequeño)
training-help-bold = negrita
training-help-italic = cursiva
training-help-list = una lista (1. numerada)
training-help-check = una casilla para marcar
training-help-write-in = una línea para escribir
training-help-table = una tabla
training-help-table-row = una fila de celdas vacías es una fila para llenar
training-sessions-label = Sesiones de este módulo
training-sessions-explain = Una sesión es una reunión con su propia hoja de asistencia: quien firma ha aprendido el módulo.
training-sessions-none = Todavía no hay sesiones de este módulo. Planee la primera.
training-session-plan = Planear una sesión
training-session-new = Una sesión de «{ $title }»
training-session-new-hint = Se agrega a Reuniones con el título del módulo; allí se imprime y se registra su hoja de asistencia.
training-session-day = Día
training-session-time = Empieza a las
training-session-place = Lugar
training-session-trainers = Capacitadores
training-session-trainers-hint = Quién la dirige, por ejemplo «Rosa y Luis».
training-session-save = Planear la sesión
training-session-planned = Planeada
training-session-trained-by = capacitación de { $names }
training-session-open-meeting = Asistencia
training-session-feedback = Comentarios
training-feedback-title = Cómo salió: { $when }
training-feedback-worked = Qué funcionó
training-feedback-to-change = Qué cambiar la próxima vez
training-feedback-save = Guardar los comentarios
training-feedback-close = Cerrar
training-feedback-keys = Ctrl+S guarda · Esc cierra
training-reach-loading = Buscando quién lo aprendió…
training-learners-title = { $count ->
    [one] 1 persona lo aprendió
   *[other] { $count } personas lo aprendieron
}
training-learners-none = Nadie todavía: quien firma la asistencia en una sesión lo aprende.
training-learned-on = lo aprendió el { $day }
training-needs-title = A quién le falta ({ $count })
training-needs-explain = Personas de la escalera que no han venido a una sesión de este módulo, para invitarlas a la próxima.
training-needs-none = Nadie: todas las personas de la escalera lo aprendieron.
training-needs-name = Nombre
training-needs-phone = Teléfono
training-needs-level = Nivel en la escalera
training-needs-no-phone = Sin teléfono
training-needs-text-only = Solo mensajes de texto
training-needs-left-out = { $count ->
    [one] Se dejó fuera a 1 persona más: pidió que no la llamen ni le manden mensajes.
   *[other] Se dejó fuera a { $count } personas más: pidieron que no las llamen ni les manden mensajes.
}
training-call-sheet-print = Imprimir una hoja de llamadas
training-call-sheet-hint = Sus nombres y teléfonos en papel, primero quienes más han subido en la escalera, con espacio para anotar cada llamada.
person-skills-title = Capacitación recibida
person-skills-none = { $name } todavía no ha venido a ninguna sesión de capacitación.
person-skills-none-them = Todavía no ha venido a ninguna sesión de capacitación.
person-skills-sessions = { $count ->
    [one] 1 sesión
   *[other] { $count } sesiones
}

## Sondeos puerta a puerta
canvass-import-dialog-title = Importar puertas de una lista
canvass-import-dialog-filter = Listas de votantes y exportaciones de VAN
nav-canvass = Puerta a puerta

# El área, su lista y la barra de puertas (CanvassView, CanvassList, DoorsBar, DoorsAdded)
canvass-title = Puerta a puerta
canvass-new = Nuevo sondeo
canvass-list-label = Sondeos, del día más reciente al más antiguo
canvass-list-empty = Todavía no hay sondeos.
canvass-badge-sample = muestra
canvass-empty-title = Toque puertas con hojas de ruta en papel
canvass-empty-explain = Un sondeo divide las puertas del capítulo en territorios que una pareja puede caminar, imprime una hoja de ruta para cada territorio en el orden en que se camina y, después, recoge lo que pasó en cada puerta, ingresado desde el papel.
canvass-empty-explain-doors = Las puertas vienen de una lista (una exportación de VAN o una lista de votantes) o de las fichas de las personas: agréguelas con los botones de arriba y luego empiece un sondeo.
canvass-pick = Elija un sondeo de la lista para ver sus territorios y cómo les fue en las puertas.
canvass-pick-keys = ↑ y ↓ recorren la lista; Enter abre el sondeo.
# "7 mar 2026 · 3 territorios · 112 puertas"
canvass-row-facts = { $day } · { $turfs ->
    [one] un territorio
   *[other] { $turfs } territorios
} · { $doors ->
    [one] una puerta
   *[other] { $doors } puertas
}
canvass-row-not-cut = { $day } · todavía sin dividir en territorios
canvass-doors-title = Las puertas del capítulo
canvass-doors-counting = Contando las puertas del capítulo…
canvass-doors-count = { $count ->
    [0] El capítulo todavía no tiene puertas: agréguelas desde una lista o desde las fichas de las personas.
    [one] El capítulo tiene una puerta para tocar.
   *[other] El capítulo tiene { $count } puertas para tocar.
}
canvass-doors-import = Importar puertas de una lista…
canvass-doors-importing = Importando la lista…
canvass-doors-from-people = Puertas de nuestras fichas de personas
canvass-doors-making = Agregando puertas…
canvass-doors-done = Listo
canvass-imported = { $doors ->
    [one] Una puerta nueva
   *[other] { $doors } puertas nuevas
} ({ $known } ya las tenía el capítulo), { $households ->
    [one] un hogar
   *[other] { $households } hogares
}, { $residents ->
    [one] una persona
   *[other] { $residents } personas
}.
canvass-from-people-made = De las fichas de las personas: { $doors ->
    [0] ninguna puerta nueva
    [one] una puerta nueva
   *[other] { $doors } puertas nuevas
}, { $residents ->
    [0] y nadie nuevo en una puerta (todas las personas con dirección ya están en la suya).
    [one] y una persona puesta en su puerta.
   *[other] y { $residents } personas puestas en sus puertas.
}
canvass-left-out = { $count ->
    [one] Quedó fuera (una fila):
   *[other] Quedaron fuera ({ $count } filas):
}
canvass-left-out-more = y { $count } más

# Un sondeo nuevo (CanvassForm)
canvass-new-title = Nuevo sondeo
canvass-new-hint = Qué es el sondeo y qué se dice en la puerta; la portada de cada territorio lo imprime. Después, en su página, sus puertas se dividen en territorios.
canvass-field-name = Nombre
canvass-field-name-hint = Diga dónde y para qué, como lo van a llamar quienes tocan puertas: "Inquilinos de Larch Court, primavera".
canvass-field-day = Día
canvass-field-script = En la puerta
canvass-field-script-hint = Las pocas frases que se dicen en la puerta, impresas arriba en la portada de cada territorio.
canvass-field-literature = Qué llevar
canvass-field-literature-hint = Volantes, hojas de registro, una tabla para escribir: se imprime en cada portada.
canvass-field-survey = Encuesta en las puertas
canvass-field-survey-hint = En las puertas se pregunta cuáles son sus tres necesidades principales; lo que digan cuenta en el diagnóstico.
canvass-survey-none = Sin encuesta
canvass-survey-choice-sample = { $name } (muestra)
canvass-survey-no-assessment = Todavía no hay un diagnóstico de necesidades: cuando el capítulo empiece uno, en Necesidades, su encuesta se podrá llevar a las puertas.
canvass-save-new = Crear el sondeo
canvass-form-keys = Enter en un cuadro de una línea guarda · Esc cancela
canvass-name-needed = Póngale un nombre al sondeo.
canvass-day-needed = Elija el día en que se tocan las puertas.

# La página de un sondeo (CanvassRecord, TurfsSection, CutForm)
canvass-opening = Abriendo el sondeo…
canvass-enter-results = Ingresar resultados
canvass-no-script = Todavía no hay nada escrito.
canvass-nothing-to-bring = Todavía no se dijo nada.
canvass-turfs-title = Territorios
canvass-turfs-none = Todavía no hay territorios: divida las puertas del capítulo en territorios, cada uno una hoja de ruta.
# "Hoja T1 · Larch Ct, Elm St +2 · 38 puertas"
canvass-sheet = Hoja T{ $position }
canvass-turf-line = { $sheet } · { $streets } · { $doors ->
    [one] una puerta
   *[other] { $doors } puertas
}
canvass-turf-entered = { $entered } de { $doors } ingresadas
# Quiénes caminan un territorio y cuándo, como se escribió: "Ana y Luis · sáb 10 a 12"
canvass-turf-assigned = { $canvassers } · { $shift }
canvass-assign = Asignar
canvass-assign-change = Cambiar
# "Hoja T1: quiénes la caminan y cuándo"
canvass-assign-title = { $sheet }: quiénes la caminan y cuándo
canvass-assign-hint = Los dos datos se imprimen en la portada del territorio. Déjelos vacíos para borrarlos.
canvass-field-canvassers = Quienes tocan puertas (una pareja)
canvass-field-canvassers-hint = Dos nombres, como se imprimen en la portada: Ana y Luis.
canvass-field-shift = Turno
canvass-field-shift-hint = Cuándo lo caminan: sábado de 10:00 a 12:00.
canvass-assign-keys = Enter guarda · Esc cancela
canvass-cut-title = Dividir en territorios
canvass-cut-hint = Las puertas se ponen en el orden en que se caminan (por un lado de la calle y de vuelta por el otro, las puertas de un edificio juntas) y se dividen en territorios de más o menos este tamaño.
canvass-cut-again-title = Dividir de nuevo
canvass-cut-again-hint = Los territorios de arriba se reemplazan, así que después imprima de nuevo las hojas de ruta. Una vez ingresados los resultados, los territorios se quedan como se imprimieron.
canvass-cut-again = Dividir de nuevo…
canvass-field-doors-per-turf = Puertas por territorio
canvass-field-zip = Código postal
canvass-field-street = Calle
canvass-cut-which-hint = Deje vacíos el código postal y la calle para dividir todas las puertas del capítulo. Unas 40 puertas son dos horas para una pareja.
canvass-cut-save = Dividir en territorios
canvass-cutting = Dividiendo…
canvass-doors-per-turf-between = Un territorio tiene entre { $least } y { $most } puertas.
canvass-paper-title = Las hojas de ruta
canvass-paper-explain = Un solo paquete: la portada de cada territorio (lo que se dice, qué llevar, cómo marcar), y luego sus puertas en el orden en que se caminan.
canvass-paper-print = Imprimir las hojas de ruta

# Cómo les fue en las puertas (CanvassSummary)
canvass-summary-title = Cómo les fue en las puertas
canvass-summary-none-yet = Todavía no hay resultados: se cuentan aquí a medida que se ingresan las hojas de ruta.
canvass-summary-doors = Puertas
canvass-summary-knocked = Tocadas
canvass-summary-conversations = Conversaciones
canvass-summary-rate = Tasa de contacto
canvass-summary-new-contacts = Contactos nuevos
canvass-summary-results = Resultados
canvass-summary-by-sheet = Hoja por hoja
canvass-summary-sheet = Hoja
canvass-rate = { $rate } %
canvass-summary-paper-title = El resumen en papel
canvass-summary-paper-explain = Cómo les fue en las puertas, en total y hoja por hoja, y las puertas a las que hay que volver, para la próxima reunión del capítulo.
canvass-summary-paper-print = Imprimir el resumen

# Lo que pasó en una puerta, en palabras
canvass-result-not-home = No contestó
canvass-result-talked = Hablaron
canvass-result-refused = No quiso hablar
canvass-result-moved = Se mudaron
canvass-result-come-back = Volver otro día
canvass-result-inaccessible = No se pudo llegar
canvass-do-not-knock = No tocar
canvass-member = miembro

# Ingresar las hojas de ruta (ResultsEntryPanel, EntryDoors, EntryResult, EntryTyping, EntryKeys, EntryNoteLine, NewPersonLine)
canvass-entry-sheet = Hoja
canvass-entry-done = Terminar
canvass-entry-doors = Las puertas de la hoja, en el orden en que se caminan
canvass-entry-progress = { $sheet }: { $entered } de { $doors } puertas ingresadas
canvass-entry-code-for = Código de la puerta { $order }, { $address }
canvass-entry-end-label = Fin de la hoja
canvass-entry-has = Ingresada: { $result }. Un código la cambia.
canvass-entry-entered = Puerta { $order }: { $result }
canvass-entry-not-a-code = «{ $key }» no es un código: las teclas están abajo.
canvass-entry-no-enter = No hace falta Enter: el código solo ingresa la puerta. ↓ la deja vacía.
canvass-entry-end-of-sheet = Fin de la hoja. Enter pasa a la hoja siguiente; ↑ vuelve atrás.
canvass-entry-last-sheet = Era la última hoja. Terminar vuelve al sondeo.
canvass-entry-building-done = No contestó nadie en { $count ->
    [one] una puerta
   *[other] { $count } puertas
} del edificio de la puerta { $order }, { $address }.
canvass-entry-building-failed = El edificio de la puerta { $order } no se marcó.
canvass-entry-added = { $name } quedó en Personas, de la puerta { $order }.
canvass-entry-no-such-resident = { $count ->
    [0] La puerta { $order } no tiene a nadie anotado en la hoja.
    [one] La puerta { $order } tiene una persona anotada: el 1 la nombra.
   *[other] La puerta { $order } tiene { $count } personas anotadas: del 1 al { $count } se nombra quién contestó.
}
canvass-entry-nothing-back = Todavía no se ingresó ninguna puerta a la cual volver.
canvass-entry-back-at = De vuelta en la puerta { $order }, { $address }: escriba su código otra vez para cambiarlo.
canvass-entry-not-saved = La puerta { $order }, { $address }, no se guardó.
canvass-entry-row-not-saved = No se guardó: { $result }
canvass-entry-unsaved = { $count ->
    [one] Una puerta todavía no se guardó.
   *[other] { $count } puertas todavía no se guardaron.
}
canvass-entry-send-again = Enviar de nuevo
canvass-keys-title = Teclas
canvass-keys-or = { " " }o{ " " }
canvass-keys-result-notes = , luego el resto de la fila y Enter
canvass-keys-building = no contestó nadie en todo el edificio
canvass-entry-block-done = No contestó nadie en { $count ->
    [one] una puerta
   *[other] { $count } puertas
} de la cuadra de la puerta { $order }, { $address }.
canvass-entry-block-failed = La cuadra de la puerta { $order } no se marcó.
canvass-keys-block = no contestó nadie en toda la cuadra
canvass-keys-new = alguien nuevo en esta puerta
canvass-keys-who = quién contestó
canvass-keys-move = otra puerta
canvass-keys-back = volver a la última puerta ingresada
canvass-keys-line-title = En la línea que abre un código
canvass-keys-line = Después de Hablaron o Volver otro día, se abre una línea para el resto de la fila: lo que se dijo y la casilla «quiere participar».
canvass-keys-line-survey = Después de Hablaron, se abre una línea para el resto de la fila: los números de las necesidades como están escritos (1 5 7), lo que dijeron y la casilla «quiere participar». Después de Volver otro día: cuándo, y la casilla.
canvass-key-space = Espacio
canvass-keys-line-next = el siguiente campo de la línea
canvass-keys-line-tick = marca la casilla donde está el cursor
canvass-keys-line-involved = quiere participar (J, P)
canvass-keys-line-enter = ingresa la puerta
canvass-keys-line-esc = vuelve al código sin ingresar nada
canvass-note-door = Puerta { $order }
canvass-note-talked = Lo que dijeron
canvass-note-come-back = Cuándo volver
canvass-needs-label = Necesidades
canvass-needs-hint = Los números de la fila, como 1 5 7
canvass-needs-not-a-number = «{ $typed }» no es un número: escriba los números de las necesidades como están en la fila, como 1 5 7.
canvass-needs-not-on-sheet = El { $number } no está en la hoja: sus necesidades van del 1 al { $count }.
canvass-needs-too-many = Se escribieron { $count } necesidades: una puerta nombra tres como máximo.
# La casilla «quiere participar» de la hoja: P en la hoja en español (J en la de inglés).
canvass-involved-letter = P
canvass-involved-label = Quiere participar ({ $letter })
canvass-entry-row-needs = necesidades { $numbers }
canvass-entry-row-involved = quiere participar
canvass-note-enter = { $key } ingresa la puerta
canvass-note-esc = { $key } vuelve al código
canvass-new-person-title = Alguien nuevo en la puerta { $order }
canvass-new-person-name = Nombre
canvass-new-person-notes = Lo que dijo
canvass-new-person-add = Agregarla
canvass-new-person-enter = { $key } la agrega, con la puerta como "hablaron"
canvass-new-person-name-needed = Escriba el nombre de la persona que contestó.

# En la ficha de una persona (PersonDoorContacts)
canvass-person-title = En la puerta
canvass-survey-change = Cambiar
canvass-survey-kept = (se mantiene: { $forms } { $forms ->
    [one] puerta ya respondió
   *[other] puertas ya respondieron
})
canvass-needs-title = Necesidades nombradas en las puertas
canvass-needs-forms = Las respuestas de { $forms } { $forms ->
    [one] puerta pasaron
   *[other] puertas pasaron
} a «{ $assessment }».
canvass-needs-forms-no-survey = Las respuestas de { $forms } { $forms ->
    [one] puerta pasaron
   *[other] puertas pasaron
} a un diagnóstico de necesidades.
canvass-needs-involved = { $count } { $count ->
    [one] puerta donde alguien quiere
   *[other] puertas donde alguien quiere
} participar.
canvass-go-back-title = Para volver ({ $count })
canvass-go-back-none = Ninguna puerta para volver: aquí esperan las puertas marcadas «volver» y donde alguien quiere participar.
canvass-go-back-explain = Puertas marcadas «volver» y donde alguien quiere participar, en el orden de las hojas.
canvass-go-back-come-back = volver otro día
canvass-go-back-involved = quiere participar
canvass-went-back = Ya volvimos
canvass-went-back-to = Ya volvimos a { $address }
canvass-pick-doors = Elegir las puertas una por una
canvass-pick-search = Buscar puertas
canvass-pick-search-hint = Una calle, un número de casa o un código postal: «larch», «183 larch», «60608».
canvass-pick-found = { $shown } de { $total } { $total ->
    [one] puerta encontrada
   *[other] puertas encontradas
}
canvass-pick-all-shown = Elegir todas las que se ven
canvass-pick-clear = No elegir ninguna
canvass-picked = { $count } { $count ->
    [one] puerta elegida
   *[other] puertas elegidas
}: solo estas se dividen en territorios.
canvass-picked-none = Ninguna puerta elegida: el código postal y la calle eligen las puertas.
canvass-door-type = Escribir una puerta…
canvass-door-type-title = Una puerta que no está en ninguna lista
canvass-door-address = Dirección
canvass-door-address-hint = Como en un sobre: "183 Larch Ct Apt 2".
canvass-door-names = Quién vive ahí
canvass-door-names-hint = Un nombre por línea, si se conoce a alguien.
canvass-door-add = Agregar la puerta
canvass-door-address-needed = Escriba el número de casa y la calle, por ejemplo "183 Larch Ct".
canvass-door-zip-needed = Escriba los cinco dígitos del código postal.
canvass-door-added = Se agregó { $address }{ $residents ->
    [0] .
    [one] , con una persona.
   *[other] , con { $residents } personas.
}
canvass-door-known = { $address } ya era una puerta del capítulo; { $residents ->
    [0] no se agregó nada.
    [one] se le agregó una persona.
   *[other] se le agregaron { $residents } personas.
}
