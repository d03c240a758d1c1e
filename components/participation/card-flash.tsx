import { Flash } from "@/components/ui/flash";

/** A save's confirmation inside the card that was saved (Flash takes the focus, so the card scrolls into view). */
export function CardFlash({ text }: { text: string | null }) {
  return text ? (
    <div className="mt-2" data-card-flash>
      <Flash>{text}</Flash>
    </div>
  ) : null;
}

/** The confirmation of a card no longer listed, at the top of its section. */
export function OrphanFlash({ text }: { text: string | null }) {
  return text ? (
    <div className="mb-3" data-card-flash>
      <Flash>{text}</Flash>
    </div>
  ) : null;
}
