/** Access-matrix rows for the catalogue routes. */
import type { AccessCase } from './case.ts';

export const catalogueCases: AccessCase[] = [];
