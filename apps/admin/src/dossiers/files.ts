import { base64ToBytes, bytesToBase64 } from '@motcua/ui';

/** A file the API sent as base64 (a slip, the tracking book). */
export interface ApiFile {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

function urlOf(file: ApiFile): string {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.contentBase64)], { type: file.mediaType }));
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

/** A chosen file as base64, for an upload. */
export async function base64Of(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
