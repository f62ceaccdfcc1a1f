// parseTimescale on a million distinct texts, written the ways councils write them
// (months, seasons, financial years and quarters, day-first dates, ranges,
// alternatives, "and ongoing", milestones). Each text is distinct, so no cache helps.
import { parseTimescale } from "peer-challenge";
import { fmt, time } from "./lib.mjs";

const MONTHS = ["January", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "October", "Nov", "December"];
const SEASONS = ["Spring", "Summer", "Autumn", "Winter"];
const FORMS = [
  (i, y) => `${MONTHS[i % 12]} ${y}`,
  (i, y) => `${SEASONS[i % 4]} ${String(y % 100).padStart(2, "0")}`,
  (i, y) => `${y}/${(y + 1) % 100}`,
  (i, y) => `Q${(i % 4) + 1} ${y}/${(y + 1) % 100}`,
  (i, y) => `${(i % 28) + 1}/${(i % 12) + 1}/${y}`,
  (i, y) => `${MONTHS[i % 6]}-${MONTHS[6 + (i % 6)]} ${y}`,
  (i, y) => `${MONTHS[i % 11]}/${MONTHS[(i % 11) + 1]} ${y}`,
  (i, y) => `${MONTHS[i % 12]} ${y} and ongoing`,
  (i, y) => `By ${MONTHS[i % 12]} ${y}`,
  (i, y) => `Working Group – ${MONTHS[i % 12]} ${y} Final strategy – ${MONTHS[(i + 7) % 12]} ${y + 1}`,
];

const N = 1_000_000;
// A phase number makes every text distinct, as "Phase 12: March 2024" would be. The texts
// go through JSON, as a plan file's do: built with template literals they would be
// strings in pieces, which V8 reads more slowly than the flat strings JSON.parse makes.
const texts = JSON.parse(JSON.stringify(Array.from({ length: N }, (_, i) => `Phase ${i}: ${FORMS[i % FORMS.length](i, 2000 + (i % 100))}`)));
let dated = 0;
const ms = time(
  () => {
    dated = 0;
    for (const t of texts) if (parseTimescale(t).kind !== "unknown") dated++;
  },
  { runs: 9, warmup: 1 },
);
console.log(`parseTimescale, ${fmt(N)} distinct texts (${fmt(dated)} read as dates); median of 9 runs`);
console.log(`  ${fmt(ms)} ms: ${fmt((N / ms) * 1000)} texts/s   (target: at least 1,200,000 texts/s)`);

// The forms of issue 29 (terms, recurrences, "before", a quarter after a hyphen, seasons with
// "of", backward ranges refused), distinct by their phase number as above.
const NEW_FORMS = [
  (i, y) => `Autumn term ${y}`,
  (i, y) => `Spring term ${y}/${(y + 1) % 100}`,
  (i, y) => `Q${(i % 4) + 1} - ${y}/${(y + 1) % 100}`,
  (i, y) => `spring of ${y}`,
  (i, y) => `prior to ${MONTHS[i % 12]} ${y}`,
  (i) => `${MONTHS[i % 12]} each year`,
  (i, y) => `${MONTHS[(i % 6) + 6]} ${y} – ${MONTHS[i % 6]} ${y}`,
  (i, y) => `financial year ${y}`,
];
const M = 200_000;
const newTexts = JSON.parse(JSON.stringify(Array.from({ length: M }, (_, i) => `Phase ${i}: ${NEW_FORMS[i % NEW_FORMS.length](i, 2000 + (i % 100))}`)));
const msNew = time(
  () => {
    for (const t of newTexts) parseTimescale(t);
  },
  { runs: 9, warmup: 1 },
);
console.log(`parseTimescale, ${fmt(M)} distinct texts of the forms added for issue 29; median of 9 runs`);
console.log(`  ${fmt(msNew)} ms: ${fmt((M / msNew) * 1000)} texts/s`);
