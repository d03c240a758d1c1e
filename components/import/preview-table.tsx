import { columnsOf, type DataColumn } from "@/components/data-table/columns";
import { DataTable, type ListState } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/data-table/states";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ImportRowStatus } from "@/db/schema/imports";
import type { CellError } from "@/lib/import/definition";
import type { ErrorMessage, ImportRowView } from "@/lib/import/queries";
import { getTranslations } from "@/lib/i18n/translations";

type PreviewRow = ImportRowView & { id: string };

const TONES: Record<ImportRowStatus, BadgeTone> = {
  new: "green",
  update: "blue",
  unchanged: "neutral",
  error: "red",
  skipped: "amber",
};

function Errors({ errors, message }: { errors: CellError[]; message: ErrorMessage }) {
  if (!errors.length) return null;
  return (
    <ul className="mt-1 text-xs font-medium text-red-800">
      {errors.map((e, i) => (
        <li key={i}>{message(e.key, e.values)}</li>
      ))}
    </ul>
  );
}

/**
 * The preview's (and the report's) page of rows: the line, what happens to it, and the file's
 * cells, each with the errors of the field read from its column written under it; errors of
 * the row as a whole (or of a field with no column) go with its result.
 */
export async function PreviewTable({
  rows,
  list,
  headers,
  columns: mapping,
  message,
  recordHref,
  onlyErrors,
  committed,
}: {
  rows: ImportRowView[];
  list: ListState;
  headers: (string | null)[];
  /** Field → column index of the job's mapping. */
  columns: Record<string, number>;
  message: ErrorMessage;
  recordHref: (id: string) => string;
  onlyErrors: boolean;
  /** The import was committed: a new row's record exists (in a preview it was rolled back). */
  committed: boolean;
}) {
  const t = await getTranslations("importPages.preview");
  const fieldAt = new Map<number, string[]>();
  for (const [field, index] of Object.entries(mapping))
    fieldAt.set(index, [...(fieldAt.get(index) ?? []), field]);
  const mapped = new Set(Object.keys(mapping));
  const col = columnsOf<PreviewRow>();
  const cellColumns: DataColumn<PreviewRow>[] = headers.map((header, index) =>
    col.display({
      id: `c${index}`,
      meta: { label: header || `#${index + 1}`, hideOnNarrow: !fieldAt.has(index) },
      cell: ({ row: { original } }) => {
        const fields = fieldAt.get(index) ?? [];
        const errors = original.errors.filter((e) => e.field && fields.includes(e.field));
        return (
          <div className={errors.length ? "rounded bg-red-50 px-1" : undefined}>
            <span>{original.cells[index] ?? ""}</span>
            <Errors errors={errors} message={message} />
          </div>
        );
      },
    }),
  );
  const columns: DataColumn<PreviewRow>[] = [
    col.accessor("line", { meta: { label: t("line"), rowHeader: true, alwaysVisible: true, align: "end" } }),
    col.accessor("status", {
      meta: { label: t("status"), alwaysVisible: true },
      cell: ({ row: { original } }) => (
        <>
          <Badge tone={TONES[original.status]}>{t(`rowStatus.${original.status}`)}</Badge>
          {original.recordId &&
          (committed ? original.status !== "skipped" : original.status !== "new") &&
          original.status !== "error" ? (
            <a href={recordHref(original.recordId)} className="ml-2 inline-block py-1 text-sm">
              {t("record")}
              <span className="sr-only">
                {" "}
                ({t("line")} {original.line})
              </span>
            </a>
          ) : null}
          <Errors
            errors={original.errors.filter((e) => !e.field || !mapped.has(e.field))}
            message={message}
          />
        </>
      ),
    }),
    ...cellColumns,
  ];
  return (
    <DataTable
      listKey="import-preview"
      caption={t("tableCaption")}
      columns={columns}
      rows={rows.map((r) => ({ ...r, id: String(r.line) }))}
      list={list}
      columnMenu={false}
      rowData={(r) => ({ status: r.status })}
      empty={
        <EmptyState title={t("emptyTitle")}>{onlyErrors ? t("emptyErrors") : t("emptyNone")}</EmptyState>
      }
    />
  );
}
