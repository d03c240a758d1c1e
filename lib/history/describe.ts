import { createFormatter, createTranslator } from "next-intl";
import { formats } from "../i18n/formats";
import enumsCatalog from "@/messages/es-AR/enums.json";
import historyCatalog from "@/messages/es-AR/history.json";
import { DEFAULT_LOCALE, DISPLAY_TIME_ZONE } from "../i18n/config";
import { changesOf, fieldLabel } from "./describe/changes";
import { notesOf } from "./describe/notes";
import { recordNameOf } from "./describe/record-name";
import { wordsOf, type Translate } from "./describe/values";

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

/** The describer for a catalog and locale: its parts live in ./describe/ (values, changes, notes, record names). */
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
  const formatter = createFormatter({ locale, timeZone: DISPLAY_TIME_ZONE, formats, onError: () => {} });
  const words = wordsOf(t, formatter);
  const fields = messages.history.fields as Record<string, Record<string, string>>;

  function actionLabel(action: string): string {
    const dot = action.indexOf(".");
    if (dot <= 0) return action;
    // The catalog nests by prefix (network → create); a dotted key would be read as a path.
    return words.lookup(`history.actions.${action.slice(0, dot)}.${action.slice(dot + 1)}`, action);
  }

  function entityTypeLabel(entityType: string | null): string {
    if (!entityType) return words.empty;
    return words.lookup(`history.entityTypes.${entityType}`, entityType);
  }

  /** The whole event in words. Never throws on unexpected shapes. */
  function describe(event: AuditEventLike): DescribedEvent {
    const { mode, changes } = changesOf(words, fields, event.entityType, event.before, event.after);
    return {
      actionLabel: actionLabel(event.action),
      mode,
      changes,
      notes: notesOf(words, event.action, event.metadata),
    };
  }

  return {
    describe,
    recordName: recordNameOf,
    actionLabel,
    entityTypeLabel,
    fieldLabel: (entityType: string | null, field: string) => fieldLabel(words, entityType, field),
    formatValue: words.formatValue,
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
