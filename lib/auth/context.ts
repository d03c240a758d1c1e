import "server-only";
import { getDb } from "@/db/client";
import type { Ctx } from "../context";
import { auditDenials } from "./denials";
import { currentActor, requireActor } from "./session";

/** For pages: the request's context, redirecting anonymous visitors to /login. */
export async function requireCtx(): Promise<Ctx> {
  const actor = await requireActor();
  return auditDenials({ db: await getDb(), actor });
}

/** For server actions (public POST endpoints): the context, or null when not signed in. */
export async function actionCtx(): Promise<Ctx | null> {
  const actor = await currentActor();
  return actor ? auditDenials({ db: await getDb(), actor }) : null;
}
