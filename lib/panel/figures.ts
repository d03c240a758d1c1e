import type { CommitmentStatus, NetworkKind, SeatKind } from "@/db/schema/values";
import { CALENDAR_DEFAULTS, type CalendarStatusFilter } from "../calendar/list-params";
import { COMMITMENT_LIST_DEFAULTS } from "../commitments/list-params";
import { addDays, lastDayOf } from "../dates";
import { NETWORK_LIST_DEFAULTS } from "../networks/list-params";
import { ENDING_SOON_DAYS } from "../seats/ending";
import { SEAT_LIST_DEFAULTS } from "../seats/list-params";
import { hrefWith } from "../url";
import type { PanelView } from "./scope";

/**
 * What each figure of the panel means, in one place. Every figure links to the list behind it
 * and that list shows the same number (tests/integration/panel.test.ts compares them); the
 * page says the same in words (messages panel.hints.*). "D" = the department chosen (a head's
 * own); figures marked (D) are restricted to it when one is chosen, the others are the city's.
 *
 * - networks[kind]: networks not archived, by kind → /redes?kind=
 * - seats[kind] (D): seats not archived with an active term, by kind; with D, those whose
 *   holder belongs to D → /cargos?kind=&department=
 * - meetings.held / .cancelled (D): meetings with that status starting within the period (Buenos
 *   Aires days); with D, those with someone of D in the delegation
 *   → /calendario?view=agenda&status=&from=&to=&department=
 * - meetings.upcoming (D): tentative or confirmed meetings starting from today to the end of
 *   the period (none once the period is over) → status=scheduled
 * - attendance (D): attended ÷ (attended + absent) over the delegation members of held meetings
 *   in the period (invited/confirmed do not count); with D, members of D. It links to the held
 *   meetings behind it (with D, those where D was in the delegation: &department=).
 * - commitments.pending (D): open or in progress (overdue ones included); with D, commitments
 *   of D (the commitment's own department) → /compromisos?status=pending&department=
 * - commitments.overdue (D): pending and due before today → /compromisos?overdue=1&department=
 * - staff.people (D): people with at least one active technical assignment; with D, people of
 *   D → /personas?assigned=1&department=
 * - staff.stale (D): active assignments with no participation update in STALE_AFTER_DAYS days
 *   (or none ever) → /asignaciones?status=active&stale=1&department=
 * Lists: meetings to happen in the next UPCOMING_DAYS days (tentative or confirmed); seats whose
 * active term ends within ENDING_SOON_DAYS days or is past its end (D: holder); overdue
 * commitments (D). Charts: meetings per month by network kind (not cancelled, period);
 * participation by department (held meetings of the period with someone of the department in
 * the delegation; active assignments of its people); commitments by status (D). Coverage (D):
 * thematic areas without an active assignment on the area itself or on a body of that area.
 */

/** "Próximas reuniones": from today, this many days ahead. */
export const UPCOMING_DAYS = 60;

const dept = (view: Pick<PanelView, "departmentId">) => view.departmentId ?? undefined;

export function calendarHref(filters: {
  status?: CalendarStatusFilter;
  from: string;
  to: string;
  networkKind?: NetworkKind;
  department?: string;
}): string {
  return hrefWith("/calendario", {}, { view: "agenda", ...filters }, CALENDAR_DEFAULTS);
}

export const hrefs = {
  networks: (kind: NetworkKind) => hrefWith("/redes", {}, { kind }, NETWORK_LIST_DEFAULTS),
  seats: (view: Pick<PanelView, "departmentId">, kind: SeatKind) =>
    hrefWith("/cargos", {}, { kind, department: dept(view) }, SEAT_LIST_DEFAULTS),
  meetings: (view: Pick<PanelView, "period" | "departmentId">, status: "held" | "cancelled") =>
    calendarHref({ status, from: view.period.from, to: view.period.to, department: dept(view) }),
  /** Null when the period is over: nothing in it is still to happen. */
  upcoming: (view: Pick<PanelView, "period" | "today" | "departmentId">) => {
    const from = view.today > view.period.from ? view.today : view.period.from;
    return from > view.period.to
      ? null
      : calendarHref({ status: "scheduled", from, to: view.period.to, department: dept(view) });
  },
  attendance: (view: Pick<PanelView, "period" | "departmentId">) =>
    calendarHref({ status: "held", from: view.period.from, to: view.period.to, department: dept(view) }),
  commitments: (
    view: Pick<PanelView, "departmentId">,
    filter: { status?: "pending" | CommitmentStatus; overdue?: boolean },
  ) => hrefWith("/compromisos", {}, { ...filter, department: dept(view) }, COMMITMENT_LIST_DEFAULTS),
  staff: (view: Pick<PanelView, "departmentId">) =>
    hrefWith("/personas", {}, { assigned: "1", department: dept(view) }),
  staleAssignments: (view: Pick<PanelView, "departmentId">) =>
    hrefWith("/asignaciones", {}, { status: "active", stale: true, department: dept(view) }),
  activeAssignments: (departmentId: string) =>
    hrefWith("/asignaciones", {}, { status: "active", department: departmentId }),
  areaAssignments: (view: Pick<PanelView, "departmentId">, areaId: string) =>
    hrefWith("/asignaciones", {}, { area: areaId, status: "active", department: dept(view) }),
  coverage: (view: Pick<PanelView, "departmentId">) => hrefWith("/cobertura", {}, { department: dept(view) }),
  upcomingList: (today: string) =>
    calendarHref({ status: "scheduled", from: today, to: addDays(today, UPCOMING_DAYS) }),
  endingTerms: (view: Pick<PanelView, "departmentId">) =>
    hrefWith("/cargos", {}, { ending: ENDING_SOON_DAYS, department: dept(view) }, SEAT_LIST_DEFAULTS),
  overdueList: (view: Pick<PanelView, "departmentId">) =>
    hrefWith("/compromisos", {}, { overdue: true, department: dept(view) }, COMMITMENT_LIST_DEFAULTS),
  /** One month × network kind of the meetings chart, within the period. */
  monthKind: (view: Pick<PanelView, "period">, month: string, kind: NetworkKind) => {
    const start = `${month}-01`;
    const end = lastDayOf(month);
    return calendarHref({
      status: "not_cancelled",
      networkKind: kind,
      from: start < view.period.from ? view.period.from : start,
      to: end > view.period.to ? view.period.to : end,
    });
  },
  departmentMeetings: (view: Pick<PanelView, "period">, departmentId: string) =>
    calendarHref({
      status: "held",
      from: view.period.from,
      to: view.period.to,
      department: departmentId,
    }),
};
