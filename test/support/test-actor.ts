/** Who makes the changes a test makes: an admin, so the policy never stands in a test's way by accident. */
import type { Actor, Role } from '../../src/app/policy.ts';

export function testActor(name = 'test', role: Role = 'admin'): Actor {
  return { name, role };
}
