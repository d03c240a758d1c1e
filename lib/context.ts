import type { Db } from "@/db/client";
import type { Actor } from "./auth/actor";

/** What every lib/ query and command receives: the database and who is acting. */
export interface Ctx {
  db: Db;
  actor: Actor;
}
