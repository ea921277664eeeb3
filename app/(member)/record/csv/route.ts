// The caller's own record as CSV, for appraisal portfolios. Signed-in members only; it holds their
// own notes, so it is never cached.
import { getActor } from "@/lib/auth";
import { getMyRecord, recordToCsv } from "@/lib/data/record";
import { londonDateKey } from "@/lib/email/london-time";
import { isExpectedError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const actor = await getActor();
    const record = await getMyRecord(actor);
    return new Response(recordToCsv(record), {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="mentoring-record-${londonDateKey(record.generatedAt)}.csv"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isExpectedError(error) && error.code === "NOT_AUTHENTICATED") {
      return new Response("Please sign in to continue.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    }
    throw error;
  }
}
