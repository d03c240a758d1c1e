// Technical assignments of department staff to the networks' thematic units, working groups
// and thematic areas, and each one's log of participation updates. Some logs are fresh and
// some have gone quiet for over 90 days, so "not updated in 90 days" has something to flag.
import type { AssignmentRole, AssignmentStatus, ParticipationKind } from "@/db/schema";
import type { SeedContext } from "./context";
import { addDays, BUENOS_AIRES, zonedTimeToInstant } from "./dates";
import { rngFor } from "./random";
import { UPDATE_TEXTS, withArea } from "./texts";

interface PlannedAssignment {
  person: string;
  network: string;
  /** A body of the network; its thematic area is used when `area` is not given. */
  body?: string;
  area?: string;
  role: AssignmentRole;
  status: AssignmentStatus;
  /** Days before today the assignment started (and ended, for ended ones). */
  startedDaysAgo: number;
  endedDaysAgo?: number;
  /** Days before today of the latest participation update; undefined = none written yet. */
  lastUpdateDaysAgo?: number;
  dedication?: string;
  notes?: string;
}

// At most one active focal point per body (a unique index enforces it). The environment
// department (the demo head's) has the richest team; the technical demo user is tec-amb-1.
const PLAN: PlannedAssignment[] = [
  {
    person: "tec-amb-1",
    network: "mercociudades",
    body: "ut-ambiente",
    role: "focal_point",
    status: "active",
    startedDaysAgo: 540,
    lastUpdateDaysAgo: 4,
    dedication: "20 % de la jornada",
    notes: "Referente técnico de la Ciudad ante la unidad temática.",
  },
  {
    person: "tec-amb-2",
    network: "mercociudades",
    body: "ut-ambiente",
    role: "alternate",
    status: "active",
    startedDaysAgo: 400,
    lastUpdateDaysAgo: 35,
    dedication: "10 % de la jornada",
  },
  {
    person: "tec-amb-2",
    network: "mercociudades",
    body: "ut-ambiente",
    role: "focal_point",
    status: "ended",
    startedDaysAgo: 1480,
    endedDaysAgo: 541,
    lastUpdateDaysAgo: 560,
    notes: "Traspasó el rol de punto focal al asumir otras tareas en la Secretaría.",
  },
  {
    person: "tec-amb-1",
    network: "c40",
    area: "Sustentabilidad y medio ambiente",
    role: "member",
    status: "active",
    startedDaysAgo: 300,
    lastUpdateDaysAgo: 12,
    dedication: "4 horas semanales",
    notes: "Red técnica de edificios de bajas emisiones.",
  },
  {
    person: "tec-amb-2",
    network: "c40",
    area: "Resiliencia y clima",
    role: "member",
    status: "active",
    startedDaysAgo: 620,
    lastUpdateDaysAgo: 120,
    dedication: "4 horas semanales",
  },
  {
    person: "tec-amb-1",
    network: "iclei",
    area: "Sustentabilidad y medio ambiente",
    role: "alternate",
    status: "active",
    startedDaysAgo: 20,
    notes: "Asignación reciente: todavía sin novedades registradas.",
  },
  {
    person: "tec-amb-2",
    network: "gcom",
    area: "Resiliencia y clima",
    role: "focal_point",
    status: "active",
    startedDaysAgo: 700,
    lastUpdateDaysAgo: 95,
    notes: "Seguimiento del inventario de emisiones y del plan de acción climática.",
  },
  {
    person: "tec-eco",
    network: "mercociudades",
    body: "ut-del",
    role: "focal_point",
    status: "active",
    startedDaysAgo: 800,
    lastUpdateDaysAgo: 150,
    dedication: "10 % de la jornada",
  },
  {
    person: "tec-eco",
    network: "u20",
    area: "Desarrollo económico local",
    role: "member",
    status: "paused",
    startedDaysAgo: 500,
    lastUpdateDaysAgo: 210,
    notes: "En pausa hasta la próxima presidencia del G20.",
  },
  {
    person: "tec-soc",
    network: "mercociudades",
    body: "ut-social",
    role: "focal_point",
    status: "active",
    startedDaysAgo: 650,
    lastUpdateDaysAgo: 18,
    dedication: "15 % de la jornada",
  },
  {
    person: "tec-soc",
    network: "mercociudades",
    body: "ut-genero",
    role: "member",
    status: "active",
    startedDaysAgo: 300,
    lastUpdateDaysAgo: 45,
  },
  {
    person: "tec-cul",
    network: "mercociudades",
    body: "ut-cultura",
    role: "focal_point",
    status: "active",
    startedDaysAgo: 900,
    lastUpdateDaysAgo: 8,
    dedication: "20 % de la jornada",
  },
  {
    person: "tec-cul",
    network: "cglu",
    body: "com-cultura",
    role: "member",
    status: "active",
    startedDaysAgo: 1000,
    lastUpdateDaysAgo: 130,
  },
  {
    person: "tec-tur",
    network: "mercociudades",
    body: "ut-turismo",
    role: "focal_point",
    status: "active",
    startedDaysAgo: 480,
    lastUpdateDaysAgo: 100,
    dedication: "10 % de la jornada",
  },
  {
    person: "tec-juv",
    network: "mercociudades",
    body: "ut-juventud",
    role: "focal_point",
    status: "paused",
    startedDaysAgo: 420,
    lastUpdateDaysAgo: 190,
    notes: "En pausa por licencia; la unidad temática fue informada.",
  },
  {
    person: "tec-plan",
    network: "mercociudades",
    body: "ut-plan",
    role: "focal_point",
    status: "active",
    startedDaysAgo: 1100,
    lastUpdateDaysAgo: 25,
  },
  {
    person: "tec-plan",
    network: "cideu",
    body: "cono-sur",
    role: "focal_point",
    status: "active",
    startedDaysAgo: 1500,
    lastUpdateDaysAgo: 6,
    dedication: "25 % de la jornada",
  },
  {
    person: "tec-urb",
    network: "cideu",
    body: "cono-sur",
    role: "member",
    status: "active",
    startedDaysAgo: 600,
    lastUpdateDaysAgo: 70,
  },
  {
    person: "tec-urb",
    network: "metropolis",
    area: "Desarrollo urbano",
    role: "member",
    status: "active",
    startedDaysAgo: 365,
    lastUpdateDaysAgo: 92,
  },
  {
    person: "tec-ga",
    network: "rcn",
    area: "Resiliencia y clima",
    role: "focal_point",
    status: "active",
    startedDaysAgo: 900,
    lastUpdateDaysAgo: 15,
    dedication: "20 % de la jornada",
  },
  {
    person: "tec-ga",
    network: "metropolis",
    area: "Innovación y gobierno abierto",
    role: "member",
    status: "active",
    startedDaysAgo: 250,
    lastUpdateDaysAgo: 40,
  },
  {
    person: "coord-1",
    network: "ucci",
    body: "dir-rrii",
    role: "focal_point",
    status: "active",
    startedDaysAgo: 700,
    lastUpdateDaysAgo: 30,
  },
  {
    person: "coord-2",
    network: "u20",
    body: "sherpas",
    role: "focal_point",
    status: "active",
    startedDaysAgo: 450,
    lastUpdateDaysAgo: 20,
  },
  {
    person: "tec-edu",
    network: "mercociudades",
    body: "ut-social",
    role: "member",
    status: "ended",
    startedDaysAgo: 900,
    endedDaysAgo: 300,
    lastUpdateDaysAgo: 320,
    notes: "Participó en la línea de educación inclusiva de la unidad temática.",
  },
];

const KINDS: ParticipationKind[] = ["meeting_attended", "contribution", "document", "other"];

export function buildAssignments(ctx: SeedContext): void {
  const rng = rngFor("assignments");
  const areaNames = new Map([...ctx.thematicAreaIds].map(([name, id]) => [id, name]));

  for (const planned of PLAN) {
    const person = ctx.person(planned.person);
    const body = planned.body ? ctx.body(planned.network, planned.body) : null;
    const thematicAreaId = planned.area ? ctx.thematicAreaId(planned.area) : (body?.thematicAreaId ?? null);
    const areaName = thematicAreaId ? (areaNames.get(thematicAreaId) ?? null) : null;
    const id = ctx.newId();
    const startsOn = addDays(ctx.today, -planned.startedDaysAgo);
    const endsOn = planned.endedDaysAgo === undefined ? null : addDays(ctx.today, -planned.endedDaysAgo);

    // Updates go back from the latest one, every few weeks, never before the start.
    let lastUpdatedAt: Date | null = null;
    if (planned.lastUpdateDaysAgo !== undefined) {
      const count = planned.role === "focal_point" ? rng.int(2, 4) : rng.int(1, 3);
      let occurredOn = addDays(ctx.today, -planned.lastUpdateDaysAgo);
      const time = `${rng.int(9, 18)}:${String(rng.int(0, 59)).padStart(2, "0")}`;
      lastUpdatedAt = zonedTimeToInstant(occurredOn, time, BUENOS_AIRES);
      for (let n = 0; n < count && occurredOn >= startsOn; n++) {
        const kind = rng.pick(KINDS);
        ctx.rows.participationUpdates.push({
          id: ctx.newId(),
          assignmentId: id,
          occurredOn,
          kind,
          text: withArea(rng.pick(UPDATE_TEXTS[kind]), areaName),
          // Written by the person when they have an account; otherwise logged by the area.
          authorUserId: ctx.userIdsByPerson.get(planned.person) ?? null,
        });
        occurredOn = addDays(occurredOn, -rng.int(20, 60));
      }
    }

    ctx.rows.assignments.push({
      id,
      personId: person.id,
      networkId: ctx.network(planned.network).id,
      bodyId: body?.id ?? null,
      thematicAreaId,
      role: planned.role,
      startsOn,
      endsOn,
      status: planned.status,
      dedication: planned.dedication ?? null,
      notes: planned.notes ?? null,
      lastUpdatedAt,
    });

    if (body && planned.status === "active") {
      const assignees = ctx.assigneesByBody.get(body.id) ?? [];
      if (planned.role === "focal_point") assignees.unshift(planned.person);
      else assignees.push(planned.person);
      ctx.assigneesByBody.set(body.id, assignees);
    }
  }
}
