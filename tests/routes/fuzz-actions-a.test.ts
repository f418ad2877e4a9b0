import { vi } from "vitest";

import { fuzzActions } from "../setup/fuzz-actions";

// Every action reads its form through parseForm or parseFormData: note the schema it validates with, so that
// its field names (those of a schema built per request, too) are known without listing them by hand.
vi.mock("../../app/forms/form.server", async (importOriginal) =>
  (await import("../setup/fuzz-capture")).capturingFormServer(await importOriginal()),
);

// The actions are shared out over two files, which vitest runs side by side; see tests/setup/fuzz-actions.ts.
fuzzActions({ shard: 0, shards: 2 });
