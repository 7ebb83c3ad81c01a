/**
 * Fills `{{name}}` placeholders in a UI string, as Starlight's `t()` does; unknown names are
 * left as they are. Used by client scripts, which get their templates through data attributes.
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
