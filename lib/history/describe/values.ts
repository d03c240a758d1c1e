import type enumsCatalog from "@/messages/es-AR/enums.json";
import type { createFormatter } from "next-intl";
import { formatDate, formatDateTime } from "../../format";

// How snapshot values are written: enum values, amounts, months, dates, booleans and lists
// spelled out; anything of an unexpected shape is shown raw.

export type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
  has: (key: string) => boolean;
};

/** Keys never shown: bookkeeping, not content. */
export const HIDDEN_KEYS = new Set(["version", "id", "createdAt", "updatedAt"]);

export type Format = { enum: keyof typeof enumsCatalog } | "amount" | "month" | "cadence" | "plain";

/** How particular fields are written; everything else is formatted by its value's shape. */
export const FIELD_FORMATS: Record<string, Record<string, Format>> = {
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

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.length === 0);

/** Compares two snapshot values; lists compare as sets (a reordering is not a change). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    const norm = (list: unknown[]) => list.map((v) => JSON.stringify(v)).sort();
    return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The translator's helpers every part of the describer uses. */
export interface Words {
  t: Translate;
  /** next-intl's formatter with the app's named formats (lib/i18n/formats.ts). */
  formatter: ReturnType<typeof createFormatter>;
  /** A translation when the catalog has it, else the fallback (the raw value). */
  lookup: (key: string, fallback: string) => string;
  /** "—": an empty value. */
  empty: string;
  formatValue: (value: unknown, format?: Format) => string;
}

export function wordsOf(t: Translate, formatter: ReturnType<typeof createFormatter>): Words {
  const empty = t("history.emptyValue");
  const lookup = (key: string, fallback: string) => (t.has(key) ? t(key) : fallback);

  function formatAmount(value: unknown): string {
    const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
    if (!Number.isFinite(n)) return String(value);
    return formatter.number(n, "amount");
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
      if (ISO_DATE.test(value)) return formatDate(formatter, value);
      if (ISO_INSTANT.test(value)) {
        const instant = new Date(value);
        return Number.isNaN(instant.getTime()) ? value : formatDateTime(formatter, instant);
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

  return { t, formatter, lookup, empty, formatValue };
}
