"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type ReactNode, type RefObject } from "react";
import { buttonClass } from "@/components/ui/button";
import type { ErrorCode } from "@/lib/result";

/** What a move action returns: where the row is now, or why it did not move. */
export interface MoveState {
  submission: number;
  direction?: "up" | "down";
  code?: ErrorCode;
  moved?: boolean;
  position?: number;
}

const initialMoveState: MoveState = { submission: 0 };

/** One of the two: marked unavailable (and a no-op) at the end it would move past, or while moving. */
function MoveButton({
  ref,
  direction,
  unavailable,
  name,
  children,
}: {
  ref: RefObject<HTMLButtonElement | null>;
  direction: "up" | "down";
  unavailable: boolean;
  /** The row's name, after the button's words for screen readers. */
  name: string;
  children: ReactNode;
}) {
  return (
    <button
      ref={ref}
      type="submit"
      name="direction"
      value={direction}
      aria-disabled={unavailable ? true : undefined}
      onClick={(e) => unavailable && e.preventDefault()}
      className={buttonClass(
        "secondary",
        "min-h-9 px-2 py-1 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
      )}
    >
      {children}
      <span className="sr-only"> {name}</span>
    </button>
  );
}

/**
 * "Subir" / "Bajar" for one row of an ordered list (agenda items, decisions): buttons rather
 * than drag and drop (WCAG 2.5.7), in a form that works without JavaScript. The page is
 * refreshed in place; focus stays on the button used and a status message says where the row
 * went. At the top (or bottom) the button is marked unavailable and moving is a no-op.
 */
export function MoveButtons({
  action,
  version,
  title,
  position,
  total,
}: {
  action: (state: MoveState, formData: FormData) => Promise<MoveState>;
  version: number;
  /** The row's name, for the buttons' accessible names and the status message. */
  title: string;
  position: number;
  total: number;
}) {
  const t = useTranslations("meetings.log");
  const tErr = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialMoveState);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Rows are re-ordered in the DOM; keep focus where the reader was.
    if (!state.direction) return;
    const button = state.direction === "up" ? up.current : down.current;
    if (button && document.activeElement !== button) button.focus();
  }, [state.submission, state.direction]);

  const message = !state.direction
    ? ""
    : state.code === "CONFLICT"
      ? t("moveConflict")
      : state.code
        ? tErr(state.code)
        : state.moved
          ? t("moved", { title, position, total })
          : t("notMoved", { title, position, total });

  const name = t("moveItemName", { title });
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-1">
      <input type="hidden" name="version" value={version} />
      <MoveButton ref={up} direction="up" unavailable={position <= 1 || pending} name={name}>
        <span aria-hidden="true">↑</span> {t("moveUp")}
      </MoveButton>
      <MoveButton ref={down} direction="down" unavailable={position >= total || pending} name={name}>
        <span aria-hidden="true">↓</span> {t("moveDown")}
      </MoveButton>
      <span role="status" className={state.code ? "w-full text-sm font-medium text-red-800" : "sr-only"}>
        {message}
      </span>
    </form>
  );
}
