import { getFormatter } from "next-intl/server";
import { AssignmentRoleBadge } from "@/components/assignments/badges";
import { QuietFlag, UpdateList } from "@/components/participation/update-list";
import { UpdateForm } from "@/components/participation/update-form";
import { CardFlash, OrphanFlash } from "@/components/participation/card-flash";
import { Section } from "@/components/ui/section";
import { noticeFor, orphanNotice, type CardNotice } from "@/components/participation/card-notice";
import { formatDate, formatDateTime } from "@/lib/format";
import { getTranslations } from "@/lib/i18n/translations";
import type { MyParticipation } from "@/lib/participation/queries";
import { createParticipationUpdateAction } from "./actions";

/**
 * Mi participación's assignments, one card each: the role, since when, the last update, the
 * latest updates and (when the user may post) the form for a new one.
 */
export async function MyAssignments({
  mine,
  today,
  notice,
}: {
  mine: MyParticipation;
  today: string;
  notice: CardNotice | null;
}) {
  const t = await getTranslations("participation");
  const format = await getFormatter();
  const target = (a: MyParticipation["assignments"][number]) =>
    a.body?.name ?? a.thematicArea ?? t("assignments.general");
  return (
    <Section
      id="mis-asignaciones"
      title={t("assignments.title")}
      actions={
        <a href={`/personas/${mine.person.id}`} className="text-sm">
          {t("assignments.allLink")}
        </a>
      }
    >
      <OrphanFlash
        text={orphanNotice(
          notice,
          "asignacion",
          mine.assignments.map((a) => `asignacion-${a.id}`),
        )}
      />
      {mine.assignments.length === 0 ? (
        <p className="text-sm text-muted">{t("assignments.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {mine.assignments.map((a) => {
            const headingId = `asignacion-${a.id}`;
            const formTitleId = `novedad-${a.id}-titulo`;
            const names = { network: a.network.name, target: target(a) };
            return (
              <li key={a.id}>
                <article
                  aria-labelledby={headingId}
                  data-assignment={a.id}
                  className="rounded-md border border-slate-200 p-4"
                >
                  <h3 id={headingId} className="scroll-mt-4 text-base font-bold">
                    {t("assignments.heading", names)}
                  </h3>
                  <CardFlash text={noticeFor(notice, headingId)} />
                  <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
                    <div>
                      <dt className="font-semibold text-muted">{t("assignments.role")}</dt>
                      <dd className="mt-1">
                        <AssignmentRoleBadge role={a.role} />
                      </dd>
                    </div>
                    <div>
                      <dt className="font-semibold text-muted">{t("assignments.since")}</dt>
                      <dd className="mt-1">{formatDate(format, a.startsOn)}</dd>
                    </div>
                    <div>
                      <dt className="font-semibold text-muted">{t("assignments.lastUpdate")}</dt>
                      <dd className="mt-1 flex flex-wrap items-center gap-2" data-last-update="true">
                        <span>
                          {a.lastUpdatedAt ? formatDateTime(format, a.lastUpdatedAt) : t("assignments.never")}
                        </span>
                        {a.stale ? <QuietFlag /> : null}
                      </dd>
                    </div>
                  </dl>

                  <div className="mt-4 grid gap-6 lg:grid-cols-2">
                    <div>
                      <h4 className="text-sm font-bold">{t("assignments.latest")}</h4>
                      <UpdateList updates={a.latestUpdates} empty={t("assignments.noUpdates")} />
                      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                        {a.canPost && a.updateCount > 0 ? (
                          <a
                            href={`/mi-participacion/asignaciones/${a.id}`}
                            aria-label={t("assignments.seeAllLabel", names)}
                          >
                            {t("assignments.seeAll", { count: a.updateCount })}
                          </a>
                        ) : null}
                        <a href={`/asignaciones/${a.id}`} aria-label={t("assignments.detailsLabel", names)}>
                          {t("assignments.details")}
                        </a>
                      </p>
                    </div>
                    <div>
                      <h4 id={formTitleId} className="mb-2 text-sm font-bold">
                        {t("update.formTitle")}
                      </h4>
                      {a.canPost ? (
                        <UpdateForm
                          // A new update changes the count: the form starts empty again.
                          key={`${a.id}-${a.updateCount}`}
                          action={createParticipationUpdateAction.bind(null, a.id, "panel")}
                          idPrefix={`novedad-${a.id}`}
                          today={today}
                          titleId={formTitleId}
                        />
                      ) : (
                        <p className="text-sm text-muted">{t("assignments.readOnly")}</p>
                      )}
                    </div>
                  </div>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
