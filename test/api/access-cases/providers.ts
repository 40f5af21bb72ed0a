/** Access-matrix rows for the providers routes. */
import type { AccessCase } from './case.ts';

export const providersCases: AccessCase[] = [];
