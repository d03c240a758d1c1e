import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import { recordPage, type RecordViewProps } from "@/app/_lib/record-page";
import { AssignmentRoleBadge, AssignmentStatusBadge, StaleBadge } from "@/components/assignments/badges";
import { EndAssignmentForm } from "@/components/assignments/end-assignment-form";
import { RecordHistory } from "@/components/history/record-history";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { DetailItem, DetailList } from "@/components/ui/detail-list";
import { RecordHeader } from "@/components/ui/record-header";
import { Section } from "@/components/ui/section";
import { getAssignment } from "@/lib/assignments/queries";
import { can } from "@/lib/auth/policy";
import { todayInBuenosAires } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";
import { endAssignmentAction } from "../actions";

const page = recordPage(getAssignment, async (a) =>
  (await getTranslations("assignments.detail"))("title", { person: a.person.name, network: a.network.name }),
);
export const generateMetadata = page.generateMetadata;

export default async function AssignmentPage(props: RecordViewProps) {
  const format = await getFormatter();
  const { ctx, record: a, estado } = await page.read(props);
  const t = await getTranslations("assignments.detail");
  const tRow = await getTranslations("assignments.row");
  const canManage = can(ctx.actor, "assignment.manage", { departmentId: a.personDepartmentId });
  // Participation updates are written on the assignment's log page (/mi-participacion/asignaciones/[id]).
  const canPost =
    a.status !== "ended" &&
    can(ctx.actor, "participation.create", { personId: a.person.id, departmentId: a.personDepartmentId });
  const tp = await getTranslations("participation.update");
  const none = <span className="text-slate-500">{t("none")}</span>;

  return (
    <>
      <RecordHeader
        back={{ href: "/asignaciones", label: t("back") }}
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
        state={estado}
        flashes={{ creada: t("created"), guardada: t("saved"), finalizada: t("ended") }}
      />
      {a.status === "ended" && a.endsOn ? (
        <div className="mb-4">
          <Alert tone="info">{t("endedNotice", { date: formatDate(format, a.endsOn) })}</Alert>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="datos-asignacion" title={t("sectionData")}>
          <DetailList>
            <DetailItem label={t("person")}>
              <a href={`/personas/${a.person.id}`}>{a.person.name}</a>
            </DetailItem>
            <DetailItem label={t("department")}>
              {a.department ? <a href={`/areas/${a.department.id}`}>{a.department.name}</a> : none}
            </DetailItem>
            <DetailItem label={t("network")}>
              <a href={`/redes/${a.network.id}`}>{a.network.name}</a>
            </DetailItem>
            <DetailItem label={t("body")}>{a.body?.name ?? t("noBody")}</DetailItem>
            <DetailItem label={t("area")}>{a.thematicArea?.name ?? none}</DetailItem>
            <DetailItem label={t("role")}>
              <AssignmentRoleBadge role={a.role} />
            </DetailItem>
            <DetailItem label={t("status")}>
              <AssignmentStatusBadge status={a.status} />
            </DetailItem>
            <DetailItem label={t("startsOn")}>{formatDate(format, a.startsOn)}</DetailItem>
            <DetailItem label={t("endsOn")}>
              {a.endsOn ? formatDate(format, a.endsOn) : t("openEnd")}
            </DetailItem>
            <DetailItem label={t("dedication")}>{a.dedication ?? none}</DetailItem>
            <DetailItem label={t("lastUpdate")}>
              {a.lastUpdatedAt ? formatDateTime(format, a.lastUpdatedAt) : tRow("never")}
            </DetailItem>
            <DetailItem label={t("notes")}>
              {a.notes ? <span className="whitespace-pre-line">{a.notes}</span> : none}
            </DetailItem>
          </DetailList>
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
