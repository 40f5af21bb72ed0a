import { Alert, Button, Card, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, confirmResidence, lookupPerson, type Membership, type PersonLookupResult } from '../api/client.ts';
import { currentLanguage } from '../i18n/index.ts';
import { AccessGate } from '../kit/AccessGate.tsx';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { Fact, Facts } from '../kit/Facts.tsx';
import { formatAge, formatDate } from '../kit/format.ts';
import { PageFrame } from '../kit/PageFrame.tsx';
import { formatAddress, fullName } from '../kit/people.ts';
import { PlaceInScheme } from './PlaceInScheme.tsx';

/** "Finn person": a caseworker or municipality administrator looks up one person, always with a reason. */
export function PeoplePage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('people.title')} documentTitle={t('people.documentTitle')} lead={t('people.lead')}>
      <AccessGate page="people" loginKind="staff">
        {(membership) => <PersonSearch key={membership.kommunenummer} membership={membership} />}
      </AccessGate>
    </PageFrame>
  );
}

interface FieldErrors {
  nationalId?: string;
  reason?: string;
}

const MIN_REASON_LENGTH = 5;

function PersonSearch({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  // The national identity number lives only in this field's state: never in the address, storage or logs.
  const [nationalId, setNationalId] = useState('');
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>();
  const [notFound, setNotFound] = useState<string>();
  const [result, setResult] = useState<PersonLookupResult>();
  const [busy, setBusy] = useState(false);
  const nationalIdInput = useRef<HTMLInputElement>(null);
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  const outcome = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (result || notFound) outcome.current?.focus();
  }, [result, notFound]);

  function focusFirstInvalid(errors: FieldErrors) {
    if (errors.nationalId) nationalIdInput.current?.focus();
    else if (errors.reason) reasonInput.current?.focus();
  }

  async function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const id = nationalId.replace(/\s+/g, '');
    const why = reason.trim();
    const errors: FieldErrors = {};
    if (!id) errors.nationalId = t('people.form.nationalIdRequired');
    if (!why) errors.reason = t('people.form.reasonRequired');
    else if (why.length < MIN_REASON_LENGTH)
      errors.reason = t('people.form.reasonTooShort', { min: MIN_REASON_LENGTH });
    setFieldErrors(errors);
    setError(undefined);
    setNotFound(undefined);
    if (errors.nationalId || errors.reason) {
      focusFirstInvalid(errors);
      return;
    }
    setBusy(true);
    setResult(undefined);
    try {
      setResult(await lookupPerson(membership.kommunenummer, { nationalId: id, reason: why }));
      setNationalId('');
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'PERSON_NOT_FOUND') {
        setNotFound(caught.message);
        setNationalId('');
      } else if (caught instanceof ApiError && caught.details.length > 0) {
        const fromServer: FieldErrors = {};
        const idMessage = caught.fieldMessage('nationalId');
        const reasonMessage = caught.fieldMessage('reason');
        if (idMessage) fromServer.nationalId = idMessage;
        if (reasonMessage) fromServer.reason = reasonMessage;
        setFieldErrors(fromServer);
        if (!idMessage && !reasonMessage) setError(caught);
        focusFirstInvalid(fromServer);
      } else {
        setError(caught);
        setNationalId('');
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="search-layout">
      <form className="form-stack" onSubmit={search} noValidate>
        <Textfield
          ref={nationalIdInput}
          label={t('people.form.nationalId')}
          description={t('people.form.nationalIdHint')}
          name="nationalId"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={13}
          required
          value={nationalId}
          onChange={(event) => setNationalId(event.target.value)}
          error={fieldErrors.nationalId}
          className="field-narrow"
        />
        <Textfield
          ref={reasonInput}
          multiline
          rows={3}
          label={t('people.form.reason')}
          description={t('people.form.reasonHint')}
          name="reason"
          required
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={fieldErrors.reason}
        />
        <div>
          <Button type="submit" loading={busy} aria-disabled={busy}>
            {t('people.form.submit')}
          </Button>
        </div>
      </form>

      <div className="search-layout__outcome">
        {error !== undefined && <ApiErrorAlert error={error} loginKind="staff" />}
        {notFound && (
          <Alert data-color="info" className="app-alert" ref={outcome} tabIndex={-1}>
            <Paragraph>{notFound}</Paragraph>
          </Alert>
        )}
        {result && (
          <PersonResult
            person={result}
            headingRef={outcome}
            kommunenummer={membership.kommunenummer}
            onChange={(changed) => setResult({ ...result, ...changed })}
          />
        )}
      </div>
    </div>
  );
}

function PersonResult({
  person,
  headingRef,
  kommunenummer,
  onChange,
}: {
  person: PersonLookupResult;
  headingRef: RefObject<HTMLDivElement | null>;
  kommunenummer: string;
  onChange: (person: Partial<PersonLookupResult>) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const address = formatAddress(person.address);
  const names = (list: { id: string; name: string }[]) =>
    list.length === 0 ? (
      t('people.result.none')
    ) : (
      <ul className="plain-list">
        {list.map((item) => (
          <li key={item.id}>{item.name}</li>
        ))}
      </ul>
    );
  return (
    <Card className="person-card person-card--result" data-color="accent">
      <div ref={headingRef} tabIndex={-1} className="person-card__focus">
        <Heading level={2} data-size="sm">
          {fullName(person)}
        </Heading>
      </div>
      <Facts>
        <Fact label={t('person.born')}>{formatDate(person.birthDate, language)}</Fact>
        <Fact label={t('person.age')}>{formatAge(person.age, language)}</Fact>
        <Fact label={t('person.address')}>
          {person.addressProtected ? (
            <Tag data-color="neutral" data-size="sm">
              {t('person.addressProtected')}
            </Tag>
          ) : (
            address || t('person.addressUnknown')
          )}
        </Fact>
        <Fact label={t('people.residence.label')}>
          {person.status === 'resident'
            ? t(person.residenceConfirmed ? 'people.residence.confirmed' : 'people.residence.resident')
            : t('people.residence.notResident')}
        </Fact>
        <Fact label={t('people.result.guardians')}>{names(person.guardians)}</Fact>
        <Fact label={t('people.result.children')}>{names(person.children)}</Fact>
      </Facts>
      <Paragraph data-size="sm" className="muted">
        {t('people.result.logged')}
      </Paragraph>
      {person.status !== 'resident' && person.status !== 'deceased' && (
        <ConfirmResidence kommunenummer={kommunenummer} personId={person.id} onConfirmed={onChange} />
      )}
      {person.status !== 'deceased' && <PlaceInScheme key={person.id} kommunenummer={kommunenummer} person={person} />}
    </Card>
  );
}

/** The register does not say the person lives here: a caseworker may confirm it, with a reason (logged). */
function ConfirmResidence({
  kommunenummer,
  personId,
  onConfirmed,
}: {
  kommunenummer: string;
  personId: string;
  onConfirmed: (person: Partial<PersonLookupResult>) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const why = reason.trim();
    if (why.length < MIN_REASON_LENGTH) {
      setReasonError(
        why ? t('people.form.reasonTooShort', { min: MIN_REASON_LENGTH }) : t('people.form.reasonRequired'),
      );
      return;
    }
    setReasonError(undefined);
    setError(undefined);
    setBusy(true);
    try {
      const confirmed = await confirmResidence(kommunenummer, personId, why);
      onConfirmed({ status: confirmed.status, residenceConfirmed: confirmed.residenceConfirmed });
    } catch (caught) {
      const message = caught instanceof ApiError ? caught.fieldMessage('reason') : undefined;
      if (message) setReasonError(message);
      else setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form-stack" onSubmit={submit} noValidate>
      <Textfield
        multiline
        rows={2}
        label={t('people.residence.reason')}
        description={t('people.residence.reasonHint')}
        name="residenceReason"
        required
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={reasonError}
      />
      {error !== undefined && <ApiErrorAlert error={error} loginKind="staff" />}
      <div>
        <Button type="submit" variant="secondary" loading={busy} aria-disabled={busy}>
          {t('people.residence.submit')}
        </Button>
      </div>
    </form>
  );
}
