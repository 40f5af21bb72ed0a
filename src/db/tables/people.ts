/** Tables of the population-register import (migration 0002). */
// biome-ignore lint/complexity/noBannedTypes: filled in by the population import
export type PeopleTables = {};
