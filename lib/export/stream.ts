import { recordAudit } from "../audit";
import { denied } from "../auth/authorize";
import type { Ctx } from "../context";
import { todayInBuenosAires } from "../dates";
import { fail, ok, ResultError, type Result } from "../result";
import type { SearchParams } from "../url";
import { runWrite } from "../write";
import { csvHeader, csvRows } from "./csv";
import { exportTable } from "./registry";
import type { AnyExportTable, Cursor, ExportFormat, ExportLabels } from "./types";
import { xlsxWriter } from "./xlsx";

/** Rows read per query: the most an export holds in memory at once. */
export const EXPORT_BATCH_SIZE = 1000;

export interface PreparedExport {
  table: AnyExportTable;
  params: unknown;
  format: ExportFormat;
  /** The filters in force, with names, as the audit event records them. */
  filters: Record<string, string>;
  fileName: string;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Everything an export needs before its first byte: the table, the list's read policy (nobody
 * exports what they cannot read: refused before anything is streamed), the URL parameters
 * parsed as the list page parses them, and the filters by name for the audit event.
 */
export async function prepareExport(
  ctx: Ctx,
  tableName: string,
  format: ExportFormat,
  searchParams: SearchParams,
  today: string = todayInBuenosAires(),
): Promise<Result<PreparedExport>> {
  const table = exportTable(tableName);
  if (!table) return fail("NOT_FOUND");
  const refusal = denied(ctx.actor, table.action);
  if (refusal) return refusal;
  try {
    const params = table.parse(searchParams);
    const filters = await table.describeFilters(ctx, params);
    return ok({ table, params, format, filters, fileName: `${table.name}-${today}.${format}` });
  } catch (error) {
    if (error instanceof ResultError) return error.failure;
    throw error;
  }
}

/** Every row of the export, one keyset batch at a time. */
async function* batches(ctx: Ctx, prepared: PreparedExport, size: number) {
  let after: Cursor | null = null;
  do {
    const batch = await prepared.table.batch(ctx, prepared.params, after, size);
    if (batch.rows.length) yield batch.rows;
    after = batch.next;
  } while (after);
}

export interface ExportOptions {
  batchSize?: number;
  /** Called with each batch's size (tests watch the batching with it). */
  onBatch?: (rows: number) => void;
}

/**
 * The file as a stream of bytes, produced as the reader asks for it: each pull reads the next
 * batch from the database and writes it, so a slow download holds one batch, not the table.
 * When the last byte is out, the export is recorded in the audit log ("export.<table>": who,
 * the format, the filters by name, the row count); a download broken off (or failing) is
 * recorded too, with the rows sent so far and `completed: false`.
 */
export function exportStream(
  ctx: Ctx,
  prepared: PreparedExport,
  labels: ExportLabels,
  options: ExportOptions = {},
): ReadableStream<Uint8Array> {
  const size = options.batchSize ?? EXPORT_BATCH_SIZE;
  const { table } = prepared;
  const encoder = new TextEncoder();
  let rows = 0;
  let completed = false;
  let audited = false;

  const audit = async (error?: unknown) => {
    if (audited) return;
    audited = true;
    const result = await runWrite(ctx, (tx) =>
      recordAudit(tx, ctx.actor, {
        action: `export.${table.audit}`,
        metadata: {
          table: table.name,
          format: prepared.format,
          filters: prepared.filters,
          rows,
          completed,
          ...(error ? { error: true } : {}),
        },
      }),
    );
    if (!result.ok) console.error("[redes] export audit failed:", result.code);
  };

  async function* csv(): AsyncGenerator<Uint8Array> {
    yield encoder.encode(csvHeader(table.name, table.columns, labels));
    for await (const batch of batches(ctx, prepared, size)) {
      options.onBatch?.(batch.length);
      rows += batch.length;
      yield encoder.encode(csvRows(batch, table.columns, labels));
    }
  }

  async function* xlsx(): AsyncGenerator<Uint8Array> {
    const writer = xlsxWriter(table.name, table.columns, labels);
    const producer = (async () => {
      for await (const batch of batches(ctx, prepared, size)) {
        options.onBatch?.(batch.length);
        await writer.write(batch);
        rows += batch.length;
      }
      await writer.finish();
    })();
    producer.catch((error) => writer.abort(error));
    for await (const chunk of writer.bytes) yield chunk as Uint8Array;
    await producer;
  }

  const chunks = prepared.format === "csv" ? csv() : xlsx();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) {
            completed = true;
            await audit();
            controller.close();
          } else {
            controller.enqueue(next.value);
          }
        } catch (error) {
          console.error("[redes] export failed:", error);
          await audit(error);
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined);
        await audit();
      },
    },
    { highWaterMark: 0 },
  );
}
