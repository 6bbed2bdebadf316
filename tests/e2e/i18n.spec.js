// The reader in the reader's language: the language a first visit gets,
// the switcher and what it remembers, Arabic laid out right to left, axe in
// Arabic, and the browser's own Intl.DisplayNames agreeing with the names
// the build wrote. (The plural rules are checked against Intl.PluralRules
// natively: crates/model/src/i18n/plural.rs.)
import { readFileSync, readdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, heading } from "./helpers.js";

const ALERT = "azerbaijan-red-flag-update-3";
const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));
const messages = (tag) => read(`locales/${tag}.json`);
// Every interface language: one messages file each (build.rs reads the same).
const TAGS = readdirSync(new URL("../../locales", import.meta.url))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -5));

test.describe("a browser that prefers French", () => {
  test.use({ locale: "fr-CA" });

  test("is sent to the French page of a shared English link, and of the front page", async ({ page }) => {
    await page.goto(`/alerts/${ALERT}?utm_source=x#main`);
    await expect(page).toHaveURL(new RegExp(`/fr/alerts/${ALERT}\\?utm_source=x#main$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.locator(".back a")).toHaveText(messages("fr")["alert.back"]);
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(page.locator("h1")).toHaveText(messages("fr")["home.heading"]);
  });

  test("keeps the language a reader chose with the switcher", async ({ page }) => {
    await page.goto(`/fr/alerts/${ALERT}`);
    await page.locator(".languages a[hreflang=en]").click();
    await expect(page).toHaveURL(new RegExp(`/alerts/${ALERT}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // Chosen, so no longer sent to French, on any page, with or without the app.
    await page.goto("/countries/AM");
    await expect(page.locator("h1")).toHaveText("Armenia");
    await page.goto("/");
    await expect(page.locator(".cards .card").first()).toBeVisible();
    await expect(page).toHaveURL(/127\.0\.0\.1:4173\/$/);
    // Choosing Arabic in the app is remembered the same way.
    await page.locator(".languages a[hreflang=ar]").click();
    await expect(page).toHaveURL(/\/ar\/$/);
    await page.goto(`/alerts/${ALERT}`);
    await expect(page).toHaveURL(new RegExp(`/ar/alerts/${ALERT}$`));
  });
});

test("a shared French link holds for an English browser, with and without JavaScript", async ({ page, browser }) => {
  await page.goto(`/fr/countries/AM`);
  await expect(page.locator("h1")).toHaveText("Arménie");
  await expect(page).toHaveURL(/\/fr\/countries\/AM$/);
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`${test.info().project.use.baseURL}/ar/alerts/${ALERT}`);
  await expect(plain.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(plain.locator(".prev-next")).toHaveAttribute("aria-label", messages("ar")["nav.label"]);
  await noScript.close();
});

test.describe("in Arabic", () => {
  test.use({ locale: "ar-EG" });

  for (const [name, path, ready] of [
    ["the front page", "/ar/", ".cards .card"],
    ["an alert", `/ar/alerts/${ALERT}`, ".alert-body"],
    ["an alert in the app", `/ar/alerts/${ALERT}?country=AZ`, ".alert-body"],
    ["a country page", "/ar/countries/AM", ".event"],
    ["a year's list", "/ar/years/2023", ".cards .card"],
  ]) {
    test(`${name} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      await heading(page);
      await expect(page.locator(ready).first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }

  test("the layout is mirrored: filters, Previous/Next, the series track and the timeline", async ({ page }) => {
    const box = (locator) => locator.first().boundingBox();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/ar/");
    await expect(page.locator(".cards .card").first()).toBeVisible();
    // The filters stand at the right of the results, as reading starts there.
    expect((await box(page.locator(".filters"))).x).toBeGreaterThan((await box(page.locator(".results"))).x);
    await page.goto(`/ar/alerts/${ALERT}`);
    // Previous (back in time) on the right, pointing right; Next on the left.
    const previous = await box(page.locator(".step-prev"));
    const next = await box(page.locator(".step-next"));
    expect(previous.x).toBeGreaterThan(next.x);
    await expect(page.locator(".step-prev .step-word")).toHaveText(/→/);
    await expect(page.locator(".step-next .step-word")).toHaveText(/←/);
    // The arrow keys follow the arrows: → goes to the previous alert.
    const previousHref = await page.locator("a.step-prev").getAttribute("href");
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(new RegExp(`${previousHref}$`));
    await page.goBack();
    // The series track runs right to left: the original at the right.
    const members = page.locator(".series-track li");
    expect((await members.first().boundingBox()).x).toBeGreaterThan((await members.last().boundingBox()).x);
    // The timeline's line runs down the right-hand side of its events.
    await page.goto("/ar/countries/AZ");
    const events = await box(page.locator(".events"));
    const dot = await page.locator(".event").first().evaluate((e) => {
      const r = e.getBoundingClientRect();
      const before = getComputedStyle(e, "::before");
      return { right: r.right, start: before.insetInlineStart, border: getComputedStyle(e.parentElement).borderRightWidth };
    });
    expect(dot.border).toBe("3px");
    expect(events.x + events.width).toBeGreaterThanOrEqual(dot.right);
  });

  test("the Embed dialog speaks Arabic and makes an Arabic panel", async ({ page }) => {
    await page.goto(`/ar/countries/AZ?page=1`);
    await page.locator("button.embed-open").click();
    const ar = messages("ar");
    await expect(page.locator("#embed-dialog-title")).toHaveText(ar["embed.open"]);
    await expect(page.locator("#embed-snippet")).toHaveValue(/data-lang="ar"/);
    const frame = page.frameLocator(".embed-preview");
    await expect(frame.locator("h1")).toContainText(ar["panel.latest_for"].split("{")[0].trim());
    await expect(frame.locator("html")).toHaveAttribute("dir", "rtl");
  });
});

// The two languages added last, every kind of reader view, light and dark.
for (const tag of ["hy", "ru"]) {
  for (const [name, path, ready, scheme] of [
    ["the front page", `/${tag}/`, ".cards .card", "light"],
    ["an alert", `/${tag}/alerts/${ALERT}`, ".alert-body", "dark"],
    ["an update's Compare box", `/${tag}/alerts/example-myanmar-red-flag-update-2#compare`, ".passages", "light"],
    ["a country page", `/${tag}/countries/AM`, ".event", "dark"],
    ["the map and board", `/${tag}/map`, ".board tbody tr", "light"],
    ["a type's later page", `/${tag}/types/statement/page/2`, ".cards .card", "dark"],
    ["the front page in the app", `/${tag}/?type=statement`, ".cards .card", "dark"],
  ]) {
    test(`${tag}: ${name} has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await heading(page);
      await expect(page.locator(ready).first()).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", tag);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
}

test("the browser names every country as the build did, in every language", async ({ page }) => {
  await page.goto("/");
  expect(TAGS.length).toBeGreaterThanOrEqual(6);
  const lacking = [];
  for (const tag of TAGS) {
    const written = read(`locales/countries/${tag}.json`);
    const browsers = await page.evaluate(
      ([tag, codes]) => {
        if (Intl.DisplayNames.supportedLocalesOf([tag]).length === 0) return null;
        const names = new Intl.DisplayNames([tag], { type: "region", fallback: "code" });
        return Object.fromEntries(codes.map((c) => [c, names.of(c)]));
      },
      [tag, Object.keys(written)],
    );
    if (browsers === null) lacking.push(tag);
    else expect(browsers, tag).toEqual(written);
  }
  // Chromium has no Armenian names: the app takes the build's list then.
  expect(lacking).toEqual(["hy"]);
});

test("a browser without a language's country names gets the build's list", async ({ page }) => {
  const names = [];
  page.on("request", (r) => r.url().includes("/locales/countries/") && names.push(new URL(r.url()).pathname));
  // The app's own view of a country (the query keeps it from the static page).
  await page.goto("/hy/countries/AM?page=1");
  await expect(page.locator("h1")).toHaveText(read("locales/countries/hy.json").AM);
  await expect(page.locator(".event").first()).toBeVisible();
  expect(names).toEqual(["/locales/countries/hy.json"]);
  // A language the browser has costs no download.
  names.length = 0;
  await page.goto("/ru/countries/AM?page=1");
  await expect(page.locator("h1")).toHaveText("Армения");
  await expect(page.locator(".event").first()).toBeVisible();
  expect(names).toEqual([]);
});

/** The interface's texts on screen (and the labels screen readers read)
 *  whose nearest `lang` is `tag`: the alerts' own text is left out. */
const interfaceTexts = (tag) => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walker.currentNode; n; n = walker.nextNode()) {
    const el = n.nodeType === Node.TEXT_NODE ? n.parentElement : n;
    if (!el || el.closest("script, style, [hidden], #boot") || el.closest("[lang]")?.lang !== tag) continue;
    if (n.nodeType === Node.TEXT_NODE) {
      if (n.data.trim()) out.push(n.data.trim());
    } else {
      for (const a of ["aria-label", "placeholder", "title"]) if (n.getAttribute(a)) out.push(n.getAttribute(a));
    }
  }
  return out;
};

/** English texts that `tag` writes otherwise: long ones as parts between
 *  placeholders, short ones whole (a short word may be the language's too). */
const englishLeft = (tag) => {
  const en = messages("en");
  const theirs = messages(tag);
  const forms = (v) => (typeof v === "string" ? [v] : Object.values(v));
  const parts = [];
  for (const [key, v] of Object.entries(en)) {
    if (/^country\.[A-Z]{2}$/.test(key) || JSON.stringify(forms(theirs[key])) === JSON.stringify(forms(v))) continue;
    for (const text of forms(v)) {
      for (const part of text.split(/\{[a-z_]+\}/)) {
        const p = part.replace(/^[\s,.:;()“”]+|[\s,.:;()“”]+$/g, "");
        // Words only: a digit or a separator ("1", ",") is no language's.
        if (!/\p{L}/u.test(p)) continue;
        if (p.length >= 8 || p === text.trim()) parts.push(p);
      }
    }
  }
  return { parts, keys: Object.keys(en).filter((k) => k.includes(".")) };
};

for (const tag of TAGS.filter((t) => t !== "en")) {
  test(`the app's own views say everything in ${tag}, with no key and no English left`, async ({ page }) => {
    const { parts, keys } = englishLeft(tag);
    const check = async (what) => {
      const texts = await page.evaluate(`(${interfaceTexts})(${JSON.stringify(tag)})`);
      expect(texts.length, what).toBeGreaterThan(3);
      const problems = [];
      for (const text of texts) {
        for (const key of keys) if (text.includes(key)) problems.push(`key ${key} in “${text}”`);
        for (const p of parts) if (p.length >= 8 ? text.includes(p) : text === p) problems.push(`English “${p}” in “${text}”`);
      }
      expect(problems, what).toEqual([]);
    };
    await page.goto(`/${tag}/no/such/page`);
    await heading(page);
    await check("the 404 view");
    await page.goto(`/${tag}/countries/ZZ`);
    await heading(page);
    await check("an unknown country");
    // A failed load: the error view and its retry.
    await page.route("**/data/index.json", (r) => r.fulfill({ status: 500, body: "" }));
    await page.goto(`/${tag}/?page=1`);
    await expect(page.locator(".notice-error")).toBeVisible();
    await check("the load error");
    await page.unroute("**/data/index.json");
    // The Embed dialog, and the panel it previews with a refused setting.
    await page.goto(`/${tag}/countries/AZ?page=1`);
    await page.locator("button.embed-open").click();
    await expect(page.locator(".embed-dialog")).toBeVisible();
    await check("the Embed dialog");
    await page.goto(`/embed/latest?lang=${tag}&theme=neon&country=AZ`);
    await expect(page.locator(".embed-note")).toBeVisible();
    await check("a partner's panel");
  });
}

test("the staff preview, in English only, offers no other language", async ({ page }) => {
  await page.goto("/preview");
  await heading(page);
  await expect(page.locator(".site-header")).toBeVisible();
  await expect(page.locator(".languages")).toHaveCount(0);
  await page.goto("/countries/AM?page=1");
  await expect(page.locator(".languages a")).toHaveCount(TAGS.length);
});
