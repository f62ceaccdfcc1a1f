/**
 * The domain types. They are written out here, read-only and with every field
 * documented, so that hovers and errors name them; a type test holds them equal to what
 * the zod schemas (`schema/plan.ts`) accept, so the data format still has one definition.
 * Only types are imported: the root entry never loads zod.
 *
 * Every field and list is `readonly`: a plan from `validatePlan`, an `as const` fixture, a
 * deep-frozen object and immer's `Immutable<ActionPlan>` are all an `ActionPlan`. The
 * functions that change a plan (`updateAction`) return a new one.
 *
 * @module
 */
import type { Framework, Rag, Status, ThemeId } from "./vocabulary.js";

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
export interface ActionPlan {
  /** The version of this file format. Always `1`. */
  readonly schemaVersion: 1;
  /** The council whose plan this is. Left out only where the source does not say (a tracker); `validatePlan` warns. */
  readonly council?: Council | undefined;
  /** The plan's title, as published. */
  readonly title?: string | undefined;
  /** Which theme framework the recommendations' themes use. Default `"current"`. */
  readonly framework?: Framework | undefined;
  /** When the peer team was on site. Left out only where the source does not say; `validatePlan` warns. */
  readonly peerChallenge?: PeerChallengeDates | undefined;
  /** When the plan was published: `YYYY-MM-DD`, or `YYYY-MM` where only the month is known. */
  readonly publishedOn?: string | undefined;
  /**
   * The RAG scheme the council uses: `brag` has blue for complete. Every summary of the
   * plan uses it, whatever one officer typed. Default: `brag` when any action is rated blue.
   */
  readonly ragScheme?: "rag" | "brag" | undefined;
  /** Local focus areas the council added to the five themes. */
  readonly focusAreas?: readonly string[] | undefined;
  /** The peer team, as the report names it. */
  readonly peerTeam?: readonly PeerTeamMember[] | undefined;
  /** The peer team's recommendations, in published order. */
  readonly recommendations: readonly Recommendation[];
  /** The actions, in published order. */
  readonly actions: readonly Action[];
}

/**
 * The council whose plan it is.
 *
 * @category Model
 * @example
 * ```ts
 * import type { Council } from "peer-challenge";
 * const council: Council = { name: "Borough Council of King's Lynn and West Norfolk", code: "E07000146" };
 * ```
 */
export interface Council {
  /** The council's name. */
  readonly name: string;
  /** Its ONS/GSS code, e.g. `"E07000146"`. */
  readonly code?: string | undefined;
}

/**
 * When the peer team was on site.
 *
 * @category Model
 * @example
 * ```ts
 * import type { PeerChallengeDates } from "peer-challenge";
 * const dates: PeerChallengeDates = { start: "2019-01-07", end: "2019-01-10" };
 * ```
 */
export interface PeerChallengeDates {
  /** The first day on site, `YYYY-MM-DD` (or `YYYY-MM`, where that is all the source gives). */
  readonly start: string;
  /** The last day on site. */
  readonly end?: string | undefined;
  /** By when the next corporate peer challenge is expected ("by 2024"): `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly nextBy?: string | undefined;
}

/**
 * A member of the peer team, as the feedback report names them.
 *
 * @category Model
 * @example
 * ```ts
 * import type { PeerTeamMember } from "peer-challenge";
 * const peer: PeerTeamMember = { name: "Councillor Adam Paynter", role: "Leader", organisation: "Cornwall Council" };
 * ```
 */
export interface PeerTeamMember {
  /** The peer's name, as the report gives it. */
  readonly name: string;
  /** Their role ("Chief Executive", "Leader"). */
  readonly role?: string | undefined;
  /** Their council or organisation. */
  readonly organisation?: string | undefined;
}

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
export interface Recommendation {
  /** The recommendation's id, e.g. `"R1"`. Unique in the plan. */
  readonly id: string;
  /** The recommendation's wording, as published. */
  readonly title: string;
  /** The themes (of the plan's framework) it falls under, where known. */
  readonly themes?: readonly ThemeId[] | undefined;
  /** A local grouping heading, e.g. a section row of the plan ("FINANCIAL CHALLENGE"). */
  readonly heading?: string | undefined;
  /** The recommendation's sub-points, as the report lists them under it. */
  readonly points?: readonly string[] | undefined;
}

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
export interface Action {
  /** The action's number as published, e.g. `"1.1"`. Unique in the plan. */
  readonly id: string;
  /** The id of the recommendation this action answers. */
  readonly recommendation: string;
  /** What the action is, as published (may be empty where the plan left it blank). */
  readonly title: string;
  /** The lettered steps, in order. */
  readonly steps?: readonly Step[] | undefined;
  /** Who leads it: one entry per person or body ("Sarah Ireland / Stephen Evans" is two). */
  readonly owners?: readonly string[] | undefined;
  /** The target, free text exactly as published ("Autumn 19", "Nov 2019 and ongoing"). */
  readonly timescale?: string | undefined;
  /** An explicit due date, `YYYY-MM-DD`, that overrides the parsed timescale. */
  readonly due?: string | undefined;
  /** The current status. None yet counts as not started. */
  readonly status?: Status | undefined;
  /**
   * The status as the council wrote it, where it is no status peer-challenge reads
   * ("Update to follow"): kept by `validatePlan` in place of `status`, and the action
   * counted apart, as unrecognised, in every figure.
   */
  readonly statusText?: string | undefined;
  /** The RAG rating the council reported. */
  readonly rag?: Rag | undefined;
  /** How far the action has got, 0 to 100, where the plan says (trackers such as Camms and Pentana do). */
  readonly percentComplete?: number | undefined;
  /** The action's weight in weighted figures: a positive number, 1 when left out. */
  readonly weight?: number | undefined;
  /** Comments or milestones, as published. */
  readonly comments?: string | undefined;
  /** Dated progress updates, oldest first. */
  readonly updates?: readonly Update[] | undefined;
}

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
export interface Step {
  /** The step's letter or number within its action, e.g. `"a"`. */
  readonly id: string;
  /** What the step does, as published. */
  readonly text: string;
  /** The step's target, free text exactly as published (e.g. "Spring 2024"). */
  readonly timescale?: string | undefined;
  /** An explicit due date, `YYYY-MM-DD`, that overrides the parsed timescale. */
  readonly due?: string | undefined;
  /** The step's own status, where the plan rates steps separately. */
  readonly status?: Status | undefined;
  /** The step's own RAG rating, where the plan rates steps separately. */
  readonly rag?: Rag | undefined;
  /** How far the step has got, 0 to 100, where the plan says. */
  readonly percentComplete?: number | undefined;
}

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
export interface Update {
  /** When the update was made, `YYYY-MM-DD`. */
  readonly date: string;
  /** The status from this date on. */
  readonly status?: Status | undefined;
  /** The RAG rating from this date on. */
  readonly rag?: Rag | undefined;
  /** The target from this date on, as `rescheduleAction` records a new one. */
  readonly timescale?: string | undefined;
  /** The explicit due date from this date on, `YYYY-MM-DD`. */
  readonly due?: string | undefined;
  /** The owners from this date on. */
  readonly owners?: readonly string[] | undefined;
  /** What was said about progress. */
  readonly note?: string | undefined;
  /**
   * The values the update replaced, as `updateAction` and `rescheduleAction` record them,
   * so that the plan can be read back as of any date.
   */
  readonly previous?: UpdatePrevious | undefined;
}

/**
 * The values an {@link Update} replaced. A key left out means there was none.
 *
 * @category Model
 * @example
 * ```ts
 * import type { UpdatePrevious } from "peer-challenge";
 * const previous: UpdatePrevious = { status: "not-started" };
 * ```
 */
export interface UpdatePrevious {
  /** The status before the update; left out when there was none. */
  readonly status?: Status | undefined;
  /** The RAG rating before the update; left out when there was none. */
  readonly rag?: Rag | undefined;
  /** The timescale before the update; left out when there was none. */
  readonly timescale?: string | undefined;
  /** The explicit due date before the update; left out when there was none. */
  readonly due?: string | undefined;
  /** The owners before the update; left out when there were none. */
  readonly owners?: readonly string[] | undefined;
}

/**
 * A CPC progress review: council, CPC and review dates, peers, the local headings, the
 * headline the council's plan reported and the findings per recommendation.
 *
 * @category Model
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import type { ProgressReview } from "peer-challenge";
 * const review: ProgressReview = JSON.parse(readFileSync("examples/progress-reviews/west-norfolk-2024.json", "utf8"));
 * review.headline?.completed;
 * //=> 15
 * ```
 */
export interface ProgressReview {
  /** The version of this file format. Always `1`. */
  readonly schemaVersion: 1;
  /** The council reviewed. */
  readonly council: {
    /** The council's name. */
    readonly name: string;
    /** Its ONS/GSS code. */
    readonly code?: string | undefined;
  };
  /** The report's title, as published. */
  readonly title?: string | undefined;
  /** The action-plan file the review looked at, relative to this file. */
  readonly plan?: string | undefined;
  /** When the CPC took place. */
  readonly peerChallenge: {
    /** The first day on site (`YYYY-MM-DD`), or the month (`YYYY-MM`). */
    readonly start: string;
    /** The last day on site. */
    readonly end?: string | undefined;
  };
  /** When the peers were on site for the review. */
  readonly review: {
    /** The first day on site, `YYYY-MM-DD`. */
    readonly start: string;
    /** The last day on site. */
    readonly end?: string | undefined;
  };
  /** The peers, with their roles as the report lists them. */
  readonly peers: readonly {
    /** The peer's name as published. */
    readonly name: string;
    /** Their role on the team ("Member Peer", "Chief Executive Peer"). */
    readonly role: string;
    /** A member peer's political group. */
    readonly politicalGroup?: string | undefined;
    /** Where they come from. */
    readonly organisation?: string | undefined;
  }[];
  /** The local headings the review grouped the recommendations under. */
  readonly headings?:
    | readonly {
        /** The heading as published ("Communication and engagement"). */
        readonly title: string;
        /** The ids of the plan's recommendations under it. */
        readonly recommendations: readonly string[];
      }[]
    | undefined;
  /** The headline the council's RAG-rated plan gave, in per cent, as the report quotes it. */
  readonly headline?:
    | {
        /** Per cent of actions completed. */
        readonly completed: number;
        /** Per cent making expected progress. */
        readonly expectedProgress: number;
        /** Per cent not yet progressed. */
        readonly notProgressed: number;
        /** What the report says about the figures. */
        readonly note?: string | undefined;
      }
    | undefined;
  /** The report's introduction and approach, as published. */
  readonly introduction?: readonly string[] | undefined;
  /** Opening remarks of the feedback, before the findings. */
  readonly summary?: readonly string[] | undefined;
  /** The peers' findings, for one recommendation or for those reviewed together. */
  readonly findings: readonly {
    /** The recommendation ids the finding is about. */
    readonly recommendations: readonly string[];
    /** The heading it appears under. */
    readonly heading?: string | undefined;
    /** The paragraphs, as published; bullet points start with "- ". */
    readonly text: readonly string[];
  }[];
  /** Final thoughts and next steps. */
  readonly nextSteps?: readonly string[] | undefined;
  /** The LGA's contact for the council. */
  readonly contact?:
    | {
        /** The adviser's name. */
        readonly name: string;
        /** Their role ("Principal Adviser"). */
        readonly role: string;
      }
    | undefined;
}
