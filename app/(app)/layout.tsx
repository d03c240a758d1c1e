import { getTranslations } from "@/lib/i18n/translations";
import { AppHeader } from "@/components/shell/app-header";
import { SessionTimeout } from "@/components/shell/session-timeout";
import { LinkArea } from "@/components/ui/link-area";
import { requireActor } from "@/lib/auth/session";
import { IDLE_WARNING_SECONDS, sessionPolicy } from "@/lib/auth/session-policy";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const t = await getTranslations("common");
  return (
    <>
      <a
        href="#contenido"
        className="sr-only rounded-md bg-white px-4 py-2 font-semibold text-brand-800 focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50"
      >
        {t("skipToContent")}
      </a>
      <AppHeader actor={actor} />
      <main id="contenido" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none">
        {/* The pages' links are plain anchors: this one listener prefetches them on intent and
            opens them on the client (components/ui/link.tsx). */}
        <LinkArea className="contents">{children}</LinkArea>
      </main>
      <SessionTimeout idleSeconds={sessionPolicy().idleSeconds} warningSeconds={IDLE_WARNING_SECONDS} />
    </>
  );
}
