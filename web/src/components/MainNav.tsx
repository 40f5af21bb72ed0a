import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { NavigationEntry } from '../navigation.ts';

export function MainNav({ entries }: { entries: NavigationEntry[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')} className="app-nav">
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <NavLink to={entry.path} end={entry.path === '/'} className="app-nav__link ds-focus">
              {t(entry.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
