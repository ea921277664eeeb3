import { db } from "@/lib/db";
import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase(db());
  const body = database === "ok" ? { status: "ok", database } : { status: "error", database };
  return Response.json(body, { status: database === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
