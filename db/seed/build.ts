// Builds every row of the demo data in memory, without touching the database: a pure
// function of the day (apart from the uuids), so it is cheap to check for many days in tests.
import { buildAssignments } from "./assignments";
import { buildCommitments } from "./commitments";
import { SeedContext, type DemoRows } from "./context";
import { todayInBuenosAires } from "./dates";
import { buildMeetings } from "./meetings";
import { buildNetworks } from "./networks";
import { buildOrganization } from "./organization";

export interface BuildOptions {
  /** The instant "now" for the data; the calendar day in Buenos Aires is what counts. */
  today: Date;
  /** One argon2id hash shared by the demo accounts. */
  passwordHash: string;
}

export function buildDemoData({ today, passwordHash }: BuildOptions): { today: string; rows: DemoRows } {
  const ctx = new SeedContext(todayInBuenosAires(today));
  buildOrganization(ctx, passwordHash);
  buildNetworks(ctx);
  // Assignments before meetings: the assigned staff make up the technical delegations.
  buildAssignments(ctx);
  const held = buildMeetings(ctx);
  buildCommitments(ctx, held);
  return { today: ctx.today, rows: ctx.rows };
}
