import { titleFrom } from "@/app/_lib/page-title";
import { getFormatter } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/translations";
import { AssignmentRoleBadge, AssignmentStatusBadge } from "@/components/assignments/badges";
import { QuietFlag, UpdateList } from "@/components/participation/update-list";
import { UpdateForm } from "@/components/participation/update-form";
import { Alert } from "@/components/ui/alert";
import { Flash } from "@/components/ui/flash";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { requireCtx } from "@/lib/auth/context";
import { todayInBuenosAires } from "@/lib/dates";
import { formatDate, formatDateTime } from "@/lib/format";
import { participationLog } from "@/lib/participation/queries";
import { hrefWith } from "@/lib/url";
import { createParticipationUpdateAction } from "../../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ estado?: string | string[]; page?: string | string[] }>;
};

const pageOf = (value: string | string[] | undefined) => {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
};

export const generateMetadata = titleFrom(() => getTranslations("participation.update"), "formTitle");

/**
 * One assignment's participation log, where updates are written: open to the assigned person,
 * the head of their department, coordinators and admins (lib/ decides and audits a refusal).
 */
export default async function ParticipationLogPage({ params, searchParams }: Props) {
  const format = await getFormatter();
  const { id } = await params;
  const { estado, page: pageParam } = await searchParams;
  const ctx = await requireCtx();
  const page = pageOf(pageParam);
  const result = await participationLog(ctx, id, page);
  const t = await getTranslations("participation");
  if (!result.ok) {
    if (result.code === "FORBIDDEN") {
      return <Forbidden title={t("log.forbiddenTitle")} body={t("log.forbiddenBody")} />;
    }
    notFound();
  }
  const log = result.data;
  const path = `/mi-participacion/asignaciones/${id}`;
  const lastPage = Math.max(1, Math.ceil(log.total / log.size));
  if (page > lastPage) redirect(hrefWith(path, {}, { page: lastPage }, { page: 1 }));
  const a = log.assignment;
  const names = {
    network: a.network.name,
    target: a.body?.name ?? a.thematicArea ?? t("assignments.general"),
  };
  const today = todayInBuenosAires();

  return (
    <>
      {/* Wrapped on a phone: each link 24 px tall, so neither is a target too small to tap. */}
      <p className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href="/mi-participacion" className="inline-block py-0.5">
          ← {t("log.back")}
        </a>
        <a href={`/asignaciones/${a.id}`} className="inline-block py-0.5">
          {t("log.backToAssignment")}
        </a>
      </p>
      <PageHeader
        title={t("log.title", names)}
        intro={
          <span className="flex flex-wrap items-center gap-2">
            {log.own ? null : <span>{t("log.of", { person: a.person.name })}</span>}
            <AssignmentRoleBadge role={a.role} />
            <AssignmentStatusBadge status={a.status} />
            <span>
              {t("assignments.since")}: {formatDate(format, a.startsOn)}
            </span>
            <span data-last-update="true">
              {t("assignments.lastUpdate")}:{" "}
              {a.lastUpdatedAt ? formatDateTime(format, a.lastUpdatedAt) : t("assignments.never")}
            </span>
            {a.stale ? <QuietFlag /> : null}
          </span>
        }
      />
      {estado === "novedad-registrada" ? (
        <div className="mb-4">
          <Flash>{t("flash.novedad-registrada")}</Flash>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="registrar-novedad" title={t("update.formTitle")}>
          {a.status === "ended" ? (
            <Alert tone="info">{t("log.ended")}</Alert>
          ) : (
            <UpdateForm
              key={log.total}
              action={createParticipationUpdateAction.bind(null, a.id, "registro")}
              idPrefix="novedad"
              today={today}
              titleId="registrar-novedad"
            />
          )}
        </Section>
        <Section id="novedades" title={t("log.listTitle")}>
          <UpdateList updates={log.updates} empty={t("log.empty")} />
          {log.total > log.size ? (
            <Pagination
              page={log.page}
              size={log.size}
              total={log.total}
              hrefFor={(p) => hrefWith(path, {}, { page: p }, { page: 1 })}
            />
          ) : null}
        </Section>
      </div>
    </>
  );
}
