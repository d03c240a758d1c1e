import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { getTranslations } from "@/lib/i18n/translations";

/** The column letter of a 0-based index (A, B, … Z, AA …), as a spreadsheet names it. */
function letterOf(index: number): string {
  let out = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export interface MappingStepProps {
  pathname: string;
  version: number;
  sheets: string[];
  sheet: string | undefined;
  headerLine: number;
  headers: (string | null)[];
  fields: { key: string; label: string; required: boolean }[];
  /** Field → column index preselected: the job's own mapping, else the suggestion. */
  selected: Record<string, number>;
  unmatched: { index: number; header: string }[];
  readOnly: { index: number; header: string }[];
  /** Offered only for tables with a department column; null otherwise. */
  createDepartments: boolean | null;
  validated: boolean;
  action: (formData: FormData) => Promise<void>;
}

/**
 * Step 1: which sheet, which line holds the headers (plain GET forms: they change the page's
 * URL, nothing is kept), then a select per field with the suggested column preselected, the
 * columns that will be ignored, the options, and "Validar".
 */
export async function MappingStep(props: MappingStepProps) {
  const t = await getTranslations("importPages.mapping");
  const { headers, fields, selected } = props;
  const columnLabel = (index: number) =>
    t("column", { letter: letterOf(index), header: headers[index] ?? "" });
  return (
    <section aria-labelledby="import-mapping" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="import-mapping" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>

      <div className="mt-4 flex flex-wrap items-end gap-6">
        {props.sheets.length > 1 ? (
          <Form action={props.pathname} className="flex items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor="import-sheet" className="text-sm font-semibold">
                {t("sheet")}
              </label>
              <p id="import-sheet-hint" className="text-xs text-muted">
                {t("sheetHint")}
              </p>
              <select
                id="import-sheet"
                name="sheet"
                aria-describedby="import-sheet-hint"
                defaultValue={props.sheet ?? props.sheets[0]}
                className={inputClass}
              >
                {props.sheets.map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
            </div>
            <Button type="submit" variant="secondary">
              {t("changeSheet")}
            </Button>
          </Form>
        ) : null}
        <Form action={props.pathname} className="flex items-end gap-2">
          {props.sheet ? <input type="hidden" name="sheet" value={props.sheet} /> : null}
          <div className="flex flex-col gap-1">
            <label htmlFor="import-header-line" className="text-sm font-semibold">
              {t("headerLine")}
            </label>
            <p id="import-header-line-hint" className="text-xs text-muted">
              {t("headerLineHint")}
            </p>
            <input
              id="import-header-line"
              name="header"
              type="number"
              min={1}
              max={1000}
              defaultValue={props.headerLine}
              aria-describedby="import-header-line-hint"
              className={`${inputClass} w-28`}
            />
          </div>
          <Button type="submit" variant="secondary">
            {t("changeHeaderLine")}
          </Button>
        </Form>
      </div>

      <form action={props.action} className="mt-6 flex flex-col gap-4">
        <input type="hidden" name="version" value={props.version} />
        <input type="hidden" name="headerLine" value={props.headerLine} />
        <input type="hidden" name="matched" value="1" />
        {props.sheet ? <input type="hidden" name="sheet" value={props.sheet} /> : null}
        {headers.every((h) => !h) ? (
          <p className="text-sm font-semibold text-red-800">{t("noHeaders")}</p>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {fields.map((field) => (
            <div key={field.key} className="flex flex-col gap-1">
              <label htmlFor={`import-field-${field.key}`} className="text-sm font-semibold">
                {field.label}
                {field.required ? (
                  <span aria-hidden="true" className="text-red-700">
                    {" "}
                    *
                  </span>
                ) : null}
              </label>
              <select
                id={`import-field-${field.key}`}
                name={`field.${field.key}`}
                defaultValue={selected[field.key] ?? ""}
                aria-required={field.required || undefined}
                className={inputClass}
              >
                <option value="">{t("none")}</option>
                {headers.map((header, index) =>
                  header ? (
                    <option key={index} value={index}>
                      {columnLabel(index)}
                    </option>
                  ) : null,
                )}
              </select>
            </div>
          ))}
        </div>
        {props.unmatched.length ? (
          <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <p className="font-semibold">{t("ignored")}</p>
            <ul className="mt-1 list-disc pl-6">
              {props.unmatched.map((c) => (
                <li key={c.index}>{columnLabel(c.index)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {props.readOnly.length ? (
          <div className="text-sm text-muted">
            <p>{t("readOnly")}</p>
            <ul className="mt-1 list-disc pl-6">
              {props.readOnly.map((c) => (
                <li key={c.index}>{columnLabel(c.index)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {props.createDepartments === null ? null : (
          <fieldset className="flex flex-col gap-2">
            <legend className="text-sm font-semibold">{t("options")}</legend>
            <div className="flex items-start gap-2">
              <input
                id="import-create-departments"
                type="checkbox"
                name="createDepartments"
                defaultChecked={props.createDepartments}
                aria-describedby="import-create-departments-hint"
                className="mt-1 h-4 w-4"
              />
              <div>
                <label htmlFor="import-create-departments" className="text-sm">
                  {t("createDepartments")}
                </label>
                <p id="import-create-departments-hint" className="text-xs text-muted">
                  {t("createDepartmentsHint")}
                </p>
              </div>
            </div>
          </fieldset>
        )}
        <div>
          <SubmitButton
            label={props.validated ? t("revalidate") : t("validate")}
            pendingLabel={t("validatePending")}
            variant={props.validated ? "secondary" : "primary"}
          />
        </div>
      </form>
    </section>
  );
}
