import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useMunicipality } from '../municipality.tsx';

export function Footer() {
  const { t } = useTranslation();
  const { current } = useMunicipality();
  const email = current?.contactEmail;
  return (
    <footer className="app-footer">
      <div className="app-container app-footer__grid">
        <div>
          <p className="app-footer__name">{t('app.name')}</p>
          <Paragraph data-size="sm">{t('app.tagline')}</Paragraph>
        </div>
        {current && email && (
          <div>
            <p className="app-footer__name">
              {t('footer.contact', { municipality: t('municipality.name', { name: current.name }) })}
            </p>
            <Paragraph data-size="sm">
              <Link href={`mailto:${email}`} dir="ltr">
                {email}
              </Link>
            </Paragraph>
          </div>
        )}
        <ul className="app-footer__links">
          <li>
            <Link asChild>
              <RouterLink to="/about">{t('footer.about')}</RouterLink>
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
