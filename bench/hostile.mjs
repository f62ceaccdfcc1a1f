// parseTimescale on 100 kB adversarial strings: each must parse in under 50 ms.
import { parseTimescale } from "peer-challenge";
import { fmt, time } from "./lib.mjs";

const inputs = {
  'repeated "March "': "March ".repeat(17_000),
  'repeated "1/"': "1/".repeat(50_000),
  'repeated "Q"': "Q".repeat(100_000),
  'repeated "-"': "-".repeat(100_000),
  "repeated labelled dates": "Phase 1 – March 2024 ".repeat(5_000),
  "digits": "2024".repeat(25_000),
  "repeated parts of a period": `${"early ".repeat(20_000)}2024`,
  "one range of 16,000 months": `${"March-".repeat(16_000)} 2024`,
  "dates restated in brackets": "Q1 (Q1 2024) ".repeat(7_000),
  "repeated relative words": `${"within ".repeat(14_000)}6 months`,
  "repeated revised targets": "March 2024 (originally June 2024) ".repeat(3_000),
};
console.log("parseTimescale on 100 kB adversarial strings (target: under 50 ms each)");
for (const [name, text] of Object.entries(inputs)) {
  const ms = time(() => parseTimescale(text), { runs: 5, warmup: 1 });
  console.log(`  ${name.padEnd(30)} ${fmt(text.length / 1000)} kB  ${fmt(ms, 1)} ms`);
}
