import { getTranslations } from "@/lib/i18n/translations";
import { OrderedItemsSection, type OrderedSectionProps } from "./ordered-items";

/** The decisions taken, numbered; those who manage meetings add, edit and reorder them. */
export async function DecisionsSection({ meeting, manage, flash, moveAction }: OrderedSectionProps) {
  const t = await getTranslations("meetings");
  const base = `/reuniones/${meeting.id}`;
  return (
    <OrderedItemsSection
      id="decisiones"
      title={t("decisions")}
      add={manage ? { href: `${base}/decisiones/nueva`, label: t("log.addDecision") } : null}
      flash={flash}
      empty={t("noDecisions")}
      items={meeting.decisions}
      layout="stacked"
      text={(d) => <span className="whitespace-pre-line">{d.text}</span>}
      edit={(d, n) => ({
        title: t("log.editDecisionName", { n }),
        href: `${base}/decisiones/${d.id}/editar`,
        label: t("log.editDecision"),
        name: t("log.editDecisionName", { n }),
      })}
      moveAction={moveAction}
    />
  );
}
