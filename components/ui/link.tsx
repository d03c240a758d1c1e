"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

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
