import fc from "fast-check";
import { CURRENT_THEME_IDS, RAGS, STATUSES, type Action, type ActionPlan } from "../../src/index.js";

/** A calendar date, 1990-2100. */
export const calendarDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Text as councils might type it: any characters, including line breaks and quotes. */
const text = fc.string({ maxLength: 40, unit: "grapheme" });
/** Optional text is never empty: in a spreadsheet an empty cell and no value are one. */
const someText = text.filter((t) => t !== "");
/** A name: something other than blank, with no separator the CSV form splits owners on. */
const name = fc
  .string({ minLength: 1, maxLength: 20 })
  .map((s) => s.replace(/[/;\n\r]/g, " ").trim())
  .filter((s) => s !== "");
const id = fc.stringMatching(/^\d{1,2}(\.\d{1,2})?[a-z]?$/);

/** Timescale texts built from the ways councils write targets, with noise. */
export const timescaleText = fc.oneof(
  fc.constantFrom(
    "March 2024",
    "Autumn 19",
    "Nov 2019 and ongoing",
    "April-Sept 2024",
    "February/March 2024",
    "By December 2024",
    "Ongoing",
    "Annual",
    "Completed",
    "2024/25",
    "Q3 2024/25",
    "31/03/2024",
    "Working Group – March 2024 Final strategy – October 2024",
    "TBC",
    "",
  ),
  fc
    .tuple(fc.constantFrom("January", "Feb", "Sept", "Spring", "Winter", "Q2", "by", "-", "/", "and ongoing", "onwards"), fc.integer({ min: 0, max: 2199 }))
    .map(([w, y]) => `${w} ${y}`),
  fc.string({ maxLength: 60 }),
);

/** A valid plan: unique ids, every action pointing at a recommendation of the plan. */
export const plan = (options: { singleTheme?: boolean } = {}): fc.Arbitrary<ActionPlan> =>
  fc
    .record({
      council: fc.record({ name }, { requiredKeys: ["name"] }),
      title: fc.option(someText, { nil: undefined }),
      start: calendarDate,
      recs: fc.uniqueArray(
        fc.record({
          title: text.filter((t) => /\S/.test(t)),
          themes: options.singleTheme
            ? fc.option(
                fc.constantFrom(...CURRENT_THEME_IDS).map((t) => [t]),
                { nil: undefined },
              )
            : fc.option(fc.uniqueArray(fc.constantFrom(...CURRENT_THEME_IDS), { minLength: 1, maxLength: 3 }), { nil: undefined }),
          heading: fc.option(name, { nil: undefined }),
        }),
        { minLength: 1, maxLength: 5, selector: (r) => r.title },
      ),
      actions: fc.uniqueArray(
        fc.record({
          id,
          rec: fc.nat(),
          title: text,
          owners: fc.option(fc.array(name, { minLength: 1, maxLength: 2 }), { nil: undefined }),
          timescale: fc.option(
            timescaleText.filter((t) => t !== ""),
            { nil: undefined },
          ),
          due: fc.option(calendarDate, { nil: undefined }),
          status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
          rag: fc.option(fc.constantFrom(...RAGS), { nil: undefined }),
          comments: fc.option(someText, { nil: undefined }),
          steps: fc.option(
            fc.uniqueArray(
              fc.record({
                id: fc.constantFrom("a", "b", "c", "d"),
                text,
                timescale: fc.option(
                  timescaleText.filter((t) => t !== ""),
                  { nil: undefined },
                ),
              }),
              { minLength: 1, maxLength: 3, selector: (s) => s.id },
            ),
            { nil: undefined },
          ),
        }),
        { maxLength: 12, selector: (a) => a.id },
      ),
    })
    .map(({ council, title, start, recs, actions }) => {
      const recommendations = recs.map((r, i) => ({
        id: `R${i + 1}`,
        title: r.title,
        ...(r.themes ? { themes: r.themes } : {}),
        ...(r.heading !== undefined ? { heading: r.heading } : {}),
      }));
      const list: Action[] = actions.map((a) => {
        // Built field by field: the model types are read-only, a draft is not.
        const action: { -readonly [K in keyof Action]: Action[K] } = {
          id: a.id,
          recommendation: recommendations[a.rec % recommendations.length]!.id,
          title: a.title,
        };
        if (a.steps) action.steps = a.steps.map((s) => ({ id: s.id, text: s.text, ...(s.timescale !== undefined ? { timescale: s.timescale } : {}) }));
        if (a.owners) action.owners = a.owners;
        if (a.timescale !== undefined) action.timescale = a.timescale;
        if (a.due !== undefined) action.due = a.due;
        if (a.status !== undefined) action.status = a.status;
        if (a.rag !== undefined) action.rag = a.rag;
        if (a.comments !== undefined) action.comments = a.comments;
        return action;
      });
      return {
        schemaVersion: 1 as const,
        council,
        ...(title !== undefined ? { title } : {}),
        framework: "current" as const,
        peerChallenge: { start },
        recommendations,
        actions: list,
      };
    });
