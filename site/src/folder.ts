/**
 * A folder dropped on the page: the plan files in it and its sub-folders. Kept apart from
 * the portfolio's figures (portfolio.ts), which need no browser.
 */
import { isPlanFile } from "./portfolio.js";

/** The files in a dropped folder (and its sub-folders), by path. */
export async function filesOfDrop(items: DataTransferItemList | undefined, files: readonly File[]): Promise<{ files: File[]; folder: boolean }> {
  const entries = [...(items ?? [])].map((i) => i.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  if (!entries.some((e) => e.isDirectory)) return { files: [...files], folder: false };
  const out: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      if (isPlanFile(file.name)) out.push(file);
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries gives a batch at a time, and an empty batch at the end.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const e of batch) await walk(e);
    }
  };
  for (const e of entries) await walk(e);
  return { files: out.sort((a, b) => a.name.localeCompare(b.name)), folder: true };
}
