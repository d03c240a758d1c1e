import { requireCtx } from "@/lib/auth/context";
import { meetingNetworkOptions } from "@/lib/meetings/queries";
import { jsonReadResponse } from "@/lib/search/respond";
import { isUuid } from "@/lib/validation/fields";

// GET /api/reuniones/opciones?network=<id> — the bodies of one network, asked by the meeting form
// when its network changes (policy meeting.read, checked in lib/).
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const ctx = await requireCtx();
  const networkId = new URL(request.url).searchParams.get("network") ?? "";
  return jsonReadResponse(isUuid(networkId) ? () => meetingNetworkOptions(ctx, networkId) : null);
}
