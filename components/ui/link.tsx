"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { useRef, type ComponentProps, type MouseEvent, type ReactNode, type SyntheticEvent } from "react";

/**
 * The app's link: `next/link` prefetching on intent — when the pointer rests on it, it gets
 * the keyboard focus or a finger touches it — instead of as soon as it scrolls into view.
 * Every page of Redes is rendered per request and behind a session, so each prefetch is a
 * server render; with viewport prefetching a single calendar month fired some forty of them
 * (the navigation, the toolbar, every meeting shown), more server work than the page itself.
 * `prefetch={false}` turns prefetching off altogether. Use this instead of `next/link`
 * (the lint configuration says so).
 */
export function Link({
  prefetch,
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const href = typeof props.href === "string" && props.href.startsWith("/") ? props.href : null;
  const prefetchNow = () => {
    if (prefetch !== false && href) router.prefetch(href);
  };
  return (
    <NextLink
      {...props}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetchNow();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetchNow();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetchNow();
        onTouchStart?.(event);
      }}
    />
  );
}

/** A link hovered again after this long is prefetched again (the router's own cache is short). */
const PREFETCH_AGAIN_MS = 30_000;

/**
 * A part of the page whose plain `<a href="/…">` links behave like `Link`: a click opens the
 * page on the client and the pointer resting on a link (or the focus, or a touch) prefetches
 * it. Links rendered on the server then cost one listener instead of a client component each.
 * The app's main area is one (app/(app)/layout.tsx), so server components write plain anchors
 * there; `Link` stays for client components and the header. A click with a modifier key, on a link
 * with a `target` or a `download`, or to another site is left to the browser.
 */
export function LinkArea({ children, className }: { children: ReactNode; className?: string }) {
  const router = useRouter();
  // When each href was last prefetched: again once the router may have let it go (the area
  // lives as long as the session's layout does).
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
    // A link to a heavy page may opt out (`data-prefetch="false"`, like `prefetch={false}`).
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
  return (
    <div
      className={className}
      onClick={navigate}
      onMouseOver={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
    >
      {children}
    </div>
  );
}
