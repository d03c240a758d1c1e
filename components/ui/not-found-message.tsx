import { Link } from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/translations";

export async function NotFoundMessage() {
  const t = await getTranslations("common.notFound");
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-10 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("body")}</p>
      <p className="mt-4">
        <Link href="/" className="font-semibold">
          {t("home")}
        </Link>
      </p>
    </section>
  );
}
