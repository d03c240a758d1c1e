"use client";

import { Button } from "@/components/ui/button";

/**
 * "Descargar PDF": the browser's print dialog, whose "Save as PDF" writes the briefing pack on
 * A4 without the app's navigation (the print rules in app/globals.css) — every browser has it,
 * and the server needs no PDF renderer.
 */
export function BriefingPrintButton({ label, describedBy }: { label: string; describedBy?: string }) {
  return (
    <Button type="button" onClick={() => window.print()} aria-describedby={describedBy}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
        <path d="M9 2h2v9.6l3.3-3.3 1.4 1.4L10 15.4 4.3 9.7l1.4-1.4L9 11.6V2ZM3 16h14v2H3v-2Z" />
      </svg>
      {label}
    </Button>
  );
}
