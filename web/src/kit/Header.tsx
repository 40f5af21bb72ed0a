import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMunicipality } from '../municipality.tsx';
import type { NavigationEntry } from '../navigation.ts';
import { AccountMenu } from './AccountMenu.tsx';
import { LogoMark } from './icons.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { MainNav } from './MainNav.tsx';
import { MunicipalityChooser } from './MunicipalityChooser.tsx';

export function Header({ navigation }: { navigation: NavigationEntry[] }) {
  const { t } = useTranslation();
  const { current } = useMunicipality();
  return (
    <header className="app-header">
      <div className="app-container app-header__bar">
        <Link to="/" className="app-brand ds-focus">
          <LogoMark />
          <span className="app-brand__text">
            <span className="app-brand__name">{t('app.name')}</span>
            {current && (
              <span className="app-brand__municipality">{t('municipality.name', { name: current.name })}</span>
            )}
          </span>
        </Link>
        <div className="app-header__tools">
          <MunicipalityChooser />
          <LanguageSwitcher />
          <AccountMenu />
        </div>
      </div>
      <div className="app-container">
        <MainNav entries={navigation} />
      </div>
    </header>
  );
}
