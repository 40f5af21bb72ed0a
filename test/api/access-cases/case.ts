/** One row of the access matrix (test/api/access-matrix.test.ts): a route, a request, and who gets what. */
import type { TestApp } from '../../helpers/app.ts';
import type { ActorName, World } from '../../helpers/world.ts';

export interface AccessCase {
  route: string;
  request: (w: World) => {
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
  };
  /** Expected status per actor; actors not listed expect `otherwise`. */
  expect: Partial<Record<ActorName, number>>;
  otherwise: number;
  /** Limit the call to some actors (logout would end the other actors' sessions; it has its own test). */
  only?: ActorName[];
  /** Undo what an allowed call changed, so the next actor meets the same state. */
  cleanup?: (t: TestApp, w: World, response: { statusCode: number; body: string }) => Promise<void>;
}

/** The municipalities of the test world. */
export const A = '3301';
export const B = '3907';
