/** A file the API sent as base64 (a slip, the tracking book). */
export interface ApiFile {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

function urlOf(file: ApiFile): string {
  const binary = atob(file.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  // Released a minute later, when the tab or the download has long read it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return url;
}

/** Saves the file the way a link with `download` does, under the name the API gave it. */
export function saveFile(file: ApiFile) {
  const link = document.createElement('a');
  link.href = urlOf(file);
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Shows the file in a tab opened beforehand (during the click, so the browser does not block it). */
export function showFile(tab: Window, file: ApiFile) {
  tab.location.href = urlOf(file);
}

/**
 * A chosen file as base64 (standard alphabet, padded), for an upload. The bytes go through
 * `String.fromCharCode` in 32 kB chunks: spreading a 10 MB file at once would overflow the stack.
 */
export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const chunk = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
