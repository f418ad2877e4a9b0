import crypto from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";

import { MAX_IMPORT_BODY_BYTES } from "./app/domain/imports";
import { catalogueChunkUrls } from "./app/i18n/catalogue-chunks.server";
import { databasePath, getEnv } from "./app/utils/env.server";
import { newRequestId, plainErrorHandler } from "./app/utils/errors.server";
import { isSameOriginRequest } from "./app/utils/origin";
import { getDb } from "./db/client.server";
import { holdServerLock } from "./db/server-lock";
import { timeStatements, withStatementTally } from "./db/statement-timing";

const env = getEnv();
// Held while the server runs, so that `npm run restore` refuses; taken before the database is opened, so
// a server started during a restore waits for it instead of opening the file about to be replaced.
const serverLock = holdServerLock(databasePath(env));
const db = getDb();
// Relative to the working directory, as public/ below is: `npm start` runs in the project, and serves
// this file compiled to build/server.js (`npm run build`).
const BUILD_PATH = path.resolve("build/index.js");

/** Set on SIGTERM or SIGINT (see shutdown below). */
let stopping = false;
// Under `npm run dev`, Remix's dev server (at REMIX_DEV_ORIGIN) tells the page to reload over a web socket.
const devServer = env.NODE_ENV === "development" ? process.env.REMIX_DEV_ORIGIN : undefined;

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", "loopback");

// An id per request, for the log and for the person's error page (and as a header, for support).
app.use((_req, res, next) => {
  res.locals.requestId = newRequestId();
  res.set("X-Request-Id", res.locals.requestId as string);
  // A request that still arrives on an open keep-alive connection while the server stops is served, and
  // its connection closed after it.
  if (stopping) res.set("Connection", "close");
  next();
});

// A POST may be answered before its body is read: a 403 or 404 is decided before the form is parsed. Remix
// has then read the start of the body and stopped, so Node does not drop the rest as it does for a body
// nobody started reading, and the client's next request on this keep-alive connection fails (reset). Once
// the answer is sent, read what is left of the body (at most the 1 MB allowed below) and drop it, as Node does.
app.use((req, res, next) => {
  res.on("finish", () => {
    if (req.complete) return;
    req.removeAllListeners("data");
    req.resume();
  });
  next();
});

// SERVER_TIMING=1 (the bench): how long each request spent in SQLite, and in all, as a Server-Timing header.
if (env.SERVER_TIMING) {
  timeStatements(db.$client);
  app.use((_req, res, next) => {
    const started = performance.now();
    const tally = { ms: 0, statements: 0 };
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => express.Response;
    res.writeHead = ((...args: unknown[]) => {
      const total = performance.now() - started;
      res.setHeader("Server-Timing", `sql;dur=${tally.ms.toFixed(2)};desc="${tally.statements}", total;dur=${total.toFixed(2)}`);
      return writeHead(...args);
    }) as typeof res.writeHead;
    withStatementTally(tally, next);
  });
}

app.use(compression());

// A fresh nonce per request lets Remix's inline scripts run under a strict script-src.
app.use((_req, res, next) => {
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  next();
});
app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
        // React and recharts write style="..." attributes.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'", ...(devServer ? [`ws://${new URL(devServer).host}`] : [])],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
      },
    },
    // Plain http on localhost must keep working; HSTS belongs to the proxy that terminates TLS.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "same-origin" },
  }),
);

// Cross-site request protection: every state-changing request must come from one of our own pages.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
app.use((req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const own = env.ORIGIN ?? `${req.protocol}://${req.get("host") ?? ""}`;
  if (isSameOriginRequest({ origin: req.get("origin"), referer: req.get("referer") }, [own])) return next();
  res
    .status(403)
    .type("text/plain; charset=utf-8")
    .send("Afvist: forespørgslen kom ikke fra Overbliks egne sider.\nForbidden: this request did not come from Overblik's own pages.\n");
});

// No form of ours comes near 1 MB, but for a spreadsheet uploaded to /import (5 MB and its form). A body must
// say its length, so an oversized one is refused before it is read; browsers always send Content-Length with a form.
const MAX_BODY_BYTES = 1024 * 1024;
app.use((req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const limit = req.path === "/import" ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
  const length = req.get("content-length");
  if (length === undefined) {
    if (req.get("transfer-encoding")) {
      res.status(411).type("text/plain; charset=utf-8").send("Length Required\n");
      return;
    }
    return next();
  }
  if (!/^\d{1,12}$/.test(length) || Number(length) > limit) {
    res
      .status(413)
      .type("text/plain; charset=utf-8")
      .send(
        limit === MAX_BODY_BYTES
          ? "Payload Too Large\n"
          : "For stor: en fil til import må højst fylde 5 MB.\nPayload Too Large: a file to import may be at most 5 MB.\n",
      );
    return;
  }
  next();
});

// Fingerprinted build output may be cached for a year; everything else in public/ for an hour.
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));

const build = (await import(pathToFileURL(BUILD_PATH).href)) as ServerBuild;
const catalogueUrls = catalogueChunkUrls(path.resolve("."));

// Whatever Remix answers (pages, data requests, downloads, redirects, error pages) may show what only the
// signed-in person may see: not for the browser's or a proxy's cache, unless the response says otherwise.
// Set as the headers go out, since Remix's adapter appends a route's own Cache-Control to any set before.
app.use((_req, res, next) => {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => express.Response;
  res.writeHead = ((...args: unknown[]) => {
    if (!res.hasHeader("Cache-Control")) res.setHeader("Cache-Control", "private, no-store");
    return writeHead(...args);
  }) as typeof res.writeHead;
  next();
});

app.all(
  "*",
  createRequestHandler({
    build,
    mode: env.NODE_ENV === "development" ? "development" : "production",
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      requestId: res.locals.requestId as string,
      // The client's address for sign-in throttling; behind a proxy on loopback, the forwarded one.
      clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
      catalogueUrls,
    }),
  }),
);

app.use(plainErrorHandler);

const server = app.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const shownHost = env.HOST === "0.0.0.0" ? "localhost" : env.HOST;
  console.log(`Overblik listening on http://${shownHost}:${port} (${process.env.NODE_ENV ?? "NODE_ENV not set"})`);
  // `npm run dev` restarts this server after each rebuild and reloads the browser once it says it is ready.
  if (devServer) broadcastDevReady(build, devServer).catch(() => console.error("The page will not reload by itself."));
});

/** How long a stopping server waits for requests in flight before it closes their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * SIGTERM or SIGINT: take no new connections, close idle keep-alive ones (now and as requests in flight
 * finish), let those requests finish, then close the database (which folds the WAL into it) and exit 0
 * (1 when requests had to be cut off).
 */
function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing the requests in flight, then stopping.`);
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  let cutOff = false;
  const deadline = setTimeout(() => {
    console.error(`Requests still running after ${SHUTDOWN_GRACE_MS / 1000} s: closing their connections.`);
    cutOff = true;
    server.closeAllConnections();
  }, SHUTDOWN_GRACE_MS);
  server.close(() => {
    clearInterval(sweep);
    clearTimeout(deadline);
    db.$client.close();
    serverLock.release();
    process.exit(cutOff ? 1 : 0);
  });
  server.closeIdleConnections();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
