// Follow-up commitments: one or two from each meeting held in the last year, owned by someone
// who attended, plus a few fixed ones that the demo accounts rely on (the technical user's
// open and overdue work, a network-level fee payment, a dropped and a finished one).
import type { CommitmentStatus } from "@/db/schema";
import type { SeedContext } from "./context";
import { addDays } from "./dates";
import type { HeldMeeting } from "./meetings";
import { rngFor } from "./random";
import { COMMITMENTS, withArea } from "./texts";

interface FixedCommitment {
  owner: string;
  network: string;
  body?: string;
  /** Attach to the latest held meeting of `body`, when there is one. */
  fromLatestMeeting?: boolean;
  title: string;
  dueInDays: number;
  status: CommitmentStatus;
  completedDaysAgo?: number;
  notes?: string;
}

const FIXED: FixedCommitment[] = [
  {
    owner: "tec-amb-1",
    network: "mercociudades",
    body: "ut-ambiente",
    fromLatestMeeting: true,
    title: "Enviar a la unidad temática el inventario de emisiones actualizado de la Ciudad",
    dueInDays: 20,
    status: "open",
  },
  {
    owner: "tec-amb-1",
    network: "mercociudades",
    body: "ut-ambiente",
    fromLatestMeeting: true,
    title: "Compartir la experiencia del plan de acción climática con las ciudades de la unidad temática",
    dueInDays: -12,
    status: "in_progress",
    notes: "Borrador en revisión de la Dirección General.",
  },
  {
    owner: "tec-amb-2",
    network: "gcom",
    title: "Completar el reporte anual de la Ciudad ante el Pacto Global de Alcaldes",
    dueInDays: -40,
    status: "open",
  },
  {
    owner: "coord-1",
    network: "mercociudades",
    title: "Gestionar el pago de la cuota anual de membresía",
    dueInDays: 45,
    status: "open",
  },
  {
    owner: "coord-2",
    network: "c40",
    title: "Actualizar la ficha de la Ciudad en el directorio de la red",
    dueInDays: -30,
    status: "done",
    completedDaysAgo: 35,
  },
  {
    owner: "dir-rrmm",
    network: "ucci",
    body: "comite",
    title: "Proponer a la Ciudad como sede del próximo Comité Ejecutivo",
    dueInDays: -60,
    status: "dropped",
    notes: "Se desestimó por superposición con otros compromisos de agenda.",
  },
  {
    owner: "dir-amb",
    network: "mercociudades",
    body: "direccion",
    title: "Preparar la candidatura de la Ciudad a la Vicepresidencia de Ambiente y Desarrollo Sostenible",
    dueInDays: 60,
    status: "in_progress",
  },
];

/** Statuses of generated commitments, cycled so that each kind always appears. */
const PAST_DUE: CommitmentStatus[] = ["done", "open", "done", "in_progress", "dropped", "done", "open"];
const NOT_YET_DUE: CommitmentStatus[] = ["open", "in_progress", "open", "done"];

export function buildCommitments(ctx: SeedContext, held: HeldMeeting[]): void {
  const rng = rngFor("commitments");
  const yearAgo = addDays(ctx.today, -365);
  let pastDue = 0;
  let notYetDue = 0;

  const recent = held
    .filter((m) => m.startDate >= yearAgo)
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  for (const meeting of recent) {
    // The owner is someone who was there, preferably not the authority who led the delegation.
    const owners = meeting.attendees.filter((key) => !ctx.person(key).source.political);
    if (owners.length === 0) continue;
    const titles = COMMITMENTS[meeting.group];
    const count = rng.int(1, 2);
    for (let n = 0; n < count; n++) {
      const owner = ctx.person(rng.pick(owners));
      const dueOn = addDays(meeting.startDate, rng.int(21, 90));
      const status =
        dueOn < ctx.today
          ? PAST_DUE[pastDue++ % PAST_DUE.length]
          : NOT_YET_DUE[notYetDue++ % NOT_YET_DUE.length];
      let completedOn: string | null = null;
      if (status === "done") {
        // Finished before it was due, and never after today.
        const finished = addDays(dueOn, -rng.int(0, 14));
        completedOn = finished >= ctx.today ? addDays(ctx.today, -1) : finished;
        if (completedOn < meeting.startDate) completedOn = meeting.startDate;
      }
      ctx.rows.commitments.push({
        id: ctx.newId(),
        networkId: ctx.network(meeting.networkKey).id,
        meetingId: meeting.id,
        bodyId: meeting.body?.id ?? null,
        title: withArea(rng.pick(titles), meeting.areaName),
        ownerPersonId: owner.id,
        departmentId: owner.departmentId,
        dueOn,
        status: status ?? "open",
        completedOn,
        notes: status === "dropped" ? "La red reprogramó la actividad." : null,
      });
    }
  }

  for (const fixed of FIXED) {
    const owner = ctx.person(fixed.owner);
    const body = fixed.body ? ctx.body(fixed.network, fixed.body) : null;
    const dueOn = addDays(ctx.today, fixed.dueInDays);
    // The latest meeting of the body that came before the due date, if any.
    const meeting = fixed.fromLatestMeeting
      ? held
          .filter((m) => m.body !== null && m.body.id === body?.id && m.startDate < dueOn)
          .sort((a, b) => a.startDate.localeCompare(b.startDate))
          .at(-1)
      : undefined;
    ctx.rows.commitments.push({
      id: ctx.newId(),
      networkId: ctx.network(fixed.network).id,
      meetingId: meeting?.id ?? null,
      bodyId: body?.id ?? null,
      title: fixed.title,
      ownerPersonId: owner.id,
      departmentId: owner.departmentId,
      dueOn,
      status: fixed.status,
      completedOn: fixed.completedDaysAgo === undefined ? null : addDays(ctx.today, -fixed.completedDaysAgo),
      notes: fixed.notes ?? null,
    });
  }
}
