import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { CreateFeedForm } from "@/components/calendar-feeds/create-feed-form";
import { FeedsTable } from "@/components/calendar-feeds/feeds-table";
import { Alert } from "@/components/ui/alert";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireCtx } from "@/lib/auth/context";
import { listMyFeedTokens, feedNetworkOptions } from "@/lib/calendar-feeds/queries";
import { isErrorCode } from "@/lib/result";
import { createFeedTokenAction, revokeFeedTokenAction } from "./actions";

type Props = { searchParams: Promise<{ estado?: string; codigo?: string }> };

export const generateMetadata = titleFrom(() => getTranslations("calendarFeeds.page"), "title");

const APPS = ["google", "outlook", "apple", "thunderbird"] as const;

export default async function CalendarSubscriptionPage({ searchParams }: Props) {
  const ctx = await requireCtx();
  const [feeds, networks] = await Promise.all([listMyFeedTokens(ctx), feedNetworkOptions(ctx)]);
  const { estado, codigo } = await searchParams;
  const t = await getTranslations("calendarFeeds");
  const tErr = await getTranslations("errors");
  const errorCode = estado === "error" && isErrorCode(codigo) ? codigo : null;

  return (
    <>
      <PageHeader title={t("page.title")} intro={t("page.intro")} />
      {estado === "revocado" ? (
        <div className="mb-4">
          <Flash>{t("page.revoked")}</Flash>
        </div>
      ) : null}
      {errorCode ? (
        <div className="mb-4">
          <Alert tone="error">{t("page.error", { message: tErr(errorCode) })}</Alert>
        </div>
      ) : null}
      <div className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
        <p className="font-semibold">{t("page.privacyTitle")}</p>
        <p className="mt-1">{t("page.privacy")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="crear-enlace" title={t("create.title")}>
          <CreateFeedForm action={createFeedTokenAction} networks={networks} />
        </Section>
        <Section id="como-agregarlo" title={t("howTo.title")}>
          <p className="mb-3 text-sm">{t("howTo.intro")}</p>
          <div className="space-y-3 text-sm">
            {APPS.map((app) => (
              <div key={app}>
                <h3 className="font-semibold">{t(`howTo.${app}.title`)}</h3>
                <p>{t(`howTo.${app}.steps`)}</p>
              </div>
            ))}
          </div>
        </Section>
      </div>
      <Section id="mis-enlaces" title={t("list.title")} className="mt-6">
        <FeedsTable feeds={feeds} revokeAction={(id) => revokeFeedTokenAction.bind(null, id)} />
      </Section>
    </>
  );
}
