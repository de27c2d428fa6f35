import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { moveEntry } from '../../src/app/entry-commands.ts';
import { pdfText, skipWithoutPoppler } from '../support/poppler.ts';
import { normalised } from '../support/printed-text.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { zipEntries } from '../support/zip-entries.ts';
import { testActor } from '../support/test-actor.ts';

const PRINTS: [string, RegExp][] = [
  ['/programme.pdf', /^application\/pdf$/],
  ['/programme.docx', /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/],
  ['/print', /^text\/html; charset=utf-8$/],
];

describe('the printed programme over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ server: { baseUrl: 'https://agora.example' } });
  });
  after(() => server.close());

  const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers });

  test('the PDF, the Word document and the print page answer with their content types and an ETag', async () => {
    for (const [path, type] of PRINTS) {
      const response = await get(path);
      assert.equal(response.statusCode, 200, path);
      assert.match(String(response.headers['content-type']), type, path);
      assert.match(String(response.headers.etag), /^"\d+-[\w-]+"$/, path);
    }
    const pdf = await get('/programme.pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(String(pdf.headers['content-disposition']), /filename="cws3\.pdf"/);
    const docx = await get('/programme.docx');
    assert.ok(zipEntries(docx.rawPayload).has('word/document.xml'));
    assert.match(String(docx.headers['content-disposition']), /filename="cws3\.docx"/);
  });

  test('a matching If-None-Match gets 304; a change gives a new ETag and a new printout', async () => {
    const etags = new Map<string, string>();
    for (const [path] of PRINTS) {
      const first = await get(path);
      const etag = String(first.headers.etag);
      etags.set(path, etag);
      const again = await get(path, { 'if-none-match': etag });
      assert.equal(again.statusCode, 304, path);
      assert.equal(again.payload, '', path);
    }
    await moveEntry(server.temp.store, server.record, 'eel-routes', { venue: 'R2' }, { actor: testActor('test') });
    await server.bus.poke();
    for (const [path] of PRINTS) {
      const changed = await get(path, { 'if-none-match': etags.get(path) ?? '' });
      assert.equal(changed.statusCode, 200, path);
      assert.notEqual(changed.headers.etag, etags.get(path), path);
    }
  });

  test('the same prints live under /c/<slug>/, and an unknown conference is 404', async () => {
    for (const [path, type] of PRINTS) {
      const scoped = await get(`/c/cws3${path}`);
      assert.equal(scoped.statusCode, 200, path);
      assert.match(String(scoped.headers['content-type']), type, path);
      assert.equal((await get(`/c/nowhere${path}`)).statusCode, 404, path);
    }
  });

  test('the PDF points to the live programme of its own scope', { skip: skipWithoutPoppler() }, async () => {
    const root = normalised(pdfText((await get('/programme.pdf')).rawPayload));
    assert.ok(root.includes('https://agora.example/'), root.slice(-400));
    const scoped = normalised(pdfText((await get('/c/cws3/programme.pdf')).rawPayload));
    assert.ok(scoped.includes('https://agora.example/c/cws3/'), scoped.slice(-400));
  });
});
