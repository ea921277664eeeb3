import { getActor } from "@/lib/auth";
import { exportMyData } from "@/lib/data/privacy";
import { isExpectedError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** The member's own data as a JSON download. */
export async function GET() {
  try {
    const data = await exportMyData(await getActor());
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="my-mentoring-data-${new Date().toISOString().slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isExpectedError(error) && error.code === "NOT_AUTHENTICATED") return new Response("Please sign in.", { status: 401 });
    throw error;
  }
}
