"use client";

import { useTranslations } from "next-intl";

/**
 * Says, in a status region, that a form is reading its chosen network's options, or that it
 * could not (with a button to try again). Renders nothing visible otherwise.
 */
export function NetworkOptionsStatus({
  loading,
  failed,
  retry,
}: {
  loading: boolean;
  failed: boolean;
  retry: () => void;
}) {
  const t = useTranslations("common.form");
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p role="status" className={`mt-3 empty:mt-0 ${failed ? "font-medium text-red-700" : "text-muted"}`}>
        {loading ? t("networkOptionsLoading") : failed ? t("networkOptionsFailed") : ""}
      </p>
      {failed ? (
        <button
          type="button"
          onClick={retry}
          className="mt-3 rounded-md border border-slate-500 bg-white px-3 py-1 text-ink hover:bg-slate-50"
        >
          {t("networkOptionsRetry")}
        </button>
      ) : null}
    </div>
  );
}
