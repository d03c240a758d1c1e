import { formatDateTime } from "../../format";
import { isEmpty, isPlainObject, type Words } from "./values";

// Sentences from an event's metadata, one function per kind of event: what a record change
// carried along (a closed term, a merge), a sign-in, an account change, an export, the demo data.

type Meta = Record<string, unknown>;

/** A seat term closed by a new one; a thematic area merged into another. */
function recordNotes({ t, empty, formatValue }: Words, action: string, metadata: Meta, out: string[]) {
  const closed = metadata.closedTerm;
  if (isPlainObject(closed)) {
    out.push(
      t("history.notes.closedTerm", {
        holder: isEmpty(closed.holder) ? empty : String(closed.holder),
        from: formatValue(closed.startsOn),
        to: formatValue(closed.endsOn),
      }),
    );
  }
  if (action === "thematic_area.merge" && !isEmpty(metadata.merged)) {
    const moved = isPlainObject(metadata.moved) ? metadata.moved : {};
    const count = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
    out.push(
      t("history.notes.merged", {
        name: String(metadata.merged),
        networks: count(moved.networks),
        bodies: count(moved.bodies),
        assignments: count(moved.assignments),
      }),
    );
    if (count(metadata.alreadyLinked) > 0) {
      out.push(t("history.notes.alreadyLinked", { count: count(metadata.alreadyLinked) }));
    }
  }
}

/** Sign-ins and their refusals: how, who tried, why, from where, a throttle's block. */
function signInNotes({ t, lookup, formatter }: Words, action: string, metadata: Meta, out: string[]) {
  if (
    (action.startsWith("auth.") || action === "user.sso_link") &&
    metadata.method === "sso" &&
    typeof metadata.issuer === "string" &&
    typeof metadata.subject === "string"
  ) {
    out.push(t("history.notes.viaSso", { issuer: metadata.issuer, subject: metadata.subject }));
  }
  if (action.startsWith("auth.")) {
    if (typeof metadata.attempted === "string" && metadata.attempted) {
      out.push(t("history.notes.attempted", { action: metadata.attempted }));
    }
    if (typeof metadata.email === "string" && metadata.email) {
      out.push(t("history.notes.attemptedEmail", { email: metadata.email }));
    }
    if (typeof metadata.reason === "string" && metadata.reason) {
      out.push(
        t("history.notes.reason", {
          reason: lookup(`history.notes.reasons.${metadata.reason}`, metadata.reason),
        }),
      );
    }
    if (typeof metadata.ip === "string" && metadata.ip) {
      out.push(t("history.notes.ip", { ip: metadata.ip }));
    }
    // A sign-in throttle's block: which key, until when, and how many attempts it refused.
    if (action.startsWith("auth.throttle_")) {
      if (typeof metadata.kind === "string")
        out.push(t("history.notes.throttleKey", { kind: metadata.kind }));
      const until = typeof metadata.blockedUntil === "string" ? new Date(metadata.blockedUntil) : null;
      if (until && !Number.isNaN(until.getTime())) {
        out.push(t("history.notes.blockedUntil", { date: formatDateTime(formatter, until) }));
      }
      if (typeof metadata.refused === "number")
        out.push(t("history.notes.refused", { count: metadata.refused }));
    }
  }
}

/** Account administration: a temporary password, a forced change, sessions ended. */
function accountNotes({ t, lookup, formatter }: Words, action: string, metadata: Meta, out: string[]) {
  if (action.startsWith("user.")) {
    if (typeof metadata.temporaryPasswordExpiresAt === "string") {
      const instant = new Date(metadata.temporaryPasswordExpiresAt);
      if (!Number.isNaN(instant.getTime())) {
        out.push(t("history.notes.temporaryPasswordExpires", { date: formatDateTime(formatter, instant) }));
      }
    }
    if (metadata.forced === true) out.push(t("history.notes.forcedChange"));
    if (metadata.sessionsEnded === true) out.push(t("history.notes.sessionsEnded"));
    if (metadata.via === "cli") out.push(t("history.notes.viaCli"));
    if (typeof metadata.reason === "string" && metadata.reason) {
      out.push(
        t("history.notes.reason", {
          reason: lookup(`history.notes.reasons.${metadata.reason}`, metadata.reason),
        }),
      );
    }
  }
}

/** Exports: how many rows, in which format, with which filters. */
function exportNotes({ t, lookup }: Words, action: string, metadata: Meta, out: string[]) {
  if (action === "coverage.export") {
    const filters = [
      typeof metadata.network === "string" ? metadata.network : null,
      typeof metadata.kind === "string" ? lookup(`enums.networkKind.${metadata.kind}`, metadata.kind) : null,
      typeof metadata.department === "string" ? metadata.department : null,
    ].filter((v): v is string => !!v);
    out.push(
      filters.length
        ? t("history.notes.exportFilters", { filters: filters.join(", ") })
        : t("history.notes.exportAll"),
    );
  }
  if (action.startsWith("export.")) {
    if (typeof metadata.rows === "number" && typeof metadata.format === "string") {
      out.push(t("history.notes.exportRows", { rows: metadata.rows, format: metadata.format.toUpperCase() }));
    }
    const filters = isPlainObject(metadata.filters)
      ? Object.entries(metadata.filters)
          .filter(([, value]) => !isEmpty(value))
          .map(([key, value]) => `${lookup(`history.notes.exportParams.${key}`, key)}: ${String(value)}`)
      : [];
    out.push(
      filters.length
        ? t("history.notes.exportFilters", { filters: filters.join(", ") })
        : t("history.notes.exportAll"),
    );
    if (metadata.completed === false) out.push(t("history.notes.exportIncomplete"));
  }
}

/** The demo data: how many records of each kind. */
function seedNotes({ t }: Words, action: string, metadata: Meta, out: string[]) {
  if (action === "seed.demo" && isPlainObject(metadata.counts)) {
    const counts = metadata.counts;
    const n = (key: string) => (typeof counts[key] === "number" ? (counts[key] as number) : 0);
    out.push(
      t("history.notes.seeded", {
        networks: n("networks"),
        bodies: n("bodies"),
        seats: n("seats"),
        meetings: n("meetings"),
        commitments: n("commitments"),
        assignments: n("assignments"),
        people: n("people"),
        users: n("users"),
      }),
    );
  }
  return out;
}

const NOTES = [recordNotes, signInNotes, accountNotes, exportNotes, seedNotes];

/** Sentences from the event's metadata (a closed term, a merge, a failed sign-in…). */
export function notesOf(words: Words, action: string, metadata: unknown): string[] {
  if (!isPlainObject(metadata)) return [];
  const out: string[] = [];
  for (const notes of NOTES) notes(words, action, metadata, out);
  return out;
}
