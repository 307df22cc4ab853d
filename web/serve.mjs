// serve.mjs — a tiny static file server for build/web on 127.0.0.1 only (no dependencies, no directory listing).
// Used by scripts/serve.sh (CLI) and by the browser tests (import { startServer }).
//   node web/serve.mjs <dir> [port]      port 0 = any free port; prints the URL
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.lzma2': 'application/octet-stream',  // wams.wasm.lzma2: LZMA2 already, served as it is
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
};

// Compressed like any static host serves them (gzip -9, what scripts/check-web-size.sh counts as the transfer), so
// Lighthouse and the benchmark see the real transfer; kept per file and modification time.
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest']);
const gzCache = new Map();
function gzipped(file, st) {
  const hit = gzCache.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.body;
  const body = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
  gzCache.set(file, { mtimeMs: st.mtimeMs, size: st.size, body });
  return body;
}

/** Serves files under `root` on 127.0.0.1:`port`; resolves to {server, url, requests} once listening. */
export function startServer(root, port = 0) {
  const base = path.resolve(root);
  const requests = [];  // every path asked for, in order (the tests' second witness besides the browser)
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    requests.push({ method: req.method, path: urlPath, time: Date.now() });
    const rel = urlPath === '/' ? 'index.html' : urlPath.replace(/^\/+/, '');
    const file = path.resolve(base, rel);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !file.startsWith(base + path.sep)) {
      res.writeHead(405).end();
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const headers = {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      };
      if (COMPRESS.has(path.extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const body = gzipped(file, st);
        Object.assign(headers, { 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
        res.writeHead(200, headers);
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(200, headers);
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      resolve({ server, url, requests });
    });
  });
}

// CLI: node web/serve.mjs <dir> [port]
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [dir = 'build/web', port = '8080'] = process.argv.slice(2);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`serve: ${dir}/index.html not found — build the web app first`);
    process.exit(1);
  }
  let started;
  for (let p = Number(port); !started; p++) {  // the next free port when this one is taken
    try {
      started = await startServer(dir, p);
    } catch (err) {
      if (err.code !== 'EADDRINUSE' || p >= Number(port) + 20) throw err;
    }
  }
  const { url } = started;
  console.log(`Wams Wegwijzer: ${url}   (Ctrl-C stops)`);
  const stop = () => process.exit(0);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
