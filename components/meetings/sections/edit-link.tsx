import { buttonClass } from "@/components/ui/button";

/** "Editar" with the row's name for screen readers (the visible word stays in the accessible name). */
export function EditLink({ href, label, name }: { href: string; label: string; name: string }) {
  return (
    <a href={href} className={buttonClass("secondary", "min-h-9 px-2 py-1")}>
      {label}
      <span className="sr-only"> {name}</span>
    </a>
  );
}
