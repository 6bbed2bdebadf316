// The editor in /preview: staff write an alert from a start (blank, next
// update, translation, edit, withdraw), see it drawn as readers will with
// each problem beside its field, and save a file the publishing tool
// accepts and the reader renders as the preview showed it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { test, expect, heading, publishedIndex, shapeOf, watchErrors } from "./helpers.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const publishedFile = (id) => readFileSync(`${repo}public/data/alerts/${id}.json`, "utf8");

/** Presses Tab (or Shift+Tab) until `selector` has the focus: the field is
 *  reachable by keyboard, in the order the form shows it. */
async function tabTo(page, selector, { back = false, max = 150 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`the keyboard never reached ${selector}`);
}

/** Saves with the Download button and returns the file's name and text. */
async function download(page, button = page.locator("#save-download")) {
  const saved = page.waitForEvent("download");
  await button.click();
  const file = await saved;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

/** `alert-data check` on the bundled data with `files` added: the errors
 *  it prints for them, and its exit status. */
function toolCheck(files, { index = false } = {}) {
  const dir = mkdtempSync("/tmp/editor-");
  try {
    cpSync(`${repo}public/data`, dir, { recursive: true });
    for (const { name, text } of files) writeFileSync(`${dir}/alerts/${name}`, text);
    const tool = `${repo}target/debug/alert-data`;
    const out = spawnSync(tool, ["check", dir], { encoding: "utf8" });
    const errors = out.stderr.split("\n").filter((l) => files.some((f) => l.startsWith(`alerts/${f.name}: `)) && !l.includes(": warning: "));
    let indexText = null;
    if (index) {
      const built = spawnSync(tool, ["index", dir], { encoding: "utf8" });
      expect(built.status, built.stderr).toBe(0);
      indexText = readFileSync(`${dir}/index.json`, "utf8");
    }
    return { status: out.status, errors, indexText, stderr: out.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The structure of an element, as one-renderer.spec.js compares pages
 *  (helpers.js: `shapeOf`), read in the page. */
const shape = (page, selector) => page.evaluate(([s, f]) => (0, eval)(f)(document.querySelector(s)), [selector, `(${shapeOf})`]);

/** The reader, given the saved files and the index the publishing tool
 *  writes from them, draws the article the preview drew (and the build's
 *  pages are the reader's own view of each alert: one-renderer.spec.js). */
async function expectReaderDrawsWhatThePreviewDrew(page, files, id) {
  const previewed = await shape(page, ".draft-frame article");
  const checked = toolCheck(files, { index: true });
  expect(checked.errors, checked.stderr).toEqual([]);
  await page.route("**/data/index.json", (r) => r.fulfill({ body: checked.indexText, contentType: "application/json" }));
  for (const file of files) {
    await page.route(`**/data/alerts/${file.name}`, (r) => r.fulfill({ body: file.text, contentType: "application/json" }));
  }
  // ?page=1 starts the app, which reads the data, where a page of the
  // build would show the alert as it was built.
  await page.goto(`/alerts/${id}?page=1`);
  await expect(page.locator("#boot")).toHaveCount(0);
  const title = JSON.parse(files.find((f) => f.name === `${id}.json`).text).title;
  await expect(page.locator("main article h1")).toHaveText(title);
  expect(await shape(page, "main article")).toEqual(previewed);
}

async function startBlank(page) {
  await page.goto("/preview");
  await expect(await heading(page)).toHaveText("Write or preview an alert");
  await page.getByRole("button", { name: "Start a new alert" }).click();
  await expect(page.locator("#field-title")).toBeVisible();
}

async function startEditing(page, id, button = "Edit it") {
  if (!page.url().endsWith("/preview")) await page.goto("/preview");
  await heading(page);
  await page.locator("#start-edit").fill(id);
  await page.getByRole("button", { name: button }).click();
  await expect(page.locator("#field-id")).toHaveValue(id);
}

test("a new alert written by keyboard alone is saved, accepted by alert-data check, and rendered by the reader as the preview showed it", async ({ page }) => {
  // Typing every field key by key, then the tool and the reader: about
  // 16 s on a 2-core machine, so far from this limit.
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await page.goto("/preview");
  await heading(page);
  await tabTo(page, ".start-choice:first-child button");
  await page.keyboard.press("Enter");
  await expect(page.locator("#field-title")).toBeVisible();

  await tabTo(page, "#field-title");
  await page.keyboard.type("Example: an alert written by keyboard (sample)");
  // The address follows the title until staff write their own.
  await expect(page.locator("#field-id")).toHaveValue("example-an-alert-written-by-keyboard-sample");
  await tabTo(page, "#field-type");
  await page.keyboard.press("ArrowUp");
  await expect(page.locator("#field-type")).toHaveValue("sos_alert");
  await expect(page.locator("#hint-type")).toContainText("urgent");
  await tabTo(page, "#field-status");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#field-status")).toHaveValue("published");
  await tabTo(page, "#field-published");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("2026-12-01");
  await tabTo(page, "#field-countries");
  await page.keyboard.type("Sudan");
  await page.keyboard.press("Enter");
  await page.keyboard.type("chad");
  await page.keyboard.press("Enter");
  await expect(page.locator(".chosen-countries li")).toHaveText([/Sudan \(SD\)\s*primary/, /Chad \(TD\)/]);
  // Chad made primary with its own button.
  await tabTo(page, 'button[aria-label="Move Chad (TD) up"]', { back: true });
  await page.keyboard.press("Enter");
  await expect(page.locator(".chosen-countries li").first()).toContainText("Chad (TD)");
  await tabTo(page, "#field-series");
  await page.keyboard.type("example-keyboard-series");
  await tabTo(page, "#field-series-number");
  await page.keyboard.type("0");
  await tabTo(page, "#field-summary");
  await page.keyboard.type("Example: the publisher warns of attacks on civilians in two border towns (sample).");
  await tabTo(page, "#field-body");
  await page.keyboard.type(
    [
      "## What the publisher reports",
      "",
      "According to the publisher, attacks on **civilians** continued in *two* towns.",
      "",
      "- Displacement rose",
      "- Aid convoys were stopped",
      "",
      "> Civilians must be protected now.",
      "> — The publisher's statement",
      "",
      "Read [the full statement](https://example.org/statement).",
    ].join("\n"),
  );
  await tabTo(page, "#field-tags");
  await page.keyboard.type("civilians, displacement");
  await tabTo(page, "#field-links");
  await page.keyboard.type("https://example.org/alert.pdf");

  // The preview draws what was typed, and says it is ready.
  const frame = page.locator(".draft-frame article");
  await expect(frame.locator("h1")).toHaveText("Example: an alert written by keyboard (sample)");
  await expect(frame.locator("h2", { hasText: "What the publisher reports" })).toBeVisible();
  await expect(frame.locator("blockquote")).toContainText("Civilians must be protected now.");
  await expect(frame.locator("a[href='https://example.org/statement']")).toHaveText("the full statement");
  await expect(page.locator("#problems-heading")).toContainText("ready to publish");
  const previewed = await shape(page, ".draft-frame article");

  await tabTo(page, "#save-download", { back: true });
  const saved = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const file = await saved;
  const name = file.suggestedFilename();
  const text = readFileSync(await file.path(), "utf8");
  expect(name).toBe("example-an-alert-written-by-keyboard-sample.json");
  await expect(page.locator(".save-outcome")).toContainText(`Downloaded ${name}`);

  // The publishing tool accepts it, with the file's own shape.
  const checked = toolCheck([{ name, text }], { index: true });
  expect(checked.errors, checked.stderr).toEqual([]);
  expect(checked.status, checked.stderr).toBe(0);
  expect(text.startsWith('{\n  "$schema": "../schema/alert.schema.json",\n  "schema": 1,\n  "id": "example-an-alert-written-by-keyboard-sample",')).toBe(true);
  expect(text.endsWith("}\n")).toBe(true);
  const alert = JSON.parse(text);
  expect(alert.countries).toEqual(["TD", "SD"]);
  expect(alert.series).toEqual({ id: "example-keyboard-series", number: 0 });
  expect(alert.body.map((b) => b.type)).toEqual(["heading", "paragraph", "list", "quote", "paragraph"]);
  expect(alert.body[3].cite).toBe("The publisher's statement");
  expect(alert.links.pdf).toBe("https://example.org/alert.pdf");

  // The reader, given the saved file and the index the tool wrote from it,
  // draws the article the preview drew (the build's pages are the reader's
  // own view of each alert: one-renderer.spec.js).
  await page.route("**/data/index.json", (r) => r.fulfill({ body: checked.indexText, contentType: "application/json" }));
  await page.route(`**/data/alerts/${alert.id}.json`, (r) => r.fulfill({ body: text, contentType: "application/json" }));
  await page.goto(`/alerts/${alert.id}`);
  await expect(await heading(page)).toHaveText(alert.title);
  expect(await shape(page, "main article")).toEqual(previewed);
  expect(errors).toEqual([]);
});

test("sample alerts opened in the editor and saved unchanged are byte-identical to their files", async ({ page }) => {
  const index = publishedIndex();
  const arabic = index.find((e) => e.language === "ar");
  const update = index.find((e) => e.series?.number > 0 && publishedFile(e.id).includes('"changes"'));
  const translated = index.find((e) => Object.keys(e.translations ?? {}).length > 0);
  const quoted = index.find((e) => publishedFile(e.id).includes('"cite"'));
  for (const entry of new Set([arabic, update, translated, quoted])) {
    expect(entry).toBeTruthy();
    await startEditing(page, entry.id);
    const saved = await download(page);
    expect(saved.name).toBe(`${entry.id}.json`);
    expect(saved.text, entry.id).toBe(publishedFile(entry.id));
    // Closed, it waits among the recent drafts; the starts are back.
    await page.getByRole("button", { name: "Close this draft" }).click();
    await expect(page.locator(".recent-drafts")).toContainText(`${entry.id}.json`);
  }
  // An Arabic alert's text fields read right to left.
  await startEditing(page, arabic.id);
  await expect(page.locator("#field-title")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("#field-body")).toHaveAttribute("dir", "rtl");
});

test("the next update of a series starts numbered, carried over and asking what changed, and is accepted once written", async ({ page }) => {
  const index = publishedIndex();
  const latest = new Map();
  for (const e of index) if (e.series && (latest.get(e.series.id)?.series.number ?? -1) < e.series.number) latest.set(e.series.id, e);
  const [seriesId, last] = [...latest.entries()][0];
  await page.goto("/preview");
  await heading(page);
  await page.locator("#start-series").selectOption(seriesId);
  await page.getByRole("button", { name: "Start the update" }).click();
  await expect(page.locator("#field-series")).toHaveValue(seriesId);
  await expect(page.locator("#field-series-number")).toHaveValue(String(last.series.number + 1));
  await expect(page.locator("#field-type")).toHaveValue(last.type);
  await expect(page.locator("#field-language")).toHaveValue(last.language);
  await expect(page.locator(".chosen-countries li")).toHaveCount(last.countries.length);
  // Not yet written: the fields only staff can write are named.
  await expect(page.locator("#problems-changes")).toContainText(/change/i);
  await page.locator("#field-summary").fill("Example: what this update adds (sample).");
  await page.locator("#field-changes").fill("Example: a first new point (sample)\nExample: a second (sample)");
  await page.locator("#field-body").fill("According to the publisher, the situation is unchanged (sample).");
  await expect(page.locator("#problems-changes")).toBeEmpty();
  // The box readers see under the title, from what was typed.
  await expect(page.locator(".draft-frame .since-points")).toContainText("a second");
  // Its place in the series, as readers will see it once published.
  await page.locator("#field-status").selectOption("published");
  await expect(page.locator(".draft-frame .series-track .current")).toBeVisible();
  const saved = await download(page);
  const alert = JSON.parse(saved.text);
  expect(alert.changes).toEqual(["Example: a first new point (sample)", "Example: a second (sample)"]);
  expect(alert.series).toEqual({ id: seriesId, number: last.series.number + 1 });
  await expectReaderDrawsWhatThePreviewDrew(page, [saved], alert.id);
});

test("a translation links to its original, and the original with its link back is offered too; both are accepted together", async ({ page }) => {
  const original = publishedIndex().find((e) => e.language === "en" && !e.translations?.fr && e.status === "published");
  await page.goto("/preview");
  await heading(page);
  await page.locator("#start-original").fill(original.id);
  await page.locator("#start-into").selectOption("fr");
  await page.getByRole("button", { name: "Start the translation" }).click();
  await expect(page.locator("#field-language")).toHaveValue("fr");
  // Published with the original's new link: a published alert may not
  // link to a draft.
  await page.locator("#field-status").selectOption("published");
  await expect(page.locator("#original-heading")).toHaveText("The original needs a link to this translation");
  // The translator settles the id; the original's link follows it.
  await page.locator("#field-id").fill(`${original.id}-en-francais`);
  await page.locator("#field-title").fill("Exemple : une traduction (échantillon)");
  const translation = await download(page);
  const linked = await download(page, page.getByRole("button", { name: `Download the original, ${original.id}.json` }));
  expect(JSON.parse(translation.text).translations).toEqual({ en: original.id });
  expect(JSON.parse(linked.text).translations.fr).toBe(`${original.id}-en-francais`);
  // Only the link was added to the original.
  const before = JSON.parse(publishedFile(original.id));
  expect({ ...JSON.parse(linked.text), translations: before.translations }).toEqual(before);
  await expectReaderDrawsWhatThePreviewDrew(page, [translation, linked], `${original.id}-en-francais`);
});

test("withdrawing a published alert changes its status and date only, and the tool accepts it", async ({ page }) => {
  const entry = publishedIndex().find((e) => e.status === "published" && !e.series);
  await startEditing(page, entry.id, "Withdraw it");
  await expect(page.locator("#field-status")).toHaveValue("withdrawn");
  const saved = await download(page);
  const before = JSON.parse(publishedFile(entry.id));
  const after = JSON.parse(saved.text);
  expect(after.status).toBe("withdrawn");
  expect(after.updated).toMatch(/^\d{4}-\d{2}-\d{2}/);
  expect({ ...after, status: before.status, updated: before.updated }).toEqual(before);
  await expectReaderDrawsWhatThePreviewDrew(page, [saved], entry.id);
});

test("an edit to a published alert is saved as its file, with only what was changed", async ({ page }) => {
  const entry = publishedIndex().find((e) => e.status === "published" && e.language === "en");
  await startEditing(page, entry.id);
  await page.locator("#field-tags").fill("example edit");
  // The change is shown against the published version.
  await expect(page.locator(".diff")).toContainText("tags");
  // A new address would make a second alert: said beside it.
  await page.locator("#field-id").fill(`${entry.id}-copy`);
  await expect(page.locator("#problems-id")).toContainText(`saved as ${entry.id}-copy.json it is a second alert`);
  await page.locator("#field-id").fill(entry.id);
  await expect(page.locator("#problems-id")).not.toContainText("second alert");
  const saved = await download(page);
  const before = JSON.parse(publishedFile(entry.id));
  expect(JSON.parse(saved.text)).toEqual({ ...before, tags: ["example edit"] });
  await expectReaderDrawsWhatThePreviewDrew(page, [saved], entry.id);
});

// Chromium's File System Access API, stood in for by a folder in memory
// (a browser under test cannot be shown a real folder picker): the folder
// is chosen once, permission asked again when the browser has forgotten
// it, and a file changed on disk since it was opened is replaced only when
// staff say so.
test("Save to the alerts folder writes the file there, asks before replacing a file changed meanwhile", async ({ page }) => {
  await page.addInitScript(() => {
    const folder = (window.__folder = { files: {}, asked: 0, picked: 0, granted: false });
    const file = (name) => ({
      kind: "file",
      name,
      async getFile() {
        if (!(name in folder.files)) throw new DOMException("no such file", "NotFoundError");
        const text = folder.files[name];
        return { text: async () => text };
      },
      async createWritable() {
        let written = "";
        return { write: async (t) => { written += t; }, close: async () => { folder.files[name] = written; } };
      },
    });
    const dir = {
      kind: "directory",
      name: "alerts",
      queryPermission: async () => (folder.granted ? "granted" : "prompt"),
      requestPermission: async () => {
        folder.asked++;
        folder.granted = true;
        return "granted";
      },
      getFileHandle: async (name, options = {}) => {
        if (!(name in folder.files) && !options.create) throw new DOMException("no such file", "NotFoundError");
        return file(name);
      },
    };
    window.showDirectoryPicker = async () => {
      folder.picked++;
      return dir;
    };
  });
  const entry = publishedIndex().find((e) => e.status === "published" && e.language === "en");
  const name = `${entry.id}.json`;
  const folder = () => page.evaluate(() => window.__folder);
  await startEditing(page, entry.id);
  await page.locator("#save-folder").click();
  await expect(page.locator(".save-outcome")).toContainText(`Saved ${name} in the alerts folder`);
  expect((await folder()).files[name]).toBe(publishedFile(entry.id));
  expect((await folder()).picked).toBe(1);
  expect((await folder()).asked).toBe(1);
  await expect(page.locator(".save-bar")).toContainText("Folder: alerts.");

  // Saved again: the same folder, no question.
  await page.locator("#field-tags").fill("example folder");
  await page.keyboard.press("Control+S");
  await expect.poll(async () => JSON.parse((await folder()).files[name]).tags).toEqual(["example folder"]);
  expect((await folder()).picked).toBe(1);

  // Someone changes the file meanwhile: asked, kept when refused, replaced when accepted.
  await page.evaluate((name) => (window.__folder.files[name] = "changed by someone else"), name);
  await page.locator("#field-tags").fill("example replaced");
  let answer = false;
  const questions = [];
  page.on("dialog", (d) => {
    questions.push(d.message());
    return answer ? d.accept() : d.dismiss();
  });
  await page.locator("#save-folder").click();
  await expect(page.locator(".save-outcome")).toContainText(`Not saved: ${name} in the folder was kept as it is`);
  expect((await folder()).files[name]).toBe("changed by someone else");
  answer = true;
  await page.locator("#save-folder").click();
  await expect(page.locator(".save-outcome")).toContainText(`Saved ${name} in the alerts folder`);
  expect(JSON.parse((await folder()).files[name]).tags).toEqual(["example replaced"]);
  expect(questions).toHaveLength(2);
  expect(questions[0]).toContain("differs from the one you opened");
});

test("a save with errors saves nothing and moves focus to the first field with one, which names its problem", async ({ page }) => {
  await startBlank(page);
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.locator("#save-download").click();
  await expect(page.locator(".save-outcome")).toContainText("Not saved: fix the 3 errors first");
  await expect(page.locator("#field-title")).toBeFocused();
  await expect(page.locator("#field-title")).toHaveAttribute("aria-invalid", "true");
  const described = await page.locator("#field-title").getAttribute("aria-describedby");
  expect(described.split(" ")).toContain("problems-title");
  await expect(page.locator("#problems-title")).toContainText("is empty");
  // Fixed, the problem leaves its field.
  await page.locator("#field-title").fill("Example: fixed (sample)");
  await expect(page.locator("#problems-title")).toBeEmpty();
  await expect(page.locator("#field-title")).toHaveAttribute("aria-invalid", "false");
  expect(downloads).toBe(0);
});

test("the form comes back as typed after a reload, a half-typed date included, with its problem beside it", async ({ page }) => {
  await startBlank(page);
  await page.locator("#field-title").fill("Example: kept across a reload (sample)");
  await page.locator("#field-published").fill("2026-13-45");
  await expect(page.locator("#problems-published")).toContainText("2026-13-45");
  await page.reload();
  await expect(page.locator("#field-title")).toHaveValue("Example: kept across a reload (sample)");
  await expect(page.locator("#field-published")).toHaveValue("2026-13-45");
  await expect(page.locator("#problems-published")).not.toBeEmpty();
  await expect(page.locator("#field-id")).toHaveValue("example-kept-across-a-reload-sample");
});

test("the same draft typed in two tabs: each tab says the other changed it, and a draft elsewhere says nothing", async ({ page }) => {
  await startBlank(page);
  await page.locator("#field-title").fill("Example: open in two tabs (sample)");
  // A second tab of the same browser reopens the draft kept there.
  const other = await page.context().newPage();
  await other.goto("/preview");
  await expect(other.locator("#field-title")).toHaveValue("Example: open in two tabs (sample)");
  await expect(page.locator("#changed-elsewhere")).toHaveCount(0);
  await other.locator("#field-summary").fill("Typed in the second tab.");
  await expect(page.locator("#changed-elsewhere")).toContainText("changed in another tab");
  await expect(other.locator("#changed-elsewhere")).toHaveCount(0);
  await page.locator("#field-summary").fill("Typed in the first tab.");
  await expect(other.locator("#changed-elsewhere")).toContainText("changed in another tab");
  // Another draft written in the second tab is not this one: no word.
  await page.reload();
  await expect(page.locator("#changed-elsewhere")).toHaveCount(0);
  await other.getByRole("button", { name: "Close this draft" }).click();
  await other.getByRole("button", { name: "Start a new alert" }).click();
  await other.locator("#field-title").fill("Example: another draft (sample)");
  await page.locator("#field-summary").fill("Still the first draft.");
  await expect(other.locator("#field-title")).toHaveValue("Example: another draft (sample)");
  await expect(page.locator("#changed-elsewhere")).toHaveCount(0);
  await other.close();
});

test("leaving with work not yet in a file asks first; once saved, it does not", async ({ page }) => {
  await startEditing(page, publishedIndex().find((e) => e.language === "en").id);
  // Typed, as a person does: the browser only asks on a page used by hand.
  await page.locator("#field-tags").click();
  await page.keyboard.press("End");
  await page.keyboard.type(", example unsaved");
  const asked = [];
  page.on("dialog", (d) => {
    asked.push(d.type());
    d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(["beforeunload"]);
  expect(page.isClosed()).toBe(false);
  await download(page);
  const closed = page.waitForEvent("close");
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(asked).toEqual(["beforeunload"]);
});

/** A span as the file writes it (a plain string when unmarked) or as the
 *  fixtures list it, in one shape. */
const spanShape = (s) => (typeof s === "string" ? { text: s, marks: [], href: null } : { text: s.text, marks: s.marks ?? [], href: s.href ?? null });
const blockShape = (b) => ({
  ...b,
  ...(b.text ? { text: b.text.map(spanShape) } : {}),
  ...(b.items ? { items: b.items.map((i) => i.map(spanShape)) } : {}),
  ...(b.type === "quote" ? { cite: b.cite ?? null } : {}),
});

// Each fixture is clipboard HTML of the kind Word, Google Docs and a web
// page put on the clipboard (where each comes from is said in its first
// line); the native tests hold the conversion to the same expected blocks.
for (const source of ["word", "google-docs", "web-page"]) {
  test(`rich text pasted from ${source} becomes the blocks its fixture expects, in the body as Markdown`, async ({ page }) => {
    const html = readFileSync(`${repo}crates/authoring/tests/paste/${source}.html`, "utf8");
    const expected = JSON.parse(readFileSync(`${repo}crates/authoring/tests/paste/${source}.expected.json`, "utf8"));
    await startBlank(page);
    await page.locator("#field-title").fill("Example: pasted (sample)");
    await page.locator("#field-countries").fill("Sudan");
    await page.locator("#field-countries").press("Enter");
    await page.locator("#field-body").focus();
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", "the plain text, which must not be used");
      document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await expect(page.locator("#paste-note")).toContainText("Pasted as Markdown");
    await expect(page.locator("#field-body")).not.toHaveValue(/the plain text/);
    await expect(page.locator("#field-body")).toHaveValue(/^## /);
    const saved = await download(page);
    expect(JSON.parse(saved.text).body.map(blockShape)).toEqual(expected.map(blockShape));
    if (source === "web-page") await expect(page.locator("#paste-note")).toContainText("an image");
  });
}

test("work not yet in a file is never dropped to keep newer drafts, and discarding it asks first", async ({ page }) => {
  await page.goto("/preview");
  await heading(page);
  const titles = Array.from({ length: 7 }, (_, n) => `Example: draft number ${n + 1} (sample)`);
  for (const title of titles) {
    await page.getByRole("button", { name: "Start a new alert" }).click();
    await page.locator("#field-title").fill(title);
    await expect(page.locator(".draft-banner code")).toContainText(`draft-number-${titles.indexOf(title) + 1}-sample.json`);
    await page.getByRole("button", { name: "Close this draft" }).click();
  }
  // Seven drafts, more than the five kept: none is dropped, being work.
  for (let n = 1; n <= 7; n++) await expect(page.locator(".recent-drafts")).toContainText(`example-draft-number-${n}-sample.json`);
  await page.locator(".recent-drafts button", { hasText: "example-draft-number-1-sample.json" }).click();
  await expect(page.locator("#field-title")).toHaveValue(titles[0]);
  const asked = [];
  page.once("dialog", (d) => {
    asked.push(d.message());
    d.dismiss();
  });
  await page.getByRole("button", { name: "Discard this draft" }).click();
  await expect.poll(() => asked).toHaveLength(1);
  expect(asked[0]).toContain("not in a file");
  await expect(page.locator("#field-title")).toHaveValue(titles[0]);
});
