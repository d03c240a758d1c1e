import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { cache, type ReactNode } from "react";
import { BodyStatusForm } from "@/components/bodies/body-status-form";
import { cadenceSummary, monthName, type BodiesT } from "@/components/bodies/cadence";
import { BODY_KIND_TONE, NetworkBodies, newBodyHref } from "@/components/bodies/network-bodies";
import { RecordHistory } from "@/components/history/record-history";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { getBody } from "@/lib/bodies/queries";
import { archiveBodyAction, restoreBodyAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ estado?: string }> };

const FLASH = {
  creado: "created",
  guardado: "saved",
  archivado: "archived",
  restaurado: "restored",
} as const;

/** Read once per request: the page title and the page both need it. */
const loadBody = cache(async (id: string) => getBody(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const body = await loadBody((await params).id);
  return { title: body?.name };
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-1 text-sm text-ink sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

export default async function BodyPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { estado } = await searchParams;
  const ctx = await requireCtx();
  const body = await loadBody(id);
  if (!body) notFound();
  const t = await getTranslations("bodies");
  const tb = t as unknown as BodiesT;
  const tEnum = await getTranslations("enums");
  const canManage = can(ctx.actor, "body.manage");
  // Tentative meetings from the body's cadence (the page explains when there is none).
  const canGenerate = can(ctx.actor, "meeting.manage") && !body.archived && !body.network.archived;
  const tGenerate = await getTranslations("briefing.generate");
  const none = <span className="text-slate-500">{t("page.none")}</span>;
  const flash = estado && estado in FLASH ? FLASH[estado as keyof typeof FLASH] : null;
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
      <nav aria-label={t("page.breadcrumb")} className="no-print mb-2 text-sm">
        <ol className="flex flex-wrap items-center gap-x-1 gap-y-1">
          <li>
            <a href="/redes">{t("page.networks")}</a>
          </li>
          {[
            {
              id: body.network.id,
              name: body.network.name,
              href: `/redes/${body.network.id}`,
            },
          ]
            .concat(body.ancestors.map((a) => ({ id: a.id, name: a.name, href: `/organos/${a.id}` })))
            .map((crumb) => (
              <li key={crumb.id} className="flex items-center gap-x-1">
                <span aria-hidden="true" className="text-slate-500">
                  ›
                </span>
                <a href={crumb.href}>{crumb.name}</a>
              </li>
            ))}
          <li className="flex items-center gap-x-1">
            <span aria-hidden="true" className="text-slate-500">
              ›
            </span>
            <span aria-current="page" className="text-muted">
              {body.name}
            </span>
          </li>
        </ol>
      </nav>
      <PageHeader
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
      />
      {flash ? (
        <div className="mb-4">
          <Flash>{t(`page.${flash}`)}</Flash>
        </div>
      ) : null}
      {body.archived ? (
        <div className="mb-4">
          <Alert tone="warning">{t("page.archivedNotice")}</Alert>
        </div>
      ) : null}

      <div className="grid items-start gap-6 lg:grid-cols-5">
        <Section id="datos" title={t("page.sectionDetails")} className="lg:col-span-3">
          <dl className="divide-y divide-slate-100">
            <Item label={t("page.kind")}>{tEnum(`bodyKind.${body.kind}`)}</Item>
            <Item label={t("page.network")}>
              <a href={`/redes/${body.network.id}`}>{body.network.name}</a>
            </Item>
            <Item label={t("page.parent")}>
              {body.parent ? (
                <a href={`/organos/${body.parent.id}`}>{body.parent.name}</a>
              ) : (
                t("page.topLevel")
              )}
            </Item>
            <Item label={t("page.area")}>{body.thematicArea?.name ?? none}</Item>
            <Item label={t("page.cadence")}>{cadenceSummary(tb, { ...body, usualMonth: null }) ?? none}</Item>
            <Item label={t("page.usualMonth")}>
              {body.usualMonth ? monthName(tb, body.usualMonth) : none}
            </Item>
            <Item label={t("page.description")}>
              {body.description ? <span className="whitespace-pre-line">{body.description}</span> : none}
            </Item>
          </dl>
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
