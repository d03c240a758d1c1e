import { columnsOf } from "@/components/data-table/columns";
import { SectionTable } from "@/components/ui/section-table";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { todayInBuenosAires } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/translations";
import type { MeetingDetail } from "@/lib/meetings/queries";
import type { ReactNode } from "react";
import { EditLink } from "./edit-link";

type Commitment = MeetingDetail["commitments"][number];

const col = columnsOf<Commitment>();

/** The commitments taken at the meeting, overdue ones marked; a link to add one from here. */
export async function CommitmentsSection({
  meeting,
  manageCommitments,
  flash,
}: {
  meeting: MeetingDetail;
  manageCommitments: boolean;
  /** The confirmation of a commitment just added from this meeting. */
  flash?: ReactNode;
}) {
  const format = await getFormatter();
  const t = await getTranslations("meetings");
  const tColumns = await getTranslations("commitments.columns");
  const tEnum = await getTranslations("enums");
  const today = todayInBuenosAires();
  const overdue = (c: Commitment) =>
    (c.status === "open" || c.status === "in_progress") && c.dueOn !== null && c.dueOn < today;

  const columns = [
    col.accessor("title", {
      meta: { label: tColumns("title"), rowHeader: true },
      cell: ({ row: { original: c } }) => (
        <>
          <span className="font-medium">{c.title}</span>
          <span className="block text-xs text-muted">{c.owner}</span>
        </>
      ),
    }),
    col.accessor("dueOn", {
      meta: { label: tColumns("due") },
      cell: ({ row: { original: c } }) =>
        c.dueOn ? (
          <span className={overdue(c) ? "font-semibold text-red-800" : "text-muted"}>
            {formatDate(format, c.dueOn)}
          </span>
        ) : null,
    }),
    col.accessor("status", {
      meta: { label: tColumns("status") },
      cell: ({ row: { original: c } }) =>
        overdue(c) ? (
          <Badge tone="red">{t("overdue")}</Badge>
        ) : (
          <Badge>{tEnum(`commitmentStatus.${c.status}`)}</Badge>
        ),
    }),
    ...(manageCommitments
      ? [
          col.display({
            id: "actions",
            header: () => <span className="sr-only">{t("log.actions")}</span>,
            meta: { label: t("log.actions") },
            cell: ({ row: { original: c } }) => (
              <EditLink
                href={`/compromisos/${c.id}/editar`}
                label={t("log.editCommitment")}
                name={t("log.editCommitmentName", { title: c.title })}
              />
            ),
          }),
        ]
      : []),
  ];

  return (
    <Section
      id="compromisos"
      title={t("commitments")}
      actions={
        manageCommitments ? (
          <ButtonLink href={`/compromisos/nuevo?meeting=${meeting.id}`} variant="secondary">
            {t("log.addCommitment")}
          </ButtonLink>
        ) : null
      }
    >
      {flash}
      <SectionTable
        caption={t("commitments")}
        columns={columns}
        rows={meeting.commitments}
        empty={t("noCommitments")}
      />
    </Section>
  );
}
