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
col-childcare-next = ¿Cuidado de niños la próxima vez?
col-help-calls = Ayuda: llamar
col-help-food = Ayuda: comida
col-help-rides = Ayuda: viajes
offer-childcare = Cuidado de niños
offer-interpretation = Interpretación
offer-food = Comida
offer-step-free = Acceso sin escalones
form-number = Formulario
form-area = Zona
form-collected-by = Recogido por
form-date = Fecha
form-scale-legend = Para su hogar, en este momento: 1 = nada difícil … 5 = muy difícil
form-yes = Sí
form-no = No
form-consent-agree = Estoy de acuerdo
form-contact-name = Nombre
form-contact-phone = Teléfono
form-contact-email = Correo electrónico
form-contact-me = Por favor, contácteme
form-about = Sobre su hogar
form-contact = Para mantenernos en contacto (opcional)
report-title = Lo que necesitan nuestros vecinos
report-forms = { $count } formularios ingresados
report-period = del { $from } al { $to }
report-overall = Qué tan extendida y qué tan grave es cada necesidad
report-explain = Barra: la proporción de personas que nombraron la necesidad (entre sus tres principales, o difícil o muy difícil para su hogar). Gravedad: el promedio en la escala del 1 al 5.
report-severity = gravedad { $mean } de 5
report-named = { $count } la nombraron
report-by-area = Por zona
report-by-language = Por idioma
report-group = { $group }: { $count } formularios
report-none = Todavía no hay formularios ingresados.
report-programs = Programas de servicio como puntos de entrada
report-programs-explain = Cada criterio del 1 (débil) al 5 (fuerte); en recursos, 5 quiere decir que necesita pocos. Donde nadie los calificó, las necesidades sentidas se sugieren a partir de las respuestas.
report-program-scores = extendida { $widely } · grave { $deeply } · se puede ganar { $winnable } · construye la base { $base } · recursos { $resources } · aliados { $partners } · total { $total } de 30
report-shortlisted = en la lista corta
report-spread = calificaciones del 1 al 5: { $spread }
# Fechas y horas en palabras. Días de la semana desde el lunes (1), meses desde enero (1).
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
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
date-plain = { $day } de { $month } de { $year }
date-with-weekday = { $weekday }, { $day } de { $month } de { $year }
time-of-day = { $hour24 }:{ $minute }
time-am = a. m.
time-pm = p. m.
date-and-time = { $date }, { $time }
sign-in-expected = Se espera: marque su nombre al llegar
sign-in-newcomers = ¿No está en la lista de arriba? Escriba su nombre abajo.
language-en = Inglés
language-es = Español
report-not-given = Sin indicar
cx-your-name = Su nombre
cx-your-phone = Teléfono
cx-orgs = Organizaciones y comunidades de las que forma parte
cx-col-org = Organización o comunidad
cx-col-role = Su papel
cx-role-member = Miembro
cx-role-active = Activo
cx-role-leader = Líder
cx-role-staff = Personal
cx-col-strength = Vínculo, 1 a 5
cx-col-introduce = Nos presentaría
cx-work = Su trabajo
cx-workplace = Lugar de trabajo
cx-industry = Rubro
cx-union = Sindicato y local
cx-more = Unas preguntas más
sp-title = Puntos de partida
sp-facts = { $people ->
    [one] Un miembro tiene
   *[other] { $people } miembros tienen
} vínculos con { $orgs ->
    [one] una organización
   *[other] { $orgs } organizaciones
} ({ $ties ->
    [one] un vínculo
   *[other] { $ties } vínculos
} en total).
sp-none = Todavía no hay vínculos: primero ingrese los formularios de conexiones, o anote vínculos en las fichas de los miembros.
sp-top = Por dónde podemos empezar
sp-top-explain = Organizaciones en orden según la fuerza de los vínculos de los miembros con ellas (cada vínculo de 1 a 5, sumados) y luego según cuántos miembros tienen vínculo. La barra es esa fuerza.
sp-org-numbers = { $kind } · { $relationship } · { $members ->
    [one] un miembro con vínculo
   *[other] { $members } miembros con vínculo
} · nos presentaría: { $introducers }
sp-nobody = nadie todavía
sp-by-kind = Nuestros vínculos por tipo de organización
sp-by-kind-explain = Cuántos vínculos tienen los miembros con cada tipo de organización. La barra es el número de vínculos.
sp-kind-numbers = { $members ->
    [one] un miembro
   *[other] { $members } miembros
}
sp-bridges = Miembros que son puentes
sp-bridges-explain = Miembros con vínculos en dos o más organizaciones: cada uno puede abrir más de una puerta.
sp-gaps = Donde todavía no tenemos vínculos
sp-gaps-explain = Tipos de comunidad donde ningún miembro tiene vínculo, en toda nuestra zona y en cada barrio: lugares donde buscar nuevas relaciones.
sp-gaps-anywhere = En toda nuestra zona
sp-no-gaps = hay vínculo con todo tipo de comunidad
org-kind-union = sindicato
org-kind-congregation = congregación
org-kind-school = escuela o grupo de padres
org-kind-tenant_association = asociación de inquilinos
org-kind-neighbourhood_association = asociación de vecinos
org-kind-community_group = grupo comunitario
org-kind-mutual_aid = ayuda mutua
org-kind-workplace = lugar de trabajo
org-kind-base_building = organización que construye base
org-kind-service_provider = servicios sociales
org-kind-business = negocio
org-kind-government = gobierno
org-kind-elected_office = cargo electo
org-kind-other = otro
org-rel-partner = socia
org-rel-ally = aliada
org-rel-friendly = amistosa
org-rel-unknown = relación sin conocer
org-rel-neutral = neutral
org-rel-opposed = en contra
map-subtitle = Mapa de poder: quién decide, quién está con nosotros, quién se opone
map-quadrant-powerful-opponents = Opositores poderosos
map-quadrant-powerful-allies = Aliados poderosos
map-quadrant-weak-opponents = Opositores con poco poder
map-quadrant-weak-allies = Aliados con poco poder
map-alignment-strongly-opposed = muy en contra
map-alignment-opposed = en contra
map-alignment-neutral = neutral
map-alignment-allied = a favor
map-alignment-strongly-allied = muy a favor
map-axis-alignment = Su postura ante lo que pedimos
map-axis-power = Poder sobre la decisión
map-power-little = poco
map-power-some = algo
map-power-moderate = mediano
map-power-high = mucho
map-power-decisive = decisivo
map-target = blanco
map-legend-reach = Un número en el hombro de una figura: cuántos de nosotros conocemos a alguien allí (nuestros caminos de entrada, abajo).
map-legend = Cómo leer el mapa
map-kind-person = persona
map-kind-organization = organización
map-kind-government = gobierno
map-kind-business = empresa
map-kind-media = medios
map-kind-other = otro
map-legend-signs = El signo en cada figura repite su postura: −− muy en contra, − en contra, 0 neutral, + a favor, ++ muy a favor.
map-legend-target = Un anillo alrededor de una figura marca un blanco: quien puede darnos lo que pedimos, o alguien con poder sobre esa persona.
map-legend-not-placed = Una figura punteada con ? aún no tiene lugar: el capítulo no ha juzgado su postura.
map-paths-in = Nuestros caminos de entrada
map-footer = Las flechas muestran quién actúa sobre quién; las líneas más gruesas son relaciones más fuertes.
map-role-member = miembro
map-role-active = activo
map-role-leader = líder
map-role-staff = personal
map-would-introduce = nos presentaría
map-poster-sheet = Hoja { $sheet } de { $count }: fila { $row }, columna { $column }. La primera página muestra dónde va cada hoja. Recorte por las marcas de las esquinas y una las hojas con cinta.
chart-title = Cuadro de estrategia
chart-column-goals = Metas
chart-column-organizational = Consideraciones de la organización
chart-column-constituents = Base afectada, aliados y opositores
chart-column-targets = Blancos
chart-column-tactics = Tácticas
chart-section-long_term_goal = Metas a largo plazo
chart-section-intermediate_goal = Metas intermedias
chart-section-short_term_goal = Metas a corto plazo
chart-section-resources = Recursos que aportamos
chart-section-gains = Lo que queremos ganar
chart-section-internal_problems = Problemas por resolver
chart-section-constituents = A quién le importa esto
chart-section-allies = Aliados
chart-section-opponents = Opositores
chart-section-primary_target = Blanco principal
chart-section-secondary_target = Blancos secundarios
chart-section-tactic = Tácticas
chart-aimed-at = dirigida a
# Una solicitud de subvención.
grant-title = Solicitud de una pequeña subvención
grant-facts-amount = Cantidad solicitada: { $amount }
grant-facts-span = Del { $from } al { $to } ({ $months ->
    [one] un mes
   *[other] { $months } meses
})
grant-facts-alone = La lleva el capítulo como campaña propia
grant-facts-coalition = Se lleva en coalición con organizaciones aliadas
grant-facts-responsible = Responsable: { $name }
grant-facts-nobody = Responsable: aún sin nombrar
grant-status-draft = Borrador: aún no se ha enviado a la organización nacional
grant-status-submitted = Enviada a la organización nacional
grant-status-awarded = Otorgada por la organización nacional
grant-status-declined = Rechazada por la organización nacional
grant-still-needs = Falta escribir antes de poder enviarla: { $parts }
grant-responsible = Quién es responsable
grant-what = Qué hace la iniciativa
grant-evidence = La necesidad que atiende
grant-evidence-need = { $title }: la nombraron { $respondents } de los { $responses } residentes que respondieron la evaluación de necesidades { $assessment } ({ $percent } %), en el lugar { $rank } de { $needs } necesidades.
grant-partners = Organizaciones aliadas
grant-partner = Organización
grant-partner-kind = Tipo
grant-partner-members = Miembros con lazos
grant-goals = Metas
grant-goal = Meta
grant-goal-number = Número
grant-goal-reached = Personas alcanzadas
grant-goal-one-on-ones = Conversaciones uno a uno
grant-goal-new-members = Miembros nuevos
grant-goal-new-leaders = Líderes nuevos formados
grant-base-building = Cómo construye una base entre la gente pobre y trabajadora
grant-sustaining = Cómo sigue el trabajo después de la subvención
grant-budget = Presupuesto
grant-budget-item = Concepto
grant-budget-quantity = Cantidad
grant-budget-unit-cost = Costo unitario
grant-budget-line-total = Total
grant-budget-total = Total del presupuesto
grant-timeline = Calendario
grant-milestone-date = Para el
grant-milestone-what = Hito
grant-not-written = Aún no está escrito.
grant-signed = Firmado por el capítulo
grant-signed-date = Fecha
# La carta del comité nacional sobre una solicitud.
letter-title = Decisión sobre una solicitud de subvención
letter-to = Para: { $value }
letter-about = Asunto: { $value }
letter-round = Ronda de subvenciones: { $value }
letter-awarded = El comité nacional otorga a { $chapter } { $award } para { $title }, del { $from } al { $to }.
letter-reduced = Es menos de los { $asked } que pidió el capítulo.
letter-reasons = Las razones del comité
letter-what-we-saw = Lo que el comité vio en la iniciativa
letter-next = Lo que sigue
letter-reports = Por favor envíen dos informes breves de avance desde Groundwork: uno a mitad del camino, para el { $midpoint }, y otro al final, para el { $end }. Preguntan cómo van las metas: personas alcanzadas, conversaciones uno a uno, miembros nuevos, líderes nuevos.
letter-declined = El comité nacional no puede financiar { $title } en la ronda { $round }.
letter-again = Esperamos que { $chapter } vuelva a solicitar; al comité le da gusto conversar una solicitud antes de que se envíe.
letter-closing = En solidaridad,
letter-signed = Por el comité nacional
# El resumen de una ronda de subvenciones.
round-summary-title = Resumen de la ronda de subvenciones
round-summary-deadline = Las solicitudes vencían el { $date }.
round-summary-money = El dinero de la ronda
round-summary-budget = Presupuesto
round-summary-committed = Comprometido en subvenciones
round-summary-disbursed = Pagado hasta ahora
round-summary-remaining = Queda por otorgar
round-summary-counts = { $count } solicitudes. Otorgadas: { $awarded }. Rechazadas: { $declined }. Por decidir: { $waiting }.
round-summary-who = Quién recibió qué, y para qué
round-summary-none = Aún no se ha recibido ninguna solicitud en esta ronda.
round-summary-chapter = Capítulo
round-summary-initiative = Iniciativa
round-summary-asked = Pedido
round-summary-awarded = Otorgado
round-summary-status = Decisión
round-summary-is-received = por decidir
round-summary-is-awarded = otorgada
round-summary-is-declined = rechazada
round-summary-regions = Por región
round-summary-region = Región
round-summary-no-region = Región sin indicar
round-summary-applications = Solicitudes
round-summary-awards = Subvenciones
round-summary-amount = Cantidad otorgada
# Un informe de avance sobre una subvención.
progress-title = Informe de avance de una pequeña subvención
progress-midpoint = El informe a mitad del camino
progress-final = El informe al final
progress-period = Del { $from } al { $to }.
progress-money = Otorgado: { $awarded }; gastado hasta ahora: { $spent }.
progress-goals = Las metas, y lo que se logró
progress-goal-set = Propuesto
progress-goal-done = Logrado
progress-sign-ins = Firmas de asistencia en reuniones
progress-story = Cómo fue el trabajo
progress-challenges = Qué fue difícil y qué cambiaríamos

training-title = Capacitación
training-part-empty = Todavía no hay nada escrito en esta parte.
call-sheet-title = A quién invitar: { $module }
call-sheet-explain = Personas que han venido al capítulo y todavía no aprendieron este módulo, primero las que más han subido en la escalera. { $left_out ->
    [0] Aparecen todas las personas a quienes se puede llamar o mandar mensajes.
    [one] Una persona más pidió que no la llamen ni le manden mensajes y no aparece.
   *[other] { $left_out } personas más pidieron que no las llamen ni les manden mensajes y no aparecen.
}
call-sheet-none = Todas las personas que han venido al capítulo ya aprendieron este módulo.
call-sheet-name = Nombre
call-sheet-phone = Teléfono
call-sheet-level = Escalera
call-sheet-called = Llamada
call-sheet-coming = Viene
call-sheet-notes = Notas
call-sheet-text-only = solo mensajes
ladder-default-contact = Contacto
ladder-default-attendee = Asistente
ladder-default-participant = Participante
ladder-default-volunteer = Voluntario(a)
ladder-default-leader = Líder
ladder-default-organizer = Organizador(a)
walk-title = Hojas de ruta
walk-cover-facts = { $canvass }, { $day }: { $doors } puertas, en el orden en que se caminan.
walk-canvassers = Quienes tocan puertas
walk-shift = Turno
walk-bring = Qué llevar
walk-script = En la puerta
walk-codes = Cómo marcar cada puerta
walk-not-home = NC
walk-talked = H
walk-refused = NQ
walk-moved = SM
walk-come-back = V
walk-inaccessible = X
walk-not-home-means = NC: no contestó nadie.
walk-talked-means = H: hablaron con alguien; anoten lo que dijo.
walk-refused-means = NQ: no quiso hablar. Den las gracias y sigan.
walk-moved-means = SM: las personas de la hoja ya no viven ahí.
walk-come-back-means = V: volver otro día; anoten cuándo, si lo dijeron.
walk-inaccessible-means = X: no pudieron llegar a la puerta (un portón cerrado, un perro).
walk-involved = P
walk-involved-means = P: quiere participar; anoten cómo contactarle.
walk-ask = Pregunten en la puerta
walk-needs = Necesidades
walk-needs-means = Necesidades: anoten los números de hasta tres que nombren (la lista está arriba de cada página de puertas).
walk-card-title = Tarjeta del guion
walk-dnc-means = «No tocar»: todas las personas conocidas ahí pidieron que no las contacten. Sigan de largo.
walk-sheet = Hoja { $sheet }
walk-address = Dirección
walk-people = Quién vive ahí
walk-notes = Lo que dijeron
walk-member = miembro
walk-last-talked = última conversación
walk-do-not-knock = No tocar
walk-languages = Idiomas que se hablan en estas puertas: { $languages }.
canvass-summary-title = Resumen del sondeo
canvass-summary-all = { $canvass }, { $day }: se tocaron { $knocked } de { $doors } puertas, { $conversations } { $conversations ->
    [one] conversación
   *[other] conversaciones
} (una tasa de contacto de { $rate }), { $new } { $new ->
    [one] contacto nuevo
   *[other] contactos nuevos
}.
canvass-summary-needs = Necesidades nombradas en las puertas
canvass-summary-forms = Las respuestas de { $forms } { $forms ->
    [one] puerta pasaron
   *[other] puertas pasaron
} a la evaluación de necesidades «{ $assessment }» y cuentan en su clasificación.
canvass-summary-need = Necesidad
canvass-summary-go-back = Para volver
canvass-summary-go-back-count = { $involved } { $involved ->
    [one] puerta donde alguien quiere
   *[other] puertas donde alguien quiere
} participar; { $doors } { $doors ->
    [one] puerta
   *[other] puertas
} para volver.
canvass-summary-why = Por qué
canvass-summary-come-back = volver otro día
canvass-summary-involved = quiere participar
canvass-summary-turfs = Por territorio
canvass-summary-turf = Hoja
canvass-summary-doors = Puertas
canvass-summary-knocked = Tocadas
canvass-summary-rate = Tasa de contacto
canvass-summary-total = Todos los territorios
