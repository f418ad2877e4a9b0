/** Limits of an import from a spreadsheet (`/import`), shared by server.ts, the route and the page. */

/** The largest file an import reads. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The most rows (below the header) one import takes. */
export const MAX_IMPORT_ROWS = 5000;

/** What server.ts lets through to `/import`: the file and the rest of its multipart form. */
export const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_BYTES + 256 * 1024;

/** How long an uploaded file waits for its preview to be confirmed. */
export const IMPORT_STAGING_MINUTES = 60;
