"use client";

import type { ComponentProps } from "react";
import { useIntentNavigation } from "./link-area";

/**
 * The app's link for client components: an anchor that prefetches its page on intent — when the
 * pointer rests on it, it gets the keyboard focus or a finger touches it — instead of as soon as
 * it scrolls into view, and opens it on the client. Every page of Redes is rendered per request
 * and behind a session, so each prefetch is a server render; with viewport prefetching a single
 * calendar month fired some forty of them (the navigation, the toolbar, every meeting shown),
 * more server work than the page itself. `prefetch={false}` turns prefetching off altogether.
 * Use this instead of `next/link` (the lint configuration says so); server components write
 * plain anchors inside a `LinkArea` (components/ui/link-area.tsx), which behave the same.
 */
export function Link({
  prefetch,
  onClick,
  onMouseOver,
  onFocus,
  onTouchStart,
  ...props
}: ComponentProps<"a"> & { href: string; prefetch?: boolean }) {
  const intent = useIntentNavigation();
  return (
    <a
      {...props}
      data-prefetch={prefetch === false ? "false" : undefined}
      onClick={(event) => {
        onClick?.(event);
        intent.onClick(event);
      }}
      onMouseOver={(event) => {
        intent.onMouseOver(event);
        onMouseOver?.(event);
      }}
      onFocus={(event) => {
        intent.onFocus(event);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        intent.onTouchStart(event);
        onTouchStart?.(event);
      }}
    />
  );
}
