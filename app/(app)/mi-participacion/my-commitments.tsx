import { CommitmentStatusBadge, DueCell } from "@/components/commitments/badges";
import { ProgressForm } from "@/components/commitments/progress-form";
import { Section } from "@/components/ui/section";
import { CardFlash, OrphanFlash } from "@/components/participation/card-flash";
import { noticeFor, orphanNotice, type CardNotice } from "@/components/participation/card-notice";
import { getTranslations } from "@/lib/i18n/translations";
import type { MyParticipation } from "@/lib/participation/queries";
import { myCommitmentProgressAction } from "./actions";

/**
 * Mi participación's pending commitments, overdue first, one card each: when it is due, how
 * it stands, and the form to move it on when the user may.
 */
export async function MyCommitments({ mine, notice }: { mine: MyParticipation; notice: CardNotice | null }) {
  const t = await getTranslations("participation");
  return (
    <Section
      id="mis-compromisos"
      title={t("commitments.title")}
      actions={
        <a href={`/compromisos?owner=${mine.person.id}`} className="text-sm">
          {t("commitments.allLink")}
        </a>
      }
    >
      <p className="mb-3 text-sm text-muted">{t("commitments.intro")}</p>
      {/* A commitment just moved to done is no longer pending: its confirmation stays here. */}
      <OrphanFlash
        text={orphanNotice(
          notice,
          "compromiso",
          mine.commitments.map((c) => `compromiso-${c.id}`),
        )}
      />
      {mine.commitments.length === 0 ? (
        <p className="text-sm text-muted">{t("commitments.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {mine.commitments.map((c) => {
            const headingId = `compromiso-${c.id}`;
            const formTitleId = `compromiso-${c.id}-estado`;
            return (
              <li key={c.id}>
                <article
                  aria-labelledby={headingId}
                  data-commitment={c.id}
                  className={`rounded-md border p-4 ${c.overdue ? "border-red-300" : "border-slate-200"}`}
                >
                  <h3 id={headingId} className="scroll-mt-4 text-base font-bold">
                    <a href={`/compromisos/${c.id}`}>{c.title}</a>
                  </h3>
                  <CardFlash text={noticeFor(notice, headingId)} />
                  <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
                    <div>
                      <dt className="font-semibold text-muted">{t("commitments.due")}</dt>
                      <dd className="mt-1">
                        <DueCell
                          dueOn={c.dueOn}
                          daysLeft={c.daysLeft}
                          status={c.status}
                          completedOn={c.completedOn}
                        />
                      </dd>
                    </div>
                    <div>
                      <dt className="font-semibold text-muted">{t("commitments.status")}</dt>
                      <dd className="mt-1">
                        <CommitmentStatusBadge status={c.status} />
                      </dd>
                    </div>
                    <div>
                      <dt className="font-semibold text-muted">{t("commitments.network")}</dt>
                      <dd className="mt-1">
                        {c.network.name}
                        {c.meeting ? (
                          <span className="block text-xs">
                            <a href={`/reuniones/${c.meeting.id}`}>{c.meeting.title}</a>
                          </span>
                        ) : null}
                      </dd>
                    </div>
                  </dl>
                  {c.canProgress ? (
                    <div className="mt-4">
                      <h4 id={formTitleId} className="mb-2 text-sm font-bold">
                        {t("commitments.formTitle")}
                      </h4>
                      <ProgressForm
                        key={`${c.id}-${c.version}`}
                        commitmentId={c.id}
                        version={c.version}
                        initialValues={{
                          status: c.status,
                          completedOn: c.completedOn ?? "",
                          notes: c.notes ?? "",
                        }}
                        action={myCommitmentProgressAction.bind(null, c.id)}
                        idPrefix={`compromiso-${c.id}`}
                        titleId={formTitleId}
                      />
                    </div>
                  ) : c.notes ? (
                    <p className="mt-2 whitespace-pre-line text-sm">
                      <span className="font-semibold text-muted">{t("commitments.notes")}: </span>
                      {c.notes}
                    </p>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ul>
      )}
      {mine.commitmentTotal > mine.commitments.length ? (
        <p className="mt-2 text-sm text-muted">
          {t("commitments.limited", { shown: mine.commitments.length, total: mine.commitmentTotal })}
        </p>
      ) : null}
    </Section>
  );
}
