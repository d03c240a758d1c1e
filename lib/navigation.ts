import type { Actor } from "./auth/actor";
import { can, type PolicyAction } from "./auth/policy";

/**
 * The main sections; a section is shown when the role has any of its policy actions (and,
 * for a `personal` one, when the account is linked to a person).
 */
const SECTIONS: {
  href: string;
  key: string;
  action: PolicyAction | PolicyAction[];
  personal?: boolean;
  /** Left out for those whose start page is not the panel (`/` sends them to their own). */
  panel?: boolean;
}[] = [
  { href: "/", key: "panel", action: "network.read", panel: true },
  // One's own assignments, meetings and commitments: for every account linked to a person.
  { href: "/mi-participacion", key: "participation", action: "assignment.read", personal: true },
  { href: "/redes", key: "networks", action: "network.read" },
  { href: "/cargos", key: "seats", action: "network.read" },
  { href: "/calendario", key: "calendar", action: "network.read" },
  { href: "/compromisos", key: "commitments", action: "network.read" },
  { href: "/personas", key: "people", action: "network.read" },
  { href: "/asignaciones", key: "assignments", action: "assignment.read" },
  { href: "/cobertura", key: "coverage", action: "assignment.read" },
  { href: "/importar", key: "import", action: ["import.read", "import.run"] },
  // Administration gathers the audit log (admins) and thematic areas (coordinators too).
  { href: "/admin", key: "admin", action: ["audit.read", "thematic_area.manage"] },
];

/**
 * Where a role starts (`/`, and so every sign-in, leads there). Technical staff work on their
 * own assignments, meetings and commitments, so they start on Mi participación — when their
 * account is linked to a person, else that page would be empty and the panel stays. Everyone
 * else starts on the panel (a head's scoped to their department, lib/panel/scope.ts).
 */
export function homePathFor(actor: Actor): "/" | "/mi-participacion" {
  return actor.role === "technical" && actor.personId ? "/mi-participacion" : "/";
}

export function navigationFor(actor: Actor) {
  const panelHome = homePathFor(actor) === "/";
  return SECTIONS.filter(
    (s) =>
      (!s.personal || !!actor.personId) &&
      (!s.panel || panelHome) &&
      [s.action].flat().some((action) => can(actor, action)),
  ).map(({ href, key }) => ({ href, key }));
}
