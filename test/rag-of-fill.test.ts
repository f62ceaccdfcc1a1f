import { describe, expect, it } from "vitest";
import { ragOfFill } from "../src/table/cells.js";

// Each colour's hue, lightness and saturation from Python's colorsys.rgb_to_hls (not from
// the function under test), then the documented bands: red under 15° or from 345°, amber
// 15° to 65°, green 75° to 170°, blue 185° to 250°; saturation at least 0.4, lightness
// 0.2 to 0.85.
const cases: [string, string | undefined, string][] = [
  ["#FF0000", "red", "0°"],
  ["#FFC000", "amber", "45.18°: Excel's amber"],
  ["#00B050", "green", "147.27°: Excel's green"],
  ["#0070C0", "blue", "205°: Excel's blue"],
  ["#FFFF00", "amber", "60°: yellow"],
  ["#92D050", "green", "89.06°: Excel's light green"],
  ["#FFFFFF", undefined, "white: no colour"],
  ["#808080", undefined, "grey: no colour"],
  ["#7030A0", undefined, "274.29°: purple"],
  ["#FF3F00", "red", "14.82°"],
  ["#FF4000", "amber", "15.06°"],
  ["#FF0040", undefined, "344.94°"],
  ["#FF003F", "red", "345.18°"],
  ["#EAFF00", "amber", "64.94°"],
  ["#E6FF00", undefined, "65.88°"],
  ["#C0FF00", undefined, "74.82°"],
  ["#BFFF00", "green", "75.06°"],
  ["#00FFD4", "green", "169.88°"],
  ["#00FFD5", undefined, "170.12°"],
  ["#00EAFF", undefined, "184.94°"],
  ["#00E9FF", "blue", "185.18°"],
  ["#2A00FF", "blue", "249.88°"],
  ["#2B00FF", undefined, "250.12°"],
  ["#660000", "red", "lightness 0.2, the least"],
  ["#650000", undefined, "lightness 0.198"],
  ["#FFB2B2", "red", "lightness 0.849"],
  ["#FFB3B3", undefined, "lightness 0.851"],
  ["#B34D4D", "red", "saturation 0.4016"],
  ["#B24E4E", undefined, "saturation 0.3937"],
  // Exactly on each edge (colorsys gives the whole degree, and IEEE doubles in JavaScript
  // the same): the band's first degree is in it, its last is not.
  ["#783C28", "amber", "15° exactly: amber starts"],
  ["#828C14", undefined, "65° exactly: amber has ended"],
  ["#647828", "green", "75° exactly: green starts"],
  ["#00B496", undefined, "170° exactly: green has ended"],
  ["#00A5B4", "blue", "185° exactly: blue starts"],
  ["#1E00B4", undefined, "250° exactly: blue has ended"],
  ["#78283C", "red", "345° exactly: red starts again"],
  ["#A84848", "red", "saturation 0.4 exactly, the least"],
  ["FF0000", "red", "no #"],
  ["#ff0000", "red", "lower case"],
  ["#FF00", undefined, "too short"],
  ["#FF000000", undefined, "eight digits (a workbook's ARGB is cut to six before)"],
  ["#GG0000", undefined, "not hexadecimal"],
  ["x#FF0000", undefined, "not at the start"],
];

describe("ragOfFill: the rating a cell's fill shows, by hue, and none where it shows none", () => {
  it.each(cases)("%s is %s (%s)", (fill, rag) => {
    expect(ragOfFill(fill)).toBe(rag);
  });
});
