import "server-only";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { requireMember, type Actor } from "@/lib/authz";
import { isExpectedError } from "@/lib/errors";

/**
 * Runs a page's data function and turns expected errors into navigation: not signed in → the
 * sign-in page; not allowed or not found → 404 (so a page never reveals what exists).
 */
export async function loadPageData<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isExpectedError(error)) {
      if (error.code === "NOT_AUTHENTICATED") redirect("/sign-in");
      if (error.code === "FORBIDDEN" || error.code === "NOT_FOUND") notFound();
    }
    throw error;
  }
}

/** For pages that show no personal data but are for members only. */
export async function requirePageMember(): Promise<Actor> {
  const actor = await getActor();
  return loadPageData(async () => requireMember(actor));
}
