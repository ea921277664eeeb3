// Who the mocked `cookies()` says is calling. Each test file in this folder mocks next/headers with:
//   vi.mock("next/headers", async () => (await import("./support/session")).nextHeadersMock);
// and sets `session.token` (or calls `signInAs`) before calling a server action or a page.
export const session = { token: undefined as string | undefined };

export const nextHeadersMock = {
  cookies: async () => ({
    get: (name: string) => (name.endsWith("next-auth.session-token") && session.token ? { name, value: session.token } : undefined),
    has: (name: string) => name.endsWith("next-auth.session-token") && Boolean(session.token),
    getAll: () => (session.token ? [{ name: "next-auth.session-token", value: session.token }] : []),
  }),
  headers: async () => new Headers(),
};

export const nextCacheMock = { revalidatePath: () => undefined, revalidateTag: () => undefined };
