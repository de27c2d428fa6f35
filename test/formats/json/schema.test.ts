import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { PROGRAMME_SCHEMA_URL, readProgrammeJson, toAgoraJson, writeProgrammeJson } from '../../../src/formats/json/index.ts';
import { plainSampleProgramme, sampleProgramme } from './sample-programme.ts';

// Each test file runs in its own process: moving away from the project before the schema is
// first loaded shows that the reader finds it from its own module, not from the working directory.
process.chdir(tmpdir());

const schemaText = readFileSync(PROGRAMME_SCHEMA_URL, 'utf8');

describe('the agora-programme/1 JSON Schema', () => {
  test('is valid draft 2020-12 JSON Schema: Ajv compiles it in strict mode', () => {
    const schema = JSON.parse(schemaText) as Record<string, unknown>;
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'https://agora.example/schemas/agora-programme-1.schema.json');
    const ajv = new Ajv2020({ strict: true });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
    assert.doesNotThrow(() => ajv.compile(schema));
  });

  test('a written programme validates against it, with and without the optional facts', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(schemaText) as object);
    for (const programme of [sampleProgramme(), plainSampleProgramme()]) {
      assert.equal(validate(JSON.parse(writeProgrammeJson(programme))), true, JSON.stringify(validate.errors));
    }
  });

  test('refuses what the writer never writes: an unknown field, a missing field, a bad time', () => {
    const validate = new Ajv2020({ strict: true }).compile(JSON.parse(schemaText) as object);
    const document = JSON.parse(JSON.stringify(toAgoraJson(sampleProgramme()))) as { entries: Array<Record<string, unknown>> };
    const entry = document.entries[0] as Record<string, unknown>;
    for (const spoil of [{ room: 'Hall C' }, { start: '9:00' }, { kind: 'keynote' }]) {
      assert.equal(validate({ ...document, entries: [{ ...entry, ...spoil }] }), false, JSON.stringify(spoil));
    }
    const { title: _title, ...untitled } = entry;
    assert.equal(validate({ ...document, entries: [untitled] }), false);
  });

  test('the reader finds the schema from any working directory', () => {
    assert.equal(process.cwd(), tmpdir());
    assert.equal(readProgrammeJson(writeProgrammeJson(sampleProgramme())).ok, true);
  });
});
