import type { Actor } from "./auth/actor";
import { can, type PolicyAction } from "./auth/policy";

/** The main sections; a section whose policy action the role lacks is not shown. */
const SECTIONS: { href: string; key: string; action: PolicyAction }[] = [
  { href: "/", key: "panel", action: "network.read" },
  { href: "/redes", key: "networks", action: "network.read" },
  { href: "/cargos", key: "seats", action: "network.read" },
  { href: "/calendario", key: "calendar", action: "network.read" },
  { href: "/compromisos", key: "commitments", action: "network.read" },
  { href: "/personas", key: "people", action: "network.read" },
  { href: "/admin", key: "admin", action: "audit.read" },
];

export function navigationFor(actor: Actor) {
  return SECTIONS.filter((s) => can(actor, s.action)).map(({ href, key }) => ({ href, key }));
}
