import { SkipLink } from '@digdir/designsystemet-react';
import { type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { navigationFor } from '../navigation.ts';
import { useSession } from '../session.ts';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';

const MAIN_ID = 'main-content';

function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

/** The frame of every page: skip link, header with menu, main content, footer. */
export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);

  // After moving to another page inside the app, put focus on its heading so screen readers announce it.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname]);

  return (
    <>
      <SkipLink href={`#${MAIN_ID}`} onClick={focusMain}>
        {t('app.skipToContent')}
      </SkipLink>
      <Header navigation={navigationFor(session.roles)} />
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <Footer />
    </>
  );
}
