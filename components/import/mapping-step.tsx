import { Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { getTranslations } from "@/lib/i18n/translations";
import { DATE_FORMATS, type DateFormat } from "@/lib/import/read/values";
import { ReadingOptions, type ReadingChoices } from "./reading-options";

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
  /** How the file is read (kept by "Validar" with the columns). */
  reading: ReadingChoices;
  headers: (string | null)[];
  fields: { key: string; label: string; required: boolean }[];
  /** Field → column index preselected: the job's own mapping, else the suggestion. */
  selected: Record<string, number>;
  unmatched: { index: number; header: string }[];
  readOnly: { index: number; header: string }[];
  /** Offered only for tables with a department column; null otherwise. */
  createDepartments: boolean | null;
  dateFormat: DateFormat;
  validated: boolean;
  action: (formData: FormData) => Promise<void>;
}

/**
 * Step 1: how the file is read (the sheet, a CSV's encoding and separator, the header line:
 * reading-options.tsx), then a select per field with the suggested column preselected, the
 * columns that will be ignored, the options (the date format, new departments), and "Validar",
 * which sends the reading choices in force with the columns: the job keeps them.
 */
export async function MappingStep(props: MappingStepProps) {
  const t = await getTranslations("importPages.mapping");
  const { headers, fields, selected, reading } = props;
  const columnLabel = (index: number) =>
    t("column", { letter: letterOf(index), header: headers[index] ?? "" });
  return (
    <section aria-labelledby="import-mapping" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="import-mapping" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>

      <ReadingOptions pathname={props.pathname} reading={reading} />

      <form action={props.action} className="mt-6 flex flex-col gap-4">
        <input type="hidden" name="version" value={props.version} />
        <input type="hidden" name="headerLine" value={reading.headerLine} />
        <input type="hidden" name="matched" value="1" />
        {reading.text ? (
          <>
            <input type="hidden" name="encoding" value={reading.text.encoding} />
            <input type="hidden" name="separator" value={reading.text.separator} />
          </>
        ) : (
          <input type="hidden" name="sheet" value={reading.sheet} />
        )}
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
        <fieldset className="flex flex-col gap-3">
          <legend className="text-sm font-semibold">{t("options")}</legend>
          <Field id="import-date-format" label={t("dateFormat")} hint={t("dateFormatHint")}>
            {(control) => (
              <select
                {...control}
                name="dateFormat"
                defaultValue={props.dateFormat}
                className={`${inputClass} sm:w-64`}
              >
                {DATE_FORMATS.map((format) => (
                  <option key={format} value={format}>
                    {t(`dateFormats.${format}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {props.createDepartments === null ? null : (
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
          )}
        </fieldset>
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
