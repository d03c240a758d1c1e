import { LinkArea } from "@/components/ui/link-area";
import { getTranslations } from "@/lib/i18n/translations";
import type { Actor } from "@/lib/auth/actor";
import { homePathFor, navigationFor } from "@/lib/navigation";
import { signOutAction } from "@/app/(auth)/actions";
import { MainNav } from "./main-nav";

export async function AppHeader({ actor }: { actor: Actor }) {
  const t = await getTranslations("common");
  const tRole = await getTranslations("enums.role");
  const tAccount = await getTranslations("account");
  const items = navigationFor(actor).map((item) => ({ href: item.href, label: t(`nav.${item.key}`) }));
  return (
    <header className="no-print border-b-4 border-accent bg-brand-900 text-white">
      {/* The header's links are plain anchors, prefetched on intent and opened on the client by
          this LinkArea (no `next/link` code in the chunk every signed-in page loads). */}
      <LinkArea className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2 md:gap-y-3 md:py-3">
        <a href={homePathFor(actor)} className="flex items-center gap-3 text-white no-underline">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8">
            <circle cx="9" cy="11" r="3.2" fill="#ffd100" />
            <circle cx="23" cy="9" r="3.2" fill="#fff" />
            <circle cx="16" cy="23" r="3.2" fill="#fff" />
            <path d="M9 11 23 9 16 23Z" fill="none" stroke="#ffd100" strokeWidth="1.6" />
          </svg>
          <span className="flex flex-col leading-tight">
            <span className="text-lg font-bold">{t("appName")}</span>
            {/* On a phone the header is one line: the tagline waits for a wider screen. */}
            <span className="hidden text-xs text-white/85 md:block">{t("appTagline")}</span>
          </span>
        </a>
        <MainNav
          items={items}
          label={t("nav.label")}
          menuLabel={t("nav.menu")}
          account={
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <span className="leading-tight md:text-right">
                <span className="block font-semibold">{actor.name}</span>
                <span className="block text-xs text-white/85">{tRole(actor.role)}</span>
              </span>
              <a
                href="/cuenta"
                className="inline-flex min-h-10 items-center rounded-md px-3 py-1.5 text-sm font-semibold text-white underline-offset-2 hover:bg-white/15 hover:underline"
              >
                {tAccount("link")}
              </a>
              <form action={signOutAction}>
                <button
                  type="submit"
                  className="min-h-10 rounded-md border border-white/50 px-3 py-1.5 text-sm font-semibold text-white hover:bg-white/15"
                >
                  {t("user.signOut")}
                </button>
              </form>
            </div>
          }
        />
      </LinkArea>
    </header>
  );
}
