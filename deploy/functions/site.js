// CloudFront Function (runtime cloudfront-js-2.0) of the site's default cache behaviour.
// deploy/lib/site-function.ts puts `var SITE = {...};` in front of this file at synth time, made
// from the built site and src/config/redirects.ts, and drops these comment lines:
//   SITE.event      "viewer-request" or "viewer-response": the event this copy is attached to
//   SITE.base       the base path, "/" or e.g. "/docs/"
//   SITE.pages      { "": "compare decide ...", "compare/": "agents rag ..." } every folder with
//                   an index.html, grouped by parent folder, names joined by spaces
//   SITE.files      { "vi/downloads/": "faq.pdf ..." } the other files under a translated
//                   language, grouped the same way (a page's .md twin is known from its page)
//   SITE.redirects  { "comparison/": "compare/", "vi/comparison/": "vi/compare/", ... }
//   SITE.notFound   { "vi/": "vi/404/index.html" } each translated language's 404 page
//   SITE.errorPages { "404.html": 1, "vi/404/": 1, ... } addresses of the 404 pages
// Plain ES5 and no modules: nothing here needs more than the runtime's JavaScript core.
/* global SITE */

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls `handler` by name.
function handler(event) {
  return SITE.event === 'viewer-response' ? onResponse(event) : onRequest(event.request);
}

// The query string as the viewer sent it, values untouched (CloudFront passes them encoded).
function queryString(querystring) {
  var parts = [];
  for (var name in querystring) {
    var entry = querystring[name];
    var values = entry.multiValue || [entry];
    for (var i = 0; i < values.length; i++) {
      parts.push(values[i].value === '' ? name : name + '=' + values[i].value);
    }
  }
  return parts.length ? '?' + parts.join('&') : '';
}

// A permanent redirect. The #fragment never reaches CloudFront; browsers keep it across a
// redirect whose Location has none, so an old link's anchor still lands.
function redirect(location, request) {
  return {
    statusCode: 301,
    statusDescription: 'Moved Permanently',
    headers: { location: { value: location + queryString(request.querystring || {}) } },
  };
}

// Whether a path ("compare/agents/" or "vi/downloads/faq.pdf") is in a grouped list.
function listed(table, path) {
  var trimmed = path.charAt(path.length - 1) === '/' ? path.slice(0, -1) : path;
  var cut = trimmed.lastIndexOf('/') + 1;
  var names = table[trimmed.slice(0, cut)];
  return names !== undefined && (' ' + names + ' ').indexOf(' ' + trimmed.slice(cut) + ' ') !== -1;
}

// A page's address, or a file known by its page: "x.md" is the Markdown twin of page "x/".
function knownFile(path) {
  var twin = path.length > 3 && path.slice(-3) === '.md' && listed(SITE.pages, path.slice(0, -3) + '/');
  return twin || listed(SITE.files, path);
}

// A path (after the base) under a translated language that the build did not write: the
// language's own 404 page, or null when the path is known or outside every translated language.
function missingTranslated(path) {
  for (var prefix in SITE.notFound) {
    if (path.indexOf(prefix) !== 0) continue;
    var isDir = path === '' || path.charAt(path.length - 1) === '/';
    var index = path.length - 'index.html'.length;
    var known = isDir
      ? listed(SITE.pages, path)
      : knownFile(path) ||
        (path.indexOf('index.html', index) === index && listed(SITE.pages, path.slice(0, index)));
    return known ? null : SITE.notFound[prefix];
  }
  return null;
}

function onRequest(request) {
  var base = SITE.base;
  var uri = request.uri;
  if (uri.indexOf(base) !== 0) {
    // Outside the base: "/docs" and the domain root go to the site, the rest is not found.
    return uri + '/' === base || uri === '/' ? redirect(base, request) : request;
  }
  var path = uri.slice(base.length);
  var isDir = path === '' || path.charAt(path.length - 1) === '/';
  var last = path.slice(path.lastIndexOf('/') + 1);
  // A folder address, with its slash added when the last segment has no file extension.
  var folder = isDir ? path : last.indexOf('.') === -1 ? path + '/' : null;
  if (folder !== null) {
    var target = SITE.redirects[folder];
    if (target !== undefined) return redirect(base + target, request);
    if (!isDir && listed(SITE.pages, folder)) return redirect(base + folder, request);
  }
  var notFound = missingTranslated(path);
  if (notFound !== null) {
    request.uri = base + notFound;
  } else if (isDir) {
    request.uri = uri + 'index.html';
  }
  return request;
}

// A 404 page is served with status 404, whether it was asked for by name or reached through the
// rewrite above. CloudFront runs this only for answers below 400: other misses get the
// distribution's error responses.
function onResponse(event) {
  var response = event.response;
  var uri = event.request.uri;
  if (response.statusCode !== 200 || uri.indexOf(SITE.base) !== 0) return response;
  var path = uri.slice(SITE.base.length);
  if (SITE.errorPages[path] === 1 || missingTranslated(path) !== null) {
    response.statusCode = 404;
    response.statusDescription = 'Not Found';
  }
  return response;
}
