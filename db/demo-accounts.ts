import { eq, inArray } from "drizzle-orm";

import type { Role } from "../app/domain/constants";
import { hashPasswordSync } from "../app/utils/password.server";
import type { Tx } from "./client.server";
import { areas, meta, userAreas, users } from "./schema";

/** Every demo account's password; the README lists them. Only ever seeded into a demo database. */
const DEMO_PASSWORD = "overblik-demo";

const DEMO_ACCOUNTS: { email: string; name: string; role: Role; areas: string[] }[] = [
  { email: "admin@overblik.test", name: "Lene Holm (demo)", role: "admin", areas: [] },
  { email: "manager.vollsmose@overblik.test", name: "Karim Nielsen (demo)", role: "manager", areas: ["vollsmose"] },
  {
    email: "manager.korsloekken@overblik.test",
    name: "Maja Sørensen (demo)",
    role: "manager",
    areas: ["korsloekken", "solbakken-rising"],
  },
  { email: "board@overblik.test", name: "Jens Pedersen (demo)", role: "board", areas: [] },
  { email: "fundraiser@overblik.test", name: "Sofie Lund (demo)", role: "fundraiser", areas: [] },
];

/** Seeds the demo accounts and marks the database as a demo, so the sign-in page can say so. */
export function seedDemoAccounts(tx: Tx): void {
  // One hash for all: scrypt is deliberately slow, and these accounts share a published password anyway.
  const passwordHash = hashPasswordSync(DEMO_PASSWORD);
  const slugs = [...new Set(DEMO_ACCOUNTS.flatMap((a) => a.areas))];
  const areaIds = new Map(
    tx
      .select({ id: areas.id, slug: areas.slug })
      .from(areas)
      .where(inArray(areas.slug, slugs))
      .all()
      .map((a) => [a.slug, a.id]),
  );
  for (const account of DEMO_ACCOUNTS) {
    const { id } = tx
      .insert(users)
      .values({ email: account.email, name: account.name, role: account.role, passwordHash })
      .returning({ id: users.id })
      .get();
    for (const slug of account.areas) {
      const areaId = areaIds.get(slug);
      if (areaId === undefined) throw new Error(`demo account area ${slug} is not seeded`);
      tx.insert(userAreas).values({ userId: id, areaId }).run();
    }
  }
  tx.insert(meta)
    .values({ key: "demo", value: "true" })
    .onConflictDoUpdate({ target: meta.key, set: { value: "true" } })
    .run();
}

export function isDemoDatabase(tx: Pick<Tx, "select">): boolean {
  return tx.select({ value: meta.value }).from(meta).where(eq(meta.key, "demo")).get()?.value === "true";
}
