"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
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

  const small = "min-h-9 px-2 py-1";
  const first = position <= 1;
  const last = position >= total;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-1">
      <input type="hidden" name="version" value={version} />
      <button
        ref={up}
        type="submit"
        name="direction"
        value="up"
        aria-disabled={first || pending ? true : undefined}
        onClick={(e) => (first || pending) && e.preventDefault()}
        className={buttonClass(
          "secondary",
          `${small} aria-disabled:cursor-not-allowed aria-disabled:opacity-60`,
        )}
      >
        <span aria-hidden="true">↑</span> {t("moveUp")}
        <span className="sr-only"> {t("moveItemName", { title })}</span>
      </button>
      <button
        ref={down}
        type="submit"
        name="direction"
        value="down"
        aria-disabled={last || pending ? true : undefined}
        onClick={(e) => (last || pending) && e.preventDefault()}
        className={buttonClass(
          "secondary",
          `${small} aria-disabled:cursor-not-allowed aria-disabled:opacity-60`,
        )}
      >
        <span aria-hidden="true">↓</span> {t("moveDown")}
        <span className="sr-only"> {t("moveItemName", { title })}</span>
      </button>
      <span role="status" className={state.code ? "w-full text-sm font-medium text-red-800" : "sr-only"}>
        {message}
      </span>
    </form>
  );
}
