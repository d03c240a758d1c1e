import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { todayInBuenosAires } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { getTranslations } from "@/lib/i18n/translations";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { EditLink } from "./edit-link";

/** The commitments taken at the meeting, overdue ones marked; a link to add one from here. */
export async function CommitmentsSection({
  meeting,
  manageCommitments,
}: {
  meeting: MeetingDetail;
  manageCommitments: boolean;
}) {
  const t = await getTranslations("meetings");
  const tEnum = await getTranslations("enums");
  const today = todayInBuenosAires();
  return (
    <Section
      id="compromisos"
      title={t("commitments")}
      actions={
        manageCommitments ? (
          <ButtonLink href={`/compromisos/nuevo?reunion=${meeting.id}`} variant="secondary">
            {t("log.addCommitment")}
          </ButtonLink>
        ) : null
      }
    >
      {meeting.commitments.length === 0 ? (
        <p className="text-sm text-muted">{t("noCommitments")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {meeting.commitments.map((c) => {
            const overdue =
              (c.status === "open" || c.status === "in_progress") && c.dueOn !== null && c.dueOn < today;
            return (
              <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{c.title}</span>
                  <span className="block text-xs text-muted">{c.owner}</span>
                </span>
                <span className="flex flex-wrap items-center gap-2">
                  {c.dueOn ? (
                    <span className={overdue ? "font-semibold text-red-800" : "text-muted"}>
                      {formatDate(c.dueOn)}
                    </span>
                  ) : null}
                  {overdue ? (
                    <Badge tone="red">{t("overdue")}</Badge>
                  ) : (
                    <Badge>{tEnum(`commitmentStatus.${c.status}`)}</Badge>
                  )}
                  {manageCommitments ? (
                    <EditLink
                      href={`/compromisos/${c.id}/editar`}
                      label={t("log.editCommitment")}
                      name={t("log.editCommitmentName", { title: c.title })}
                    />
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
