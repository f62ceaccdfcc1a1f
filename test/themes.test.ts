import { describe, expect, it } from "vitest";
import { PREVIOUS_THEME_IDS, PREVIOUS_THEMES, PREVIOUS_TO_CURRENT, THEMES, matchTheme, themeById, themesOf } from "../src/index.js";

describe("themes", () => {
  it("carries the five current themes in framework order", () => {
    expect(THEMES.map((t) => t.id)).toEqual([
      "local-priorities-and-outcomes",
      "organisational-and-place-leadership",
      "governance-and-culture",
      "financial-planning-and-management",
      "capacity-for-improvement",
    ]);
    expect(THEMES.map((t) => t.order)).toEqual([1, 2, 3, 4, 5]);
  });
  it("carries the five previous core components as the Kingston 2019 report words them", () => {
    expect(PREVIOUS_THEMES.map((t) => t.title)).toEqual([
      "Understanding of the local place and priority setting",
      "Leadership of place",
      "Organisational leadership and governance",
      "Financial planning and viability",
      "Capacity to deliver",
    ]);
  });
  it("maps every previous theme to current themes that exist", () => {
    for (const id of PREVIOUS_THEME_IDS) {
      const mapped = PREVIOUS_TO_CURRENT[id];
      expect(mapped.length).toBeGreaterThan(0);
      for (const to of mapped) expect(themeById(to)?.framework).toBe("current");
    }
  });
  it("looks themes up by id in either framework", () => {
    expect(themeById("governance-and-culture")?.title).toBe("Governance and culture");
    expect(themeById("capacity-to-deliver")?.framework).toBe("previous");
    expect(themeById("housing")).toBeUndefined();
    expect(themesOf("previous")).toBe(PREVIOUS_THEMES);
    expect(themesOf()).toBe(THEMES);
  });
});

describe("matchTheme", () => {
  const id = (heading: string, framework?: "current" | "previous") => {
    const m = matchTheme(heading, framework ? { framework } : {});
    return m.kind === "match" ? m.theme.id : "no match";
  };
  it('recognises "Recommendations for Leadership of Place"', () => expect(id("Recommendations for Leadership of Place")).toBe("leadership-of-place"));
  it('recognises "financial planning viability"', () => expect(id("financial planning viability")).toBe("financial-planning-and-viability"));
  it('reads "FINANCIAL CHALLENGE" as the financial theme of either framework', () => {
    expect(id("FINANCIAL CHALLENGE")).toBe("financial-planning-and-management");
    expect(id("FINANCIAL CHALLENGE", "previous")).toBe("financial-planning-and-viability");
  });
  it("recognises Kingston's section rows", () => {
    expect(id("ORGANISATIONAL LEADERSHIP AND GOVERNANCE")).toBe("organisational-leadership-and-governance");
    expect(id("CAPACITY TO DELIVER")).toBe("capacity-to-deliver");
  });
  it("recognises West Norfolk's Governance heading", () => expect(id("Governance")).toBe("governance-and-culture"));
  it("recognises each theme's own title", () => {
    for (const t of [...THEMES, ...PREVIOUS_THEMES]) expect(id(t.title)).toBe(t.id);
  });
  it("says no match rather than guess", () => {
    expect(matchTheme("COMMUNITY ENGAGEMENT")).toMatchObject({ kind: "no-match" });
    expect(id("Communication and engagement")).toBe("no match");
    expect(id("Strategic leadership and management")).toBe("no match");
    expect(id("Transformation and performance measurement")).toBe("no match");
    expect(id("")).toBe("no match");
  });
});
