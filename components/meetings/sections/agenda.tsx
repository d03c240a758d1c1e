import { getTranslations } from "@/lib/i18n/translations";
import { OrderedItemsSection, type OrderedSectionProps } from "./ordered-items";

/** The agenda in order; those who manage meetings add, edit and reorder its items. */
export async function AgendaSection({ meeting, manage, flash, moveAction }: OrderedSectionProps) {
  const t = await getTranslations("meetings");
  const base = `/reuniones/${meeting.id}`;
  return (
    <OrderedItemsSection
      id="agenda"
      title={t("agenda")}
      className="lg:col-span-2"
      add={manage ? { href: `${base}/agenda/nuevo`, label: t("log.addAgendaItem") } : null}
      flash={flash}
      empty={t("noAgenda")}
      items={meeting.agenda}
      layout="inline"
      text={(item) => (
        <div className="min-w-0">
          <span className="font-medium">{item.title}</span>
          {item.presenter || item.durationMinutes ? (
            <span className="block text-xs text-muted">
              {[item.presenter, item.durationMinutes ? t("minutes", { n: item.durationMinutes }) : null]
                .filter(Boolean)
                .join(" · ")}
            </span>
          ) : null}
          {item.notes ? <span className="block text-xs whitespace-pre-line">{item.notes}</span> : null}
        </div>
      )}
      edit={(item) => ({
        title: item.title,
        href: `${base}/agenda/${item.id}/editar`,
        label: t("log.editAgendaItem"),
        name: t("log.editAgendaItemName", { title: item.title }),
      })}
      moveAction={moveAction}
    />
  );
}
