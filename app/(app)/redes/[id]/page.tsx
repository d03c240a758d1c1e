import { getFormatter } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { cache, type ReactNode } from "react";
import { NetworkBodies } from "@/components/bodies/network-bodies";
import { RecordHistory } from "@/components/history/record-history";
import { NetworkCommitments } from "@/components/networks/network-commitments";
import { NetworkMeetings } from "@/components/networks/network-meetings";
import { NetworkTeam } from "@/components/networks/network-team";
import { NetworkSeats } from "@/components/seats/network-seats";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { formatDate, formatMoney } from "@/lib/format";
import { getNetwork } from "@/lib/networks/queries";
import { isErrorCode } from "@/lib/result";
import { setNetworkArchivedAction } from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ estado?: string; codigo?: string }>;
};

/** Read once per request: the page title and the page both need it. */
const loadNetwork = cache(async (id: string) => getNetwork(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const network = await loadNetwork((await params).id);
  return { title: network?.name };
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-1 text-sm text-ink sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

const FLASH: Record<string, "created" | "saved" | "archived" | "restored"> = {
  creada: "created",
  guardada: "saved",
  archivada: "archived",
  restaurada: "restored",
};

export default async function NetworkPage({ params, searchParams }: Props) {
  const format = await getFormatter();
  const { id } = await params;
  const { estado, codigo } = await searchParams;
  const ctx = await requireCtx();
  const network = await loadNetwork(id);
  if (!network) notFound();
  const t = await getTranslations("networks");
  const tBodies = await getTranslations("bodies");
  const tSeats = await getTranslations("seats");
  const tEnum = await getTranslations("enums");
  const tErr = await getTranslations("errors");
  const none = <span className="text-slate-600">{t("profile.none")}</span>;
  const or = (value: ReactNode) => (value === null || value === undefined || value === "" ? none : value);
  const flash = estado ? FLASH[estado] : undefined;
  const flashText = {
    created: t("form.created"),
    saved: t("form.saved"),
    archived: t("profile.archived"),
    restored: t("profile.restored"),
  };
  const errorCode = estado === "error" && isErrorCode(codigo) ? codigo : null;

  const sections = [
    ["perfil", t("profile.sectionProfile")],
    ["membresia", t("profile.sectionMembership")],
    ["organos", tBodies("tree.title")],
    ["cargos", tSeats("network.title")],
    ["equipo", t("team.title")],
    ["reuniones", t("meetings.title")],
    ["compromisos", t("commitments.title")],
    ["historial", t("profile.history")],
  ] as const;

  return (
    <>
      <p className="no-print mb-2 text-sm">
        <a href="/redes">← {t("profile.backToDirectory")}</a>
      </p>
      <PageHeader
        title={network.acronym ? `${network.name} (${network.acronym})` : network.name}
        intro={
          <span className="flex flex-wrap gap-2">
            <Badge tone="blue">{tEnum(`networkKind.${network.kind}`)}</Badge>
            <Badge tone="green">{tEnum(`membershipStatus.${network.membershipStatus}`)}</Badge>
            {network.archived ? <Badge>{t("directory.archivedBadge")}</Badge> : null}
          </span>
        }
        actions={
          <>
            {can(ctx.actor, "network.update") ? (
              <ButtonLink href={`/redes/${network.id}/editar`}>{t("profile.edit")}</ButtonLink>
            ) : null}
            {can(ctx.actor, "network.archive") ? (
              <form action={setNetworkArchivedAction.bind(null, network.id, !network.archived)}>
                <input type="hidden" name="version" value={network.version} />
                <Button type="submit" variant="secondary">
                  {network.archived ? t("profile.restore") : t("profile.archive")}
                </Button>
              </form>
            ) : null}
          </>
        }
      />
      {flash ? (
        <div className="mb-4">
          <Flash>{flashText[flash]}</Flash>
        </div>
      ) : null}
      {errorCode ? (
        <div className="mb-4">
          <Alert tone="error">{tErr(errorCode)}</Alert>
        </div>
      ) : null}
      {network.archived ? (
        <div className="mb-4">
          <Alert tone="warning">{t("profile.archivedNotice")}</Alert>
        </div>
      ) : null}
      <nav aria-label={t("profile.onThisPage")} className="no-print mb-6 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {sections.map(([anchor, label]) => (
            <li key={anchor}>
              <a href={`#${anchor}`} className="inline-block py-1">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="perfil" title={t("profile.sectionProfile")}>
          <dl className="divide-y divide-slate-100">
            <Item label={t("profile.kind")}>{tEnum(`networkKind.${network.kind}`)}</Item>
            <Item label={t("profile.scope")}>{or(network.scope)}</Item>
            <Item label={t("profile.headquarters")}>{or(network.headquarters)}</Item>
            <Item label={t("profile.founded")}>{or(network.foundedYear)}</Item>
            <Item label={t("profile.website")}>
              {network.website ? (
                <a href={network.website} rel="noopener noreferrer" target="_blank">
                  {network.website}
                </a>
              ) : (
                none
              )}
            </Item>
            <Item label={t("profile.languages")}>
              {or(network.languages.map((l) => tEnum(`language.${l}` as "language.es")).join(", "))}
            </Item>
            <Item label={t("profile.areas")}>
              {network.thematicAreas.length ? (
                <ul className="flex flex-wrap gap-1">
                  {network.thematicAreas.map((a) => (
                    <li key={a.id}>
                      <Badge>{a.name}</Badge>
                    </li>
                  ))}
                </ul>
              ) : (
                none
              )}
            </Item>
            <Item label={t("profile.description")}>{or(network.description)}</Item>
          </dl>
        </Section>
        <Section id="membresia" title={t("profile.sectionMembership")}>
          <dl className="divide-y divide-slate-100">
            <Item label={t("profile.status")}>{tEnum(`membershipStatus.${network.membershipStatus}`)}</Item>
            <Item label={t("profile.since")}>{or(formatDate(format, network.memberSince))}</Item>
            {network.leftOn ? (
              <Item label={t("profile.leftOn")}>{formatDate(format, network.leftOn)}</Item>
            ) : null}
            <Item label={t("profile.fee")}>
              {or(formatMoney(format, network.annualFee, network.feeCurrency))}
            </Item>
            <Item label={t("profile.focalPerson")}>{or(network.focalPerson?.name)}</Item>
            <Item label={t("profile.notes")}>{or(network.membershipNotes)}</Item>
          </dl>
        </Section>
      </div>
      <div className="mt-6 grid gap-6">
        <NetworkBodies ctx={ctx} networkId={network.id} networkArchived={network.archived} />
        <NetworkSeats ctx={ctx} networkId={network.id} />
        <NetworkTeam ctx={ctx} networkId={network.id} />
        <NetworkMeetings ctx={ctx} networkId={network.id} />
        <NetworkCommitments ctx={ctx} networkId={network.id} />
        <RecordHistory ctx={ctx} entityType="network" entityId={network.id} />
      </div>
    </>
  );
}
