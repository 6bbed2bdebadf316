// axe-core on every kind of view, in light and dark.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, heading } from "./helpers.js";

const views = [
  ["the front page", "/", ".cards .card"],
  ["an alert", "/alerts/azerbaijan-red-flag-update-3", ".alert-body"],
  ["a right-to-left alert", "/alerts/example-protection-of-civilians-ar", ".alert-body"],
  ["an alert in the app (from a list)", "/alerts/azerbaijan-red-flag-update-3?country=AZ", ".alert-body"],
  ["a country timeline", "/countries/AM", ".event"],
  ["a later page of a type's list", "/types/statement/page/2", ".cards .card"],
  ["an update with its Compare box open", "/alerts/example-myanmar-red-flag-update-2#compare", ".passages"],
  ["an alert with Cite this alert open", "/alerts/example-myanmar-red-flag-update-2#cite", ".cite-list"],
  ["the map and board", "/map", ".board tbody tr"],
  ["the map in the app, filtered and framed", "/map?type=statement&region=south-caucasus", ".board tbody tr"],
  ["the board panel for partners", "/embed/board?region=horn-of-africa", ".board tbody tr"],
  ["the 404 view", "/no/such/page", ".not-found"],
];

for (const scheme of ["light", "dark"]) {
  for (const [name, path, ready] of views) {
    test(`${name} has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await heading(page);
      await expect(page.locator(ready).first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary).toEqual([]);
    });
  }
}

// The phone's header (languages folded, then opened) and the browse links
// under the list.
for (const [path, scheme] of [["/years/2023", "dark"], ["/ar/page/2", "light"]]) {
  test(`a list on a phone, its languages opened, has no axe violations (${path}, ${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(path);
    await heading(page);
    await page.locator(".languages summary").click();
    await expect(page.locator(".languages ul a").first()).toBeVisible();
    await expect(page.locator(".browse a").first()).toBeAttached();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("the draft preview has no axe violations", async ({ page }) => {
  await page.goto("/preview");
  await heading(page);
  let results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.locator("#draft-file").setInputFiles(new URL("../../samples/drafts/broken-draft.json", import.meta.url).pathname);
  await expect(page.locator(".problem").first()).toBeVisible();
  await page.locator("#draft-file").setInputFiles(new URL("../../samples/drafts/example-draft.json", import.meta.url).pathname);
  await expect(page.locator(".draft-banner")).toBeVisible();
  results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

// The editor, with problems beside its fields (a blank start has some), in
// light and dark, on a phone, and with an Arabic alert (right to left).
const editorCases = [
  ["a blank start with its problems, light", { scheme: "light" }, null],
  ["a blank start with its problems, dark", { scheme: "dark" }, null],
  ["a blank start on a phone, dark", { scheme: "dark", phone: true }, null],
  ["an Arabic alert", { scheme: "light" }, "example-protection-of-civilians-ar"],
  ["an Arabic alert, dark, in a browser that prefers Arabic", { scheme: "dark", locale: "ar-EG" }, "example-protection-of-civilians-ar"],
];
for (const [name, { scheme, phone, locale }, id] of editorCases) {
  test.describe(() => {
    if (locale) test.use({ locale });
    test(`the editor has no axe violations: ${name}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      if (phone) await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/preview");
      await heading(page);
      if (id) {
        await page.locator("#start-edit").fill(id);
        await page.getByRole("button", { name: "Edit it" }).click();
        await expect(page.locator("#field-title")).toHaveAttribute("dir", "rtl");
      } else {
        await page.getByRole("button", { name: "Start a new alert" }).click();
        await page.locator("#save-download").click();
        await expect(page.locator(".field-problems .problem-error").first()).toBeVisible();
      }
      await expect(page.locator(".draft-frame")).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  });
}
