"use client";

import { useRouter } from "next/navigation";
import { useRef, type MouseEvent, type ReactNode, type SyntheticEvent } from "react";

/** A link hovered again after this long is prefetched again (the router's own cache is short). */
const PREFETCH_AGAIN_MS = 30_000;

/**
 * What makes a plain `<a href="/…">` behave like an app link, as event handlers for the anchor
 * or for any element around anchors: a click opens the page on the client and the pointer
 * resting on the link (or the focus, or a touch) prefetches it — on intent, not on sight. A
 * click with a modifier key, on a link with a `target` or a `download`, or to another site is
 * left to the browser; `data-prefetch="false"` on an anchor keeps it from prefetching.
 *
 * The app's links are built on this rather than on `next/link`, whose code (some 4 kB gzip)
 * would otherwise sit in the chunks every page loads: the app's header and the not-found page.
 */
export function useIntentNavigation() {
  const router = useRouter();
  // When each href was last prefetched: again once the router may have let it go.
  const prefetched = useRef(new Map<string, number>());
  const appHref = (event: SyntheticEvent) => {
    const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!anchor || !event.currentTarget.contains(anchor)) return null;
    if (anchor.hasAttribute("target") || anchor.hasAttribute("download")) return null;
    const href = anchor.getAttribute("href");
    return href?.startsWith("/") && !href.startsWith("//") ? href : null;
  };
  const prefetch = (event: SyntheticEvent) => {
    const href = appHref(event);
    if (!href || Date.now() - (prefetched.current.get(href) ?? -Infinity) < PREFETCH_AGAIN_MS) return;
    // A link to a heavy page may opt out (`data-prefetch="false"`).
    if ((event.target as Element).closest("a[href]")?.getAttribute("data-prefetch") === "false") return;
    prefetched.current.set(href, Date.now());
    router.prefetch(href);
  };
  const navigate = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const href = appHref(event);
    if (!href) return;
    event.preventDefault();
    router.push(href);
  };
  return { onClick: navigate, onMouseOver: prefetch, onFocus: prefetch, onTouchStart: prefetch };
}

/**
 * A part of the page whose plain anchors are app links (`useIntentNavigation`): links rendered
 * on the server then cost one listener instead of a client component each. The app's header and
 * main area are each one (components/shell/app-header.tsx, app/(app)/layout.tsx), and so is the
 * not-found page outside them (app/not-found.tsx): server components write plain anchors there.
 */
export function LinkArea({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div className={className} {...useIntentNavigation()}>
      {children}
    </div>
  );
}
