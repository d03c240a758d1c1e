import { LinkArea } from "@/components/ui/link-area";
import { NotFoundMessage } from "@/components/ui/not-found-message";

// Outside the signed-in layout (unknown top-level paths): the page supplies its own landmark,
// and its own LinkArea for the link home. Every route loads this boundary's chunk with its
// first page, so it holds the listener only, not `next/link`'s code.
export default function NotFound() {
  return (
    <main id="contenido" className="mx-auto max-w-xl px-4 py-16">
      <LinkArea>
        <NotFoundMessage />
      </LinkArea>
    </main>
  );
}
