// A seeded generator of realistic action plans for the benchmarks: eight
// recommendations over the five current themes, target texts as councils write
// them (taken from the Kingston and West Norfolk plans), every status, reported
// RAG on some actions, owners, comments and lettered steps on some.
// The same seed always gives the same plan.

/** mulberry32: a small, fast, seedable PRNG. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = [
  "local-priorities-and-outcomes",
  "organisational-and-place-leadership",
  "governance-and-culture",
  "financial-planning-and-management",
  "capacity-for-improvement",
];

// Real target texts from seeds 001 and 004 and the SPEC, with years spread over 2023-2026.
const TARGETS = [
  "March 2024",
  "July 2024",
  "April 2025",
  "Dec 2024",
  "October 2024",
  "September 2025",
  "Ongoing",
  "Nov 2024 and ongoing",
  "Sept 2024",
  "June 2025",
  "Feb 2024",
  "Summer 2024",
  "Autumn 24",
  "Spring 2025",
  "Annual",
  "April-Sept 2024",
  "April-June 2024",
  "June-July 2024",
  "May 2024",
  "By December 2024",
  "February/March 2024",
  "2024/25",
  "Q3 2024/25",
  "Q1 2025",
  "Working Group – March 2024 Final strategy – October 2024",
  "31/03/2025",
  "Winter 2024",
  "Completed",
  "TBC",
];
const STATUSES = ["not-started", "in-progress", "complete", "ongoing", "on-hold", "cancelled"];
const STATUS_WEIGHTS = [0.15, 0.5, 0.15, 0.12, 0.05, 0.03];
const RAGS = ["red", "amber", "green", "blue"];
const RAG_WEIGHTS = [0.15, 0.3, 0.53, 0.02];
const OWNERS = [
  "Chief Executive",
  "Sarah Ireland",
  "Stephen Evans",
  "Ian Thomas",
  "Naz Hussain",
  "Monitoring Officer",
  "Section 151 Officer",
  "Assistant Director, HR",
];

function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)];
}

function weighted(rnd, list, weights) {
  let r = rnd();
  for (let i = 0; i < list.length; i++) {
    r -= weights[i];
    if (r < 0) return list[i];
  }
  return list[list.length - 1];
}

/**
 * @param {number} actions how many actions
 * @param {number} [seed]
 */
export function generatePlan(actions, seed = 2024) {
  const rnd = random(seed);
  const recommendations = Array.from({ length: 8 }, (_, i) => ({
    id: `R${i + 1}`,
    title: `Recommendation ${i + 1}: engage, consult and co-produce with residents and communities`,
    themes: i === 7 ? [THEMES[2], THEMES[4]] : [THEMES[i % 5]],
  }));
  const list = [];
  for (let n = 0; n < actions; n++) {
    const rec = n % 8;
    const action = {
      id: `${rec + 1}.${Math.floor(n / 8) + 1}`,
      recommendation: `R${rec + 1}`,
      title: "Develop and deliver a customer engagement strategy with partners and staff",
      owners: rnd() < 0.9 ? [pick(rnd, OWNERS)] : [pick(rnd, OWNERS), pick(rnd, OWNERS)],
      timescale: pick(rnd, TARGETS),
    };
    // Most actions have a status once a plan is being tracked; some are rated, mostly in
    // keeping with their status (a council rates complete work blue or green).
    if (rnd() < 0.95) action.status = weighted(rnd, STATUSES, STATUS_WEIGHTS);
    if (rnd() < 0.4) {
      action.rag = action.status === "complete" ? (rnd() < 0.8 ? "blue" : "green") : weighted(rnd, RAGS, RAG_WEIGHTS);
    }
    if (rnd() < 0.5) action.comments = "Working group formed; terms of reference agreed by SLT.";
    if (rnd() < 0.2) {
      action.steps = [
        { id: "a", text: "Form an officer working group", timescale: pick(rnd, TARGETS) },
        { id: "b", text: "Report to Cabinet", timescale: pick(rnd, TARGETS) },
      ];
    }
    list.push(action);
  }
  return {
    schemaVersion: 1,
    council: { name: "Borough Council of Benchmarkshire" },
    title: `Generated plan, ${actions} actions`,
    framework: "current",
    peerChallenge: { start: "2023-10" },
    recommendations,
    actions: list,
  };
}
