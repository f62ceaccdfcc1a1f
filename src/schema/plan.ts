/**
 * The action-plan file format as zod schemas: the single source of truth for
 * the data shapes. The TypeScript types (`model/types.ts`) are written out, so that
 * hovers and errors name them, and a type test (`test/types.test-d.ts`) holds them
 * equal to what these schemas accept; the JSON Schema is generated from them, with the
 * descriptions of `json-schema.ts` (kept there, out of every app that validates).
 *
 * @module
 */
import * as z from "zod";
import { CURRENT_THEME_IDS, FRAMEWORKS, PREVIOUS_THEME_IDS, RAGS, STATUSES } from "../model/vocabulary.js";

/** A month, `YYYY-MM`. */
export { MONTH } from "./patterns.js";
import { MONTH, YEAR } from "./patterns.js";

/** A calendar date in the schemas: the one definition, used by the plan and the progress review. @internal */
export const calendarDate = z.iso.date();

/** A date or a month in the schemas. @internal */
export const monthOrDate = z.union([z.iso.date(), z.string().regex(MONTH, "expected YYYY-MM")]);

/** A date, a month or a year: when a thing is expected by, as reports say it. @internal */
export const yearMonthOrDate = z.union([z.iso.date(), z.string().regex(MONTH, "expected YYYY-MM"), z.string().regex(YEAR, "expected YYYY")]);

const id = z.string().min(1);

/** A share of the work done, 0 to 100. */
const percent = z.number().min(0).max(100);

/** The zod schema behind `statusSchema`, with its full type for inference. @internal */
export const statusZod = z.enum(STATUSES);

/** The zod schema behind `ragSchema`, with its full type for inference. @internal */
export const ragZod = z.enum(RAGS);

/** The zod schema behind `themeIdSchema`, with its full type for inference. @internal */
export const themeIdZod = z.enum([...CURRENT_THEME_IDS, ...PREVIOUS_THEME_IDS]);

/** The zod schema behind `updateSchema`, with its full type for inference. @internal */
export const updateZod = z.looseObject({
  /** When the update was made, YYYY-MM-DD. */
  date: calendarDate,
  /** The status from this date on. */
  status: statusZod.optional(),
  /** The RAG rating from this date on. */
  rag: ragZod.optional(),
  /** The target from this date on, as `rescheduleAction` records a new one. */
  timescale: z.string().optional(),
  /** The explicit due date from this date on. */
  due: calendarDate.optional(),
  /** The owners from this date on. */
  owners: z.array(z.string()).optional(),
  /** What was said about progress. */
  note: z.string().optional(),
  /**
   * The values the update replaced, as `updateAction` and `rescheduleAction` record them,
   * so that the plan can be read back as of any date. A key left out means there was none.
   */
  previous: z
    .looseObject({
      /** The status before this update; left out when there was none. */
      status: statusZod.optional(),
      /** The RAG rating before this update; left out when there was none. */
      rag: ragZod.optional(),
      /** The timescale before this update; left out when there was none. */
      timescale: z.string().optional(),
      /** The explicit due date before this update; left out when there was none. */
      due: calendarDate.optional(),
      /** The owners before this update; left out when there were none. */
      owners: z.array(z.string()).optional(),
    })
    .optional(),
});

/** The zod schema behind `stepSchema`, with its full type for inference. @internal */
export const stepZod = z.looseObject({
  /** The step's letter or number within its action, e.g. `"a"`. */
  id,
  /** What the step does, as published. */
  text: z.string(),
  /** The step's target, free text exactly as published (e.g. "Spring 2024"). */
  timescale: z.string().optional(),
  /** An explicit due date that overrides the parsed timescale. */
  due: calendarDate.optional(),
  /** The step's own status, where the plan rates steps separately. */
  status: statusZod.optional(),
  /** The step's own RAG rating, where the plan rates steps separately. */
  rag: ragZod.optional(),
  /** How far the step has got, 0 to 100, where the plan says. */
  percentComplete: percent.optional(),
});

/** The zod schema behind `actionSchema`, with its full type for inference. @internal */
export const actionZod = z.looseObject({
  /** The action's number as published, e.g. `"1.1"`. Unique in the plan. */
  id,
  /** The id of the recommendation this action answers. */
  recommendation: id,
  /** What the action is, as published (may be empty where the plan left it blank). */
  title: z.string(),
  /** The lettered steps, in order. */
  steps: z.array(stepZod).optional(),
  /** Who leads it: one entry per person or body ("Sarah Ireland / Stephen Evans" is two). */
  owners: z.array(z.string()).optional(),
  /** The target, free text exactly as published ("Autumn 19", "Nov 2019 and ongoing"). */
  timescale: z.string().optional(),
  /** An explicit due date that overrides the parsed timescale. */
  due: calendarDate.optional(),
  /** The current status. None yet counts as not started. */
  status: statusZod.optional(),
  /** The status as written, where it is no status peer-challenge reads: the action is counted apart, as unrecognised. */
  statusText: z.string().optional(),
  /** The RAG rating the council reported. */
  rag: ragZod.optional(),
  /** How far the action has got, 0 to 100, where the plan says (trackers such as Camms and Pentana do). */
  percentComplete: percent.optional(),
  /** The action's weight in weighted figures: a positive number, 1 when left out. */
  weight: z.number().positive().optional(),
  /** Comments or milestones, as published. */
  comments: z.string().optional(),
  /** Dated progress updates, oldest first. */
  updates: z.array(updateZod).optional(),
});

/** The zod schema behind `recommendationSchema`, with its full type for inference. @internal */
export const recommendationZod = z.looseObject({
  /** The recommendation's id, e.g. `"R1"`. Unique in the plan. */
  id,
  /** The recommendation's wording, as published. */
  title: z.string().regex(/\S/, "has no text"),
  /** The themes (of the plan's framework) it falls under, where known. */
  themes: z.array(themeIdZod).min(1).optional(),
  /** A local grouping heading, e.g. a section row of the plan ("FINANCIAL CHALLENGE"). */
  heading: z.string().optional(),
  /** The recommendation's sub-points, as the report lists them under it. */
  points: z.array(z.string()).optional(),
});

/** The zod schema behind `actionPlanSchema`, with its full type for inference. @internal */
export const actionPlanZod = z.looseObject({
  /** The version of this file format. Always `1`. */
  schemaVersion: z.literal(1),
  /** The council whose plan this is. */
  council: z
    .looseObject({
      /** The council's name. */
      name: z.string().regex(/\S/, "has no text"),
      /** Its ONS/GSS code, e.g. `"E07000146"`. */
      code: z.string().optional(),
    })
    .optional(),
  /** The plan's title, as published. */
  title: z.string().optional(),
  /** Which theme framework the recommendations' themes use. Default `"current"`. */
  framework: z.enum(FRAMEWORKS).optional(),
  /** When the peer team was on site. */
  peerChallenge: z
    .looseObject({
      /** The first day on site (or the month, where that is all the source gives). */
      start: monthOrDate,
      /** The last day on site. */
      end: monthOrDate.optional(),
      /** By when the next corporate peer challenge is expected ("by 2024"): a year, month or date. */
      nextBy: yearMonthOrDate.optional(),
    })
    .optional(),
  /** When the plan was published. */
  publishedOn: monthOrDate.optional(),
  /**
   * The RAG scheme the council uses: `brag` has blue for complete. Every summary of the
   * plan uses it, whatever one officer typed. Default: `brag` when any action is rated blue.
   */
  ragScheme: z.enum(["rag", "brag"]).optional(),
  /** Local focus areas the council added to the five themes. */
  focusAreas: z.array(z.string()).optional(),
  /** The peer team, as the report names it. */
  peerTeam: z
    .array(
      z.looseObject({
        /** The peer's name, as the report gives it ("Councillor Adam Paynter"). */
        name: z.string().regex(/\S/, "has no text"),
        /** Their role ("Leader", "Chief Executive"). */
        role: z.string().optional(),
        /** Their council or organisation. */
        organisation: z.string().optional(),
      }),
    )
    .optional(),
  /** The peer team's recommendations, in published order. */
  recommendations: z.array(recommendationZod),
  /** The actions, in published order. */
  actions: z.array(actionZod),
});

// The exported schemas are the zod objects themselves, so that `.shape`, `.extend`, `.pick`
// and `.partial` work on them; a type test holds their output equal to the model types.

/**
 * A canonical status, as stored in a plan file.
 *
 * @category Validation
 * @example
 * ```ts
 * import { statusSchema } from "peer-challenge/schema";
 * statusSchema.safeParse("complete").success;
 * //=> true
 * ```
 */
export const statusSchema: typeof statusZod = statusZod;

/**
 * A canonical RAG rating, as stored in a plan file.
 *
 * @category Validation
 * @example
 * ```ts
 * import { ragSchema } from "peer-challenge/schema";
 * ragSchema.safeParse("Amber").success;
 * //=> false (files hold canonical values; normaliseRag maps wordings)
 * ```
 */
export const ragSchema: typeof ragZod = ragZod;

/**
 * A theme id from either framework.
 *
 * @category Validation
 * @example
 * ```ts
 * import { themeIdSchema } from "peer-challenge/schema";
 * themeIdSchema.safeParse("capacity-to-deliver").success;
 * //=> true
 * ```
 */
export const themeIdSchema: typeof themeIdZod = themeIdZod;

/**
 * A dated entry in an action's history.
 *
 * @category Validation
 * @example
 * ```ts
 * import { updateSchema } from "peer-challenge/schema";
 * updateSchema.safeParse({ date: "2024-06-01", status: "in-progress" }).success;
 * //=> true
 * ```
 */
export const updateSchema: typeof updateZod = updateZod;

/**
 * A lettered step of an action ("a", "b", "c"), with its own timescale where the plan gives one.
 *
 * @category Validation
 * @example
 * ```ts
 * import { stepSchema } from "peer-challenge/schema";
 * stepSchema.safeParse({ id: "a", text: "Procure an external survey provider." }).success;
 * //=> true
 * ```
 */
export const stepSchema: typeof stepZod = stepZod;

/**
 * One action of the plan, answering a recommendation.
 *
 * @category Validation
 * @example
 * ```ts
 * import { actionSchema } from "peer-challenge/schema";
 * actionSchema.safeParse({ id: "1.1", recommendation: "R1", title: "Develop a customer Engagement Strategy" }).success;
 * //=> true
 * ```
 */
export const actionSchema: typeof actionZod = actionZod;

/**
 * A recommendation of the peer team, as the plan records it.
 *
 * @category Validation
 * @example
 * ```ts
 * import { recommendationSchema } from "peer-challenge/schema";
 * recommendationSchema.safeParse({ id: "R5", title: "Use headroom to deliver ongoing annual revenue savings" }).success;
 * //=> true
 * ```
 */
export const recommendationSchema: typeof recommendationZod = recommendationZod;

/**
 * A council's CPC action plan: the shape of the file format users keep. It checks each
 * field; {@link validatePlan} checks this shape and the rules across the plan (ids used
 * once, references that resolve), reads council wordings, and reports every fault at
 * once. Both keep fields the format does not have.
 *
 * @category Validation
 * @example
 * ```ts
 * import { actionPlanSchema } from "peer-challenge/schema";
 * actionPlanSchema.safeParse({
 *   schemaVersion: 1,
 *   council: { name: "Royal Borough of Kingston upon Thames" },
 *   peerChallenge: { start: "2019-01-07", end: "2019-01-10" },
 *   recommendations: [],
 *   actions: [],
 * }).success;
 * //=> true
 * ```
 */
export const actionPlanSchema: typeof actionPlanZod = actionPlanZod;
