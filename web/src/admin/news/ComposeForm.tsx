import { Button, Card, Heading, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { News } from '../../api/admin.ts';
import type { SearchOptions } from '../../api/client.ts';
import { ErrorSummary } from '../../kit/forms/ErrorSummary.tsx';
import { AudienceFields } from './AudienceFields.tsx';
import { SendDialog } from './SendDialog.tsx';
import { BODY_MAX, SUBJECT_MAX, useNewsForm } from './useNewsForm.ts';

/** "Skriv en nyhet": subject, text and audience; sending is confirmed in a dialog. */
export function ComposeForm({
  kommunenummer,
  options,
  onSent,
}: {
  kommunenummer: string;
  options: SearchOptions;
  onSent(news: News): void;
}) {
  const { t } = useTranslation();
  const news = useNewsForm(kommunenummer, onSent);
  const { id, ids, errors } = news;
  const { form, problems, clear: clearError } = news.fieldErrors;

  return (
    <Card data-color="neutral" className="form-card news-compose">
      <form ref={form} className="form-stack" onSubmit={news.review} noValidate aria-labelledby={`${id}-title`}>
        <Heading level={2} data-size="md" id={`${id}-title`}>
          {t('adminNews.compose.title')}
        </Heading>
        <Textfield
          id={ids.subject}
          label={t('adminNews.compose.subject')}
          description={t('adminNews.compose.subjectHint')}
          name="subject"
          autoComplete="off"
          maxLength={SUBJECT_MAX}
          value={news.subject}
          onChange={(event) => {
            news.setSubject(event.target.value);
            clearError('subject');
          }}
          error={errors.subject}
        />
        <Textfield
          id={ids.body}
          multiline
          rows={8}
          label={t('adminNews.compose.body')}
          description={t('adminNews.compose.bodyHint')}
          name="body"
          maxLength={BODY_MAX}
          value={news.body}
          onChange={(event) => {
            news.setBody(event.target.value);
            clearError('body');
          }}
          error={errors.body}
        />

        <AudienceFields form={news} options={options} />

        <ErrorSummary title={t('adminNews.compose.errorSummary')} level={3} problems={problems()} />
        <div>
          <Button type="submit">{t('adminNews.compose.submit')}</Button>
        </div>
      </form>

      <SendDialog
        open={news.confirming}
        kommunenummer={kommunenummer}
        draft={news.draft}
        count={news.count}
        options={options}
        onClose={() => news.setConfirming(false)}
        onSent={news.sentOk}
        onFieldErrors={news.sendFailed}
      />
    </Card>
  );
}
