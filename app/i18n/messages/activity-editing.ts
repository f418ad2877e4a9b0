/** Creating, editing and deleting activities (`/activities/new`, `/activities/:id/edit`). */
export const da = {
  "activityForm.newLink": "Ny aktivitet",
  "activityForm.newTitle": "Ny aktivitet",
  "activityForm.newIntro":
    "Opret en aktivitet i en helhedsplan. Status, vurdering og fremdrift meldes derefter med statusopdateringer på aktivitetens side.",
  "activityForm.create": "Opret aktiviteten",
  "activityForm.editLink": "Ret aktivitet",
  "activityForm.editTitle": "Ret aktivitet: {title}",
  "activityForm.editIntro": "Status ændres ikke her, men med en statusopdatering på aktivitetens side.",
  "activityForm.save": "Gem ændringerne",
  "activityForm.backTo": "Tilbage til {title}",
  "activityForm.backToList": "Tilbage til aktiviteterne",

  "activityForm.field.title": "Titel",
  "activityForm.field.plan": "Helhedsplan",
  "activityForm.field.planHint": "Aktiviteten hører til én helhedsplan og kører i boligområder, som planen dækker.",
  "activityForm.field.planDetails": "{period}. Dækker {areas}.",
  "activityForm.field.planFixed": "Kun en administrator kan flytte aktiviteten til en anden helhedsplan.",
  "activityForm.field.focus": "Indsatsområde",
  "activityForm.field.focusChoose": "Vælg et indsatsområde",
  "activityForm.field.areas": "Boligområder, aktiviteten kører i",
  "activityForm.field.areasHint": "Vælg mindst ét. Den valgte helhedsplan skal dække dem (se under planerne).",
  "activityForm.field.areasHintManager": "Vælg mindst ét af dine boligområder. Aktivitetens helhedsplan skal dække dem.",
  "activityForm.field.otherAreas": "Aktiviteten kører også i {areas}. Dem kan kun en administrator eller deres projektleder fjerne.",
  "activityForm.field.budget": "Budget i kroner",
  "activityForm.field.budgetHint": "Hele kroner, fx 250.000. Lad feltet stå tomt, hvis budgettet ikke kendes endnu (0 kr.).",
  "activityForm.field.budgetFixed": "Budgettet på {amount} kan kun ændres af en administrator.",
  "activityForm.field.budgetNew": "En ny aktivitet starter med et budget på 0 kr. Budgettet sættes af en administrator.",
  "activityForm.field.startsOn": "Startdato",
  "activityForm.field.endsOn": "Slutdato",
  "activityForm.field.periodHint":
    "Begge datoer kan udelades. Perioden må gerne række ud over helhedsplanens, fx når en fond betaler en fortsættelse.",
  "activityForm.field.status": "Status ved start",
  "activityForm.field.statusHint": "Senere ændres status med en statusopdatering.",
  "activityForm.field.purpose": "Formål",
  "activityForm.field.targetGroup": "Målgruppe",
  "activityForm.field.content": "Indhold",
  "activityForm.field.partners": "Samarbejdspartnere",
  "activityForm.field.responsible": "Ansvarlig",
  "activityForm.field.responsibleHint": "Navnet på den ansvarlige, fx projektlederen.",

  "activityForm.error.plan": "Vælg en helhedsplan på listen.",
  "activityForm.error.focus": "Vælg et indsatsområde på listen.",
  "activityForm.error.status": "En ny aktivitet starter som idé, planlagt eller aktiv. Vælg en af dem.",
  "activityForm.error.areasRequired": "Vælg mindst ét boligområde. En aktivitet kører altid i mindst ét.",
  "activityForm.error.outsidePlan": "Den valgte helhedsplan dækker ikke disse boligområder:",

  "activityForm.delete.heading": "Slet aktiviteten",
  "activityForm.delete.text":
    "Er aktiviteten oprettet ved en fejl, kan den slettes. Der er intet registreret om den endnu, så intet andet forsvinder med den.",
  "activityForm.delete.button": "Slet aktiviteten",
  "activityForm.delete.refused":
    "Aktiviteten kan ikke slettes, fordi der er registreret statusopdateringer, indikatorer, milepæle, finansiering eller fundraising-markeringer for den. Afslut den i stedet med en statusopdatering med status Stoppet eller Afsluttet.",
  "activityForm.delete.toUpdates": "Skriv en statusopdatering",

  "conflict.activity":
    "Aktiviteten er ændret af en anden, efter at du åbnede formularen (det kan være en statusopdatering). Intet er gemt, og det, du skrev, står stadig i formularen.",
  "conflict.activityDelete":
    "Aktiviteten er ændret af en anden, efter at du åbnede siden, og er ikke slettet. Se ændringen, før du sletter.",

  "saved.activity": "Aktiviteten er gemt.",
  "saved.activityCreated": "Aktiviteten er oprettet.",
  "saved.activityDeleted": "Aktiviteten {name} er slettet.",
} as const;
