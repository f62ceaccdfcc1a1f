// The example reports committed under docs/examples/: which plan, as of which date.
export const EXAMPLE_REPORTS = [
  { plan: "kingston-2019.json", asOf: "2019-06-30", name: "kingston-2019" },
  { plan: "west-norfolk-2024.json", asOf: "2024-06-26", name: "west-norfolk-2024" },
];
