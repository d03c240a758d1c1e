import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { bodies, delegationMembers, departments, meetings, networks, people } from "@/db/schema";
import type { JoinedSelect } from "../joined-select";

// The joins the meeting reads share: a meeting with its network and body (the calendar, the
// record, the exports, the feeds, the audit snapshot), and a meeting's delegation with each
// member's person and department (the record, the briefing pack).

type MeetingJoins = { meetings: "not-null"; networks: "not-null"; bodies: "nullable" };

/** Meetings ⋈ their network ⟕ their body, with the fields the caller picks. */
export function fromMeetings<F extends SelectedFields>(
  db: Db,
  fields: F,
): JoinedSelect<"meetings", F, MeetingJoins> {
  const select = db
    .select(fields as SelectedFields)
    .from(meetings)
    .innerJoin(networks, eq(networks.id, meetings.networkId))
    .leftJoin(bodies, eq(bodies.id, meetings.bodyId));
  return select.$dynamic() as unknown as JoinedSelect<"meetings", F, MeetingJoins>;
}

/** What every list of meetings shows of one (MeetingSummary): its own fields and its body's name. */
export const meetingSummaryFields = {
  id: meetings.id,
  title: meetings.title,
  kind: meetings.kind,
  status: meetings.status,
  mode: meetings.mode,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  timeZone: meetings.timeZone,
  city: meetings.city,
  country: meetings.country,
  body: bodies.name,
};

type DelegationJoins = { delegation_members: "not-null"; people: "not-null"; departments: "nullable" };

/** A meeting's delegation ⋈ each member's person ⟕ their department, head first, then by name. */
export function delegationOf<F extends SelectedFields>(db: Db, meetingId: string, fields: F) {
  const select = db
    .select(fields as SelectedFields)
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .$dynamic() as unknown as JoinedSelect<"delegation_members", F, DelegationJoins>;
  return select
    .where(eq(delegationMembers.meetingId, meetingId))
    .orderBy(
      asc(
        sql`case ${delegationMembers.role} when 'head' then 0 when 'speaker' then 1 when 'delegate' then 2 else 3 end`,
      ),
      asc(people.fullName),
    );
}

/** A person's department as the delegation lists show it: its short name when it has one. */
export const memberDepartment = sql<string | null>`coalesce(${departments.shortName}, ${departments.name})`;
