import { fold } from './filter';

/** One letter of the glossary: its heading id (`letter-a`) and its terms in reading order. */
export interface GlossaryLetter<T> {
  letter: string;
  id: string;
  terms: T[];
}

/**
 * Terms grouped by first letter, sorted for the reader's language. Letters are compared without
 * their tone marks, so "Ứng dụng" files under U; Đ stays a letter of its own.
 */
export function glossaryLetters<T>(terms: T[], name: (term: T) => string, lang: string): GlossaryLetter<T>[] {
  const sorted = [...terms].sort((a, b) => name(a).localeCompare(name(b), lang));
  const letters: GlossaryLetter<T>[] = [];
  for (const term of sorted) {
    const first = name(term).trim()[0] ?? '#';
    const letter = first === 'Đ' || first === 'đ' ? 'Đ' : fold(first).toUpperCase() || '#';
    const id = `letter-${letter === 'Đ' ? 'dd' : letter.toLowerCase()}`;
    const group =
      letters.at(-1)?.letter === letter
        ? letters.at(-1)!
        : letters[letters.push({ letter, id, terms: [] }) - 1]!;
    group.terms.push(term);
  }
  return letters;
}
