"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/** A form's one button, showing that the request is on its way (and not pressed twice). */
export function SubmitButton({
  label,
  pendingLabel,
  accessibleName,
  variant = "secondary",
}: {
  label: string;
  pendingLabel: string;
  /** Tells apart the same button on several rows ("Cerrar la sesión de Chrome · Linux …"). */
  accessibleName?: string;
  variant?: "primary" | "secondary";
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-label={accessibleName}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
