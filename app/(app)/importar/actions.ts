"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { actionCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import type { FormState } from "@/lib/form-state";
import { authorizeImports } from "@/lib/import/access";
import { commitImportJob, createImportJob, validateImportJob } from "@/lib/import/jobs";
import { readSpreadsheet, TEXT_ENCODINGS } from "@/lib/import/read";
import { DATE_FORMATS } from "@/lib/import/read/values";
import { delimiterOf, SEPARATOR_NAMES } from "@/lib/import/reading-choices";
import { IMPORT_TABLE_NAMES } from "@/lib/import/registry";
import { undoImport } from "@/lib/import/undo";
import { fail, ResultError } from "@/lib/result";
import { versionField } from "@/lib/validation/fields";
import { runAfterResponse } from "./_lib/background";
import { jobForAction } from "./_lib/job-access";
import { sheetSource } from "./_lib/read";

// The import's server actions (public endpoints, each validated here and authorized in lib/):
// upload a file, validate it with the columns matched, commit it, undo it. Validation and the
// commit run after the response; the job's page follows them.

const jobPage = (id: string, query = "") => `/importar/${id}${query ? `?${query}` : ""}`;
const errorQuery = (code: string) => `estado=error&codigo=${code}`;
/** The version the run starts from and when: the page follows the job until it moves. */
const started = (version: number) => `desde=${version}&en=${Date.now()}`;

const uploadSchema = z.object({
  table: z.enum(IMPORT_TABLE_NAMES),
  file: z.instanceof(File).refine((f) => f.size > 0 && f.name.length > 0),
});

/** The upload: the file is read first (refusals next to the field, nothing kept), then the job made. */
export async function uploadImportAction(prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await actionCtx();
  const next = prev.submission + 1;
  if (!ctx) return { ...fail("UNAUTHENTICATED"), submission: next };
  // A role that may not import is refused whatever it sent, before its input is looked at.
  try {
    authorizeImports(ctx.actor, "import.run");
  } catch (error) {
    if (error instanceof ResultError) return { ...error.failure, submission: next };
    throw error;
  }
  const parsed = uploadSchema.safeParse({ table: formData.get("table"), file: formData.get("file") });
  if (!parsed.success) {
    return { ...fail("VALIDATION", { file: ["importPages.upload.fileRequired"] }), submission: next };
  }
  const { table, file } = parsed.data;
  const bytes = new Uint8Array(await file.arrayBuffer());
  // A role that may not import is refused (and audited) by the command, before any reading.
  if (can(ctx.actor, "import.run", { departmentId: ctx.actor.departmentId })) {
    const read = await readSpreadsheet(bytes, file.name);
    if (!read.ok) {
      return { ...fail("VALIDATION", { file: [`importPages.refusals.${read.code}`] }), submission: next };
    }
  }
  const created = await createImportJob(ctx, { table, fileName: file.name.slice(0, 255), bytes });
  if (!created.ok) {
    const { savedBy: _savedBy, ...failure } = created;
    void _savedBy;
    return { ...failure, submission: next };
  }
  revalidatePath("/importar/historial");
  redirect(jobPage(created.data.id));
}

/** A select's value, or nothing when it is empty (detected, the first sheet). */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

const validateSchema = z.object({
  version: versionField,
  headerLine: z.coerce.number().int().min(1).max(1000).default(1),
  /** How the file is read: absent choices are detected (a CSV) or the first sheet (a workbook). */
  sheet: optional(z.string().max(255)),
  encoding: optional(z.enum(TEXT_ENCODINGS)),
  separator: optional(z.enum(SEPARATOR_NAMES)),
  dateFormat: z.enum(DATE_FORMATS).default("dmy"),
  createDepartments: z.preprocess((v) => v === "on" || v === "1", z.boolean()),
  /** Sent once the columns were shown: without it the engine suggests the mapping. */
  matched: z.preprocess((v) => v === "1", z.boolean()),
});

/** The columns as chosen: `field.<key>` = the column's index, "" for none. */
function chosenColumns(formData: FormData): Record<string, number> {
  const columns: Record<string, number> = {};
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith("field.") || typeof value !== "string" || value === "") continue;
    const index = Number(value);
    if (Number.isInteger(index) && index >= 0 && index <= 500) columns[name.slice(6)] = index;
  }
  return columns;
}

/** "Validar": the import run and rolled back, after the response; the page shows its progress. */
export async function validateImportAction(jobId: string, formData: FormData): Promise<never> {
  const ctx = await actionCtx();
  const job = await jobForAction(ctx, jobId, "import.run");
  if (!job.ok) redirect(jobPage(jobId, errorQuery(job.code)));
  const parsed = validateSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(jobPage(jobId, errorQuery("VALIDATION")));
  const { version, headerLine, sheet, encoding, separator, dateFormat, createDepartments, matched } =
    parsed.data;
  const input = {
    version,
    headerLine,
    createDepartments,
    dateFormat,
    read: {
      ...(sheet ? { sheet } : {}),
      ...(encoding ? { encoding } : {}),
      ...(separator ? { delimiter: delimiterOf(separator) } : {}),
    },
    ...(matched ? { columns: chosenColumns(formData) } : {}),
  };
  runAfterResponse(() => validateImportJob(ctx!, jobId, input, sheetSource()));
  // The choices are on the job now: the page shows them from there, not from its URL.
  redirect(jobPage(jobId, `estado=validando&${started(version)}`));
}

const commitSchema = z.object({
  version: versionField,
  mode: z.enum(["all-or-nothing", "skip-errors"]),
});

/**
 * "Importar": the validated job's run, kept, after the response. A job that is not validated at
 * the version the user saw (already imported, a second click, validated again elsewhere) is
 * refused here with the engine's own answer to a second commit. The file is read as validation
 * read it (the options stored on the job), whatever the form or the URL says.
 */
export async function commitImportAction(jobId: string, formData: FormData): Promise<never> {
  const ctx = await actionCtx();
  const job = await jobForAction(ctx, jobId, "import.run");
  if (!job.ok) redirect(jobPage(jobId, errorQuery(job.code)));
  const parsed = commitSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(jobPage(jobId, errorQuery("VALIDATION")));
  const { version, mode } = parsed.data;
  if (job.data.state !== "validated" || job.data.version !== version) {
    redirect(jobPage(jobId, errorQuery("CONFLICT")));
  }
  runAfterResponse(() => commitImportJob(ctx!, jobId, { version, mode }, sheetSource()));
  revalidatePath("/importar/historial");
  redirect(jobPage(jobId, `estado=importando&${started(version)}`));
}

/**
 * "Deshacer" (after its confirmation): one transaction in lib/. The records kept because they
 * were edited since come back to the page in its URL, to be listed and linked.
 */
export async function undoImportAction(jobId: string, formData: FormData): Promise<never> {
  const ctx = await actionCtx();
  if (!ctx) redirect(jobPage(jobId, errorQuery("UNAUTHENTICATED")));
  const result = await undoImport(ctx, jobId, formData);
  revalidatePath("/importar/historial");
  if (!result.ok) redirect(jobPage(jobId, errorQuery(result.code)));
  const kept = result.data.kept.slice(0, 50).map((k) => `conservada=${k.recordId}`);
  redirect(jobPage(jobId, ["estado=deshecha", ...kept].join("&")));
}
