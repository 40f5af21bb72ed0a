import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type ChangeEvent, type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { imageUrl } from '../../api/client.ts';
import { type ProviderActivityImage, setActivityImages, uploadImage } from '../../api/providers.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../kit/forms/ErrorSummary.tsx';
import { type FieldErrors, hasErrors } from '../../kit/forms/field-errors.ts';
import { ImageInput } from '../../kit/forms/ImageInput.tsx';
import { LiveNotice } from '../../kit/forms/LiveNotice.tsx';
import { useFieldErrors } from '../../kit/forms/useFieldErrors.ts';

const MAX_PICTURES = 10;
const ALT_TEXT_MAX = 300;

interface Picture {
  imageId: string;
  altText: string;
  /** A local copy of a picture just chosen, shown before (and whether or not) the stored one may be. */
  preview?: string;
}

/**
 * The activity's pictures in order (the first is the main picture), each with a text that says what it shows for
 * people who cannot see it. Uploading stores the picture; "Save pictures" sets the list.
 */
export function ActivityPictures({
  kommunenummer,
  providerId,
  activityId,
  images,
  showStored,
  onSaved,
}: {
  kommunenummer: string;
  providerId: string;
  activityId: string;
  images: ProviderActivityImage[];
  /** Stored pictures are served once the provider is approved. */
  showStored: boolean;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [pictures, setPictures] = useState<Picture[]>(() =>
    images.map((image) => ({ imageId: image.imageId, altText: image.altText })),
  );
  const { form, errors, setErrors, show, showServer, problems } = useFieldErrors();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [uploading, setUploading] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const previews = useRef<string[]>([]);

  useEffect(
    () => () => {
      for (const url of previews.current) URL.revokeObjectURL(url);
    },
    [],
  );

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(undefined);
    setNotice(undefined);
    setUploading(true);
    try {
      const image = await uploadImage(kommunenummer, providerId, file, file.name);
      const preview = URL.createObjectURL(file);
      previews.current.push(preview);
      setPictures((list) => [...list, { imageId: image.id, altText: '', preview }]);
      setNotice(t('activityEditor.pictures.uploaded'));
      // The new picture's text field is the next thing to fill in.
      requestAnimationFrame(() => {
        const fields = form.current?.querySelectorAll<HTMLElement>('[data-alt-text]');
        fields?.[fields.length - 1]?.focus();
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setUploading(false);
    }
  }

  function move(index: number, by: -1 | 1) {
    setPictures((list) => {
      const next = [...list];
      const [moved] = next.splice(index, 1);
      if (moved) next.splice(index + by, 0, moved);
      return next;
    });
    setErrors({});
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setNotice(undefined);
    const found: FieldErrors = {};
    pictures.forEach((picture, i) => {
      if (!picture.altText.trim()) found[`${i}/altText`] = t('activityEditor.pictures.altRequired');
    });
    if (hasErrors(found)) {
      show(found);
      return;
    }
    setBusy(true);
    try {
      await setActivityImages(
        kommunenummer,
        providerId,
        activityId,
        pictures.map((p) => ({ imageId: p.imageId, altText: p.altText.trim() })),
      );
      setErrors({});
      setNotice(t('activityEditor.pictures.saved'));
      onSaved();
    } catch (caught) {
      if (!showServer(caught)) setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const labels = (field: string) => {
    const match = /^(\d+)\/altText$/.exec(field);
    return match ? t('activityEditor.pictures.altFor', { number: Number(match[1]) + 1 }) : field;
  };

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('activityEditor.pictures.title')}
      </Heading>
      <Paragraph data-size="sm">{t('activityEditor.pictures.text')}</Paragraph>
      <form ref={form} className="provider-stack" onSubmit={save} noValidate aria-labelledby={headingId}>
        <ErrorSummary title={t('providerCommon.errorSummary')} level={3} problems={problems(labels)} />
        {pictures.length === 0 && <Paragraph className="muted">{t('activityEditor.pictures.none')}</Paragraph>}
        <ol className="plain-list provider-pictures">
          {pictures.map((picture, index) => {
            const source =
              picture.preview ?? (showStored ? imageUrl(kommunenummer, picture.imageId, 'small') : undefined);
            return (
              <li key={picture.imageId}>
                <Card data-color="neutral" className="provider-picture">
                  <div className="provider-picture__image">
                    {source ? (
                      // The text field beside the picture describes it; the preview itself adds nothing to read.
                      <img src={source} alt="" />
                    ) : (
                      <Paragraph data-size="sm" className="muted">
                        {t('activityEditor.pictures.hiddenUntilApproved')}
                      </Paragraph>
                    )}
                  </div>
                  <div className="provider-picture__fields">
                    <Textfield
                      label={t('activityEditor.pictures.altFor', { number: index + 1 })}
                      description={index === 0 ? t('activityEditor.pictures.main') : undefined}
                      name={`${index}/altText`}
                      data-alt-text=""
                      maxLength={ALT_TEXT_MAX}
                      value={picture.altText}
                      onChange={(event) =>
                        setPictures((list) =>
                          list.map((p, i) => (i === index ? { ...p, altText: event.target.value } : p)),
                        )
                      }
                      error={errors[`${index}/altText`]}
                    />
                    <div className="button-row">
                      {index > 0 && (
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          onClick={() => move(index, -1)}
                          aria-label={t('activityEditor.pictures.upLabel', { number: index + 1 })}
                        >
                          {t('activityEditor.pictures.up')}
                        </Button>
                      )}
                      {index < pictures.length - 1 && (
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          onClick={() => move(index, 1)}
                          aria-label={t('activityEditor.pictures.downLabel', { number: index + 1 })}
                        >
                          {t('activityEditor.pictures.down')}
                        </Button>
                      )}
                      <Button
                        variant="tertiary"
                        data-color="danger"
                        data-size="sm"
                        onClick={() => {
                          setPictures((list) => list.filter((_, i) => i !== index));
                          setErrors({});
                        }}
                        aria-label={t('activityEditor.pictures.removeLabel', { number: index + 1 })}
                      >
                        {t('providerCommon.remove')}
                      </Button>
                    </div>
                  </div>
                </Card>
              </li>
            );
          })}
        </ol>
        {pictures.length < MAX_PICTURES && (
          <ImageInput label={t('activityEditor.pictures.upload')} disabled={uploading} onChange={upload} />
        )}
        <LiveNotice message={notice}>
          {uploading && <Paragraph data-size="sm">{t('providerCommon.uploading')}</Paragraph>}
        </LiveNotice>
        {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
        <div>
          <Button type="submit" variant="secondary" loading={busy} aria-disabled={busy}>
            {t('activityEditor.pictures.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
