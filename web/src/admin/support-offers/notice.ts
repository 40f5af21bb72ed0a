type Translate = (key: string, values?: Record<string, unknown>) => string;

/** What was just done, kept as data so the message follows a change of language. */
export interface Notice {
  event: 'added' | 'updated' | 'activated' | 'deactivated' | 'deleted';
  title: string;
}

export function noticeText(t: Translate, { event, title }: Notice): string {
  switch (event) {
    case 'added':
      return t('supportOffers.added', { title });
    case 'updated':
      return t('supportOffers.updated', { title });
    case 'activated':
      return t('supportOffers.activated', { title });
    case 'deactivated':
      return t('supportOffers.deactivated', { title });
    case 'deleted':
      return t('supportOffers.deleted', { title });
  }
}

/** "6–12 år", "Fra 6 år", "Til og med 12 år" or "Alle aldre". */
export function ageRange(t: Translate, minAge: number | null, maxAge: number | null): string {
  if (minAge !== null && maxAge !== null) return t('supportOffers.list.ages', { from: minAge, to: maxAge });
  if (minAge !== null) return t('supportOffers.list.fromAge', { age: minAge });
  if (maxAge !== null) return t('supportOffers.list.toAge', { age: maxAge });
  return t('supportOffers.list.allAges');
}
