import { createTranslator } from "next-intl";
import enumsCatalog from "@/messages/es-AR/enums.json";
import historyCatalog from "@/messages/es-AR/history.json";
import { DEFAULT_LOCALE, DISPLAY_TIME_ZONE } from "../i18n/config";
import { formatDate, formatDateTime } from "../format";
import { numberFormat } from "../intl";

/**
 * Turns audit events into words a reader understands: the action's label, and the changed
 * fields as "label: before → after" with enum values, dates, booleans and lists spelled out.
 * Pure (no database): the record's history and the audit log viewer share it. Snapshots are
 * flat objects of labels (see `snapshot()` in each slice's commands); anything unexpected — an
 * unknown key, action or value shape — is shown raw rather than failing.
 */

export interface HistoryChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** create: only the new values matter; delete: only the old ones; update: before → after. */
export type ChangeMode = "create" | "update" | "delete" | "none";

export interface DescribedEvent {
  actionLabel: string;
  mode: ChangeMode;
  changes: HistoryChange[];
  /** Sentences from the event's metadata (a closed term, a merge, a failed sign-in…). */
  notes: string[];
}

export interface AuditEventLike {
  action: string;
  entityType: string | null;
  before: unknown;
  after: unknown;
  metadata: unknown;
}

/** The catalogs describe() reads: es-AR by default (the only locale so far). */
export interface HistoryMessages {
  history: typeof historyCatalog;
  enums: typeof enumsCatalog;
}

const DEFAULT_MESSAGES: HistoryMessages = { history: historyCatalog, enums: enumsCatalog };

type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
  has: (key: string) => boolean;
};

/** Keys never shown: bookkeeping, not content. */
const HIDDEN_KEYS = new Set(["version", "id", "createdAt", "updatedAt"]);

type Format = { enum: keyof typeof enumsCatalog } | "amount" | "month" | "cadence" | "plain";

/** How particular fields are written; everything else is formatted by its value's shape. */
const FIELD_FORMATS: Record<string, Record<string, Format>> = {
  network: {
    kind: { enum: "networkKind" },
    membershipStatus: { enum: "membershipStatus" },
    languages: { enum: "language" },
    annualFee: "amount",
    foundedYear: "plain",
  },
  body: {
    kind: { enum: "bodyKind" },
    usualMonth: "month",
    cadenceMonths: "cadence",
  },
  seat: { kind: { enum: "seatKind" } },
  user: { role: { enum: "role" } },
  seat_term: { status: { enum: "termStatus" } },
  meeting: {
    kind: { enum: "meetingKind" },
    status: { enum: "meetingStatus" },
    mode: { enum: "meetingMode" },
  },
  agenda_item: { position: "plain", durationMinutes: "plain" },
  delegation_member: { role: { enum: "delegationRole" }, attendance: { enum: "attendanceStatus" } },
  decision: { position: "plain" },
  commitment: { status: { enum: "commitmentStatus" } },
  assignment: {
    role: { enum: "assignmentRole" },
    status: { enum: "assignmentStatus" },
    updateKind: { enum: "participationKind" },
  },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.length === 0);

/** Compares two snapshot values; lists compare as sets (a reordering is not a change). */
function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    const norm = (list: unknown[]) => list.map((v) => JSON.stringify(v)).sort();
    return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

export function createDescriber(
  messages: HistoryMessages = DEFAULT_MESSAGES,
  locale: string = DEFAULT_LOCALE,
) {
  const t = createTranslator({
    locale,
    messages,
    timeZone: DISPLAY_TIME_ZONE,
    onError: () => {},
  }) as unknown as Translate;
  const empty = t("history.emptyValue");

  /** A translation when the catalog has it, else the fallback (the raw value). */
  const lookup = (key: string, fallback: string) => (t.has(key) ? t(key) : fallback);

  function formatAmount(value: unknown): string {
    const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
    if (!Number.isFinite(n)) return String(value);
    return numberFormat("es-AR", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
  }

  function formatScalar(value: unknown, format: Format | undefined): string {
    if (isEmpty(value)) return empty;
    if (format && typeof format === "object") {
      return lookup(`enums.${format.enum}.${String(value)}`, String(value));
    }
    if (format === "amount") return formatAmount(value);
    if (format === "month") {
      const month = Number(value);
      return Number.isInteger(month) && month >= 1 && month <= 12
        ? t(`history.months.m${month}`)
        : String(value);
    }
    if (format === "cadence") {
      const months = Number(value);
      return Number.isInteger(months) && months > 0 ? t("history.cadence", { count: months }) : String(value);
    }
    if (format === "plain") return String(value);
    if (typeof value === "boolean") return value ? t("history.yes") : t("history.no");
    if (typeof value === "string") {
      if (ISO_DATE.test(value)) return formatDate(value);
      if (ISO_INSTANT.test(value)) {
        const instant = new Date(value);
        return Number.isNaN(instant.getTime()) ? value : formatDateTime(instant);
      }
      return value;
    }
    if (typeof value === "number" || typeof value === "bigint") return String(value);
    if (isPlainObject(value)) {
      const parts = Object.entries(value)
        .filter(([, v]) => !isEmpty(v))
        .map(([k, v]) => `${k}: ${formatValue(v)}`);
      return parts.length ? parts.join("; ") : empty;
    }
    return JSON.stringify(value) ?? empty;
  }

  /** A snapshot value in words: "—" for empty, lists joined with ", ". */
  function formatValue(value: unknown, format?: Format): string {
    if (isEmpty(value)) return empty;
    if (Array.isArray(value)) {
      const items = value.filter((v) => !isEmpty(v)).map((v) => formatScalar(v, format));
      return items.length ? items.join(", ") : empty;
    }
    return formatScalar(value, format);
  }

  function fieldLabel(entityType: string | null, field: string): string {
    if (entityType && t.has(`history.fields.${entityType}.${field}`)) {
      return t(`history.fields.${entityType}.${field}`);
    }
    return lookup(`history.fields.common.${field}`, field);
  }

  function actionLabel(action: string): string {
    const dot = action.indexOf(".");
    if (dot <= 0) return action;
    // The catalog nests by prefix (network → create); a dotted key would be read as a path.
    return lookup(`history.actions.${action.slice(0, dot)}.${action.slice(dot + 1)}`, action);
  }

  function entityTypeLabel(entityType: string | null): string {
    if (!entityType) return empty;
    return lookup(`history.entityTypes.${entityType}`, entityType);
  }

  /**
   * Fields in the order of the record's form (the catalog's order), then any others
   * alphabetically: jsonb does not keep the order in which a snapshot's keys were written.
   */
  function orderedKeys(entityType: string | null, keys: string[]): string[] {
    const fields = messages.history.fields as Record<string, Record<string, string>>;
    const known = Object.keys((entityType && fields[entityType]) || {});
    const rank = (k: string) => {
      const i = known.indexOf(k);
      return i === -1 ? known.length : i;
    };
    return [...keys].sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
  }

  function diff(entityType: string | null, before: unknown, after: unknown) {
    const b = isPlainObject(before) ? before : null;
    const a = isPlainObject(after) ? after : null;
    const mode: ChangeMode = a && b ? "update" : a ? "create" : b ? "delete" : "none";
    const keys = orderedKeys(
      entityType,
      [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])].filter((k) => !HIDDEN_KEYS.has(k)),
    );
    const formats = (entityType && FIELD_FORMATS[entityType]) || {};
    const changes: HistoryChange[] = [];
    for (const field of keys) {
      const oldValue = b?.[field];
      const newValue = a?.[field];
      if (mode === "create" && isEmpty(newValue)) continue;
      if (mode === "create" && field === "archived" && newValue === false) continue;
      if (mode === "delete" && isEmpty(oldValue)) continue;
      if (mode === "update" && sameValue(oldValue, newValue)) continue;
      const format = formats[field];
      changes.push({
        field,
        label: fieldLabel(entityType, field),
        before: formatValue(oldValue, format),
        after: formatValue(newValue, format),
      });
    }
    return { mode, changes };
  }

  function notes(action: string, metadata: unknown): string[] {
    if (!isPlainObject(metadata)) return [];
    const out: string[] = [];
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
          out.push(t("history.notes.blockedUntil", { date: formatDateTime(until) }));
        }
        if (typeof metadata.refused === "number")
          out.push(t("history.notes.refused", { count: metadata.refused }));
      }
    }
    if (action.startsWith("user.")) {
      if (typeof metadata.temporaryPasswordExpiresAt === "string") {
        const instant = new Date(metadata.temporaryPasswordExpiresAt);
        if (!Number.isNaN(instant.getTime())) {
          out.push(t("history.notes.temporaryPasswordExpires", { date: formatDateTime(instant) }));
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
    if (action === "coverage.export") {
      const filters = [
        typeof metadata.network === "string" ? metadata.network : null,
        typeof metadata.kind === "string"
          ? lookup(`enums.networkKind.${metadata.kind}`, metadata.kind)
          : null,
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
        out.push(
          t("history.notes.exportRows", { rows: metadata.rows, format: metadata.format.toUpperCase() }),
        );
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

  /** The whole event in words. Never throws on unexpected shapes. */
  function describe(event: AuditEventLike): DescribedEvent {
    const { mode, changes } = diff(event.entityType, event.before, event.after);
    return {
      actionLabel: actionLabel(event.action),
      mode,
      changes,
      notes: notes(event.action, event.metadata),
    };
  }

  /** A short name for the record an event is about ("Mercociudades", "Co-presidencia — Ana Pérez"). */
  function recordName(event: AuditEventLike): string | null {
    const pick = (snapshot: unknown) => {
      if (!isPlainObject(snapshot)) return null;
      if (event.entityType === "seat_term" && !isEmpty(snapshot.seat)) {
        return isEmpty(snapshot.holder) ? String(snapshot.seat) : `${snapshot.seat} — ${snapshot.holder}`;
      }
      if (event.entityType === "assignment" && !isEmpty(snapshot.person)) {
        const where = [snapshot.network, snapshot.body ?? snapshot.thematicArea].filter((v) => !isEmpty(v));
        return where.length ? `${snapshot.person} — ${where.join(" · ")}` : String(snapshot.person);
      }
      if (event.entityType === "delegation_member" && !isEmpty(snapshot.person))
        return String(snapshot.person);
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

  return {
    describe,
    recordName,
    actionLabel,
    entityTypeLabel,
    fieldLabel,
    formatValue,
    systemName: () => t("history.system"),
  };
}

export type Describer = ReturnType<typeof createDescriber>;

let shared: Describer | undefined;

/** The es-AR describer, built once per process. */
export function describer(): Describer {
  shared ??= createDescriber();
  return shared;
}

/** The actions the audit log offers as a filter, in catalog order. */
export function knownActions(messages: HistoryMessages = DEFAULT_MESSAGES): string[] {
  return Object.entries(messages.history.actions).flatMap(([prefix, actions]) =>
    Object.keys(actions).map((name) => `${prefix}.${name}`),
  );
}

/** The record types the audit log offers as a filter. */
export const AUDIT_ENTITY_TYPES = [
  "network",
  "body",
  "seat",
  "seat_term",
  "thematic_area",
  "commitment",
  "meeting",
  "agenda_item",
  "delegation_member",
  "decision",
  "person",
  "department",
  "assignment",
  "user",
] as const;
