/** How people from the register are written out. Pure. */

export interface Address {
  street: string | null;
  postalCode: string | null;
  postalPlace: string | null;
}

/** "Elvegata 1, 3015 DRAMMEN"; empty when nothing is known. */
export function formatAddress(address: Address | null): string {
  if (!address) return '';
  const place = [address.postalCode, address.postalPlace].filter(Boolean).join(' ');
  return [address.street, place].filter(Boolean).join(', ');
}

export function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`.trim();
}
