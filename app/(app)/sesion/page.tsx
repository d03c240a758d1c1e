import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";

export const generateMetadata = titleFrom(() => getTranslations("common.sessionPage"), "title");

/**
 * The smallest authenticated page: the app shell (session check, header, navigation) and one
 * line, with no query of its own. Read-only and harmless for any signed-in user; the benchmark
 * (scripts/bench.mjs) uses it as the floor every other page is compared with.
 */
export default async function SessionPage() {
  const actor = await requireActor();
  const t = await getTranslations("common");
  return <PageHeader title={t("sessionPage.title")} intro={t("user.signedInAs", { name: actor.name })} />;
}
