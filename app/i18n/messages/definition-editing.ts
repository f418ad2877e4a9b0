/**
 * Changing what an activity is measured against and funded by: editing and retiring indicators (and their
 * revisions on the timeline), editing, deleting and reopening milestones, funding sources for fundraisers,
 * and withdrawing funding lines.
 */
export const da = {
  "indicatorEdit.title": "Ret indikator: {name}",
  "indicatorEdit.link": "Ret",
  "indicatorEdit.linkLabel": "Ret indikatoren {name}",
  "indicatorEdit.editHeading": "Ret definitionen",
  "indicatorEdit.reason": "Begrundelse",
  "indicatorEdit.reasonHint": "Skal udfyldes, når udgangspunkt eller mål ændres. Vises i aktivitetens historik.",
  "indicatorEdit.save": "Gem ændringerne",
  "indicatorEdit.retireHeading": "Lad indikatoren udgå",
  "indicatorEdit.retireText":
    "En udgået indikator beholder sin historik og sine tal, men tager ikke imod nye tal og tæller ikke med i målopfyldelsen. Det kan ikke fortrydes: skal der måles igen, så opret en ny indikator.",
  "indicatorEdit.retireReasonHint": "Fx at målingen er erstattet af en anden. Vises i aktivitetens historik.",
  "indicatorEdit.retire": "Lad indikatoren udgå",
  "indicatorEdit.retired": "Udgået {date}",
  "indicatorEdit.retiredNotice":
    "Indikatoren udgik den {date}. Den beholder sin historik og sine tal, men tager ikke imod nye tal, tæller ikke med i målopfyldelsen og kan ikke længere rettes.",
  "indicatorEdit.error.reasonRequired": "Skriv, hvorfor udgangspunkt eller mål ændres.",
  "indicatorEdit.error.retireReasonRequired": "Skriv, hvorfor indikatoren udgår.",
  "indicatorEdit.error.retired": "Indikatoren er udgået og kan ikke længere rettes.",
  "indicatorEdit.error.takesNoActuals": "Indikatoren er udgået og tager ikke imod nye tal.",
  "conflict.indicator":
    "Indikatoren er ændret af en anden, efter at du åbnede formularen. Intet er gemt, og det, du skrev, står stadig i formularen.",

  "timeline.indicatorChanged": "Indikator ændret:",
  "timeline.indicatorRetired": "Indikator udgået",
  "timeline.indicator": "indikator: {name}",
  "timeline.reason": "Begrundelse: {reason}",
  "timeline.field.name": "Navn",

  "milestoneEdit.title": "Ret milepæl: {title}",
  "milestoneEdit.link": "Ret",
  "milestoneEdit.linkLabel": "Ret milepælen {title}",
  "milestoneEdit.doneOn": "Nået",
  "milestoneEdit.deleteHeading": "Slet milepælen",
  "milestoneEdit.deleteText":
    "En milepæl, der ikke er nået, kan slettes, fx hvis den er oprettet ved en fejl. Sletningen står i ændringsloggen.",
  "milestoneEdit.delete": "Slet milepælen",
  "milestoneEdit.reopenHeading": "Genåbn milepælen",
  "milestoneEdit.reopenText":
    "Milepælen blev nået den {date}. Genåbn den, hvis den alligevel ikke er nået. En nået milepæl kan ikke slettes.",
  "milestoneEdit.reopen": "Genåbn",
  "milestoneEdit.reopenLabel": "Genåbn milepælen {title}",
  "milestoneEdit.error.done": "En nået milepæl kan ikke slettes. Genåbn den først, hvis den ikke er nået.",
  "milestoneEdit.error.open": "Milepælen er ikke nået, så der er intet at genåbne.",
  "conflict.milestone":
    "Milepælen er ændret af en anden, efter at du åbnede formularen. Intet er gemt, og det, du skrev, står stadig i formularen.",

  "sourcesPage.link": "Finansieringskilder",
  "sourcesPage.localByAdmin": "En administrator afgør, om en kilde tæller som lokal medfinansiering.",
  "sourcesPage.back": "Tilbage til finansieringsoverblikket",
  "sourcesPage.none": "Der er ingen finansieringskilder endnu. Opret den første med formularen herunder.",
  "conflict.source":
    "Kilden er ændret af en anden, efter at du åbnede formularen. Intet er gemt, og det, du skrev, står stadig i formularen.",

  "withdraw.button": "Træk tilbage",
  "withdraw.label": "Træk linjen {source} {year} tilbage",
  "withdraw.column": "Træk tilbage",
  "withdraw.hint": "En linje, der trækkes tilbage, slettes og tæller ikke længere med. Ændringsloggen beholder den.",
  "withdraw.error.stale":
    "Linjen er ændret af en anden, efter at du åbnede siden, så den er ikke trukket tilbage. Se linjen, som den er nu.",

  "saved.indicatorEdited": "Indikatoren er ændret.",
  "saved.definitionUnchanged": "Intet var ændret, så intet er gemt.",
  "saved.indicatorRetired": "Indikatoren er udgået.",
  "saved.milestoneEdited": "Milepælen er ændret.",
  "saved.milestoneDeleted": "Milepælen er slettet.",
  "saved.milestoneReopened": "Milepælen er genåbnet.",
  "saved.fundingWithdrawn": "Finansieringslinjen er trukket tilbage.",
  "saved.sourceCreated": "Kilden {name} er oprettet.",
} as const;
