import type { ReactNode } from "react";
import { columnsOf } from "@/components/data-table/columns";
import { SectionTable } from "@/components/ui/section-table";
import { OwnAttendance } from "@/components/meetings/own-attendance";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { FormState } from "@/lib/form-state";
import { getTranslations } from "@/lib/i18n/translations";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { EditLink } from "./edit-link";

type Member = MeetingDetail["delegation"][number];

const col = columnsOf<Member>();

/**
 * Who goes: person (with their unit and notes), how to reach them, role and attendance. A
 * member answers for themself before the meeting; those who manage meetings edit any row.
 */
export async function DelegationSection({
  meeting,
  actor,
  manage,
  flash,
  attendanceAction,
}: {
  meeting: MeetingDetail;
  actor: Actor;
  manage: boolean;
  flash: ReactNode;
  /** The own-attendance action of one row, bound to the meeting and the row. */
  attendanceAction: (memberId: string) => (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = await getTranslations("meetings");
  const tEnum = await getTranslations("enums");
  const base = `/reuniones/${meeting.id}`;
  const closed = meeting.status === "held" || meeting.status === "cancelled";
  const mine = (personId: string) => !!actor.personId && personId === actor.personId;
  /** A delegation member answers for themself (technical staff: only on their own row). */
  const answers = (personId: string) =>
    !closed && mine(personId) && can(actor, "meeting.attendance.own", { personId });
  const rowActions = manage || meeting.delegation.some((d) => answers(d.personId));

  const columns = [
    col.accessor("person", {
      meta: { label: t("person") },
      cell: ({ row: { original: d } }) => (
        <>
          {d.person}
          {mine(d.personId) ? (
            <>
              {" "}
              <Badge tone="blue">{t("log.you")}</Badge>
            </>
          ) : null}
          {d.department ? <span className="block text-xs text-muted">{d.department}</span> : null}
          {d.notes ? <span className="block text-xs">{d.notes}</span> : null}
        </>
      ),
    }),
    col.display({
      id: "contact",
      meta: { label: t("contact") },
      cell: ({ row: { original: d } }) => (
        <>
          {d.email ? (
            <a href={`mailto:${d.email}`} className="block py-1 break-all">
              {d.email}
            </a>
          ) : null}
          {d.phone ? (
            <a href={`tel:${d.phone.replace(/[^\d+]/g, "")}`} className="block py-1">
              {d.phone}
            </a>
          ) : null}
          {!d.email && !d.phone ? <span className="text-muted">—</span> : null}
        </>
      ),
    }),
    col.accessor("role", {
      meta: { label: t("role") },
      cell: (info) => tEnum(`delegationRole.${info.getValue()}`),
    }),
    col.accessor("attendance", {
      meta: { label: t("attendance") },
      cell: (info) => tEnum(`attendanceStatus.${info.getValue()}`),
    }),
    ...(rowActions
      ? [
          col.display({
            id: "actions",
            header: () => <span className="sr-only">{t("log.actions")}</span>,
            meta: { label: t("log.actions") },
            cell: ({ row: { original: d } }) => (
              <div className="no-print flex flex-col gap-2">
                {answers(d.personId) ? (
                  <OwnAttendance
                    action={attendanceAction(d.id)}
                    version={d.version}
                    attendance={d.attendance}
                  />
                ) : null}
                {manage ? (
                  <span>
                    <EditLink
                      href={`${base}/delegacion/${d.id}/editar`}
                      label={t("log.editMember")}
                      name={t("log.editMemberName", { person: d.person })}
                    />
                  </span>
                ) : null}
              </div>
            ),
          }),
        ]
      : []),
  ];

  return (
    <Section
      id="delegacion"
      title={t("delegation")}
      actions={
        manage ? (
          <ButtonLink href={`${base}/delegacion/nueva`} variant="secondary">
            {t("log.addMember")}
          </ButtonLink>
        ) : null
      }
    >
      {flash}
      <SectionTable
        caption={t("delegation")}
        columns={columns}
        rows={meeting.delegation}
        empty={t("noDelegation")}
      />
    </Section>
  );
}
