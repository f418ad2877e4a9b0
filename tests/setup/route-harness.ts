/**
 * In-process route tests: call a route module's `loader` or `action` directly, as Remix would, against
 * this test file's own copy of the seeded demo database (see tests/README.md, "Route tests").
 *
 *   import * as route from "../../app/routes/activities.$id_.updates";
 *   const res = await callAction(route, { path: "/activities/7/updates", params: { id: "7" }, as: "board", form: { note: "x" } });
 *   expect(res.status).toBe(403);
 *
 * Only for files of the `routes` vitest project (tests/routes/**): its setup file points DATABASE_URL at the
 * copy before any app module is imported, and fixes TODAY and SESSION_SECRET.
 *
 * What this does not cover: server.ts's Express middleware (security headers, the Origin check, body-size
 * limits, static files) and the rendering of the page. Those stay in tests/integration (spawned server) and
 * tests/e2e (Chromium).
 */
import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";

import { langCookie } from "../../app/i18n/lang.server";
import { createSession } from "../../app/utils/session.server";
import { getDb } from "../../db/client.server";
import { users } from "../../db/schema";
import { DEMO_USERS, type DemoUser } from "./server";

/** The origin of the requests made here, as if served on http://localhost. */
export const TEST_ORIGIN = "http://localhost";

type RouteModule = {
  loader?: (args: LoaderFunctionArgs) => unknown;
  action?: (args: ActionFunctionArgs) => unknown;
};

export type Who = "anonymous" | DemoUser;

type CallOptions = {
  /** Path and query, e.g. "/activities?area=vollsmose". */
  path: string;
  /** The route's URL params, e.g. { id: "7" } for activities.$id.tsx (Remix takes them from the path). */
  params?: Record<string, string>;
  /** A demo user (signed in with a session made for this file) or "anonymous" (the default). */
  as?: Who;
  /** An explicit Cookie header value instead of `as`, e.g. from `signIn()` for a session of its own. */
  cookie?: string;
  /** Ask in English (the language cookie); Danish is the default. */
  lang?: "da" | "en";
  headers?: Record<string, string>;
  /** What server.ts's getLoadContext would pass; a fixed nonce and 127.0.0.1 by default. */
  context?: Partial<AppLoadContext>;
};

type ActionOptions = CallOptions & {
  /** The form fields; a field given as an array is sent once per value. Sent url-encoded, as a browser does. */
  form?: Record<string, string | string[]>;
  /** Send `form` as multipart/form-data (as a form with a file input does) instead. */
  multipart?: boolean;
  /** Files to send with `form` (multipart/form-data, whatever `multipart` says), by field name. */
  files?: Record<string, { name: string; type: string; content: string | Uint8Array }>;
  /** A raw body instead of `form`, sent with the Content-Type given in `headers` (none when not given). */
  body?: string;
  /** "POST" unless given. */
  method?: string;
  /**
   * Run the route's loader after the action, as Remix does for a form posted without JavaScript, so that
   * a redirect or error the loader throws is the answer (true by default; false for the action alone, as
   * a fetcher would get it).
   */
  thenLoader?: boolean;
};

export type RouteResult = {
  status: number;
  headers: Headers;
  /** The redirect target (pathname + search) when the answer is a redirect. */
  location: string | null;
  /** The body: parsed when it is JSON, else its text. For an action followed by its loader: the action's data. */
  data: unknown;
  /** The raw body text. */
  text: string;
  /** Whether the answer was thrown (a redirect, 403 or 404 from a `require*` helper) rather than returned. */
  thrown: boolean;
};

const sessions = new Map<DemoUser, string>();

/** A fresh session for a demo user, made directly in the database (no password hashing), as a Cookie value. */
export async function signIn(who: DemoUser): Promise<string> {
  const user = getDb().select({ id: users.id }).from(users).where(eq(users.email, DEMO_USERS[who])).get();
  if (!user) throw new Error(`no demo user ${who} in the test database`);
  const setCookie = await createSession(user.id, new Request(TEST_ORIGIN));
  return setCookie.split(";")[0] ?? "";
}

async function cookieFor(options: CallOptions): Promise<string> {
  const parts: string[] = [];
  if (options.cookie !== undefined) parts.push(options.cookie);
  else if (options.as && options.as !== "anonymous") {
    let cookie = sessions.get(options.as);
    if (!cookie) {
      cookie = await signIn(options.as);
      sessions.set(options.as, cookie);
    }
    parts.push(cookie);
  }
  if (options.lang) parts.push((await langCookie.serialize(options.lang)).split(";")[0] ?? "");
  return parts.filter(Boolean).join("; ");
}

async function buildRequest(options: ActionOptions, method: string): Promise<Request> {
  const headers = new Headers(options.headers);
  const cookie = await cookieFor(options);
  if (cookie) headers.set("Cookie", cookie);
  let body: string | ArrayBuffer | undefined;
  if (method !== "GET" && method !== "HEAD") {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(options.form ?? {})) {
      for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
    }
    if (options.body !== undefined) body = options.body;
    else if (options.multipart || options.files) {
      // Let the platform write the multipart body and its boundary, then send it with its length.
      const data = toFormData(form);
      for (const [field, file] of Object.entries(options.files ?? {})) {
        data.append(
          field,
          new File([typeof file.content === "string" ? file.content : new Uint8Array(file.content)], file.name, { type: file.type }),
        );
      }
      const encoded = new Response(data);
      body = await encoded.arrayBuffer();
      headers.set("Content-Type", encoded.headers.get("Content-Type") ?? "multipart/form-data");
    } else {
      body = form.toString();
      // What a browser sends with a form post (the Origin check itself is server.ts's, not tested here).
      if (!headers.has("Content-Type")) headers.set("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8");
    }
    headers.set("Content-Length", String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength));
    if (!headers.has("Origin")) headers.set("Origin", TEST_ORIGIN);
  }
  return new Request(new URL(options.path, TEST_ORIGIN), { method, headers, body });
}

function toFormData(form: URLSearchParams): FormData {
  const data = new FormData();
  for (const [key, value] of form) data.append(key, value);
  return data;
}

function contextFor(options: CallOptions): AppLoadContext {
  const given = options.context ?? {};
  return {
    cspNonce: given.cspNonce ?? "test-nonce",
    clientAddress: given.clientAddress ?? "127.0.0.1",
    requestId: given.requestId ?? "test-request",
    catalogueUrls: given.catalogueUrls ?? {},
  };
}

/** Runs a loader or action; a thrown Response is an answer, as in Remix; anything else thrown fails the test. */
async function run(fn: () => unknown): Promise<{ response: Response; thrown: boolean }> {
  try {
    const value = await fn();
    if (value instanceof Response) return { response: value, thrown: false };
    // A loader may return a plain object: Remix sends it as JSON.
    return { response: Response.json(value ?? null), thrown: false };
  } catch (error) {
    if (error instanceof Response) return { response: error, thrown: true };
    throw error;
  }
}

async function toResult({ response, thrown }: { response: Response; thrown: boolean }): Promise<RouteResult> {
  const text = await response.text();
  const type = response.headers.get("Content-Type") ?? "";
  let data: unknown = text;
  if (type.includes("application/json") && text !== "") data = JSON.parse(text) as unknown;
  const location = response.headers.get("Location");
  return {
    status: response.status,
    headers: response.headers,
    location: location === null ? null : relative(location),
    data,
    text,
    thrown,
  };
}

function relative(location: string): string {
  const url = new URL(location, TEST_ORIGIN);
  return url.origin === TEST_ORIGIN ? `${url.pathname}${url.search}` : location;
}

function isRedirect(response: Response): boolean {
  return response.status >= 300 && response.status < 400 && response.headers.has("Location");
}

/** GET `path` through the route's loader. */
export async function callLoader(route: RouteModule, options: CallOptions): Promise<RouteResult> {
  const { loader } = route;
  if (!loader) throw new Error(`the route for ${options.path} has no loader`);
  const request = await buildRequest(options, "GET");
  return toResult(await run(() => loader({ request, params: options.params ?? {}, context: contextFor(options) })));
}

/**
 * POST a form to `path` through the route's action. Unless the action redirects or throws, the route's
 * loader then runs as for a document request (a form posted without JavaScript): a redirect or error
 * Response from it is the answer; otherwise the answer is the action's, with its status and data.
 */
export async function callAction(route: RouteModule, options: ActionOptions): Promise<RouteResult> {
  const { action, loader } = route;
  if (!action) throw new Error(`the route for ${options.path} has no action`);
  const method = options.method ?? "POST";
  const request = await buildRequest(options, method);
  const context = contextFor(options);
  const params = options.params ?? {};
  const answer = await run(() => action({ request, params, context }));
  if (answer.thrown || isRedirect(answer.response) || !loader || options.thenLoader === false) return toResult(answer);
  const reload = await buildRequest({ ...options, form: undefined }, "GET");
  const after = await run(() => loader({ request: reload, params, context }));
  if (isRedirect(after.response) || after.thrown) return toResult(after);
  return toResult(answer);
}

/**
 * The URL params Remix would take from `path` for a flat-routes file name, e.g. ("activities.$id_.updates.tsx",
 * "/activities/7/updates") → { id: "7" }; a splat file (`$.tsx`) gets `*`. Throws when the path does not match.
 */
export function paramsFromPath(routeFile: string, path: string): Record<string, string> {
  const segments = routeFile
    .replace(/\.tsx?$/, "")
    .split(/\.(?![^[]*\])/)
    .filter((segment) => segment !== "_index")
    .map((segment) => segment.replace(/_$/, "").replace(/\[(.*?)\]/g, "$1"));
  const parts = new URL(path, TEST_ORIGIN).pathname.split("/").filter(Boolean);
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    if (segment === "$") {
      params["*"] = parts.slice(i).map(decodeURIComponent).join("/");
      return params;
    }
    const part = parts[i];
    if (part === undefined) throw new Error(`${path} does not match ${routeFile}`);
    if (segment.startsWith("$")) params[segment.slice(1)] = decodeURIComponent(part);
    else if (segment !== part) throw new Error(`${path} does not match ${routeFile}`);
  }
  if (parts.length !== segments.length) throw new Error(`${path} does not match ${routeFile}`);
  return params;
}
