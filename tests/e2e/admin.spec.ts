import { expect, expectAccessible, SIGNED_OUT, signInAs, test } from "./fixtures";

test.use({ signedInAs: "admin" });

test("an admin creates a programme manager with the keyboard, and the new manager signs in", async ({ page, browser }) => {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Brugere" })).toBeVisible();
  await expectAccessible(page);

  // A refused form keeps what was typed and says what is wrong beside the field.
  await page.getByLabel("E-mail", { exact: true }).fill("ny.leder@overblik.test");
  await page.getByLabel("Navn").fill("Ny Leder");
  await page.getByLabel("Rolle").selectOption("manager");
  await page.getByLabel("Adgangskode").fill("kort");
  await page.getByRole("button", { name: "Opret bruger" }).click();
  await expect(page.getByText("En projektleder skal have mindst ét boligområde.").first()).toBeVisible();
  await expect(page.getByLabel("Navn")).toHaveValue("Ny Leder");
  await expect(page.getByLabel("Adgangskode")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByRole("checkbox", { name: "Ejerslykke" }).check();
  await page.getByLabel("Adgangskode").fill("et-langt-kodeord");
  await page.getByLabel("Adgangskode").press("Enter");
  await expect(page.getByText("Brugeren ny.leder@overblik.test er oprettet.")).toBeVisible();

  // A browser of their own: not signed in as the admin.
  const context = await browser.newContext({ storageState: SIGNED_OUT });
  const other = await context.newPage();
  await other.goto("/");
  await signInAs(other, "ny.leder@overblik.test", "et-langt-kodeord");
  await expect(other.getByText("Ny Leder")).toBeVisible();
  // Not an admin: no user administration in the menu, and 403 if typed in.
  await expect(other.getByRole("link", { name: "Brugere" })).toHaveCount(0);
  const res = await other.goto("/admin/users");
  expect(res?.status()).toBe(403);
  await expect(other.getByRole("heading", { name: "Du har ikke adgang" })).toBeVisible();
  await context.close();

  await page.getByRole("link", { name: "Administration" }).click();
  await page.getByRole("link", { name: "Ændringslog" }).click();
  await expect(page.getByRole("cell", { name: "Bruger oprettet" }).first()).toBeVisible();
  await expectAccessible(page);
});
