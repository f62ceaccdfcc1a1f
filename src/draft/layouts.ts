/**
 * The layouts `draftPlan` reads a report's recommendations in, each with an example beside
 * it and what the example gives, as the timescale forms are listed with theirs. Where each
 * is read: a line's marker in `markers.ts`; the list after an anchor, its sub-items, group
 * headings and explanations in `listFrom` (read.ts); headings with explanations in
 * `headedFrom`. test/draft-layouts.test.ts drafts every example here and checks it gives
 * exactly these titles, points and headings; docs/draft.md shows the same table.
 */

/** One layout: its name, an example report and the recommendations it gives. */
export interface Layout {
  /** The layout's name, in the words of docs/draft.md. */
  readonly name: string;
  /** A report written in the layout. */
  readonly example: string;
  /** What the example gives: each recommendation's title, and its points and heading where it has them. */
  readonly gives: ReadonlyArray<{ readonly title: string; readonly points?: readonly string[]; readonly heading?: string }>;
}

/** The layouts, with an example of each. */
export const LAYOUTS: readonly Layout[] = [
  {
    name: "a list after a heading or lead-in that names the recommendations",
    example: "Key recommendations\n\n- Agree a medium term financial strategy\n- Review the constitution\n",
    gives: [{ title: "Agree a medium term financial strategy" }, { title: "Review the constitution" }],
  },
  {
    name: "lettered items, the list's own punctuation left off",
    example:
      "The Group had made 2 key recommendations:\n\na)  Invest in the ICT infrastructure to leverage change;\n\nb)  Prepare a robust and sound Local Plan.\n",
    gives: [{ title: "Invest in the ICT infrastructure to leverage change" }, { title: "Prepare a robust and sound Local Plan." }],
  },
  {
    name: '"Recommendation N" on a line of its own, the text in the paragraph below',
    example:
      "The following are the peer team's key recommendations to the council:\n\nRecommendation 1\n\nA clear understanding of the Mayor's priorities.\n\nRecommendation 2\n\nClose previous years' accounts.\n",
    gives: [{ title: "A clear understanding of the Mayor's priorities." }, { title: "Close previous years' accounts." }],
  },
  {
    name: "a label with its text after it",
    example: "Recommendation 1 - Agree the budget\nRecommendation 2: Review the constitution\n",
    gives: [{ title: "Agree the budget" }, { title: "Review the constitution" }],
  },
  {
    name: "bullets each followed by an explanation",
    example:
      "The two recommendations\n\n- Develop a long-term vision for the borough\nThe council has no clearly articulated vision for the borough.\n- Articulate a corporate approach to transformation\nThe council needs to shift to a 'one council' model.\n",
    gives: [
      { title: "Develop a long-term vision for the borough", points: ["The council has no clearly articulated vision for the borough."] },
      { title: "Articulate a corporate approach to transformation", points: ["The council needs to shift to a 'one council' model."] },
    ],
  },
  {
    name: "headings each followed by an explanation",
    example:
      "## Recommendations\n\n### Develop a long-term vision for the borough\n\nThe council has no clearly articulated vision.\n\n### Refresh the approach to transformation\n\nThe council needs a 'one council' model.\n",
    gives: [
      { title: "Develop a long-term vision for the borough", points: ["The council has no clearly articulated vision."] },
      { title: "Refresh the approach to transformation", points: ["The council needs a 'one council' model."] },
    ],
  },
  {
    name: "sub-items at any indent, and a lead-in over them",
    example:
      "Recommendations\n\n- Strengthen the role of scrutiny\n What your measures of success will be:\n o Scrutiny chairs report to full council\n- Agree a communications strategy\n",
    gives: [
      { title: "Strengthen the role of scrutiny", points: ["What your measures of success will be:", "Scrutiny chairs report to full council"] },
      { title: "Agree a communications strategy" },
    ],
  },
  {
    name: "a list of topics after a sentence that announces the recommendations",
    example: "Our peer review took place in September 2023 with 2 core recommendations covering\n\n1. Strategic vision\n2. Workforce strategy\n",
    gives: [{ title: "Strategic vision" }, { title: "Workforce strategy" }],
  },
  {
    name: "headed groups, the headings without their numbering and \u201cRecommendations for\u201d",
    example:
      "1: Recommendations for structural and constitutional governance\n- Review the scheme of delegation\n2: Recommendations for financial planning\n- Build the council's reserves back to their agreed minimum\n",
    gives: [
      { title: "Review the scheme of delegation", heading: "Structural and constitutional governance" },
      { title: "Build the council's reserves back to their agreed minimum", heading: "Financial planning" },
    ],
  },
];
