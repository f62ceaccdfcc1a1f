// What a draft of the Kingston feedback report (seed 000) must hold, copied by hand from the
// report's text (test/fixtures/draft/kingston-feedback-report-2019.md), not from any output.

/** The eleven key recommendations, lines 33-38 and 40-44 of the report (a blank line at 39), in order. */
export const KINGSTON_RECOMMENDATIONS = [
  "Capitalise upon the opportunity that exists for the council as an organisation and a leader of place, involving establishing a clear vision and sense of purpose",
  "Seize the place leadership and partnership mantle \u2013 undertake stakeholder mapping, re-build relationships where necessary and invest the required time, effort and engagement across the board",
  "Establish a single, shared understanding about the scale of the financial challenge being faced",
  "Establish mechanisms that provide real grip and rigour around the delivery of savings and budget spend",
  "Grip the financial challenge \u2013 create a comprehensive Medium Term Financial Strategy that reflects a range of means by which to address completely the full extent of the financial challenges facing the council",
  "Bring about greatly improved communication across the council",
  "Establish greater collective leadership of corporate and strategic issues, which requires support and the creation of the necessary space and time",
  "Determine what community engagement means in Kingston and the approaches to be adopted",
  "Continue the review of the council's Constitution and governance arrangements",
  "Conclude the organisational re-structure in as timely a fashion as possible",
  "Prioritise/sequence the corporate system and process changes that the council recognises are needed and then inject pace and rigour at each stage",
] as const;

/**
 * The peer team, lines 52-58, each "Name, Role, Organisation": the first part the name, the
 * last the organisation, the parts between the role (Tom Hook's holds a comma).
 */
export const KINGSTON_PEERS = [
  { name: "Andy Donald", role: "Chief Executive", organisation: "London Borough of Redbridge" },
  { name: "Councillor Adam Paynter", role: "Leader", organisation: "Cornwall Council" },
  { name: "Councillor Melvyn Caplan", role: "Chairman of Housing and Finance Committee", organisation: "Westminster City Council" },
  { name: "Tom Hook", role: "Director, Policy and Participation", organisation: "London Borough of Barking and Dagenham" },
  { name: "Peter Robinson", role: "Financial Improvement and Sustainability Adviser", organisation: "Local Government Association" },
  { name: "Sophie Poole", role: "Programme Manager", organisation: "Local Government Association" },
  { name: "Chris Bowron", role: "Programme Manager", organisation: "Local Government Association" },
] as const;
