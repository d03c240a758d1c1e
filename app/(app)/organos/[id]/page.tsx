import { getTranslations } from "@/lib/i18n/translations";
import { recordPage, type RecordViewProps } from "@/app/_lib/record-page";
import { BodyStatusForm } from "@/components/bodies/body-status-form";
import { cadenceSummary, monthName, type BodiesT } from "@/components/bodies/cadence";
import { BODY_KIND_TONE, NetworkBodies, newBodyHref } from "@/components/bodies/network-bodies";
import { RecordHistory } from "@/components/history/record-history";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ButtonLink } from "@/components/ui/button";
import { DetailItem, DetailList } from "@/components/ui/detail-list";
import { RecordHeader } from "@/components/ui/record-header";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { getBody } from "@/lib/bodies/queries";
import { archiveBodyAction, restoreBodyAction } from "../actions";

const page = recordPage(getBody, (body) => body.name);
export const generateMetadata = page.generateMetadata;

export default async function BodyPage(props: RecordViewProps) {
  const { ctx, record: body, estado } = await page.read(props);
  const t = await getTranslations("bodies");
  const tb = t as unknown as BodiesT;
  const tEnum = await getTranslations("enums");
  const canManage = can(ctx.actor, "body.manage");
  // Tentative meetings from the body's cadence (the page explains when there is none).
  const canGenerate = can(ctx.actor, "meeting.manage") && !body.archived && !body.network.archived;
  const tGenerate = await getTranslations("briefing.generate");
  const none = <span className="text-slate-500">{t("page.none")}</span>;
  const activeChildren = body.children.filter((c) => !c.archived);
  const blocked = body.archived
    ? body.network.archived
      ? t("validation.networkArchived")
      : body.parent?.archived
        ? t("page.restoreBlocked")
        : null
    : activeChildren.length
      ? t("page.archiveBlocked")
      : null;
  const canAddChild = canManage && !body.archived && !body.network.archived;

  return (
    <>
      <Breadcrumb
        label={t("page.breadcrumb")}
        crumbs={[
          { href: "/redes", name: t("page.networks") },
          { href: `/redes/${body.network.id}`, name: body.network.name },
          ...body.ancestors.map((a) => ({ href: `/organos/${a.id}`, name: a.name })),
        ]}
        current={body.name}
      />
      <RecordHeader
        title={body.name}
        intro={
          <span className="flex flex-wrap gap-2">
            <Badge tone={BODY_KIND_TONE[body.kind]}>{tEnum(`bodyKind.${body.kind}`)}</Badge>
            {body.archived ? <Badge tone="amber">{t("page.archivedBadge")}</Badge> : null}
          </span>
        }
        actions={
          canManage || canGenerate ? (
            <>
              {canGenerate ? (
                <ButtonLink href={`/organos/${body.id}/generar`} variant="secondary">
                  {tGenerate("button")}
                </ButtonLink>
              ) : null}
              {canManage ? (
                <ButtonLink href={`/organos/${body.id}/editar`}>{t("page.edit")}</ButtonLink>
              ) : null}
            </>
          ) : null
        }
        state={estado}
        flashes={{
          creado: t("page.created"),
          guardado: t("page.saved"),
          archivado: t("page.archived"),
          restaurado: t("page.restored"),
        }}
      />
      {body.archived ? (
        <div className="mb-4">
          <Alert tone="warning">{t("page.archivedNotice")}</Alert>
        </div>
      ) : null}

      <div className="grid items-start gap-6 lg:grid-cols-5">
        <Section id="datos" title={t("page.sectionDetails")} className="lg:col-span-3">
          <DetailList>
            <DetailItem label={t("page.kind")}>{tEnum(`bodyKind.${body.kind}`)}</DetailItem>
            <DetailItem label={t("page.network")}>
              <a href={`/redes/${body.network.id}`}>{body.network.name}</a>
            </DetailItem>
            <DetailItem label={t("page.parent")}>
              {body.parent ? (
                <a href={`/organos/${body.parent.id}`}>{body.parent.name}</a>
              ) : (
                t("page.topLevel")
              )}
            </DetailItem>
            <DetailItem label={t("page.area")}>{body.thematicArea?.name ?? none}</DetailItem>
            <DetailItem label={t("page.cadence")}>
              {cadenceSummary(tb, { ...body, usualMonth: null }) ?? none}
            </DetailItem>
            <DetailItem label={t("page.usualMonth")}>
              {body.usualMonth ? monthName(tb, body.usualMonth) : none}
            </DetailItem>
            <DetailItem label={t("page.description")}>
              {body.description ? <span className="whitespace-pre-line">{body.description}</span> : none}
            </DetailItem>
          </DetailList>
        </Section>

        <div className="flex flex-col gap-6 lg:col-span-2">
          <Section
            id="dependientes"
            title={t("page.children")}
            actions={
              canAddChild ? (
                <ButtonLink href={newBodyHref(body.network.id, body.id)} variant="secondary">
                  {t("tree.addChild")}
                  <span className="sr-only"> {t("tree.addChildContext", { name: body.name })}</span>
                </ButtonLink>
              ) : null
            }
          >
            {body.children.length ? (
              <ul role="list" className="divide-y divide-slate-100">
                {body.children.map((child) => (
                  <li key={child.id} className="flex flex-wrap items-center gap-2 py-2">
                    <a href={`/organos/${child.id}`} className="font-semibold">
                      {child.name}
                    </a>
                    <Badge tone={BODY_KIND_TONE[child.kind]}>{tEnum(`bodyKind.${child.kind}`)}</Badge>
                    {child.archived ? <Badge tone="amber">{t("page.archivedBadge")}</Badge> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted">{t("page.noChildren")}</p>
            )}
          </Section>

          {canManage ? (
            <Section id="archivo" title={t("page.sectionStatus")}>
              <BodyStatusForm
                action={(body.archived ? restoreBodyAction : archiveBodyAction).bind(null, body.id)}
                archived={body.archived}
                version={body.version}
                blocked={blocked}
              />
            </Section>
          ) : null}
        </div>
      </div>

      <div className="mt-6 flex flex-col gap-6">
        {/* The whole tree of the network, for context and to move on to a sibling. */}
        <NetworkBodies
          ctx={ctx}
          networkId={body.network.id}
          currentBodyId={body.id}
          networkArchived={body.network.archived}
        />
        <RecordHistory ctx={ctx} entityType="body" entityId={body.id} />
      </div>
    </>
  );
}
