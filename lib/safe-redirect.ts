/** Only same-site paths: a sign-in link must never send someone to another website. */
export function safeCallbackUrl(value: string | undefined, fallback = "/dashboard"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
