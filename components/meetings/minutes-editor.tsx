"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { markupToHtml } from "@/lib/meetings/minutes-markup";
import { MINUTES_MAX } from "@/lib/meetings/form-fields";

/**
 * The minutes field: a plain textarea with a short, documented markup (blank line = new
 * paragraph, "- " = bulleted list, "1. " = numbered list, **bold**, _italics_), its help
 * beside it and a preview of the result. Typed HTML is shown as text, never run.
 */
export function MinutesEditor({
  defaultValue,
  error,
  required = false,
  rows = 14,
}: {
  defaultValue: string;
  error?: string;
  required?: boolean;
  rows?: number;
}) {
  const t = useTranslations("meetings.minutesForm");
  const [value, setValue] = useState(defaultValue);
  const helpId = useId();
  const previewId = useId();
  const preview = markupToHtml(value);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="flex flex-col gap-3">
        <Field id="minutes" label={t("label")} hint={t("hint")} required={required} error={error}>
          {(c) => (
            <textarea
              {...c}
              aria-describedby={[c["aria-describedby"], helpId].filter(Boolean).join(" ")}
              name="minutes"
              rows={rows}
              maxLength={MINUTES_MAX}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              className={`${inputClass} font-mono`}
            />
          )}
        </Field>
        <div id={helpId} className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm">
          <p className="font-semibold">{t("help")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            <li>{t("helpParagraph")}</li>
            <li>{t("helpBullets")}</li>
            <li>{t("helpNumbers")}</li>
            <li>{t("helpBold")}</li>
            <li>{t("helpLinks")}</li>
            <li>{t("helpSafe")}</li>
          </ul>
        </div>
      </div>
      <section aria-labelledby={previewId} className="rounded-md border border-slate-200 bg-white px-4 py-3">
        <h3 id={previewId} className="text-sm font-semibold">
          {t("preview")}
        </h3>
        <p className="mb-2 text-xs text-muted">{t("previewHint")}</p>
        {preview ? (
          // Built from escaped text by markupToHtml: the only tags are its own.
          <div className="prose-minutes space-y-2 text-sm" dangerouslySetInnerHTML={{ __html: preview }} />
        ) : (
          <p className="text-sm text-muted">{t("previewEmpty")}</p>
        )}
      </section>
    </div>
  );
}
