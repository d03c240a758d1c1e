import { NotFoundMessage } from "@/components/ui/not-found-message";

// Outside the signed-in layout (unknown top-level paths): the page supplies its own landmark.
export default function NotFound() {
  return (
    <main id="contenido" className="mx-auto max-w-xl px-4 py-16">
      <NotFoundMessage />
    </main>
  );
}
