/**
 * Vietnamese text folded for searching: lower case, no tone or vowel marks, đ → d, single spaces.
 * People type "giay phep xay dung" on phones without a Vietnamese keyboard and expect
 * "Giấy phép xây dựng"; folding both sides makes the comparison a plain substring match that
 * PostgreSQL and PGlite answer the same way, with no extension needed.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
