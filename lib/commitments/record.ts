import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { CommitmentStatus } from "@/db/schema/values";
import { bodies, commitments, departments, meetings, networks, people } from "@/db/schema";
import { assertCan } from "../auth/authorize";
import type { Ctx } from "../context";
import { todayInBuenosAires } from "../dates";
import { firstRow } from "../record-reads";
import { ref } from "../refs";
import { isUuid } from "../validation/fields";
import { fromMeetings } from "../meetings/joins";
import { fromCommitments } from "./joins";
import { daysLeft, isOverdue } from "./urgency";

/**
 * One commitment with the names of what it refers to (network, meeting, body, owner,
 * department): what its page shows and what the audit log records of it.
 */
export function readCommitment(db: Db, id: string) {
  return firstRow(
    fromCommitments(db, {
      c: commitments,
      networkName: networks.name,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
      meetingTimeZone: meetings.timeZone,
      bodyName: bodies.name,
      ownerName: people.fullName,
      departmentName: departments.name,
    }).where(eq(commitments.id, id)),
  );
}
export interface CommitmentDetail {
  id: string;
  title: string;
  status: CommitmentStatus;
  dueOn: string | null;
  completedOn: string | null;
  notes: string | null;
  network: { id: string; name: string };
  meeting: { id: string; title: string; startsAt: Date; timeZone: string } | null;
  body: { id: string; name: string } | null;
  owner: { id: string; name: string };
  department: { id: string; name: string } | null;
  overdue: boolean;
  daysLeft: number | null;
  version: number;
  updatedAt: Date;
}

export async function getCommitment(
  ctx: Ctx,
  id: string,
  today: string = todayInBuenosAires(),
): Promise<CommitmentDetail | null> {
  assertCan(ctx.actor, "commitment.read");
  if (!isUuid(id)) return null;
  const row = await readCommitment(ctx.db, id);
  if (!row) return null;
  const c = row.c;
  return {
    id: c.id,
    title: c.title,
    status: c.status,
    dueOn: c.dueOn,
    completedOn: c.completedOn,
    notes: c.notes,
    network: { id: c.networkId, name: row.networkName },
    meeting:
      c.meetingId && row.meetingTitle && row.meetingStartsAt && row.meetingTimeZone
        ? {
            id: c.meetingId,
            title: row.meetingTitle,
            startsAt: row.meetingStartsAt,
            timeZone: row.meetingTimeZone,
          }
        : null,
    body: ref(c.bodyId, row.bodyName),
    owner: { id: c.ownerPersonId, name: row.ownerName },
    department: ref(c.departmentId, row.departmentName),
    overdue: isOverdue(c.status, c.dueOn, today),
    daysLeft: daysLeft(c.status, c.dueOn, today),
    version: c.version,
    updatedAt: c.updatedAt,
  };
}

/** A commitment's editable fields as the form shows them. */
export function commitmentFormValues(c: CommitmentDetail): Record<string, string> {
  return {
    networkId: c.network.id,
    meetingId: c.meeting?.id ?? "",
    bodyId: c.body?.id ?? "",
    title: c.title,
    ownerPersonId: c.owner.id,
    ownerPersonIdLabel: c.owner.name,
    departmentId: c.department?.id ?? "",
    dueOn: c.dueOn ?? "",
    status: c.status,
    completedOn: c.completedOn ?? "",
    notes: c.notes ?? "",
  };
}

/** The meeting a new commitment comes from (`/compromisos/nuevo?reunion=`), to prefill the form. */
export async function meetingForCommitment(ctx: Ctx, meetingId: string) {
  assertCan(ctx.actor, "meeting.read");
  if (!isUuid(meetingId)) return null;
  return firstRow(
    fromMeetings(ctx.db, {
      id: meetings.id,
      title: meetings.title,
      startsAt: meetings.startsAt,
      timeZone: meetings.timeZone,
      networkId: meetings.networkId,
      networkName: networks.name,
      bodyId: meetings.bodyId,
    }).where(eq(meetings.id, meetingId)),
  );
}
