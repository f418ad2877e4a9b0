/**
 * Reference data every database holds, demo or real: LBF's four focus areas for the 2019–26 plans and the
 * cross-cutting area for organisation-wide work. They are fixed by Landsbyggefonden, not by users, so a
 * database started with SEED=none has them too (nothing else: areas, plans and activities are made in the app).
 */
import type { FocusAreaCode } from "../app/domain/constants";
import type { DbOrTx } from "./client.server";
import { focusAreas } from "./schema";

const FOCUS_AREAS: { code: FocusAreaCode; nameDa: string; nameEn: string; sortOrder: number }[] = [
  { code: "education", nameDa: "Uddannelse og livschancer", nameEn: "Education and life chances", sortOrder: 1 },
  { code: "employment", nameDa: "Beskæftigelse", nameEn: "Employment", sortOrder: 2 },
  { code: "cohesion", nameDa: "Sammenhængskraft og medborgerskab", nameEn: "Cohesion and citizenship", sortOrder: 3 },
  { code: "crime", nameDa: "Kriminalitetsforebyggelse", nameEn: "Crime prevention", sortOrder: 4 },
  { code: "crosscutting", nameDa: "Tværgående indsatser", nameEn: "Cross-cutting work", sortOrder: 5 },
];

/** Inserts the focus areas a database lacks; those it has are left as they are. */
export function ensureReferenceData(db: DbOrTx): void {
  db.insert(focusAreas).values(FOCUS_AREAS).onConflictDoNothing({ target: focusAreas.code }).run();
}
