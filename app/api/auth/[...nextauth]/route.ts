import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions, clientIp } from "@/lib/auth";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth handlers only; the options are built per request so the rate limit sees the caller's address.
async function handler(request: NextRequest, context: Context) {
  return NextAuth(request, context, authOptions({ ip: clientIp(request.headers) }));
}

export { handler as GET, handler as POST };
