import type { Db } from "@/db/client";
import type { Actor } from "./auth/actor";

/** What every lib/ query and command receives: the database and who is acting. */
export interface Ctx {
  db: Db;
  actor: Actor;
  /**
   * Metadata every audit event of this context's commands carries: an import runs the forms'
   * commands with `{ importId }`, so each record it writes names the import in its history.
   */
  auditTag?: Record<string, string>;
}
