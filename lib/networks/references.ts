import "server-only";
import { asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bodies, networks } from "@/db/schema";
import { checkReference, rowById } from "../record-reads";
import type { FieldErrors } from "../result";
import { isUuid } from "../validation/fields";

/**
 * A record placed in a network and, optionally, one of its bodies (a seat, a commitment): the
 * network must exist, and the body, when given, must exist and belong to that network. Adds
 * the field errors; the command throws them with its other checks.
 */
export async function checkNetworkAndBody(
  tx: Db,
  fieldErrors: FieldErrors,
  networkId: string,
  bodyId: string | null | undefined,
): Promise<void> {
  const network = await checkReference(tx, fieldErrors, "networkId", networks, networkId, "unknownNetwork");
  if (!bodyId) return;
  const body = await rowById(tx, bodies, bodyId, { networkId: bodies.networkId });
  if (!body) fieldErrors.bodyId = ["unknownBody"];
  else if (network && body.networkId !== networkId) fieldErrors.bodyId = ["bodyOfOtherNetwork"];
}

/**
 * The network picker of a form for a record placed in a network (an assignment, a meeting, a
 * commitment, a seat): the networks not archived, plus `keepId` (the edited record's, even
 * archived, so that saving never silently drops it), by name.
 */
export function networkChoices(db: Db, keepId?: string | null): Promise<{ id: string; name: string }[]> {
  const keep = keepId && isUuid(keepId) ? eq(networks.id, keepId) : undefined;
  return db
    .select({ id: networks.id, name: networks.name })
    .from(networks)
    .where(or(isNull(networks.archivedAt), keep))
    .orderBy(asc(sql`lower(${networks.name})`));
}
