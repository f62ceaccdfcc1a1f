/**
 * The page: pick or drop a tracker, see its problems and figures, download the reports.
 * Everything runs here, in the browser: no file is sent anywhere.
 */
import { planToICalendar } from "../../src/calendar/index.js";
import {
  comparePlans,
  orderSnapshots,
  ragLabel,
  remindersByOwner,
  statusLabel,
  todayInLondon,
  isCalendarDate,
  RAGS,
  STATUSES,
  type ActionPlan,
  type PlanComparison,
} from "../../src/index.js";
import { buildReport, renderHtmlReport, renderMarkdownReport, type Report } from "../../src/report/index.js";
import { writeReportDocx } from "../../src/docx/report.js";
import { changesHeading, reminderText } from "../../src/report/words.js";
import { writePlanXlsx } from "../../src/xlsx/index.js";
import { FORMATS, load, type Loaded } from "./load.js";
import { onReadingChange, readingOptions, showColumns } from "./reading.js";
import { filesOfDrop } from "./folder.js";
import { isPlanFile, isPortfolio, portfolioReport, portfolioSection } from "./portfolio.js";
import { returnsSection, wireReturns } from "./returns.js";
import { toYaml } from "./yaml.js";

/** The page's element with this id, of the kind the page's HTML gives it. */
function $<T extends HTMLElement>(id: string, kind: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof kind)) throw new Error(`the page has no ${kind.name} #${id}`);
  return el;
}

const input = $("files", HTMLInputElement);
const drop = $("drop", HTMLElement);
const asOfInput = $("as-of", HTMLInputElement);
const ragRuleInput = $("rag-rule", HTMLSelectElement);
const status = $("status", HTMLElement);
const progress = $("progress", HTMLProgressElement);
const results = $("results", HTMLElement);

asOfInput.value = todayInLondon();
let loaded: Loaded[] = [];
/** Whether the files came from a folder: a portfolio, however many. */
let fromFolder = false;

/** Text made safe for HTML. */
const esc = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const say = (text: string) => {
  status.textContent = text;
};

async function readFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  // Two files are snapshots of one plan (or two councils' plans); more, or a folder, a portfolio.
  const chosen = fromFolder || files.length > 2 ? files : files.slice(0, 2);
  results.hidden = true;
  progress.hidden = false;
  progress.value = 0;
  const out: Loaded[] = [];
  for (const [i, file] of chosen.entries()) {
    say(`Reading ${file.name} (${Math.max(1, Math.round(file.size / 1024))} KB), file ${i + 1} of ${chosen.length}…`);
    progress.value = i / chosen.length;
    // Let the page show the progress before the work starts.
    await new Promise((r) => setTimeout(r, 0));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const reading = readingOptions();
    $("opt-problems", HTMLElement).textContent = reading.problems.join(" ");
    out.push(load(file.name, bytes, asOf(), reading.options));
  }
  progress.value = 1;
  progress.hidden = true;
  loaded = out;
  showColumns(out[out.length - 1]?.source);
  render();
}

const asOf = (): string => (isCalendarDate(asOfInput.value) ? asOfInput.value : todayInLondon());
/** The RAG rule chosen, as the statistics take it: nothing for the default. */
const ragOptions = (): { ragRule?: "expected-progress" } => (ragRuleInput.value === "expected-progress" ? { ragRule: "expected-progress" } : {});

function render(): void {
  if (loaded.length === 0) return;
  const day = asOf();
  if (isPortfolio(loaded, fromFolder)) {
    renderPortfolio(day);
    return;
  }
  const plans = loaded.map((l) => l.plan);
  let latest = plans[plans.length - 1];
  let earlier = plans.length === 2 ? plans[0] : undefined;
  let latestName = loaded[loaded.length - 1]!.name;
  let html = loaded.map((l) => issuesSection(l)).join("");
  // Two snapshots are compared in date order, whichever was chosen first (orderSnapshots).
  if (earlier !== undefined && latest !== undefined) {
    const o = orderSnapshots(earlier, latest);
    const notes: string[] = [];
    if (o.reordered) {
      [earlier, latest] = [o.before, o.after];
      latestName = loaded[0]!.name;
      notes.push(
        `${loaded[0]!.name} (${o.asOf ?? ""}) is the later of the two files: it is shown as the current position, and ${loaded[1]!.name} (${o.since ?? ""}) as the earlier.`,
      );
    } else if ((o.since === undefined || o.asOf === undefined || o.since === o.asOf) && comparePlans(earlier, latest, { asOf: day }).changed.length > 0) {
      notes.push(`The two files' dates cannot tell which is the earlier (give each a "published" date): they are not compared.`);
      earlier = undefined;
    }
    if (o.councilDiffers) notes.push(`The two files name different councils: they may not be one plan.`);
    if (notes.length > 0)
      html += `<section aria-labelledby="order-h"><h2 id="order-h">The two files</h2><p id="snapshot-order">${notes.map(esc).join(" ")}</p></section>`;
  }
  if (latest !== undefined) {
    const report = buildReport(latest, { asOf: day, ...ragOptions(), ...(earlier ? { compare: earlier } : {}) });
    html += figures(report, latest, day);
    if (earlier) html += changes(comparePlans(earlier, latest, { asOf: day, ...ragOptions() }));
    html += downloads();
    html += returnsSection(latest, day);
    html += `<section aria-labelledby="preview-h"><h2 id="preview-h">The committee report</h2>
<p>As the HTML download shows it, charts included.</p>
<iframe id="preview" title="The committee report, as downloaded" sandbox="allow-same-origin"></iframe></section>`;
  }
  results.innerHTML = `<h2 id="results-h" tabindex="-1" class="visually-hidden">Results</h2>${html}`;
  results.hidden = false;
  if (latest !== undefined) {
    const options = { asOf: day, ...ragOptions(), ...(earlier ? { compare: earlier } : {}) };
    const frame = $("preview", HTMLIFrameElement);
    frame.srcdoc = renderHtmlReport(latest, options);
    frame.addEventListener("load", () => {
      const h = frame.contentDocument?.documentElement.scrollHeight;
      if (h) frame.style.height = `${h + 20}px`;
    });
    wireDownloads(latest, options, latestName);
    wireReturns(latest, day, latestName.replace(/\.[a-z]+$/i, ""), save);
  }
  const errors = loaded.flatMap((l) => l.issues).filter((i) => i.severity === "error").length;
  say(
    latest === undefined
      ? `${loaded[loaded.length - 1]!.name} could not be used: ${errors} problem${errors === 1 ? "" : "s"} to put right, listed below.`
      : `Read ${loaded.map((l) => l.name).join(" and ")}: figures as of ${day}.`,
  );
  $("results-h", HTMLElement).focus();
}

/** Several plans: each file's problems, then the table by plan and the totals. */
function renderPortfolio(day: string): void {
  results.innerHTML = `<h2 id="results-h" tabindex="-1" class="visually-hidden">Results</h2>${loaded.map((l) => issuesSection(l)).join("")}${portfolioSection(loaded, day)}`;
  results.hidden = false;
  $("dl-portfolio", HTMLButtonElement).addEventListener("click", () => save("action-plans-together.html", portfolioReport(loaded, day), "text/html"));
  const usable = loaded.filter((l) => l.plan !== undefined).length;
  say(
    `Read ${loaded.length} files: ${usable} plan${usable === 1 ? "" : "s"} together, figures as of ${day}${usable < loaded.length ? `; ${loaded.length - usable} could not be used` : ""}.`,
  );
  $("results-h", HTMLElement).focus();
}

function issuesSection(l: Loaded): string {
  const errors = l.issues.filter((i) => i.severity === "error");
  const warnings = l.issues.filter((i) => i.severity === "warning");
  const item = (i: Loaded["issues"][number]) =>
    `<li class="${i.severity}"><span class="badge">${i.severity === "error" ? "Error" : "Warning"}</span> ${i.place !== undefined ? `<span class="place">${esc(i.place)}:</span> ` : ""}${esc(i.message)}${
      i.hint !== undefined ? `<br><span class="hint">${esc(i.hint)}</span>` : ""
    } <code>${esc(i.code)}</code></li>`;
  const id = `issues-${loaded.indexOf(l)}`;
  return `<section aria-labelledby="${id}"><h2 id="${id}">Problems in ${esc(l.name)}</h2>
<p class="count" data-errors="${errors.length}" data-warnings="${warnings.length}">${errors.length} error${errors.length === 1 ? "" : "s"} and ${warnings.length} warning${
    warnings.length === 1 ? "" : "s"
  }${l.plan === undefined ? ": the plan cannot be used until the errors are put right." : "."}</p>
${l.issues.length > 0 ? `<ul class="issues">${l.issues.map(item).join("")}</ul>` : ""}</section>`;
}

function table(caption: string, head: readonly string[], rows: readonly (readonly (string | number)[])[], id: string): string {
  // A wide table scrolls in its own box on a phone, which the keyboard can reach.
  return `<div class="scroll" role="region" aria-label="${esc(caption)}" tabindex="0"><table id="${id}"><caption>${esc(caption)}</caption><thead><tr>${head.map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ""}>${esc(h)}</th>`).join("")}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td class="num">${esc(c)}</td>`)).join("")}</tr>`).join("")}</tbody></table></div>`;
}

function figures(r: Report, plan: ActionPlan, day: string): string {
  const h = r.headline;
  const share = (label: string, s: { count: number; percent: number }, cls: string) =>
    `<div class="share ${cls}"><span class="figure" data-figure="${cls}">${s.percent}%</span><span>${esc(label)}</span><span class="of">${s.count} of ${h.total} actions</span></div>`;
  const statusRows = STATUSES.map((s) => [statusLabel(s), r.status.counts[s], `${r.status.percentages[s]}%`] as const);
  const ragRows = RAGS.map((g) => [ragLabel(g), r.rag.counts[g], `${r.rag.percentages[g]}%`] as const);
  const themeRows = [...r.themes, r.total].map((t) => [t.title, t.actions, t.status.counts.complete, t.overdue, `${t.completePercent}%`] as const);
  const reminders = remindersByOwner(plan, { asOf: day });
  const owners = reminders
    .filter((o) => o.overdue.length > 0 || o.dueSoon.length > 0)
    .map(
      (o) => `<li><h3>${esc(o.title)}</h3>
${o.overdue.length > 0 ? `<p>Overdue:</p><ul>${o.overdue.map((x) => `<li>${esc(reminderText(x))}</li>`).join("")}</ul>` : ""}
${o.dueSoon.length > 0 ? `<p>Due within 30 days:</p><ul>${o.dueSoon.map((x) => `<li>${esc(reminderText(x))}</li>`).join("")}</ul>` : ""}</li>`,
    )
    .join("");
  return `<section aria-labelledby="headline-h"><h2 id="headline-h">${esc(r.council)}: progress as of ${esc(day)}</h2>
<div class="headline" id="headline">${share("completed", h.completed, "completed")}${share("making expected progress", h.expectedProgress, "expected")}${share("not yet progressed", h.notProgressed, "not-progressed")}</div>
<p>${r.overdue.length} action${r.overdue.length === 1 ? " is" : "s are"} overdue.</p>
<p class="notes" id="figure-notes">${r.notes.map(esc).join(" ")}</p></section>
<section aria-labelledby="breakdown-h"><h2 id="breakdown-h">Status and RAG</h2><div class="pair">
${table("Actions by status", ["Status", "Actions", "Share"], statusRows, "status-table")}
${table("Actions by RAG rating", ["RAG", "Actions", "Share"], ragRows, "rag-table")}</div></section>
<section aria-labelledby="themes-h"><h2 id="themes-h">By theme</h2>
${table("Actions by theme", ["Theme", "Actions", "Complete", "Overdue", "Complete %"], themeRows, "theme-table")}</section>
<section aria-labelledby="owners-h"><h2 id="owners-h">Overdue and due soon, by owner</h2>
${owners === "" ? "<p>Nothing is overdue or due in the next 30 days.</p>" : `<ul class="owners" id="owners">${owners}</ul>`}</section>`;
}

function changes(c: PlanComparison): string {
  const list = (label: string, actions: readonly { id: string; title: string }[]) =>
    `<li>${esc(label)}: ${actions.length}${actions.length > 0 ? ` (${actions.map((a) => esc(a.id)).join(", ")})` : ""}</li>`;
  return `<section aria-labelledby="changes-h"><h2 id="changes-h">${esc(changesHeading(c.since))}</h2><ul id="changes">
${list("Added", c.added)}${list("Removed", c.removed)}${list("Completed", c.completed)}${list("Slipped", c.slipped)}${list("Newly overdue", c.newlyOverdue)}</ul></section>`;
}

function downloads(): string {
  const button = (id: string, label: string) => `<button type="button" id="${id}">${esc(label)}</button>`;
  return `<section aria-labelledby="downloads-h"><h2 id="downloads-h">Download</h2><div class="downloads">
${button("dl-html", "Report (HTML)")}${button("dl-docx", "Report (Word)")}${button("dl-md", "Report (Markdown)")}${button("dl-yaml", "Plan (YAML)")}${button("dl-json", "Plan (JSON)")}${button("dl-xlsx", "Excel tracker")}${button("dl-ics", "Calendar (.ics)")}</div></section>`;
}

function save(name: string, content: string | Uint8Array, type: string): void {
  const blob = new Blob([typeof content === "string" ? content : content.slice().buffer], { type });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function wireDownloads(plan: ActionPlan, options: { asOf: string; compare?: ActionPlan }, source: string): void {
  const base = source.replace(/\.[a-z]+$/i, "");
  const on = (id: string, fn: () => void) => $(id, HTMLButtonElement).addEventListener("click", fn);
  on("dl-html", () => save(`${base}-report.html`, renderHtmlReport(plan, options), "text/html"));
  on("dl-docx", () => save(`${base}-report.docx`, writeReportDocx(plan, options), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
  on("dl-md", () => save(`${base}-report.md`, renderMarkdownReport(plan, options), "text/markdown"));
  on("dl-yaml", () => save(`${base}.yaml`, toYaml(plan), "application/yaml"));
  on("dl-json", () => save(`${base}.json`, `${JSON.stringify(plan, null, 2)}\n`, "application/json"));
  on("dl-xlsx", () => save(`${base}-tracker.xlsx`, writePlanXlsx(plan), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
  on("dl-ics", () => save(`${base}.ics`, planToICalendar(plan), "text/calendar"));
}

input.accept = FORMATS.join(",");
input.addEventListener("change", () => {
  fromFolder = false;
  void readFiles([...(input.files ?? [])]);
});
const folderInput = $("folder", HTMLInputElement);
folderInput.addEventListener("change", () => {
  fromFolder = true;
  void readFiles([...(folderInput.files ?? [])].filter((f) => isPlanFile(f.webkitRelativePath || f.name)));
});
ragRuleInput.addEventListener("change", () => render());
asOfInput.addEventListener("change", () => {
  // Judge the same files as of the new day.
  const files = fromFolder ? [...(folderInput.files ?? [])].filter((f) => isPlanFile(f.webkitRelativePath || f.name)) : [...(input.files ?? [])];
  if (files.length > 0) void readFiles(files);
  else if (dropped.length > 0) void readFiles(dropped);
});
let dropped: File[] = [];
// A reading option changed: read the same files again with it.
onReadingChange(() => {
  const files = [...(input.files ?? [])];
  if (files.length > 0) void readFiles(files);
  else if (dropped.length > 0) void readFiles(dropped);
});
drop.addEventListener("dragover", (e) => {
  e.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  void filesOfDrop(e.dataTransfer?.items, [...(e.dataTransfer?.files ?? [])]).then((d) => {
    fromFolder = d.folder;
    dropped = d.files;
    void readFiles(dropped);
  });
});
