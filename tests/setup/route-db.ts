import { afterAll } from "vitest";

import { copyTemplate, removeDatabase } from "./template-db";

/*
 * Setup file of the `routes` project: each test file gets its own copy of the seeded template database
 * (built once per run by global-setup.ts). It runs before the test file imports any app module, so the
 * app's one connection (db/client.server.ts) opens this copy.
 */
const file = copyTemplate("routes");
process.env.DATABASE_URL = file;

afterAll(() => {
  globalThis.__overblikDb?.$client.close();
  globalThis.__overblikDb = undefined;
  removeDatabase(file);
});
