import type { AuditEventLike } from "../describe";
import { isEmpty, isPlainObject } from "./values";

/** A short name for the record an event is about ("Mercociudades", "Co-presidencia — Ana Pérez"). */
export function recordNameOf(event: AuditEventLike): string | null {
  const pick = (snapshot: unknown) => {
    if (!isPlainObject(snapshot)) return null;
    if (event.entityType === "seat_term" && !isEmpty(snapshot.seat)) {
      return isEmpty(snapshot.holder) ? String(snapshot.seat) : `${snapshot.seat} — ${snapshot.holder}`;
    }
    if (event.entityType === "assignment" && !isEmpty(snapshot.person)) {
      const where = [snapshot.network, snapshot.body ?? snapshot.thematicArea].filter((v) => !isEmpty(v));
      return where.length ? `${snapshot.person} — ${where.join(" · ")}` : String(snapshot.person);
    }
    if (event.entityType === "delegation_member" && !isEmpty(snapshot.person)) return String(snapshot.person);
    if (event.entityType === "decision" && typeof snapshot.text === "string" && snapshot.text) {
      return snapshot.text.length > 80 ? `${snapshot.text.slice(0, 79)}…` : snapshot.text;
    }
    for (const key of ["name", "title"]) {
      if (typeof snapshot[key] === "string" && snapshot[key]) return snapshot[key] as string;
    }
    return null;
  };
  return pick(event.after) ?? pick(event.before);
}
