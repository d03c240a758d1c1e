"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * While a job validates or imports, the page reads itself again every 1.5 s (its state, its
 * progress bar); it stops as soon as the server renders the page without it. The page's own
 * polite live region says what changed.
 */
export function RunRefresh() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
