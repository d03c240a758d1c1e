import { requireCtx } from "@/lib/auth/context";
import { searchDelegationCandidates } from "@/lib/meetings/delegation-search";
import { searchResponse } from "@/lib/search/respond";

// GET /api/buscar/personas-para-delegacion?q=…&reunion=<id> — at most 20 people not yet in the
// meeting's delegation, for the form that adds one (policy meeting.manage, checked in lib/).
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const ctx = await requireCtx();
  const meetingId = new URL(request.url).searchParams.get("reunion") ?? undefined;
  return searchResponse(ctx, request, (ctx, query) => searchDelegationCandidates(ctx, query, meetingId));
}
