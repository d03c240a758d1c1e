"use client";

import { Link } from "@/components/ui/link";
import { CommitmentStatusBadge, DueBadge } from "@/components/commitments/badges";
import type { OpenCommitment } from "@/lib/commitments/queries";

/** A pending commitment as the list shows it, its due date already in words. */
export type NetworkCommitmentItem = OpenCommitment & { due: string };

/**
 * A network's pending commitments, each linking to its page, with its owner, department, due
 * date and how it stands. A client component fed with the rows (NetworkCommitments reads them).
 */
export function NetworkCommitmentList({ items }: { items: NetworkCommitmentItem[] }) {
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((c) => (
        <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
          <span>
            <Link href={`/compromisos/${c.id}`} className="font-medium">
              {c.title}
            </Link>
            <span className="block text-xs text-muted">
              {c.owner}
              {c.department ? ` · ${c.department}` : ""}
            </span>
          </span>
          <span className="flex flex-wrap items-center gap-2">
            <span className={c.overdue ? "font-semibold text-red-800" : "text-muted"}>{c.due}</span>
            {c.overdue ? <DueBadge daysLeft={c.daysLeft} /> : <CommitmentStatusBadge status={c.status} />}
          </span>
        </li>
      ))}
    </ul>
  );
}
