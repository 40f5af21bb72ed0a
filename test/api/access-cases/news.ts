/** Access-matrix rows for the news routes. */
import type { AccessCase } from './case.ts';

export const newsCases: AccessCase[] = [];
