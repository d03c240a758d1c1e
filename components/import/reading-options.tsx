import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";
import { TEXT_ENCODINGS, type TextEncoding } from "@/lib/import/read/types";
import { SEPARATOR_NAMES, type SeparatorName } from "@/lib/import/reading-choices";

/** How the file is being read: the values in force, and for a CSV what the reader detected. */
export interface ReadingChoices {
  /** The workbook's sheets (a CSV has one, named after the file). */
  sheets: string[];
  /** The sheet read. */
  sheet: string;
  /** A CSV's encoding and separator in force and detected; null for a workbook. */
  text: {
    encoding: TextEncoding;
    separator: SeparatorName;
    detected: { encoding: TextEncoding; separator: SeparatorName } | null;
  } | null;
  headerLine: number;
}

/**
 * The file's reading options (a plain GET form: it changes the page's URL and the file is read
 * again to show its headers; "Validar" then keeps them on the job): the sheet of a workbook with
 * several, a CSV's encoding and separator — the detected ones named as such — and the header line.
 */
export async function ReadingOptions({ pathname, reading }: { pathname: string; reading: ReadingChoices }) {
  const t = await getTranslations("importPages.mapping");
  const { text } = reading;
  const detected = (label: string, isDetected: boolean) =>
    isDetected ? t("detected", { option: label }) : label;
  return (
    <Form action={pathname} className="mt-4 flex flex-col gap-3">
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-2 text-sm font-semibold">{t("reading")}</legend>
        {reading.sheets.length > 1 ? (
          <Field id="import-sheet" label={t("sheet")} hint={t("sheetHint")}>
            {(control) => (
              <select {...control} name="sheet" defaultValue={reading.sheet} className={inputClass}>
                {reading.sheets.map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {text ? (
          <>
            <Field id="import-encoding" label={t("encoding")} hint={t("encodingHint")}>
              {(control) => (
                <select {...control} name="encoding" defaultValue={text.encoding} className={inputClass}>
                  {TEXT_ENCODINGS.map((encoding) => (
                    <option key={encoding} value={encoding}>
                      {detected(t(`encodings.${encoding}`), text.detected?.encoding === encoding)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="import-separator" label={t("separator")} hint={t("separatorHint")}>
              {(control) => (
                <select {...control} name="separator" defaultValue={text.separator} className={inputClass}>
                  {SEPARATOR_NAMES.map((name) => (
                    <option key={name} value={name}>
                      {detected(t(`separators.${name}`), text.detected?.separator === name)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        ) : null}
        <Field id="import-header-line" label={t("headerLine")} hint={t("headerLineHint")}>
          {(control) => (
            <input
              {...control}
              name="header"
              type="number"
              min={1}
              max={1000}
              defaultValue={reading.headerLine}
              className={`${inputClass} w-28`}
            />
          )}
        </Field>
      </fieldset>
      <div>
        <Button type="submit" variant="secondary">
          {t("reread")}
        </Button>
      </div>
    </Form>
  );
}
