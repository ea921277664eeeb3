// lib/ modules import "server-only", a marker that throws outside React Server Components. Scripts
// that run server code in plain Node (the worker, benchmarks) resolve it to an empty module, as
// Next.js does for server bundles (the "react-server" export condition) and vitest does in tests.
import { register } from "node:module";

const serverOnlyHook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`;

export function allowServerOnlyImports(): void {
  register(`data:text/javascript,${encodeURIComponent(serverOnlyHook)}`);
}
