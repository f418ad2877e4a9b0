import type { ReactNode } from "react";

/**
 * A horizontally scrolling wrapper for wide tables on small screens. It is focusable and named, so
 * keyboard users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
