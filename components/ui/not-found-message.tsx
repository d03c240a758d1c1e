import { getTranslations } from "@/lib/i18n/translations";

/**
 * "No encontramos esta página" with a link home: a plain anchor, opened on the client by the
 * LinkArea around it (the app's main area, or the one in app/not-found.tsx).
 */
export async function NotFoundMessage() {
  const t = await getTranslations("common.notFound");
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-10 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("body")}</p>
      <p className="mt-4">
        <a href="/" className="font-semibold">
          {t("home")}
        </a>
      </p>
    </section>
  );
}
