import { requireCtx } from "@/lib/auth/context";
import { commitmentNetworkOptions } from "@/lib/commitments/queries";
import { jsonReadResponse } from "@/lib/search/respond";
import { isUuid } from "@/lib/validation/fields";

// GET /api/compromisos/opciones?network=<id> — the bodies and meetings of one network, asked by the
// commitment form when its network changes (policy commitment.read, checked in lib/).
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const ctx = await requireCtx();
  const networkId = new URL(request.url).searchParams.get("network") ?? "";
  return jsonReadResponse(isUuid(networkId) ? () => commitmentNetworkOptions(ctx, networkId) : null);
}
