import { getFormatter } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { cache, type ReactNode } from "react";
import { AssignmentRoleBadge, AssignmentStatusBadge, StaleBadge } from "@/components/assignments/badges";
import { EndAssignmentForm } from "@/components/assignments/end-assignment-form";
import { RecordHistory } from "@/components/history/record-history";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Flash } from "@/components/ui/flash";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getAssignment } from "@/lib/assignments/queries";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";
import { todayInBuenosAires } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";
import { endAssignmentAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ estado?: string }> };

const FLASH = { creada: "created", guardada: "saved", finalizada: "ended" } as const;

/** Read once per request: the page title and the page both need it. */
const loadAssignment = cache(async (id: string) => getAssignment(await requireCtx(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const assignment = await loadAssignment((await params).id);
  const t = await getTranslations("assignments.detail");
  return {
    title: assignment
      ? t("title", { person: assignment.person.name, network: assignment.network.name })
      : undefined,
  };
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-1 text-sm text-ink sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

export default async function AssignmentPage({ params, searchParams }: Props) {
  const format = await getFormatter();
  const { id } = await params;
  const { estado } = await searchParams;
  const ctx = await requireCtx();
  const a = await loadAssignment(id);
  if (!a) notFound();
  const t = await getTranslations("assignments.detail");
  const tRow = await getTranslations("assignments.row");
  const canManage = can(ctx.actor, "assignment.manage", { departmentId: a.personDepartmentId });
  // Participation updates are written on the assignment's log page (/mi-participacion/asignaciones/[id]).
  const canPost =
    a.status !== "ended" &&
    can(ctx.actor, "participation.create", { personId: a.person.id, departmentId: a.personDepartmentId });
  const tp = await getTranslations("participation.update");
  const flash = estado && estado in FLASH ? FLASH[estado as keyof typeof FLASH] : null;
  const none = <span className="text-slate-500">{t("none")}</span>;

  return (
    <>
      <p className="no-print mb-2 text-sm">
        <a href="/asignaciones">← {t("back")}</a>
      </p>
      <PageHeader
        title={t("title", { person: a.person.name, network: a.network.name })}
        intro={
          <span className="flex flex-wrap items-center gap-2">
            <span>{a.body?.name ?? t("noBody")}</span>
            <AssignmentRoleBadge role={a.role} />
            <AssignmentStatusBadge status={a.status} />
            {a.stale ? <StaleBadge /> : null}
          </span>
        }
        actions={
          canPost || canManage ? (
            <>
              {canPost ? (
                <ButtonLink href={`/mi-participacion/asignaciones/${a.id}`}>{tp("formTitle")}</ButtonLink>
              ) : null}
              {canManage ? (
                <ButtonLink href={`/asignaciones/${a.id}/editar`} variant="secondary">
                  {t("edit")}
                </ButtonLink>
              ) : null}
            </>
          ) : null
        }
      />
      {flash ? (
        <div className="mb-4">
          <Flash>{t(flash)}</Flash>
        </div>
      ) : null}
      {a.status === "ended" && a.endsOn ? (
        <div className="mb-4">
          <Alert tone="info">{t("endedNotice", { date: formatDate(format, a.endsOn) })}</Alert>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="datos-asignacion" title={t("sectionData")}>
          <dl className="divide-y divide-slate-100">
            <Item label={t("person")}>
              <a href={`/personas/${a.person.id}`}>{a.person.name}</a>
            </Item>
            <Item label={t("department")}>
              {a.department ? <a href={`/areas/${a.department.id}`}>{a.department.name}</a> : none}
            </Item>
            <Item label={t("network")}>
              <a href={`/redes/${a.network.id}`}>{a.network.name}</a>
            </Item>
            <Item label={t("body")}>{a.body?.name ?? t("noBody")}</Item>
            <Item label={t("area")}>{a.thematicArea?.name ?? none}</Item>
            <Item label={t("role")}>
              <AssignmentRoleBadge role={a.role} />
            </Item>
            <Item label={t("status")}>
              <AssignmentStatusBadge status={a.status} />
            </Item>
            <Item label={t("startsOn")}>{formatDate(format, a.startsOn)}</Item>
            <Item label={t("endsOn")}>{a.endsOn ? formatDate(format, a.endsOn) : t("openEnd")}</Item>
            <Item label={t("dedication")}>{a.dedication ?? none}</Item>
            <Item label={t("lastUpdate")}>
              {a.lastUpdatedAt ? formatDateTime(format, a.lastUpdatedAt) : tRow("never")}
            </Item>
            <Item label={t("notes")}>
              {a.notes ? <span className="whitespace-pre-line">{a.notes}</span> : none}
            </Item>
          </dl>
        </Section>
        {canManage && a.status !== "ended" ? (
          <Section id="finalizar" title={t("sectionEnd")}>
            <EndAssignmentForm
              assignmentId={a.id}
              version={a.version}
              today={todayInBuenosAires()}
              action={endAssignmentAction.bind(null, a.id)}
            />
          </Section>
        ) : null}
      </div>

      <div className="mt-6">
        <RecordHistory ctx={ctx} entityType="assignment" entityId={a.id} />
      </div>
    </>
  );
}
