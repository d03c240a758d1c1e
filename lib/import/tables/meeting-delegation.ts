import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { delegationMembers } from "@/db/schema";
import type { AttendanceStatus, DelegationRole } from "@/db/schema/values";
import type { Ctx } from "../../context";
import {
  addDelegationMember,
  removeDelegationMember,
  updateDelegationMember,
} from "../../meetings/log/delegation";
import { ok, type Result } from "../../result";
import type { RelatedRecords } from "../form-import";
import type { RowReader } from "../row-reader";

/**
 * A meeting's delegation as the import reads and writes it (lib/import/tables/meetings.ts): the
 * "Delegación" cell names the whole delegation, the "Asistentes" cell those of it who attended
 * (the others did not). Written through the delegation's own commands, so their rules hold (a
 * held meeting's delegation has attended or absent, nothing pending).
 */

export interface Member {
  personId: string;
  role: DelegationRole;
  attendance: AttendanceStatus;
  notes: string | null;
}

export interface DelegationLookups {
  /** Person ids by e-mail or full name (case and accents aside). */
  person: (text: string) => string[];
  personName: Map<string, string>;
}

const byPerson = (a: Member, b: Member) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);

/** Delegation rows as members, in the canonical order (by person id). */
export const membersOf = (rows: readonly Member[]): Member[] =>
  rows.map(({ personId, role, attendance, notes }) => ({ personId, role, attendance, notes })).sort(byPerson);

async function delegationRows(tx: Db, meetingId: string) {
  return await tx
    .select({
      id: delegationMembers.id,
      version: delegationMembers.version,
      personId: delegationMembers.personId,
      role: delegationMembers.role,
      attendance: delegationMembers.attendance,
      notes: delegationMembers.notes,
    })
    .from(delegationMembers)
    .where(eq(delegationMembers.meetingId, meetingId))
    .orderBy(asc(delegationMembers.personId));
}

/**
 * What the row asks of the delegation: undefined when both cells are empty or absent (it stays
 * as it is). The delegation cell lists everyone (members not listed leave, new ones join as
 * delegates); without it, the delegation is the meeting's current one. The attendance cell marks
 * who attended and every other member absent; without it, members keep their attendance and new
 * ones are invited.
 */
function readDelegation(
  reader: RowReader,
  lookups: DelegationLookups,
  current: readonly Member[],
): Member[] | undefined {
  const listed = reader.text("delegation") !== null;
  const attendance = reader.text("attendees") !== null;
  if (!listed && !attendance) return undefined;
  const people = listed
    ? reader.references("delegation", "Person", lookups.person)
    : current.map((m) => m.personId);
  const attended = attendance ? new Set(reader.references("attendees", "Person", lookups.person)) : null;
  for (const id of attended ?? [])
    if (!people.includes(id))
      reader.error("attendees", "attendeeNotInDelegation", { value: lookups.personName.get(id) ?? id });
  return membersOf(
    people.map((personId) => {
      const was = current.find((m) => m.personId === personId);
      return {
        personId,
        role: was?.role ?? "delegate",
        attendance: attended
          ? attended.has(personId)
            ? "attended"
            : "absent"
          : (was?.attendance ?? "invited"),
        notes: was?.notes ?? null,
      };
    }),
  );
}

/**
 * Makes the meeting's delegation the given one through the delegation commands: members not in
 * it are removed, new ones added, the others updated where their role, attendance or notes differ.
 * The first refusal ends it (the row's savepoint then takes back what was done).
 */
async function writeDelegation(
  ctx: Ctx,
  meetingId: string,
  wanted: readonly Member[],
): Promise<Result<unknown>> {
  const now = await delegationRows(ctx.db, meetingId);
  for (const row of now) {
    if (wanted.some((m) => m.personId === row.personId)) continue;
    const removed = await removeDelegationMember(ctx, meetingId, row.id, { version: row.version });
    if (!removed.ok) return removed;
  }
  for (const member of wanted) {
    const row = now.find((r) => r.personId === member.personId);
    const input = { role: member.role, attendance: member.attendance, notes: member.notes ?? "" };
    if (row && row.role === member.role && row.attendance === member.attendance && row.notes === member.notes)
      continue;
    const written = row
      ? await updateDelegationMember(ctx, meetingId, row.id, { ...input, version: row.version })
      : await addDelegationMember(ctx, meetingId, { ...input, personId: member.personId });
    if (!written.ok) return written;
  }
  return ok(null);
}

/** The delegation as the form import's related records of a meeting. */
export function delegationRecords<
  Stored extends { delegation: Member[] },
  Lookups extends DelegationLookups,
>(): RelatedRecords<Stored, Lookups, Member[]> {
  return {
    read: (reader, lookups, match) => readDelegation(reader, lookups, match?.delegation ?? []),
    of: (meeting) => meeting.delegation,
    current: async (tx, meetingId) => membersOf(await delegationRows(tx, meetingId)),
    write: writeDelegation,
  };
}
