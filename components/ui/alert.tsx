import type { ReactNode } from "react";

type Tone = "error" | "success" | "info" | "warning";

const tones: Record<Tone, string> = {
  error: "border-red-300 bg-red-50 text-red-900",
  success: "border-green-300 bg-green-50 text-green-900",
  info: "border-brand-100 bg-brand-50 text-brand-900",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
};

/**
 * A message box. Errors use role="alert" (announced at once); the others role="status".
 * Scoped with data-alert so tests do not confuse it with Next's route announcer.
 */
export function Alert({
  tone = "info",
  title,
  children,
  id,
}: {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
  id?: string;
}) {
  return (
    <div
      id={id}
      role={tone === "error" ? "alert" : "status"}
      data-alert={tone}
      className={`rounded-md border px-4 py-3 text-sm ${tones[tone]}`}
      tabIndex={-1}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}
