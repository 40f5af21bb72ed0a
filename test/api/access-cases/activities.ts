/** Access-matrix rows for the activities routes. */
import type { AccessCase } from './case.ts';

export const activitiesCases: AccessCase[] = [];
