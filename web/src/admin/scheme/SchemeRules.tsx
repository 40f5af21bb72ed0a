import { useTranslation } from 'react-i18next';
import type { SchemeDetail } from '../../api/cards.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { Fact, Facts } from '../../kit/Facts.tsx';
import { formatAge, formatAmount, formatDate } from '../../kit/format.ts';
import {
  ACTIVITY_KIND_LABELS,
  ELIGIBILITY_LABELS,
  FEE_KIND_LABELS,
  PERIOD_KIND_LABELS,
  PROVIDER_KIND_LABELS,
  RESIDENCE_LABELS,
} from '../../kit/labels.ts';

/** A scheme's rules as facts: who, how much, for what, and when. */
export function SchemeRules({ scheme }: { scheme: SchemeDetail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const list = <K extends string>(values: readonly K[], labels: Record<K, string>) =>
    values.map((value) => t(labels[value])).join(', ');
  return (
    <Facts>
      <Fact label={t('scheme.rules.eligibility')}>{t(ELIGIBILITY_LABELS[scheme.eligibility])}</Fact>
      <Fact label={t('scheme.rules.ages')}>
        {t('scheme.rules.ageRange', {
          from: formatAge(scheme.minAge, language),
          to: formatAge(scheme.maxAge, language),
        })}
      </Fact>
      <Fact label={t('scheme.rules.residence')}>{t(RESIDENCE_LABELS[scheme.residence])}</Fact>
      <Fact label={t('scheme.rules.amount')}>
        {t('scheme.rules.amountPer', {
          amount: formatAmount(scheme.amountOre, language),
          period: t(PERIOD_KIND_LABELS[scheme.periodKind]).toLocaleLowerCase(language),
        })}
      </Fact>
      <Fact label={t('scheme.rules.budget')}>{formatAmount(scheme.budgetOre, language)}</Fact>
      <Fact label={t('scheme.rules.activityKinds')}>{list(scheme.activityKinds, ACTIVITY_KIND_LABELS)}</Fact>
      <Fact label={t('scheme.rules.feeKinds')}>{list(scheme.feeKinds, FEE_KIND_LABELS)}</Fact>
      <Fact label={t('scheme.rules.providerKinds')}>{list(scheme.providerKinds, PROVIDER_KIND_LABELS)}</Fact>
      <Fact label={t('scheme.rules.minSessions')}>
        {scheme.minSessions === null ? t('scheme.rules.noMinimum') : scheme.minSessions}
      </Fact>
      <Fact label={t('scheme.rules.expiry')}>
        {scheme.expiryMonths === 0
          ? t('scheme.rules.expiresAtEnd')
          : t('scheme.rules.expiresAfter', { count: scheme.expiryMonths })}
      </Fact>
      <Fact label={t('scheme.rules.youthAge')}>{formatAge(scheme.youthAge, language)}</Fact>
      <Fact label={t('scheme.rules.inForce')}>
        {scheme.endsOn
          ? t('scheme.rules.fromTo', {
              from: formatDate(scheme.startsOn, language),
              to: formatDate(scheme.endsOn, language),
            })
          : t('scheme.rules.from', { from: formatDate(scheme.startsOn, language) })}
      </Fact>
    </Facts>
  );
}
