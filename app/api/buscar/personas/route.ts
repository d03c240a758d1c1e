import { requireCtx } from "@/lib/auth/context";
import { searchPeople } from "@/lib/people/search";
import { searchResponse } from "@/lib/search/respond";

// GET /api/buscar/personas?q=… — at most 20 people whose name contains the text, for the
// searched owner filter of /compromisos (policy commitment.read, checked in lib/).
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const ctx = await requireCtx();
  return searchResponse(ctx, request, searchPeople);
}
