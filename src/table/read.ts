/**
 * The table reader: rows of cells, from any source (CSV and TSV today; Excel and Word
 * tables through the same reader), to a plan as data. It finds the header below any title
 * rows, maps columns by name, and turns rows into recommendations, actions and steps,
 * saying what it decided. Browser-safe.
 */
import { MONTH_NAMES } from "../dates.js";
import { FIELDS } from "../model/fields.js";
import type { Issue } from "../model/issue.js";
import type { Framework, Rag } from "../model/vocabulary.js";
import { normaliseRag, normaliseStatus, wordingOf, type Wordings } from "../status/index.js";
import { parseTimescale } from "../timescale/parse.js";
import { timescaleOptionsOf, type PlanDates } from "../timescale/due.js";
import { matchTheme, themeById } from "../themes/index.js";
import { columnOf, fold, preambleKeyOf, type Column } from "../csv/columns.js";

/** The spaces and punctuation around a period named in a heading ("Q1 - ", "(2024/25)"). */
const PERIOD_SEPARATORS = /[\s\-\u2013\u2014:,()]/;

/**
 * `text` without the characters matching `set` at its end, in one pass from the end:
 * `/[...]+$/` tries every start in a long run and is quadratic on it.
 */
function trimEnd(text: string, set: RegExp): string {
  let end = text.length;
  while (end > 0 && set.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * A row of a table: its cells' text as the source shows it, and its place (a line of a
 * file, a row of a sheet). A cell merged over others has its text in its first cell only;
 * the cells it covers are empty (a recommendation merged down carries on, as one written
 * once does; a section row merged across is a section row).
 */
export interface TableRow {
  readonly cells: string[];
  readonly line: number;
  /** What the source knows of each cell beyond its text (a spreadsheet's types and fills). */
  readonly meta?: readonly (CellMeta | undefined)[] | undefined;
  /** Where the row is, for messages, when not a line of a file: "Action Plan!12". */
  readonly place?: string | undefined;
}

/** What a spreadsheet knows of a cell beyond its text. */
export interface CellMeta {
  /** A real date, and the precision its number format shows ("Dec-24" is a month). */
  readonly date?: { readonly value: string; readonly precision: "day" | "month" } | undefined;
  /** Its fill colour, `#RRGGBB`, where it has one. */
  readonly fill?: string | undefined;
  /** An error value the cell holds ("#N/A", "#REF!"). */
  readonly error?: string | undefined;
  /** The cell's reference in its sheet ("F12"). */
  readonly ref?: string | undefined;
}
type Row = TableRow;

/** How to read a table: see {@link readPlanCsv}'s options. */
export interface TableReadOptions {
  readonly themesFromHeadings?: boolean | undefined;
  /**
   * Whether the source marks formula-like cells with a leading apostrophe, as CSV from
   * writePlanCsv does (default true); a workbook's cells are text as they are.
   */
  readonly guarded?: boolean | undefined;
  readonly wordings?: Wordings | undefined;
}

/** What the table reader read: the plan as data, the table's problems, and where each part came from. */
export interface TableRead {
  readonly plan: Record<string, unknown>;
  readonly issues: readonly Issue[];
  readonly lineOf: (path: readonly (string | number)[]) => number | undefined;
  /** The headings in order and the field each holds. */
  readonly layout: { readonly columns: readonly { readonly heading: string; readonly field: Column | undefined }[] };
}

/** Where a row is, for messages: "Line 12" of a file, or the place its source gives ("Action Plan!12"). */
const placeOf = (row: TableRow): string => row.place ?? `Line ${row.line}`;

const nonEmpty = (cells: readonly string[]) => cells.some((c) => c.trim() !== "");

/**
 * Splits an owners cell: "Sarah Ireland / Stephen Evans" is two owners; so are line
 * breaks and semicolons. Names are trimmed and blanks dropped.
 *
 * @param cell - The cell as written.
 * @returns The owners, in order.
 * @category Import and export
 * @example
 * ```ts
 * import { splitOwners } from "peer-challenge/csv";
 * splitOwners("Sarah Ireland/ Stephen Evans");
 * //=> ["Sarah Ireland", "Stephen Evans"]
 * ```
 */
export function splitOwners(cell: string): string[] {
  return cell
    .split(/[/;\n]/)
    .map((o) => o.trim())
    .filter((o) => o !== "");
}

/**
 * Reads a plan from the rows of a table. `issues` holds what the source's reader already
 * found (an encoding it guessed); the table's own are added after.
 */
export function readPlanTable(rows: TableRow[], options: TableReadOptions = {}, issues: Issue[] = []): TableRead {
  const lines = new Map<string, number>();
  const key = (path: readonly (string | number)[]) => path.join("\u0000");
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const line = lines.get(key(path.slice(0, n)));
      if (line !== undefined) return line;
    }
    return undefined;
  };
  const plan: Record<string, unknown> = { schemaVersion: 1 };
  const fail = (code: "no-header", message: string, line?: number): TableRead => {
    issues.push({ severity: "error", code, path: [], message });
    if (line !== undefined) lines.set(key([]), line);
    return { plan, issues, lineOf, layout: { columns: [] } };
  };

  // The header: the first row naming two known columns.
  const headerIndex = rows.findIndex((r) => r.cells.filter((c) => columnOf(c) !== undefined).length >= 2);

  if (headerIndex < 0) {
    return fail("no-header", 'No header row was found: name the columns, e.g. "Peer Review Recommendation", "Activity", "Target for completion", "Status".', 1);
  }
  const header = rows[headerIndex]!;
  lines.set(key(["columns"]), header.line);
  const columns = new Map<Column, number>();
  let extraColumns: { index: number; name: string }[] = [];
  header.cells.forEach((cell, i) => {
    const column = columnOf(cell);
    if (column && !columns.has(column)) columns.set(column, i);
    else if (cell.trim() !== "") extraColumns.push({ index: i, name: cell.trim() });
  });
  // Kingston's activity numbers sit under a blank heading.
  if (!columns.has("actionId")) {
    const blank = header.cells.findIndex((c, i) => c.trim() === "" && i > 0);
    if (blank >= 0) columns.set("actionId", blank);
  }
  applyCellMeta(rows, headerIndex, columns.get("rag"), issues);
  // Cells as written: the apostrophe writePlanCsv puts before a formula-like cell comes off.
  // Action numbers are read by actionNumber, below.
  const idColumn = columns.get("actionId");
  rows.forEach((row, r) => {
    if (options.guarded === false) return;
    for (let i = 0; i < row.cells.length; i++) if (r <= headerIndex || i !== idColumn) row.cells[i] = unguard(row.cells[i]!);
  });
  const firstColumn = Math.min(...header.cells.map((_, i) => i).filter((i) => header.cells[i]!.trim() !== "" || i === columns.get("actionId")));

  // Rows above the header describe the plan.
  const council: Record<string, unknown> = {};
  let titleCouncil: { name: string; line: number; place: string; title: string } | undefined;
  let titleCpc: { start: string; end: string | undefined; text: string; line: number; place: string } | undefined;
  const peerChallenge: Record<string, unknown> = {};
  for (const row of rows.slice(0, headerIndex)) {
    if (!nonEmpty(row.cells)) continue;
    const first = (row.cells[0] ?? "").trim();
    // Values as written: a council's name keeps its spaces.
    const values = row.cells.slice(1).filter((v) => v !== "");
    const k = preambleKeyOf(first);
    const value = values[0];
    if (!k || value === undefined) {
      // A title row naming the council ("Example Borough Council - CPC action plan"): its
      // name, unless a Council row gives it.
      const named = councilInTitle(row.cells.filter((c) => c.trim() !== "").join(" "));
      if (named !== undefined && titleCouncil === undefined) {
        titleCouncil = {
          name: named,
          line: row.line,
          place: placeOf(row),
          title: row.cells
            .filter((c) => c.trim() !== "")
            .join(" ")
            .trim(),
        };
        continue;
      }
      // A line saying when the peer challenge was ("Peer challenge: 4-7 March 2024"): its
      // days, unless a "CPC start" row gives them.
      const stated = cpcDatesIn(row.cells.filter((c) => c.trim() !== "").join(" "));
      if (stated !== undefined && titleCpc === undefined) {
        titleCpc = { ...stated, line: row.line, place: placeOf(row) };
        continue;
      }
      issues.push({
        severity: "warning",
        code: "row-above-header",
        path: ["preamble", row.line],
        message: `${placeOf(row)}: ${JSON.stringify(row.cells.filter((c) => c.trim() !== "").join(" "))} above the header is not a plan detail peer-challenge knows; it was not read.`,
        hint: 'Use "Council", "Title", "Framework", "CPC start", "CPC end", "Published" or "Focus areas", with the value in the next column.',
      });
      lines.set(key(["preamble", row.line]), row.line);
      continue;
    }
    const at = (path: (string | number)[]) => lines.set(key(path), row.line);
    switch (k) {
      case "council":
        council["name"] = value;
        at(["council"]);
        break;
      case "councilCode":
        council["code"] = value;
        at(["council", "code"]);
        break;
      case "title":
        plan["title"] = value;
        at(["title"]);
        break;
      case "framework":
        plan["framework"] = fold(value) === "previous" || fold(value) === "current" ? fold(value) : value;
        at(["framework"]);
        break;
      case "cpcStart":
        peerChallenge["start"] = value;
        at(["peerChallenge"]);
        if (values[1] !== undefined) peerChallenge["end"] = values[1];
        break;
      case "cpcEnd":
        peerChallenge["end"] = value;
        at(["peerChallenge", "end"]);
        break;
      case "publishedOn":
        plan["publishedOn"] = value;
        at(["publishedOn"]);
        break;
      case "ragScheme":
        plan["ragScheme"] = fold(value) === "rag" || fold(value) === "brag" ? fold(value) : value;
        at(["ragScheme"]);
        break;
      case "focusAreas":
        plan["focusAreas"] = values;
        at(["focusAreas"]);
        break;
    }
  }
  if (council["name"] === undefined && titleCouncil !== undefined) {
    council["name"] = titleCouncil.name;
    lines.set(key(["council"]), titleCouncil.line);
    // The title row is the plan's title too, where no "Title" row gives one.
    if (plan["title"] === undefined) {
      plan["title"] = titleCouncil.title;
      lines.set(key(["title"]), titleCouncil.line);
    }
    issues.push({
      severity: "warning",
      code: "council-from-title",
      path: ["council", "name"],
      message: `${titleCouncil.place}: the council's name is taken from the title: "${titleCouncil.name}".`,
      hint: 'Add a "Council" row above the table to say it for certain.',
    });
  } else if (titleCouncil !== undefined) {
    issues.push({
      severity: "warning",
      code: "row-above-header",
      path: ["preamble", titleCouncil.line],
      message: `${titleCouncil.place}: the title above the header is not read; the council's name is taken from the "Council" row.`,
    });
    lines.set(key(["preamble", titleCouncil.line]), titleCouncil.line);
  }
  if (titleCpc !== undefined && peerChallenge["start"] === undefined) {
    peerChallenge["start"] = titleCpc.start;
    if (titleCpc.end !== undefined) peerChallenge["end"] = titleCpc.end;
    lines.set(key(["peerChallenge"]), titleCpc.line);
    issues.push({
      severity: "warning",
      code: "cpc-date-from-title",
      path: ["peerChallenge"],
      message: `${titleCpc.place}: the peer challenge's dates are taken from ${JSON.stringify(titleCpc.text)}: ${titleCpc.start}${titleCpc.end ? ` to ${titleCpc.end}` : ""}.`,
      hint: 'Add a "CPC start" row above the table to say it for certain.',
    });
  } else if (titleCpc !== undefined) {
    issues.push({
      severity: "warning",
      code: "row-above-header",
      path: ["preamble", titleCpc.line],
      message: `${titleCpc.place}: ${JSON.stringify(titleCpc.text)} is not read; the CPC's dates are taken from the "CPC start" row.`,
    });
    lines.set(key(["preamble", titleCpc.line]), titleCpc.line);
  }
  if (Object.keys(council).length > 0) plan["council"] = council;
  if (Object.keys(peerChallenge).length > 0) plan["peerChallenge"] = peerChallenge;
  const framework: Framework = plan["framework"] === "previous" ? "previous" : "current";

  // Columns per period ("Q1 RAG", "Q2 update", "RAG - June 2024"): history, dated by the
  // heading, read against the plan's own dates.
  // The plan's own reference date, as every statistic reads it (timescaleOptionsOf).
  const reference = timescaleOptionsOf({ publishedOn: plan["publishedOn"], peerChallenge } as PlanDates).reference;
  const periods = periodColumns(extraColumns, reference);
  if (periods.columns.length > 0) {
    const used = new Set(periods.columns.flatMap((p) => Object.values(p.at)));
    extraColumns = extraColumns.filter((e) => !used.has(e.index));
    issues.push({
      severity: "warning",
      code: "period-columns",
      path: ["columns"],
      message: `The columns ${periods.columns.map((p) => JSON.stringify(p.label)).join(", ")} are read as one column per period: the right-most filled is each action's current position, and the earlier ones are its updates, dated ${periods.columns.map((p) => p.date).join(", ")}${periods.financialGuess ? " (quarters with no year are read as financial quarters, from the plan's own dates)" : ""}.`,
      hint: 'Check the dates; give each heading its year ("Q1 2024/25 RAG") to make them certain.',
    });
  }
  for (const label of periods.undated) {
    issues.push({
      severity: "warning",
      code: "period-columns",
      path: ["columns"],
      message: `The column ${JSON.stringify(label)} looks like one period's figures, but the period has no date here (no year, and no CPC or publication date to read it against), so it is kept as a field of each action.`,
      hint: 'Give the heading its year ("Q1 2024/25 RAG"), or give the plan\'s CPC start.',
    });
  }

  // Text is kept exactly as written, spaces included; callers test for blanks.
  const raw = (row: Row, column: Column): string => {
    const i = columns.get(column);
    return i === undefined ? "" : (row.cells[i] ?? "");
  };
  const cell = (row: Row, column: Column): string => raw(row, column).trim();
  const recommendations: Record<string, unknown>[] = [];
  const recIndex = new Map<string, number>();
  const actions: Record<string, unknown>[] = [];
  let heading: string | undefined;
  let currentRec: string | undefined;
  let currentAction: Record<string, unknown> | undefined;
  const hasRecIds = columns.has("recommendationId");
  const hasHeadings = columns.has("heading");
  const hasThemes = columns.has("themes");

  const defineRecommendation = (row: Row, id: string, title: string): void => {
    let i = recIndex.get(id);
    if (i === undefined) {
      i = recommendations.length;
      recIndex.set(id, i);
      recommendations.push({ id });
      lines.set(key(["recommendations", i]), row.line);
    }
    const rec = recommendations[i]!;
    if (title.trim() !== "" && rec["title"] === undefined) rec["title"] = title;
    const h = hasHeadings ? raw(row, "heading") : heading;
    if (h !== undefined && h.trim() !== "" && rec["heading"] === undefined) rec["heading"] = h;
    const themes = cell(row, "themes");
    if (themes !== "" && rec["themes"] === undefined) {
      rec["themes"] = themes
        .split(/[;,\n]/)
        .map((t) => t.trim())
        .filter((t) => t !== "")
        .map((t) => {
          if (themeById(t)) return t;
          const m = matchTheme(t, { framework });
          return m.kind === "match" ? m.theme.id : t;
        });
    } else if (!hasThemes && options.themesFromHeadings !== false && h && h.trim() !== "" && rec["themes"] === undefined) {
      const m = matchTheme(h, { framework });
      if (m.kind === "match") rec["themes"] = [m.theme.id];
    }
  };

  const actionIdColumn = columns.get("actionId");
  const hasActionIds = actionIdColumn !== undefined;
  /** Actions numbered so far under each recommendation, for numbering those with none. */
  const numbered = new Map<string, number>();
  let belowTable = false;
  let generatedAll = false;
  for (const row of rows.slice(headerIndex + 1)) {
    if (!nonEmpty(row.cells)) continue;
    const filled = row.cells.map((c, i) => (c.trim() !== "" ? i : -1)).filter((i) => i >= 0);
    // A key, a legend or a "last updated" line under the table: it and what follows are not
    // actions. A row with a recommendation id or an action number is part of the table.
    const numberedRow = ACTION_NUMBER.test(cell(row, "actionId")) || cell(row, "recommendationId") !== "";
    if (belowTable || (!numberedRow && TRAILER.test(row.cells[filled[0]!]!))) {
      belowTable = true;
      issues.push({
        severity: "warning",
        code: "row-below-table",
        path: ["rows", row.line],
        message: `${placeOf(row)}: ${JSON.stringify(quoteRow(row.cells))} is below the table (a key, a legend or a note), so it was not read as an action.`,
        hint: "Nothing to do if it is a note; if it is an action, move it above the key.",
      });
      lines.set(key(["rows", row.line]), row.line);
      continue;
    }
    const recText = raw(row, "recommendation");
    const hasRecText = recText.trim() !== "";
    const recId = cell(row, "recommendationId");
    const actionId = actionIdColumn === undefined ? "" : actionNumber(row.cells[actionIdColumn] ?? "", options.guarded !== false);
    const title = raw(row, "title");
    const hasTitle = title.trim() !== "";
    const stepId = cell(row, "step");

    // A section row: text in the first column and nowhere else. Where the first column holds
    // action numbers ("Ref", "No."), text that is no number there is a section too.
    const onlyFirst = filled.length === 1 && filled[0] === firstColumn && !hasTitle;
    if (!hasHeadings && !hasRecIds && onlyFirst && (actionId === "" || (filled[0] === actionIdColumn && !ACTION_NUMBER.test(actionId)))) {
      heading = row.cells[filled[0]!]!.trim();
      continue;
    }
    // The same recommendation written on each of its actions' rows is one recommendation.
    const sameAsCurrent = recId === "" && hasRecText && currentRec !== undefined && recommendations[recIndex.get(currentRec)!]?.["title"] === recText;
    if (!sameAsCurrent && (recId !== "" || hasRecText)) {
      const id = recId !== "" ? recId : `R${recommendations.length + 1}`;
      defineRecommendation(row, id, recText);
      currentRec = id;
    }
    if (actionId === "" && !hasTitle && stepId === "") continue; // a recommendation with no actions

    if (stepId !== "") {
      if (!currentAction) {
        issues.push({
          severity: "error",
          code: "orphan-step",
          path: ["rows", row.line],
          message: `${placeOf(row)}: step ${JSON.stringify(stepId)} comes before any action.`,
        });
        lines.set(key(["rows", row.line]), row.line);
        continue;
      }
      const steps = (currentAction["steps"] ??= []) as Record<string, unknown>[];
      const step: Record<string, unknown> = { id: stepId, text: title };
      fill(step, row, raw, ["timescale", "due", "status", "rag"], options.wordings);
      lines.set(key(["actions", actions.length - 1, "steps", steps.length]), row.line);
      steps.push(step);
      continue;
    }
    let id = actionId;
    if (id === "" && hasTitle) {
      // No number: numbered under its recommendation (the third action of recommendation 2 is 2.3).
      const rec = currentRec ?? "";
      const n = (numbered.get(rec) ?? 0) + 1;
      const recNumber = currentRec === undefined ? 0 : recIndex.get(currentRec)! + 1;
      id = `${recNumber}.${n}`;
      if (!hasActionIds) {
        if (!generatedAll) {
          generatedAll = true;
          issues.push({
            severity: "warning",
            code: "generated-id",
            path: ["actions"],
            message: `The table has no column of action numbers, so the actions are numbered by recommendation (${id}, ...).`,
            hint: 'Add an "Action No" column to keep the numbers the plan publishes.',
          });
        }
      } else {
        issues.push({
          severity: "warning",
          code: "generated-id",
          path: ["actions", actions.length, "id"],
          message: `${placeOf(row)}: the action has no number, so it is numbered ${id} (action ${n} of recommendation ${currentRec ?? "(none)"}).`,
          hint: "Give it the number the plan publishes.",
        });
      }
    }
    if (currentRec !== undefined) numbered.set(currentRec, (numbered.get(currentRec) ?? 0) + 1);
    const action: Record<string, unknown> = {
      id,
      recommendation: currentRec ?? "",
      title,
    };
    const owners = splitOwners(cell(row, "owners"));
    if (owners.length > 0) action["owners"] = owners;
    fill(action, row, raw, ["timescale", "due", "status", "rag", "comments"], options.wordings);
    if (periods.columns.length > 0) applyPeriods(action, row.cells, periods.columns, options.wordings);
    // A date in a Due column is read day first (01/04/2024 is 1 April); a month or period is a target.
    const dueText = action["due"];
    if (typeof dueText === "string" && !ISO_DATE.test(dueText)) {
      const t = parseTimescale(dueText);
      if (t.kind === "date" && t.start === t.due) action["due"] = t.due;
      else if (action["timescale"] === undefined) {
        delete action["due"];
        action["timescale"] = dueText;
      }
    }
    // A revised target replaces the original, which is kept in the text ("March 2025 (originally June 2025)").
    const revised = cell(row, "revisedTimescale");
    if (revised !== "") {
      // The original is the target as written, in the target or the due column; a due date
      // would override the revised target, so it goes into the text.
      const original = typeof action["timescale"] === "string" ? action["timescale"].trim() : typeof dueText === "string" ? dueText.trim() : "";
      delete action["due"];
      action["timescale"] = original !== "" && original !== revised ? `${revised} (originally ${original})` : revised;
    }
    // A RAG-only tracker (no Status column): Blue or "Complete" says the action is complete;
    // a status word in the RAG column is its status. Where there is a Status column, an
    // empty status stays empty.
    if (!columns.has("status") && action["status"] === undefined && typeof action["rag"] === "string") {
      // As written in the RAG column, or as read from a period's column.
      const ragText = cell(row, "rag") || action["rag"];
      const asRag = normaliseRag(ragText);
      const asStatus = asRag === undefined ? normaliseStatus(ragText) : asRag === "blue" ? "complete" : undefined;
      if (asStatus !== undefined) {
        action["status"] = asStatus;
        if (asRag === undefined) delete action["rag"];
        issues.push({
          severity: "warning",
          code: "status-from-rag",
          path: ["actions", actions.length, "status"],
          message: `${placeOf(row)}: the table has no Status column, and the action's RAG ${JSON.stringify(ragText)} says it is ${asStatus}: it is read so.`,
          hint: "Give the status in a Status column if the RAG means something else.",
        });
      }
    }
    const updates = cell(row, "updates");
    if (updates !== "") {
      try {
        const parsed: unknown = JSON.parse(updates);
        const fromPeriods = action["updates"];
        action["updates"] = Array.isArray(fromPeriods) && Array.isArray(parsed) ? [...(parsed as unknown[]), ...(fromPeriods as unknown[])] : parsed;
      } catch {
        issues.push({
          severity: "error",
          code: "invalid-value",
          path: ["actions", actions.length, "updates"],
          message: `${placeOf(row)}: the Updates cell is not a JSON list of updates.`,
          hint: 'Write e.g. [{"date": "2024-06-01", "status": "in-progress"}].',
        });
      }
    }
    for (const extra of extraColumns) {
      const v = row.cells[extra.index] ?? "";
      if (v.trim() !== "" && !Object.prototype.hasOwnProperty.call(action, extra.name)) {
        Object.defineProperty(action, extra.name, { value: v, enumerable: true, writable: true, configurable: true });
      }
    }
    lines.set(key(["actions", actions.length]), row.line);
    actions.push(action);
    currentAction = action;
  }
  plan["recommendations"] = recommendations.map((r) => ordered(r, RECOMMENDATION_KEYS));
  plan["actions"] = actions.map((a) => {
    const steps = a["steps"] as Record<string, unknown>[] | undefined;
    return ordered(steps ? { ...a, steps: steps.map((st) => ordered(st, STEP_KEYS)) } : a, ACTION_KEYS);
  });
  // The council's headings and their order, for writing the plan back as the council keeps it.
  const fieldAt = new Map([...columns].map(([column, i]) => [i, column]));
  const layout = {
    columns: header.cells.flatMap((cell, i) => {
      const field = fieldAt.get(i);
      if (field === undefined && (cell.trim() === "" || !extraColumns.some((e) => e.index === i))) return [];
      return [{ heading: cell.trim(), field }];
    }),
  };
  return { plan: ordered(plan, PLAN_KEYS), issues, lineOf, layout };
}

type PeriodField = "status" | "rag" | "comments";
/** One period's columns: "Q1 RAG" and "Q1 update" are the period "Q1". */
interface PeriodColumns {
  readonly label: string;
  readonly date: string;
  readonly at: Partial<Record<PeriodField, number>>;
}

/** The headings of one period's status, RAG or comment, without the period: longest first. */
const PERIOD_FIELD_WORDS: readonly (readonly [PeriodField, string])[] = (
  [
    ["rag", "rag status"],
    ["rag", "rag rating"],
    ["rag", "b rag"],
    ["rag", "brag"],
    ["rag", "rag"],
    ["status", "progress status"],
    ["status", "status"],
    ["comments", "progress update"],
    ["comments", "update"],
    ["comments", "updates"],
    ["comments", "comments"],
    ["comments", "comment"],
    ["comments", "commentary"],
    ["comments", "progress"],
    ["comments", "notes"],
  ] as const
)
  .slice()
  .sort((a, b) => b[1].length - a[1].length);

/** Headings that are a status, RAG or comment column of one period, grouped by period, left to right. */
function periodColumns(
  extra: readonly { index: number; name: string }[],
  reference: string | undefined,
): { columns: PeriodColumns[]; undated: string[]; financialGuess: boolean } {
  const byPeriod = new Map<string, { label: string; date: string | undefined; at: Partial<Record<PeriodField, number>>; first: number }>();
  let financialGuess = false;
  for (const { index, name } of extra) {
    for (const [field, words] of PERIOD_FIELD_WORDS) {
      const m = new RegExp(`(^|[^a-z0-9])${words.split(" ").join("[^a-z0-9]+")}($|[^a-z0-9])`, "i").exec(name);
      if (!m) continue;
      const period = trimEnd((name.slice(0, m.index) + " " + name.slice(m.index + m[0].length)).replace(/^[\s\-\u2013\u2014:,()]+/, ""), PERIOD_SEPARATORS);
      if (!/\d|\bq(?:uarter)?\s*\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(period)) break;
      const t = parseTimescale(period, reference !== undefined ? { reference, quarters: "financial" } : {});
      const date = t.kind === "date" ? t.due : undefined;
      if (date !== undefined && t.kind === "date" && t.yearFromReference === true) financialGuess = true;
      const key = fold(period);
      const group = byPeriod.get(key) ?? { label: period, date, at: {}, first: index };
      if (group.at[field] === undefined) group.at[field] = index;
      byPeriod.set(key, group);
      break;
    }
  }
  const all = [...byPeriod.values()].sort((a, b) => a.first - b.first);
  // One period alone is no history: its columns are left as they are.
  if (all.length < 2) return { columns: [], undated: [], financialGuess: false };
  const columns = all.filter((g) => g.date !== undefined).map((g) => ({ label: g.label, date: g.date!, at: g.at }));
  const undated = all.filter((g) => g.date === undefined).map((g) => g.label);
  return { columns, undated, financialGuess };
}

/** Sets an action's current status, RAG and comment from its right-most filled period, and its updates from the others. */
function applyPeriods(action: Record<string, unknown>, cells: readonly string[], periods: readonly PeriodColumns[], wordings: Wordings | undefined): void {
  const statusOf = (v: string) => wordingOf(wordings, v)?.status ?? normaliseStatus(v) ?? v;
  const ragOf = (v: string) => wordingOf(wordings, v)?.rag ?? normaliseRag(v) ?? v;
  const valueOf = (p: PeriodColumns, field: PeriodField): string => {
    const i = p.at[field];
    return i === undefined ? "" : (cells[i] ?? "").trim();
  };
  const filled = periods.filter((p) => valueOf(p, "status") !== "" || valueOf(p, "rag") !== "" || valueOf(p, "comments") !== "");
  if (filled.length === 0) return;
  const current = filled[filled.length - 1]!;
  // Where the table has its own Status, RAG or comment column, that is the current one and every period is history.
  const history = filled.filter((p) => p !== current);
  const setCurrent = (field: PeriodField): boolean => {
    const v = valueOf(current, field);
    if (v === "") return true;
    if (action[field] !== undefined) return false;
    action[field] = field === "status" ? statusOf(v) : field === "rag" ? ragOf(v) : v;
    return true;
  };
  const currentTaken = (["status", "rag", "comments"] as const).map(setCurrent).every(Boolean);
  if (!currentTaken) history.push(current);
  const updates = history.map((p) => {
    const u: Record<string, unknown> = { date: p.date };
    const status = valueOf(p, "status");
    const rag = valueOf(p, "rag");
    const note = valueOf(p, "comments");
    if (status !== "") u["status"] = statusOf(status);
    if (rag !== "") u["rag"] = ragOf(rag);
    if (note !== "") u["note"] = note;
    return u;
  });
  if (updates.length === 0) return;
  const before = Array.isArray(action["updates"]) ? (action["updates"] as Record<string, unknown>[]) : [];
  action["updates"] = [...before, ...updates].sort((a, b) => String(a["date"]).localeCompare(String(b["date"])));
}

/**
 * The RAG rating a fill colour shows, by its hue: red (under 15° or from 345°), amber
 * (15° to 65°: orange to yellow), green (75° to 170°) or blue (185° to 250°), for a colour
 * strong enough to be one (saturation at least 40 %, lightness 20 % to 85 %). None for
 * white, greys, black, purples and the hues between, rather than a guess.
 */
export function ragOfFill(fill: string): Rag | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  if (!m) return undefined;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  if (chroma === 0) return undefined;
  const saturation = chroma / (1 - Math.abs(2 * lightness - 1));
  if (saturation < 0.4 || lightness < 0.2 || lightness > 0.85) return undefined;
  const hue = max === r ? (60 * ((g - b) / chroma) + 360) % 360 : max === g ? 60 * ((b - r) / chroma) + 120 : 60 * ((r - g) / chroma) + 240;
  if (hue < 15 || hue >= 345) return "red";
  if (hue < 65) return "amber";
  if (hue >= 75 && hue < 170) return "green";
  if (hue >= 185 && hue < 250) return "blue";
  return undefined;
}

/**
 * Turns what a spreadsheet knows of its cells into the text the reader reads: a date cell
 * into its date at the precision it shows ("Dec-24" is December 2024), an error value into
 * nothing (reported), and a RAG cell with no text but a fill into the rating the colour
 * shows (reported, naming the colour: colour alone is not read silently).
 */
function applyCellMeta(rows: TableRow[], headerIndex: number, ragColumn: number | undefined, issues: Issue[]): void {
  rows.forEach((row, r) => {
    const meta = row.meta;
    if (meta === undefined) return;
    meta.forEach((m, i) => {
      if (m === undefined) return;
      const at = `${placeOf(row)}${m.ref ? ` (${m.ref})` : ""}`;
      if (m.error !== undefined) {
        row.cells[i] = "";
        issues.push({
          severity: "warning",
          code: "cell-error",
          path: ["rows", row.line],
          message: `${at}: the cell holds the error ${m.error}, so it is read as empty.`,
          hint: "Put right the formula, or type the value.",
          value: m.error,
        });
      } else if (m.date !== undefined) {
        const [y, mo, d] = m.date.value.split("-");
        row.cells[i] = m.date.precision === "day" ? `${y}-${mo}-${d}` : `${MONTH_NAMES[Number(mo) - 1]} ${y}`;
      }
      // White is no fill.
      if (r > headerIndex && i === ragColumn && (row.cells[i] ?? "").trim() === "" && m.fill !== undefined && !/^#?f{6}$/i.test(m.fill)) {
        const rag = ragOfFill(m.fill);
        if (rag !== undefined) {
          row.cells[i] = rag;
          issues.push({
            severity: "warning",
            code: "rag-from-fill",
            path: ["rows", row.line],
            message: `${at}: the RAG cell has no text; its fill ${m.fill.toUpperCase()} is nearest ${rag}, so it is read as ${rag}.`,
            hint: `Type "${rag[0]!.toUpperCase()}${rag.slice(1)}" in the cell: a colour alone is lost to anyone who cannot see it.`,
            value: m.fill,
          });
        } else {
          issues.push({
            severity: "warning",
            code: "rag-from-fill",
            path: ["rows", row.line],
            message: `${at}: the RAG cell has no text and its fill ${m.fill.toUpperCase()} is no RAG colour, so it has no rating.`,
            hint: "Type the rating in the cell.",
            value: m.fill,
          });
        }
      }
    });
  });
}

/**
 * The council a title names: the words before the first " - ", ":" or "," when they name a
 * council ("Example Borough Council - CPC action plan", "Borough Council of King's Lynn and
 * West Norfolk: action plan").
 */
function councilInTitle(title: string): string | undefined {
  const lead = title.split(/\s[-\u2013\u2014]\s|[:,(|]/)[0]!.trim();
  // A name: words before "Council" ("Example Borough Council"), or after "Council of"; a
  // "Council" row with its value missing names none.
  const names = /\S\s+council\b|\bcouncil\s+of\s+\S/i.test(lead);
  return lead.length <= 80 && names && preambleKeyOf(lead) === undefined && !/\b(?:peer challenge|action plan|cpc)\b/i.test(lead) ? lead : undefined;
}

/**
 * The CPC's days a line states: "Peer challenge: 4-7 March 2024", "The peer challenge took
 * place on 7 to 10 January 2019". Only a line that names the peer challenge and gives days
 * (not a month or a year alone) counts.
 */
function cpcDatesIn(text: string): { start: string; end: string | undefined; text: string } | undefined {
  if (text.length > 160 || !/\bpeer challenge\b|\bcpc\b/i.test(text)) return undefined;
  // After the name, the first ":", "on", "from", "was" or "took place", then the dates
  // (each step one pass over the text; one expression for all of it could backtrack).
  const name = /\bpeer challenge\b|\bcpc\b/i.exec(text);
  if (name === null) return undefined;
  const rest = text.slice(name.index + name[0].length);
  const word = /:|\b(?:on|from|was|took place)\b/i.exec(rest);
  if (word === null) return undefined;
  const after = rest.slice(word.index + word[0].length).replace(/^\s*(?:(?:on|from)\s+)?/i, "");
  if (after === "" || after.includes("\n")) return undefined;
  const t = parseTimescale(after.trim().replace(/[.;]$/, ""));
  if (t.kind !== "date" || t.precision !== "day") return undefined;
  return { start: t.start, end: t.due !== t.start ? t.due : undefined, text: text.trim() };
}

/**
 * An action number as written: "1." is action 1, as Kingston's table writes it, unless
 * writePlanCsv wrote it ("'1.", for an id that really ends in a dot); otherwise the cell
 * without its formula guard.
 */
function actionNumber(cell: string, guarded: boolean): string {
  const t = cell.trim();
  if (t.charCodeAt(0) === 39 && t.endsWith(".")) return t.slice(1);
  if (t.endsWith(".") && ACTION_NUMBER.test(t)) return t.slice(0, -1);
  return guarded ? unguard(t) : t;
}

/**
 * A cell as written by {@link writePlanCsv}, which puts a `'` before a cell a spreadsheet
 * would run as a formula (OWASP's advice): one `'` before `=`, `+`, `-`, `@`, a tab, a
 * carriage return or another `'` is taken off.
 */
function unguard(cell: string): string {
  return cell.charCodeAt(0) === 39 && /^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell;
}

// Stryker disable Regex: top-level patterns, never reloaded for a mutant; each unanchored by hand (2026-11-24) made
// test/table-layout.test.ts fail
/** The first words of a row under the table: a key, a legend, a note of who updated it when. */
const TRAILER =
  /^\s*(?:key|legend|rag key|rag rating key|status key|last updated|updated|date updated|updated on|updated by|prepared by|approved by|signed|version|source|notes?)\b\s*[:\-\u2013]?/i;
/** An action number as plans write them: "1", "1.2", "12.3a", "R1.2", "1.2." */
const ACTION_NUMBER = /^[A-Za-z]{0,2}\d+(?:\.\d+)*[a-z]?\.?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Stryker restore Regex

function quoteRow(cells: readonly string[]): string {
  const text = cells.filter((c) => c.trim() !== "").join(" ");
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

// Fields in the order the file format lists them, so that a converted plan reads like a hand-written one.
const PLAN_KEYS = FIELDS.plan;
const RECOMMENDATION_KEYS = FIELDS.recommendation;
const ACTION_KEYS = FIELDS.action;
const STEP_KEYS = FIELDS.step;

function ordered(object: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (Object.prototype.hasOwnProperty.call(object, k)) out[k] = object[k];
  for (const k of Object.keys(object)) {
    if (!keys.includes(k)) Object.defineProperty(out, k, { value: object[k], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function fill(
  target: Record<string, unknown>,
  row: Row,
  cell: (row: Row, column: Column) => string,
  fields: readonly ("timescale" | "due" | "status" | "rag" | "comments")[],
  wordings: Wordings | undefined,
): void {
  // A council's own word may say both: "Behind schedule" is in progress and red. What the
  // other column says itself comes first.
  let ragFromStatus: string | undefined;
  let statusFromRag: string | undefined;
  for (const field of fields) {
    const v = cell(row, field);
    // An empty cell is no value; a cell of spaces is kept for text, not for codes and dates.
    if (v === "" || (v.trim() === "" && (field === "status" || field === "rag" || field === "due"))) continue;
    const own = field === "status" || field === "rag" ? wordingOf(wordings, v) : undefined;
    // A council's word that means only the other thing ("Purple" in the RAG column meaning
    // on hold) gives that, and nothing here.
    if (field === "status") {
      if (own === undefined || own.status !== undefined) target[field] = own?.status ?? normaliseStatus(v) ?? v.trim();
      ragFromStatus = own?.rag;
    } else if (field === "rag") {
      if (own === undefined || own.rag !== undefined) target[field] = own?.rag ?? normaliseRag(v) ?? v.trim();
      statusFromRag = own?.status;
    } else if (field === "due") target[field] = v.trim();
    else target[field] = v;
  }
  if (ragFromStatus !== undefined && target["rag"] === undefined) target["rag"] = ragFromStatus;
  if (statusFromRag !== undefined && target["status"] === undefined) target["status"] = statusFromRag;
}
