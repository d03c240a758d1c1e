"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { endIdleSessionAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";

/**
 * Warns before the session's idle timeout and lets the user extend it with one action
 * (WCAG 2.2.1). The server pushes the idle expiry forward on every request; here the clock
 * restarts on what makes a request — a new page or a submitted form — so the warning never
 * comes later than the real expiry. "Seguir conectado" asks the server for the session,
 * which re-issues its cookie. When the time is up the session is ended on the server too (a
 * shared computer keeps nothing usable) and the login page says why.
 */
export function SessionTimeout({
  idleSeconds,
  warningSeconds,
}: {
  idleSeconds: number;
  warningSeconds: number;
}) {
  const t = useTranslations("common.session");
  const pathname = usePathname();
  const router = useRouter();
  const [remaining, setRemaining] = useState(idleSeconds);
  const [extending, setExtending] = useState(false);
  const lastRequestAt = useRef(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);

  // The clock restarts with each new page and each submitted form.
  useEffect(() => {
    lastRequestAt.current = Date.now();
  }, [pathname]);
  useEffect(() => {
    const onSubmit = () => {
      lastRequestAt.current = Date.now();
    };
    document.addEventListener("submit", onSubmit, true);
    return () => document.removeEventListener("submit", onSubmit, true);
  }, []);
  useEffect(() => {
    const timer = window.setInterval(() => {
      const left = Math.max(0, Math.ceil((lastRequestAt.current + idleSeconds * 1000 - Date.now()) / 1000));
      setRemaining(left);
      if (left === 0) {
        window.clearInterval(timer);
        void endIdleSessionAction();
      }
    }, 1000);
    // Says the clock runs (from lastRequestAt, set just before): a page whose scripts are still
    // loading has no clock yet, and whoever moves time (a test's fake clock) must wait for it.
    document.documentElement.dataset.sessionClock = "running";
    return () => {
      window.clearInterval(timer);
      delete document.documentElement.dataset.sessionClock;
    };
  }, [idleSeconds]);

  const warning = remaining > 0 && remaining <= warningSeconds;
  useEffect(() => {
    if (!warning) return;
    returnFocusRef.current = document.activeElement as HTMLElement | null;
    buttonRef.current?.focus();
  }, [warning]);

  async function extend() {
    setExtending(true);
    try {
      const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
      const session = response.ok ? ((await response.json()) as { user?: unknown } | null) : null;
      if (!session?.user) {
        router.replace("/login?sesion=vencida");
        return;
      }
      lastRequestAt.current = Date.now();
      setRemaining(idleSeconds);
      returnFocusRef.current?.focus();
    } finally {
      setExtending(false);
    }
  }

  if (!warning) return null;
  const minutes = Math.floor(remaining / 60);
  const seconds = remaining % 60;
  return (
    <div
      role="alertdialog"
      aria-labelledby="sesion-titulo"
      aria-describedby="sesion-texto"
      className="fixed inset-x-4 bottom-4 z-50 mx-auto max-w-lg rounded-lg border-2 border-amber-600 bg-white p-5 shadow-xl"
    >
      <h2 id="sesion-titulo" className="text-lg font-bold">
        {t("warningTitle")}
      </h2>
      <p id="sesion-texto" className="mt-1 text-sm">
        {t("warningBody", { minutes, seconds })}
      </p>
      <div className="mt-3">
        <Button ref={buttonRef} type="button" onClick={() => void extend()} disabled={extending}>
          {t("extend")}
        </Button>
      </div>
    </div>
  );
}
