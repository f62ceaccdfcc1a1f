// A council system's code, as a strict TypeScript user writes it (strict,
// exactOptionalPropertyTypes, noUncheckedIndexedAccess, nodenext): every way issue 12 lists
// of using the API, with no cast. CI compiles it against the installed tarball.
import type { Immutable } from "immer";
import {
  comparePlans,
  isRag,
  isStatus,
  isThemeId,
  ISSUE_CODES,
  overdueActions,
  parseTimescale,
  progressHeadline,
  ragLabel,
  rollup,
  rollupByTheme,
  statusLabel,
  statusSummary,
  updateAction,
  type Action,
  type ActionPlan,
  type IssueCode,
  type Rag,
  type Status,
  type ThemeId,
  type Update,
} from "peer-challenge";
import { actionPlanSchema, actionSchema, validatePlan } from "peer-challenge/schema";
import { buildReport, type Report } from "peer-challenge/report";

// A fixture written as const is a plan.
const fixture = {
  schemaVersion: 1,
  council: { name: "Example Council" },
  peerChallenge: { start: "2024-01" },
  recommendations: [{ id: "R1", title: "Strengthen governance", themes: ["governance-and-culture"] }],
  actions: [
    {
      id: "1.1",
      recommendation: "R1",
      title: "Review the constitution",
      owners: ["Monitoring Officer"],
      timescale: "March 2025",
      status: "in-progress",
      updates: [{ date: "2024-06-01", status: "in-progress", note: "Started" }],
    },
  ],
} as const;
statusSummary(fixture);

// validatePlan narrows on ok.
const result = validatePlan(JSON.parse("{}"));
if (result.ok) {
  const plan: ActionPlan = result.plan;
  statusSummary(plan);
} else {
  const codes: IssueCode[] = result.issues.map((i) => i.code);
  const severity: "error" | "warning" = ISSUE_CODES[codes[0] ?? "wrong-type"];
  void severity;
}

// Options take undefined, as from the environment.
const asOf: string | undefined = process.env["AS_OF"];
progressHeadline(fixture, { asOf, quarters: undefined });
overdueActions(fixture.actions, { asOf });

// A deep-frozen plan (immer's Immutable) is a plan; a stored update goes back in.
const frozen: Immutable<ActionPlan> = fixture;
const stored: Update | undefined = frozen.actions[0]?.updates?.[0];
if (stored) updateAction(frozen, "1.1", stored);
comparePlans(frozen, fixture);

// Named types in a plan, narrowing on kind.
const first: Action | undefined = fixture.actions[0];
const t = parseTimescale(first?.timescale ?? "");
if (t.kind === "date") console.log(t.due);

// Rollup keys typed by what they group by; theme rollups keyed by theme id.
for (const g of rollup(fixture, { by: "status" }).groups) {
  const status: Status = g.key;
  console.log(statusLabel(status), g.actions);
}
const themes: readonly ThemeId[] = rollupByTheme(fixture).flatMap((g) => (g.key === "unassigned" ? [] : [g.key]));

// Guards for values from a spreadsheet.
const cell: unknown = "amber";
if (isRag(cell)) {
  const rag: Rag = cell;
  console.log(ragLabel(rag));
}
if (isStatus(cell) || isThemeId(cell)) console.log(cell);

// The exported schemas are zod objects: extend them.
const costedAction = actionSchema.extend({ cost: actionSchema.shape.title.optional() });
costedAction.safeParse(first);
console.log(Object.keys(actionPlanSchema.shape).length, themes.length);

// The report model.
const report: Report = buildReport(fixture, { asOf: "2024-06-30" });
console.log(report.headline.completed.percent);
