import type { ReactNode } from "react";
import type { MoveState } from "@/components/meetings/move-buttons";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { getTranslations } from "@/lib/i18n/translations";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { OrderedRowActions } from "./ordered-row-actions";

/** The agenda in order; those who manage meetings add, edit and reorder its items. */
export async function AgendaSection({
  meeting,
  manage,
  flash,
  moveAction,
}: {
  meeting: MeetingDetail;
  manage: boolean;
  flash: ReactNode;
  /** The move action of one item, bound to the meeting and the item. */
  moveAction: (itemId: string) => (state: MoveState, formData: FormData) => Promise<MoveState>;
}) {
  const t = await getTranslations("meetings");
  const base = `/reuniones/${meeting.id}`;
  return (
    <Section
      id="agenda"
      title={t("agenda")}
      className="lg:col-span-2"
      actions={
        manage ? (
          <ButtonLink href={`${base}/agenda/nuevo`} variant="secondary">
            {t("log.addAgendaItem")}
          </ButtonLink>
        ) : null
      }
    >
      {flash}
      {meeting.agenda.length === 0 ? (
        <p className="text-sm text-muted">{t("noAgenda")}</p>
      ) : (
        <ol className="divide-y divide-slate-100 text-sm">
          {meeting.agenda.map((item, index) => (
            <li key={item.id} className="flex flex-wrap items-start justify-between gap-3 py-2">
              <div className="flex min-w-0 flex-1 gap-2">
                <span className="w-6 shrink-0 text-right font-semibold text-muted">{index + 1}.</span>
                <div className="min-w-0">
                  <span className="font-medium">{item.title}</span>
                  {item.presenter || item.durationMinutes ? (
                    <span className="block text-xs text-muted">
                      {[
                        item.presenter,
                        item.durationMinutes ? t("minutes", { n: item.durationMinutes }) : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  ) : null}
                  {item.notes ? (
                    <span className="block text-xs whitespace-pre-line">{item.notes}</span>
                  ) : null}
                </div>
              </div>
              {manage ? (
                <OrderedRowActions
                  action={moveAction(item.id)}
                  version={item.version}
                  title={item.title}
                  position={index + 1}
                  total={meeting.agenda.length}
                  edit={{
                    href: `${base}/agenda/${item.id}/editar`,
                    label: t("log.editAgendaItem"),
                    name: t("log.editAgendaItemName", { title: item.title }),
                  }}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
