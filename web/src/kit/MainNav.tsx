import { Button } from '@digdir/designsystemet-react';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { currentEntry, type NavigationEntry } from '../navigation.ts';
import { MenuIcon } from './icons.tsx';

/** Above this many entries the menu folds behind a "Menu" button on a phone, so the page starts on the first screen. */
const FOLD_ABOVE = 4;

export function MainNav({ entries }: { entries: NavigationEntry[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Open only on the page where it was opened: choosing a page (or going back) folds it again.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const current = currentEntry(entries, pathname);
  const folds = entries.length > FOLD_ABOVE;

  function closeOnEscape(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || !open) return;
    setOpenOn(null);
    toggle.current?.focus();
  }

  return (
    <nav
      aria-label={t('nav.label')}
      className={folds ? 'app-nav app-nav--folds' : 'app-nav'}
      data-open={open}
      onKeyDown={closeOnEscape}
    >
      {folds && (
        <Button
          ref={toggle}
          type="button"
          variant="tertiary"
          data-size="sm"
          className="app-nav__toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpenOn(open ? null : pathname)}
        >
          <MenuIcon />
          {t('nav.menu')}
        </Button>
      )}
      <ul id={listId}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <Link
              to={entry.path}
              className="app-nav__link ds-focus"
              aria-current={entry === current ? 'page' : undefined}
            >
              {t(entry.labelKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
