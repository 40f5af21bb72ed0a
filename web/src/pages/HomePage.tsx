import { Card, Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { CardIllustration } from '../kit/icons.tsx';
import { useDocumentTitle } from '../kit/useDocumentTitle.ts';
import { useMunicipality } from '../municipality.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const { current } = useMunicipality();
  useDocumentTitle(t('home.documentTitle'));
  const municipality = current ? t('municipality.name', { name: current.name }) : undefined;

  return (
    <>
      <div className="hero">
        <div className="app-container hero__inner">
          <div className="hero__text">
            {municipality && <p className="hero__municipality">{municipality}</p>}
            <Heading level={1} data-size="xl" tabIndex={-1} className="hero__title">
              {t('home.title')}
            </Heading>
            <Paragraph data-size="lg" className="hero__lead">
              {t('home.lead')}
            </Paragraph>
          </div>
          <CardIllustration />
        </div>
      </div>

      <div className="app-container page-body">
        <div className="card-grid">
          <Card data-color="accent" variant="tinted" className="audience-card">
            <Heading level={2} data-size="sm">
              {t('home.families.title')}
            </Heading>
            <List.Unordered>
              <List.Item>{t('home.families.money')}</List.Item>
              <List.Item>{t('home.families.tickets')}</List.Item>
              <List.Item>{t('home.families.private')}</List.Item>
              <List.Item>{t('home.families.overview')}</List.Item>
            </List.Unordered>
          </Card>
          <Card data-color="brand1" variant="tinted" className="audience-card">
            <Heading level={2} data-size="sm">
              {t('home.providers.title')}
            </Heading>
            <List.Unordered>
              <List.Item>{t('home.providers.present')}</List.Item>
              <List.Item>{t('home.providers.paid')}</List.Item>
              <List.Item>{t('home.providers.simple')}</List.Item>
            </List.Unordered>
            <Paragraph>
              <Link asChild>
                <RouterLink to="/organisation/register">{t('home.providers.register')}</RouterLink>
              </Link>
            </Paragraph>
          </Card>
        </div>

        <section aria-labelledby="steps-title" className="page-section">
          <Heading level={2} data-size="md" id="steps-title">
            {t('home.steps.title')}
          </Heading>
          <ol className="steps">
            <li>{t('home.steps.one')}</li>
            <li>{t('home.steps.two')}</li>
            <li>{t('home.steps.three')}</li>
          </ol>
        </section>

        <section aria-labelledby="contact-title" className="page-section">
          <Heading level={2} data-size="md" id="contact-title">
            {t('home.contact.title')}
          </Heading>
          <Paragraph>
            {current?.contactEmail ? (
              <>
                {t('home.contact.withEmail', { municipality })}{' '}
                <Link href={`mailto:${current.contactEmail}`} dir="ltr">
                  {current.contactEmail}
                </Link>
              </>
            ) : (
              t('home.contact.withoutEmail')
            )}
          </Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to="/about">{t('home.contact.privacy')}</RouterLink>
            </Link>
          </Paragraph>
        </section>
      </div>
    </>
  );
}
