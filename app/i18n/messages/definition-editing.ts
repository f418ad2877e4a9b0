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

export const en: Record<keyof typeof da, string> = {
  "indicatorEdit.title": "Edit indicator: {name}",
  "indicatorEdit.link": "Edit",
  "indicatorEdit.linkLabel": "Edit the indicator {name}",
  "indicatorEdit.editHeading": "Edit the definition",
  "indicatorEdit.reason": "Reason",
  "indicatorEdit.reasonHint": "Required when the baseline or target changes. Shown in the activity's history.",
  "indicatorEdit.save": "Save changes",
  "indicatorEdit.retireHeading": "Retire the indicator",
  "indicatorEdit.retireText":
    "A retired indicator keeps its history and figures, but takes no new figures and does not count towards goal achievement. This cannot be undone: to measure again, create a new indicator.",
  "indicatorEdit.retireReasonHint": "E.g. that another measure replaces it. Shown in the activity's history.",
  "indicatorEdit.retire": "Retire the indicator",
  "indicatorEdit.retired": "Retired {date}",
  "indicatorEdit.retiredNotice":
    "The indicator was retired on {date}. It keeps its history and figures, but takes no new figures, does not count towards goal achievement and can no longer be edited.",
  "indicatorEdit.error.reasonRequired": "Say why the baseline or target changes.",
  "indicatorEdit.error.retireReasonRequired": "Say why the indicator is retired.",
  "indicatorEdit.error.retired": "The indicator is retired and can no longer be edited.",
  "indicatorEdit.error.takesNoActuals": "The indicator is retired and takes no new figures.",
  "conflict.indicator":
    "Someone else changed this indicator since you opened the page. Nothing was saved, and what you typed is still in the form.",

  "timeline.indicatorChanged": "Indicator changed:",
  "timeline.indicatorRetired": "Indicator retired",
  "timeline.indicator": "indicator: {name}",
  "timeline.reason": "Reason: {reason}",
  "timeline.field.name": "Name",

  "milestoneEdit.title": "Edit milestone: {title}",
  "milestoneEdit.link": "Edit",
  "milestoneEdit.linkLabel": "Edit the milestone {title}",
  "milestoneEdit.doneOn": "Reached",
  "milestoneEdit.deleteHeading": "Delete the milestone",
  "milestoneEdit.deleteText":
    "A milestone that is not reached can be deleted, e.g. when it was added by mistake. The audit log keeps the deletion.",
  "milestoneEdit.delete": "Delete the milestone",
  "milestoneEdit.reopenHeading": "Reopen the milestone",
  "milestoneEdit.reopenText":
    "The milestone was reached on {date}. Reopen it if it was not reached after all. A reached milestone cannot be deleted.",
  "milestoneEdit.reopen": "Reopen",
  "milestoneEdit.reopenLabel": "Reopen the milestone {title}",
  "milestoneEdit.error.done": "A reached milestone cannot be deleted. Reopen it first if it was not reached.",
  "milestoneEdit.error.open": "The milestone is not reached, so there is nothing to reopen.",
  "conflict.milestone":
    "Someone else changed this milestone since you opened the page. Nothing was saved, and what you typed is still in the form.",

  "sourcesPage.link": "Funding sources",
  "sourcesPage.localByAdmin": "An administrator decides whether a source counts as local co-financing.",
  "sourcesPage.back": "Back to the funding overview",
  "sourcesPage.none": "There are no funding sources yet. Create the first one with the form below.",
  "conflict.source":
    "Someone else changed this source since you opened the page. Nothing was saved, and what you typed is still in the form.",

  "withdraw.button": "Withdraw",
  "withdraw.label": "Withdraw the line {source} {year}",
  "withdraw.column": "Withdraw",
  "withdraw.hint": "A withdrawn line is deleted and no longer counts. The audit log keeps it.",
  "withdraw.error.stale": "Someone else changed this line since you opened the page, so it was not withdrawn. Check the line as it is now.",

  "saved.indicatorEdited": "The indicator was changed.",
  "saved.definitionUnchanged": "Nothing had changed, so nothing was saved.",
  "saved.indicatorRetired": "The indicator was retired.",
  "saved.milestoneEdited": "The milestone was changed.",
  "saved.milestoneDeleted": "The milestone was deleted.",
  "saved.milestoneReopened": "The milestone was reopened.",
  "saved.fundingWithdrawn": "The funding line was withdrawn.",
  "saved.sourceCreated": "The source {name} was created.",
};
