import { SkipLink } from '@digdir/designsystemet-react';
import { type MouseEvent, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { navigationFor } from '../navigation.ts';
import { useSession } from '../session.tsx';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';
import { Loading } from './Loading.tsx';
import { LoginErrorAlert } from './LoginErrorAlert.tsx';

const MAIN_ID = 'main-content';
const HEADING_WAIT_MS = 5000;

function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

/**
 * Focuses the page's h1, waiting for it when the page is still loading its code. Returns a function that stops
 * waiting (when the person moves on first).
 */
function focusHeadingWhenShown(): () => void {
  const find = () => document.querySelector<HTMLElement>('main h1');
  const heading = find();
  if (heading) {
    heading.focus();
    return () => undefined;
  }
  const main = document.getElementById(MAIN_ID);
  if (!main) return () => undefined;
  const observer = new MutationObserver(() => {
    const shown = find();
    if (!shown) return;
    shown.focus();
    stop();
  });
  const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(main, { childList: true, subtree: true });
  return stop;
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
    return focusHeadingWhenShown();
  }, [pathname]);

  return (
    <>
      <SkipLink href={`#${MAIN_ID}`} onClick={focusMain}>
        {t('app.skipToContent')}
      </SkipLink>
      <Header navigation={navigationFor(session.roles)} />
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        <LoginErrorAlert />
        <Suspense fallback={<Loading text={t('app.loading')} />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
    </>
  );
}
