// The baseline for bench/live: a bare node:http SSE broadcaster. GET /live opens a stream;
// POST /tick sends every open stream one event stamped with the time it was sent.
import { createServer } from 'node:http';

const clients = new Set();
let revision = 0;
const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/live') {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    response.write('retry: 2000\n\n');
    clients.add(response);
    request.on('close', () => clients.delete(response));
    return;
  }
  if (request.method === 'POST' && request.url === '/tick') {
    revision += 1;
    const text = `id: ${revision}\nevent: change\ndata: ${JSON.stringify({ revision, at: new Date().toISOString() })}\n\n`;
    for (const client of clients) client.write(text);
    response.end('ok');
    return;
  }
  response.statusCode = 404;
  response.end();
});
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
