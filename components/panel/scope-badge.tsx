import { getTranslations } from "@/lib/i18n/translations";
import { Badge } from "@/components/ui/badge";
import type { PanelView } from "@/lib/panel/scope";

/** Says whose figures a card holds: the chosen department's, or the whole city's. */
export async function ScopeBadge({ view }: { view: Pick<PanelView, "department"> }) {
  const t = await getTranslations("panel");
  return view.department ? (
    <Badge tone="blue">{t("departmentOnly", { department: view.department.name })}</Badge>
  ) : (
    <Badge>{t("cityWide")}</Badge>
  );
}
