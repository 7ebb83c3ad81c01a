/** Folds case and diacritics so "chi phi" finds "chi phí" and "lora" finds "LoRA". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a comparison row stays visible for a text query and the "differences only" switch. */
export function rowMatches(
  rowText: string,
  sameForBoth: boolean,
  query: string,
  differencesOnly: boolean,
): boolean {
  if (differencesOnly && sameForBoth) return false;
  const words = fold(query).split(' ').filter(Boolean);
  const haystack = fold(rowText);
  return words.every((word) => haystack.includes(word));
}
