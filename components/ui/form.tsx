import NextForm from "next/form";
import type { ComponentProps } from "react";

/**
 * `next/form` (a GET form that navigates on the client, used by every list's filters) without
 * its prefetch: the form would otherwise have the server render its target — usually the
 * very page it sits on — each time it comes into view. See components/ui/link.tsx.
 */
export function Form(props: ComponentProps<typeof NextForm>) {
  return <NextForm prefetch={false} {...props} />;
}
