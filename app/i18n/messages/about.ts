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

export const en: Record<keyof typeof da, string> = {
  "footer.organisation": "The organisation",
  "footer.accessibility": "Accessibility statement",

  "organisation.title": "The organisation",
  "organisation.intro": "The organisations behind the housing-social work: what they do, and which housing areas they cover.",
  "organisation.kind.housing": "Housing organisations",
  "organisation.kind.municipality": "The municipality",
  "organisation.kind.fund": "Funds",
  "organisation.kind.secretariat": "Housing-social secretariats",
  "organisation.kind.partner": "Partners",
  "organisation.covers": "Housing areas",
  "organisation.coversNone": "No particular housing area",
  "organisation.since": "Since {date}",
  "organisation.until": "Until {date}",
  "organisation.none": "No organisations are recorded.",

  "a11y.title": "Accessibility statement",
  "a11y.intro":
    "Boligsocialt Hus wants everyone to be able to use Overblik, also with a screen reader, magnification or the keyboard alone. This statement describes how Overblik meets the Danish act on the accessibility of public bodies' websites and mobile applications, and what you can do if something does not work for you.",
  "a11y.status.heading": "Compliance",
  "a11y.status.text": "Overblik is built to meet WCAG 2.1 at level AA. We know of no content that does not meet the standard.",
  "a11y.how.heading": "How accessibility was assessed",
  "a11y.how.text":
    "Overblik is built on Det Fælles Designsystem (the Danish public design system). Every time the code changes, automated tests check every page with axe-core in a browser, and the main journeys are tested with the keyboard alone. The tests fail when they find a violation.",
  "a11y.notes.heading": "Good to know",
  "a11y.notes.charts":
    "Every chart has its figures in a table just below it, and as a CSV or Excel file. Screen readers read the table instead of the chart.",
  "a11y.notes.colour": "Colour never stands alone: green, amber and red ratings are also shown in words and symbols (●, ▲, ■).",
  "a11y.notes.noScript": "Every page and form works before JavaScript has loaded.",
  "a11y.notes.print": "The board packs can be printed or saved as PDF with the browser's print function.",
  "a11y.feedback.heading": "Feedback and contact",
  "a11y.feedback.text":
    "If you meet an accessibility problem, contact the secretariat of Boligsocialt Hus and describe the page and what does not work. We will fix it or find another way to give you the information.",
  "a11y.complaint.heading": "Complaints",
  "a11y.complaint.text":
    "If you are not satisfied with the answer, you can complain to the Agency for Digital Government (Digitaliseringsstyrelsen), which supervises the accessibility of public bodies' websites.",
  "a11y.date": "This statement was prepared on 26 November 2026.",
};
