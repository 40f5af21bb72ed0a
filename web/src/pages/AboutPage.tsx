import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../kit/useDocumentTitle.ts';

/** What the platform holds about people and why: short, plain and true to how the platform is built. */
export function AboutPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('about.documentTitle'));
  return (
    <div className="app-container page-body prose">
      <Heading level={1} data-size="lg" tabIndex={-1}>
        {t('about.title')}
      </Heading>
      <Paragraph data-size="lg">{t('about.intro')}</Paragraph>

      <section aria-labelledby="about-data">
        <Heading level={2} data-size="sm" id="about-data">
          {t('about.data.title')}
        </Heading>
        <List.Unordered>
          <List.Item>{t('about.data.register')}</List.Item>
          <List.Item>{t('about.data.idNumber')}</List.Item>
          <List.Item>{t('about.data.card')}</List.Item>
          <List.Item>{t('about.data.cases')}</List.Item>
          <List.Item>{t('about.data.providers')}</List.Item>
        </List.Unordered>
      </section>

      <section aria-labelledby="about-care">
        <Heading level={2} data-size="sm" id="about-care">
          {t('about.care.title')}
        </Heading>
        <List.Unordered>
          <List.Item>{t('about.care.minimum')}</List.Item>
          <List.Item>{t('about.care.logged')}</List.Item>
          <List.Item>{t('about.care.protectedAddress')}</List.Item>
          <List.Item>{t('about.care.statistics')}</List.Item>
          <List.Item>{t('about.care.deletion')}</List.Item>
        </List.Unordered>
      </section>

      <section aria-labelledby="about-rights">
        <Heading level={2} data-size="sm" id="about-rights">
          {t('about.rights.title')}
        </Heading>
        <Paragraph>{t('about.rights.text')}</Paragraph>
      </section>

      <section aria-labelledby="about-cookies">
        <Heading level={2} data-size="sm" id="about-cookies">
          {t('about.cookies.title')}
        </Heading>
        <Paragraph>{t('about.cookies.text')}</Paragraph>
      </section>
    </div>
  );
}
