import { getTranslations } from "@/lib/i18n/translations";
import { PageHeader } from "./page-header";

/** A section of the navigation that a later release fills in. */
export async function ComingSoon({ title }: { title: string }) {
  const t = await getTranslations("common.placeholders");
  return (
    <>
      <PageHeader title={title} />
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
        <p className="text-lg font-semibold">{t("comingSoon")}</p>
        <p className="mt-1 text-sm text-muted">{t("comingSoonDetail")}</p>
      </div>
    </>
  );
}
