import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { networks, networkThematicAreas, people, thematicAreas } from "@/db/schema";
import { command, invalid, notFound } from "../command";
import { insertRecord, versionedUpdate, recordEvent } from "../record-writes";
import type { Ctx } from "../context";
import { UNIQUE_VIOLATION } from "../db-errors";
import { fail } from "../result";
import { versionField } from "../validation/fields";
import { NETWORK_ARRAY_FIELDS } from "./form-fields";
import { networkInputSchema, networkUpdateSchema, type NetworkInput } from "./schema";
import { checkReference } from "../record-reads";
import { readNetwork } from "./queries";

/**
 * The network as the audit log records it: its page's fields (without the id and the time of
 * the last change), with labels rather than ids where a reader needs them.
 */
async function snapshot(tx: Db, id: string) {
  const n = await readNetwork(tx, id);
  if (!n) return null;
  const { id: _id, updatedAt: _updatedAt, ...fields } = n;
  return {
    ...fields,
    thematicAreas: n.thematicAreas.map((a) => a.name),
    focalPerson: n.focalPerson?.name ?? null,
  };
}

function columnsFrom(input: NetworkInput) {
  return {
    name: input.name,
    acronym: input.acronym ?? null,
    kind: input.kind,
    scope: input.scope ?? null,
    description: input.description ?? null,
    website: input.website ?? null,
    headquarters: input.headquarters ?? null,
    foundedYear: input.foundedYear ?? null,
    languages: [...new Set(input.languages)],
    membershipStatus: input.membershipStatus,
    memberSince: input.memberSince ?? null,
    leftOn: input.leftOn ?? null,
    annualFee: input.annualFee ?? null,
    feeCurrency: input.feeCurrency ?? null,
    membershipNotes: input.membershipNotes ?? null,
    focalPersonId: input.focalPersonId ?? null,
  };
}

/** Checks the references and the unique name inside the write's transaction. */
async function checkReferences(tx: Db, input: NetworkInput, exceptId?: string) {
  const fieldErrors: Record<string, string[]> = {};
  const [clash] = await tx
    .select({ id: networks.id })
    .from(networks)
    .where(sql`lower(${networks.name}) = lower(${input.name})`)
    .limit(1);
  if (clash && clash.id !== exceptId) fieldErrors.name = ["duplicateName"];
  const areaIds = [...new Set(input.thematicAreaIds)];
  if (areaIds.length) {
    const found = await tx
      .select({ id: thematicAreas.id })
      .from(thematicAreas)
      .where(inArray(thematicAreas.id, areaIds));
    if (found.length !== areaIds.length) fieldErrors.thematicAreaIds = ["unknownThematicArea"];
  }
  await checkReference(tx, fieldErrors, "focalPersonId", people, input.focalPersonId, "unknownPerson");
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
  return areaIds;
}

async function replaceAreas(tx: Db, networkId: string, areaIds: string[]) {
  await tx.delete(networkThematicAreas).where(eq(networkThematicAreas.networkId, networkId));
  if (areaIds.length) {
    await tx
      .insert(networkThematicAreas)
      .values(areaIds.map((thematicAreaId) => ({ networkId, thematicAreaId })));
  }
}

/** A concurrent insert of the same name slips past the check inside the transaction. */
const nameClash = (constraint: string, code: string) =>
  code === UNIQUE_VIOLATION && constraint === "networks_name_uq"
    ? fail("VALIDATION", { name: ["duplicateName"] })
    : undefined;

export const createNetwork = command({
  action: "network.create",
  schema: networkInputSchema,
  arrayFields: NETWORK_ARRAY_FIELDS,
  onConstraint: nameClash,
  run: async ({ tx, audit }, input) => {
    const areaIds = await checkReferences(tx, input);
    const createdId = await insertRecord(tx, networks, columnsFrom(input));
    await replaceAreas(tx, createdId, areaIds);
    await audit(recordEvent("network", "create", createdId, await snapshot(tx, createdId)));
    return { id: createdId };
  },
});

export const updateNetwork = command({
  action: "network.update",
  schema: networkUpdateSchema,
  arrayFields: NETWORK_ARRAY_FIELDS,
  onConstraint: nameClash,
  run: async ({ tx, audit }, { version, ...input }, id: string) => {
    const before = await snapshot(tx, id);
    if (!before) throw notFound();
    const areaIds = await checkReferences(tx, input, id);
    const updated = await versionedUpdate(tx, networks, id, version, columnsFrom(input));
    await replaceAreas(tx, id, areaIds);
    await audit(recordEvent("network", "update", id, await snapshot(tx, id), before));
    return updated;
  },
});

const archiveSchema = z.object({ version: versionField });

/** Archiving (or restoring, with `archived` false) as one command each. */
const archiveCommand = (archived: boolean) =>
  command({
    action: "network.archive",
    schema: archiveSchema,
    run: async ({ tx, audit }, { version }, id: string) => {
      const before = await snapshot(tx, id);
      if (!before) throw notFound();
      const updated = await versionedUpdate(tx, networks, id, version, {
        archivedAt: archived ? new Date() : null,
      });
      await audit(
        recordEvent("network", archived ? "archive" : "restore", id, await snapshot(tx, id), before),
      );
      return updated;
    },
  });

const archiveNetwork = archiveCommand(true);
const restoreNetwork = archiveCommand(false);

/**
 * Archives or restores a network. Archived networks leave the default lists but keep their
 * bodies, seats, meetings and history.
 */
export const setNetworkArchived = (
  ctx: Ctx,
  id: string,
  archived: boolean,
  raw: FormData | Record<string, unknown>,
) => (archived ? archiveNetwork : restoreNetwork)(ctx, id, raw);
