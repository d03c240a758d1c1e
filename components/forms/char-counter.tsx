"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** From this share of the limit on, the counter shows. */
const NEAR = 0.8;
/** Below this limit a counter says little ("3 / 3"): the message on saving gives the limit. */
export const COUNTED_FROM = 50;

type Stage = "far" | "near" | "over";
const stageOf = (count: number, max: number): Stage =>
  count > max ? "over" : count >= max * NEAR ? "near" : "far";

/**
 * "183 / 200 caracteres" under a text field close to its limit. Nothing is cut: a longer text
 * stays as typed or pasted, the counter says by how much it is over, and saving names the
 * limit. The visible counter follows each keystroke silently; screen readers hear it (politely)
 * only when it changes stage — near the limit, over it, back under.
 */
export function CharCounter({ id, count, max }: { id: string; count: number; max: number }) {
  const t = useTranslations("common.form");
  const stage = stageOf(count, max);
  const text = (n: number) =>
    n > max ? t("charCountOver", { count: n, max, over: n - max }) : t("charCount", { count: n, max });
  // Only a change of stage is announced, with the count at that moment.
  const [said, setSaid] = useState({ stage, announced: "" });
  if (said.stage !== stage) setSaid({ stage, announced: stage === "far" ? "" : text(count) });
  const announced = said.stage === stage ? said.announced : "";
  return (
    <>
      {stage === "far" ? null : (
        <p
          id={id}
          data-char-counter
          className={`text-xs ${stage === "over" ? "font-semibold text-red-700" : "text-muted"}`}
        >
          {text(count)}
        </p>
      )}
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
