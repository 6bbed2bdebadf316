// The vanilla-JS baseline for the filtering benchmark. It does what the
// reader does on every change: filter every alert by country, type and
// words (each word must appear in the lower-cased title, summary, type
// label, id, country names and tags), count facets for each filter under
// the others, and render the count and the first ten results.
"use strict";
const LABELS = {
  red_flag_alert: "Red Flag Alert",
  active_genocide_alert: "Active Genocide Alert",
  sos_alert: "SOS Alert",
  statement: "Statement",
  report: "Report",
};
const names = new Intl.DisplayNames(["en"], { type: "region" });
const state = { country: "", type: "", words: "" };
let alerts = [];
let haystacks = [];

const $ = (s) => document.querySelector(s);

function render() {
  const terms = state.words.toLowerCase().split(/\s+/).filter(Boolean);
  const countries = new Map();
  const types = new Map();
  const shown = [];
  for (let i = 0; i < alerts.length; i++) {
    const a = alerts[i];
    const c = !state.country || a.countries.includes(state.country);
    const t = !state.type || a.type === state.type;
    const w = terms.every((term) => haystacks[i].includes(term));
    if (t && w) for (const code of a.countries) countries.set(code, (countries.get(code) || 0) + 1);
    if (c && w) types.set(a.type, (types.get(a.type) || 0) + 1);
    if (c && t && w) shown.push(a);
  }
  const country = $("#filter-country");
  country.replaceChildren(new Option("All countries", ""));
  for (const [code, n] of [...countries].sort((x, y) => names.of(x[0]).localeCompare(names.of(y[0])))) {
    country.add(new Option(`${names.of(code)} (${n})`, code, false, code === state.country));
  }
  const type = $("#filter-type");
  type.replaceChildren(new Option("All types", ""));
  for (const key of Object.keys(LABELS)) type.add(new Option(`${LABELS[key]} (${types.get(key) || 0})`, key, false, key === state.type));
  $(".result-count").textContent = `${shown.length} alerts`;
  // A page of the reader's list (alert_model::reading::catalog::PAGE_SIZE).
  const cards = shown.slice(0, 20).map((a) => {
    const li = document.createElement("li");
    const h = document.createElement("h2");
    const link = document.createElement("a");
    link.href = `alerts/${a.id}`;
    link.textContent = a.title;
    h.append(link);
    const meta = document.createElement("p");
    meta.textContent = `${LABELS[a.type]} · ${a.published}`;
    const summary = document.createElement("p");
    summary.textContent = a.summary;
    li.className = "card";
    li.append(meta, h, summary);
    return li;
  });
  $(".cards").replaceChildren(...cards);
}

async function load() {
  const src = new URLSearchParams(location.search).get("index") || "data/index.json";
  const index = await (await fetch(src)).json();
  alerts = index.alerts;
  haystacks = alerts.map((a) =>
    [a.title, a.summary, LABELS[a.type], a.id, ...a.countries.map((c) => names.of(c)), ...(a.tags || [])].join("\n").toLowerCase(),
  );
  render();
  window.__ready = true;
}

$("#filter-country").addEventListener("change", (e) => { state.country = e.target.value; render(); });
$("#filter-type").addEventListener("change", (e) => { state.type = e.target.value; render(); });
$("#filter-words").addEventListener("input", (e) => { state.words = e.target.value; render(); });
load();
