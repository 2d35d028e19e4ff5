import { MINUTE_MS } from '@/utils/time/units';
/** Saves `content` as a file through the browser's download (no permission needed from a page). */
export function downloadText(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chrome reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), MINUTE_MS);
}
