import { searchAssignablePeople } from "@/lib/assignments/search";
import { requireCtx } from "@/lib/auth/context";
import { searchResponse } from "@/lib/search/respond";

// GET /api/buscar/personas-asignables?q=… — at most 20 people the actor may assign (everyone for
// coordinators and admins, a head's own department's), for the assignment form's person
// (policy assignment.manage, checked in lib/).
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const ctx = await requireCtx();
  return searchResponse(ctx, request, searchAssignablePeople);
}
