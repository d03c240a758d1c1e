import { BODY_KINDS, type BodyKind } from "@/db/schema/values";

interface TreeNode {
  id: string;
  parentId: string | null;
  name: string;
  kind: BodyKind;
}

const kindRank = (kind: BodyKind) => BODY_KINDS.indexOf(kind);
const collator = new Intl.Collator("es", { sensitivity: "base", numeric: true });

/**
 * Orders a network's bodies as the tree reads (each body followed by its dependents) and
 * gives each its depth. Siblings go by kind as BODY_KINDS lists them (assembly, council,
 * executive … working group), then by name, so the governing bodies come first.
 *
 * A body whose parent is not in the list (archived and left out, or in bad data) is shown as
 * a root; bodies caught in a cycle (which the commands refuse, but old data might hold) are
 * appended at the end rather than hidden.
 */
export function treeOrder<T extends TreeNode>(rows: readonly T[]): (T & { depth: number })[] {
  const ids = new Set(rows.map((r) => r.id));
  const byParent = new Map<string | null, T[]>();
  for (const row of rows) {
    const key = row.parentId && ids.has(row.parentId) ? row.parentId : null;
    const siblings = byParent.get(key) ?? [];
    siblings.push(row);
    byParent.set(key, siblings);
  }
  for (const siblings of byParent.values()) {
    siblings.sort(
      (a, b) =>
        kindRank(a.kind) - kindRank(b.kind) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
    );
  }

  const out: (T & { depth: number })[] = [];
  const seen = new Set<string>();
  const visit = (row: T, depth: number) => {
    if (seen.has(row.id)) return;
    seen.add(row.id);
    out.push({ ...row, depth });
    for (const child of byParent.get(row.id) ?? []) visit(child, depth + 1);
  };
  for (const root of byParent.get(null) ?? []) visit(root, 0);
  for (const row of rows) visit(row, 0);
  return out;
}

/** The ids of a body and everything below it, from a network's flat list. */
export function subtreeIds(rows: readonly Pick<TreeNode, "id" | "parentId">[], rootId: string): Set<string> {
  const result = new Set<string>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const row of rows) {
      if (row.parentId && result.has(row.parentId) && !result.has(row.id)) {
        result.add(row.id);
        grew = true;
      }
    }
  }
  return result;
}
