import { getTranslations } from "@/lib/i18n/translations";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import type { BodyKind } from "@/db/schema/values";
import { can } from "@/lib/auth/policy";
import { listNetworkBodies, type BodyTreeRow } from "@/lib/bodies/queries";
import { treeOrder } from "@/lib/bodies/tree";
import type { Ctx } from "@/lib/context";
import { cadenceSummary, type BodiesT } from "./cadence";

/** Governing bodies in blue, thematic ones in violet. */
export const BODY_KIND_TONE: Record<BodyKind, BadgeTone> = {
  assembly: "blue",
  council: "blue",
  executive: "blue",
  presidency: "blue",
  secretariat: "blue",
  committee: "violet",
  thematic_unit: "violet",
  working_group: "violet",
  other: "neutral",
};

export const newBodyHref = (networkId: string, parentId?: string) =>
  `/redes/${networkId}/organos/nuevo${parentId ? `?padre=${parentId}` : ""}`;

/**
 * A network's bodies as a tree of nested lists: each body links to its page and shows its
 * kind, meeting rhythm and thematic area. Editors (body.manage) also get "Agregar órgano"
 * and, per body, "Agregar dependiente". Archived bodies are listed apart, folded.
 *
 * `currentBodyId` marks one body as the current page (on a body's own page);
 * `networkArchived` hides the add links, since an archived network takes no new bodies.
 */
export async function NetworkBodies({
  ctx,
  networkId,
  currentBodyId,
  networkArchived = false,
}: {
  ctx: Ctx;
  networkId: string;
  currentBodyId?: string;
  networkArchived?: boolean;
}) {
  const [all, t, tEnum] = await Promise.all([
    listNetworkBodies(ctx, networkId, { includeArchived: true }),
    getTranslations("bodies"),
    getTranslations("enums"),
  ]);
  const tb = t as unknown as BodiesT;
  const canAdd = can(ctx.actor, "body.manage") && !networkArchived;
  // Depths again without the archived bodies (an active body never hangs under an archived one).
  const active = treeOrder(all.filter((b) => !b.archived));
  const archived = all.filter((b) => b.archived);
  const names = new Map(all.map((b) => [b.id, b.name]));
  const childrenOf = new Map<string | null, BodyTreeRow[]>();
  for (const body of active) {
    const key = body.depth === 0 ? null : body.parentId;
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), body]);
  }

  const level = (parentId: string | null, depth: number) => {
    const items = childrenOf.get(parentId) ?? [];
    if (!items.length) return null;
    return (
      <ul
        role="list"
        className={depth === 0 ? "divide-y divide-slate-100" : "ml-2 border-l-2 border-slate-200 pl-4"}
      >
        {items.map((body) => {
          const current = body.id === currentBodyId;
          const meta = [
            cadenceSummary(tb, body),
            body.thematicArea ? t("tree.area", { name: body.thematicArea.name }) : null,
          ]
            .filter(Boolean)
            .join(" · ");
          return (
            <li key={body.id}>
              <div
                className={`flex flex-wrap items-start gap-x-4 gap-y-1 rounded-md px-2 py-1.5 ${current ? "bg-brand-50" : ""}`}
              >
                {/* A wide tree reads as columns (name, rhythm and area, add link); on a
                    narrow one the details and the add link drop below the name. */}
                <div className="flex min-w-0 flex-1 basis-64 flex-wrap items-center gap-x-2 gap-y-0.5">
                  <a
                    href={`/organos/${body.id}`}
                    aria-current={current ? "page" : undefined}
                    className={`font-semibold ${current ? "text-ink" : ""}`}
                  >
                    {body.name}
                  </a>
                  <Badge tone={BODY_KIND_TONE[body.kind]}>{tEnum(`bodyKind.${body.kind}`)}</Badge>
                </div>
                {meta ? (
                  <p className="basis-full text-sm text-muted @3xl:w-[26rem] @3xl:shrink-0 @3xl:basis-auto @3xl:pt-0.5">
                    {meta}
                  </p>
                ) : null}
                {canAdd ? (
                  <a
                    href={newBodyHref(networkId, body.id)}
                    className="shrink-0 rounded px-1 py-0.5 text-sm font-medium"
                  >
                    <span aria-hidden="true">+ </span>
                    {t("tree.addChild")}
                    <span className="sr-only"> {t("tree.addChildContext", { name: body.name })}</span>
                  </a>
                ) : null}
              </div>
              {level(body.id, depth + 1)}
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <Section
      id="organos"
      className="@container"
      title={t("tree.title")}
      actions={
        canAdd ? (
          <ButtonLink href={newBodyHref(networkId)} variant="secondary">
            {t("tree.add")}
          </ButtonLink>
        ) : null
      }
    >
      {active.length ? (
        level(null, 0)
      ) : (
        <div className="rounded-md border border-dashed border-slate-300 p-6 text-center">
          <p className="font-semibold">{t("tree.empty")}</p>
          {canAdd ? <p className="mt-1 text-sm text-muted">{t("tree.emptyHint")}</p> : null}
        </div>
      )}
      {archived.length ? (
        <details
          className="mt-4 border-t border-slate-100 pt-3"
          open={archived.some((b) => b.id === currentBodyId)}
        >
          <summary className="cursor-pointer text-sm font-semibold text-muted">
            {t("tree.archivedCount", { count: archived.length })}
          </summary>
          <ul role="list" className="mt-2 space-y-1 pl-4">
            {archived.map((body) => (
              <li key={body.id} className="text-sm">
                <a
                  href={`/organos/${body.id}`}
                  aria-current={body.id === currentBodyId ? "page" : undefined}
                  className="underline"
                >
                  {body.name}
                </a>{" "}
                <span className="text-muted">
                  ({tEnum(`bodyKind.${body.kind}`)}
                  {body.parentId && names.has(body.parentId)
                    ? `, ${t("tree.archivedUnder", { name: names.get(body.parentId)! })}`
                    : ""}
                  )
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Section>
  );
}
