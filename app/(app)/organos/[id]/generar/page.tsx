import { getFormatter } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { cadenceLabel, monthName, type BodiesT } from "@/components/bodies/cadence";
import { Alert } from "@/components/ui/alert";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Button, ButtonLink } from "@/components/ui/button";
import { Flash } from "@/components/ui/flash";
import { DetailItem, DetailList } from "@/components/ui/detail-list";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getBody } from "@/lib/bodies/queries";
import { formatDate, formatMonth } from "@/lib/format";
import {
  DEFAULT_HORIZON,
  HORIZON_OPTIONS,
  isHorizon,
  monthKey,
  type Horizon,
} from "@/lib/meetings/cadence-planner";
import { cadencePreview } from "@/lib/meetings/cadence-queries";
import { generateTentativeAction } from "./actions";
import { GenerateForm } from "./generate-form";
import { PreviewTable } from "./preview-table";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ meses?: string; estado?: string; cantidad?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const body = await getBody(await requireCtx(), (await params).id);
  const t = await getTranslations("briefing.generate");
  return { title: body ? t("metaTitle", { body: body.name }) : t("title") };
}

function parseHorizon(value: string | undefined): Horizon {
  const n = Number(value);
  return isHorizon(n) ? n : DEFAULT_HORIZON;
}

export default async function GenerateTentativePage({ params, searchParams }: Props) {
  const format = await getFormatter();
  const { id } = await params;
  const { meses, estado, cantidad } = await searchParams;
  const ctx = await requireCtx();
  const t = await getTranslations("briefing.generate");
  if (!can(ctx.actor, "meeting.manage")) {
    return <Forbidden title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
  }
  const horizon = parseHorizon(meses);
  const preview = await cadencePreview(ctx, id, horizon);
  if (!preview) notFound();
  const tBodies = (await getTranslations("bodies")) as unknown as BodiesT;
  const tEnum = await getTranslations("enums");
  const { body, plan, reference, template, blocked, toCreate } = preview;
  const created = estado === "creadas" && /^\d+$/.test(cantidad ?? "") ? Number(cantidad) : null;
  const problem = blocked ?? (plan.ok ? null : plan.reason);
  const place = [template.city, template.country].filter(Boolean).join(", ");

  return (
    <>
      <Breadcrumb
        label={t("breadcrumb")}
        crumbs={[
          { href: "/redes", name: t("networks") },
          { href: `/redes/${body.network.id}`, name: body.network.name },
          { href: `/organos/${body.id}`, name: body.name },
        ]}
        current={t("title")}
      />
      <PageHeader title={t("title")} intro={t("intro", { body: body.name })} />
      {created !== null ? (
        <div className="mb-4">
          <Flash>{t("created", { count: created })}</Flash>
        </div>
      ) : null}

      <div className="flex flex-col gap-6">
        <Section
          id="frecuencia"
          title={t("sectionRhythm")}
          actions={
            can(ctx.actor, "body.manage") && !body.archived ? (
              <ButtonLink href={`/organos/${body.id}/editar`} variant="secondary">
                {t("editBody")}
              </ButtonLink>
            ) : null
          }
        >
          <DetailList>
            <DetailItem label={t("cadence")}>
              {cadenceLabel(tBodies, body.cadenceMonths) ?? tBodies("cadence.none")}
              {body.cadenceNote ? <span className="text-muted"> ({body.cadenceNote})</span> : null}
            </DetailItem>
            <DetailItem label={t("usualMonth")}>
              {body.usualMonth ? monthName(tBodies, body.usualMonth) : t("noUsualMonth")}
            </DetailItem>
            <DetailItem label={t("reference")}>
              {reference ? (
                <a href={`/reuniones/${reference.id}`}>
                  {t("referenceValue", {
                    title: reference.title,
                    date: formatDate(format, reference.startDate),
                    status: tEnum(`meetingStatus.${reference.status}`),
                  })}
                </a>
              ) : (
                t("noReference")
              )}
            </DetailItem>
          </DetailList>
          {plan.ok ? <p className="mt-3 text-sm text-muted">{t(`anchoredOn.${plan.anchoredOn}`)}</p> : null}
        </Section>

        {problem ? (
          <Alert tone="warning">{t(`errors.${problem}`)}</Alert>
        ) : plan.ok ? (
          <>
            <form method="get" className="flex flex-wrap items-end gap-3">
              <div className="flex flex-col gap-1">
                <label htmlFor="meses" className="text-sm font-semibold text-ink">
                  {t("horizon")}
                </label>
                <p id="meses-hint" className="text-xs text-muted">
                  {t("horizonHint")}
                </p>
                <select
                  id="meses"
                  name="meses"
                  defaultValue={String(horizon)}
                  aria-describedby="meses-hint"
                  className="w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-sm text-ink shadow-sm sm:w-64"
                >
                  {HORIZON_OPTIONS.map((months) => (
                    <option key={months} value={months}>
                      {t("horizonOption", { months })}
                    </option>
                  ))}
                </select>
              </div>
              <Button type="submit" variant="secondary">
                {t("showPreview")}
              </Button>
            </form>

            <Section
              id="fechas"
              title={t("sectionPreview", {
                from: formatMonth(format, plan.window.from),
                to: formatMonth(format, plan.window.to),
              })}
            >
              {plan.occurrences.length === 0 ? (
                <p className="text-sm">{t("noneInWindow", { month: formatMonth(format, plan.next) })}</p>
              ) : (
                <>
                  <p className="mb-3 text-sm" id="resumen">
                    {t("summary", {
                      create: toCreate.length,
                      existing: plan.occurrences.length - toCreate.length,
                    })}
                  </p>
                  <PreviewTable occurrences={plan.occurrences} timeZone={template.timeZone} />
                </>
              )}
              {toCreate.length > 0 ? (
                <p className="mt-4 text-sm text-muted">
                  {t("whatIsCreated", {
                    example: toCreate[0]!.title,
                    zone: template.timeZone,
                    kind: tEnum(`meetingKind.${template.kind}`),
                    mode: tEnum(`meetingMode.${template.mode}`).toLocaleLowerCase("es"),
                    place: place ? t("place", { place }) : "",
                  })}
                </p>
              ) : plan.occurrences.length > 0 ? (
                <p className="mt-4 text-sm font-medium">{t("nothingToCreate")}</p>
              ) : null}
              <div className="mt-4">
                <GenerateForm
                  action={generateTentativeAction.bind(null, body.id)}
                  horizon={horizon}
                  months={toCreate.map(monthKey)}
                />
              </div>
            </Section>
          </>
        ) : null}
      </div>
    </>
  );
}
