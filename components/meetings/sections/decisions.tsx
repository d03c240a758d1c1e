import type { ReactNode } from "react";
import type { MoveState } from "@/components/meetings/move-buttons";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { getTranslations } from "@/lib/i18n/translations";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { OrderedRowActions } from "./ordered-row-actions";

/** The decisions taken, numbered; those who manage meetings add, edit and reorder them. */
export async function DecisionsSection({
  meeting,
  manage,
  flash,
  moveAction,
}: {
  meeting: MeetingDetail;
  manage: boolean;
  flash: ReactNode;
  /** The move action of one decision, bound to the meeting and the decision. */
  moveAction: (decisionId: string) => (state: MoveState, formData: FormData) => Promise<MoveState>;
}) {
  const t = await getTranslations("meetings");
  const base = `/reuniones/${meeting.id}`;
  return (
    <Section
      id="decisiones"
      title={t("decisions")}
      actions={
        manage ? (
          <ButtonLink href={`${base}/decisiones/nueva`} variant="secondary">
            {t("log.addDecision")}
          </ButtonLink>
        ) : null
      }
    >
      {flash}
      {meeting.decisions.length === 0 ? (
        <p className="text-sm text-muted">{t("noDecisions")}</p>
      ) : (
        <ol className="divide-y divide-slate-100 text-sm">
          {meeting.decisions.map((d, index) => (
            <li key={d.id} className="flex flex-col gap-2 py-2">
              <div className="flex gap-2">
                <span className="w-6 shrink-0 text-right font-semibold text-muted">{index + 1}.</span>
                <span className="whitespace-pre-line">{d.text}</span>
              </div>
              {manage ? (
                <OrderedRowActions
                  action={moveAction(d.id)}
                  version={d.version}
                  title={t("log.editDecisionName", { n: index + 1 })}
                  position={index + 1}
                  total={meeting.decisions.length}
                  edit={{
                    href: `${base}/decisiones/${d.id}/editar`,
                    label: t("log.editDecision"),
                    name: t("log.editDecisionName", { n: index + 1 }),
                  }}
                  className="pl-8"
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
