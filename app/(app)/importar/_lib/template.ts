import "server-only";
import ExcelJS from "exceljs";
import enumsCatalog from "@/messages/es-AR/enums.json";
import type { ImportDefinition, ImportField } from "@/lib/import/definition";
import { getTranslations } from "@/lib/i18n/translations";

type SheetValidations = {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

const STEPS = [
  "steps.fill",
  "steps.examples",
  "steps.required",
  "steps.dates",
  "steps.id",
  "steps.limits",
] as const;

/**
 * Example rows of each table's template, by field key: sample data (not words of the UI), two
 * rows that show a complete record and one with only what is required.
 */
const EXAMPLES: Record<string, Record<string, string>[]> = {
  personas: [
    {
      name: "María Fernández",
      email: "maria.fernandez@example.com",
      phone: "+54 11 5555-0101",
      position: "Coordinadora de redes",
      department: "Secretaría General y de Relaciones Internacionales",
    },
    { name: "Juan Pérez", position: "Analista" },
  ],
  redes: [
    {
      name: "Red de Ciudades de Ejemplo",
      acronym: "RCE",
      kind: "Regional",
      membership: "Miembro",
      memberSince: "15/03/2018",
      headquarters: "Montevideo",
      founded: "1995",
      currency: "USD",
      annualFee: "1500,00",
      website: "https://example.org",
    },
    { name: "Foro Temático de Ejemplo", kind: "Temática", membership: "Observadora" },
  ],
  organos: [
    {
      network: "RCE",
      name: "Consejo de Ejemplo",
      kind: "Consejo",
      cadenceMonths: "12",
      usualMonth: "3",
    },
    { network: "RCE", name: "Comisión de Ejemplo", kind: "Comisión", parent: "Consejo de Ejemplo" },
  ],
  asignaciones: [
    {
      person: "maria.fernandez@example.com",
      network: "RCE",
      body: "Comisión de Ejemplo",
      role: "Punto focal",
      status: "Activa",
      startsOn: "01/04/2025",
      dedication: "4 horas semanales",
    },
    { person: "Juan Pérez", network: "RCE", thematicArea: "Cultura", startsOn: "01/06/2025" },
  ],
  compromisos: [
    {
      title: "Enviar el informe anual de la comisión",
      network: "RCE",
      owner: "maria.fernandez@example.com",
      status: "En curso",
      dueOn: "31/03/2026",
      body: "Comisión de Ejemplo",
    },
    { title: "Proponer una sede para el próximo encuentro", network: "RCE", owner: "Juan Pérez" },
  ],
  // One seat, two rows: its past term and its current one.
  cargos: [
    {
      title: "Vicepresidencia",
      kind: "Político",
      network: "RCE",
      body: "Consejo de Ejemplo",
      holder: "maria.fernandez@example.com",
      startsOn: "01/03/2020",
      endsOn: "28/02/2023",
    },
    {
      title: "Vicepresidencia",
      kind: "Político",
      network: "RCE",
      body: "Consejo de Ejemplo",
      holder: "Juan Pérez",
      startsOn: "01/03/2023",
    },
  ],
  reuniones: [
    {
      localStart: "12/03/2025 09:30",
      endsAt: "12/03/2025 13:00",
      timeZone: "America/Argentina/Buenos_Aires",
      title: "Consejo de Ejemplo",
      kind: "Consejo",
      status: "Confirmada",
      mode: "Presencial",
      network: "Red de Ciudades de Ejemplo",
      body: "Consejo de Ejemplo",
      city: "Buenos Aires",
      country: "Argentina",
      delegation: "maria.fernandez@example.com; Juan Pérez",
      attendees: "maria.fernandez@example.com",
    },
    {
      startsAt: "20/05/2025 10:00",
      endsAt: "20/05/2025 12:00",
      title: "Webinario de Ejemplo",
      kind: "Webinario",
      mode: "Virtual",
      network: "RCE",
    },
  ],
};

/** The column letter of a 1-based column number (A, B, … Z, AA …). */
function columnLetter(n: number): string {
  let out = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    out = String.fromCharCode(65 + ((rest - 1) % 26)) + out;
  }
  return out;
}

/** The labels an enumerated field accepts (its value list's words, as the export writes them). */
function allowedValues(field: ImportField, yes: string, no: string): string[] | null {
  if (field.type === "boolean") return [yes, no];
  if (!field.enumName) return null;
  const list = (enumsCatalog as Record<string, Record<string, string> | string>)[field.enumName];
  return list && typeof list === "object" ? Object.values(list) : null;
}

/**
 * The template of an importable table (/importar/<tabla>/plantilla): the data sheet named and
 * headed as the export writes it (the same column definitions, so the import's suggestion
 * matches every column), two example rows, a drop-down list on each enumerated column (kept on
 * a hidden "Listas" sheet, which the reader skips since it opens the first visible sheet), and
 * an "Instrucciones" sheet that says which columns are required and what they accept.
 */
export async function templateWorkbook(definition: ImportDefinition): Promise<Uint8Array<ArrayBuffer>> {
  const tExport = await getTranslations("export");
  const t = await getTranslations("importPages.template");
  const table = definition.table;
  const header = (key: string) => tExport(`columns.${table}.${key}` as never);
  const sheetName = tExport(`sheets.${table}` as never);
  const yes = tExport("yes");
  const no = tExport("no");

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Redes";
  const data = workbook.addWorksheet(sheetName, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  const instructions = workbook.addWorksheet(t("instructionsSheet"));
  const lists = workbook.addWorksheet(t("listsSheet"), { state: "hidden" });

  data.columns = definition.fields.map((f) => ({
    key: f.key,
    width: Math.max(14, header(f.key).length + 4),
  }));
  data.addRow(definition.fields.map((f) => header(f.key))).font = { bold: true };
  for (const example of EXAMPLES[table] ?? [])
    data.addRow(definition.fields.map((f) => example[f.key] ?? ""));

  definition.fields.forEach((field, i) => {
    const values = allowedValues(field, yes, no);
    if (!values?.length) return;
    const listColumn = columnLetter(lists.columnCount + 1);
    values.forEach((value, row) => (lists.getCell(`${listColumn}${row + 1}`).value = value));
    const letter = columnLetter(i + 1);
    // The whole column under the header, up to the import's row limit.
    // ExcelJS keeps a sheet's validations by range (its types leave the collection out).
    (data as unknown as SheetValidations).dataValidations.add(`${letter}2:${letter}20001`, {
      type: "list",
      allowBlank: !field.required,
      formulae: [`'${t("listsSheet")}'!$${listColumn}$1:$${listColumn}$${values.length}`],
      showErrorMessage: true,
    });
  });

  instructions.columns = [{ width: 36 }, { width: 14 }, { width: 60 }];
  instructions.addRow([t("heading", { table: sheetName })]).font = { bold: true, size: 14 };
  instructions.addRow([]);
  for (const step of STEPS) instructions.addRow([t(step, { sheet: sheetName })]);
  instructions.addRow([]);
  instructions.addRow([t("column"), "", ""]).font = { bold: true };
  for (const field of definition.fields) {
    const values = allowedValues(field, yes, no);
    instructions.addRow([
      header(field.key),
      field.required ? t("required") : t("optional"),
      values ? t("allowed", { values: values.join(", ") }) : "",
    ]);
  }

  return Uint8Array.from(new Uint8Array(await workbook.xlsx.writeBuffer()));
}
