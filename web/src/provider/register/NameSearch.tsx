import { Button, Details, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrganisationSearchHit, searchOrganisations } from '../../api/providers.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';

/** "Don't know the number?": organisations by name, voluntary ones first; choosing one fills in the number. */
export function NameSearch({
  kommunenummer,
  onChoose,
}: {
  kommunenummer: string;
  onChoose(hit: OrganisationSearchHit): void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<OrganisationSearchHit[]>();
  const [qError, setQError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    if (q.trim().length < 2) {
      setQError(t('registerProvider.search.tooShort'));
      return;
    }
    setQError(undefined);
    setBusy(true);
    try {
      setHits(await searchOrganisations(q.trim(), { municipality: kommunenummer, limit: 10 }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Details>
      <Details.Summary>{t('registerProvider.search.title')}</Details.Summary>
      <Details.Content>
        <form className="form-stack" onSubmit={search} noValidate>
          <Textfield
            label={t('registerProvider.search.name')}
            name="q"
            autoComplete="organization"
            maxLength={100}
            value={q}
            onChange={(event) => setQ(event.target.value)}
            error={qError}
            className="field-medium"
          />
          <div>
            <Button type="submit" variant="secondary" loading={busy} aria-disabled={busy}>
              {t('registerProvider.search.submit')}
            </Button>
          </div>
        </form>
        {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
        <div aria-live="polite">
          {hits && hits.length === 0 && <Paragraph>{t('registerProvider.search.none')}</Paragraph>}
          {hits && hits.length > 0 && (
            <ul className="plain-list provider-hits">
              {hits.map((hit) => (
                <li key={hit.organisationNumber} className="provider-hits__item">
                  <span>
                    <strong>{hit.name}</strong>
                    <span className="cell-sub">
                      <span dir="ltr">{hit.organisationNumber}</span>
                      {hit.postalPlace ? ` · ${hit.postalPlace}` : ''}
                    </span>
                  </span>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => onChoose(hit)}
                    aria-label={t('registerProvider.search.chooseLabel', { name: hit.name })}
                  >
                    {t('registerProvider.search.choose')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </Details.Content>
    </Details>
  );
}
