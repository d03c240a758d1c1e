import { sql } from "drizzle-orm";
import {
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { id } from "./columns";
import { users } from "./users";

// Spreadsheet imports (lib/import): a job per uploaded file, and one row per data line of the
// file with what validation or the commit found for it. Jobs are not area data: no kept figure
// reads them (they stay out of the data version's triggers, migration 0013).

export const IMPORT_STATES = [
  "uploaded",
  "validating",
  "validated",
  "importing",
  "done",
  "failed",
  "undone",
] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

export const IMPORT_ROW_STATUSES = ["new", "update", "unchanged", "error", "skipped"] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  // postgres.js answers a Buffer and PGlite a Uint8Array: both are Uint8Arrays.
  fromDriver: (value) => new Uint8Array(value),
});

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/**
 * One upload and its life: the file's bytes (kept so validation can run again after the
 * columns are matched differently), the mapping and options in force, the counts of the last
 * validation or of the commit, and the state. `heartbeat_at` is stamped when validation or the
 * commit starts; a job left validating/importing long after it is a run that died.
 */
export const importJobs = pgTable(
  "import_jobs",
  {
    id: id(),
    /** The import definition's name: "personas", "redes". */
    tableName: text("table_name").notNull(),
    fileName: text("file_name").notNull(),
    fileSha256: text("file_sha256").notNull(),
    fileSize: integer("file_size").notNull(),
    file: bytea("file").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    state: text("state").$type<ImportState>().notNull().default("uploaded"),
    /** Field → column index of the sheet, plus the header line (lib/import/mapping.ts). */
    mapping: jsonb("mapping"),
    /** Mode, date format, whether new departments may be created (lib/import/jobs.ts). */
    options: jsonb("options"),
    /** The sheet's header names as read, for the column-matching step and remembered mappings. */
    headers: jsonb("headers"),
    rowsTotal: integer("rows_total").notNull().default(0),
    createdCount: integer("created_count").notNull().default(0),
    updatedCount: integer("updated_count").notNull().default(0),
    unchangedCount: integer("unchanged_count").notNull().default(0),
    skippedCount: integer("skipped_count").notNull().default(0),
    errorCount: integer("error_count").notNull().default(0),
    rowsDone: integer("rows_done").notNull().default(0),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }),
    error: text("error"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The history, newest first; a user's own jobs (and their remembered mapping) by table.
    index("import_jobs_created_idx").on(t.createdAt.desc()),
    index("import_jobs_uploader_idx").on(t.uploadedBy, t.tableName, t.createdAt.desc()),
    // failStuckImports' scan: only the running ones.
    index("import_jobs_running_idx")
      .on(t.heartbeatAt)
      .where(sql`${t.state} IN ('validating', 'importing')`),
    check("import_jobs_state", sql`${t.state} IN (${inList(IMPORT_STATES)})`),
  ],
);

/**
 * What the last run found for each data line: its status, the record it matched or created,
 * its errors (cell by cell, as catalog keys), and for the undo the values it replaced and the
 * version it left the record at (a record whose version moved since was edited by someone).
 */
export const importRows = pgTable(
  "import_rows",
  {
    jobId: uuid("job_id")
      .notNull()
      .references(() => importJobs.id, { onDelete: "cascade" }),
    line: integer("line").notNull(),
    status: text("status").$type<ImportRowStatus>().notNull(),
    recordId: uuid("record_id"),
    /** The line's cells as text, every column of the sheet (the preview and the problem rows). */
    cells: jsonb("cells"),
    errors: jsonb("errors"),
    /** The record's values before the commit changed them (updates only). */
    previous: jsonb("previous"),
    /** The record's version right after the commit wrote it. */
    writtenVersion: integer("written_version"),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.line] }),
    // The preview's pages, all rows or only those with errors, in line order.
    index("import_rows_status_idx").on(t.jobId, t.status, t.line),
    check("import_rows_status", sql`${t.status} IN (${inList(IMPORT_ROW_STATUSES)})`),
  ],
);
