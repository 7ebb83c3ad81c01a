// @pagefind/default-ui ships no types; the search box uses only its constructor.
declare module '@pagefind/default-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
