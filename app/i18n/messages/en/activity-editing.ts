import type { da } from "../activity-editing";

/** The English of ../activity-editing.ts, typed by its Danish: a key missing here is a compile error. */
export const en: Record<keyof typeof da, string> = {
  "activityForm.newLink": "New activity",
  "activityForm.newTitle": "New activity",
  "activityForm.newIntro":
    "Create an activity in a plan. Status, health and progress are reported afterwards with status updates on the activity's page.",
  "activityForm.create": "Create the activity",
  "activityForm.editLink": "Edit activity",
  "activityForm.editTitle": "Edit activity: {title}",
  "activityForm.editIntro": "The status is not changed here, but with a status update on the activity's page.",
  "activityForm.save": "Save the changes",
  "activityForm.backTo": "Back to {title}",
  "activityForm.backToList": "Back to the activities",

  "activityForm.field.title": "Title",
  "activityForm.field.plan": "Plan",
  "activityForm.field.planHint": "The activity belongs to one plan and runs in housing areas the plan covers.",
  "activityForm.field.planDetails": "{period}. Covers {areas}.",
  "activityForm.field.planFixed": "Only an administrator can move the activity to another plan.",
  "activityForm.field.focus": "Focus area",
  "activityForm.field.focusChoose": "Choose a focus area",
  "activityForm.field.areas": "Housing areas the activity runs in",
  "activityForm.field.areasHint": "Choose at least one. The chosen plan must cover them (see under the plans).",
  "activityForm.field.areasHintManager": "Choose at least one of your housing areas. The activity's plan must cover them.",
  "activityForm.field.otherAreas":
    "The activity also runs in {areas}. Only an administrator or their programme manager can take it out of those.",
  "activityForm.field.budget": "Budget in kroner",
  "activityForm.field.budgetHint": "Whole kroner, e.g. 250000. Leave it empty if the budget is not known yet (DKK 0).",
  "activityForm.field.budgetFixed": "The budget of {amount} can only be changed by an administrator.",
  "activityForm.field.budgetNew": "A new activity starts with a budget of DKK 0. An administrator sets the budget.",
  "activityForm.field.startsOn": "Start date",
  "activityForm.field.endsOn": "End date",
  "activityForm.field.periodHint":
    "Both dates may be left out. The period may outlast the plan's, e.g. when a foundation pays for a continuation.",
  "activityForm.field.status": "Status at the start",
  "activityForm.field.statusHint": "Later, the status changes with a status update.",
  "activityForm.field.purpose": "Purpose",
  "activityForm.field.targetGroup": "Target group",
  "activityForm.field.content": "Content",
  "activityForm.field.partners": "Partners",
  "activityForm.field.responsible": "Responsible",
  "activityForm.field.responsibleHint": "The name of the person responsible, e.g. the programme manager.",

  "activityForm.error.plan": "Choose a plan from the list.",
  "activityForm.error.focus": "Choose a focus area from the list.",
  "activityForm.error.status": "A new activity starts as an idea, planned or active. Choose one of those.",
  "activityForm.error.areasRequired": "Choose at least one housing area. An activity always runs in at least one.",
  "activityForm.error.outsidePlan": "The chosen plan does not cover these housing areas:",

  "activityForm.delete.heading": "Delete the activity",
  "activityForm.delete.text":
    "If the activity was created by mistake, it can be deleted. Nothing has been recorded about it yet, so nothing else goes with it.",
  "activityForm.delete.button": "Delete the activity",
  "activityForm.delete.refused":
    "The activity cannot be deleted, because status updates, indicators, milestones, funding or fundraising flags have been recorded for it. End it instead with a status update with the status Stopped or Completed.",
  "activityForm.delete.toUpdates": "Report a status update",

  "conflict.activity":
    "Someone else changed this activity since you opened the page (perhaps with a status update). Nothing was saved, and what you typed is still in the form.",
  "conflict.activityDelete":
    "Someone else changed this activity since you opened the page, and it was not deleted. Look at the change before deleting.",

  "saved.activity": "The activity was saved.",
  "saved.activityCreated": "The activity was created.",
  "saved.activityDeleted": "The activity {name} was deleted.",
};
