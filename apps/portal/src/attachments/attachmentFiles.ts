/**
 * What the portal checks of a file before it sends it, the same rules the API applies (PDF, JPEG or
 * PNG by its first bytes, not empty, at most 10 MB). Pure, no React.
 */
import { bytesToBase64 } from '@motcua/ui';

/** The limit of one file, before base64: the API's (10 MB). */
export const maxAttachmentBytes = 10 * 1024 * 1024;

/** What the file picker offers. */
export const acceptedFiles = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export type AttachmentMediaType = 'application/pdf' | 'image/jpeg' | 'image/png';

const signatures: { mediaType: AttachmentMediaType; magic: number[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The type the bytes are, from their first bytes; null when they are none of the accepted ones. */
export function detectMediaType(bytes: Uint8Array): AttachmentMediaType | null {
  return signatures.find(({ magic }) => magic.every((byte, index) => bytes[index] === byte))?.mediaType ?? null;
}

/** Keys of `attachments.errors`. */
export type FileProblem = 'empty' | 'tooLarge' | 'type';

/** A file read and checked: ready to send, or the reason it is refused. */
export type CheckedFile =
  | { ok: true; fileName: string; mediaType: AttachmentMediaType; sizeBytes: number; contentBase64: string }
  | { ok: false; problem: FileProblem };

/** Reads the picked file and checks it the way the API will; only a file that passes is encoded. */
export async function readAttachment(file: File): Promise<CheckedFile> {
  if (file.size === 0) return { ok: false, problem: 'empty' };
  if (file.size > maxAttachmentBytes) return { ok: false, problem: 'tooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mediaType = detectMediaType(bytes);
  if (!mediaType) return { ok: false, problem: 'type' };
  return { ok: true, fileName: file.name, mediaType, sizeBytes: bytes.length, contentBase64: bytesToBase64(bytes) };
}

/** 1 234 567 bytes → "1,2 MB" (vi) or "1.2 MB" (en). */
export function formatFileSize(bytes: number, language: string | undefined): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(language === 'en' ? 'en' : 'vi', { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB');
  return format(bytes / 1024 / 1024, 'MB');
}
