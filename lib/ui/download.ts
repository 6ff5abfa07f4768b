/** Saves text as a file through the browser's download (a blob URL: nothing leaves the machine). */
export function downloadText(fileName: string, text: string, mime: string): void {
  // A BOM so spreadsheet programs read UTF-8 CSV (Chinese titles) correctly; the importers skip it.
  const body = mime === 'text/csv' ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "2026-09-30" for file names. */
export const dateStamp = (ts = Date.now()) => new Date(ts).toISOString().slice(0, 10);
