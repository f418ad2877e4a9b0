import { eq } from "drizzle-orm";

import type { Tx } from "./client.server";
import { illustrative } from "./demo-data";
import { activities, fundraisingFlags, users } from "./schema";

/**
 * Fundraising flags for the demo, set by the demo fundraiser. The brobyggerindsats is flagged because the
 * minutes say so ("external fundraising will be explored"); the other flags and all notes' wording are
 * illustrative.
 */
const FLAGS: { title: string; priority: "high" | "medium" | "low"; note: string; raisedAt?: string }[] = [
  {
    title: "Brobyggerindsats",
    priority: "high",
    note: "Ingen finansiering i den kommende helhedsplan; mulighederne for ekstern fundraising afdækkes (bestyrelsesmødet, april 2020).",
    // Raised after the board's discussion in April 2020 (the day is illustrative).
    raisedAt: illustrative("2020-05-04T08:00:00.000Z"),
  },
  illustrative({ title: "Digital hjælp", priority: "medium", note: "Fondsansøgning til udstyr og frivillige undersøges." }),
];

export function seedDemoFlags(tx: Tx): void {
  const fundraiser = tx.select({ id: users.id }).from(users).where(eq(users.email, "fundraiser@overblik.test")).get();
  for (const flag of FLAGS) {
    const activity = tx.select({ id: activities.id }).from(activities).where(eq(activities.title, flag.title)).get();
    if (!activity) throw new Error(`demo flag for "${flag.title}", which the demo data does not have`);
    tx.insert(fundraisingFlags)
      .values({
        activityId: activity.id,
        priority: flag.priority,
        note: flag.note,
        createdBy: fundraiser?.id ?? null,
        ...(flag.raisedAt ? { createdAt: flag.raisedAt } : {}),
      })
      .run();
  }
}
