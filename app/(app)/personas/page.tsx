import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/ui/coming-soon";
import { requireCtx } from "@/lib/auth/context";

export default async function Page() {
  await requireCtx();
  return <ComingSoon title={(await getTranslations("common.nav"))("people")} />;
}
