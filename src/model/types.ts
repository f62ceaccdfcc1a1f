/**
 * The domain types, inferred from the zod schemas so that the data format has a
 * single definition. Only types are imported: the root entry never loads zod.
 *
 * @module
 */
import type { z } from "zod";
import type { actionPlanZod, actionZod, recommendationZod, stepZod, updateZod } from "../schema/plan.js";
import type { progressReviewSchema } from "../schema/progress-review.js";

/**
 * A council's Corporate Peer Challenge action plan, as validated.
 *
 * @category Model
 * @example
 * ```ts
 * import type { ActionPlan } from "peer-challenge";
 * const plan: ActionPlan = {
 *   schemaVersion: 1,
 *   council: { name: "Borough Council of King's Lynn and West Norfolk" },
 *   peerChallenge: { start: "2023-10" },
 *   recommendations: [{ id: "R1", title: "Engage, consult and co-produce with residents" }],
 *   actions: [{ id: "1.1", recommendation: "R1", title: "Develop/deliver a customer Engagement Strategy" }],
 * };
 * ```
 */
export interface ActionPlan extends z.output<typeof actionPlanZod> {}

/**
 * A recommendation of the peer team.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Recommendation } from "peer-challenge";
 * const r: Recommendation = { id: "R8", title: "Undertake a governance review", themes: ["governance-and-culture"] };
 * ```
 */
export interface Recommendation extends z.output<typeof recommendationZod> {}

/**
 * An action of the plan.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Action } from "peer-challenge";
 * const a: Action = { id: "18.1", recommendation: "R18", title: "Create a learning and development programme",
 *   owners: ["Sarah Ireland"], timescale: "Autumn 19", status: "in-progress" };
 * ```
 */
export interface Action extends z.output<typeof actionZod> {}

/**
 * A lettered step of an action.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Step } from "peer-challenge";
 * const s: Step = { id: "c", text: "Scope, develop and implement a new Intranet.", timescale: "December 2024" };
 * ```
 */
export interface Step extends z.output<typeof stepZod> {}

/**
 * A dated progress update of an action.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Update } from "peer-challenge";
 * const u: Update = { date: "2024-06-26", status: "in-progress", rag: "green", note: "Survey complete" };
 * ```
 */
export interface Update extends z.output<typeof updateZod> {}

/**
 * A CPC progress review: council, CPC and review dates, peers, the local headings, the
 * headline the council's plan reported and the findings per recommendation.
 *
 * @category Model
 * @example
 * ```ts
 * import type { ProgressReview } from "peer-challenge";
 * const review: ProgressReview = JSON.parse(readFileSync("examples/west-norfolk-progress-review-2024.json", "utf8"));
 * review.headline?.completed;
 * //=> 15
 * ```
 */
export interface ProgressReview extends z.output<typeof progressReviewSchema> {}
