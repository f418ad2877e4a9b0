import { type ReactNode, useRef } from "react";

import { useClientLinks } from "./client-links";

/**
 * A horizontally scrolling wrapper for wide tables on small screens. It is focusable and named, so
 * keyboard users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable"). Its tables may link
 * with plain `<a href>`: a click on one still navigates within the app (`useClientLinks`).
 */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useClientLinks(ref);
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={label} ref={ref}>
      {children}
    </div>
  );
}
