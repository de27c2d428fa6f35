/** What the app layer's tests ask of a write they expect refused. */
import assert from 'node:assert/strict';
import { AgoraError } from '../../src/errors.ts';

/** Runs `write`, fails the test if it is accepted, and returns the AgoraError it was refused with. */
export async function refusal(write: () => Promise<unknown>): Promise<AgoraError> {
  const error = await write().then(
    () => assert.fail('the write was accepted'),
    (thrown: unknown) => thrown,
  );
  assert.ok(error instanceof AgoraError, `an AgoraError, got ${String(error)}`);
  return error;
}
