"use client";

import { useTranslations, useFormatter } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format";
import type { TemporaryPasswordShown } from "./state";

/**
 * A temporary password, shown this once: it came back in the action's response and lives
 * only in this page's memory (reloading the page loses it; the administrator resets again).
 * Focus moves here so that screen readers read it out.
 */
export function TemporaryPassword({
  temporary,
  title,
  intro,
  children,
}: {
  temporary: TemporaryPasswordShown;
  title: string;
  intro: string;
  children?: React.ReactNode;
}) {
  const format = useFormatter();
  const t = useTranslations("users.created");
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    ref.current?.focus();
  }, [temporary.password]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(temporary.password);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      data-alert="success"
      className="rounded-lg border border-green-300 bg-green-50 p-5 text-sm text-green-950 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
    >
      <p className="text-base font-bold">{title}</p>
      <p className="mt-2">{intro}</p>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <code
          data-testid="temporary-password"
          className="rounded-md border border-green-400 bg-white px-3 py-2 font-mono text-lg tracking-wide text-ink"
        >
          {temporary.password}
        </code>
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {t("copy")}
        </Button>
        <span aria-live="polite">{copied ? t("copied") : ""}</span>
      </p>
      <p className="mt-3">{t("once", { expires: formatDateTime(format, new Date(temporary.expiresAt)) })}</p>
      {children ? <div className="mt-4 flex flex-wrap gap-3">{children}</div> : null}
    </div>
  );
}
