import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Radio,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { type Enrolment, enrol, getWallet, newAttemptKey } from '../../api/cards.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { formatAmount } from '../../kit/format.ts';
import { LoadStatus } from '../../kit/LoadStatus.tsx';
import { useLoad } from '../../kit/useLoad.ts';
import { membershipsWith, useSession } from '../../session.tsx';

/**
 * "Meld på": a logged-in guardian chooses one of the children (a youth enrols herself) and enrols; the card pays
 * what it may, and any rest is paid in Vipps after saying clearly how much each pays.
 */
export function EnrolSection({ kommunenummer, activityId }: { kommunenummer: string; activityId: string }) {
  const session = useSession();
  const member = membershipsWith(session, ['guardian', 'youth']).some((m) => m.kommunenummer === kommunenummer);
  if (!session.authenticated || session.kind !== 'citizen' || !member) return null;
  return <EnrolForm kommunenummer={kommunenummer} activityId={activityId} />;
}

function EnrolForm({ kommunenummer, activityId }: { kommunenummer: string; activityId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const wallet = useLoad((signal) => getWallet(kommunenummer, signal), [kommunenummer]);
  const [childId, setChildId] = useState('');
  const [attemptKey, setAttemptKey] = useState(newAttemptKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState(false);
  const [result, setResult] = useState<Enrolment>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!childId) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      setResult(await enrol(kommunenummer, { activityId, childId }, attemptKey));
      setAttemptKey(newAttemptKey());
    } catch (caught) {
      // The same attempt is tried again with the same key, so it never enrols or pays twice.
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={headingId} className="enrol-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('enrol.title')}
      </Heading>
      {result ? (
        <>
          <EnrolOutcome enrolment={result} />
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setResult(undefined);
              setChildId('');
            }}
          >
            {t('enrol.again')}
          </Button>
        </>
      ) : (
        <LoadStatus
          load={wallet}
          loginKind="citizen"
          loading={t('enrol.loading')}
          isEmpty={(holders) => holders.length === 0}
          empty={<Paragraph>{t('enrol.nobody')}</Paragraph>}
        >
          {(holders) => (
            <form onSubmit={submit} noValidate>
              <Fieldset>
                <Fieldset.Legend>{t('enrol.who')}</Fieldset.Legend>
                {holders.map((holder) => (
                  <Radio
                    key={holder.personId}
                    name="childId"
                    value={holder.personId}
                    label={holder.relation === 'self' ? t('enrol.self', { name: holder.name }) : holder.name}
                    checked={childId === holder.personId}
                    onChange={() => {
                      // Another child is another attempt.
                      if (holder.personId !== childId) setAttemptKey(newAttemptKey());
                      setChildId(holder.personId);
                      setMissing(false);
                    }}
                  />
                ))}
                {missing && <ValidationMessage>{t('enrol.chooseFirst')}</ValidationMessage>}
              </Fieldset>
              {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
              <Button type="submit" loading={busy} aria-disabled={busy}>
                {t('enrol.submit')}
              </Button>
            </form>
          )}
        </LoadStatus>
      )}
    </section>
  );
}

/** What the enrolment came to: a place paid by the card, a place in the queue, or the rest to pay in Vipps. */
function EnrolOutcome({ enrolment: e }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const kr = (ore: number) => formatAmount(ore, language);
  if (e.status === 'awaiting_payment' && e.paymentUrl) {
    return (
      <Alert data-color="info" className="enrol-outcome">
        <Paragraph>{t('enrol.pay.text', { card: kr(e.cardOre), rest: kr(e.restOre) })}</Paragraph>
        <Button asChild>
          <a href={e.paymentUrl}>{t('enrol.pay.link', { rest: kr(e.restOre) })}</a>
        </Button>
      </Alert>
    );
  }
  return (
    <Alert data-color={e.status === 'confirmed' ? 'success' : 'info'} className="enrol-outcome" role="status">
      {e.status === 'confirmed' ? (
        <>
          <Paragraph>{t('enrol.confirmed', { card: kr(e.cardOre) })}</Paragraph>
          {e.restOre > 0 && <Paragraph>{t('enrol.familyPaid', { rest: kr(e.restOre) })}</Paragraph>}
        </>
      ) : e.status === 'waiting' ? (
        <Paragraph>{t('enrol.waiting', { name: e.childName, position: e.queuePosition ?? '' })}</Paragraph>
      ) : (
        <Paragraph>{t(`enrolmentStatus.${e.status}`)}</Paragraph>
      )}
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/cards">{t('enrol.enrolmentsLink')}</RouterLink>
        </Link>
      </Paragraph>
    </Alert>
  );
}
