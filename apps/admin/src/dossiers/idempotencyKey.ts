/**
 * A key that makes one form's reception happen once, however often it is sent (a double click, a
 * retry after a timeout): the API answers a repeated key with the dossier it already made.
 * `crypto.randomUUID` needs a secure context; a console served over plain HTTP on a LAN falls back
 * to the same 122 random bits formatted by hand.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
