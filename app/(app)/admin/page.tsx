import { titleFrom } from "@/app/_lib/page-title";
import { getTranslations } from "@/lib/i18n/translations";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/context";
import { can } from "@/lib/auth/policy";

export const generateMetadata = titleFrom(() => getTranslations("history.admin"), "title");

/** The administration tools the actor may use: the audit log (admins), thematic areas (coordinators too). */
export default async function AdminPage() {
  const ctx = await requireCtx();
  const t = await getTranslations("history.admin");
  const tUsers = await getTranslations("users.list");
  const tools = [
    can(ctx.actor, "user.manage")
      ? { href: "/admin/usuarios", title: tUsers("title"), description: tUsers("intro") }
      : null,
    can(ctx.actor, "audit.read")
      ? { href: "/admin/auditoria", title: t("auditLog"), description: t("auditLogDescription") }
      : null,
    can(ctx.actor, "thematic_area.manage")
      ? { href: "/areas-tematicas", title: t("thematicAreas"), description: t("thematicAreasDescription") }
      : null,
  ].filter((tool) => tool !== null);
  if (!tools.length) return <Forbidden body={t("forbiddenBody")} />;
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {tools.map((tool) => (
          <li key={tool.href}>
            <a
              href={tool.href}
              className="block h-full rounded-lg border border-slate-200 bg-white p-5 no-underline shadow-sm hover:border-brand-600"
            >
              <span className="block text-lg font-bold text-brand-800">{tool.title}</span>
              <span className="mt-1 block text-sm text-muted">{tool.description}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
