/**
 * Updates from owners, on the page: download every owner's workbook in one zip, then drop
 * the returns to merge them into the plan and download the updated plan and tracker. The
 * same two steps as `cpc returns` and `cpc collect`, in the browser: nothing is sent anywhere.
 */
import { zipSync } from "fflate";
import { addCalendarDays } from "../../src/dates.js";
import { isCalendarDate, ownerReturns, ragLabel, statusLabel, type ActionPlan } from "../../src/index.js";
import { safeFileName } from "../../src/returns/layout.js";
import { collectReturns, writePlanXlsx, writeReturnXlsx, type CollectReturnsResult } from "../../src/xlsx/index.js";
import { toYaml } from "./yaml.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Text made safe for HTML. */
const esc = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The section: its two steps, before any return is dropped. */
export function returnsSection(plan: ActionPlan, asOf: string): string {
  const owners = ownerReturns(plan, { asOf });
  return `<section aria-labelledby="returns-h" id="returns"><h2 id="returns-h">Updates from owners</h2>
<p>1. Send each owner a workbook of their ${esc(owners.reduce((n, o) => n + o.items.length, 0))} open lines to fill in (${esc(owners.length)} owner${owners.length === 1 ? "" : "s"}): status and RAG from drop-downs, a date and a comment, the rest locked.</p>
<p class="fields"><label for="return-by">Return by</label> <input id="return-by" type="date" value="${esc(addCalendarDays(asOf, 14))}">
<label for="send-to">Send to</label> <input id="send-to" type="text" placeholder="a name, a team or an address"></p>
<div class="downloads"><button type="button" id="dl-returns">Owners' workbooks (zip)</button></div>
<p>2. When they come back, choose them all (or drop them here) to merge them into this plan. Nothing doubtful is applied: each problem is listed with its file and cell.</p>
<div id="returns-drop" class="drop"><label for="returns-files">Choose the filled-in workbooks (.xlsx), or drop them here</label>
<input id="returns-files" type="file" multiple accept=".xlsx"></div>
<p id="returns-status" role="status" aria-live="polite"></p>
<div id="returns-result"></div></section>`;
}

/** What the merge did, for people. */
function resultHtml(r: CollectReturnsResult): string {
  const s = r.summary;
  const change = (c: CollectReturnsResult["changes"][number]) => {
    const what = [
      c.status ? `status ${c.status.from ? statusLabel(c.status.from) : "none"} → ${statusLabel(c.status.to)}` : "",
      c.rag ? `RAG ${c.rag.from ? ragLabel(c.rag.from) : "none"} → ${ragLabel(c.rag.to)}` : "",
      c.target ? `target “${c.target.from ?? ""}” → “${c.target.to}”` : "",
    ].filter(Boolean);
    return `<li>${esc(c.key)} (${esc(c.date)}, ${esc(c.files.join(", "))}): ${esc(what.length ? what.join("; ") : "a note")}</li>`;
  };
  const issue = (i: CollectReturnsResult["issues"][number]) =>
    `<li class="${i.severity}"><span class="badge">${i.severity === "error" ? "Error" : "Warning"}</span> ${esc(i.message)}${i.hint ? `<br><span class="hint">${esc(i.hint)}</span>` : ""} <code>${esc(i.code)}</code></li>`;
  return `<h3>Returned</h3>
<ul id="returned">${s.returned.map((x) => `<li>${esc(x.owner)} (${esc(x.file)}): ${x.lines} line${x.lines === 1 ? "" : "s"}, ${x.filled} filled in, ${x.applied} applied</li>`).join("")}</ul>
<p id="not-returned">${s.notReturned.length ? `Not returned: ${esc(s.notReturned.join(", "))}.` : "Every owner returned."}</p>
<h3>Changes</h3>${r.changes.length ? `<ul id="return-changes">${r.changes.map(change).join("")}</ul>` : "<p>None.</p>"}
<h3>Problems</h3>${r.issues.length ? `<ul class="issues" id="return-issues">${r.issues.map(issue).join("")}</ul>` : "<p>None.</p>"}
<div class="downloads"><button type="button" id="dl-merged-yaml">Updated plan (YAML)</button><button type="button" id="dl-merged-xlsx">Updated Excel tracker</button></div>`;
}

/**
 * Wires the section: the zip of workbooks, and the merging of dropped returns.
 *
 * @param save - The page's download function.
 * @param base - The plan file's name without its extension, for the downloads' names.
 */
export function wireReturns(plan: ActionPlan, asOf: string, base: string, save: (name: string, content: string | Uint8Array, type: string) => void): void {
  const el = <T extends HTMLElement>(id: string, kind: new () => T): T => {
    const e = document.getElementById(id);
    if (!(e instanceof kind)) throw new Error(`the page has no ${kind.name} #${id}`);
    return e;
  };
  const status = el("returns-status", HTMLElement);
  el("dl-returns", HTMLButtonElement).addEventListener("click", () => {
    const by = el("return-by", HTMLInputElement).value;
    const sendTo = el("send-to", HTMLInputElement).value.trim();
    const taken = new Set<string>();
    const files: Record<string, Uint8Array> = {};
    for (const r of ownerReturns(plan, { asOf })) {
      files[safeFileName(r.title, taken)] = writeReturnXlsx(plan, r.owner, {
        asOf,
        ...(isCalendarDate(by) ? { returnBy: by } : {}),
        ...(sendTo !== "" ? { sendTo } : {}),
      });
    }
    save(`${base}-returns-${asOf}.zip`, zipSync(files, { level: 6 }), "application/zip");
    status.textContent = `${Object.keys(files).length} workbooks saved in one zip.`;
  });
  const merge = async (chosen: readonly File[]) => {
    if (chosen.length === 0) return;
    status.textContent = `Reading ${chosen.length} return${chosen.length === 1 ? "" : "s"}…`;
    const returns = await Promise.all(chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const result = collectReturns(plan, returns, { asOf });
    el("returns-result", HTMLElement).innerHTML = resultHtml(result);
    el("dl-merged-yaml", HTMLButtonElement).addEventListener("click", () => save(`${base}-updated.yaml`, toYaml(result.plan), "application/yaml"));
    el("dl-merged-xlsx", HTMLButtonElement).addEventListener("click", () => save(`${base}-updated-tracker.xlsx`, writePlanXlsx(result.plan), XLSX));
    const s = result.summary;
    status.textContent = `Merged ${s.returned.length} return${s.returned.length === 1 ? "" : "s"}: ${result.changes.length} update${result.changes.length === 1 ? "" : "s"}, ${s.errors} problem${s.errors === 1 ? "" : "s"} not applied.`;
  };
  const input = el("returns-files", HTMLInputElement);
  input.addEventListener("change", () => void merge([...(input.files ?? [])]));
  const drop = el("returns-drop", HTMLElement);
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    void merge([...(e.dataTransfer?.files ?? [])]);
  });
}
