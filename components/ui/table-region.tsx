import type { ReactNode } from "react";

/**
 * Wraps a table so that on a narrow screen it scrolls sideways inside its own box instead of
 * widening the whole page (WCAG 1.4.10, reflow). The box is a labelled region in the tab order,
 * so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      {children}
    </div>
  );
}
