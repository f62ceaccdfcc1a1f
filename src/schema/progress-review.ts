import * as z from "zod";
import { calendarDate, monthOrDate } from "./plan.js";

/**
 * A CPC progress review: the peers' return visit about ten months after the CPC, as
 * its feedback report records it.
 *
 * @category Progress review
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { progressReviewSchema } from "peer-challenge/schema";
 * progressReviewSchema.safeParse(JSON.parse(readFileSync("examples/progress-reviews/west-norfolk-2024.json", "utf8"))).success;
 * //=> true
 * ```
 */
export const progressReviewSchema = z
  .object({
    /** The version of this file format. Always `1`. */
    schemaVersion: z.literal(1),
    /** The council reviewed. */
    council: z.object({
      /** The council's name. */
      name: z.string().min(1),
      /** Its ONS/GSS code. */
      code: z.string().optional(),
    }),
    /** The report's title, as published. */
    title: z.string().optional(),
    /** The action-plan file the review looked at, relative to this file. */
    plan: z.string().optional().describe("The action-plan file reviewed, relative to this file."),
    /** When the CPC took place. */
    peerChallenge: z.object({
      /** The first day on site, or the month. */
      start: monthOrDate,
      /** The last day on site. */
      end: monthOrDate.optional(),
    }),
    /** When the peers were on site for the review. */
    review: z.object({
      /** The first day on site. */
      start: calendarDate,
      /** The last day on site. */
      end: calendarDate.optional(),
    }),
    /** The peers, with their roles as the report lists them. */
    peers: z
      .array(
        z.object({
          /** The peer's name as published. */
          name: z.string().min(1),
          /** Their role on the team ("Member Peer", "Chief Executive Peer"). */
          role: z.string().min(1),
          /** A member peer's political group. */
          politicalGroup: z.string().optional(),
          /** Where they come from. */
          organisation: z.string().optional(),
        }),
      )
      .describe("The peer team."),
    /** The local headings the review grouped the recommendations under. */
    headings: z
      .array(
        z.object({
          /** The heading as published ("Communication and engagement"). */
          title: z.string().min(1),
          /** The ids of the plan's recommendations under it. */
          recommendations: z.array(z.string().min(1)).min(1),
        }),
      )
      .optional(),
    /** The headline the council's RAG-rated plan gave, in per cent, as the report quotes it. */
    headline: z
      .object({
        /** Per cent of actions completed. */
        completed: z.number().min(0).max(100),
        /** Per cent making expected progress. */
        expectedProgress: z.number().min(0).max(100),
        /** Per cent not yet progressed. */
        notProgressed: z.number().min(0).max(100),
        /** What the report says about the figures. */
        note: z.string().optional(),
      })
      .optional(),
    /** The report's introduction and approach, as published. */
    introduction: z.array(z.string()).optional(),
    /** Opening remarks of the feedback, before the findings. */
    summary: z.array(z.string()).optional(),
    /** The peers' findings, for one recommendation or for those reviewed together. */
    findings: z.array(
      z.object({
        /** The recommendation ids the finding is about. */
        recommendations: z.array(z.string().min(1)).min(1),
        /** The heading it appears under. */
        heading: z.string().optional(),
        /** The paragraphs, as published; bullet points start with "- ". */
        text: z.array(z.string()),
      }),
    ),
    /** Final thoughts and next steps. */
    nextSteps: z.array(z.string()).optional(),
    /** The LGA's contact for the council. */
    contact: z
      .object({
        /** The adviser's name. */
        name: z.string(),
        /** Their role ("Principal Adviser"). */
        role: z.string(),
      })
      .optional(),
  })
  .describe("A Corporate Peer Challenge progress review.");
