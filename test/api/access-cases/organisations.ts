/** Access-matrix rows for the organisations routes. */
import type { AccessCase } from './case.ts';

export const organisationsCases: AccessCase[] = [];
