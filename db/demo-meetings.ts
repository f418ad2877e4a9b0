/**
 * The demo's meetings. The first is the board meeting of the Vollsmose Secretariat whose minutes the project
 * grew from (`seeds/000_96be39ad0c5dbfd4.txt`): its six items, their kinds and outcomes and the activities they
 * concern are taken from the minutes. The minutes give no date (the meeting lay between the 20 April decision
 * it mentions and the 28 April committee meetings it announces), so the date chosen is marked as approximate.
 * The two follow-ups of item 3 come from its text ("external funding will be investigated"; "the board will be
 * informed of the status"); their owners and due dates are illustrative.
 *
 * The later meetings (the new city-wide board and a steering group), placed relative to the seeding day so
 * that "since the last meeting" means something, are illustrative throughout.
 */
import { eq, inArray } from "drizzle-orm";

import type { AgendaItemKind, MeetingBody } from "../app/domain/constants";
import { addDays, addMonths } from "../app/utils/dates";
import type { Tx } from "./client.server";
import { illustrative } from "./demo-data";
import { activities, agendaItemActivities, agendaItems, followUps, meetings, users } from "./schema";

type FollowUpSpec = { what: string; owner: string; dueOn: string; doneOn: string | null };
type ItemSpec = {
  kind: AgendaItemKind;
  title: string;
  summary: string;
  outcome: string;
  activities: string[];
  followUps?: FollowUpSpec[];
};
type MeetingSpec = {
  body: MeetingBody;
  heldOn: string;
  dateNote: string;
  title: string;
  place: string;
  previousMinutesApproved: boolean | null;
  items: ItemSpec[];
};

/** The eleven activities of the new Vollsmose plan, as item 2 of the minutes lists them. */
const NEW_VOLLSMOSE_PLAN = [
  "Rådgivning i forældrerollen",
  "Uddannelsesindsats",
  "Fritidsjobrådgivning",
  "Beskæftigelsesmentor",
  "Medborgerskab og frivillighed",
  "Bydelssøstre",
  "Lokal avis og lokale medier",
  "Direkte i Job",
  "Nabohjælp",
  "Tryghedsvandringer",
  "Tidlig kriminalitetsforebyggelse",
];

const FUNDRAISER = "fundraiser@overblik.test";
const MANAGER_VOLLSMOSE = "manager.vollsmose@overblik.test";
const MANAGER_KORSLOEKKEN = "manager.korsloekken@overblik.test";
const ADMIN = "admin@overblik.test";

function aprilMeeting(): MeetingSpec {
  return {
    body: "board",
    // Chosen inside the window the minutes allow (after 20 April, before 28 April 2020).
    heldOn: "2020-04-22",
    dateNote: "Referatet angiver ingen dato; mødet lå mellem 20. og 28. april 2020",
    title: "Bestyrelsesmøde i Vollsmose Sekretariatet, april 2020",
    place: "",
    // "Referat fra bestyrelsesmødet den 17. februar 2020 er godkendt."
    previousMinutesApproved: true,
    items: [
      {
        kind: "decision",
        title: "Nedlæggelse af bestyrelsen",
        summary:
          "Odense Kommune og boligorganisationerne Civica, Fyns Almennyttige Boligselskab, Odense Boligselskab og Arbejdernes Boligforening Odense samler det boligsociale arbejde i én bydækkende organisering, Boligsocialt Hus, for Vollsmose, Solbakken/Rising, Korsløkken og øvrige boligafdelinger i Odense. Bestyrelsen for Boligsocialt Hus besluttede den 20. april at nedlægge sig selv.",
        outcome:
          "Den nuværende bestyrelse er nedlagt, med henblik på at etablere én samlet bydækkende boligsocial bestyrelse med virkning fra 1. maj 2020. I den kommende bestyrelse vil der være beboerdemokrater fra organisationsbestyrelserne i bestyrelsen, og fra afdelingsbestyrelserne i styregrupperne.",
        activities: [],
      },
      {
        kind: "information",
        title: "Ny helhedsplan i Vollsmose",
        summary:
          "Status på udarbejdelsen af den nye helhedsplan med tilbagemelding fra fagudvalgene og realiseringsbestyrelsen, og en introduktion til de elleve aktiviteter i den kommende plan.",
        outcome: "Bestyrelsen er orienteret om processen og aktiviteterne.",
        activities: NEW_VOLLSMOSE_PLAN,
      },
      {
        kind: "discussion",
        title: "Mulig brobyggerindsats",
        summary:
          "Som følge af den lovbestemte udviklingsplan skal cirka 1.000 boliger i Vollsmose nedrives over de næste 10 år, og omkring 2.500 beboere genhuses i resten af Odense. De boligsociale indsatser følger ikke med. En brobyggerindsats kan støtte beboerne under og efter flytningen. Den kommende helhedsplan har ikke finansiering til indsatsen. Forslaget drøftes i fagudvalgene den 28. april 2020 og i Realiseringsbestyrelsen for fremtidens Vollsmose den 30. april 2020.",
        outcome:
          "Den eventuelle brobyggerindsats i forbindelse med genhusningen er drøftet, og bestyrelsen er positiv over for indsatsen. Mulighederne for ekstern finansiering vil blive undersøgt.",
        activities: ["Brobyggerindsats"],
        followUps: [
          {
            what: "Undersøg mulighederne for ekstern finansiering af brobyggerindsatsen",
            owner: FUNDRAISER,
            dueOn: illustrative("2020-09-01"),
            doneOn: null,
          },
          {
            what: "Orienter bestyrelsen om status på brobyggerindsatsen og de politiske drøftelser",
            owner: MANAGER_VOLLSMOSE,
            dueOn: illustrative("2020-06-30"),
            doneOn: null,
          },
        ],
      },
      {
        kind: "information",
        title: "Håndtering af situationen omkring COVID-19 i Vollsmose Sekretariatet",
        summary:
          "Medarbejderne arbejdede hjemmefra fra 13. marts til 20. april 2020, og kontoret var lukket for personlig henvendelse. To beredskabsplaner informerede beboerne, og gadeplansteams understøttede SSP dagligt. Fra 20. april en delvis genåbning med fire medarbejdere kl. 12–15, forventet frem til 10. maj.",
        outcome: "Bestyrelsen er orienteret og udtrykker stor tilfredshed med håndteringen af situationen omkring COVID-19.",
        activities: ["Gadeplansteams under COVID-19"],
      },
      {
        kind: "information",
        title: "Nyt samarbejde med KVINFO",
        summary:
          "Fra 1. maj 2020 starter Vollsmose Sekretariatet sammen med Odense Kommune et samarbejde med KVINFOs mentornetværk: frivillige mentorer matches med indvandrerkvinder, som ønsker uddannelse og arbejde, som støtte til jobcentrets indsats i Vollsmose.",
        outcome: "Bestyrelsen er orienteret og bakker op om samarbejdet.",
        activities: ["KVINFO Mentornetværk"],
      },
      {
        kind: "information",
        title: "Eventuelt",
        summary: "",
        outcome:
          "Bestyrelse og sekretariatsleder takker for et godt samarbejde og ser frem til et lige så konstruktivt samarbejde i den nye samlede bestyrelse. En særlig tak til beboerdemokraterne og de to eksterne medlemmer.",
        activities: [],
      },
    ],
  };
}

/** Recent meetings of the city-wide board and a steering group, relative to `today`: illustrative. */
function recentMeetings(today: string): MeetingSpec[] {
  const nineMonthsAgo = addMonths(today, -9);
  const threeMonthsAgo = addMonths(today, -3);
  return illustrative([
    {
      body: "board",
      heldOn: nineMonthsAgo,
      dateNote: "",
      title: "Bestyrelsesmøde, Boligsocialt Hus",
      place: "Boligsocialt Hus, Vollsmose",
      previousMinutesApproved: true,
      items: [
        {
          kind: "information",
          title: "Status på helhedsplanerne",
          summary: "Sekretariatet gennemgår status og vurdering for aktiviteterne i begge helhedsplaner.",
          outcome: "Bestyrelsen er orienteret.",
          activities: ["Tidlig kriminalitetsforebyggelse", "Bydelssøstre"],
        },
        {
          kind: "decision",
          title: "Prioritering af fundraising",
          summary: "Forslag om at prioritere fondsansøgninger til brobyggerindsatsen og den digitale hjælp.",
          outcome: "Bestyrelsen godkender prioriteringen.",
          activities: ["Brobyggerindsats", "Digital hjælp"],
          followUps: [
            {
              what: "Send ansøgning til en fond om brobyggerindsatsen",
              owner: FUNDRAISER,
              dueOn: addMonths(nineMonthsAgo, 2),
              doneOn: addMonths(nineMonthsAgo, 1),
            },
          ],
        },
      ],
    },
    {
      body: "board",
      heldOn: threeMonthsAgo,
      dateNote: "",
      title: "Bestyrelsesmøde, Boligsocialt Hus",
      place: "Boligsocialt Hus, Vollsmose",
      previousMinutesApproved: true,
      items: [
        {
          kind: "discussion",
          title: "Tidlig kriminalitetsforebyggelse: vurdering rød",
          summary: "Aktiviteten er vurderet rød. Sekretariatet redegør for årsagerne og mulige tiltag.",
          outcome: "Bestyrelsen drøftede tiltagene og ønsker en opfølgning på næste møde.",
          activities: ["Tidlig kriminalitetsforebyggelse"],
          followUps: [
            {
              what: "Læg en handleplan for Tidlig kriminalitetsforebyggelse frem",
              owner: MANAGER_VOLLSMOSE,
              dueOn: addDays(today, -10),
              doneOn: null,
            },
          ],
        },
        {
          kind: "decision",
          title: "Budgetopfølgning og medfinansiering",
          summary: "Den lokale medfinansiering i den bydækkende plan ligger under 25 % i indeværende år.",
          outcome: "Bestyrelsen beder sekretariatet afdække yderligere lokal medfinansiering.",
          activities: [],
          followUps: [{ what: "Afdæk yderligere lokal medfinansiering", owner: ADMIN, dueOn: addDays(today, 30), doneOn: null }],
        },
      ],
    },
    {
      body: "steering",
      heldOn: addMonths(today, -2),
      dateNote: "",
      title: "Styregruppemøde, Korsløkken og Solbakken/Rising",
      place: "Korsløkken",
      previousMinutesApproved: null,
      items: [
        {
          kind: "information",
          title: "Status på aktiviteterne i området",
          summary: "Områdelederen giver status på aktiviteterne.",
          outcome: "Styregruppen er orienteret.",
          activities: ["Bydelsmødre i Korsløkken"],
          followUps: [
            {
              what: "Saml beboernes ønsker til næste års aktiviteter",
              owner: MANAGER_KORSLOEKKEN,
              dueOn: addDays(today, 45),
              doneOn: null,
            },
          ],
        },
      ],
    },
    {
      body: "board",
      heldOn: addDays(today, 21),
      dateNote: "",
      title: "Kommende bestyrelsesmøde, Boligsocialt Hus",
      place: "Boligsocialt Hus, Vollsmose",
      previousMinutesApproved: null,
      items: [
        {
          kind: "information",
          title: "Status på helhedsplanerne siden sidste møde",
          summary: "Sekretariatet gennemgår ændringerne i status og vurdering siden sidste bestyrelsesmøde.",
          outcome: "",
          activities: ["Tidlig kriminalitetsforebyggelse", "Bydelssøstre", "Direkte i Job"],
        },
        {
          kind: "decision",
          title: "Fondsansøgning til brobyggerindsatsen",
          summary: "Forslag om at indsende en ansøgning om ekstern finansiering af brobyggerindsatsen.",
          outcome: "",
          activities: ["Brobyggerindsats"],
        },
      ],
    },
  ]);
}

/** Seeds the demo meetings; runs after the demo accounts, whose users own the follow-ups. */
export function seedDemoMeetings(tx: Tx, today: string): void {
  const specs = [aprilMeeting(), ...recentMeetings(today)];
  const titles = [...new Set(specs.flatMap((m) => m.items.flatMap((i) => i.activities)))];
  const activityId = new Map(
    tx
      .select({ id: activities.id, title: activities.title })
      .from(activities)
      .where(inArray(activities.title, titles))
      .all()
      .map((a) => [a.title, a.id]),
  );
  const userId = (email: string) => {
    const user = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (!user) throw new Error(`demo meetings: no demo user ${email}`);
    return user.id;
  };
  for (const spec of specs) {
    const { items, ...meeting } = spec;
    const { id: meetingId } = tx.insert(meetings).values(meeting).returning({ id: meetings.id }).get();
    items.forEach((item, index) => {
      const { activities: linked, followUps: follow = [], ...values } = item;
      const { id: itemId } = tx
        .insert(agendaItems)
        .values({ meetingId, number: index + 1, ...values })
        .returning({ id: agendaItems.id })
        .get();
      for (const title of linked) {
        const id = activityId.get(title);
        if (id === undefined) throw new Error(`demo meetings: no demo activity "${title}"`);
        tx.insert(agendaItemActivities).values({ itemId, activityId: id }).run();
      }
      for (const f of follow) {
        tx.insert(followUps)
          .values({ itemId, what: f.what, ownerId: userId(f.owner), dueOn: f.dueOn, doneOn: f.doneOn })
          .run();
      }
    });
  }
}
