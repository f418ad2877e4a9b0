import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  LiveReload,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useMatches,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";

import plexRegular from "../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Regular-Latin1.woff2";
import plexSemiBold from "../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-SemiBold-Latin1.woff2";
import { GeneralErrorBoundary } from "./components/error-boundary";
import { pageLang } from "./i18n/i18n";
import { getLang } from "./i18n/lang.server";
import { useTranslation } from "./i18n/use-translation";
import { isDemo } from "./models/login.server";
import appStyles from "./styles/app.css";
import { useNonce } from "./utils/nonce";
import { can } from "./utils/permissions";
import { getSessionUser } from "./utils/session.server";
import { useOptionalUser } from "./utils/user";

export const links: LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "stylesheet", href: "/dkfds/css/dkfds.min.css" },
  { rel: "stylesheet", href: appStyles },
  // Every page sets its text in Plex 400 and its headings in 600: fetch them with the stylesheets, not after.
  { rel: "preload", href: plexRegular, as: "font", type: "font/woff2", crossOrigin: "anonymous" },
  { rel: "preload", href: plexSemiBold, as: "font", type: "font/woff2", crossOrigin: "anonymous" },
];

export const meta: MetaFunction = () => [{ title: "Overblik" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const lang = await getLang(request);
  // The root never requires sign-in (the sign-in page lives under it); each route checks for itself.
  const sessionUser = await getSessionUser(request);
  const user = sessionUser
    ? { name: sessionUser.name, email: sessionUser.email, role: sessionUser.role, areaIds: sessionUser.areaIds, id: sessionUser.id }
    : null;
  // The page's messages, preloaded with its scripts: entry.client.tsx fetches them before it hydrates.
  const catalogueUrl = context.catalogueUrls[lang] ?? null;
  // For the error page of this document's request (see utils/request-id.ts).
  // The footer's note about illustrative figures belongs to a demo database only.
  return json({ lang, user, requestId: context.requestId, demo: isDemo(), catalogueUrl });
}

function Document({ children, lang, catalogueUrl }: { children: ReactNode; lang: string; catalogueUrl?: string | null }) {
  const nonce = useNonce();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {catalogueUrl ? <link rel="modulepreload" href={catalogueUrl} /> : null}
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        {/* Only under `npm run dev` (NODE_ENV=development): reloads the page after a rebuild. Renders nothing in production. */}
        <LiveReload nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function LanguageSwitch() {
  const { t, lang } = useTranslation();
  const location = useLocation();
  const other = lang === "da" ? "en" : "da";
  return (
    <Form method="post" action="/language" className="language-form" reloadDocument>
      <input type="hidden" name="lang" value={other} />
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <button type="submit" className="button button-tertiary" lang={other} title={t("lang.switchLabel")}>
        {t("lang.switchTo")}
      </button>
    </Form>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const user = useOptionalUser();
  if (!user) return null;
  return (
    <div className="user-menu">
      <span className="user-menu-name">
        {user.name}
        <span className="muted">{` · ${t(`role.${user.role}`)}`}</span>
      </span>
      <Form method="post" action="/logout" reloadDocument>
        <button type="submit" className="button button-tertiary">
          {t("nav.logout")}
        </button>
      </Form>
    </div>
  );
}

function Header() {
  const { t } = useTranslation();
  const user = useOptionalUser();
  return (
    <header className="app-header">
      <a className="skipnav" href="#main-content">
        {t("nav.skip")}
      </a>
      <div className="container app-header-inner">
        <a href="/" className="app-brand">
          <span className="app-brand-name">{t("app.name")}</span>
          <span className="app-brand-tagline">{t("app.tagline")}</span>
        </a>
        <div className="app-header-tools">
          <UserMenu />
          <LanguageSwitch />
        </div>
      </div>
      {user ? (
        <nav className="app-nav" aria-label={t("nav.main")}>
          <div className="container">
            <ul className="app-nav-list">
              <li>
                <NavLink to="/" end>
                  {t("nav.overview")}
                </NavLink>
              </li>
              <li>
                <NavLink to="/my">{user.role === "manager" || user.role === "admin" ? t("nav.my") : t("nav.myFollowUps")}</NavLink>
              </li>
              <li>
                <NavLink to="/dashboard">{t("nav.dashboard")}</NavLink>
              </li>
              <li>
                <NavLink to="/activities">{t("nav.activities")}</NavLink>
              </li>
              <li>
                <NavLink to="/areas">{t("nav.areas")}</NavLink>
              </li>
              <li>
                <NavLink to="/funding">{t("nav.funding")}</NavLink>
              </li>
              <li>
                <NavLink to="/meetings">{t("nav.meetings")}</NavLink>
              </li>
              <li>
                <NavLink to="/reports/lbf">{t("nav.lbfReport")}</NavLink>
              </li>
              {can(user, "users:manage") ? (
                <li>
                  <NavLink to="/admin">{t("nav.admin")}</NavLink>
                </li>
              ) : null}
            </ul>
          </div>
        </nav>
      ) : null}
    </header>
  );
}

function Footer() {
  const { t } = useTranslation();
  const user = useOptionalUser();
  const demo = useRouteLoaderData<typeof loader>("root")?.demo === true;
  return (
    <footer className="app-footer">
      <div className="container">
        <p>{t("footer.text")}</p>
        <ul className="app-footer-links">
          {user ? (
            <li>
              <Link to="/organisation">{t("footer.organisation")}</Link>
            </li>
          ) : null}
          <li>
            <Link to="/tilgaengelighed">{t("footer.accessibility")}</Link>
          </li>
        </ul>
        {demo ? <p className="app-footer-note">{t("footer.demo")}</p> : null}
      </div>
    </footer>
  );
}

function Shell({ children }: { children: ReactNode }) {
  // Routes made for paper (the board pack) leave out navigation and footer.
  const print = useMatches().some((m) => (m.handle as { layout?: string } | undefined)?.layout === "print");
  if (print) {
    return (
      <main id="main-content" className="container app-main print-layout" tabIndex={-1}>
        {children}
      </main>
    );
  }
  return (
    <>
      <Header />
      <main id="main-content" className="container app-main" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </>
  );
}

export default function App() {
  const { lang, catalogueUrl } = useLoaderData<typeof loader>();
  return (
    <Document lang={lang} catalogueUrl={catalogueUrl}>
      <Shell>
        <Outlet />
      </Shell>
    </Document>
  );
}

export function ErrorBoundary() {
  const data = useRouteLoaderData<typeof loader>("root");
  const lang = pageLang(data?.lang);
  return (
    <Document lang={lang} catalogueUrl={data?.catalogueUrl}>
      <Shell>
        <GeneralErrorBoundary />
      </Shell>
    </Document>
  );
}
