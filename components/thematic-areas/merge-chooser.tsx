import { Form } from "@/components/ui/form";
import { getTranslations } from "@/lib/i18n/translations";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** The merge's first step: pick the area that disappears and the one that stays (a GET form). */
export async function MergeChooser({
  areas,
  sourceId,
  targetId,
  error,
}: {
  areas: { id: string; name: string }[];
  sourceId?: string;
  targetId?: string;
  error?: string;
}) {
  const t = await getTranslations("thematicAreas.merge");
  const select = (
    name: "origen" | "destino",
    id: string,
    label: string,
    value?: string,
    fieldError?: string,
  ) => (
    <Field id={id} label={label} required error={fieldError} className="w-full max-w-sm">
      {(control) => (
        <select {...control} name={name} defaultValue={value ?? ""} className={inputClass}>
          <option value="">{t("choose")}</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <Form action="/areas-tematicas/fusionar" className="flex flex-wrap items-start gap-4">
      {select("origen", "merge-source", t("source"), sourceId)}
      {select("destino", "merge-target", t("target"), targetId, error)}
      <button type="submit" className={`${buttonClass("secondary")} sm:mt-6`}>
        {t("review")}
      </button>
    </Form>
  );
}
