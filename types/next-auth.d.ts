import type { AppRole } from "@/db/schema/values";

declare module "next-auth" {
  interface User {
    role: AppRole;
    departmentId: string | null;
    sessionVersion: number;
  }
  interface Session {
    user: {
      id: string;
      email: string;
      name: string;
      role: AppRole;
      departmentId: string | null;
      sessionVersion: number;
      authMethod?: "password" | "sso";
    };
  }
}
