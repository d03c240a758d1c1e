"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Recovery codes, shown once right after they were made, with a button to copy them all. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("secondFactor.codes");
  const [copied, setCopied] = useState(false);
  return (
    <div className="rounded-md border border-slate-300 bg-slate-50 p-4" data-recovery-codes>
      <h3 className="font-semibold text-ink">{t("title")}</h3>
      <p className="mb-3 mt-1 text-sm text-muted">{t("intro")}</p>
      <ol aria-label={t("listLabel")} className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base">
        {codes.map((code) => (
          <li key={code} className="list-none">
            {code}
          </li>
        ))}
      </ol>
      <div className="mt-3 flex items-center gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            void Promise.resolve(navigator.clipboard?.writeText(codes.join("\n"))).then(() => setCopied(true))
          }
        >
          {t("copy")}
        </Button>
        <span role="status" className="text-sm text-muted">
          {copied ? t("copied") : ""}
        </span>
      </div>
    </div>
  );
}
