import { getTranslations } from "@/lib/i18n/translations";

/** Shown instead of a page or form the actor's role may not use. */
export async function Forbidden({ title, body }: { title?: string; body?: string }) {
  const t = await getTranslations("common.forbidden");
  return (
    <section
      role="alert"
      data-alert="forbidden"
      className="rounded-lg border border-amber-300 bg-amber-50 p-6 text-amber-950"
    >
      <h1 className="text-xl font-bold">{title ?? t("title")}</h1>
      <p className="mt-2 text-sm">{body ?? t("body")}</p>
    </section>
  );
}
