// A booked check-in as an iCalendar file, for the two people in the relationship only. Everyone
// else gets 404 (not 403), so an id never reveals whether the check-in exists.
import { getActor } from "@/lib/auth";
import { getCheckInCalendar } from "@/lib/data/check-ins";
import { ICS_CONTENT_TYPE } from "@/lib/email/ics";
import { isExpectedError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; checkInId: string }> }) {
  const { id, checkInId } = await params;
  try {
    const actor = await getActor();
    const calendar = await getCheckInCalendar(actor, { relationshipId: id, checkInId });
    return new Response(calendar.content, {
      status: 200,
      headers: {
        "Content-Type": ICS_CONTENT_TYPE,
        "Content-Disposition": `attachment; filename="${calendar.filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isExpectedError(error)) {
      const status = error.code === "NOT_AUTHENTICATED" ? 401 : 404;
      return new Response(status === 401 ? "Please sign in to continue." : "Not found.", { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    }
    throw error;
  }
}
