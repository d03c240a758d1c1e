// The meetings of the demo calendar as rows, with what each one has by its status: the
// delegation (attendance for held meetings, invitations for confirmed ones), the agenda,
// and for held meetings decisions and minutes. The calendar itself is planned in calendar.ts.
import { planMeetings, type PlannedMeeting } from "./calendar";
import type { BodyRef, SeedContext } from "./context";
import { addDays, zonedTimeToInstant } from "./dates";
import { usualDelegation, withAttendance } from "./delegations";
import { rngFor, type Rng } from "./random";
import { AGENDA, DECISIONS, forumGroupOf, html, MINUTE_POINTS, withArea, type ForumGroup } from "./texts";

/** What commitments need to know about a meeting that was held. */
export interface HeldMeeting {
  id: string;
  networkKey: string;
  body: BodyRef | null;
  startDate: string;
  group: ForumGroup;
  areaName: string | null;
  /** Delegates who attended, head first. */
  attendees: string[];
}

export function buildMeetings(ctx: SeedContext): HeldMeeting[] {
  return planMeetings(ctx).flatMap((meeting, index) =>
    addMeeting(ctx, meeting, rngFor(`meeting:${index}:${meeting.title}`)),
  );
}

function addMeeting(ctx: SeedContext, meeting: PlannedMeeting, rng: Rng): HeldMeeting[] {
  const id = ctx.newId();
  const group = forumGroupOf(meeting.body?.source.kind ?? null);
  const areaName = meeting.body?.source.thematicArea ?? null;
  const endDate = addDays(meeting.startDate, meeting.days - 1);
  const online = meeting.mode !== "in_person";

  const delegation =
    meeting.status === "held" || meeting.status === "confirmed"
      ? withAttendance(
          meeting.delegation ?? usualDelegation(ctx, rng, meeting.networkKey, meeting.body, group),
          meeting.status,
          rng,
        )
      : [];

  ctx.rows.meetings.push({
    id,
    networkId: ctx.network(meeting.networkKey).id,
    bodyId: meeting.body?.id ?? null,
    title: meeting.title,
    kind: meeting.kind,
    startsAt: zonedTimeToInstant(meeting.startDate, meeting.startTime, meeting.timeZone),
    endsAt: zonedTimeToInstant(endDate, meeting.endTime, meeting.timeZone),
    timeZone: meeting.timeZone,
    mode: meeting.mode,
    city: meeting.where?.city ?? null,
    country: meeting.where?.country ?? null,
    venue: meeting.venue ?? null,
    onlineUrl: online ? `https://reuniones.example.org/${slug(meeting.networkKey, meeting.startDate)}` : null,
    status: meeting.status,
    minutes:
      meeting.status === "held" ? minutes(ctx, meeting, group, areaName, delegation[0]?.person, rng) : null,
    fromCadence: meeting.fromCadence,
  });

  for (const member of delegation) {
    ctx.rows.delegationMembers.push({
      id: ctx.newId(),
      meetingId: id,
      personId: ctx.person(member.person).id,
      role: member.role,
      attendance: member.attendance,
    });
  }

  if (meeting.status === "held" || meeting.status === "confirmed") {
    subset(rng, AGENDA[group], 3, 5).forEach((item, index) => {
      ctx.rows.agendaItems.push({
        id: ctx.newId(),
        meetingId: id,
        position: index + 1,
        title: withArea(item.title, areaName),
        durationMinutes: item.minutes,
        presenter: item.presenter,
      });
    });
  }

  if (meeting.status !== "held") return [];
  subset(rng, DECISIONS[group], 2, 3).forEach((text, index) => {
    ctx.rows.decisions.push({
      id: ctx.newId(),
      meetingId: id,
      position: index + 1,
      text: withArea(text, areaName),
    });
  });
  return [
    {
      id,
      networkKey: meeting.networkKey,
      body: meeting.body,
      startDate: meeting.startDate,
      group,
      areaName,
      attendees: delegation.filter((d) => d.attendance === "attended").map((d) => d.person),
    },
  ];
}

function minutes(
  ctx: SeedContext,
  meeting: PlannedMeeting,
  group: ForumGroup,
  areaName: string | null,
  headKey: string | undefined,
  rng: Rng,
): string {
  const head = headKey ? ctx.person(headKey).source.name : null;
  const where = meeting.where ? `Encuentro realizado en ${meeting.where.city}.` : "Reunión virtual.";
  const led = head ? ` La delegación de la Ciudad estuvo encabezada por ${head}.` : "";
  const points = subset(rng, MINUTE_POINTS[group], 2, 3).map(
    (p) => `<li>${html(withArea(p, areaName))}</li>`,
  );
  return [
    `<p>${html(where + led)}</p>`,
    `<ul>${points.join("")}</ul>`,
    meeting.dayUnknown ? "<p>Fecha aproximada: la fuente solo indica el mes.</p>" : "",
    meeting.source ? `<p>Fuente: ${html(meeting.source)}</p>` : "",
  ].join("");
}

/** Between min and max items of a list, keeping their order (agendas run in order). */
function subset<T>(rng: Rng, items: readonly T[], min: number, max: number): T[] {
  const wanted = Math.min(items.length, rng.int(min, max));
  const chosen = new Set<number>();
  while (chosen.size < wanted) chosen.add(rng.int(0, items.length - 1));
  return items.filter((_, index) => chosen.has(index));
}

function slug(networkKey: string, date: string): string {
  return `${networkKey}-${date}`;
}
