/**
 * Counting an action of the common kind as one number. Most actions give a canonical status
 * (or none, and nothing else that says how the work is going), a canonical RAG or none, no
 * `due` of their own, and a target text (or, where it gives no date, steps whose texts do).
 * All the facts layer reads of such an action is its status, its RAG as given and what kind
 * of target it has (none; or before the day, due soon or later, each continuing or not):
 * so a rollup counts it as one code, one increment per action, and at the end classifies
 * one example action of each code met (`classifyInto`, the facts layer's own rules) and
 * counts its facts as many times as the code was met, bucket by bucket. Any other action (a
 * wording, a `due`, a status text or other evidence, steps of odd shapes, weights, the
 * expected-progress rule) is classified one at a time as before: this is a way of
 * counting, not a second set of rules. test/properties/rollup-codes.property.test.ts holds
 * it to every action classified on its own.
 */
import { classifyInto, type Facts, type MutableFacts } from "../facts/action.js";
import { targetOf, targetOn, type Context, type Target } from "../facts/context.js";
import type { CalendarDate } from "../dates.js";
import type { Action, Step } from "../model/types.js";
import { RAGS, STATUSES, type Rag, type Status } from "../model/vocabulary.js";
import { addFacts } from "./tally.js";

// Stryker disable all: top-level constants, which the vitest runner never reloads for a mutant; the property test in test/properties/rollup-codes.property.test.ts fails when they drift
/** Statuses as given: the canonical ones in STATUSES order, then none. */
const GIVEN_STATUSES = STATUSES.length + 1;
const NO_STATUS = STATUSES.length;
/** RAG as given: none (0), or 1 + its index in RAGS. */
const GIVEN_RAGS = RAGS.length + 1;
/** Kinds of target: undated (0); dated: 1 + 2 x (past 0, due soon 1, later 2) + continuing. */
const TARGET_KINDS = 7;
/** Codes: status x RAG as given x kind of target. */
const CODES = GIVEN_STATUSES * GIVEN_RAGS * TARGET_KINDS;
// Stryker restore all

/** The kind of a target, as a code counts it. */
function targetKind(t: Target): number {
  if (t.due === undefined) return 0;
  return 1 + (t.past ? 0 : t.soon ? 2 : 4) + (t.continuing ? 1 : 0);
}

// Stryker disable all: wordTable runs only when the module loads (STATUS_TABLE, RAG_TABLE), which the vitest runner never redoes for a mutant; switched on before the load (2026-12-07, docs/quality.md), the words array made empty, the codes filled with +1 and the table left empty read the same, and the others made the tests fail
/**
 * The canonical words of a vocabulary in a table of 2^bits slots, each at the slot its
 * `slot` function gives it: a word is known by one look-up and one comparison, where a
 * chain of comparisons with words in random order costs a mispredicted branch each.
 */
function wordTable(
  words: readonly string[],
  bits: number,
  slot: (word: string) => number,
  first: number,
): { readonly words: (string | undefined)[]; readonly codes: Int32Array } {
  const table = { words: new Array<string | undefined>(1 << bits).fill(undefined), codes: new Int32Array(1 << bits).fill(-1) };
  words.forEach((w, i) => {
    const at = slot(w);
    // Stryker disable next-line all: the canonical words never share a slot (the statistics tests fail at once if they do)
    if (table.words[at] !== undefined) throw new Error(`${w} and ${table.words[at]} share a slot`);
    table.words[at] = w;
    table.codes[at] = first + i;
  });
  return table;
}
// Stryker restore all

// The six statuses differ in length or third letter ("ongoing", "on-hold"); the four RAGs in length or first letter.
const statusSlot = (s: string): number => (s.length * 7 + s.charCodeAt(2)) & 15;
const ragSlot = (r: string): number => (r.length ^ r.charCodeAt(0)) & 7;
// Stryker disable all: built when the module loads; the property test fails when a word is misplaced
const STATUS_TABLE = wordTable(STATUSES, 4, statusSlot, 0);
const RAG_TABLE = wordTable(RAGS, 3, ragSlot, 1);
// Stryker restore all

/** A canonical status's index in STATUSES; NO_STATUS for none; -1 for anything else. */
function statusCode(s: unknown): number {
  if (typeof s !== "string") return s === undefined ? NO_STATUS : -1;
  if (s.length < 3) return -1;
  const at = statusSlot(s);
  return STATUS_TABLE.words[at] === s ? STATUS_TABLE.codes[at]! : -1;
}

/** A RAG as given: 0 for none, 1 + its index in RAGS when canonical, -1 for anything else (a wording, a blank). */
function ragCode(r: unknown): number {
  if (typeof r !== "string") return r === undefined ? 0 : -1;
  if (r.length === 0) return -1;
  const at = ragSlot(r);
  return RAG_TABLE.words[at] === r ? RAG_TABLE.codes[at]! : -1;
}

/** What says how the work of an action with no status is going: a status text, a percent complete or updates (statusFactsInto). */
function hasEvidence(action: Action): boolean {
  return action.statusText !== undefined || action.percentComplete !== undefined || action.updates !== undefined;
}

/**
 * Whether actions can be counted by code in this context: the status rule for RAG (the
 * expected-progress rule reads each action's percent complete), unweighted, and a plan's
 * dates to read targets with (a bare list refuses some targets, one action at a time).
 */
export function codesApply(ctx: Context): boolean {
  return ctx.ragRule === "status" && !ctx.weighted && !ctx.bare;
}

/** What an example action of a kind of target holds: a timescale, or steps whose latest date is the action's. */
type TargetPart = Pick<Action, "timescale" | "steps">;

/**
 * Actions counted by code, in buckets. The codes are numbered densely as they are met, and
 * each has a block of counters, one per bucket: a plan of fifty actions meets a few dozen
 * codes, not every one of the {@link CODES}.
 */
export class CodeCounts {
  /** How many actions each bucket has of each code met: the code met d-th, bucket b at d x buckets + b. */
  private counts: Float64Array;
  /** The order in which each code was first met, or -1. */
  private readonly dense = new Int16Array(CODES).fill(-1);
  /** The codes in the order met. */
  // Stryker disable next-line ArrayDeclaration: an extra first entry is never counted (its block stays 0), so it adds nothing
  private readonly met: number[] = [];
  /** Each distinct text met: its target's index in `targets` x 8 + its kind. */
  private readonly texts = new TextTable();
  /** The target of each distinct text, in the order met. */
  // Stryker disable next-line ArrayDeclaration: the index stored with each text is where its target was pushed, whatever came before
  private readonly targets: Target[] = [];
  /** The kind of each latest step date met (an action's target when its own text gives no date). */
  private readonly stepDates = new TextTable();
  /** What an action of each kind of target met holds; nothing is of kind 0. */
  // Stryker disable next-line ArrayDeclaration: an example of kind 0 that is undefined spreads nothing, as {} does
  private readonly examples: TargetPart[] = [{}];

  constructor(
    private readonly buckets: number,
    private readonly ctx: Context,
  ) {
    this.counts = new Float64Array(buckets * 8);
  }

  /** Counts one action of a code (see {@link codeOf}) in a bucket. */
  add(code: number, bucket: number): void {
    let d = this.dense[code]!;
    if (d < 0) d = this.meet(code);
    this.counts[d * this.buckets + bucket]! += 1;
  }

  /** Numbers a code met for the first time, and makes room for its counters. */
  private meet(code: number): number {
    const d = this.met.length;
    this.met.push(code);
    this.dense[code] = d;
    if ((d + 1) * this.buckets > this.counts.length) {
      const more = new Float64Array(this.counts.length * 2);
      more.set(this.counts);
      this.counts = more;
    }
    return d;
  }

  /**
   * The code of an action of the common kind, or -1 for one that must be classified on its
   * own. Reads each property once, the steps only when the target text gives no date, and
   * what else could say how the work is going only when there is no status.
   */
  codeOf(action: Action): number {
    const value: unknown = action; // an unvalidated plan may hold anything
    if (typeof value !== "object" || value === null) return -1;
    const s = statusCode(action.status);
    if (s < 0) return -1;
    const r = ragCode(action.rag);
    if (r < 0 || action.due !== undefined) return -1;
    if (s === NO_STATUS && hasEvidence(action)) return -1;
    const text: unknown = action.timescale;
    let kind = 0;
    if (typeof text === "string") {
      kind = this.texts.get(text);
      if (kind < 0) kind = this.learn(text);
      kind &= 7;
    } else if (text !== undefined) return -1; // read as it is by dueDateWith, when there are steps: left to it
    // No date from the text: the steps' latest date is the action's (actionTarget).
    if (kind === 0 && action.steps !== undefined) kind = this.stepsKind(action.steps);
    if (kind < 0) return -1;
    return (kind * GIVEN_STATUSES + s) * GIVEN_RAGS + r;
  }

  /** A text's target's index x 8 + its kind. */
  private textOf(text: string): number {
    const known = this.texts.get(text);
    return known >= 0 ? known : this.learn(text);
  }

  /** Works out the target of a text met for the first time. */
  private learn(text: string): number {
    const target = targetOf(this.ctx, text);
    const kind = targetKind(target);
    const value = this.targets.length * 8 + kind;
    this.targets.push(target);
    this.texts.set(text, value);
    if (kind > 0) this.examples[kind] ??= { timescale: text };
    return value;
  }

  /**
   * The kind of target an action's steps give it (their latest due date, as `dueDateWith`
   * finds it), or -1 for steps that are not all objects with at most a text for a target.
   */
  private stepsKind(steps: unknown): number {
    if (!Array.isArray(steps)) return -1;
    let latest: CalendarDate | undefined;
    for (const step of steps as unknown[]) {
      if (typeof step !== "object" || step === null) return -1;
      const own = step as Step;
      if (own.due !== undefined) return -1;
      const text: unknown = own.timescale;
      if (typeof text !== "string" && text !== undefined) return -1;
      const due = text === undefined ? undefined : this.targets[this.textOf(text) >> 3]!.due;
      // A step with no date of its own and a recommendation is read as an action (its own steps): left to dueDateWith.
      if (due === undefined && "recommendation" in own) return -1;
      if (due !== undefined && (latest === undefined || due > latest)) latest = due;
    }
    if (latest === undefined) return 0;
    let kind = this.stepDates.get(latest);
    if (kind < 0) {
      kind = targetKind(targetOn(latest, false, this.ctx.day));
      this.stepDates.set(latest, kind);
      // Stryker disable next-line StringLiteral: the facts layer reads a step's due date, not its id or text
      this.examples[kind] ??= { steps: [{ id: "a", text: "", due: latest }] };
    }
    return kind;
  }

  /** An action of a code: what the facts layer reads of any action of that code. */
  private exampleOf(code: number): Action {
    const r = code % GIVEN_RAGS;
    const s = Math.floor(code / GIVEN_RAGS) % GIVEN_STATUSES;
    const kind = Math.floor(code / (GIVEN_RAGS * GIVEN_STATUSES));
    const status: Status | undefined = STATUSES[s];
    const rag: Rag | undefined = RAGS[r - 1];
    return {
      // Stryker disable next-line StringLiteral: no fact read under the status rule, unweighted, depends on the id
      id: "",
      // Stryker disable next-line StringLiteral: nor on the recommendation (the bucket is the counted action's)
      recommendation: "",
      // Stryker disable next-line StringLiteral: nor on the title
      title: "",
      ...(status !== undefined && { status }),
      ...(rag !== undefined && { rag }),
      ...this.examples[kind],
    };
  }

  /**
   * Adds the actions counted by code into rows of counters: one action of each code met
   * classified by the facts layer, its facts counted in each bucket with the number of
   * actions of that code the bucket had as their weight.
   *
   * @param rows - The rows of counters, one per bucket (see `addFacts`).
   * @param rowOf - The row (its first counter) in which a bucket's actions with these facts count.
   * @param facts - A facts object to fill in (see `newFacts`).
   * @returns Whether any action counted was reported blue (which makes a plan BRAG).
   */
  addInto(rows: Float64Array, rowOf: (bucket: number, facts: Facts) => number, facts: MutableFacts): boolean {
    let sawBlue = false;
    const buckets = this.buckets;
    for (let d = 0; d < this.met.length; d++) {
      classifyInto(this.exampleOf(this.met[d]!), this.ctx, facts);
      if (facts.rag === "blue" && !facts.ragDerived) sawBlue = true;
      for (let b = 0; b < buckets; b++) {
        const n = this.counts[d * buckets + b]!;
        if (n === 0) continue;
        facts.weight = n;
        addFacts(rows, rowOf(b, facts), facts);
      }
    }
    return sawBlue;
  }
}

/**
 * A table from text to a small number, for a pass over many actions that share few texts:
 * open addressing on a hash of the length and three characters, which is cheaper than a
 * `Map`'s look-up (a text is hashed where it is read, and most texts are the same string as
 * the key, so the comparison is of two pointers). Texts that agree on those three characters
 * and the length fall into one chain; past a few steps of a chain the table hands every
 * text to a `Map` instead, so no plan makes it slow.
 */
export class TextTable {
  private keys: (string | undefined)[];
  private values: Int32Array;
  private mask: number;
  private size = 0;
  /** Set once a chain grows long: every text is kept here from then on. */
  private map: Map<string, number> | undefined;

  constructor(capacity = 64) {
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The number kept for `text`, or -1. */
  get(text: string): number {
    if (this.map !== undefined) return this.map.get(text) ?? -1;
    let i = hashOf(text) & this.mask;
    for (;;) {
      const key = this.keys[i];
      if (key === text) return this.values[i]!;
      if (key === undefined) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Keeps `value` (0 or more) for `text`, which is not in the table. */
  set(text: string, value: number): void {
    if (this.map !== undefined) {
      this.map.set(text, value);
      return;
    }
    // A quarter full at most: most texts are then found at the first slot.
    if ((this.size + 1) * 4 > this.keys.length) this.grow();
    let i = hashOf(text) & this.mask;
    let steps = 0;
    while (this.keys[i] !== undefined) {
      i = (i + 1) & this.mask;
      // Stryker disable next-line UpdateOperator: counts steps only to hand a long chain to a Map, for speed (as the guard below)
      steps++;
    }
    this.keys[i] = text;
    this.values[i] = value;
    this.size++;
    // Stryker disable next-line all: a guard for speed, not for the figures: a long chain finds the same numbers, slowly (test/rollup-codes.test.ts reads 2,000 texts of one hash either way)
    if (steps > MAX_CHAIN) this.toMap();
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: an array grows to any index, and its length only decides when to grow again (slots past it read undefined)
    this.keys = new Array<string | undefined>(keys.length * 2).fill(undefined);
    this.values = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) this.set(key, values[i]!);
    }
  }

  // Stryker disable next-line BlockStatement: the table left as it is finds the same numbers along a long chain, slowly
  private toMap(): void {
    const map = new Map<string, number>();
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i];
      if (key !== undefined) map.set(key, this.values[i]!);
    }
    this.map = map;
  }
}

/** Steps of a chain past which a {@link TextTable} becomes a `Map`. */
const MAX_CHAIN = 8;

/** A hash of a text's length and its first, middle and last characters (exported for the tests, which choose texts by slot). @internal */
// Stryker disable next-line BlockStatement: a hash decides only where a text is looked for first; one slot for all is a long chain, then a Map
export function hashOf(text: string): number {
  const n = text.length;
  let h = Math.imul(n ^ text.charCodeAt(0), 0x9e3779b1);
  // Stryker disable next-line ArithmeticOperator: a character past the end (NaN, read as 0) makes a weaker hash, not a wrong table
  h = Math.imul(h ^ text.charCodeAt(n - 1), 0x85ebca6b);
  h = Math.imul(h ^ text.charCodeAt(n >> 1), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
