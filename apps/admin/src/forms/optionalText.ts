/** An optional text field (address, phone, email) as the API keeps it: trimmed, or null when left empty. */
export function optionalText(value: string): string | null {
  return value.trim() ? value.trim() : null;
}
