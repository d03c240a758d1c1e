/**
 * The confirmation after a save on Mi participación, and where it belongs: `at` is the anchor
 * id of the card that was saved (its heading's id), so that the page shows the confirmation in
 * that card and focus — and the reader — land there instead of at the top of a long page.
 */
export interface CardNotice {
  at: string | null;
  text: string;
}

/** The anchors a save may return to: an assignment, a meeting row or a commitment card. */
const CARD_ANCHOR = /^(asignacion|reunion|compromiso)-[0-9a-f-]{36}$/;

export const cardAnchor = (raw: unknown): string | null =>
  typeof raw === "string" && CARD_ANCHOR.test(raw) ? raw : null;

/** The query and fragment that bring the reader back to a card with its confirmation. */
export const backToCard = (estado: string, anchor: string) =>
  `?${new URLSearchParams({ estado, en: anchor })}#${anchor}`;

/** The notice when it is for this card. */
export const noticeFor = (notice: CardNotice | null, anchor: string) =>
  notice && notice.at === anchor ? notice.text : null;

/**
 * The notice of a section's card that is no longer listed (a commitment just moved to done
 * leaves the pending ones): shown at the section's top instead.
 */
export function orphanNotice(notice: CardNotice | null, prefix: string, anchors: string[]): string | null {
  if (!notice?.at?.startsWith(`${prefix}-`)) return null;
  return anchors.includes(notice.at) ? null : notice.text;
}
