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
