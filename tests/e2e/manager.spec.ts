import { expect, expectAccessible, SIGNED_OUT, signInAs, test } from "./fixtures";

test.use({ signedInAs: "managerVollsmose" });

test("a manager brings Bydelssøstre up to date from My activities, and a second tab is told of the conflict", async ({ page, context }) => {
  await page.goto("/my");
  await expect(page.getByRole("heading", { level: 1, name: "Mine aktiviteter" })).toBeVisible();
  await expect(page.getByText("Ikke opdateret i 90 dage").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Bydelssøstre", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bydelssøstre" })).toBeVisible();
  await expectAccessible(page);

  // Open the same activity in a second tab before saving in the first.
  const second = await context.newPage();
  await second.goto(page.url());

  // Keyboard only: choose amber, give a reason and a note, save with Enter.
  await page.getByLabel("Gul").check();
  await page.getByLabel("Begrundelse for vurderingen").fill("To frivillige er stoppet");
  await page.getByLabel("Note").fill("Vi rekrutterer nye bydelssøstre i august.");
  await page.getByRole("button", { name: "Gem statusopdatering" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Statusopdateringen er gemt.")).toBeVisible();
  const timeline = page.locator("ol.timeline > li").first();
  await expect(timeline).toContainText("To frivillige er stoppet");
  await expect(timeline).toContainText("Vi rekrutterer nye bydelssøstre i august.");
  await expect(timeline).toContainText("Gul");
  await expect(page.locator(".activity-badges")).toContainText("Gul");

  // The second tab still holds the old version: it is told, and keeps what was typed.
  await second.getByLabel("Rød").check();
  await second.getByLabel("Begrundelse for vurderingen").fill("Lokalet er lukket");
  await second.getByLabel("Note").fill("Min tekst fra fane to.");
  await second.getByRole("button", { name: "Gem statusopdatering" }).click();
  await expect(second.getByRole("heading", { name: "En anden har opdateret aktiviteten imens" })).toBeVisible();
  await expect(second.locator(".conflict")).toContainText("To frivillige er stoppet");
  await expect(second.getByLabel("Note")).toHaveValue("Min tekst fra fane to.");
  await expect(second.getByLabel("Begrundelse for vurderingen")).toHaveValue("Lokalet er lukket");
  await expect(second.getByLabel("Rød")).toBeChecked();
  await expectAccessible(second);

  // Saving again is a deliberate second try with the new version: it goes through.
  await second.getByRole("button", { name: "Gem statusopdatering" }).click();
  await expect(second.getByText("Statusopdateringen er gemt.")).toBeVisible();
  await expect(second.locator("ol.timeline > li").first()).toContainText("Min tekst fra fane to.");
  await second.close();
});

test("a refused update keeps the typed text without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: SIGNED_OUT });
  const page = await context.newPage();
  await page.goto("/my");
  await signInAs(page, "manager.vollsmose@overblik.test");
  await page.getByRole("link", { name: "Opdater Nabohjælp" }).click();
  await expect(page).toHaveURL(/\/activities\/\d+\/updates$/);
  await page.getByLabel("Rød").check();
  await page.getByLabel("Note").fill("Tekst der skal overleve");
  await page.getByRole("button", { name: "Gem statusopdatering" }).click();
  await expect(page.getByText("Skriv en begrundelse, når vurderingen er gul eller rød.").first()).toBeVisible();
  await expect(page.getByLabel("Note")).toHaveValue("Tekst der skal overleve");
  await context.close();
});
