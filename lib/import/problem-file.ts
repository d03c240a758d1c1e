import "server-only";
import type { Ctx } from "../context";
import { csvHeader, csvRows } from "../export/csv";
import type { ExportColumn, ExportFormat, ExportLabels } from "../export/types";
import { xlsxWriter } from "../export/xlsx";
import type { importLabels } from "./labels";
import { problemRows } from "./queries";

/** The words of the problem-rows file: the extra columns' headers and the messages (labels.ts). */
type ProblemLabels = Awaited<ReturnType<typeof importLabels>>;

type ProblemRow = string[];

/**
 * The file's columns, from its header row: the line number (a number in XLSX), the upload's own
 * columns as text, and the messages. The header row is the writer's, so it is taken off the rows.
 */
function problemColumns(header: ProblemRow): ExportColumn<ProblemRow>[] {
  const last = header.length - 1;
  return header.map((title, i) => ({
    key: String(i),
    type: i === 0 ? "integer" : "text",
    width: i === last ? 60 : Math.min(40, Math.max(8, title.length + 2)),
    value: (row) => (row[i] ? (i === 0 ? Number(row[i]) : row[i]) : null),
  }));
}

/** Collects a stream of bytes into one array. */
async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * The rows to fix, as a file written by the export's own writers (lib/export/csv.ts,
 * lib/export/xlsx.ts): the same CSV dialect (";", CRLF, a BOM), the same formula guard, and a
 * real spreadsheet with a bold, frozen header row. `problemRows` reads them in batches; at most
 * MAX_IMPORT_ROWS of them, so the file is made whole. Null when the job is not the actor's.
 */
export async function problemFile(
  ctx: Ctx,
  jobId: string,
  format: ExportFormat,
  labels: ProblemLabels,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const rows = problemRows(ctx, jobId, labels.message, labels);
  const first = await rows.next();
  if (first.done) return null;
  const columns = problemColumns(first.value);
  const words: ExportLabels = {
    header: (_table, key) => first.value[Number(key)] ?? "",
    enumValue: (_name, value) => value,
    yes: "",
    no: "",
    sheet: () => labels.errors,
  };
  if (format === "csv") {
    let text = csvHeader("", columns, words);
    for await (const row of rows) text += csvRows([row], columns, words);
    return new TextEncoder().encode(text);
  }
  const writer = xlsxWriter("", columns, words);
  const bytes = collect(writer.bytes);
  try {
    const batch: ProblemRow[] = [];
    for await (const row of rows) {
      batch.push(row);
      if (batch.length === 1000) await writer.write(batch.splice(0));
    }
    await writer.write(batch);
    await writer.finish();
  } catch (error) {
    writer.abort(error);
  }
  return bytes;
}
