// The demo accounts (data/people.json): one per app role, all with the same password. They
// exist only in demo data, which is loaded only into an empty database.
import type { AppRole } from "@/db/schema";
import { PEOPLE_FILE } from "./source";

export const DEMO_PASSWORD: string = PEOPLE_FILE.demoPassword;

const ROLE_LABELS: Record<AppRole, string> = {
  admin: "Administración",
  coordinator: "Coordinación",
  head: "Dirección de área",
  technical: "Equipo técnico",
  viewer: "Consulta",
};

export interface DemoAccount {
  email: string;
  role: AppRole;
  /** Spanish label for console output and the sign-in page's demo hint. */
  label: string;
  /** Key of the account's person in people.json. */
  personKey: string;
  /** Key of the department that scopes a head, when people.json gives one. */
  departmentKey?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = PEOPLE_FILE.demoAccounts.map((account) => ({
  email: account.email,
  role: account.role,
  label: ROLE_LABELS[account.role],
  personKey: account.person,
  ...(account.department ? { departmentKey: account.department } : {}),
}));

/** The accounts and the password as console lines (printed after a seed). */
export function demoAccountLines(): string[] {
  const width = Math.max(...DEMO_ACCOUNTS.map((account) => account.email.length));
  return [
    `Cuentas de demostración (contraseña: ${DEMO_PASSWORD}):`,
    ...DEMO_ACCOUNTS.map((account) => `  ${account.email.padEnd(width)}  ${account.label} (${account.role})`),
  ];
}

export function printDemoAccounts(): void {
  console.log(demoAccountLines().join("\n"));
}
