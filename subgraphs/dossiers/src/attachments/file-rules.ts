/**
 * What an uploaded document must be before it is stored: a PDF, JPEG or PNG by its content (the
 * magic bytes, not the declared type or the name), not empty and not over the size limit, under a
 * plain file name. Pure: bytes and strings in, the cleaned file or every fault out.
 */
import { createHash } from 'node:crypto';
import type { FieldFault } from '@motcua/subgraph-kit';

export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** The default limit of one file, before base64 (10 MB). */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 200;

const SIGNATURES: { mediaType: AttachmentMediaType; magic: number[]; label: string }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], label: 'PDF' }, // %PDF-
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff], label: 'JPEG' },
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], label: 'PNG' },
];

/** Other names clients send for the allowed types. */
const ALIASES: Record<string, AttachmentMediaType> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg' };

/** The type the bytes are, from their first bytes; null when they are none of the allowed ones. */
export function detectMediaType(bytes: Uint8Array): AttachmentMediaType | null {
  const match = SIGNATURES.find(({ magic }) => magic.every((byte, index) => bytes[index] === byte));
  return match?.mediaType ?? null;
}

const labelOf = (mediaType: string) => SIGNATURES.find((entry) => entry.mediaType === mediaType)?.label ?? mediaType;

/** `image/JPEG; charset=x` → `image/jpeg`; null when it is not one of the allowed types. */
export function normaliseMediaType(declared: string): AttachmentMediaType | null {
  const bare = declared.split(';')[0]!.trim().toLowerCase();
  const known = ATTACHMENT_MEDIA_TYPES.find((type) => type === bare);
  return known ?? ALIASES[bare] ?? null;
}

/**
 * The last part of whatever path the browser sent, without control characters or characters that
 * file systems refuse, trimmed, at most 200 characters (the extension kept). Empty when nothing is left.
 */
export function sanitiseFileName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const chars = [...cleaned];
  if (chars.length <= MAX_FILE_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? [...cleaned.slice(dot)] : [];
  return (
    chars
      .slice(0, MAX_FILE_NAME_LENGTH - extension.length)
      .join('')
      .trimEnd() + extension.join('')
  ).trim();
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

// One character class, no groups: linear on a file of many megabytes.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Characters of base64 that carry `bytes` bytes. */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

export interface UploadedFileInput {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

export interface CheckedFile {
  bytes: Uint8Array;
  fileName: string;
  mediaType: AttachmentMediaType;
  sizeBytes: number;
  sha256: string;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Decodes and checks an upload; every fault at once, each naming its input field. */
export function checkUploadedFile(
  input: UploadedFileInput,
  maxBytes = DEFAULT_MAX_ATTACHMENT_BYTES,
): { file: CheckedFile } | { faults: FieldFault[] } {
  const faults: FieldFault[] = [];
  const fileName = sanitiseFileName(input.fileName);
  if (!fileName) faults.push({ field: 'fileName', message: 'Give the file a name.' });
  const declared = normaliseMediaType(input.mediaType);
  if (!declared) faults.push({ field: 'mediaType', message: 'Only PDF, JPEG and PNG files are accepted.' });

  const text = input.contentBase64.replace(/\s+/g, '');
  // Refuse an oversized upload before decoding it.
  if (text.length > base64Length(maxBytes)) {
    faults.push({ field: 'contentBase64', message: `The file is larger than ${megabytes(maxBytes)}.` });
    return { faults };
  }
  if (text.length % 4 !== 0 || !BASE64.test(text)) {
    faults.push({ field: 'contentBase64', message: 'The content is not base64.' });
    return { faults };
  }
  const bytes = new Uint8Array(Buffer.from(text, 'base64'));
  if (bytes.length === 0) {
    faults.push({ field: 'contentBase64', message: 'The file is empty.' });
    return { faults };
  }
  if (bytes.length > maxBytes)
    faults.push({ field: 'contentBase64', message: `The file is larger than ${megabytes(maxBytes)}.` });
  const detected = detectMediaType(bytes);
  if (!detected) faults.push({ field: 'contentBase64', message: 'The file is not a PDF, JPEG or PNG.' });
  else if (declared && detected !== declared)
    faults.push({
      field: 'mediaType',
      message: `The file is a ${labelOf(detected)}, not the ${labelOf(declared)} it was declared as.`,
    });
  if (faults.length > 0 || !detected) return { faults };
  return { file: { bytes, fileName, mediaType: detected, sizeBytes: bytes.length, sha256: sha256Hex(bytes) } };
}
