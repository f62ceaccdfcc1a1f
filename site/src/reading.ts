/**
 * What the file does not say, given on the page as the command line's options give it: the
 * council, the CPC start, the sheet, which column holds what, and the council's own status
 * and RAG words. Kept here, and downloadable as the YAML files `cpc --columns` and
 * `cpc --wordings` read.
 */
import { isRag, isStatus, type Rag, type Status } from "../../src/index.js";
import type { ColumnChoices, ColumnReading, ReadSource } from "../../src/read/index.js";
import { TABLE_COLUMNS, type Column } from "../../src/table/columns.js";
import type { PageReadOptions } from "./load.js";
import { toYaml } from "./yaml.js";

/** Each field a column can hold, in words. */
const LABELS: Readonly<Record<Column, string>> = {
  recommendationId: "the recommendation's reference",
  recommendation: "the recommendation",
  themes: "the themes",
  heading: "the heading",
  actionId: "the action number",
  step: "the step letter",
  title: "the action",
  owners: "the owners",
  timescale: "the target",
  revisedTimescale: "the revised target",
  due: "the due date",
  status: "the status",
  rag: "the RAG rating",
  percentComplete: "the percentage complete",
  comments: "the comments",
  updates: "the updates",
};

/** The choices for a column: as read, each field (the list the CLI's --columns takes), "kept as it is" and "left out". */
const CHOICES: readonly (readonly [string, string])[] = [
  ["", "as read"],
  ...TABLE_COLUMNS.map((c) => [c, LABELS[c]] as const),
  ["field", "kept as it is"],
  ["ignore", "left out"],
];

/** The page's element with this id, of the kind the page's HTML gives it. */
function element<T extends HTMLElement>(id: string, kind: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof kind)) throw new Error(`the page has no ${kind.name} #${id}`);
  return el;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The user's column choices, by heading, kept across reads of the same tracker. */
const chosen = new Map<string, string>();

/** The wordings the box holds: "their word = status, rag" a line; lines it cannot read are said. */
export function wordingsOf(text: string): { wordings: Record<string, { status?: Status; rag?: Rag }>; problems: string[] } {
  const wordings: Record<string, { status?: Status; rag?: Rag }> = {};
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const sep = /->|[=→:]/.exec(line);
    const m = sep === null ? null : [line, line.slice(0, sep.index).trim(), line.slice(sep.index + sep[0].length).trim()];
    if (!m || m[1] === "" || m[2] === "") {
      problems.push(`Line ${i + 1} of your words has no "=": write e.g. "Behind schedule = in-progress, red".`);
      return;
    }
    const meaning: { status?: Status; rag?: Rag } = {};
    for (const part of m[2]!.split(",")) {
      const p = part
        .trim()
        .toLowerCase()
        .split(" ")
        .filter((w) => w !== "")
        .join("-");
      if (isStatus(p)) meaning.status = p;
      else if (isRag(p)) meaning.rag = p;
      else
        problems.push(
          `Line ${i + 1} of your words: "${part.trim()}" is no status (not-started, in-progress, complete, ongoing, on-hold, cancelled) or RAG rating (red, amber, green, blue).`,
        );
    }
    if (meaning.status !== undefined || meaning.rag !== undefined) wordings[m[1]!] = meaning;
  });
  return { wordings, problems };
}

/** The options the page's controls give now. */
export function readingOptions(): { options: PageReadOptions; problems: string[] } {
  const council = element("opt-council", HTMLInputElement).value.trim();
  const cpc = element("opt-cpc", HTMLInputElement).value.trim();
  const sheet = element("opt-sheet", HTMLInputElement).value.trim();
  const { wordings, problems } = wordingsOf(element("opt-wordings", HTMLTextAreaElement).value);
  const columns: Record<string, string> = {};
  for (const [heading, as] of chosen) if (as !== "") columns[heading] = as;
  if (cpc !== "" && !/^\d{4}-\d{2}(?:-\d{2})?$/.test(cpc)) problems.push(`The CPC start "${cpc}" is not a month (YYYY-MM) or a day (YYYY-MM-DD).`);
  const options: PageReadOptions = {
    ...(council !== "" ? { council } : {}),
    ...(cpc !== "" && problems.every((p) => !p.startsWith("The CPC start")) ? { cpcStart: cpc } : {}),
    ...(sheet !== "" ? { sheet } : {}),
    ...(Object.keys(columns).length > 0 ? { columns: columns as ColumnChoices } : {}),
    ...(Object.keys(wordings).length > 0 ? { wordings } : {}),
  };
  return { options, problems };
}

/** Shows how each column of the file was read, with a choice to say otherwise. */
export function showColumns(source: ReadSource | undefined): void {
  const box = element("opt-columns", HTMLElement);
  const columns: readonly ColumnReading[] = source?.columns ?? [];
  if (columns.length === 0) {
    box.innerHTML = `<legend>Columns</legend><p class="note">Read a table (a workbook, a Word table, a CSV) to choose what each column holds.</p>`;
    return;
  }
  const rows = columns
    .filter((c) => c.heading !== "" || c.as !== "none")
    .map((c) => {
      const id = `col-${c.index}`;
      const heading = c.heading === "" ? `(no heading, column ${c.index + 1})` : c.heading;
      const options = CHOICES.map(
        ([value, label]) => `<option value="${value}"${(chosen.get(c.heading) ?? "") === value ? " selected" : ""}>${esc(label)}</option>`,
      ).join("");
      return `<tr><th scope="row"><label for="${id}">${esc(heading)}</label></th><td>${esc(readingText(c))}</td><td><select id="${id}" data-heading="${esc(c.heading)}"${c.heading === "" ? " disabled" : ""}>${options}</select></td></tr>`;
    })
    .join("");
  box.innerHTML = `<legend>Columns</legend><table class="columns"><thead><tr><th scope="col">Heading</th><th scope="col">Read as</th><th scope="col">Say otherwise</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** How a column was read, in words. */
function readingText(c: ColumnReading): string {
  const as = CHOICES.find(([v]) => v === c.as)?.[1] ?? (c.as === "period" ? "one period's figures" : c.as === "none" ? "nothing" : c.as);
  return `${as}: ${c.why}`;
}

/** Calls `changed` when any reading option changes (a column's choice, a box left). */
export function onReadingChange(changed: () => void): void {
  element("opt-columns", HTMLElement).addEventListener("change", (e) => {
    const select = e.target;
    if (!(select instanceof HTMLSelectElement)) return;
    chosen.set(select.dataset["heading"] ?? "", select.value);
    changed();
  });
  for (const id of ["opt-council", "opt-cpc", "opt-sheet", "opt-wordings"]) document.getElementById(id)?.addEventListener("change", changed);
  element("opt-save", HTMLButtonElement).addEventListener("click", () => {
    const { options } = readingOptions();
    const files: [string, unknown][] = [
      ["columns.yaml", options.columns ?? {}],
      ["wordings.yaml", options.wordings ?? {}],
    ];
    for (const [name, data] of files) {
      const a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([toYaml(data)], { type: "application/yaml" }));
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
    }
  });
}
