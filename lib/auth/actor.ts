import type { AppRole } from "@/db/schema";

/** The signed-in user as lib/ sees it: verified against the database on every request. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: AppRole;
  departmentId: string | null;
  personId: string | null;
  /**
   * The session the request came with (absent for the command line and in tests that act
   * directly): its id, how it began, and when a second factor was last proved in it (the
   * step-up check of sensitive actions reads it).
   */
  session?: {
    id: string;
    authMethod: "password" | "sso" | "passkey";
    secondFactorAt: Date | null;
  };
}
