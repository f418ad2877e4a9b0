import type { da } from "../definition-editing";

/** The English of ../definition-editing.ts, typed by its Danish: a key missing here is a compile error. */
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
