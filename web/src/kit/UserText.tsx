import type { ReactNode } from 'react';
import { useMunicipality } from '../municipality.tsx';

/** The attributes that mark text people wrote: its language, and its own direction. */
export interface WrittenIn {
  lang: string;
  dir: 'auto';
}

/**
 * Marks text that providers and the municipality wrote (titles, descriptions, names, news, support offers) with its
 * language (the activity's or translation's where known, else the municipality's written standard) and `dir="auto"`,
 * so Norwegian keeps its left-to-right order inside an Arabic page (a full stop stays at the end) and screen
 * readers pronounce it as Norwegian. Returns a function to spread on any element: `<p {...written(lang)}>`.
 */
export function useWrittenIn(): (lang?: string | null) => WrittenIn {
  const { current } = useMunicipality();
  const standard = current?.defaultLanguage ?? 'nb';
  return (lang) => ({ lang: lang || standard, dir: 'auto' });
}

/** Inline text someone wrote, in its own language and direction. */
export function UserText({
  lang,
  className,
  children,
}: {
  lang?: string | null;
  className?: string;
  children: ReactNode;
}) {
  const written = useWrittenIn();
  return (
    <span {...written(lang)} className={className}>
      {children}
    </span>
  );
}
