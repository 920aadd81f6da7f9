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
