import "server-only";
import type { Db } from "@/db/client";
import { commitments, departments, meetings, people } from "@/db/schema";
import { denied } from "../auth/authorize";
import { scopeFor } from "../auth/policy";
import { command, invalid, notFound, type Raw } from "../command";
import { insertRecord, versionedUpdate, recordEvent } from "../record-writes";
import { checkReference, rowById } from "../record-reads";
import { checkNetworkAndBody } from "../networks/references";
import { readCommitment } from "./record";
import type { Ctx } from "../context";
import { todayInBuenosAires } from "../dates";
import { fail, type FieldErrors, type Result } from "../result";
import {
  commitmentInputSchema,
  commitmentProgressSchema,
  commitmentUpdateSchema,
  type CommitmentInput,
} from "./schema";

/**
 * The commitment as the audit log records it: a flat object of labels (owner, department,
 * network and meeting by name, never ids), which the history viewer shows as they are.
 */
async function snapshot(tx: Db, id: string) {
  const row = await readCommitment(tx, id);
  if (!row) return null;
  return {
    title: row.c.title,
    network: row.networkName,
    meeting: row.meetingTitle ?? null,
    body: row.bodyName ?? null,
    owner: row.ownerName,
    department: row.departmentName ?? null,
    dueOn: row.c.dueOn,
    status: row.c.status,
    completedOn: row.c.completedOn,
    notes: row.c.notes,
    version: row.c.version,
  };
}

/** Done → the given completion date, or today; any other status → none (the check constraint agrees). */
function completedOn(input: Pick<CommitmentInput, "status" | "completedOn">, today: string) {
  return input.status === "done" ? (input.completedOn ?? today) : null;
}

/**
 * Every reference must exist: network, owner, department (empty = the owner's own), and the
 * meeting and body, when given, must be of the same network. All problems at once, as field
 * errors. Returns the department to store.
 */
async function checkReferences(tx: Db, input: CommitmentInput): Promise<string | null> {
  const fieldErrors: FieldErrors = {};
  await checkNetworkAndBody(tx, fieldErrors, input.networkId, input.bodyId);
  if (input.meetingId) {
    const meeting = await rowById(tx, meetings, input.meetingId, { networkId: meetings.networkId });
    if (!meeting) fieldErrors.meetingId = ["unknownMeeting"];
    else if (!fieldErrors.networkId && meeting.networkId !== input.networkId)
      fieldErrors.meetingId = ["meetingOfOtherNetwork"];
  }
  const owner = await rowById(tx, people, input.ownerPersonId, { departmentId: people.departmentId });
  if (!owner) fieldErrors.ownerPersonId = ["unknownOwner"];
  await checkReference(tx, fieldErrors, "departmentId", departments, input.departmentId, "unknownDepartment");
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
  return input.departmentId ?? owner?.departmentId ?? null;
}

function columnsFrom(input: CommitmentInput, departmentId: string | null, today: string) {
  return {
    networkId: input.networkId,
    meetingId: input.meetingId ?? null,
    bodyId: input.bodyId ?? null,
    title: input.title,
    ownerPersonId: input.ownerPersonId,
    departmentId,
    dueOn: input.dueOn ?? null,
    status: input.status,
    completedOn: completedOn(input, today),
    notes: input.notes ?? null,
  };
}

/** A new commitment; its department is the owner's unless one is chosen. */
export const createCommitment = command({
  action: "commitment.manage",
  schema: commitmentInputSchema,
  run: async ({ tx, audit }, input) => {
    const departmentId = await checkReferences(tx, input);
    const createdId = await insertRecord(
      tx,
      commitments,
      columnsFrom(input, departmentId, todayInBuenosAires()),
    );
    await audit(recordEvent("commitment", "create", createdId, await snapshot(tx, createdId)));
    return { id: createdId };
  },
});

/** Edits a commitment, if nobody saved it since the user read it. */
export const updateCommitment = command({
  action: "commitment.manage",
  schema: commitmentUpdateSchema,
  run: async ({ tx, audit }, { version, ...input }, id: string) => {
    const before = await snapshot(tx, id);
    if (!before) throw notFound();
    const departmentId = await checkReferences(tx, input);
    const columns = columnsFrom(input, departmentId, todayInBuenosAires());
    // A done commitment edited without a completion date keeps the one it had.
    if (input.status === "done" && !input.completedOn && before.completedOn) {
      columns.completedOn = before.completedOn;
    }
    const updated = await versionedUpdate(tx, commitments, id, version, columns);
    await audit(recordEvent("commitment", "update", id, await snapshot(tx, id), before));
    return updated;
  },
});

// The policy of "Actualizar estado" depends on the record (technical staff: their own), so the
// command's gate is reading commitments, and the owner is checked inside the transaction.
const progress = command({
  action: "commitment.read",
  schema: commitmentProgressSchema,
  run: async ({ tx, audit, authorize }, { version, ...input }, id: string) => {
    const current = await rowById(tx, commitments, id, {
      ownerPersonId: commitments.ownerPersonId,
      completedOn: commitments.completedOn,
    });
    if (!current) throw notFound();
    authorize("commitment.progress", { personId: current.ownerPersonId });
    const before = await snapshot(tx, id);
    const completion =
      input.status === "done" && !input.completedOn && current.completedOn
        ? current.completedOn
        : completedOn(input, todayInBuenosAires());
    const updated = await versionedUpdate(tx, commitments, id, version, {
      status: input.status,
      completedOn: completion,
      notes: input.notes ?? null,
    });
    await audit(recordEvent("commitment", "progress", id, await snapshot(tx, id), before));
    return updated;
  },
});

/**
 * "Actualizar estado": status, completion date and notes only. Technical staff may do it on
 * the commitments they own (owner = their person), coordinators and admins on any; the owner
 * is read inside the transaction, so a form posted for someone else's commitment is refused
 * and changes nothing. Roles that may never do it are refused (and the refusal audited)
 * before anything is read.
 */
export async function progressCommitment(
  ctx: Ctx,
  id: string,
  raw: Raw,
): Promise<Result<{ id: string; version: number }>> {
  if (!scopeFor(ctx.actor.role, "commitment.progress")) {
    return denied(ctx.actor, "commitment.progress") ?? fail("FORBIDDEN");
  }
  return progress(ctx, id, raw);
}
