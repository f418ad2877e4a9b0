import { useNavigate } from "@remix-run/react";
import { type RefObject, useEffect } from "react";

/**
 * Plain `<a href>` links inside `container` navigate within the app, as a `<Link>` would: a left click
 * without a modifier key, on a link to a path of this site without a target or a download, goes through the
 * router; anything else (a new tab, a download, a click before the page has hydrated) is the browser's.
 *
 * For a table with a link in every row (`<RowLink>`): each `<Link>` resolves its path against the routes
 * when the server renders it, and again when the browser hydrates it; the activity list's 50 were about
 * 4 % of the page's server time.
 */
export function useRowLinks(container: RefObject<HTMLElement | null>) {
  const navigate = useNavigate();
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[data-row-link]") : null;
      if (!link || !element.contains(link) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const href = link.getAttribute("href");
      if (!href?.startsWith("/") || href.startsWith("//")) return;
      event.preventDefault();
      navigate(href);
    };
    element.addEventListener("click", onClick);
    return () => element.removeEventListener("click", onClick);
  }, [container, navigate]);
}

/**
 * A link in a row of a table that calls `useRowLinks`. `data-discover` is what `<Link>` writes for Remix,
 * which then learns the linked route before the click.
 */
export function RowLink({ to, children }: { to: string; children: string }) {
  return (
    <a href={to} data-row-link="" data-discover="true">
      {children}
    </a>
  );
}
