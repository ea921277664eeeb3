import { getActor } from "@/lib/auth";
import { getProgrammeReport, reportToCsv } from "@/lib/data/reports";
import { isExpectedError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const report = await getProgrammeReport(await getActor());
    return new Response(reportToCsv(report), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="programme-report-${new Date().toISOString().slice(0, 10)}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isExpectedError(error)) {
      return new Response(error.code === "NOT_AUTHENTICATED" ? "Please sign in." : "Not found.", { status: error.code === "NOT_AUTHENTICATED" ? 401 : 404 });
    }
    throw error;
  }
}
