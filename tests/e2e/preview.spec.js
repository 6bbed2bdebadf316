// Staff preview: a draft file opened locally, rendered exactly as readers
// will see it, with every problem listed, and never mistaken for published.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test, expect, heading, watchErrors, afterNextFrames } from "./helpers.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const exampleDraft = `${repo}samples/drafts/example-draft.json`;
const brokenDraft = `${repo}samples/drafts/broken-draft.json`;
const published = JSON.parse(readFileSync(`${repo}public/data/alerts/azerbaijan-red-flag-update-3.json`, "utf8"));

const asFile = (name, value) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(typeof value === "string" ? value : JSON.stringify(value, null, 2)),
});

async function open(page, file) {
  await page.goto("/preview");
  await expect(await heading(page)).toHaveText("Write or preview an alert");
  await page.locator("#draft-file").setInputFiles(file);
}

test("readers never download the preview: it is a bundle of its own, at /preview", async ({ page }) => {
  const dist = new URL("../../dist/", import.meta.url);
  const bundle = (file) => readFileSync(new URL(file, dist), "utf8").match(/alert-reader-[0-9a-f]+/)[0];
  // The reader's bundle, as trunk wrote its page (the prerendered pages name it in their loader file).
  const reader = bundle("404.html");
  const preview = bundle("preview.html");
  expect(preview).not.toBe(reader);
  const wasm = [];
  page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(new URL(r.url()).pathname); });
  // The reader's app, brought by a filter, then an alert opened in it.
  await page.goto("/");
  await heading(page);
  await page.selectOption("#filter-type", "statement");
  await expect(page.locator("#boot")).toHaveCount(0);
  await page.locator(".cards .card-title a").first().click();
  await heading(page);
  expect(wasm).toEqual([`/${reader}_bg.wasm`]);
  const size = (name) => readFileSync(new URL(`${name}_bg.wasm`, dist)).length;
  expect(size(reader)).toBeLessThan(size(preview));
  // Nor the editor's own script (its folder access): no page but the
  // preview's names it, not even to preload it.
  for (const page of ["404.html", "index.html", "map-app.html", "embed/latest.html", "embed/board.html"]) {
    expect(readFileSync(new URL(page, dist), "utf8"), page).not.toContain("snippets/");
  }
  expect(readFileSync(new URL("preview.html", dist), "utf8")).toContain("folder.js");
  // /preview is its own page; from it, the reader's views still work.
  wasm.length = 0;
  await page.goto("/preview");
  await expect(await heading(page)).toHaveText("Write or preview an alert");
  expect(wasm).toEqual([`/${preview}_bg.wasm`]);
  await page.getByRole("link", { name: "All alerts" }).click();
  await expect(await heading(page)).toHaveText("Alerts");
});

test("a server that sends the reader's page for /preview gets a note saying where the preview is", async ({ page }) => {
  const reader = readFileSync(new URL("../../dist/404.html", import.meta.url));
  await page.route("**/preview", (r) => r.fulfill({ status: 404, body: reader, contentType: "text/html" }));
  await page.goto("/preview");
  await expect(await heading(page)).toHaveText("Not found");
  await expect(page.getByText(/preview\.html, which this server did not send/)).toBeVisible();
});

test("a valid draft file renders as readers will see it, inside the draft frame", async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, exampleDraft);
  const draft = JSON.parse(readFileSync(exampleDraft, "utf8"));
  await expect(await heading(page)).toHaveText(draft.title);
  await expect(page.locator(".draft-banner")).toContainText("DRAFT: not published.");
  await expect(page.locator(".draft-banner")).toContainText("example-draft.json");
  await expect(page.locator(".draft-banner button, .draft-banner [aria-label*=lose i]")).toHaveCount(0);
  expect(await page.locator(".draft-watermark").evaluate((e) => getComputedStyle(e, "::before").content)).toBe('"DRAFT"');
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  // The reader's own article component, with the reader's date format.
  await expect(page.locator(".draft-frame article.alert .badge")).toHaveText("Red Flag Alert");
  await expect(page.locator(".draft-frame .alert-date")).toHaveText("Friday, November 20, 2026");
  await expect(page.locator(".problems h2")).toHaveText("No problems found: this draft is ready to publish.");
  await expect(page).toHaveTitle(/^DRAFT: /);
  expect(errors).toEqual([]);
  // Leaving the preview takes the noindex with it.
  await page.getByRole("link", { name: "All alerts" }).click();
  await expect(page.locator('head meta[name="robots"]')).toHaveCount(0);
});

test("invalid JSON is reported with its line and column", async ({ page }) => {
  await open(page, asFile("typo.json", '{\n  "schema": 1,\n  "title": "x"\n  "id": "y"\n}'));
  await expect(await heading(page)).toHaveText("This draft cannot be shown yet");
  await expect(page.locator(".problem")).toHaveCount(1);
  await expect(page.locator(".problem")).toContainText("not valid JSON: line 4, column 3");
});

test("a schema-invalid draft lists every problem at once with its path", async ({ page }) => {
  await open(page, brokenDraft);
  const expected = [
    "id", "type", "published", "updated", "countries[0]", "countries[1]", "series.number",
    "body[1].text[1].href", "body[2].level", "body[3].type", "body[4].text[0].marks[0]", "links.pdf", "links.source",
  ];
  await expect(page.locator(".problems h2")).toHaveText(`${expected.length} errors and 0 warnings`);
  const paths = await page.locator(".problem-error .problem-path").allTextContents();
  for (const p of expected) expect(paths, `problem at ${p}`).toContain(p);
  await expect(page.locator(".problem-error", { hasText: "body[1].text[1].href" })).toContainText('scheme "javascript" is not allowed');
  await expect(page.locator(".problem-error", { hasText: "countries[1]" })).toContainText('write "SD"');
});

test("a problem in a rendered draft scrolls to the part it concerns", async ({ page }) => {
  const draft = {
    ...published, id: "scroll-test", status: "draft", series: undefined,
    body: [
      ...Array.from({ length: 12 }, (_, i) => ({ type: "paragraph", text: [`Filler paragraph ${i + 1}.`] })),
      { type: "paragraph", text: [{ text: "bad link", href: "javascript:void(0)" }] },
    ],
  };
  await open(page, asFile("scroll-test.json", draft));
  const problem = page.locator(".problem-error", { hasText: "body[12].text[0].href" });
  await expect(problem.getByRole("button")).toBeVisible();
  await problem.getByRole("button").click();
  const target = page.locator('[data-path="body[12]"]');
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await expect(target).toHaveClass(/flash/);
  // The refused link is shown as words, not as a link.
  await expect(target.locator("a")).toHaveCount(0);
});

test("script and markup in a draft show as text and run nothing", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  const hostile = {
    ...published, id: "hostile", status: "draft",
    title: "<script>alert(1)</script>",
    summary: "<img src=x onerror=alert(1)>",
    body: [{ type: "paragraph", text: ["<img src=x onerror=alert(1)>", { text: "<script>alert(2)</script>", marks: ["em"] }] }],
    tags: ["<b onmouseover=alert(3)>tag</b>"],
  };
  await open(page, asFile("hostile.json", hostile));
  await expect(await heading(page)).toHaveText("<script>alert(1)</script>");
  await expect(page.locator('[data-path="body[0]"]')).toHaveText("<img src=x onerror=alert(1)><script>alert(2)</script>");
  await page.locator(".tags li").hover();
  await expect(page.locator(".draft-frame img, .draft-frame script, .draft-frame b")).toHaveCount(0);
  await afterNextFrames(page);
  expect(dialogs).toBe(0);
});

test("the draft survives a reload, and Discard removes it for good", async ({ page }) => {
  await open(page, exampleDraft);
  const title = JSON.parse(readFileSync(exampleDraft, "utf8")).title;
  await expect(await heading(page)).toHaveText(title);
  await page.reload();
  await expect(await heading(page)).toHaveText(title);
  await page.getByRole("button", { name: "Discard this draft" }).click();
  await expect(await heading(page)).toHaveText("Write or preview an alert");
  await page.reload();
  await expect(await heading(page)).toHaveText("Write or preview an alert");
  await expect(page.locator(".recent-drafts li")).toHaveCount(0);
});

test("recent drafts can be reopened from a list", async ({ page }) => {
  await open(page, exampleDraft);
  // As a person would, see the first draft before choosing the next file.
  await expect(await heading(page)).toHaveText(/Draft alert for the preview screen/);
  await page.locator("#draft-file").setInputFiles(asFile("second.json", { ...published, id: "second", status: "draft", title: "Second draft" }));
  await expect(await heading(page)).toHaveText("Second draft");
  await page.locator(".recent-drafts").getByRole("button", { name: /^example-draft\.json · saved / }).click();
  await expect(await heading(page)).toHaveText(/Draft alert for the preview screen/);
});

test("a draft with a published id shows what it changes", async ({ page }) => {
  const edited = structuredClone(published);
  edited.status = "draft";
  edited.title = published.title + " (corrected)";
  edited.body.splice(1, 0, { type: "paragraph", text: ["A new paragraph."] });
  await open(page, asFile("update-3.json", edited));
  await expect(page.locator(".placement")).toContainText("is already published");
  const diff = page.locator(".diff");
  await expect(diff.locator("h3")).toHaveText("Changes against the published version");
  // Title and the new paragraph; a draft's own "draft" status is not news.
  await expect(diff.locator(".change")).toHaveCount(2);
  await expect(diff.locator(".change", { hasText: "title" }).locator("ins")).toHaveText(edited.title);
  await expect(diff.locator(".change-added")).toContainText("body[1]");
  await expect(diff.locator(".change-added ins")).toHaveText("paragraph: A new paragraph.");
});

test("a draft update shows where it will sit in its series and the list", async ({ page }) => {
  const draft = { ...published, id: "azerbaijan-red-flag-update-99", status: "draft", published: "2026-11-27",
    series: { id: "azerbaijan-red-flag", number: 8 }, title: "Example: a next update (sample)" };
  await open(page, asFile("next.json", draft));
  await expect(page.locator(".placement")).toContainText("Will be Update 8 of 8 in “Red Flag Alert for Genocide - Azerbaijan”.");
  await expect(page.locator(".placement-steps li").nth(1)).toContainText("none: it will be at this end of the list");
  // Taking a number that is already published is warned about.
  await page.locator("#draft-file").setInputFiles(asFile("clash.json", { ...draft, series: { id: "azerbaijan-red-flag", number: 3 } }));
  await expect(page.locator(".placement .problem-warning")).toContainText("Update 3 of series “azerbaijan-red-flag” is already published");
});

test("a draft update shows, before it is published, the box saying what it changes", async ({ page }) => {
  await open(page, `${repo}samples/drafts/example-myanmar-red-flag-update-4.json`);
  const box = page.locator(".draft-frame .since");
  await expect(box.locator("h2")).toHaveText("Since Update 3 (Monday, August 18, 2025)");
  await expect(box.locator(".since-points li")).toHaveCount(2);
  await expect(box.locator(".since-facts li")).toHaveText(["Raised from Red Flag Alert to SOS Alert", "Country added: India"]);
  // Nothing to compare on before it is published.
  await expect(box.getByRole("link")).toHaveCount(0);
  // Saved under its id, the sample draft is ready to publish.
  await expect(page.locator(".problem-error")).toHaveCount(0);
  // A problem with a point scrolls to the box.
  const draft = JSON.parse(readFileSync(`${repo}samples/drafts/example-myanmar-red-flag-update-4.json`, "utf8"));
  await page.locator("#draft-file").setInputFiles(asFile("long.json", { ...draft, changes: ["x".repeat(301)] }));
  const problem = page.locator(".problem-error", { hasText: "changes[0]" });
  await problem.getByRole("button").click();
  await expect(page.locator('[data-path="changes"]')).toBeFocused();
});

test("pasted JSON is previewed like a file", async ({ page }) => {
  await page.goto("/preview");
  await page.getByText("Paste the JSON instead").click();
  await page.locator("#draft-text").fill(readFileSync(exampleDraft, "utf8"));
  await page.getByRole("button", { name: "Preview this text" }).click();
  await expect(page.locator(".draft-banner")).toContainText("pasted text");
});

test("two pastes are two drafts: the second never replaces the first", async ({ page }) => {
  const paste = async (title) => {
    await page.getByText("Paste the JSON instead").click();
    await page.locator("#draft-text").fill(JSON.stringify({ ...published, id: "pasted", status: "draft", title }));
    await page.getByRole("button", { name: "Preview this text" }).click();
    await expect(await heading(page)).toHaveText(title);
  };
  await page.goto("/preview");
  await paste("First paste");
  await paste("Second paste");
  const first = page.locator(".recent-drafts").getByRole("button", { name: /^pasted text · saved / });
  await expect(first).toHaveCount(1);
  await first.click();
  await expect(await heading(page)).toHaveText("First paste");
});

test("Forget all drafts empties this browser's store, once confirmed", async ({ page }) => {
  await open(page, exampleDraft);
  await expect(await heading(page)).toHaveText(/Draft alert for the preview screen/);
  await page.locator("#draft-file").setInputFiles(asFile("second.json", { ...published, id: "second", status: "draft", title: "Second draft" }));
  await expect(await heading(page)).toHaveText("Second draft");
  const forget = page.getByRole("button", { name: "Forget all drafts on this computer" });
  // Dismissed: nothing is forgotten.
  page.once("dialog", (d) => d.dismiss());
  await forget.click();
  await expect(await heading(page)).toHaveText("Second draft");
  page.once("dialog", (d) => d.accept());
  await forget.click();
  await expect(page.getByRole("alert")).toHaveText("Every draft kept in this browser is forgotten.");
  await expect(await heading(page)).toHaveText("Write or preview an alert");
  await expect(page.locator(".recent-drafts li")).toHaveCount(0);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("alert-reader/")));
  expect(kept).toEqual([]);
});

test("a recent list that cannot be read is set aside with a note, not wiped", async ({ page }) => {
  await page.goto("/preview");
  await page.evaluate(() => localStorage.setItem("alert-reader/recent-drafts", "{not a list"));
  await page.locator("#draft-file").setInputFiles(exampleDraft);
  await expect(page.getByRole("alert")).toContainText("The list of recent drafts could not be read. It was set aside, not deleted");
  expect(await page.evaluate(() => localStorage.getItem("alert-reader/recent-drafts-unreadable"))).toBe("{not a list");
});

test("when the browser's storage is full, dropping older drafts is said, by name", async ({ page }) => {
  await page.goto("/preview");
  // Leave room for two copies of an 800 KB draft, not three (storage holds about 5 MB of
  // UTF-16 text per origin in Chromium; find its edge by filling it).
  await page.evaluate(() => {
    let filler = "";
    for (let size = 1 << 20; size >= 1 << 14; ) {
      try {
        localStorage.setItem("test-filler", filler + "x".repeat(size));
        filler += "x".repeat(size);
      } catch {
        size /= 2;
      }
    }
    localStorage.setItem("test-filler", filler.slice(0, filler.length - 2 * 1024 * 1024));
  });
  const big = (n) => asFile(`big-${n}.json`, { ...published, id: `big-${n}`, status: "draft", title: `Big ${n}`, body: [{ type: "paragraph", text: ["x".repeat(800 * 1024)] }] });
  await page.locator("#draft-file").setInputFiles(big(1));
  await expect(await heading(page)).toHaveText("Big 1");
  await page.locator("#draft-file").setInputFiles(big(2));
  await expect(await heading(page)).toHaveText("Big 2");
  await expect(page.getByRole("alert")).toContainText("older drafts were dropped from this browser: “big-1.json”");
  await page.evaluate(() => localStorage.removeItem("test-filler"));
});

test("files over 2 MB are refused with a message", async ({ page }) => {
  await open(page, asFile("huge.json", `{"title": "${"x".repeat(2.2 * 1024 * 1024)}"}`));
  await expect(page.getByRole("alert")).toContainText("Drafts over 2 MB are refused");
  await expect(await heading(page)).toHaveText("Write or preview an alert");
});

test("deep nesting is refused without hanging the page", async ({ page }) => {
  await open(page, asFile("deep.json", "[".repeat(100000) + "]".repeat(100000)));
  await expect(page.locator(".problem")).toContainText("recursion limit");
});

test("?url= fetches nothing: a draft can only come from the user's own disk", async ({ page }) => {
  const requested = [];
  page.on("request", (r) => { if (!r.isNavigationRequest()) requested.push(r.url()); });
  await page.goto("/preview?url=http%3A%2F%2F127.0.0.1%3A4174%2Freader%2Fdata%2Falerts%2Fsudan-sos.json&src=/data/alerts/sudan-sos.json");
  await expect(await heading(page)).toHaveText("Write or preview an alert");
  await page.waitForLoadState("networkidle");
  // The page did fetch its own data, so the monitor was working (the
  // index once, though its checks and its catalog both read it)…
  expect(requested.filter((u) => u.endsWith("/data/index.json"))).toHaveLength(1);
  // …and nothing named in the address was requested.
  expect(requested.filter((u) => u.includes("sudan-sos") || u.includes(":4174"))).toEqual([]);
});

test("with the File System Access API, the file is read again on demand and on focus", async ({ page }) => {
  // Chromium's picker cannot be driven headless: stand in a file handle.
  await page.addInitScript(() => {
    window.__draftText = "";
    window.showOpenFilePicker = async () => [{
      getFile: async () => new File([window.__draftText], "followed.json", { type: "application/json" }),
    }];
  });
  const draft = { ...published, id: "followed", status: "draft", title: "First version" };
  await page.goto("/preview");
  await page.evaluate((t) => { window.__draftText = t; }, JSON.stringify(draft));
  await page.getByRole("button", { name: "Open and follow a file…" }).click();
  await expect(await heading(page)).toHaveText("First version");
  await page.evaluate((t) => { window.__draftText = t; }, JSON.stringify({ ...draft, title: "Second version" }));
  await page.getByRole("button", { name: "Read the file again" }).click();
  await expect(await heading(page)).toHaveText("Second version");
  await page.evaluate((t) => { window.__draftText = t; }, JSON.stringify({ ...draft, title: "Third version" }));
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(await heading(page)).toHaveText("Third version");
});

test("a draft dropped anywhere on the page is previewed", async ({ page }) => {
  await page.goto("/preview");
  await heading(page);
  const text = readFileSync(exampleDraft, "utf8");
  await page.evaluate((json) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([json], "dropped.json", { type: "application/json" }));
    const target = document.querySelector(".preview");
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.locator(".draft-banner")).toContainText("dropped.json");
  await expect(await heading(page)).toHaveText(JSON.parse(text).title);
});

// The preview and the publishing tool give the same verdict: each draft
// has one defect, several of them only visible across files.
test("defective drafts get the same errors, by JSON path, from the preview and from alert-data check", async ({ page }) => {
  const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
  const { spawnSync } = await import("node:child_process");
  const draft = (changes) => ({ ...published, id: "example-new-draft", status: "draft", title: "Example: a new draft (sample)", series: undefined, translations: {}, ...changes });
  const corpus = [
    ["translation to no alert", "example-new-draft.json", draft({ translations: { fr: "no-such-alert" } })],
    ["series number taken", "example-new-draft.json", draft({ series: { id: "azerbaijan-red-flag", number: 3 } })],
    ["id of a published alert under another name", "other-name.json", draft({ id: "sudan-sos" })],
    ["file name not its id", "misnamed.json", draft({})],
    ["a date that does not exist", "example-new-draft.json", draft({ published: "2024-02-30" })],
    ["a link that is not allowed", "example-new-draft.json", draft({ links: { source: "javascript:alert(1)" } })],
  ];
  const toolErrors = (name, value) => {
    const dir = mkdtempSync("/tmp/verdict-");
    try {
      cpSync(`${repo}public/data`, dir, { recursive: true });
      writeFileSync(`${dir}/alerts/${name}`, JSON.stringify(value, null, 2));
      const out = spawnSync(`${repo}target/debug/alert-data`, ["check", dir], { encoding: "utf8" });
      return out.stderr
        .split("\n")
        .filter((l) => l.startsWith(`alerts/${name}: `) && !l.includes(": warning: "))
        .map((l) => l.slice(`alerts/${name}: `.length).split(": ")[0])
        .sort();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  await page.goto("/preview");
  await heading(page);
  for (const [what, name, value] of corpus) {
    const expected = toolErrors(name, value);
    expect(expected.length, `${what}: the tool finds it`).toBeGreaterThan(0);
    await page.locator("#draft-file").setInputFiles(asFile(name, value));
    await expect(page.locator(".draft-banner code")).toHaveText(name);
    await expect(page.locator("#problems-heading")).not.toContainText("comparing");
    const shown = await page.locator(".problem-error .problem-path").allTextContents();
    expect(shown.sort(), what).toEqual(expected);
    await expect(page.locator("#problems-heading"), what).not.toContainText("ready to publish");
  }
});

test("a pasted draft is told the file name it must be saved under, and a good one is ready to publish", async ({ page }) => {
  await page.goto("/preview");
  await page.getByText("Paste the JSON instead").click();
  const good = { ...published, id: "example-pasted-draft", status: "draft", title: "Example: pasted (sample)", series: undefined, translations: {} };
  await page.locator("#draft-text").fill(JSON.stringify(good));
  await page.getByRole("button", { name: "Preview this text" }).click();
  await expect(page.locator(".problem-warning")).toContainText("save this draft as example-pasted-draft.json");
  await expect(page.locator("#problems-heading")).toHaveText("0 errors and 1 warning: ready to publish.");
});
