/**
 * Applications over several years, the decision and answer dates of funding lines, years outside the plan,
 * and the application figures on /funding (issue 13, items 7–11).
 */
export const da = {
  "application.intro":
    "Én kilde og ét stadie, med et beløb for hvert år, ansøgningen dækker. En ansøgning over flere år gemmes som én linje pr. år, og linjerne hænger sammen: de kan rettes og trækkes tilbage samlet eller hver for sig.",
  "application.amounts": "Beløb pr. år",
  "application.amountsHint": "Hele kroner, fx 250.000 eller 250 000. Lad de år stå tomme, som ansøgningen ikke dækker.",
  "application.yearOutsidePlan": "Uden for helhedsplanens periode: tæller ikke med i nogen helhedsplans lokale medfinansiering.",
  "application.editTitle": "Ret ansøgning: {source} {years}",
  "application.editLink": "Ret ansøgning",
  "application.editLinkLabel": "Ret ansøgningen {source} {years}",
  "application.asApplication": "Ret som ansøgning over flere år",
  "application.save": "Gem ansøgning",
  "application.withdraw": "Træk hele ansøgningen tilbage",
  "application.withdrawHint.one": "Ansøgningens ene linje ({years}) slettes og tæller ikke længere med. Ændringsloggen beholder den.",
  "application.withdrawHint.other":
    "Alle ansøgningens {count} linjer ({years}) slettes og tæller ikke længere med. Ændringsloggen beholder dem.",
  "application.mixed":
    "Ansøgningens år har ikke alle samme kilde, stadie, datoer og note. Gemmer du her, får alle år det, der står i formularen.",
  "application.part": "ansøgning {years}",
  "application.error.noAmount": "Skriv et beløb for mindst ét år.",
  "application.error.stale":
    "Ansøgningen er ændret af en anden, efter at du åbnede den. Se, hvad der er gemt nu; gemmer du igen, erstatter du det med det, der står i formularen.",
  "application.error.staleWithdraw":
    "Ansøgningen er ændret af en anden, efter at du åbnede den, så den er ikke trukket tilbage. Se ansøgningen, som den er nu.",
  "saved.application": "Finansieringen er gemt.",
  "saved.applicationWithdrawn": "Ansøgningen er trukket tilbage.",
  "funding.editTitle": "Ret: {source} {year}",
  "funding.cancel": "Annuller",
  "funding.expectedAnswerOn": "Forventet svar",
  "funding.expectedAnswerHint": "Hvornår kilden forventes at svare (valgfrit).",
  "funding.decidedOnHint":
    "Skal udfyldes, når stadiet er bevilget, udbetalt eller afslået. Gemmes ikke for mulige kilder og ansøgte linjer.",
  "funding.decision": "Afgørelse",
  "funding.awaiting": "Afventer svar",
  "funding.awaitingExpected": "Afventer svar, forventet {date}",
  "funding.outsidePlan": "uden for planen",
  "funding.outsidePlanNote":
    "„Uden for planen“: året ligger uden for helhedsplanens periode og tæller ikke med i nogen helhedsplans lokale medfinansiering.",
  "funding.yearOption.outsidePlan": "{year} (uden for planen)",
  "funding.error.decidedOnRequired": "Skriv afgørelsesdatoen. Den skal med, når stadiet er bevilget, udbetalt eller afslået.",
  "funding.error.yearTaken": "Ansøgningen har allerede en linje for det år.",
  "fundingPage.pipelineNote":
    "Tæller ansøgninger til andre kilder end helhedsplanens grundfinansiering fra Landsbyggefonden, kommunen og boligorganisationerne. En ansøgning over flere år tæller én gang, og beløbet er summen af dens år; har årene forskellige stadier, tæller den med under hvert af dem.",
  "fundingPage.nextDate": "Frist eller svar",
  "fundingPage.openNote": "Fristen gælder mulige kilder, der endnu ikke er søgt. En ansøgt linje afventer svar.",
  "fundingPage.decided": "Afgjorte ansøgninger",
  "fundingPage.noDecided": "Der er ingen afgjorte ansøgninger.",
  "fundingPage.applicationsCsv": "Hent ansøgningerne som CSV",
  "csv.activityId": "aktivitet_id",
  "csv.activity": "aktivitet",
  "csv.application": "ansoegning",
  "csv.source": "kilde",
  "csv.year": "aar",
  "csv.countsTowardPlan": "taeller_i_planens_medfinansiering",
  "csv.amount": "beloeb_kr",
  "csv.stage": "stadie",
  "csv.deadline": "ansoegningsfrist",
  "csv.expectedAnswer": "forventet_svar",
  "csv.decidedOn": "afgoerelsesdato",
  "csv.note": "note",
} as const;
