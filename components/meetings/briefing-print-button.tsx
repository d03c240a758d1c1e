"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog for the briefing pack (A4, without the app's navigation). */
export function BriefingPrintButton({ label, describedBy }: { label: string; describedBy?: string }) {
  return (
    <Button type="button" onClick={() => window.print()} aria-describedby={describedBy}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
        <path d="M5 2h10v4H5V2Zm-2 5h14a2 2 0 0 1 2 2v5h-3v4H4v-4H1V9a2 2 0 0 1 2-2Zm3 7v2h8v-4H6v2Zm10-5a1 1 0 1 0 0 2 1 1 0 0 0 0-2Z" />
      </svg>
      {label}
    </Button>
  );
}
