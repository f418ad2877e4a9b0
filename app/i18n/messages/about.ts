/** Pages about the service itself: the organisations behind it, and the accessibility statement. */
export const da = {
  "footer.organisation": "Organisationen",
  "footer.accessibility": "Tilgængelighedserklæring",

  "organisation.title": "Organisationen",
  "organisation.intro": "Organisationerne bag det boligsociale arbejde: hvad de gør, og hvilke boligområder de dækker.",
  "organisation.kind.housing": "Boligorganisationer",
  "organisation.kind.municipality": "Kommunen",
  "organisation.kind.fund": "Fonde",
  "organisation.kind.secretariat": "Boligsociale sekretariater",
  "organisation.kind.partner": "Samarbejdspartnere",
  "organisation.covers": "Boligområder",
  "organisation.coversNone": "Intet bestemt boligområde",
  "organisation.since": "Siden den {date}",
  "organisation.until": "Indtil den {date}",
  "organisation.none": "Der er ikke registreret nogen organisationer.",

  "a11y.title": "Tilgængelighedserklæring",
  "a11y.intro":
    "Boligsocialt Hus ønsker, at alle kan bruge Overblik, også med skærmlæser, forstørrelse eller kun tastatur. Erklæringen beskriver, hvordan Overblik lever op til lov om tilgængelighed af offentlige organers websteder og mobilapplikationer, og hvad du kan gøre, hvis noget ikke virker for dig.",
  "a11y.status.heading": "Overholdelse",
  "a11y.status.text":
    "Overblik er udviklet til at overholde standarden WCAG 2.1 på niveau AA. Vi kender ikke til indhold, der ikke overholder standarden.",
  "a11y.how.heading": "Sådan er tilgængeligheden vurderet",
  "a11y.how.text":
    "Overblik er bygget på Det Fælles Designsystem. Hver gang koden ændres, kontrollerer automatiske test hver side med værktøjet axe-core i en browser, og de vigtigste arbejdsgange testes med tastaturet alene. Testene fejler, hvis de finder en overtrædelse.",
  "a11y.notes.heading": "Godt at vide",
  "a11y.notes.charts":
    "Alle grafer har deres tal i en tabel lige under grafen, og tallene kan hentes som CSV- og Excel-fil. Skærmlæsere læser tabellen i stedet for grafen.",
  "a11y.notes.colour": "Farver står aldrig alene: grøn, gul og rød vurdering vises også med ord og symboler (●, ▲, ■).",
  "a11y.notes.noScript": "Alle sider og formularer virker, før JavaScript er indlæst.",
  "a11y.notes.print": "Bestyrelsesmaterialet kan udskrives eller gemmes som PDF med browserens udskriftsfunktion.",
  "a11y.feedback.heading": "Feedback og kontakt",
  "a11y.feedback.text":
    "Oplever du problemer med tilgængeligheden, så kontakt sekretariatet i Boligsocialt Hus og beskriv, hvilken side det drejer sig om, og hvad der ikke virker. Så retter vi det eller finder en anden måde at give dig oplysningerne på.",
  "a11y.complaint.heading": "Klagemulighed",
  "a11y.complaint.text":
    "Er du ikke tilfreds med svaret, kan du klage til Digitaliseringsstyrelsen, som fører tilsyn med tilgængeligheden af offentlige organers websteder.",
  "a11y.date": "Erklæringen er udarbejdet den 26. november 2026.",
} as const;
