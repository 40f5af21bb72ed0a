/** Access-matrix rows for the address search. */
import type { AccessCase } from './case.ts';

export const placesCases: AccessCase[] = [];
