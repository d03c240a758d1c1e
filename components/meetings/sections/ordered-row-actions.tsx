import { MoveButtons, type MoveState } from "@/components/meetings/move-buttons";
import { EditLink } from "./edit-link";

/** "Subir" / "Bajar" and "Editar" for one row of a meeting's ordered list (agenda, decisions). */
export function OrderedRowActions({
  action,
  version,
  title,
  position,
  total,
  edit,
  className = "",
}: {
  action: (state: MoveState, formData: FormData) => Promise<MoveState>;
  version: number;
  /** The row's name, for the buttons' accessible names. */
  title: string;
  position: number;
  total: number;
  edit: { href: string; label: string; name: string };
  className?: string;
}) {
  return (
    <div className={`no-print flex flex-wrap items-center gap-1 ${className}`}>
      <MoveButtons action={action} version={version} title={title} position={position} total={total} />
      <EditLink {...edit} />
    </div>
  );
}
