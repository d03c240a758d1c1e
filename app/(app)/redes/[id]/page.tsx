import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { recordPage, type RecordPageProps } from "@/app/_lib/record-page";
import type { ReactNode } from "react";
import { NetworkBodies } from "@/components/bodies/network-bodies";
import { RecordHistory } from "@/components/history/record-history";
import { NetworkCommitments } from "@/components/networks/network-commitments";
import { NetworkMeetings } from "@/components/networks/network-meetings";
import { NetworkTeam } from "@/components/networks/network-team";
import { NetworkSeats } from "@/components/seats/network-seats";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { DetailItem, DetailList } from "@/components/ui/detail-list";
import { RecordHeader } from "@/components/ui/record-header";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { formatDate, formatMoney } from "@/lib/format";
import { getNetwork } from "@/lib/networks/queries";
import { isErrorCode } from "@/lib/result";
import { setNetworkArchivedAction } from "../actions";

type Props = RecordPageProps & { searchParams: Promise<{ estado?: string; codigo?: string }> };

const page = recordPage(getNetwork, (network) => network.name);
export const generateMetadata = page.generateMetadata;

export default async function NetworkPage({ params, searchParams }: Props) {
  const format = await getFormatter();
  const { estado, codigo } = await searchParams;
  const { ctx, record: network } = await page.read({ params });
  const t = await getTranslations("networks");
  const tBodies = await getTranslations("bodies");
  const tSeats = await getTranslations("seats");
  const tEnum = await getTranslations("enums");
  const tErr = await getTranslations("errors");
  const none = <span className="text-slate-600">{t("profile.none")}</span>;
  const or = (value: ReactNode) => (value === null || value === undefined || value === "" ? none : value);
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
      <RecordHeader
        back={{ href: "/redes", label: t("profile.backToDirectory") }}
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
        state={estado}
        flashes={{
          creada: t("form.created"),
          guardada: t("form.saved"),
          archivada: t("profile.archived"),
          restaurada: t("profile.restored"),
        }}
      />
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
          <DetailList>
            <DetailItem label={t("profile.kind")}>{tEnum(`networkKind.${network.kind}`)}</DetailItem>
            <DetailItem label={t("profile.scope")}>{or(network.scope)}</DetailItem>
            <DetailItem label={t("profile.headquarters")}>{or(network.headquarters)}</DetailItem>
            <DetailItem label={t("profile.founded")}>{or(network.foundedYear)}</DetailItem>
            <DetailItem label={t("profile.website")}>
              {network.website ? (
                <a href={network.website} rel="noopener noreferrer" target="_blank">
                  {network.website}
                </a>
              ) : (
                none
              )}
            </DetailItem>
            <DetailItem label={t("profile.languages")}>
              {or(network.languages.map((l) => tEnum(`language.${l}` as "language.es")).join(", "))}
            </DetailItem>
            <DetailItem label={t("profile.areas")}>
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
            </DetailItem>
            <DetailItem label={t("profile.description")}>{or(network.description)}</DetailItem>
          </DetailList>
        </Section>
        <Section id="membresia" title={t("profile.sectionMembership")}>
          <DetailList>
            <DetailItem label={t("profile.status")}>
              {tEnum(`membershipStatus.${network.membershipStatus}`)}
            </DetailItem>
            <DetailItem label={t("profile.since")}>{or(formatDate(format, network.memberSince))}</DetailItem>
            {network.leftOn ? (
              <DetailItem label={t("profile.leftOn")}>{formatDate(format, network.leftOn)}</DetailItem>
            ) : null}
            <DetailItem label={t("profile.fee")}>
              {or(formatMoney(format, network.annualFee, network.feeCurrency))}
            </DetailItem>
            <DetailItem label={t("profile.focalPerson")}>{or(network.focalPerson?.name)}</DetailItem>
            <DetailItem label={t("profile.notes")}>{or(network.membershipNotes)}</DetailItem>
          </DetailList>
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
