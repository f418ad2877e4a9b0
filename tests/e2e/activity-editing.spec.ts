import { expect, expectAccessible, SIGNED_OUT, signInAs, test } from "./fixtures";

/** Creating, editing and deleting an activity in the browser (issue 10, item 4). Each test makes its own. */

test.describe("as an administrator", () => {
  test.use({ signedInAs: "admin" });

  test("creates an activity, is told of an area outside the plan, edits it (a second tab is told) and deletes it", async ({
    page,
    context,
  }) => {
    await page.goto("/activities");
    await page.getByRole("link", { name: "Ny aktivitet" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ny aktivitet" })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Titel").fill("Sommerskole i Vollsmose");
    await page.getByLabel(/^Boligsocial helhedsplan Vollsmose 2025/).check();
    await page.getByRole("group", { name: "Boligområder, aktiviteten kører i" }).getByLabel("Vollsmose").check();
    await page.getByRole("group", { name: "Boligområder, aktiviteten kører i" }).getByLabel("Korsløkken").check();
    await page.getByLabel("Indsatsområde").selectOption({ label: "Uddannelse og livschancer" });
    await page.getByLabel("Budget i kroner").fill("1.250.000");
    await page.getByLabel("Startdato").fill("2026-07-01");
    await page.getByLabel("Formål").fill("Flere børn klar til skolestart.");
    await page.getByRole("button", { name: "Opret aktiviteten" }).click();

    // Korsløkken is not in the Vollsmose plan: named beside the areas, and what was typed is kept.
    const areas = page.getByRole("group", { name: "Boligområder, aktiviteten kører i" });
    await expect(areas).toContainText("Den valgte helhedsplan dækker ikke disse boligområder:");
    await expect(areas.getByRole("listitem")).toHaveText(["Korsløkken"]);
    await expect(page.getByLabel("Formål")).toHaveValue("Flere børn klar til skolestart.");
    await expect(page.getByLabel("Budget i kroner")).toHaveValue("1.250.000");
    await expectAccessible(page);

    await areas.getByLabel("Korsløkken").uncheck();
    await page.getByRole("button", { name: "Opret aktiviteten" }).click();
    await expect(page.getByText("Aktiviteten er oprettet.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Sommerskole i Vollsmose" })).toBeVisible();
    await expect(page.locator(".fact-list").first()).toContainText("Flere børn klar til skolestart.");
    await expect(page.locator(".fact-list").nth(1)).toContainText("1.250.000");

    await page.getByRole("link", { name: "Ret aktivitet" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ret aktivitet: Sommerskole i Vollsmose" })).toBeVisible();
    await expectAccessible(page);
    const second = await context.newPage();
    await second.goto(page.url());
    await page.getByLabel("Titel").fill("Sommerskole for indskolingen");
    await page.getByRole("button", { name: "Gem ændringerne" }).click();
    await expect(page.getByText("Aktiviteten er gemt.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Sommerskole for indskolingen" })).toBeVisible();

    // The second tab still holds the old version: told what is stored now, and what was typed is kept.
    await second.getByLabel("Budget i kroner").fill("900.000");
    await second.getByRole("button", { name: "Gem ændringerne" }).click();
    const notice = second.getByRole("alert").filter({ hasText: "Aktiviteten er ændret af en anden" });
    await expect(notice).toContainText("Sommerskole for indskolingen");
    await expect(second.getByLabel("Budget i kroner")).toHaveValue("900.000");
    await expect(second.getByLabel("Titel")).toHaveValue("Sommerskole i Vollsmose");
    await expectAccessible(second);
    await second.close();

    // Nothing has been recorded about it yet, so it may be deleted as a mistaken entry.
    await page.getByRole("link", { name: "Ret aktivitet" }).click();
    await page.getByRole("button", { name: "Slet aktiviteten" }).click();
    await expect(page).toHaveURL(/\/activities\?saved=activityDeleted/);
    await expect(page.getByText("Aktiviteten Sommerskole for indskolingen er slettet.")).toBeVisible();
  });

  test("an activity with a history offers no delete, but says how to end it", async ({ page }) => {
    await page.goto("/activities?q=Bydelss%C3%B8stre");
    await page.getByRole("link", { name: "Bydelssøstre", exact: true }).click();
    await page.getByRole("link", { name: "Ret aktivitet" }).click();
    await expect(page.getByRole("button", { name: "Slet aktiviteten" })).toHaveCount(0);
    await expect(page.getByText("Afslut den i stedet med en statusopdatering")).toBeVisible();
  });
});

test("a manager creates an activity in their area without JavaScript; the budget is not theirs to set", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: SIGNED_OUT });
  const page = await context.newPage();
  await page.goto("/activities/new");
  await signInAs(page, "manager.vollsmose@overblik.test");
  await expect(page).toHaveURL(/\/activities\/new$/);
  await expect(page.getByLabel("Budget i kroner")).toHaveCount(0);
  await expect(page.getByText("En ny aktivitet starter med et budget på 0 kr.")).toBeVisible();
  // Only their own area is offered.
  await expect(page.getByRole("group", { name: "Boligområder, aktiviteten kører i" }).getByRole("checkbox")).toHaveCount(1);

  await page.getByLabel(/^Boligsocial helhedsplan Vollsmose 2025/).check();
  await page.getByLabel("Vollsmose", { exact: true }).check();
  await page.getByLabel("Indsatsområde").selectOption({ label: "Sammenhængskraft og medborgerskab" });
  await page.getByLabel("Målgruppe").fill("Forældre til skolebørn");
  await page.getByRole("button", { name: "Opret aktiviteten" }).click();
  // No title: 400, the message beside the field, and the rest kept.
  await expect(page.locator("#activity-title-error")).toHaveText("Feltet skal udfyldes.");
  await expect(page.getByLabel("Titel")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Målgruppe")).toHaveValue("Forældre til skolebørn");
  await expect(page.getByLabel("Vollsmose", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Indsatsområde")).toHaveValue("cohesion");
  await page.screenshot({ path: "test-results/manager-new-activity-400.png", fullPage: true });

  await page.getByLabel("Titel").fill("Forældrecafé");
  await page.getByRole("button", { name: "Opret aktiviteten" }).click();
  await expect(page.getByText("Aktiviteten er oprettet.")).toBeVisible();
  await expect(page.locator(".fact-list").nth(1)).toContainText("0");

  await page.getByRole("link", { name: "Ret aktivitet" }).click();
  await expect(page.getByLabel("Budget i kroner")).toHaveCount(0);
  await expect(page.getByText("Budgettet på 0\u00a0kr. kan kun ændres af en administrator.")).toBeVisible();
  await page.screenshot({ path: "test-results/manager-edit-activity.png", fullPage: true });
  await page.getByLabel("Indhold").fill("Cafémøder hver anden torsdag.");
  await page.getByRole("button", { name: "Gem ændringerne" }).click();
  await expect(page.getByText("Aktiviteten er gemt.")).toBeVisible();
  await context.close();
});
