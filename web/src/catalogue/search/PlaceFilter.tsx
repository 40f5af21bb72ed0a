import { Button, Field, Fieldset, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { formatDistance } from '../../kit/format.ts';
import { AddressField } from '../AddressField.tsx';
import { DISTANCES_KM } from '../search-state.ts';
import type { FilterProps } from './useSearchDraft.ts';

/** Where: from an address, a neighbourhood or the device's position, within a distance. */
export function PlaceFilter({
  draft,
  set,
  update,
  kommunenummer,
  neighbourhoods,
}: FilterProps & { kommunenummer: string; neighbourhoods: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [locating, setLocating] = useState(false);
  const [locationError, setLocationError] = useState<string>();
  const ids = { place: useId(), distance: useId() };

  function locateMe() {
    if (!('geolocation' in navigator)) {
      setLocationError(t('catalogue.place.noPosition'));
      return;
    }
    setLocating(true);
    setLocationError(undefined);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const near = `${position.coords.latitude.toFixed(5)},${position.coords.longitude.toFixed(5)}`;
        update((d) => ({ ...d, near, neighbourhood: undefined, maxKm: d.maxKm ?? 2 }));
      },
      () => {
        setLocating(false);
        setLocationError(t('catalogue.place.noPosition'));
      },
      { timeout: 10_000, maximumAge: 60_000 },
    );
  }

  return (
    <Fieldset>
      <Fieldset.Legend>{t('catalogue.place.legend')}</Fieldset.Legend>
      <AddressField
        kommunenummer={kommunenummer}
        label={t('catalogue.place.address')}
        description={t('catalogue.place.addressHint')}
        noResults={t('catalogue.place.addressNone')}
        unavailable={t('catalogue.place.addressUnavailable')}
        onChoose={(place) =>
          update((d) =>
            place
              ? {
                  ...d,
                  near: `${place.latitude.toFixed(5)},${place.longitude.toFixed(5)}`,
                  neighbourhood: undefined,
                  maxKm: d.maxKm ?? 2,
                }
              : { ...d, near: undefined },
          )
        }
      />
      <Field>
        <Label htmlFor={ids.place}>{t('catalogue.place.neighbourhood')}</Label>
        <Select
          id={ids.place}
          name="neighbourhood"
          value={draft.near ? 'position' : (draft.neighbourhood ?? '')}
          onChange={(e) => {
            const v = e.target.value;
            if (v === 'position') return;
            update((d) => ({ ...d, neighbourhood: v || undefined, near: undefined }));
          }}
        >
          <Select.Option value="">{t('catalogue.place.anywhere')}</Select.Option>
          {draft.near && <Select.Option value="position">{t('catalogue.place.myPosition')}</Select.Option>}
          {neighbourhoods.map((n) => (
            <Select.Option key={n.id} value={n.id}>
              {n.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="button" variant="secondary" data-size="sm" onClick={locateMe} loading={locating}>
        {t('catalogue.place.useMyPosition')}
      </Button>
      {locationError && <Paragraph data-size="sm">{locationError}</Paragraph>}
      <Field>
        <Label htmlFor={ids.distance}>{t('catalogue.place.distance')}</Label>
        <Select
          id={ids.distance}
          name="maxKm"
          value={draft.maxKm === undefined ? '' : String(draft.maxKm)}
          disabled={!draft.near && !draft.neighbourhood}
          onChange={(e) => set('maxKm', e.target.value === '' ? undefined : Number(e.target.value))}
        >
          <Select.Option value="">{t('catalogue.place.anyDistance')}</Select.Option>
          {DISTANCES_KM.map((km) => (
            <Select.Option key={km} value={String(km)}>
              {t('catalogue.place.within', { distance: formatDistance(km * 1000, language) })}
            </Select.Option>
          ))}
        </Select>
      </Field>
    </Fieldset>
  );
}
