import { useNavigate } from "@remix-run/react";
import { type RefObject, useEffect } from "react";

/** A path to a download (`/dashboard.csv`, `/activities.xlsx`): a file for the browser, not a page of the app. */
const FILE_PATH = /\.[a-z]+$/i;

/**
 * Tables with many links render them as plain `<a href>`: on the server each Remix `<Link>` resolves its
 * route (`useHref`), and the dashboard's hundreds of them were a sixth of its rendering time. One click
 * listener on the element that holds them still navigates within the app on a plain click, as `<Link>`
 * does; any other click (a new tab, a download, another site) is left to the browser.
 */
export function useClientLinks(ref: RefObject<HTMLElement | null>) {
  const navigate = useNavigate();
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const link = event.target instanceof Element ? event.target.closest("a") : null;
      if (!link || !element.contains(link) || link.target || link.hasAttribute("download")) return;
      // A Remix <Link> (it carries data-discover) navigates itself, with its own options (replace, state…).
      if (link.hasAttribute("data-discover")) return;
      if (link.origin !== window.location.origin || FILE_PATH.test(link.pathname)) return;
      event.preventDefault();
      navigate(`${link.pathname}${link.search}${link.hash}`);
    };
    element.addEventListener("click", onClick);
    return () => element.removeEventListener("click", onClick);
  }, [ref, navigate]);
}
