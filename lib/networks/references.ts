import "server-only";
import type { Db } from "@/db/client";
import { bodies, networks } from "@/db/schema";
import { checkReference, rowById } from "../record-reads";
import type { FieldErrors } from "../result";

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
