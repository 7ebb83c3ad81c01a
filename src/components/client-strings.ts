import type { UiKey } from '../data/ui';

type Translate = App.Locals['t'];

/**
 * The UI strings a browser script needs, in the page's language, as their templates: the
 * `{{placeholders}}` are kept for the script to fill. Every island's shell hands its strings
 * over through this one helper, either by the names the script knows them by
 * (`{ result: 'tree.result' }`) or every key that starts with a prefix (`'cost.'`).
 */
export function clientStrings<K extends string>(t: Translate, keys: Record<K, UiKey>): Record<K, string>;
export function clientStrings(t: Translate, prefix: `${string}.`): Record<string, string>;
export function clientStrings(t: Translate, keys: Record<string, UiKey> | string): Record<string, string> {
  const all = t.all() as Record<string, string>;
  if (typeof keys === 'string')
    return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(keys)));
  return Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, all[key] ?? '']));
}
