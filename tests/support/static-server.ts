import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Serves the built site from dist/ the way a static host does: /path/ → /path/index.html,
 * unknown paths → 404.html with status 404. Small and ours, so tests control exactly what a
 * host sends and no preview process outlives the run.
 */
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The build under test: dist/, or SCORED_DIST to check another build (a branch's, a helper's) side by side. */
export const DIST = resolve(process.env.SCORED_DIST ?? 'dist');
/** Where `npm run build:pseudo` writes the pseudo-locale build. */
export const PSEUDO_DIST = resolve('dist-pseudo');

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /**
   * Send `Access-Control-Allow-Origin: *` with every response, as a host that lets sandboxed
   * (opaque-origin) embeds load the site's module scripts and fonts does. Off by default.
   */
  cors?: boolean;
  /** Gzip text responses for clients that accept it, as production hosts do (the bench uses it). */
  gzip?: boolean;
  /**
   * Extra headers for a request path, as a host's header rules add them (tests/support/headers-file.ts
   * reads public/_headers into one). None by default.
   */
  headers?: (path: string) => Record<string, string>;
}

export async function startStaticServer(root = DIST, port = 0, options: StaticServerOptions = {}): Promise<StaticServer> {
  const cors: Record<string, string> = options.cors ? { 'access-control-allow-origin': '*' } : {};
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const extra = options.headers?.(path) ?? {};
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, safe);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      const compress = options.gzip && /text|json|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
      response.writeHead(200, { 'content-type': type, ...cors, ...extra, ...(compress ? { 'content-encoding': 'gzip' } : {}) });
      response.end(compress ? gzipSync(body) : body);
    } catch {
      const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { 'content-type': types['.html']!, ...cors, ...extra });
      response.end(notFound);
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    // Keep-alive connections of a browser still open would hold close() until they time out.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
