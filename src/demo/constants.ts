/** Fixed identifiers of the demo municipality and the real municipality its reference data comes from. */

export const DEMO_KOMMUNENUMMER = '3999';
export const DEMO_MUNICIPALITY_NAME = 'Fjordvik';
/** The real municipality whose age distribution the demo borrows (Drammen). */
export const REFERENCE_KOMMUNENUMMER = '3301';
export const DEFAULT_DEMO_SEED = 20260801;
