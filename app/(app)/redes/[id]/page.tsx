import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Flash } from "@/components/ui/flash";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { formatDate, formatMoney } from "@/lib/format";
import { getNetwork } from "@/lib/networks/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ estado?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const network = await getNetwork(await requireCtx(), (await params).id);
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

export default async function NetworkPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { estado } = await searchParams;
  const ctx = await requireCtx();
  const network = await getNetwork(ctx, id);
  if (!network) notFound();
  const t = await getTranslations("networks");
  const tEnum = await getTranslations("enums");
  const none = <span className="text-slate-500">{t("profile.none")}</span>;
  const or = (value: ReactNode) => (value === null || value === undefined || value === "" ? none : value);

  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href="/redes">← {t("profile.backToDirectory")}</Link>
      </p>
      <PageHeader
        title={network.acronym ? `${network.name} (${network.acronym})` : network.name}
        intro={
          <span className="flex flex-wrap gap-2">
            <Badge tone="blue">{tEnum(`networkKind.${network.kind}`)}</Badge>
            <Badge tone="green">{tEnum(`membershipStatus.${network.membershipStatus}`)}</Badge>
          </span>
        }
        actions={
          can(ctx.actor, "network.update") ? (
            <ButtonLink href={`/redes/${network.id}/editar`}>{t("profile.edit")}</ButtonLink>
          ) : null
        }
      />
      {estado === "creada" || estado === "guardada" ? (
        <div className="mb-4">
          <Flash>{estado === "creada" ? t("form.created") : t("form.saved")}</Flash>
        </div>
      ) : null}
      {network.archived ? (
        <div className="mb-4">
          <Alert tone="warning">{t("profile.archivedNotice")}</Alert>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <section
          aria-labelledby="perfil"
          className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
        >
          <h2 id="perfil" className="mb-2 text-lg font-bold">
            {t("profile.sectionProfile")}
          </h2>
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
        </section>
        <section
          aria-labelledby="membresia"
          className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
        >
          <h2 id="membresia" className="mb-2 text-lg font-bold">
            {t("profile.sectionMembership")}
          </h2>
          <dl className="divide-y divide-slate-100">
            <Item label={t("profile.status")}>{tEnum(`membershipStatus.${network.membershipStatus}`)}</Item>
            <Item label={t("profile.since")}>{or(formatDate(network.memberSince))}</Item>
            {network.leftOn ? <Item label={t("profile.leftOn")}>{formatDate(network.leftOn)}</Item> : null}
            <Item label={t("profile.fee")}>{or(formatMoney(network.annualFee, network.feeCurrency))}</Item>
            <Item label={t("profile.focalPerson")}>{or(network.focalPerson?.name)}</Item>
            <Item label={t("profile.notes")}>{or(network.membershipNotes)}</Item>
          </dl>
        </section>
      </div>
      <p className="mt-6 text-sm text-muted">{t("profile.moreSoon")}</p>
    </>
  );
}
