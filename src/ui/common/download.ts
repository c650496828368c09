// Save a Blob as a file through a temporary link (the one DOM way to name a download).

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chromium may still be reading the object URL when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
