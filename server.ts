import crypto from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";

import { getEnv } from "./app/utils/env.server";
import { isSameOriginRequest } from "./app/utils/origin";

const env = getEnv();
const BUILD_PATH = path.resolve(import.meta.dirname, "build/index.js");

// Under `npm run dev`, Remix's dev server (at REMIX_DEV_ORIGIN) tells the page to reload over a web socket.
const devServer = env.NODE_ENV === "development" ? process.env.REMIX_DEV_ORIGIN : undefined;

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", "loopback");

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

// No form of ours comes near 1 MB. A body must say its length, so an oversized one is refused before it is
// read; browsers always send Content-Length with a form.
const MAX_BODY_BYTES = 1024 * 1024;
app.use((req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const length = req.get("content-length");
  if (length === undefined) {
    if (req.get("transfer-encoding")) {
      res.status(411).type("text/plain; charset=utf-8").send("Length Required\n");
      return;
    }
    return next();
  }
  if (!/^\d{1,12}$/.test(length) || Number(length) > MAX_BODY_BYTES) {
    res.status(413).type("text/plain; charset=utf-8").send("Payload Too Large\n");
    return;
  }
  next();
});

// Fingerprinted build output may be cached for a year; everything else in public/ for an hour.
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));

const build = (await import(pathToFileURL(BUILD_PATH).href)) as ServerBuild;

app.all(
  "*",
  createRequestHandler({
    build,
    mode: env.NODE_ENV === "development" ? "development" : "production",
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      // The client's address for sign-in throttling; behind a proxy on loopback, the forwarded one.
      clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
    }),
  }),
);

const server = app.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const shownHost = env.HOST === "0.0.0.0" ? "localhost" : env.HOST;
  console.log(`Overblik listening on http://${shownHost}:${port}`);
  // `npm run dev` restarts this server after each rebuild and reloads the browser once it says it is ready.
  if (devServer) broadcastDevReady(build, devServer).catch(() => console.error("The page will not reload by itself."));
});

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
