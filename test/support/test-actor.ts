/** Who makes the changes a test makes: an admin, so the policy never stands in a test's way by accident. */
import type { Actor } from '../../src/app/policy.ts';

export function testActor(name = 'test'): Actor {
  return { name, role: 'admin' };
}
