import { requireCtx } from "@/lib/auth/context";
import { searchNetworks } from "@/lib/networks/search";
import { searchResponse } from "@/lib/search/respond";

// GET /api/buscar/redes?q=… — at most 20 active networks whose name or acronym contains the
// text, for the searched network filter of /calendario (policy meeting.read, checked in lib/).
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const ctx = await requireCtx();
  return searchResponse(ctx, request, searchNetworks);
}
