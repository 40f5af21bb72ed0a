import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countNewsAudience, type News, type ProviderKind } from '../../api/admin.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatNumber } from '../../kit/format.ts';
import { type FieldErrors, hasErrors, serverFieldErrors } from '../../kit/forms/field-errors.ts';
import { useFieldErrors } from '../../kit/forms/useFieldErrors.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { chosenAudience } from './audience.tsx';

/** The server's limits. */
export const SUBJECT_MAX = 200;
export const BODY_MAX = 20_000;

export type NewsField = 'subject' | 'body' | 'audience';

/** The form's field for the server's: the audience's lists belong to the choice of audience. */
function newsField(name: string): NewsField | undefined {
  if (name === 'subject' || name === 'body') return name;
  return name.startsWith('audience') ? 'audience' : undefined;
}

export function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? list : [...list, value]) : list.filter((item) => item !== value);
}

/**
 * The news form's state: subject, body and audience, how many providers the audience reaches (counted as it
 * changes), field errors, and the step from "review" through the confirm dialog to sent.
 */
export function useNewsForm(kommunenummer: string, onSent: (news: News) => void) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [mode, setMode] = useState<'all' | 'filtered'>('all');
  const [kinds, setKinds] = useState<ProviderKind[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const [neighbourhoodIds, setNeighbourhoodIds] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  const ids: Record<NewsField, string> = {
    subject: `${id}-subject`,
    body: `${id}-body`,
    audience: `${id}-filtered`,
  };
  const fieldErrors = useFieldErrors<NewsField>(ids);
  const { errors, setErrors, show, focusFirst, clear: clearError } = fieldErrors;

  const audience = chosenAudience(mode, kinds, categories, neighbourhoodIds);
  const audienceKey = JSON.stringify(audience);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new audience answers the "reaches no one" message.
  useEffect(() => clearError('audience'), [audienceKey]);
  // The count follows the audience by its contents.
  const reach = useLoad((signal) => countNewsAudience(kommunenummer, audience, signal), [kommunenummer, audienceKey]);
  const count = reach.data;

  function validate(): FieldErrors<NewsField> {
    const found: FieldErrors<NewsField> = {};
    const cleanSubject = subject.replace(/\s+/g, ' ').trim();
    const cleanBody = body.trim();
    if (!cleanSubject) found.subject = t('adminNews.compose.subjectRequired');
    else if (cleanSubject.length > SUBJECT_MAX)
      found.subject = t('adminNews.compose.subjectTooLong', { max: SUBJECT_MAX });
    if (!cleanBody) found.body = t('adminNews.compose.bodyRequired');
    else if (cleanBody.length > BODY_MAX)
      found.body = t('adminNews.compose.bodyTooLong', { max: formatNumber(BODY_MAX, language) });
    if (reach.status === 'ready' && count === 0) found.audience = t('adminNews.compose.noneReached');
    return found;
  }

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (show(validate())) return;
    setConfirming(true);
  }

  function sentOk(news: News) {
    setConfirming(false);
    setSubject('');
    setBody('');
    setMode('all');
    setKinds([]);
    setCategories([]);
    setNeighbourhoodIds([]);
    setErrors({});
    onSent(news);
  }

  function sendFailed(caught: unknown): boolean {
    const found = serverFieldErrors(caught, newsField);
    if (!hasErrors(found)) return false;
    setConfirming(false);
    setErrors(found);
    // The dialog gives the focus back to its button first; then the field takes it.
    window.setTimeout(() => focusFirst(found), 0);
    return true;
  }

  return {
    id,
    ids,
    fieldErrors,
    errors,
    subject,
    setSubject,
    body,
    setBody,
    mode,
    setMode,
    kinds,
    setKinds,
    categories,
    setCategories,
    neighbourhoodIds,
    setNeighbourhoodIds,
    audience,
    reach,
    count,
    confirming,
    setConfirming,
    review,
    sentOk,
    sendFailed,
    /** What the dialog sends: the subject on one line, the body trimmed. */
    draft: { subject: subject.replace(/\s+/g, ' ').trim(), body: body.trim(), audience },
  };
}

export type NewsForm = ReturnType<typeof useNewsForm>;
