/// <reference types="@remix-run/dev" />

import "@remix-run/node";

declare module "@remix-run/node" {
  /** What server.ts passes to every loader and action (getLoadContext). */
  interface AppLoadContext {
    cspNonce: string;
    clientAddress: string;
    /** Logged with every unexpected error and shown on the error page. */
    requestId: string;
    /** Each language's message catalogue chunk in the client build, for root.tsx to preload (none without a build). */
    catalogueUrls: Partial<Record<"da" | "en", string>>;
  }
}
