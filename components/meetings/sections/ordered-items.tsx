import type { ReactNode } from "react";
import type { MoveState } from "@/components/meetings/move-buttons";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { OrderedRowActions } from "./ordered-row-actions";

type MoveAction = (itemId: string) => (state: MoveState, formData: FormData) => Promise<MoveState>;

/** What a meeting page gives one of its ordered sections. */
export interface OrderedSectionProps {
  meeting: MeetingDetail;
  /** The user manages meetings: they add, edit and reorder the rows. */
  manage: boolean;
  flash: ReactNode;
  /** The move action of one row, bound to the meeting and the row. */
  moveAction: MoveAction;
}

const LAYOUTS = {
  // The row's actions beside its text.
  inline: {
    row: "flex flex-wrap items-start justify-between gap-3 py-2",
    text: "flex min-w-0 flex-1 gap-2",
    actions: "",
  },
  // The row's actions under its text.
  stacked: { row: "flex flex-col gap-2 py-2", text: "flex gap-2", actions: "pl-8" },
};

/**
 * A meeting's numbered list (its agenda, its decisions) as a section: "add" in its header for
 * those who manage meetings (`add`), the empty text, and each row's text after its number with,
 * for those who manage, "Subir" / "Bajar" and "Editar" (`edit`: the row's name and link).
 */
export function OrderedItemsSection<T extends { id: string; version: number }>({
  id,
  title,
  className,
  add,
  flash,
  empty,
  items,
  layout,
  text,
  edit,
  moveAction,
}: {
  id: string;
  title: string;
  className?: string;
  /** "Add" for those who manage, else null (then rows have no actions either). */
  add: { href: string; label: string } | null;
  flash: ReactNode;
  empty: string;
  items: readonly T[];
  layout: keyof typeof LAYOUTS;
  text: (item: T) => ReactNode;
  /** The row's name (for the buttons' accessible names) and its edit link. */
  edit: (item: T, position: number) => { title: string; href: string; label: string; name: string };
  moveAction: MoveAction;
}) {
  const classes = LAYOUTS[layout];
  return (
    <Section
      id={id}
      title={title}
      className={className}
      actions={
        add ? (
          <ButtonLink href={add.href} variant="secondary">
            {add.label}
          </ButtonLink>
        ) : null
      }
    >
      {flash}
      {items.length === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <ol className="divide-y divide-slate-100 text-sm">
          {items.map((item, index) => {
            const { title: name, ...link } = edit(item, index + 1);
            return (
              <li key={item.id} className={classes.row}>
                <div className={classes.text}>
                  <span className="w-6 shrink-0 text-right font-semibold text-muted">{index + 1}.</span>
                  {text(item)}
                </div>
                {add ? (
                  <OrderedRowActions
                    action={moveAction(item.id)}
                    version={item.version}
                    title={name}
                    position={index + 1}
                    total={items.length}
                    edit={link}
                    className={classes.actions}
                  />
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
