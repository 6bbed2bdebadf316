// Prints one closing line for the whole test run: every native and browser
// test counted, as "N passed, N failed".
import { readFileSync } from "node:fs";

const [nativeLog, e2eJson] = process.argv.slice(2);
let passed = 0, failed = 0, skipped = 0;
for (const m of readFileSync(nativeLog, "utf8").matchAll(/test result: \w+\. (\d+) passed; (\d+) failed; (\d+) ignored/g)) {
  passed += +m[1]; failed += +m[2]; skipped += +m[3];
}
const nativePassed = passed;
const stats = JSON.parse(readFileSync(e2eJson, "utf8")).stats;
passed += stats.expected; failed += stats.unexpected; skipped += stats.skipped;
console.log(`native tests: ${nativePassed} passed; browser tests: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
