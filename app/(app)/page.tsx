import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NETWORK_KINDS } from "@/db/schema/values";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { countNetworksByKind } from "@/lib/networks/queries";

export default async function PanelPage() {
  const ctx = await requireCtx();
  const totals = await countNetworksByKind(ctx);
  const t = await getTranslations("common.panel");
  const tEnum = await getTranslations("enums.networkKind");
  return (
    <>
      <PageHeader title={t("welcome", { name: ctx.actor.name })} intro={t("intro")} />
      <section aria-labelledby="kpi-redes">
        <h2 id="kpi-redes" className="mb-3 text-lg font-bold">
          {t("networksByKind")}
        </h2>
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          {NETWORK_KINDS.map((kind) => (
            <li key={kind}>
              <Link
                href={`/redes?kind=${kind}`}
                className="block rounded-lg border border-slate-200 bg-white p-5 no-underline shadow-sm hover:border-brand-600"
              >
                <span className="block text-3xl font-bold text-brand-800">{totals[kind]}</span>
                <span className="mt-1 block text-sm font-semibold text-ink">{tEnum(kind)}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-6">
          <Link href="/redes" className="font-semibold">
            {t("goToNetworks")} →
          </Link>
        </p>
      </section>
    </>
  );
}
