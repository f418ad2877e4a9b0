import { asc, eq } from "drizzle-orm";

import { type DbOrTx, getDb } from "../../db/client.server";
import { areaOrganisations, areas, organisations } from "../../db/schema";
import { ORGANISATION_KINDS, type OrganisationKind } from "../domain/constants";

export type OrganisationView = {
  id: number;
  name: string;
  kind: OrganisationKind;
  descriptionDa: string;
  descriptionEn: string;
  startedOn: string | null;
  endedOn: string | null;
  areas: { slug: string; name: string }[];
};

/** Every organisation, grouped in the order of their kinds (housing, municipality, fund, secretariat, partner), with the areas it covers. */
export function listOrganisations(db: DbOrTx = getDb()): OrganisationView[] {
  const rows = db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      descriptionDa: organisations.descriptionDa,
      descriptionEn: organisations.descriptionEn,
      startedOn: organisations.startedOn,
      endedOn: organisations.endedOn,
    })
    .from(organisations)
    .orderBy(asc(organisations.name))
    .all();
  const links = db
    .select({ organisationId: areaOrganisations.organisationId, slug: areas.slug, name: areas.name })
    .from(areaOrganisations)
    .innerJoin(areas, eq(areas.id, areaOrganisations.areaId))
    .orderBy(asc(areas.name))
    .all();
  return rows
    .map((r) => ({ ...r, areas: links.filter((l) => l.organisationId === r.id).map(({ slug, name }) => ({ slug, name })) }))
    .sort((a, b) => ORGANISATION_KINDS.indexOf(a.kind) - ORGANISATION_KINDS.indexOf(b.kind));
}
