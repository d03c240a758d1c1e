"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { feedUrl } from "@/lib/calendar-feeds/paths";

type CopyStatus = "idle" | "copied" | "failed";

/**
 * The new link, shown once: a read-only field (selectable by hand) and a copy button whose
 * outcome is announced in a live region. Focus moves here when it appears.
 */
export function NewFeedLink({ token }: { token: string }) {
  const t = useTranslations("calendarFeeds.create");
  const boxRef = useRef<HTMLElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<CopyStatus>("idle");
  // Rendered only after the create action answered, so the page's own origin is at hand.
  const url = feedUrl(window.location.origin, token);

  useEffect(() => {
    boxRef.current?.focus();
  }, []);

  async function copy() {
    setStatus("idle");
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      // No clipboard API (or no permission): select the text and try the legacy command.
      inputRef.current?.select();
      setStatus(document.execCommand?.("copy") ? "copied" : "failed");
    }
  }

  return (
    <section
      ref={boxRef}
      tabIndex={-1}
      aria-labelledby="enlace-creado"
      data-alert="success"
      className="mb-4 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-950"
    >
      <h3 id="enlace-creado" className="font-semibold">
        {t("created")}
      </h3>
      <p className="mt-1">{t("createdHint")}</p>
      <label htmlFor="feed-url" className="mt-3 block font-semibold">
        {t("url")}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          ref={inputRef}
          id="feed-url"
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} min-w-0 flex-1 font-mono text-xs`}
        />
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {t("copy")}
        </Button>
      </div>
      <p role="status" aria-live="polite" className="mt-2 min-h-5 font-medium">
        {status === "copied" ? t("copied") : status === "failed" ? t("copyFailed") : ""}
      </p>
    </section>
  );
}
