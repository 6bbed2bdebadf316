// Writes crates/prerender/map/world.json: every country of Natural Earth's
// 1:110m map (public domain, through the world-atlas package), projected
// once (Equal Earth) into SVG path data keyed by ISO 3166-1 alpha-2, with
// a centroid for each, and "small" for places too small to tap, which the
// map draws as a point marker too. Run by hand when the map data should
// change; the build reads the committed file and needs no network.
//
//   node scripts/world-map.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import { geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));
// Antarctica and the French Southern Territories carry no alerts and would
// take a fifth of the map's height.
const LEFT_OUT = new Set(["AQ", "TF"]);
const WIDTH = 1000;
const all = feature(topology, topology.objects.countries);
const world = { ...all, features: all.features.filter((f) => !LEFT_OUT.has(f.id && countries.numericToAlpha2(f.id))) };
const projection = geoEqualEarth().fitWidth(WIDTH, world);
const path = geoPath(projection).digits(0);
const HEIGHT = Math.ceil(path.bounds(world)[1][1]);

/** d3's whole-unit path ("M555,86L556,88…Z") with each point as a step
 *  from the last ("M555,86l1,2 1-1…Z") and the points that rounding made
 *  repeat dropped: the map is inline on /map, and this halves its gzip
 *  weight (25.4 KB → 11.6 KB for every path). The same shapes. */
function relative(d) {
  return d.replace(/M([^MZ]*)(Z?)/g, (_, ring, close) => {
    const points = ring.split("L").map((p) => p.split(",").map(Number));
    const kept = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
    if (close && kept.length > 1 && kept.at(-1)[0] === kept[0][0] && kept.at(-1)[1] === kept[0][1]) kept.pop();
    const steps = kept.slice(1).map((p, i) => `${p[0] - kept[i][0]},${p[1] - kept[i][1]}`.replace(",-", "-"));
    return `M${kept[0].join(",")}${steps.length ? "l" + steps.join(" ").replace(/ -/g, "-") : ""}${close}`;
  });
}

const out = {};
const skipped = [];
for (const f of world.features) {
  // A few territories have no numeric code (Kosovo, Northern Cyprus, …).
  const code = f.id && countries.numericToAlpha2(f.id);
  if (LEFT_OUT.has(code)) continue;
  if (!code) {
    skipped.push(f.properties.name);
    continue;
  }
  // Whole units: the app then formats no floating-point numbers (which
  // would cost its wasm the float formatting code).
  const [x, y] = path.centroid(f).map((n) => Math.round(n));
  const area = path.area(f);
  // Its bounds, for zooming to a region.
  const b = path.bounds(f).flat().map((n, i) => (i < 2 ? Math.floor(n) : Math.ceil(n)));
  out[code] = { d: relative(path(f)), c: [x, y], b, ...(area < 60 ? { small: true } : {}) };
}
const sorted = Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
const file = new URL("../crates/prerender/map/world.json", import.meta.url);
writeFileSync(file, JSON.stringify({ source: "Natural Earth 1:110m (public domain), world-atlas 2.0.2; Equal Earth projection", width: WIDTH, height: HEIGHT, countries: sorted }) + "\n");
console.log(`${Object.keys(sorted).length} countries written; without an ISO code, left out: ${skipped.join(", ")}`);
