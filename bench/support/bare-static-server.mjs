// The baseline for bench/reads: a bare node:http server answering each path with fixed bytes.
// Usage: node bare-static-server.mjs <json file of {path: {type, body}}>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const routes = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const server = createServer((request, response) => {
  const route = routes[request.url];
  if (!route) {
    response.statusCode = 404;
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': route.type, etag: route.etag });
  response.end(route.body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));
