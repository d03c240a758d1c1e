import { requireCtx } from "@/lib/auth/context";
import { searchResponse } from "@/lib/search/respond";
import { searchPeopleWithoutAccount } from "@/lib/users/linkable-people";

// GET /api/buscar/personas-sin-cuenta?q=…&cuenta=<id> — at most 20 people no other account is
// linked to, for the user form's linked person (`cuenta`: the edited account, whose own person
// stays findable; policy user.manage, checked in lib/).
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const ctx = await requireCtx();
  const accountId = new URL(request.url).searchParams.get("cuenta") ?? undefined;
  return searchResponse(ctx, request, (ctx, query) => searchPeopleWithoutAccount(ctx, query, accountId));
}
