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
 */
export function bundleFetch(bundlePath: string) {
  const bundle = new URL(bundlePath, location.href).pathname;
  const packed = /\.(pf_[a-z]+|pagefind)$/;
  const fetchFirst = window.fetch.bind(window);
  const unpack = async (response: Response) => {
    if (!('DecompressionStream' in window) || !response.ok) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, { headers: response.headers });
    const unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(unpacked, { headers: { 'content-type': 'application/octet-stream' } });
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const response = await fetchFirst(input, init);
    return url.pathname.startsWith(bundle) && packed.test(url.pathname) ? unpack(response) : response;
  };
}
