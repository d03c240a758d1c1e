import type { AppRole } from "@/db/schema/values";

declare module "next-auth" {
  interface User {
    role: AppRole;
    departmentId: string | null;
    /** The session row started at this sign-in (lib/auth/user-sessions.ts). */
    sessionId?: string;
  }
  interface Session {
    user: {
      id: string;
      email: string;
      name: string;
      role: AppRole;
      departmentId: string | null;
      /** The id of this session's row: every request checks it (lib/auth/session-check.ts). */
      sessionId: string;
    };
  }
}
