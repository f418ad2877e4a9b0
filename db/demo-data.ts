/**
 * The demo portfolio that a fresh database is seeded with (see "Demo data" in DESIGN.md).
 *
 * Source: the minutes of the Vollsmose Secretariat's board meeting of late April 2020
 * (`seeds/000_96be39ad0c5dbfd4.txt`, facts in English in `seeds/minutes-facts.md`). Taken from the minutes:
 * the organisations, the focus areas and the eleven activities of the new Vollsmose plan, the bridge-builder
 * initiative (brobyggerindsats) and the fact that it has no funding, the KVINFO mentor network (from
 * 2020-05-01), the COVID-19 street teams (2020-03-13 to 2020-05-10), Vollsmose's 8,620 residents in
 * 9 housing sections, about 1,000 homes to be demolished and about 2,500 residents to be rehoused.
 *
 * CONVENTION: every figure or date that is NOT in the minutes is wrapped in `illustrative(...)`: budgets and
 * funding amounts (and the shares they are derived from), residents, homes and sections of the other areas,
 * plan periods, activity dates, health, the status-update history, indicators (måltal) and their actuals, and
 * milestones. `illustrative` returns its argument
 * unchanged; it only marks the value for readers (and for grep). Facts from the minutes are written bare.
 * Derived values (e.g. the yearly funding lines computed from an illustrative budget) are illustrative too.
 *
 * Dates of the current plans are placed relative to `today`, so the demo always looks current: both current
 * plans run from 1 January of last year to 31 December of the year after next. The dates of 2020 are fixed.
 */
import type {
  ActivityStatus,
  AreaClassification,
  FocusAreaCode,
  FundingSourceKind,
  FundingStage,
  Health,
  IndicatorDirection,
  IndicatorKind,
  OrganisationKind,
} from "../app/domain/constants";
import { addDays, addMonths, isIsoDate, yearOf } from "../app/utils/dates";
import type { DbOrTx, Tx } from "./client.server";
import { ensureReferenceData } from "./reference-data";
import {
  activities,
  activityAreas,
  areaOrganisations,
  areas,
  focusAreas,
  fundingLines,
  fundingSources,
  indicatorActuals,
  indicators,
  milestones,
  organisations,
  planAreas,
  plans,
  sharedIndicators,
  statusUpdates,
} from "./schema";

export const ILLUSTRATIVE_NOTE =
  "Figures and dates not found in the April 2020 board minutes (budgets, funding, most dates, other areas' residents, health, history, indicators and milestones) are illustrative demo values.";

/** Marks a demo value that is not taken from the minutes. Returns its argument unchanged. */
export function illustrative<T>(value: T): T {
  return value;
}

// ---------------------------------------------------------------------------------------------------------
// Types of the data below
// ---------------------------------------------------------------------------------------------------------

type PlanSlug = "vollsmose-current" | "bydaekkende-current" | "vollsmose-2017-2020";
type AreaSlug = "vollsmose" | "solbakken-rising" | "korsloekken" | "skt-klemensparken" | "ejerslykke" | "oevrige-afdelinger";

type OrganisationSpec = {
  name: string;
  kind: OrganisationKind;
  descriptionDa: string;
  descriptionEn: string;
  startedOn?: string;
  endedOn?: string;
  /** Areas an organisation other than a housing organisation works in (housing organisations: see the areas). */
  areas?: AreaSlug[] | "all";
};

type AreaSpec = {
  slug: AreaSlug;
  name: string;
  residents: number | null;
  homes: number | null;
  housingSections: number | null;
  classification: AreaClassification;
  descriptionDa: string;
  descriptionEn: string;
  /** Housing organisations that own homes in the area. */
  organisations: string[];
};

type PlanSpec = {
  slug: PlanSlug;
  name: string;
  startsOn: string;
  endsOn: string;
  /** When LBF approved the plan: the decision date of its base funding lines. */
  approvedOn: string;
  areas: AreaSlug[];
};

/** Fractions of an activity's (remaining) budget per kind of source; the housing share is split between the
 * housing organisations of the activity's areas. */
type Mix = { lbf: number; kommune: number; housing: number };

type ExtraLine = {
  source: string;
  /** 0 = the plan's first year. */
  yearIndex: number;
  amount: number;
  stage: FundingStage;
  deadline?: string;
  decidedOn?: string;
  note: string;
};

type FundingSpec = {
  /** Base lines: LBF and local co-financing, spread evenly over the funded years, granted (paid for past years). */
  mix?: Mix;
  /** Share of the budget (after secured extra lines) that the base lines cover; 1 = fully funded. */
  coverage?: number;
  /** Plan-year indexes of the base lines; by default every plan year the activity runs in. */
  years?: number[];
  /** Explicit lines, e.g. applications to foundations. */
  extra?: ExtraLine[];
};

type EarlierUpdate = {
  on: string;
  status: ActivityStatus;
  health: Health;
  healthReason?: string;
  note: string;
};

type IndicatorSpec = {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: IndicatorDirection;
  kind: IndicatorKind;
  /** The shared indicator (fælles indikator) its figures add up to, by key of SHARED_INDICATORS. */
  shared?: SharedKey;
  /**
   * Values reported with the activity's latest status updates, oldest first and aligned to the LATEST
   * update (the last value goes with the latest update); null = not reported with that update. When the
   * activity has fewer updates than values (early in a plan period), the oldest values are dropped.
   * Cumulative: each value is the period's count; per_period: each value is the level at that date.
   */
  actuals: (number | null)[];
};

type MilestoneSpec = {
  title: string;
  /** Days from today (negative = in the past). Never placed before the activity's (or its plan's) start. */
  due: number;
  /** Days from today when it was done (≤ 0); absent = not done. */
  done?: number;
};

type ActivitySpec = {
  plan: PlanSlug;
  focus: FocusAreaCode;
  title: string;
  purpose: string;
  targetGroup: string;
  content: string;
  partners: string;
  responsible: string;
  areas: AreaSlug[];
  startsOn: string | null;
  endsOn: string | null;
  budget: number;
  status: ActivityStatus;
  health: Health;
  healthReason?: string;
  /** The latest status update (it repeats the activity's status, health and reason): days before today, or a date. */
  last: { daysAgo: number } | { on: string };
  note: string;
  /** Earlier updates, oldest first, one letter per update (g/a/r), about a quarter apart before the latest. */
  trend?: string;
  /** Earlier updates with fixed dates, oldest first (instead of `trend`). */
  history?: EarlierUpdate[];
  funding?: FundingSpec;
  indicators?: IndicatorSpec[];
  milestones?: MilestoneSpec[];
};

type SourceSpec = { name: string; kind: FundingSourceKind; countsAsLocal: boolean; organisation: string | null };

type SharedKey = "jobs" | "leisureJobs";

type SharedIndicatorSpec = {
  focus: FocusAreaCode;
  nameDa: string;
  nameEn: string;
  unit: string;
  kind: IndicatorKind;
  descriptionDa: string;
  descriptionEn: string;
};

// ---------------------------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------------------------

const HOUSING_ORGANISATIONS = [
  "Civica",
  "Fyns Almennyttige Boligselskab",
  "Odense Boligselskab",
  "Arbejdernes Boligforening Odense",
] as const;

const ORGANISATIONS: OrganisationSpec[] = [
  ...HOUSING_ORGANISATIONS.map((name): OrganisationSpec => ({
    name,
    kind: "housing",
    descriptionDa:
      "Boligorganisation bag den fælles boligsociale indsats sammen med Odense Kommune; repræsenteret i bestyrelsen ved sin ledelse.",
    descriptionEn:
      "Housing organisation behind the joint housing-social work with Odense Kommune; represented on the board by its management.",
  })),
  {
    name: "Odense Kommune",
    kind: "municipality",
    descriptionDa:
      "Kommunen: står sammen med boligorganisationerne bag den samlede boligsociale organisering og er repræsenteret i bestyrelsen.",
    descriptionEn:
      "The municipality: stands with the housing organisations behind the joint housing-social organisation and is represented on the board.",
    areas: "all",
  },
  {
    name: "Landsbyggefonden",
    kind: "fund",
    descriptionDa: "Den landsdækkende fond, der støtter de boligsociale helhedsplaner og fastlægger indsatsområderne for 2019–26-midlerne.",
    descriptionEn: "The national fund that supports the housing-social plans and sets the focus areas of the 2019–26 funds.",
    areas: "all",
  },
  {
    name: "Boligsocialt Hus",
    kind: "secretariat",
    descriptionDa:
      "Dækkede Korsløkken, Solbakken/Rising, Skt. Klemensparken og Ejerslykke. Fra 1. maj 2020 den samlede, bydækkende organisering for Vollsmose, Solbakken/Rising, Korsløkken og øvrige boligafdelinger i Odense, med medarbejdere med fast arbejdsplads i Vollsmose, og sekretariat for den nye fælles bestyrelse. Beboerdemokrater fra organisationsbestyrelserne sidder i bestyrelsen, og beboerdemokrater fra afdelingsbestyrelserne i styregrupperne.",
    descriptionEn:
      "Covered Korsløkken, Solbakken/Rising, Skt. Klemensparken and Ejerslykke. From 1 May 2020 the unified, city-wide organisation for Vollsmose, Solbakken/Rising, Korsløkken and other housing sections in Odense, with staff based in Vollsmose, and secretariat for the new joint board. Residents' representatives from the organisation boards sit on the board, and those from the section boards in the steering groups.",
    areas: "all",
  },
  {
    name: "Vollsmose Sekretariatet",
    kind: "secretariat",
    descriptionDa:
      "Udøvende organisation for den boligsociale helhedsplan i Vollsmose. Bestyrelsen besluttede på sit møde i april 2020 at nedlægge sig selv, så der fra 1. maj 2020 er én samlet, bydækkende bestyrelse under Boligsocialt Hus.",
    descriptionEn:
      "Executing organisation of the housing-social plan in Vollsmose. At its meeting in April 2020 its board decided to dissolve itself, so that from 1 May 2020 there is one joint, city-wide board under Boligsocialt Hus.",
    endedOn: "2020-05-01",
    areas: ["vollsmose"],
  },
  {
    name: "KVINFO",
    kind: "partner",
    descriptionDa:
      "KVINFOs mentornetværk: fra 1. maj 2020, sammen med Odense Kommune, frivillige mentorer for indvandrerkvinder i Vollsmose, der vil i uddannelse eller arbejde.",
    descriptionEn:
      "KVINFO's mentor network: from 1 May 2020, with Odense Kommune, volunteer mentors for immigrant women in Vollsmose who want education or work.",
    startedOn: "2020-05-01",
    areas: ["vollsmose"],
  },
  {
    name: "SSP Odense",
    kind: "partner",
    descriptionDa: "Samarbejdet mellem skole, socialforvaltning og politi; støttet af gadeplansteams under COVID-19 i foråret 2020.",
    descriptionEn: "The cooperation of schools, social services and police; supported by street teams during COVID-19 in spring 2020.",
  },
  {
    name: "Fyns Politi",
    kind: "partner",
    descriptionDa: "Politiet: samarbejdspartner i det kriminalitetsforebyggende arbejde.",
    descriptionEn: "The police: a partner in crime prevention.",
  },
  {
    name: "Jobcenter Odense",
    kind: "partner",
    descriptionDa: "Jobcentret: samarbejdet med KVINFOs mentornetværk understøtter jobcentrets indsats i Vollsmose.",
    descriptionEn: "The job centre: the partnership with KVINFO's mentor network supports the job centre's work in Vollsmose.",
  },
];

const AREAS: AreaSpec[] = [
  {
    slug: "vollsmose",
    name: "Vollsmose",
    residents: 8620,
    homes: illustrative(3700),
    housingSections: 9,
    classification: "transformation",
    descriptionDa:
      "Odenses største almene boligområde med ca. 8.620 beboere i ni boligafdelinger. Vollsmose er omfattet af en lovbestemt udviklingsplan: ca. 1.000 boliger nedrives frem mod 2030, og ca. 2.500 beboere skal genhuses andre steder i Odense.",
    descriptionEn:
      "Odense's largest social housing area, with about 8,620 residents in nine housing sections. Vollsmose has a statutory development plan: about 1,000 homes are to be demolished by 2030, and about 2,500 residents must be rehoused elsewhere in Odense.",
    organisations: ["Civica", "Fyns Almennyttige Boligselskab", "Odense Boligselskab"],
  },
  {
    slug: "solbakken-rising",
    name: "Solbakken/Rising",
    residents: illustrative(2150),
    homes: illustrative(1020),
    housingSections: illustrative(3),
    classification: illustrative("prevention"),
    descriptionDa:
      "Almene boligafdelinger i Solbakken og Rising. Boligsocialt Hus dækkede området allerede før den bydækkende organisering i 2020.",
    descriptionEn:
      "Social housing sections in Solbakken and Rising. Boligsocialt Hus covered the area before the city-wide organisation of 2020.",
    organisations: illustrative(["Fyns Almennyttige Boligselskab", "Arbejdernes Boligforening Odense"]),
  },
  {
    slug: "korsloekken",
    name: "Korsløkken",
    residents: illustrative(1850),
    homes: illustrative(880),
    housingSections: illustrative(2),
    classification: illustrative("vulnerable"),
    descriptionDa: "Almene boligafdelinger i Korsløkken, dækket af Boligsocialt Hus.",
    descriptionEn: "Social housing sections in Korsløkken, covered by Boligsocialt Hus.",
    organisations: illustrative(["Civica"]),
  },
  {
    slug: "skt-klemensparken",
    name: "Skt. Klemensparken",
    residents: illustrative(1100),
    homes: illustrative(520),
    housingSections: illustrative(2),
    classification: illustrative("prevention"),
    descriptionDa: "Almene boligafdelinger i Skt. Klemensparken, dækket af Boligsocialt Hus.",
    descriptionEn: "Social housing sections in Skt. Klemensparken, covered by Boligsocialt Hus.",
    organisations: illustrative(["Odense Boligselskab"]),
  },
  {
    slug: "ejerslykke",
    name: "Ejerslykke",
    residents: illustrative(1400),
    homes: illustrative(640),
    housingSections: illustrative(2),
    classification: illustrative("vulnerable"),
    descriptionDa: "Almene boligafdelinger i Ejerslykke, dækket af Boligsocialt Hus.",
    descriptionEn: "Social housing sections in Ejerslykke, covered by Boligsocialt Hus.",
    organisations: illustrative(["Fyns Almennyttige Boligselskab", "Civica"]),
  },
  {
    slug: "oevrige-afdelinger",
    name: "Øvrige boligafdelinger i Odense",
    residents: null,
    homes: null,
    housingSections: null,
    classification: "other",
    descriptionDa:
      "Øvrige almene boligafdelinger i Odense, som den bydækkende organisering også dækker, bl.a. der, hvor genhusede beboere fra Vollsmose flytter hen.",
    descriptionEn:
      "Other social housing sections in Odense covered by the city-wide organisation, including those where residents rehoused from Vollsmose move to.",
    organisations: [...HOUSING_ORGANISATIONS],
  },
];

const FOUNDATIONS = ["Nordea-fonden", "Bikubenfonden", "TrygFonden", "Velux Fonden"] as const;

const FUNDING_SOURCES: SourceSpec[] = [
  { name: "Landsbyggefonden", kind: "lbf", countsAsLocal: false, organisation: "Landsbyggefonden" },
  { name: "Odense Kommune", kind: "municipality", countsAsLocal: true, organisation: "Odense Kommune" },
  ...HOUSING_ORGANISATIONS.map((name): SourceSpec => ({ name, kind: "housing", countsAsLocal: true, organisation: name })),
  ...FOUNDATIONS.map((name): SourceSpec => ({ name, kind: "foundation", countsAsLocal: false, organisation: null })),
  { name: "Øvrige", kind: "other", countsAsLocal: false, organisation: null },
];

/**
 * Shared indicators (issue 14): the activities' own indicators that count the same outcome link to one, so
 * the board can compare outcomes per area (e.g. jobs reached per 1,000 residents). Not in the minutes: the
 * definitions and which indicators link to them are illustrative.
 */
const SHARED_INDICATORS: Record<SharedKey, SharedIndicatorSpec> = illustrative({
  jobs: {
    focus: "employment",
    nameDa: "Beboere i job eller uddannelse efter forløb",
    nameEn: "Residents in work or education after a programme",
    unit: "personer",
    kind: "cumulative",
    descriptionDa: "Beboere, der er kommet i job eller uddannelse efter et forløb i en aktivitet (mentor, jobcafé, jobordning).",
    descriptionEn: "Residents who found work or education after a programme of an activity (mentoring, job café, job scheme).",
  },
  leisureJobs: {
    focus: "employment",
    nameDa: "Unge i fritidsjob",
    nameEn: "Young people in leisure-time jobs",
    unit: "personer",
    kind: "per_period",
    descriptionDa: "Unge, der har et fritidsjob, som aktiviteten har hjulpet dem til (antal ved seneste opgørelse).",
    descriptionEn: "Young people in a leisure-time job the activity helped them find (the number at the latest count).",
  },
});

/** Base funding mixes: LBF plus local co-financing (36 % local in Vollsmose, 29 % in the city plan). */
const VOLLSMOSE_MIX: Mix = illustrative({ lbf: 0.64, kommune: 0.2, housing: 0.16 });
const CITY_MIX: Mix = illustrative({ lbf: 0.71, kommune: 0.17, housing: 0.12 });

/** Short notes for generated earlier updates, picked in turn. */
const GREEN_NOTES = [
  "Aktiviteterne forløber som planlagt.",
  "Godt fremmøde og god dialog med deltagerne.",
  "Kvartalets milepæle er nået.",
  "Samarbejdet med partnerne fungerer godt.",
  "Nye deltagere er kommet til via opsøgende arbejde.",
];
const AMBER_REASONS = [
  "Lavere deltagelse end forventet i perioden.",
  "Forsinket opstart efter sommerferien.",
  "Vakant stilling i en del af perioden.",
];
const RED_REASONS = ["Aktiviteten var midlertidigt indstillet på grund af manglende bemanding."];

/** Everything that depends on `today`: the plans and the activities. */
function buildPortfolio(today: string): { plans: PlanSpec[]; activities: ActivitySpec[] } {
  const y = yearOf(today);
  const currentStart = illustrative(`${y - 1}-01-01`);
  const currentEnd = illustrative(`${y + 2}-12-31`);
  const currentApproved = illustrative(`${y - 2}-11-20`);
  const period = `${y - 1}–${y + 2}`;
  const month = (months: number) => illustrative(addMonths(currentStart, months));
  const daysFromToday = (days: number) => illustrative(addDays(today, days));

  const plansList: PlanSpec[] = [
    {
      slug: "vollsmose-current",
      name: `Boligsocial helhedsplan Vollsmose ${period}`,
      startsOn: currentStart,
      endsOn: currentEnd,
      approvedOn: currentApproved,
      areas: ["vollsmose"],
    },
    {
      slug: "bydaekkende-current",
      name: `Bydækkende boligsocial helhedsplan, Boligsocialt Hus ${period}`,
      startsOn: currentStart,
      endsOn: currentEnd,
      approvedOn: currentApproved,
      // Vollsmose too: the city-wide plan holds the city-strategic work that follows residents out of Vollsmose.
      areas: ["vollsmose", "solbakken-rising", "korsloekken", "skt-klemensparken", "ejerslykke", "oevrige-afdelinger"],
    },
    {
      slug: "vollsmose-2017-2020",
      name: "Boligsocial helhedsplan Vollsmose 2017–2020",
      startsOn: illustrative("2017-01-01"),
      endsOn: illustrative("2020-12-31"),
      approvedOn: illustrative("2016-11-15"),
      areas: ["vollsmose"],
    },
  ];

  const S: AreaSlug = "solbakken-rising";
  const K: AreaSlug = "korsloekken";
  const SK: AreaSlug = "skt-klemensparken";
  const E: AreaSlug = "ejerslykke";
  const O: AreaSlug = "oevrige-afdelinger";

  // The eleven activities of the new Vollsmose plan (minutes item 2). Everything but the titles, focus areas
  // and the area is illustrative.
  const vollsmose = (
    a: Omit<ActivitySpec, "plan" | "areas" | "endsOn" | "status" | "funding"> & { funding?: FundingSpec },
  ): ActivitySpec => ({
    plan: "vollsmose-current",
    areas: ["vollsmose"],
    endsOn: currentEnd,
    status: "active",
    funding: { mix: VOLLSMOSE_MIX },
    ...a,
  });
  const city = (a: Omit<ActivitySpec, "plan">): ActivitySpec => ({ plan: "bydaekkende-current", ...a });

  const vollsmoseActivities: ActivitySpec[] = [
    vollsmose({
      focus: "education",
      title: "Rådgivning i forældrerollen",
      purpose: "At styrke forældres kompetencer og trivsel, så de kan støtte deres børns skolegang og udvikling.",
      targetGroup: "Forældre til børn og unge i Vollsmose, særligt familier med behov for ekstra støtte.",
      content:
        "Individuel rådgivning og forældregrupper om opdragelse, skole-hjem-samarbejde og fritidsliv, i samarbejde med sundhedsplejen og skolerne.",
      partners: "Odense Kommune (sundhedsplejen og skolerne), dagtilbud i Vollsmose",
      responsible: "Projektleder, familie og uddannelse, Vollsmose",
      startsOn: month(0),
      budget: illustrative(1_600_000),
      health: illustrative("green"),
      last: { daysAgo: illustrative(21) },
      note: "Ny forældregruppe er startet i samarbejde med sundhedsplejen.",
      trend: illustrative("ggagg"),
      indicators: illustrative([
        {
          name: "Deltagende forældre",
          unit: "personer",
          baseline: 0,
          target: 320,
          direction: "higher",
          kind: "cumulative",
          actuals: [18, 22, 15, 24, 27, 31],
        },
      ]),
      milestones: illustrative([
        { title: "Første forældregruppe afsluttet", due: -200, done: -196 },
        { title: "Aftale med skolerne om forældremøder i udskolingen", due: -60, done: -64 },
        { title: "Forældrekursus om skolestart", due: 60 },
      ]),
    }),
    vollsmose({
      focus: "education",
      title: "Uddannelsesindsats",
      purpose: "At flere unge fra Vollsmose påbegynder og gennemfører en ungdomsuddannelse.",
      targetGroup: "Unge i udskolingen og unge uden ungdomsuddannelse i Vollsmose.",
      content:
        "Lektiehjælp, uddannelsesvejledning og brobygning til ungdomsuddannelserne i samarbejde med skolerne og Ungdommens Uddannelsesvejledning.",
      partners: "Odense Kommune, skolerne i Vollsmose, ungdomsuddannelserne i Odense",
      responsible: "Projektleder, familie og uddannelse, Vollsmose",
      startsOn: month(0),
      budget: illustrative(2_400_000),
      health: illustrative("green"),
      last: { daysAgo: illustrative(16) },
      note: "Brobygningsforløb med ungdomsuddannelserne er aftalt for næste semester.",
      trend: illustrative("gggg"),
      indicators: illustrative([
        {
          name: "Unge i gang med en ungdomsuddannelse",
          unit: "%",
          baseline: 62,
          target: 75,
          direction: "higher",
          kind: "per_period",
          actuals: [62.5, 64, 65.5, 67],
        },
        {
          // Added when the bridge-building courses were agreed: nothing to report yet.
          name: "Unge i brobygningsforløb",
          unit: "personer",
          baseline: 0,
          target: 60,
          direction: "higher",
          kind: "cumulative",
          actuals: [],
        },
      ]),
      milestones: illustrative([
        { title: "Aftale om brobygningsforløb med ungdomsuddannelserne", due: -30, done: -16 },
        { title: "Første brobygningsforløb starter", due: 75 },
      ]),
    }),
    vollsmose({
      focus: "employment",
      title: "Fritidsjobrådgivning",
      purpose: "At unge får fritidsjob og dermed erhvervserfaring, netværk og motivation for uddannelse.",
      targetGroup: "Unge i Vollsmose i udskolingen og på ungdomsuddannelse, som ikke har et fritidsjob.",
      content: "Fritidsjobkonsulenter hjælper med CV, jobsøgning og kontakt til lokale virksomheder og følger op, når den unge er ansat.",
      partners: "Jobcenter Odense, lokale virksomheder og foreninger",
      responsible: "Projektleder, beskæftigelse, Vollsmose",
      startsOn: month(1),
      budget: illustrative(1_200_000),
      health: illustrative("green"),
      last: { daysAgo: illustrative(29) },
      note: "Flere lokale butikker har meldt sig som fritidsjobværter.",
      trend: illustrative("aggg"),
      indicators: illustrative([
        {
          name: "Unge i fritidsjob",
          shared: "leisureJobs",
          unit: "personer",
          baseline: 35,
          target: 80,
          direction: "higher",
          kind: "per_period",
          actuals: [41, 55, 72, 86],
        },
      ]),
      milestones: illustrative([
        { title: "20 lokale virksomheder er fritidsjobværter", due: -90, done: -104 },
        { title: "Fritidsjobmesse i Vollsmose", due: 45 },
      ]),
    }),
    vollsmose({
      focus: "employment",
      title: "Beskæftigelsesmentor",
      purpose: "At bringe ledige beboere tættere på arbejdsmarkedet gennem personlig mentorstøtte.",
      targetGroup: "Ledige beboere i Vollsmose, herunder kvinder uden for arbejdsstyrken.",
      content: "Mentorer følger beboeren i praktik, ansættelse og de første måneder i job, i tæt koordinering med jobcentret.",
      partners: "Jobcenter Odense, KVINFO, lokale virksomheder",
      responsible: "Projektleder, beskæftigelse, Vollsmose",
      startsOn: month(1),
      budget: illustrative(2_000_000),
      health: illustrative("amber"),
      healthReason: "Færre henvisninger fra jobcentret end forventet i indeværende kvartal.",
      last: { daysAgo: illustrative(35) },
      note: "Dialog med Jobcenter Odense om henvisningspraksis er i gang.",
      trend: illustrative("ggga"),
      indicators: illustrative([
        {
          name: "Beboere i job eller uddannelse efter mentorforløb",
          shared: "jobs",
          unit: "personer",
          baseline: 0,
          target: 90,
          direction: "higher",
          kind: "cumulative",
          actuals: [6, 8, 7, 4],
        },
        {
          name: "Beboere i mentorforløb",
          unit: "personer",
          baseline: 0,
          target: 40,
          direction: "higher",
          kind: "per_period",
          actuals: [18, 24, 27, 21],
        },
      ]),
      milestones: illustrative([
        { title: "Samarbejdsaftale med Jobcenter Odense om henvisninger", due: -30 },
        { title: "Midtvejsstatus på mentorforløbene", due: 100 },
      ]),
    }),
    vollsmose({
      focus: "cohesion",
      title: "Medborgerskab og frivillighed",
      purpose: "At styrke beboernes deltagelse i fællesskaber, foreninger og beboerdemokratiet.",
      targetGroup: "Beboere i Vollsmose, herunder unge og nye frivillige.",
      content:
        "Rekruttering og støtte af frivillige, frivilligbørs og samarbejde med afdelingsbestyrelserne og samarbejdsrådet om aktiviteter i boligafdelingerne.",
      partners: "Afdelingsbestyrelserne, samarbejdsrådet i Vollsmose, lokale foreninger",
      responsible: "Områdeleder, Vollsmose",
      startsOn: month(0),
      budget: illustrative(1_800_000),
      health: illustrative("green"),
      last: { daysAgo: illustrative(12) },
      note: "Frivilligbørsen blev holdt med mange nye frivillige.",
      trend: illustrative("gggag"),
      indicators: illustrative([
        {
          name: "Aktive frivillige",
          unit: "personer",
          baseline: 45,
          target: 120,
          direction: "higher",
          kind: "per_period",
          actuals: [52, 61, 70, 74, 88, 97],
        },
      ]),
      milestones: illustrative([
        { title: "Frivilligbørs", due: -15, done: -12 },
        { title: "Frivilligfest for bydelens frivillige", due: 150 },
      ]),
    }),
    vollsmose({
      focus: "cohesion",
      title: "Bydelssøstre",
      purpose: "At styrke isolerede kvinders netværk, viden om samfundet og brug af relevante tilbud.",
      targetGroup: "Kvinder i Vollsmose med etnisk minoritetsbaggrund, som er socialt isolerede.",
      content: "Frivillige bydelssøstre tilbyder individuel vejledning, netværksmøder og brobygning til kommunale tilbud og foreninger.",
      partners: "Odense Kommune, lokale foreninger, frivillige bydelssøstre",
      responsible: "Områdeleder, Vollsmose",
      startsOn: month(2),
      budget: illustrative(1_450_000),
      health: illustrative("green"),
      last: { daysAgo: illustrative(18) },
      note: "Nyt hold bydelssøstre er uddannet og i gang med netværksmøderne.",
      trend: illustrative("aggg"),
      indicators: illustrative([
        {
          name: "Kvinder i kontakt med bydelssøstrene",
          unit: "personer",
          baseline: 0,
          target: 200,
          direction: "higher",
          kind: "cumulative",
          actuals: [22, 31, 35, 38],
        },
        {
          name: "Aktive bydelssøstre",
          unit: "personer",
          baseline: 6,
          target: 20,
          direction: "higher",
          kind: "per_period",
          actuals: [9, null, 12, 16],
        },
      ]),
      milestones: illustrative([
        { title: "Nyt hold bydelssøstre uddannet", due: -40, done: -25 },
        { title: "Netværksmøde med kommunale tilbud", due: 30 },
      ]),
    }),
    vollsmose({
      focus: "cohesion",
      title: "Lokal avis og lokale medier",
      purpose: "At sikre beboerne nærværende information om bydelen og styrke fortællingen om Vollsmose.",
      targetGroup: "Alle beboere i Vollsmose.",
      content: "Lokalavis, nyhedsbreve og opslag på sociale medier, skrevet sammen med frivillige beboerjournalister.",
      partners: "Lokale frivillige, boligorganisationerne, Odense Kommune",
      responsible: "Kommunikationsmedarbejder, Vollsmose",
      startsOn: month(3),
      budget: illustrative(900_000),
      health: illustrative("amber"),
      healthReason: "Trykning og omdeling er dyrere end budgetteret, og finansieringen af resten af perioden er ikke på plads.",
      last: { daysAgo: illustrative(40) },
      note: "Ansøgning til Nordea-fonden er sendt; vi afventer svar.",
      trend: illustrative("gga"),
      funding: {
        mix: VOLLSMOSE_MIX,
        coverage: illustrative(0.75),
        extra: [
          {
            source: "Nordea-fonden",
            yearIndex: 2,
            amount: illustrative(150_000),
            stage: "applied",
            deadline: daysFromToday(-9),
            note: "Ansøgning om trykning af lokalavisen; fristen er passeret, svar afventes.",
          },
        ],
      },
      indicators: illustrative([
        {
          name: "Følgere på lokalmediernes sociale medier",
          unit: "følgere",
          baseline: 1200,
          target: 3000,
          direction: "higher",
          kind: "per_period",
          actuals: [1450, 1690, 1820],
        },
      ]),
      milestones: illustrative([
        { title: "Finansieringsplan for lokalavisen resten af perioden", due: -14 },
        { title: "Næste nummer af lokalavisen omdelt", due: 21 },
      ]),
    }),
    vollsmose({
      focus: "crime",
      title: "Direkte i Job",
      purpose: "At forebygge kriminalitet ved at hjælpe unge på kanten af kriminalitet direkte i job.",
      targetGroup: "Unge i Vollsmose, der er i risiko for eller involveret i kriminalitet.",
      content: "Håndholdt matchning med virksomheder, opfølgning på arbejdspladsen og samarbejde med SSP om den enkelte unge.",
      partners: "SSP Odense, Jobcenter Odense, lokale virksomheder",
      responsible: "Projektleder, tryghed og kriminalitetsforebyggelse, Vollsmose",
      startsOn: month(0),
      budget: illustrative(2_200_000),
      health: illustrative("green"),
      last: { daysAgo: illustrative(26) },
      note: "To nye virksomhedspartnere er kommet med i ordningen.",
      trend: illustrative("ggggg"),
      indicators: illustrative([
        {
          name: "Unge i job via ordningen",
          shared: "jobs",
          unit: "personer",
          baseline: 0,
          target: 60,
          direction: "higher",
          kind: "cumulative",
          actuals: [4, 5, 6, 5, 7, 6],
        },
        {
          name: "Unge fastholdt i job efter seks måneder",
          unit: "%",
          baseline: 40,
          target: 70,
          direction: "higher",
          kind: "per_period",
          actuals: [null, 48, 55, 58],
        },
      ]),
      milestones: illustrative([
        { title: "Aftale med to nye virksomhedspartnere", due: -20, done: -26 },
        { title: "Status til SSP-styregruppen", due: 90 },
      ]),
    }),
    vollsmose({
      focus: "crime",
      title: "Nabohjælp",
      purpose: "At øge trygheden og forebygge indbrud gennem et aktivt naboskab.",
      targetGroup: "Beboere i Vollsmoses ni boligafdelinger.",
      content: "Kampagner og beboermøder om Nabohjælp, skiltning og samarbejde med afdelingsbestyrelserne om opmærksomme naboer.",
      partners: "Fyns Politi, afdelingsbestyrelserne, Det Kriminalpræventive Råd",
      responsible: "Områdeleder, Vollsmose",
      startsOn: month(2),
      budget: illustrative(800_000),
      health: illustrative("green"),
      last: { daysAgo: illustrative(124) },
      note: "Kampagne gennemført i tre boligafdelinger.",
      trend: illustrative("ggg"),
      indicators: illustrative([
        {
          name: "Anmeldte indbrud i området",
          unit: "anmeldelser",
          baseline: 38,
          target: 25,
          direction: "lower",
          kind: "per_period",
          actuals: [36, 33, 31],
        },
        {
          name: "Husstande tilmeldt Nabohjælp",
          unit: "husstande",
          baseline: 150,
          target: 900,
          direction: "higher",
          kind: "per_period",
          actuals: [260, 410, 520],
        },
      ]),
      milestones: illustrative([
        { title: "Kampagne i de første tre boligafdelinger", due: -130, done: -124 },
        { title: "Kampagne i de sidste seks boligafdelinger", due: -20 },
      ]),
    }),
    vollsmose({
      focus: "crime",
      title: "Tryghedsvandringer",
      purpose: "At afdække utrygge steder i bydelen og få dem forbedret.",
      targetGroup: "Beboere, afdelingsbestyrelser og samarbejdspartnere i Vollsmose.",
      content:
        "Fælles vandringer med beboere, politi og boligorganisationer; fundene samles i en handleplan for belysning, beplantning og vedligehold.",
      partners: "Fyns Politi, boligorganisationerne, Odense Kommune",
      responsible: "Projektleder, tryghed og kriminalitetsforebyggelse, Vollsmose",
      startsOn: month(3),
      budget: illustrative(400_000),
      health: illustrative("green"),
      last: { daysAgo: illustrative(103) },
      note: "Forårets tryghedsvandring er gennemført, og handleplanen er sendt til boligorganisationerne.",
      trend: illustrative("gg"),
      indicators: illustrative([
        {
          name: "Andel beboere der føler sig trygge",
          unit: "%",
          baseline: 64,
          target: 75,
          direction: "higher",
          kind: "per_period",
          actuals: [66, 69],
        },
        {
          name: "Utrygge steder fra handleplanen, der er udbedret",
          unit: "steder",
          baseline: 0,
          target: 25,
          direction: "higher",
          kind: "cumulative",
          actuals: [4, 5],
        },
      ]),
      milestones: illustrative([
        { title: "Tryghedsvandring med politi og boligorganisationer", due: -110, done: -103 },
        { title: "Opfølgning på handleplanen med boligorganisationerne", due: 40 },
        { title: "Næste tryghedsvandring", due: 120 },
      ]),
    }),
    vollsmose({
      focus: "crime",
      title: "Tidlig kriminalitetsforebyggelse",
      purpose: "At forebygge, at børn og unge udvikler kriminel adfærd.",
      targetGroup: "Børn og unge i Vollsmose med tidlige tegn på risikoadfærd og deres familier.",
      content: "Opsøgende arbejde, fritidsaktiviteter og familiesamtaler i tæt samarbejde med SSP, skolerne og klubberne.",
      partners: "SSP Odense, Fyns Politi, skoler og klubber i Vollsmose",
      responsible: "Projektleder, tryghed og kriminalitetsforebyggelse, Vollsmose",
      startsOn: month(1),
      budget: illustrative(1_900_000),
      health: illustrative("red"),
      healthReason: "Kommunen har kun bevilget en del af sin medfinansiering; resten mangler, og to stillinger står ubesatte.",
      last: { daysAgo: illustrative(9) },
      note: "Sagen er rejst over for Odense Kommune; aktiviteterne kører på nedsat niveau.",
      trend: illustrative("gaar"),
      // Only part of the municipal share is secured.
      funding: { mix: illustrative({ lbf: 0.64, kommune: 0.1, housing: 0.16 }) },
      indicators: illustrative([
        {
          name: "Børn og unge under 18 år sigtet for kriminalitet",
          unit: "personer",
          baseline: 42,
          target: 30,
          direction: "lower",
          kind: "per_period",
          actuals: [40, 38, 37, 39],
        },
        {
          name: "Familier i forløb",
          unit: "familier",
          baseline: 0,
          target: 80,
          direction: "higher",
          kind: "cumulative",
          actuals: [9, 7, 4, 2],
        },
      ]),
      milestones: illustrative([
        { title: "Familiesamtaler i samarbejde med SSP i gang", due: -200, done: -190 },
        { title: "To opsøgende medarbejdere ansat", due: -45 },
        { title: "Afklaring af kommunal medfinansiering", due: 30 },
      ]),
    }),
  ];

  // Minutes item 3: discussed, no funding in the coming plan, external fundraising to be explored.
  // Minutes item 3: city-strategic (it follows residents who move from Vollsmose to other areas), so it belongs
  // to the city-wide plan and runs in Vollsmose and the other housing sections. No funding in the coming plan;
  // discussed by the board, then in the committees on 28 April and Realiseringsbestyrelsen on 30 April 2020.
  const brobygger: ActivitySpec = {
    plan: "bydaekkende-current",
    focus: "crosscutting",
    title: "Brobyggerindsats",
    purpose: "At støtte beboere, der genhuses fra Vollsmose, under og efter flytningen, så de kommer godt på vej i deres nye lokalområder.",
    targetGroup:
      "De ca. 2.500 beboere, der skal genhuses andre steder i Odense, når ca. 1.000 boliger i Vollsmose nedrives som følge af udviklingsplanen.",
    content:
      "Brobyggere følger beboeren før, under og efter flytningen og skaber kontakt til tilbud, foreninger og naboer i det nye område. Der er ikke finansiering i helhedsplanen; mulighederne for ekstern fundraising afdækkes.",
    partners: "Odense Kommune, boligorganisationerne, Realiseringsbestyrelsen for fremtidens Vollsmose",
    responsible: "Sekretariatsleder, Boligsocialt Hus",
    areas: ["vollsmose", "oevrige-afdelinger"],
    startsOn: null,
    endsOn: null,
    budget: illustrative(2_400_000),
    status: "idea",
    // An idea without money is not green: the reason is the minutes' own.
    health: "amber",
    healthReason: "Helhedsplanen har ikke finansiering til indsatsen; mulighederne for ekstern fundraising afdækkes.",
    history: [
      {
        on: "2020-04-22",
        status: "idea",
        health: "amber",
        healthReason: "Den kommende helhedsplan har ikke finansiering til indsatsen.",
        note: "Drøftet på bestyrelsesmødet i april 2020: bestyrelsen er positiv over for indsatsen, og mulighederne for ekstern finansiering undersøges.",
      },
      {
        on: "2020-04-28",
        status: "idea",
        health: "amber",
        healthReason: "Den kommende helhedsplan har ikke finansiering til indsatsen.",
        note: "Forslaget er drøftet i fagudvalgene.",
      },
      {
        on: "2020-04-30",
        status: "idea",
        health: "amber",
        healthReason: "Den kommende helhedsplan har ikke finansiering til indsatsen.",
        note: "Forslaget er drøftet i Realiseringsbestyrelsen for fremtidens Vollsmose.",
      },
    ],
    last: { daysAgo: illustrative(45) },
    note: "Fondsansøgninger forberedes; bestyrelsen orienteres om status.",
    // No funding lines at all: the plan has no money for it.
    milestones: illustrative([{ title: "Afklaring af muligheder for fondsfinansiering", due: 60 }]),
  };

  // The earlier Vollsmose plan: two activities of spring 2020 named in the minutes (items 4 and 5).
  const earlierActivities: ActivitySpec[] = [
    {
      plan: "vollsmose-2017-2020",
      focus: "employment",
      title: "KVINFO Mentornetværk",
      purpose: "At matche frivillige mentorer med indvandrerkvinder, som ønsker at komme i uddannelse og arbejde.",
      targetGroup:
        "Indvandrerkvinder i Vollsmose med barrierer, der gør det svært at søge ind på og fastholdes i uddannelse eller arbejde.",
      content:
        "Frivillige mentorer fra KVINFOs mentornetværk matches med kvinderne som støtte til jobcentrets indsats i Vollsmose; den lokale koordinator har arbejdsplads og sparring i Vollsmose Sekretariatet.",
      partners: "KVINFO, Odense Kommune, Jobcenter Odense",
      responsible: "Lokal koordinator, KVINFO Mentornetværk",
      areas: ["vollsmose"],
      startsOn: "2020-05-01",
      endsOn: illustrative("2020-12-31"),
      budget: illustrative(300_000),
      status: "completed",
      health: illustrative("green"),
      last: { on: illustrative("2020-12-31") },
      note: illustrative("Projektperioden er afsluttet; 14 mentorpar er matchet."),
      history: [
        {
          on: "2020-05-01",
          status: "active",
          health: illustrative("green"),
          note: "Samarbejdet med KVINFOs mentornetværk er startet sammen med Odense Kommune.",
        },
        {
          on: illustrative("2020-09-30"),
          status: "active",
          health: illustrative("green"),
          note: "De første mentorpar er matchet.",
        },
      ],
      funding: {
        extra: [
          {
            source: "Odense Kommune",
            yearIndex: 3,
            amount: illustrative(150_000),
            stage: "paid",
            decidedOn: illustrative("2020-04-15"),
            note: "Kommunens andel af samarbejdet.",
          },
          {
            source: "Øvrige",
            yearIndex: 3,
            amount: illustrative(150_000),
            stage: "paid",
            decidedOn: illustrative("2020-04-15"),
            note: "KVINFOs egen andel (koordinator).",
          },
        ],
      },
    },
    {
      plan: "vollsmose-2017-2020",
      focus: "crime",
      title: "Gadeplansteams under COVID-19",
      purpose: "At understøtte SSP's arbejde på gader og pladser under COVID-19 og minde beboerne om forsamlings- og afstandskravene.",
      targetGroup: "Beboere i Vollsmose, særligt unge på gader og pladser.",
      content:
        "Medarbejdere fra Vollsmose Sekretariatet på gaden i bydelen dagligt; fra 20. april hver eftermiddag, også for at hjælpe skoler og dagtilbud med at informere om, at børnene fra vuggestue til 5. klasse skal afsted igen.",
      partners: "SSP Odense, Fyns Politi, Odense Kommune",
      responsible: "Sekretariatsleder, Vollsmose Sekretariatet",
      areas: ["vollsmose"],
      startsOn: "2020-03-13",
      endsOn: "2020-05-10",
      budget: illustrative(120_000),
      status: "completed",
      health: illustrative("green"),
      last: { on: "2020-05-10" },
      note: "Den delvise genåbning er slut; arbejdet fortsætter på almindelige vilkår.",
      history: [
        {
          on: "2020-03-13",
          status: "active",
          health: illustrative("green"),
          note: "Medarbejderne arbejder hjemmefra; gadeplansteams understøtter SSP dagligt i bydelen.",
        },
        {
          on: "2020-04-20",
          status: "active",
          health: illustrative("green"),
          note: "Delvis genåbning med fire medarbejdere i sekretariatet kl. 12–15; fortsat på gaden hver eftermiddag.",
        },
      ],
      funding: {
        extra: [
          {
            source: "Landsbyggefonden",
            yearIndex: 3,
            amount: illustrative(120_000),
            stage: "paid",
            decidedOn: illustrative("2020-03-20"),
            note: "Afholdt inden for helhedsplanens ramme.",
          },
        ],
      },
    },
  ];

  // Illustrative activities of the city-wide plan, so the dashboards have areas to compare.
  const cityActivities: ActivitySpec[] = [
    city({
      focus: "education",
      title: "Lektiecafé og læsestart",
      purpose: "At styrke børns faglige niveau og læselyst.",
      targetGroup: "Skolebørn i Solbakken/Rising og Korsløkken.",
      content:
        "Ugentlig lektiecafé med frivillige lektiehjælpere og læseforløb for de yngste skolebørn i samarbejde med skolerne og biblioteket.",
      partners: "Odense Bibliotekerne, lokale skoler, frivillige lektiehjælpere",
      responsible: "Områdeleder, Solbakken/Rising",
      areas: [S, K],
      startsOn: month(1),
      endsOn: currentEnd,
      budget: illustrative(1_600_000),
      status: "active",
      health: illustrative("green"),
      last: { daysAgo: illustrative(15) },
      note: "Lektiecaféen har fået flere frivillige fra ungdomsuddannelserne.",
      trend: illustrative("gggg"),
      funding: {
        mix: CITY_MIX,
        extra: [
          {
            source: "Bikubenfonden",
            yearIndex: 1,
            amount: illustrative(500_000),
            stage: "granted",
            decidedOn: daysFromToday(-140),
            note: "Bevilling til læseforløb i indeværende år.",
          },
        ],
      },
      indicators: illustrative([
        {
          name: "Børn, der kommer fast i lektiecaféen",
          unit: "personer",
          baseline: 20,
          target: 45,
          direction: "higher",
          kind: "per_period",
          actuals: [24, 30, 35, 38],
        },
      ]),
      milestones: illustrative([{ title: "Læseforløb for de yngste skolebørn starter", due: -120, done: -118 }]),
    }),
    city({
      focus: "education",
      title: "Forældrekurser for småbørnsfamilier",
      purpose: "At styrke forældre i rollen og give børnene en god start på skolelivet.",
      targetGroup: "Forældre til børn i dagtilbud og indskoling i Skt. Klemensparken og Ejerslykke.",
      content: "Kurser og netværksgrupper om sprog, søvn, skolestart og samarbejdet med dagtilbud og skole.",
      partners: "Odense Kommune (sundhedsplejen og dagtilbud)",
      responsible: "Områdeleder, Skt. Klemensparken og Ejerslykke",
      areas: [SK, E],
      startsOn: month(2),
      endsOn: currentEnd,
      budget: illustrative(900_000),
      status: "active",
      health: illustrative("amber"),
      healthReason: "Lav tilmelding til efterårets hold.",
      last: { daysAgo: illustrative(44) },
      note: "Holdene markedsføres nu også gennem dagtilbuddene.",
      trend: illustrative("ggg"),
      funding: { mix: CITY_MIX },
    }),
    city({
      focus: "education",
      title: "Brobygning til ungdomsuddannelse",
      purpose: "At flere unge kommer godt fra grundskolen videre i en ungdomsuddannelse.",
      targetGroup: "Unge i udskolingen i Korsløkken.",
      content: "Besøg på ungdomsuddannelser, vejledning og mentorstøtte i overgangen fra grundskolen.",
      partners: "Ungdommens Uddannelsesvejledning Odense, ungdomsuddannelserne i Odense",
      responsible: "Områdeleder, Korsløkken",
      areas: [K],
      startsOn: month(1),
      endsOn: currentEnd,
      budget: illustrative(1_100_000),
      status: "active",
      health: illustrative("green"),
      last: { daysAgo: illustrative(30) },
      note: "Årets besøg på erhvervsskolerne er planlagt.",
      trend: illustrative("agg"),
      funding: { mix: CITY_MIX },
    }),
    city({
      focus: "education",
      title: "Sprogcafé for voksne",
      purpose: "At styrke voksne beboeres danskkundskaber, så de lettere kan tage del i uddannelse, arbejde og lokalsamfund.",
      targetGroup: "Voksne beboere i Ejerslykke, der ønsker at øve dansk i hverdagen.",
      content: "Ugentlig sprogcafé med frivillige, hvor der øves dansk gennem samtale om hverdagsemner.",
      partners: "Sprogskolen i Odense, lokale frivillige",
      responsible: "Områdeleder, Skt. Klemensparken og Ejerslykke",
      areas: [E],
      startsOn: null,
      endsOn: currentEnd,
      budget: illustrative(600_000),
      status: "planned",
      health: illustrative("green"),
      last: { daysAgo: illustrative(20) },
      note: "Ansøgning til Velux Fonden er sendt; opstart, når finansieringen er på plads.",
      trend: illustrative("g"),
      funding: {
        extra: [
          {
            source: "Velux Fonden",
            yearIndex: 2,
            amount: illustrative(350_000),
            stage: "applied",
            deadline: daysFromToday(27),
            note: "Ansøgning om drift af sprogcaféen.",
          },
        ],
      },
      milestones: illustrative([{ title: "Opstart af sprogcaféen", due: 90 }]),
    }),
    city({
      focus: "education",
      title: "Sommerskole (pilot)",
      purpose: "At mindske børns faglige tab i sommerferien.",
      targetGroup: "Skolebørn i Solbakken/Rising.",
      content: "Pilotforløb med faglige og kreative aktiviteter i sommerferien, i samarbejde med den lokale skole.",
      partners: "Lokal skole, frivillige",
      responsible: "Områdeleder, Solbakken/Rising",
      areas: [S],
      startsOn: illustrative(`${y - 1}-06-30`),
      endsOn: illustrative(`${y - 1}-08-08`),
      budget: illustrative(250_000),
      status: "completed",
      health: illustrative("green"),
      last: { on: illustrative(`${y - 1}-08-29`) },
      note: "Piloten er gennemført og evalueret; erfaringerne indgår i lektiecaféen.",
      history: [
        {
          on: illustrative(`${y - 1}-06-30`),
          status: "active",
          health: illustrative("green"),
          note: "Sommerskolen er startet.",
        },
      ],
      funding: { mix: CITY_MIX, years: [0] },
    }),
    city({
      focus: "employment",
      title: "Jobcafé",
      purpose: "At hjælpe ledige beboere med jobsøgning og afklaring af uddannelses- og jobmuligheder.",
      targetGroup: "Ledige beboere og beboere uden for arbejdsstyrken i de fire boligområder.",
      content:
        "Ugentlig jobcafé med hjælp til CV, ansøgninger og jobportaler samt virksomhedsbesøg; jobcentrets medarbejdere deltager fast.",
      partners: "Jobcenter Odense, lokale virksomheder",
      responsible: "Projektleder, beskæftigelse, Boligsocialt Hus",
      areas: [S, K, SK, E],
      startsOn: month(0),
      endsOn: currentEnd,
      budget: illustrative(1_800_000),
      status: "active",
      health: illustrative("green"),
      last: { daysAgo: illustrative(10) },
      note: "Jobcaféen er flyttet til beboerhuset og har fået flere besøgende.",
      trend: illustrative("gaggg"),
      funding: { mix: CITY_MIX },
      indicators: illustrative([
        {
          name: "Besøgende i job eller uddannelse",
          shared: "jobs",
          unit: "personer",
          baseline: 0,
          target: 150,
          direction: "higher",
          kind: "cumulative",
          actuals: [10, 14, 9, 12, 15],
        },
      ]),
      milestones: illustrative([{ title: "Virksomhedsbesøg for jobcaféens besøgende", due: 25 }]),
    }),
    city({
      focus: "employment",
      title: "Fritidsjob for unge",
      purpose: "At unge får fritidsjob og erfaring med arbejdsmarkedet.",
      targetGroup: "Unge i Korsløkken og Solbakken/Rising uden fritidsjob.",
      content: "Fritidsjobguide, der matcher unge med lokale virksomheder og følger op i de første måneder.",
      partners: "Jobcenter Odense, lokale virksomheder",
      responsible: "Projektleder, beskæftigelse, Boligsocialt Hus",
      areas: [K, S],
      startsOn: month(2),
      endsOn: currentEnd,
      budget: illustrative(1_000_000),
      status: "active",
      health: illustrative("amber"),
      healthReason: "Færre lokale virksomheder tilbyder fritidsjob end forventet.",
      last: { daysAgo: illustrative(52) },
      note: "Kontakt til nye brancher, bl.a. detailhandel og idrætsforeninger.",
      trend: illustrative("gga"),
      funding: { mix: CITY_MIX },
    }),
    city({
      focus: "employment",
      title: "Beskæftigelsesrettet sundhedsforløb",
      purpose: "At ledige med helbredsmæssige udfordringer kommer tættere på arbejde eller uddannelse.",
      targetGroup: "Ledige beboere i Skt. Klemensparken med fysiske eller psykiske helbredsudfordringer.",
      content: "Forløb med motion, kost og samtaler, koblet til jobcentrets virksomhedsrettede tilbud.",
      partners: "Jobcenter Odense, Odense Kommune (sundhedsafdelingen)",
      responsible: "Områdeleder, Skt. Klemensparken og Ejerslykke",
      areas: [SK],
      startsOn: month(3),
      endsOn: currentEnd,
      budget: illustrative(700_000),
      status: "paused",
      health: illustrative("amber"),
      healthReason: "Sat på pause, indtil en ny sundhedskonsulent er ansat.",
      last: { daysAgo: illustrative(150) },
      note: "Forløbet er sat på pause; stillingen er slået op.",
      trend: illustrative("gga"),
      funding: {
        mix: CITY_MIX,
        coverage: illustrative(0.6),
        extra: [
          {
            source: "Velux Fonden",
            yearIndex: 1,
            amount: illustrative(250_000),
            stage: "rejected",
            decidedOn: daysFromToday(-60),
            note: "Afslag: indsatsen faldt uden for fondens strategi.",
          },
        ],
      },
    }),
    city({
      focus: "employment",
      title: "Virksomhedsnetværk",
      purpose: "At skabe kontakt mellem beboere og virksomheder i de områder, hvor der ikke er en boligsocial indsats.",
      targetGroup: "Ledige beboere i øvrige boligafdelinger og i Ejerslykke.",
      content: "Netværk af lokale virksomheder, der tilbyder virksomhedsbesøg, praktik og mentorer.",
      partners: "Jobcenter Odense, lokale virksomheder",
      responsible: "Projektleder, beskæftigelse, Boligsocialt Hus",
      areas: [O, E],
      startsOn: null,
      endsOn: null,
      budget: illustrative(500_000),
      status: "idea",
      health: illustrative("green"),
      last: { daysAgo: illustrative(25) },
      note: "Idéen er drøftet i styregruppen; mulige fonde undersøges.",
      funding: {
        extra: [
          {
            source: "Nordea-fonden",
            yearIndex: 2,
            amount: illustrative(300_000),
            stage: "prospect",
            note: "Mulig ansøgning i fondens næste ansøgningsrunde.",
          },
        ],
      },
    }),
    city({
      focus: "cohesion",
      title: "Beboerdemokrati og frivillige",
      purpose: "At styrke beboerdemokratiet og det frivillige engagement i boligområderne.",
      targetGroup: "Afdelingsbestyrelser, nye beboerdemokrater og frivillige i de fire boligområder.",
      content:
        "Støtte til afdelingsbestyrelser, uddannelse af nye beboerdemokrater og et fælles frivilligforum på tværs af boligområderne.",
      partners: "Afdelingsbestyrelserne, boligorganisationerne",
      responsible: "Projektleder, Boligsocialt Hus",
      areas: [S, K, SK, E],
      startsOn: month(0),
      endsOn: currentEnd,
      budget: illustrative(1_300_000),
      status: "active",
      health: illustrative("green"),
      last: { daysAgo: illustrative(33) },
      note: "Fælles kursus for nye afdelingsbestyrelsesmedlemmer er afholdt.",
      trend: illustrative("gggg"),
      funding: { mix: CITY_MIX },
      indicators: illustrative([
        {
          name: "Nye afdelingsbestyrelsesmedlemmer på kursus",
          unit: "personer",
          baseline: 0,
          target: 40,
          direction: "higher",
          kind: "cumulative",
          actuals: [5, null, 4, 6],
        },
      ]),
    }),
    city({
      focus: "cohesion",
      title: "Fællesspisning og aktivitetsrum",
      purpose: "At skabe mødesteder, hvor naboer lærer hinanden at kende på tværs af alder og baggrund.",
      targetGroup: "Beboere i Skt. Klemensparken og Ejerslykke.",
      content: "Månedlig fællesspisning og åbent aktivitetsrum drevet af frivillige beboere.",
      partners: "Afdelingsbestyrelserne, lokale frivillige",
      responsible: "Områdeleder, Skt. Klemensparken og Ejerslykke",
      areas: [SK, E],
      startsOn: month(1),
      endsOn: currentEnd,
      budget: illustrative(650_000),
      status: "active",
      health: illustrative("green"),
      last: { daysAgo: illustrative(47) },
      note: "Fællesspisningen er nu overtaget af en frivilliggruppe.",
      trend: illustrative("agg"),
      funding: { mix: CITY_MIX },
    }),
    city({
      focus: "cohesion",
      title: "Seniornetværk",
      purpose: "At modvirke ensomhed blandt ældre beboere.",
      targetGroup: "Ældre beboere i øvrige boligafdelinger i Odense.",
      content: "Netværksgrupper, besøgsvenner og udflugter for ældre beboere i samarbejde med lokale foreninger.",
      partners: "Ældre Sagen Odense, Odense Kommune",
      responsible: "Projektleder, Boligsocialt Hus",
      areas: [O],
      startsOn: month(2),
      endsOn: currentEnd,
      budget: illustrative(450_000),
      status: "active",
      health: illustrative("green"),
      last: { daysAgo: illustrative(121) },
      note: "Netværksgrupperne mødes fast hver måned.",
      trend: illustrative("gg"),
      funding: { mix: CITY_MIX, coverage: illustrative(0.7) },
    }),
    city({
      focus: "cohesion",
      title: "Velkomstværter for nye beboere",
      purpose: "At nye beboere, herunder genhusede fra Vollsmose, hurtigt føler sig hjemme i deres nye boligområde.",
      targetGroup: "Nye beboere i Ejerslykke og i øvrige boligafdelinger i Odense.",
      content: "Frivillige velkomstværter tager imod nye beboere og introducerer dem til naboer, foreninger og tilbud i lokalområdet.",
      partners: "Boligorganisationerne, afdelingsbestyrelserne, lokale foreninger",
      responsible: "Projektleder, Boligsocialt Hus",
      areas: [O, E],
      startsOn: null,
      endsOn: currentEnd,
      budget: illustrative(900_000),
      status: "planned",
      health: illustrative("green"),
      last: { daysAgo: illustrative(14) },
      note: "Ansøgning til Bikubenfonden er under færdiggørelse.",
      trend: illustrative("g"),
      funding: {
        extra: [
          {
            source: "Bikubenfonden",
            yearIndex: 2,
            amount: illustrative(450_000),
            stage: "applied",
            deadline: daysFromToday(12),
            note: "Ansøgning om velkomstværter i modtageområderne.",
          },
        ],
      },
      milestones: illustrative([{ title: "Ansøgning til Bikubenfonden sendt", due: 12 }]),
    }),
    city({
      focus: "cohesion",
      title: "Bydelsmødre i Korsløkken",
      purpose: "At styrke kvinders netværk og viden om samfundet og brobygge til relevante tilbud.",
      targetGroup: "Kvinder i Korsløkken med etnisk minoritetsbaggrund.",
      content: "Uddannede frivillige bydelsmødre holder netværksmøder og hjælper kvinder videre til relevante tilbud.",
      partners: "Landsorganisationen Bydelsmødre, Odense Kommune",
      responsible: "Områdeleder, Korsløkken",
      areas: [K],
      startsOn: month(1),
      endsOn: currentEnd,
      budget: illustrative(700_000),
      status: "active",
      health: illustrative("red"),
      healthReason: "Koordinatoren er fratrådt, og netværksmøderne er indstillet, indtil stillingen er genbesat.",
      last: { daysAgo: illustrative(6) },
      note: "Stillingen som koordinator er slået op.",
      trend: illustrative("gga"),
      funding: { mix: CITY_MIX },
      milestones: illustrative([{ title: "Ny koordinator ansat", due: 45 }]),
    }),
    city({
      focus: "cohesion",
      title: "Digital hjælp",
      purpose: "At beboere kan klare digitale selvbetjeningsløsninger selv.",
      targetGroup: "Beboere i Skt. Klemensparken med behov for hjælp til digitale løsninger.",
      content: "Frivillige hjælper beboere med MitID, Digital Post og andre digitale selvbetjeningsløsninger.",
      partners: "Odense Bibliotekerne, frivillige",
      responsible: "Områdeleder, Skt. Klemensparken og Ejerslykke",
      areas: [SK],
      startsOn: month(4),
      endsOn: currentEnd,
      budget: illustrative(300_000),
      status: "active",
      health: illustrative("green"),
      last: { daysAgo: illustrative(37) },
      note: "Stor efterspørgsel i forbindelse med skiftet til nyt MitID.",
      trend: illustrative("gg"),
      funding: { mix: CITY_MIX },
    }),
    city({
      focus: "cohesion",
      title: "Sundhed og motion for kvinder",
      purpose: "At fremme kvinders sundhed og skabe nye fællesskaber gennem motion.",
      targetGroup: "Kvinder i Korsløkken og Ejerslykke.",
      content: "Motionshold, gåture og sundhedscaféer i samarbejde med lokale idrætsforeninger.",
      partners: "Lokale idrætsforeninger, Odense Kommune",
      responsible: "Områdeleder, Korsløkken",
      areas: [K, E],
      startsOn: month(4),
      endsOn: currentEnd,
      budget: illustrative(500_000),
      status: "active",
      health: illustrative("green"),
      last: { daysAgo: illustrative(71) },
      note: "Nyt hold er startet i samarbejde med en idrætsforening.",
      trend: illustrative("gg"),
      funding: { mix: CITY_MIX },
    }),
    city({
      focus: "crime",
      title: "Gadeplansarbejde og natteravne",
      purpose: "At skabe tryghed og forebygge, at unge søger mod kriminelle miljøer.",
      targetGroup: "Unge i Solbakken/Rising og Korsløkken, der opholder sig på gader og pladser om aftenen.",
      content: "Opsøgende gadeplansarbejde om aftenen, natteravne i weekenderne og tæt koordinering med SSP og politi.",
      partners: "SSP Odense, Fyns Politi, Natteravnene",
      responsible: "Områdeleder, Korsløkken",
      areas: [S, K],
      startsOn: month(0),
      endsOn: currentEnd,
      budget: illustrative(1_500_000),
      status: "active",
      health: illustrative("green"),
      last: { daysAgo: illustrative(19) },
      note: "Rolig periode; natteravnene har fået nye frivillige.",
      trend: illustrative("ggagg"),
      funding: {
        mix: CITY_MIX,
        extra: [
          {
            source: "TrygFonden",
            yearIndex: 1,
            amount: illustrative(480_000),
            stage: "granted",
            decidedOn: daysFromToday(-120),
            note: "Bevilling til natteravne og aftenindsats i indeværende år.",
          },
        ],
      },
      indicators: illustrative([
        {
          name: "Anmeldelser af hærværk og uro",
          unit: "anmeldelser",
          baseline: 55,
          target: 35,
          direction: "lower",
          kind: "per_period",
          actuals: [52, 47, 44, 40, 38],
        },
      ]),
      milestones: illustrative([{ title: "Nye natteravne uddannet", due: -60, done: -57 }]),
    }),
    city({
      focus: "crime",
      title: "Tryghedsnetværk",
      purpose: "At øge trygheden gennem et tæt samarbejde mellem beboere, politi og ejendomskontorer.",
      targetGroup: "Beboere i Skt. Klemensparken og Ejerslykke.",
      content: "Tryghedsvandringer, dialogmøder med politiet og hurtig opfølgning på hærværk sammen med ejendomskontorerne.",
      partners: "Fyns Politi, boligorganisationerne, SSP Odense",
      responsible: "Områdeleder, Skt. Klemensparken og Ejerslykke",
      areas: [SK, E],
      startsOn: month(2),
      endsOn: currentEnd,
      budget: illustrative(600_000),
      status: "active",
      health: illustrative("green"),
      last: { daysAgo: illustrative(64) },
      note: "Dialogmøde med politiet holdt i begge områder.",
      trend: illustrative("gg"),
      funding: { mix: CITY_MIX },
    }),
    city({
      focus: "crime",
      title: "Ung-til-ung mentorer",
      purpose: "At unge rollemodeller hjælper yngre unge væk fra risikoadfærd.",
      targetGroup: "Unge i Korsløkken i risiko for at blive en del af kriminelle fællesskaber.",
      content: "Ældre unge uddannes som mentorer og følger yngre unge i fritid, skole og fritidsjob.",
      partners: "SSP Odense, lokale klubber",
      responsible: "Områdeleder, Korsløkken",
      areas: [K],
      startsOn: month(3),
      endsOn: currentEnd,
      budget: illustrative(800_000),
      status: "active",
      health: illustrative("amber"),
      healthReason: "Det er svært at fastholde de unge mentorer efter sommerferien.",
      last: { daysAgo: illustrative(28) },
      note: "Nye mentorer rekrutteres via ungdomsuddannelserne.",
      trend: illustrative("gga"),
      funding: {
        mix: CITY_MIX,
        coverage: illustrative(0.8),
        extra: [
          {
            source: "TrygFonden",
            yearIndex: 2,
            amount: illustrative(160_000),
            stage: "prospect",
            note: "Mulig ansøgning om mentoruddannelse.",
          },
        ],
      },
      milestones: illustrative([{ title: "Uddannelse af nye ung-til-ung mentorer", due: -10 }]),
    }),
    city({
      focus: "crime",
      title: "Forebyggende familieindsats",
      purpose: "At forebygge kriminalitet gennem tidlig støtte til familier med børn i risikozonen.",
      targetGroup: "Familier i Ejerslykke med børn, der viser tidlige tegn på risikoadfærd.",
      content: "Familiesamtaler og forældrenetværk i samarbejde med SSP og skolen.",
      partners: "SSP Odense, Odense Kommune (familieafdelingen)",
      responsible: "Områdeleder, Skt. Klemensparken og Ejerslykke",
      areas: [E],
      startsOn: month(2),
      endsOn: daysFromToday(-150),
      budget: illustrative(350_000),
      status: "stopped",
      health: illustrative("amber"),
      healthReason: "Stoppet, da familierne nu tilbydes et tilsvarende forløb i Odense Kommunes familieafdeling.",
      last: { daysAgo: illustrative(150) },
      note: "Indsatsen er stoppet; familierne er overdraget til kommunens forløb.",
      trend: illustrative("gg"),
      funding: { mix: CITY_MIX, years: [0] },
    }),
    city({
      focus: "crime",
      title: "Konfliktmægling i boligafdelingerne",
      purpose: "At løse nabokonflikter tidligt, før de udvikler sig.",
      targetGroup: "Beboere i Solbakken/Rising og i øvrige boligafdelinger i Odense.",
      content: "Frivillige konfliktmæglere tilbyder mægling i nabokonflikter i samarbejde med ejendomskontorerne.",
      partners: "Boligorganisationerne, Fyns Politi, frivillige konfliktmæglere",
      responsible: "Projektleder, Boligsocialt Hus",
      areas: [O, S],
      startsOn: month(2),
      endsOn: currentEnd,
      budget: illustrative(550_000),
      status: "active",
      health: illustrative("green"),
      last: { daysAgo: illustrative(98) },
      note: "Nye frivillige mæglere er uddannet.",
      trend: illustrative("ggg"),
      funding: { mix: CITY_MIX },
    }),
    city({
      focus: "crosscutting",
      title: "Sekretariat og koordinering",
      purpose: "At lede, koordinere og forankre den bydækkende boligsociale indsats.",
      targetGroup: "Bestyrelse, styregrupper og samarbejdspartnere i den boligsociale indsats.",
      content:
        "Sekretariatsbetjening af bestyrelsen og styregrupperne, koordinering med Odense Kommune og boligorganisationerne samt afrapportering til Landsbyggefonden.",
      partners: "Boligorganisationerne, Odense Kommune, Landsbyggefonden",
      responsible: "Sekretariatsleder, Boligsocialt Hus",
      areas: [S, K, SK, E, O],
      startsOn: month(0),
      endsOn: currentEnd,
      budget: illustrative(3_200_000),
      status: "active",
      health: illustrative("green"),
      last: { daysAgo: illustrative(11) },
      note: "Årsrapporten til Landsbyggefonden er afleveret.",
      trend: illustrative("ggggg"),
      funding: { mix: CITY_MIX },
    }),
    city({
      focus: "crosscutting",
      title: "Evaluering og dokumentation",
      purpose: "At følge op på indsatsernes mål og dele viden om, hvad der virker.",
      targetGroup: "Bestyrelse, medarbejdere og samarbejdspartnere.",
      content: "Løbende dataindsamling, måltalsopfølgning og en midtvejsevaluering af helhedsplanen.",
      partners: "Odense Kommune, Landsbyggefonden",
      responsible: "Sekretariatsleder, Boligsocialt Hus",
      areas: [S, K, SK, E, O],
      startsOn: month(0),
      endsOn: currentEnd,
      budget: illustrative(600_000),
      status: "active",
      health: illustrative("green"),
      last: { daysAgo: illustrative(55) },
      note: "Midtvejsevalueringen er sat i gang.",
      trend: illustrative("gg"),
      funding: { mix: CITY_MIX },
      milestones: illustrative([
        { title: "Måltal for alle aktiviteter registreret", due: -150, done: -140 },
        { title: "Midtvejsevaluering sendt til Landsbyggefonden", due: 160 },
      ]),
    }),
  ];

  return {
    plans: plansList,
    activities: [...vollsmoseActivities, brobygger, ...earlierActivities, ...cityActivities],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Derived rows: status-update history and funding lines
// ---------------------------------------------------------------------------------------------------------

type UpdateRow = {
  status: ActivityStatus;
  health: Health;
  healthReason: string;
  note: string;
  reportedOn: string;
};

const HEALTH_LETTERS: Record<string, Health> = { g: "green", a: "amber", r: "red" };

/** An activity's status updates, oldest first; the last one repeats the activity's current state. */
function buildUpdates(a: ActivitySpec, index: number, today: string): UpdateRow[] {
  let lastOn = "on" in a.last ? a.last.on : illustrative(addDays(today, -a.last.daysAgo));
  if (a.startsOn && lastOn < a.startsOn) lastOn = a.startsOn;
  if (lastOn > today) throw new Error(`Demo data: the latest update of "${a.title}" would be after today`);

  const earlier: UpdateRow[] = [];
  if (a.history) {
    for (const h of a.history) {
      earlier.push({
        status: h.status,
        health: h.health,
        healthReason: h.healthReason ?? "",
        note: h.note,
        reportedOn: h.on,
      });
    }
  } else if (a.trend) {
    const letters = [...a.trend];
    const earlierStatus: ActivityStatus = a.status === "idea" || a.status === "planned" ? "idea" : "active";
    letters.forEach((letter, i) => {
      const health = HEALTH_LETTERS[letter];
      if (!health) throw new Error(`Demo data: bad trend letter "${letter}" for "${a.title}"`);
      const reportedOn = illustrative(addDays(lastOn, -91 * (letters.length - i)));
      if (a.startsOn && reportedOn < a.startsOn) return;
      const n = index + i;
      const healthReason = health === "amber" ? pick(AMBER_REASONS, n) : health === "red" ? pick(RED_REASONS, n) : "";
      const note = health === "green" ? pick(GREEN_NOTES, n) : healthReason;
      earlier.push({ status: earlierStatus, health, healthReason, note, reportedOn });
    });
  }

  const last: UpdateRow = {
    status: a.status,
    health: a.health,
    healthReason: a.healthReason ?? "",
    note: a.note,
    reportedOn: lastOn,
  };
  return [...earlier.filter((u) => u.reportedOn <= lastOn), last];
}

function pick(list: readonly string[], n: number): string {
  const value = list[n % list.length];
  if (value === undefined) throw new Error("Demo data: empty list");
  return value;
}

type LineRow = {
  source: string;
  year: number;
  amount: number;
  stage: FundingStage;
  deadline: string | null;
  decidedOn: string | null;
  note: string;
};

/** Splits `total` into `parts` whole-kroner amounts that add up exactly (the last part takes the remainder). */
function split(total: number, parts: number): number[] {
  const each = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => (i === parts - 1 ? total - each * (parts - 1) : each));
}

function buildFundingLines(a: ActivitySpec, plan: PlanSpec, housingOrgs: string[], today: string): LineRow[] {
  const f = a.funding;
  if (!f) return [];
  const firstYear = yearOf(plan.startsOn);
  const lastYear = yearOf(plan.endsOn);
  const lines: LineRow[] = [];

  for (const e of f.extra ?? []) {
    lines.push({
      source: e.source,
      year: firstYear + e.yearIndex,
      amount: e.amount,
      stage: e.stage,
      deadline: e.deadline ?? null,
      decidedOn: e.decidedOn ?? null,
      note: e.note,
    });
  }

  if (f.mix) {
    const from = Math.max(firstYear, a.startsOn ? yearOf(a.startsOn) : firstYear);
    const to = Math.min(lastYear, a.endsOn ? yearOf(a.endsOn) : lastYear);
    const years = f.years ? f.years.map((i) => firstYear + i) : Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const securedExtra = (f.extra ?? []).filter((e) => e.stage === "granted" || e.stage === "paid").reduce((sum, e) => sum + e.amount, 0);
    const coverage = f.coverage ?? 1;
    const base = Math.round((a.budget - securedExtra) * coverage);

    const { lbf, kommune, housing } = f.mix;
    const kommuneTotal = Math.round(base * kommune);
    const housingTotal = Math.round(base * housing);
    const weights = lbf + kommune + housing;
    // A full mix covers the base exactly (LBF takes the rounding); a partial mix is rounded as it is.
    const lbfTotal = Math.abs(weights - 1) < 1e-9 ? base - kommuneTotal - housingTotal : Math.round(base * lbf);

    const perSource: [string, number][] = [
      ["Landsbyggefonden", lbfTotal],
      ["Odense Kommune", kommuneTotal],
    ];
    const orgs = housingOrgs.length > 0 ? housingOrgs : ["Odense Boligselskab"];
    split(housingTotal, orgs.length).forEach((amount, i) => perSource.push([orgs[i] ?? "", amount]));

    const thisYear = yearOf(today);
    for (const [source, total] of perSource) {
      if (total <= 0) continue;
      split(total, years.length).forEach((amount, i) => {
        const year = years[i] ?? firstYear;
        lines.push({
          source,
          year,
          amount,
          stage: year < thisYear ? "paid" : "granted",
          deadline: null,
          decidedOn: plan.approvedOn,
          note: source === "Landsbyggefonden" ? "Tilskud efter godkendt helhedsplan." : "Lokal medfinansiering.",
        });
      });
    }
  }
  return lines;
}

type MilestoneRow = { title: string; dueOn: string; doneOn: string | null };

/** An activity's milestones with dates; none lies before `start` (the activity's start, else its plan's). */
function buildMilestones(a: ActivitySpec, start: string, today: string): MilestoneRow[] {
  const notBefore = (date: string) => (date < start ? start : date);
  return (a.milestones ?? []).map((m) => {
    if (m.done !== undefined && m.done > 0) throw new Error(`Demo data: milestone "${m.title}" is done in the future`);
    const doneOn = m.done === undefined ? null : notBefore(addDays(today, m.done));
    if (doneOn !== null && doneOn > today) {
      throw new Error(`Demo data: milestone "${m.title}" of "${a.title}" would be done after today (the activity starts later)`);
    }
    return { title: m.title, dueOn: notBefore(addDays(today, m.due)), doneOn };
  });
}

/**
 * Pairs an indicator's actuals with the activity's status update ids (oldest first), aligned to the latest
 * update; values without an update (more values than updates) are dropped, null values are skipped.
 */
function alignActuals(actuals: readonly (number | null)[], updateIds: readonly number[]) {
  const offset = updateIds.length - actuals.length;
  const rows: { statusUpdateId: number; value: number }[] = [];
  actuals.forEach((value, i) => {
    const statusUpdateId = updateIds[offset + i];
    if (value !== null && statusUpdateId !== undefined) rows.push({ statusUpdateId, value });
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// Insertion
// ---------------------------------------------------------------------------------------------------------

function must<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data: unknown ${what} "${String(key)}"`);
  return value;
}

/** Inserts the whole demo portfolio in one transaction. `today` is the Copenhagen date, YYYY-MM-DD. */
export function seedDemo(db: DbOrTx, today: string): void {
  if (!isIsoDate(today)) throw new Error(`seedDemo: today must be a date written YYYY-MM-DD, got "${today}"`);
  // The history of 2020 (KVINFO, street teams) must lie before today.
  if (today < "2021-01-01") throw new Error("seedDemo: today must be 2021-01-01 or later");

  const portfolio = buildPortfolio(today);

  db.transaction((tx: Tx) => {
    const orgRows = tx
      .insert(organisations)
      .values(ORGANISATIONS.map(({ areas: _areas, ...org }) => org))
      .returning({ id: organisations.id, name: organisations.name })
      .all();
    const orgId = new Map(orgRows.map((r) => [r.name, r.id]));

    const areaRows = tx
      .insert(areas)
      .values(AREAS.map(({ organisations: _orgs, ...area }) => area))
      .returning({ id: areas.id, slug: areas.slug })
      .all();
    const areaId = new Map(areaRows.map((r) => [r.slug, r.id]));
    tx.insert(areaOrganisations)
      .values([
        ...AREAS.flatMap((area) =>
          area.organisations.map((name) => ({
            areaId: must(areaId, area.slug, "area"),
            organisationId: must(orgId, name, "organisation"),
          })),
        ),
        // The other organisations' areas: the city-wide ones in every area, the rest where they work.
        ...ORGANISATIONS.flatMap((org) =>
          (org.areas === "all" ? AREAS.map((a) => a.slug) : (org.areas ?? [])).map((slug) => ({
            areaId: must(areaId, slug, "area"),
            organisationId: must(orgId, org.name, "organisation"),
          })),
        ),
      ])
      .run();
    const housingOrgsOfArea = new Map(AREAS.map((area) => [area.slug, area.organisations]));

    ensureReferenceData(tx);
    const focusRows = tx.select({ id: focusAreas.id, code: focusAreas.code }).from(focusAreas).all();
    const focusId = new Map(focusRows.map((r) => [r.code, r.id]));

    const planRows = tx
      .insert(plans)
      .values(portfolio.plans.map(({ slug, name, startsOn, endsOn }) => ({ slug, name, startsOn, endsOn })))
      .returning({ id: plans.id, slug: plans.slug })
      .all();
    const planId = new Map(planRows.map((r) => [r.slug, r.id]));
    const planBySlug = new Map(portfolio.plans.map((p) => [p.slug, p]));
    tx.insert(planAreas)
      .values(
        portfolio.plans.flatMap((plan) =>
          plan.areas.map((slug) => ({ planId: must(planId, plan.slug, "plan"), areaId: must(areaId, slug, "area") })),
        ),
      )
      .run();

    const sourceRows = tx
      .insert(fundingSources)
      .values(
        FUNDING_SOURCES.map((s) => ({
          name: s.name,
          kind: s.kind,
          countsAsLocal: s.countsAsLocal,
          organisationId: s.organisation === null ? null : must(orgId, s.organisation, "organisation"),
        })),
      )
      .returning({ id: fundingSources.id, name: fundingSources.name })
      .all();
    const sourceId = new Map(sourceRows.map((r) => [r.name, r.id]));

    const sharedId = new Map<SharedKey, number>();
    for (const [key, spec] of Object.entries(SHARED_INDICATORS) as [SharedKey, SharedIndicatorSpec][]) {
      const { focus, ...fields } = spec;
      const row = tx
        .insert(sharedIndicators)
        .values({ ...fields, focusAreaId: must(focusId, focus, "focus area") })
        .returning({ id: sharedIndicators.id })
        .get();
      sharedId.set(key, row.id);
    }

    const titles = new Set<string>();
    portfolio.activities.forEach((a, index) => {
      if (titles.has(a.title)) throw new Error(`Demo data: duplicate activity title "${a.title}"`);
      titles.add(a.title);
      if (a.health !== "green" && !a.healthReason) throw new Error(`Demo data: "${a.title}" needs a health reason`);
      const plan = must(planBySlug, a.plan, "plan");

      const row = tx
        .insert(activities)
        .values({
          planId: must(planId, a.plan, "plan"),
          focusAreaId: must(focusId, a.focus, "focus area"),
          title: a.title,
          purpose: a.purpose,
          targetGroup: a.targetGroup,
          content: a.content,
          partners: a.partners,
          responsible: a.responsible,
          startsOn: a.startsOn,
          endsOn: a.endsOn,
          budget: a.budget,
          status: a.status,
          health: a.health,
          healthReason: a.healthReason ?? "",
          version: 1,
        })
        .returning({ id: activities.id })
        .get();

      tx.insert(activityAreas)
        .values(a.areas.map((slug) => ({ activityId: row.id, areaId: must(areaId, slug, "area") })))
        .run();

      const updateIds = tx
        .insert(statusUpdates)
        .values(buildUpdates(a, index, today).map((u) => ({ ...u, activityId: row.id, reportedBy: a.responsible })))
        .returning({ id: statusUpdates.id })
        .all()
        .map((u) => u.id)
        .sort((x, y) => x - y);

      for (const { actuals, shared, ...indicator } of a.indicators ?? []) {
        if (indicator.baseline === indicator.target) {
          throw new Error(`Demo data: indicator "${indicator.name}" needs a target other than its baseline`);
        }
        const improves = indicator.direction === "lower" ? indicator.target < indicator.baseline : indicator.target > indicator.baseline;
        if (!improves) throw new Error(`Demo data: the target of "${indicator.name}" contradicts its direction`);
        const link = shared ? SHARED_INDICATORS[shared] : null;
        if (link && (link.unit !== indicator.unit || link.kind !== indicator.kind)) {
          throw new Error(`Demo data: "${indicator.name}" counts otherwise than the shared indicator it links to`);
        }
        const { id: indicatorId } = tx
          .insert(indicators)
          .values({ ...indicator, activityId: row.id, sharedIndicatorId: shared ? must(sharedId, shared, "shared indicator") : null })
          .returning({ id: indicators.id })
          .get();
        const values = alignActuals(actuals, updateIds);
        if (values.length > 0) {
          tx.insert(indicatorActuals)
            .values(values.map((v) => ({ ...v, indicatorId })))
            .run();
        }
      }

      const milestoneRows = buildMilestones(a, a.startsOn ?? plan.startsOn, today);
      if (milestoneRows.length > 0) {
        tx.insert(milestones)
          .values(milestoneRows.map((m) => ({ ...m, activityId: row.id })))
          .run();
      }

      const housingOrgs = HOUSING_ORGANISATIONS.filter((name) =>
        a.areas.some((slug) => (housingOrgsOfArea.get(slug) ?? []).includes(name)),
      );
      const lines = buildFundingLines(a, plan, housingOrgs, today);
      if (lines.length > 0) {
        tx.insert(fundingLines)
          .values(
            lines.map(({ source, ...line }) => ({
              ...line,
              activityId: row.id,
              sourceId: must(sourceId, source, "funding source"),
            })),
          )
          .run();
      }
    });
  });
}
