/** Tables of login, sessions, role assignments and audit (migration 0003 onwards). */
// biome-ignore lint/complexity/noBannedTypes: filled in by the identity module
export type IdentityTables = {};
