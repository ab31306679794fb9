/**
 * Saves a file the app made through a temporary blob: link (not a data: URL, which the CSP
 * refuses). The URL is revoked a moment later: some browsers read the blob after click().
 */
export function saveFile(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
