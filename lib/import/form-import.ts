import "server-only";
import type { SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { PolicyAction } from "../auth/policy";
import type { Ctx } from "../context";
import { ok, ResultError, type Result } from "../result";
import { isUuid } from "../validation/fields";
import { failureErrors, type ValidationCatalog } from "./cell-errors";
import type { ImportDefinition, ImportField, RowOutcome } from "./definition";
import { rowReaders, type RowReader } from "./row-reader";
import { currentVersions, removeRecords } from "./undo-records";

/**
 * An importable table whose rows go through the record form's own commands (create, update),
 * each in a savepoint of the import's transaction: the same checks, the same audit events
 * (tagged with the import's id), and a row that fails leaves the others alone. Suited to the
 * tables a file holds tens or hundreds of rows of (networks, bodies, seats, meetings,
 * commitments, assignments); people, with thousands, write in bulk (tables/people.ts).
 *
 * A row is matched to a record by the export's id column when the file has it, else by the
 * table's natural key (a network's name or acronym, a body's name within its network…); two
 * rows of the file for the same record are an error on the second.
 */
export interface FormImport<Stored extends { id: string; version: number }, Lookups> {
  table: string;
  recordType: string;
  /** The policy action of the writes (shown tables and template downloads follow it). */
  action: PolicyAction;
  /** Whether a scoped importer (a head: own department) may use it; the commands check each row. */
  scoped?: boolean;
  fields: readonly ImportField[];
  readOnly: readonly string[];
  /** Reads the records a row may match and every name the rows may use, once per run. */
  load(tx: Db): Promise<{ records: Stored[]; lookups: Lookups }>;
  /**
   * The natural keys of the record a row names, tried in order: the first that finds records
   * decides (a network by its name, else by its acronym). None when the row names no record yet
   * (its key cells are empty). The first is also what two rows of the file may not share.
   */
  rowKeys(reader: RowReader, lookups: Lookups): readonly string[];
  recordKeys(record: Stored, lookups: Lookups): readonly string[];
  /** The field that carries the natural key, where a duplicate or ambiguous match is reported. */
  keyField: string;
  /** The record as its form would submit it now. */
  formOf(record: Stored): Record<string, unknown>;
  /** The form of a new record, before the row's cells. */
  newForm(): Record<string, unknown>;
  /** Writes the row's mapped cells into the form (through the reader: errors on their cells). */
  read(reader: RowReader, form: Record<string, unknown>, lookups: Lookups, match: Stored | null): void;
  /** Form field → import field, for the commands' field errors. */
  fieldOf: Record<string, string>;
  /** Where the commands' own error keys are (the form's messages). */
  catalog?: ValidationCatalog;
  /** Form fields compared as numbers when classifying a row as unchanged. */
  numeric?: readonly string[];
  create(ctx: Ctx, input: Record<string, unknown>): Promise<Result<{ id: string }>>;
  /** Makes a record this run created known to the later rows (a body named as a parent). */
  remember?(lookups: Lookups, form: Record<string, unknown>, id: string): void;
  /**
   * The cell error for a row the command refused on its record (a head's assignment of another
   * department's person), instead of the bare "not allowed".
   */
  refusal?: { field: string; key: string };
  update(ctx: Ctx, id: string, input: Record<string, unknown>): Promise<Result<unknown>>;
  /**
   * For the undo: the table's name and label column, and what makes a created record
   * impossible to remove (records that refer to it now), as a condition on `t.id`.
   */
  removal: { table: string; label: string; referenced?: SQL };
  /** Records the row also writes, beside the record (a meeting's delegation). */
  related?: RelatedRecords<Stored, Lookups, unknown>;
}

/**
 * Records a row writes beside its record through their own commands (a meeting's delegation):
 * their state counts in the row's comparison (unchanged only when it is the same too), is
 * written after the record in the row's savepoint (a failure leaves neither), and is put back
 * by the undo. States are compared as JSON, so their lists must be in a canonical order.
 */
export interface RelatedRecords<Stored, Lookups, State> {
  /** What the row asks for, through the reader; undefined when the file leaves it as it is. */
  read(reader: RowReader, lookups: Lookups, match: Stored | null): State | undefined;
  /** The record's state as loaded. */
  of(record: Stored): State;
  /** The record's state in the database now (after the row's write; at the undo). */
  current(tx: Db, recordId: string): Promise<State>;
  /** Makes the record's state the given one, through the domain's commands. */
  write(ctx: Ctx, recordId: string, state: State): Promise<Result<unknown>>;
}

// Where a row's `previous` keeps the related records' state: as they were, and as the import left
// them (an undo leaves a record whose related records changed since alone).
const RELATED_BEFORE = "$relatedBefore";
const RELATED_AFTER = "$relatedAfter";

/** Whether two states are the same, whatever the order of their keys (jsonb reorders them). */
const sameState = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const canonical = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );

/** Whether the form built from the row asks for any change (lists compared as sets). */
export function sameForm(
  input: Record<string, unknown>,
  current: Record<string, unknown>,
  numeric: readonly string[],
) {
  return Object.keys(current).every((k) => {
    const a = input[k];
    const b = current[k];
    if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join() === [...b].sort().join();
    if (numeric.includes(k)) return Number(a || NaN) === Number(b || NaN) || a === b;
    return (a ?? "") === (b ?? "");
  });
}

/** The version a command's result left its record at (1 when it does not say). */
export const versionOf = (data: unknown): number =>
  data && typeof data === "object" && "version" in data ? Number(data.version) : 1;

/** Runs a row's writes (in a savepoint of their own if asked): a command's refusal is the result. */
async function refusable<T>(
  rowCtx: Ctx,
  savepoint: boolean,
  attempt: (ctx: Ctx) => Promise<T>,
): Promise<Result<T>> {
  try {
    return ok(
      savepoint ? await rowCtx.db.transaction((sp) => attempt({ ...rowCtx, db: sp })) : await attempt(rowCtx),
    );
  } catch (error) {
    if (error instanceof ResultError) return error.failure;
    throw error;
  }
}

/**
 * Writes a row: the record through its command (`input` null when its form asks no change), then
 * its related records, in one savepoint when there are related records so that a refusal of
 * theirs leaves the record as it was too.
 */
async function writeRow<Stored extends { id: string; version: number }, Lookups>(
  spec: FormImport<Stored, Lookups>,
  rowCtx: Ctx,
  match: Stored | null,
  input: Record<string, unknown> | null,
  wanted: unknown,
): Promise<Result<{ id: string; version: number; after?: unknown }>> {
  const attempt = async (ctx: Ctx) => {
    const result = !input
      ? null
      : match
        ? await spec.update(ctx, match.id, { ...input, version: match.version })
        : await spec.create(ctx, input);
    if (result && !result.ok) throw new ResultError(result);
    const id = match?.id ?? (result!.data as { id: string }).id;
    const version = result ? versionOf(result.data) : match!.version;
    if (!spec.related) return { id, version };
    if (wanted !== undefined) {
      const related = await spec.related.write(ctx, id, wanted);
      if (!related.ok) throw new ResultError(related);
    }
    return { id, version, after: await spec.related.current(ctx.db, id) };
  };
  return await refusable(rowCtx, spec.related !== undefined, attempt);
}

/** Gives an updated record its previous form back, and its related records their state. */
async function restore<Stored extends { id: string; version: number }, Lookups>(
  spec: FormImport<Stored, Lookups>,
  rowCtx: Ctx,
  id: string,
  form: Record<string, unknown>,
  version: number,
  relatedBefore: unknown,
): Promise<boolean> {
  const attempt = async (ctx: Ctx) => {
    // No form when the import wrote only the related records.
    if (Object.keys(form).length) {
      const result = await spec.update(ctx, id, { ...form, version });
      if (!result.ok) throw new ResultError(result);
    }
    if (spec.related && relatedBefore !== undefined) {
      const related = await spec.related.write(ctx, id, relatedBefore);
      if (!related.ok) throw new ResultError(related);
    }
  };
  return (await refusable(rowCtx, spec.related !== undefined, attempt)).ok;
}

export function defineFormImport<Stored extends { id: string; version: number }, Lookups>(
  spec: FormImport<Stored, Lookups>,
): ImportDefinition {
  return {
    table: spec.table,
    recordType: spec.recordType,
    action: spec.action,
    scoped: spec.scoped ?? false,
    fields: spec.fields,
    readOnly: spec.readOnly,

    async run(scope, rows) {
      const { tx, ctx } = scope;
      const rowCtx: Ctx = { db: tx, actor: ctx.actor, auditTag: { importId: scope.importId } };
      const { records, lookups } = await spec.load(tx);
      const byId = new Map(records.map((r) => [r.id, r]));
      const byKey = new Map<string, Stored[]>();
      for (const r of records)
        for (const key of new Set(spec.recordKeys(r, lookups)))
          byKey.set(key, [...(byKey.get(key) ?? []), r]);
      const readerOf = rowReaders(rows, scope.options.dateFormat);
      const seen = new Map<string, number>();
      const outcomes: RowOutcome[] = [];
      let done = 0;

      for (const row of rows) {
        const reader = readerOf(row);
        let match: Stored | null = null;
        const idText = reader.text("id");
        const keys = spec.rowKeys(reader, lookups);
        const key = keys[0] ?? null;
        if (idText) {
          const id = idText.toLowerCase();
          match = isUuid(id) ? (byId.get(id) ?? null) : null;
          if (!match) reader.error("id", "unknownRecordId", { value: idText });
        } else {
          const candidates = keys.map((k) => byKey.get(k) ?? []).find((c) => c.length) ?? [];
          if (candidates.length > 1)
            reader.error(spec.keyField, "ambiguousRecord", {
              value: reader.text(spec.keyField) ?? "",
              count: candidates.length,
            });
          match = candidates.length === 1 ? candidates[0]! : null;
        }
        const seenKey = match?.id ?? key;
        if (seenKey !== null) {
          const earlier = seen.get(seenKey);
          if (earlier !== undefined) reader.error(spec.keyField, "duplicateRecord", { line: earlier });
          else seen.set(seenKey, row.line);
        }
        const input = match ? spec.formOf(match) : spec.newForm();
        spec.read(reader, input, lookups, match);
        const wanted = spec.related?.read(reader, lookups, match);

        if (reader.errors.length) {
          outcomes.push({
            line: row.line,
            status: "error",
            recordId: match?.id ?? null,
            errors: reader.errors,
          });
          scope.progress(++done);
          continue;
        }
        const formSame = match !== null && sameForm(input, spec.formOf(match), spec.numeric ?? []);
        const relatedSame =
          wanted === undefined || (match !== null && sameState(wanted, spec.related!.of(match)));
        if (match && formSame && relatedSame) {
          outcomes.push({ line: row.line, status: "unchanged", recordId: match.id });
        } else {
          const written = await writeRow(spec, rowCtx, match, formSame ? null : input, wanted);
          if (!written.ok) {
            outcomes.push({
              line: row.line,
              status: "error",
              recordId: match?.id ?? null,
              errors: failureErrors(written, spec.fieldOf, spec.catalog, spec.refusal),
            });
          } else {
            if (!match) spec.remember?.(lookups, input, written.data.id);
            const related = spec.related
              ? {
                  [RELATED_AFTER]: written.data.after,
                  ...(match ? { [RELATED_BEFORE]: spec.related.of(match) } : {}),
                }
              : null;
            outcomes.push({
              line: row.line,
              status: match ? "update" : "new",
              recordId: written.data.id,
              // What the import replaced: the form only when it wrote it.
              previous: match ? { ...(formSame ? {} : spec.formOf(match)), ...related } : related,
              writtenVersion: written.data.version,
            });
          }
        }
        scope.progress(++done);
      }
      return outcomes;
    },

    /**
     * Removes the records the import created and gives the updated ones their previous form
     * back (through the update command), except records edited since — or, for a created one,
     * that other records refer to now (removing it would take them along).
     */
    async undo(scope, rows) {
      const { tx, ctx, importId } = scope;
      const rowCtx: Ctx = { db: tx, actor: ctx.actor, auditTag: { importId } };
      const versions = new Map(
        (
          await currentVersions(
            tx,
            spec.removal.table,
            rows.map((r) => r.recordId),
          )
        ).map((c) => [c.id, Number(c.version)]),
      );
      const kept: { line: number; recordId: string }[] = [];
      let removed = 0;
      let restored = 0;
      // Last row first: a record the file created after another (a committee under the council
      // created on an earlier row) is removed before the one it refers to is checked.
      for (const row of [...rows].reverse()) {
        const version = versions.get(row.recordId);
        if (version === undefined) continue;
        const {
          [RELATED_BEFORE]: relatedBefore,
          [RELATED_AFTER]: relatedAfter,
          ...previous
        } = row.previous ?? {};
        const relatedChanged =
          spec.related !== undefined &&
          relatedAfter !== undefined &&
          !sameState(await spec.related.current(tx, row.recordId), relatedAfter);
        if (version !== row.writtenVersion || relatedChanged) {
          kept.push({ line: row.line, recordId: row.recordId });
        } else if (row.status === "new") {
          // Removed unless other records refer to it now (removing it would take them along).
          const gone = await removeRecords(scope, { ...spec.removal, recordType: spec.recordType }, [
            row.recordId,
          ]);
          if (gone) removed += 1;
          else kept.push({ line: row.line, recordId: row.recordId });
        } else if (await restore(spec, rowCtx, row.recordId, previous, version, relatedBefore)) {
          restored += 1;
        } else {
          kept.push({ line: row.line, recordId: row.recordId });
        }
      }
      kept.sort((x, y) => x.line - y.line);
      return { removed, restored, kept };
    },
  };
}
