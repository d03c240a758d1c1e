import { assignmentNetworkOptions } from "@/lib/assignments/queries";
import { requireCtx } from "@/lib/auth/context";
import { jsonReadResponse } from "@/lib/search/respond";
import { isUuid } from "@/lib/validation/fields";

// GET /api/asignaciones/opciones?network=<id> — the bodies of one network, asked by the assignment
// form when its network changes (policy assignment.read, checked in lib/).
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const ctx = await requireCtx();
  const networkId = new URL(request.url).searchParams.get("network") ?? "";
  return jsonReadResponse(isUuid(networkId) ? () => assignmentNetworkOptions(ctx, networkId) : null);
}
