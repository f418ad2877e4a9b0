import type { da } from "../about";

/** The English of ../about.ts, typed by its Danish: a key missing here is a compile error. */
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
