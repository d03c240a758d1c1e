import type { Actor } from "./auth/actor";
import { can, type PolicyAction } from "./auth/policy";

/**
 * The main sections; a section is shown when the role has any of its policy actions (and,
 * for a `personal` one, when the account is linked to a person).
 */
const SECTIONS: { href: string; key: string; action: PolicyAction | PolicyAction[]; personal?: boolean }[] = [
  { href: "/", key: "panel", action: "network.read" },
  // One's own assignments, meetings and commitments: for every account linked to a person.
  { href: "/mi-participacion", key: "participation", action: "assignment.read", personal: true },
  { href: "/redes", key: "networks", action: "network.read" },
  { href: "/cargos", key: "seats", action: "network.read" },
  { href: "/calendario", key: "calendar", action: "network.read" },
  { href: "/compromisos", key: "commitments", action: "network.read" },
  { href: "/personas", key: "people", action: "network.read" },
  { href: "/asignaciones", key: "assignments", action: "assignment.read" },
  { href: "/cobertura", key: "coverage", action: "assignment.read" },
  // Administration gathers the audit log (admins) and thematic areas (coordinators too).
  { href: "/admin", key: "admin", action: ["audit.read", "thematic_area.manage"] },
];

export function navigationFor(actor: Actor) {
  return SECTIONS.filter(
    (s) => (!s.personal || !!actor.personId) && [s.action].flat().some((action) => can(actor, action)),
  ).map(({ href, key }) => ({ href, key }));
}
