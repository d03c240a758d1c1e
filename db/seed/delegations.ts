// Who represents the city at a meeting: authorities at assemblies, the area's director at
// governing bodies, the assigned technical staff (or their department's) at technical forums,
// always with a coordinator of the area in support.
import type { AttendanceStatus, DelegationRole, MeetingStatus } from "@/db/schema";
import type { BodyRef, SeedContext } from "./context";
import type { Rng } from "./random";
import type { ForumGroup } from "./texts";

export interface DelegateSpec {
  person: string;
  role: DelegationRole;
  attendance?: AttendanceStatus;
}

/** The department whose staff covers each thematic area when no one is assigned. */
const AREA_DEPARTMENTS: Record<string, string> = {
  "Desarrollo económico local": "des-eco",
  "Sustentabilidad y medio ambiente": "ambiente",
  "Desarrollo social": "des-hum",
  Educación: "educacion",
  "Seguridad ciudadana": "seguridad",
  "Desarrollo urbano": "des-urb",
  Turismo: "turismo",
  Cultura: "cultura",
  Juventud: "juventud",
  Género: "des-hum",
  "Innovación y gobierno abierto": "gob-abierto",
  "Cooperación internacional": "rrmm",
  "Resiliencia y clima": "ambiente",
  "Planificación estratégica": "planeamiento",
};

/** Regional networks are followed by one coordinator, global and thematic by the other. */
export function coordinatorFor(ctx: SeedContext, networkKey: string): string {
  return ctx.network(networkKey).source.kind === "regional" ? "coord-1" : "coord-2";
}

function staffOfArea(ctx: SeedContext, areaName: string | undefined): string[] {
  const departmentKey = areaName ? AREA_DEPARTMENTS[areaName] : undefined;
  if (!departmentKey) return [];
  return [...ctx.people.values()]
    .filter((p) => p.source.department === departmentKey && !p.source.political && p.key.startsWith("tec-"))
    .map((p) => p.key);
}

/** The usual delegation for a forum, before attendance is known. */
export function usualDelegation(
  ctx: SeedContext,
  rng: Rng,
  networkKey: string,
  body: BodyRef | null,
  group: ForumGroup,
): DelegateSpec[] {
  const support: DelegateSpec = { person: coordinatorFor(ctx, networkKey), role: "support" };
  if (group === "assembly") {
    return [
      { person: rng.chance(0.7) ? "jefe" : "sec-gral", role: "head" },
      { person: "dir-rrmm", role: "delegate" },
      support,
    ];
  }
  if (group === "governing") {
    return [
      { person: rng.chance(0.5) ? "sec-gral" : "dir-rrmm", role: "head" },
      ...(rng.chance(0.5) ? [{ person: "dir-rrmm", role: "delegate" as const }] : []),
      support,
    ];
  }
  const assigned = body ? (ctx.assigneesByBody.get(body.id) ?? []) : [];
  const team = assigned.length > 0 ? assigned : staffOfArea(ctx, body?.source.thematicArea);
  const [lead, ...others] = team;
  if (!lead) return [{ ...support, role: "head" }];
  return [
    { person: lead, role: "head" },
    ...others
      .slice(0, 2)
      .map((person) => ({ person, role: rng.chance(0.5) ? ("speaker" as const) : ("delegate" as const) })),
    support,
  ];
}

/**
 * Attendance follows the meeting's status: held meetings record who attended (the head
 * always did), confirmed ones who has confirmed so far. Tentative ones have no delegation.
 */
export function withAttendance(
  specs: DelegateSpec[],
  status: MeetingStatus,
  rng: Rng,
): { person: string; role: DelegationRole; attendance: AttendanceStatus }[] {
  const seen = new Set<string>();
  const result = [];
  for (const spec of specs) {
    if (seen.has(spec.person)) continue; // one row per person and meeting (unique index)
    seen.add(spec.person);
    let attendance = spec.attendance;
    if (!attendance) {
      if (status === "held") attendance = spec.role === "head" || rng.chance(0.85) ? "attended" : "absent";
      else attendance = spec.role === "support" || rng.chance(0.5) ? "confirmed" : "invited";
    }
    result.push({ person: spec.person, role: spec.role, attendance });
  }
  return result;
}
