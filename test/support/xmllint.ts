/**
 * The real `xmllint` (Debian's libxml2-utils) run in a child process, to validate exports
 * against an XSD. Where it is missing the tests that need it skip and say so; under CI it fails.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { SHARED_DIR } from './shared-fixture.ts';

export const FRAB_XSD_PATH = resolve(SHARED_DIR, 'schemas/frab-schedule.xsd');

export function skipWithoutXmllint(): string | false {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error === undefined) return false;
  if (process.env.CI === 'true') throw new Error('CI needs xmllint: apt-get install -y libxml2-utils');
  return 'xmllint is not installed (apt-get install -y libxml2-utils), so this test is skipped';
}

/** xmllint's verdict on `xml` against the schema at `xsdPath`, with what it printed. */
export function validateAgainstXsd(xml: string, xsdPath: string): { valid: boolean; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', xsdPath, '-'], { input: xml, encoding: 'utf8' });
  return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
