import { requireCtx } from "@/lib/auth/context";
import { searchResponse } from "@/lib/search/respond";
import { searchUsers } from "@/lib/users/search";

// GET /api/buscar/usuarios?q=… — at most 20 users whose name or e-mail contains the text, for
// the searched user filter of the audit log (policy audit.read: administrators, in lib/).
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const ctx = await requireCtx();
  return searchResponse(ctx, request, searchUsers);
}
