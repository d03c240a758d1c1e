import { z } from "zod";
import { FEED_SCOPES } from "@/db/schema/values";
import { optionalUuid, requiredEnum } from "../validation/fields";

export type FeedScope = (typeof FEED_SCOPES)[number];

/** A new subscription link: every meeting or only the user's own, optionally of one network. */
export const feedTokenInputSchema = z.object({
  scope: requiredEnum(FEED_SCOPES),
  networkId: optionalUuid("unknownNetwork"),
});

/** Active links one user may hold at once (old ones should be revoked, not piled up). */
export const MAX_ACTIVE_FEEDS = 10;
