// Makes a pair of snapshots of Kingston's 2019 plan, so that `cpc diff` and `cpc trend` can be
// tried on a real plan: `npm run build && node examples/kingston-snapshots/make-snapshots.mjs`.
//
// april.json is the plan as the council published it (../kingston-2019.json, seed 001), dated by
// publishedOn 2019-04: its comments speak of April 2019 as now ("aim to submit by end of April",
// "will launch in May 2019"). july.json is ILLUSTRATIVE, not published by the council: it adds
// dated updates (updateAction, rescheduleAction) for what the plan's own comments scheduled
// for May to July 2019, so that there is something to compare. april.json is
// planAsOf(july, "2019-04-30"), which gives back the published plan.
import { readFileSync, writeFileSync } from "node:fs";
import { planAsOf, rescheduleAction, updateAction } from "../../dist/index.js";

const here = new URL(".", import.meta.url);
const published = { ...JSON.parse(readFileSync(new URL("../kingston-2019.json", here), "utf8")), publishedOn: "2019-04" };
let july = published;
// 2: "To commence in May" (not started in April).
july = updateAction(july, "2", { date: "2019-05-31", status: "in-progress", note: "Commenced in May, as the plan scheduled (illustrative)." });
// 1.2: "Scheduled to begin in June".
july = updateAction(july, "1.2", { date: "2019-06-28", status: "in-progress", note: "Begun in June, as the plan scheduled (illustrative)." });
// 7.6: "Plan to be published in July 2019" (target Sept 2019).
july = updateAction(july, "7.6", { date: "2019-07-31", status: "complete", note: "Health and Care Plan published in July (illustrative)." });
// 8.2: target June 2019, "Plan being developed to go to SLT in May 2019": moved to September.
july = rescheduleAction(july, "8.2", { date: "2019-07-01", timescale: "September 2019", note: "SLT asked for a revised draft (illustrative)." });

const april = planAsOf(july, "2019-04-30");
writeFileSync(new URL("april.json", here), `${JSON.stringify(april, null, 2)}\n`);
writeFileSync(new URL("july.json", here), `${JSON.stringify(july, null, 2)}\n`);
