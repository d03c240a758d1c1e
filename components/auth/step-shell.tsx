import type { ReactNode } from "react";

/**
 * The frame of the pages before the app (the login page, the second factor, enrolling one, a
 * new password after a reset): the brand and a card, no navigation to places the session may
 * not reach yet.
 */
export function StepShell({
  appName,
  tagline,
  title,
  intro,
  narrow = false,
  children,
}: {
  appName: string;
  tagline: string;
  title: string;
  intro: ReactNode;
  /** The login page's narrower card. */
  narrow?: boolean;
  children: ReactNode;
}) {
  return (
    <main id="contenido" className="flex min-h-screen items-center justify-center bg-brand-900 px-4 py-10">
      <div className={narrow ? "w-full max-w-md" : "w-full max-w-lg"}>
        <div className="mb-6 flex items-center gap-3 text-white">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-12 w-12">
            <circle cx="9" cy="11" r="3.2" fill="#ffd100" />
            <circle cx="23" cy="9" r="3.2" fill="#fff" />
            <circle cx="16" cy="23" r="3.2" fill="#fff" />
            <path d="M9 11 23 9 16 23Z" fill="none" stroke="#ffd100" strokeWidth="1.6" />
          </svg>
          <div>
            <p className="text-2xl font-bold">{appName}</p>
            <p className="text-sm text-white/85">{tagline}</p>
          </div>
        </div>
        <div className="rounded-xl border-t-4 border-accent bg-white p-8 shadow-xl">
          <h1 className="text-xl font-bold text-ink">{title}</h1>
          <div className="mb-6 mt-1 text-sm text-muted">{intro}</div>
          {children}
        </div>
      </div>
    </main>
  );
}
