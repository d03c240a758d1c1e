import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ImportState } from "@/db/schema/imports";
import { getTranslations } from "@/lib/i18n/translations";

const TONES: Record<ImportState, BadgeTone> = {
  uploaded: "neutral",
  validating: "blue",
  validated: "violet",
  importing: "blue",
  done: "green",
  failed: "red",
  undone: "amber",
};

/** An import job's state as a badge (its words from importPages.states). */
export async function JobStateBadge({ state }: { state: string }) {
  const t = await getTranslations("importPages.states");
  const known = (state in TONES ? state : "uploaded") as ImportState;
  return <Badge tone={TONES[known]}>{t(known)}</Badge>;
}
