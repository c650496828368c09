// Export file names: `<dataset-id>-<yyyymmdd>.<ext>` (docs/design.md §7).

export function exportFileName(datasetId: string, date: Date, ext: string): string {
  const safeId = datasetId.replace(/[^a-z0-9._-]+/gi, '-').replace(/^-+|-+$/g, '') || 'dataset';
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${safeId}-${y}${m}${d}.${ext}`;
}
