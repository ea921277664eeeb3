// Renders a page's server component the way the access-matrix test does (no layouts) and returns
// everything it would send to the browser as one string: the element tree with all props.
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../../..");

export function visibleText(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (key, v) => {
    if (key.startsWith("_")) return undefined;
    if (key === "type" && typeof v !== "string") return undefined;
    if (typeof v === "symbol" || typeof v === "function") return undefined;
    if (v && typeof v === "object") {
      if (seen.has(v)) return undefined;
      seen.add(v);
    }
    return v;
  });
}

export async function renderPage(file: string, params: Record<string, string> = {}, searchParams: Record<string, string> = {}): Promise<string> {
  const mod = await import(/* @vite-ignore */ path.join(root, file));
  const tree = await mod.default({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) });
  return visibleText(tree);
}
