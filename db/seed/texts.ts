// Spanish (Argentina) wording the generator draws from: agenda items, decisions, minutes,
// commitments and participation updates. "{area}" is replaced by a thematic area in lower case.
import type { BodyKind, ParticipationKind } from "@/db/schema";

/** Meetings are worded by what kind of forum they are. */
export type ForumGroup = "assembly" | "governing" | "technical";

export function forumGroupOf(kind: BodyKind | null): ForumGroup {
  if (kind === "assembly") return "assembly";
  if (kind === "council" || kind === "executive" || kind === "presidency" || kind === "secretariat")
    return "governing";
  return "technical";
}

export const AGENDA: Record<ForumGroup, { title: string; minutes: number; presenter: string | null }[]> = {
  assembly: [
    {
      title: "Apertura y palabras de bienvenida de la ciudad anfitriona",
      minutes: 30,
      presenter: "Ciudad anfitriona",
    },
    {
      title: "Informe de la Presidencia y de la Secretaría",
      minutes: 45,
      presenter: "Presidencia de la red",
    },
    { title: "Aprobación del plan de trabajo del próximo período", minutes: 60, presenter: null },
    { title: "Incorporación de nuevas ciudades miembro", minutes: 30, presenter: "Secretaría" },
    { title: "Elección de autoridades", minutes: 45, presenter: null },
    { title: "Panel de alcaldes e intendentes", minutes: 90, presenter: null },
    {
      title: "Lectura y aprobación de la declaración final",
      minutes: 30,
      presenter: "Presidencia de la red",
    },
  ],
  governing: [
    { title: "Aprobación del acta de la reunión anterior", minutes: 15, presenter: "Secretaría" },
    { title: "Informe de gestión de la Secretaría", minutes: 30, presenter: "Secretaría" },
    { title: "Estado de cuentas y cuotas de membresía", minutes: 20, presenter: "Tesorería" },
    { title: "Seguimiento del plan de trabajo", minutes: 45, presenter: null },
    { title: "Preparación de la próxima Asamblea", minutes: 30, presenter: null },
    { title: "Solicitudes de ingreso de nuevas ciudades", minutes: 20, presenter: "Secretaría" },
    { title: "Temas varios", minutes: 15, presenter: null },
  ],
  technical: [
    { title: "Presentación de experiencias de las ciudades en {area}", minutes: 60, presenter: null },
    { title: "Avance de los proyectos en curso", minutes: 45, presenter: "Coordinación de la instancia" },
    { title: "Convocatorias y fuentes de financiamiento", minutes: 30, presenter: null },
    { title: "Plan de actividades del semestre", minutes: 45, presenter: "Coordinación de la instancia" },
    { title: "Intercambio de buenas prácticas", minutes: 60, presenter: null },
    { title: "Próximos pasos y cierre", minutes: 15, presenter: null },
  ],
};

export const DECISIONS: Record<ForumGroup, string[]> = {
  assembly: [
    "Se aprobó el plan de trabajo para el próximo período.",
    "Se eligieron las autoridades de la red.",
    "Se aprobó la incorporación de nuevas ciudades miembro.",
    "Se adoptó la declaración final del encuentro.",
    "Se definió la sede del próximo encuentro.",
  ],
  governing: [
    "Se aprobó el acta de la reunión anterior.",
    "Se aprobó el informe de gestión de la Secretaría.",
    "Se acordó el calendario de reuniones del próximo semestre.",
    "Se encomendó a la Secretaría preparar la agenda de la próxima Asamblea.",
    "Se aprobaron las solicitudes de ingreso presentadas.",
  ],
  technical: [
    "Se acordó elaborar un documento conjunto de buenas prácticas en {area}.",
    "Se aprobó el plan de actividades del semestre.",
    "Se resolvió organizar un webinario abierto a las ciudades miembro.",
    "Se acordó relevar las experiencias de las ciudades en {area}.",
    "Se decidió postular un proyecto conjunto a una convocatoria de cooperación.",
  ],
};

/** Bullet points of the minutes (the summary paragraph is built from the meeting's facts). */
export const MINUTE_POINTS: Record<ForumGroup, string[]> = {
  assembly: [
    "La Ciudad intervino en el panel de alcaldes e intendentes.",
    "Se mantuvieron reuniones bilaterales con ciudades de la región.",
    "La declaración final recoge aportes de la Ciudad.",
    "Se renovaron las autoridades de la red.",
  ],
  governing: [
    "Se revisó el estado del plan de trabajo.",
    "La Secretaría presentó el estado de cuentas.",
    "La Ciudad ofreció compartir su experiencia en una próxima actividad.",
    "Se acordó la agenda de la próxima reunión.",
  ],
  technical: [
    "La Ciudad presentó su experiencia en {area}.",
    "Se relevaron proyectos de cooperación entre ciudades.",
    "Se acordó un cronograma de trabajo para el semestre.",
    "Se compartieron convocatorias de financiamiento abiertas.",
  ],
};

/** Follow-up actions; `network` ones can exist without a meeting. */
export const COMMITMENTS: Record<ForumGroup, string[]> = {
  assembly: [
    "Enviar a la Secretaría los comentarios de la Ciudad a la declaración final",
    "Difundir entre las áreas de gobierno el plan de trabajo aprobado",
    "Confirmar la participación de la Ciudad en el próximo encuentro",
  ],
  governing: [
    "Remitir a la Secretaría la propuesta de la Ciudad para el plan de trabajo",
    "Circular el acta entre las áreas participantes",
    "Preparar la posición de la Ciudad para la próxima Asamblea",
  ],
  technical: [
    "Enviar la ficha de buenas prácticas de la Ciudad en {area}",
    "Responder la encuesta de la red sobre {area}",
    "Compartir el informe de avance del programa con la instancia",
    "Preparar la presentación de la Ciudad para el próximo encuentro",
    "Relevar indicadores de {area} para el informe anual de la red",
  ],
};

export const UPDATE_TEXTS: Record<ParticipationKind, string[]> = {
  meeting_attended: [
    "Participé de la reunión virtual de la instancia; se revisó el plan de trabajo.",
    "Asistí al encuentro de la instancia y presenté los avances de la Ciudad en {area}.",
  ],
  contribution: [
    "Envié los aportes de la Ciudad al documento de buenas prácticas en {area}.",
    "Respondí la encuesta de la red con los datos de la Ciudad.",
  ],
  document: [
    "Compartí con la coordinación el informe de avance del programa.",
    "Subí a la carpeta de la red la presentación de la Ciudad sobre {area}.",
  ],
  other: [
    "Coordiné con la Dirección de Relaciones Multilaterales la agenda del próximo encuentro.",
    "Mantuve una reunión de trabajo con el equipo técnico de otra ciudad de la red.",
  ],
};

export function withArea(text: string, areaName: string | null): string {
  return text.replaceAll("{area}", areaName ? areaName.toLowerCase() : "la agenda de la red");
}

/** Escapes text placed inside the minutes' HTML. */
export function html(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}
