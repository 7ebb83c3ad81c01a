/**
 * How the search box fetches Pagefind's files (loaded with the search, never before; see
 * site-search.ts).
 */

/**
 * Pagefind's index, metadata and WebAssembly files are gzip files. A host that serves them
 * with `Content-Encoding: gzip` lets the browser unpack them; any other host (a preview server,
 * most static hosts) hands Pagefind the gzip bytes, and Pagefind unpacks them in JavaScript on
 * the main thread, which is most of a cold search's time. Here those responses are unpacked by
 * the browser's own DecompressionStream instead: Pagefind then finds the bytes already
 * unpacked (they start with its "pagefind_dcd" signature) and skips its own step. Only
 * responses from the search bundle that still start with gzip's magic bytes are touched.
 *
 * Pagefind also asks for its files one after another: its script, then the list of languages,
 * then that language's metadata and WebAssembly. The returned `prefetch` asks for the list, the
 * metadata and the WebAssembly at once, while the script still loads; Pagefind's own request
 * for each of them is then answered with the response already on its way (once).
 */
export function bundleFetch(bundlePath: string) {
  const bundle = new URL(bundlePath, location.href).pathname;
  const packed = /\.(pf_[a-z]+|pagefind)$/;
  const fetchFirst = window.fetch.bind(window);
  const early = new Map<string, Promise<Response>>();
  const unpack = async (response: Response) => {
    if (!('DecompressionStream' in window) || !response.ok) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, { headers: response.headers });
    const unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(unpacked, { headers: { 'content-type': 'application/octet-stream' } });
  };
  const get = (path: string) =>
    fetchFirst(new URL(path, location.href)).then((r) => (packed.test(path) ? unpack(r) : r));
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith(bundle)) return fetchFirst(input, init);
    const waiting = early.get(url.pathname);
    if (waiting) {
      early.delete(url.pathname);
      const response = await waiting.catch(() => undefined);
      if (response?.ok) return response;
    }
    const response = await fetchFirst(input, init);
    return packed.test(url.pathname) ? unpack(response) : response;
  };
  const ask = (name: string) => {
    const path = bundle + name;
    const response = get(path);
    early.set(path, response);
    return response;
  };
  /** Asks early for what Pagefind will load first for the page's language (as it picks it). */
  return async function prefetch() {
    const entry = await ask('pagefind-entry.json')
      .then((r) => r.clone().json())
      .catch(() => undefined);
    const languages: Record<string, { hash: string; wasm: string | null }> = entry?.languages ?? {};
    const lang = (document.documentElement.getAttribute('lang') || 'unknown').toLocaleLowerCase();
    const index = languages[lang] ?? languages[lang.split('-')[0] ?? lang];
    if (!index) return;
    void ask(`pagefind.${index.hash}.pf_meta`);
    void ask(`wasm.${index.wasm || 'unknown'}.pagefind`);
  };
}
