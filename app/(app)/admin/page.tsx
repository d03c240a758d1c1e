import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/ui/coming-soon";
import { Forbidden } from "@/components/ui/forbidden";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";

export default async function AdminPage() {
  const ctx = await requireCtx();
  if (!can(ctx.actor, "audit.read")) return <Forbidden />;
  return <ComingSoon title={(await getTranslations("common.nav"))("admin")} />;
}
