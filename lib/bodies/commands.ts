import "server-only";
import { and, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bodies, networks, thematicAreas } from "@/db/schema";
import { command, conflict, invalid, notFound } from "../command";
import { insertRecord, versionedUpdate, recordEvent } from "../record-writes";
import type { FieldErrors } from "../result";
import { bodyInputSchema, bodyUpdateSchema, bodyVersionSchema, type BodyInput } from "./schema";
import { checkReference, isInSubtree, rowById } from "../record-reads";
import { bodyFacts, readBody } from "./queries";

/** Field errors that are not about one field (shown above the form or the button). */
const FORM = "_form";

/**
 * The body as the audit log records it: labels rather than ids (network, parent and thematic
 * area by name), with exactly these keys — the history viewer relies on them.
 */
async function snapshot(tx: Db, id: string) {
  const row = await readBody(tx, id);
  if (!row) return null;
  const b = row.body;
  return {
    name: b.name,
    kind: b.kind,
    network: row.networkName,
    parent: row.parentName ?? null,
    thematicArea: row.areaName ?? null,
    ...bodyFacts(b),
  };
}

function columnsFrom(input: BodyInput) {
  return {
    name: input.name,
    kind: input.kind,
    parentId: input.parentId ?? null,
    thematicAreaId: input.thematicAreaId ?? null,
    cadenceMonths: input.cadenceMonths ?? null,
    cadenceNote: input.cadenceNote ?? null,
    usualMonth: input.usualMonth ?? null,
    description: input.description ?? null,
  };
}

function currentBody(tx: Db, id: string) {
  return rowById(tx, bodies, id, {
    id: bodies.id,
    networkId: bodies.networkId,
    parentId: bodies.parentId,
    archivedAt: bodies.archivedAt,
  });
}

/**
 * Locks the network's row for the rest of the transaction. Every change to a network's tree
 * (create, edit/move, archive, restore) takes this lock first, so they run one after another
 * per network: two moves cannot each pass the cycle check and together close a loop, and a
 * body cannot be archived while a dependent is being added under it.
 */
async function lockNetwork(tx: Db, networkId: string) {
  const [network] = await tx
    .select({ id: networks.id, archivedAt: networks.archivedAt })
    .from(networks)
    .where(eq(networks.id, networkId))
    .for("no key update");
  return network;
}

/**
 * Checks the references inside the write's transaction (after the network lock): the parent
 * exists, is in the same network, is not archived and — for an existing body — is neither
 * the body itself nor below it; the thematic area exists.
 */
async function checkReferences(
  tx: Db,
  input: BodyInput,
  networkId: string,
  existing?: { id: string; parentId: string | null },
) {
  const fieldErrors: FieldErrors = {};
  const parentId = input.parentId ?? null;
  const parentChanged = !existing || parentId !== existing.parentId;
  if (parentId && parentChanged) {
    const parent = await currentBody(tx, parentId);
    if (!parent) fieldErrors.parentId = ["unknownParent"];
    else if (parent.networkId !== networkId) fieldErrors.parentId = ["parentOtherNetwork"];
    else if (existing && (parentId === existing.id || (await isInSubtree(tx, bodies, existing.id, parentId))))
      fieldErrors.parentId = ["parentCycle"];
    else if (parent.archivedAt !== null) fieldErrors.parentId = ["parentArchived"];
  }
  await checkReference(
    tx,
    fieldErrors,
    "thematicAreaId",
    thematicAreas,
    input.thematicAreaId,
    "unknownThematicArea",
  );
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
}

export const createBody = command({
  action: "body.manage",
  schema: bodyInputSchema,
  run: async ({ tx, audit }, input, networkId: string) => {
    const network = await lockNetwork(tx, networkId);
    if (!network) throw notFound();
    if (network.archivedAt !== null) throw invalid({ [FORM]: ["networkArchived"] });
    await checkReferences(tx, input, networkId);
    const createdId = await insertRecord(tx, bodies, { ...columnsFrom(input), networkId });
    await audit(recordEvent("body", "create", createdId, await snapshot(tx, createdId)));
    return { id: createdId, networkId };
  },
});

/** Saves the form of an existing body; a new parent moves it (audited as "body.move"). */
export const updateBody = command({
  action: "body.manage",
  schema: bodyUpdateSchema,
  run: async ({ tx, audit }, { version, ...input }, id: string) => {
    const located = await currentBody(tx, id);
    if (!located) throw notFound();
    await lockNetwork(tx, located.networkId);
    // Read again under the lock: a move committed meanwhile is seen here.
    const existing = await currentBody(tx, id);
    if (!existing) throw notFound();
    const before = await snapshot(tx, id);
    await checkReferences(tx, input, existing.networkId, existing);
    const updated = await versionedUpdate(tx, bodies, id, version, columnsFrom(input));
    const moved = (input.parentId ?? null) !== existing.parentId;
    await audit(recordEvent("body", moved ? "move" : "update", id, await snapshot(tx, id), before));
    return { id, networkId: existing.networkId, version: updated.version };
  },
});

const archiveCommand = (archive: boolean) =>
  command({
    action: "body.manage",
    schema: bodyVersionSchema,
    run: async ({ tx, audit }, { version }, id: string) => {
      const located = await currentBody(tx, id);
      if (!located) throw notFound();
      const network = await lockNetwork(tx, located.networkId);
      const existing = await currentBody(tx, id);
      if (!existing || !network) throw notFound();
      const before = await snapshot(tx, id);

      if (archive) {
        const [active] = await tx
          .select({ n: count() })
          .from(bodies)
          .where(and(eq(bodies.parentId, id), isNull(bodies.archivedAt)));
        if (Number(active?.n ?? 0) > 0) throw invalid({ [FORM]: ["archiveHasChildren"] });
      } else {
        if (network.archivedAt !== null) throw invalid({ [FORM]: ["networkArchived"] });
        if (existing.parentId) {
          const parent = await currentBody(tx, existing.parentId);
          if (parent && parent.archivedAt !== null) throw invalid({ [FORM]: ["restoreParentArchived"] });
        }
      }

      const [updated] = await tx
        .update(bodies)
        .set({
          archivedAt: archive ? new Date() : null,
          version: sql`${bodies.version} + 1`,
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(bodies.id, id),
            eq(bodies.version, version),
            archive ? isNull(bodies.archivedAt) : isNotNull(bodies.archivedAt),
          ),
        )
        .returning({ version: bodies.version });
      // Zero rows: changed (or already archived/restored) by someone else since it was shown.
      if (!updated) throw conflict();
      await audit(recordEvent("body", archive ? "archive" : "restore", id, await snapshot(tx, id), before));
      return { id, networkId: existing.networkId, version: updated.version };
    },
  });

/**
 * Archives one body. A body with dependents that are not archived is refused rather than
 * archived with its whole subtree: the dependents may carry seats, assignments and meetings
 * of their own, a coordinator should decide about each (archive it, or move it elsewhere),
 * and restoring stays a one-body operation with no guessing about which dependents were
 * archived together. The rule "an active body never hangs under an archived one" also keeps
 * the tree readable: archived bodies drop out of it without orphaning anything.
 */
export const archiveBody = archiveCommand(true);

/** Restores an archived body; refused while its parent (or its network) is archived. */
export const restoreBody = archiveCommand(false);
