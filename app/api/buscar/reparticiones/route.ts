import { requireCtx } from "@/lib/auth/context";
import { searchDepartments } from "@/lib/departments/search";
import { searchResponse } from "@/lib/search/respond";

// GET /api/buscar/reparticiones?q=… — at most 20 departments whose name or short name contains
// the text, for the searched department filter of /calendario (policy meeting.read, checked
// in lib/).
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const ctx = await requireCtx();
  return searchResponse(ctx, request, searchDepartments);
}
