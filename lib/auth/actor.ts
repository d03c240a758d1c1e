import type { AppRole } from "@/db/schema";

/** The signed-in user as lib/ sees it: verified against the database on every request. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: AppRole;
  departmentId: string | null;
  personId: string | null;
}
