/**
 * HTML pages of the local OpenID Connect provider: the citizen test login (shaped like ID-porten's TestID), the staff
 * user picker, and the logout and error pages. Small, self-contained and accessible: one form per page, labelled
 * fields, an error summary announced to screen readers, no scripts except the logout auto-submit.
 */

export type PageLanguage = 'nb' | 'en';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The page language for a `ui_locales` request parameter; ID-porten's own locales are nb, nn, en and se. */
export function pageLanguage(uiLocales: unknown): PageLanguage {
  if (typeof uiLocales !== 'string') return 'nb';
  for (const tag of uiLocales.split(/\s+/)) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'en') return 'en';
    if (primary === 'nb' || primary === 'nn' || primary === 'no' || primary === 'se') return 'nb';
  }
  return 'nb';
}

const TEXT = {
  nb: {
    citizenTitle: 'Testinnlogging (TestID)',
    citizenIntro: 'Lokal innlogging for utvikling og test. Bruk bare syntetiske testnumre.',
    nationalId: 'Fødselsnummer eller D-nummer',
    nationalIdHint: '11 siffer',
    level: 'Sikkerhetsnivå',
    substantial: 'Betydelig',
    high: 'Høyt',
    login: 'Logg inn',
    cancel: 'Avbryt',
    errorSummary: 'Rett opp dette før du går videre:',
    format: 'Skriv inn 11 siffer.',
    control_digits: 'Kontrollsifrene stemmer ikke. Sjekk nummeret.',
    date: 'Nummeret inneholder ikke en gyldig dato.',
    levelMissing: 'Velg et sikkerhetsnivå.',
    staffTitle: 'Innlogging for ansatte',
    staffIntro: 'Lokal innlogging for utvikling og test.',
    staffLegend: 'Velg bruker',
    staffMissing: 'Velg en bruker.',
    staffNone: 'Ingen testbrukere er satt opp.',
    logoutTitle: 'Logger ut',
    logoutContinue: 'Logg ut',
    loggedOutTitle: 'Du er logget ut',
    loggedOut: 'Du er logget ut av testinnloggingen.',
    errorTitle: 'Noe gikk galt',
  },
  en: {
    citizenTitle: 'Test login (TestID)',
    citizenIntro: 'Local login for development and testing. Use synthetic test numbers only.',
    nationalId: 'National identity number or D number',
    nationalIdHint: '11 digits',
    level: 'Level of assurance',
    substantial: 'Substantial',
    high: 'High',
    login: 'Log in',
    cancel: 'Cancel',
    errorSummary: 'Fix the following before you continue:',
    format: 'Enter 11 digits.',
    control_digits: 'The check digits do not match. Check the number.',
    date: 'The number does not contain a valid date.',
    levelMissing: 'Choose a level of assurance.',
    staffTitle: 'Staff login',
    staffIntro: 'Local login for development and testing.',
    staffLegend: 'Choose a user',
    staffMissing: 'Choose a user.',
    staffNone: 'No test users are configured.',
    logoutTitle: 'Logging out',
    logoutContinue: 'Log out',
    loggedOutTitle: 'You are logged out',
    loggedOut: 'You are logged out of the test login.',
    errorTitle: 'Something went wrong',
  },
} as const;

export type CitizenFieldError = 'format' | 'control_digits' | 'date';

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f6;color:#1e2b3c}
main{max-width:32rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border-radius:8px}
label,legend{font-weight:600;display:block;margin:1rem 0 .25rem}
input[type=text]{font-size:1.1rem;padding:.5rem;width:100%;box-sizing:border-box;border:2px solid #68707c;border-radius:4px}
input[aria-invalid=true]{border-color:#c30000}
fieldset{border:0;padding:0;margin:1rem 0}
.choice{display:flex;gap:.5rem;align-items:center;margin:.4rem 0}
.choice label{font-weight:400;margin:0}
.hint{color:#4b5563;margin:0 0 .25rem}
.error{color:#c30000;font-weight:600}
.summary{border:2px solid #c30000;padding:.5rem 1rem;border-radius:4px}
button{font-size:1rem;padding:.6rem 1.5rem;margin-top:1rem;border:0;border-radius:4px;background:#0062ba;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0062ba;border:2px solid #0062ba;margin-left:.5rem}
button:focus-visible,input:focus-visible{outline:3px solid #ffda06;outline-offset:2px}`;

function htmlDocument(lang: PageLanguage, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

function errorSummary(lang: PageLanguage, items: { href: string; text: string }[]): string {
  if (items.length === 0) return '';
  const list = items.map((item) => `<li><a href="${escapeHtml(item.href)}">${escapeHtml(item.text)}</a></li>`).join('');
  return `<div class="summary" role="alert" tabindex="-1"><p class="error">${escapeHtml(TEXT[lang].errorSummary)}</p><ul>${list}</ul></div>`;
}

export interface CitizenLoginPage {
  lang: PageLanguage;
  action: string;
  /** What the user typed, shown again after an error. */
  nationalId?: string;
  nationalIdError?: CitizenFieldError;
  levelError?: boolean;
  selectedAcr: string;
  levels: { acr: string; label: 'substantial' | 'high' }[];
}

export function citizenLoginPage(page: CitizenLoginPage): string {
  const t = TEXT[page.lang];
  const idError = page.nationalIdError ? t[page.nationalIdError] : undefined;
  const summary = errorSummary(page.lang, [
    ...(idError ? [{ href: '#pid', text: idError }] : []),
    ...(page.levelError ? [{ href: `#acr-${page.levels[0]?.label ?? ''}`, text: t.levelMissing }] : []),
  ]);
  const describedBy = idError ? 'pid-hint pid-error' : 'pid-hint';
  const levels = page.levels
    .map(
      (level) =>
        `<div class="choice"><input type="radio" id="acr-${level.label}" name="acr" value="${escapeHtml(level.acr)}"${
          level.acr === page.selectedAcr ? ' checked' : ''
        }><label for="acr-${level.label}">${escapeHtml(t[level.label])} <small>(${escapeHtml(level.acr)})</small></label></div>`,
    )
    .join('\n');
  return htmlDocument(
    page.lang,
    t.citizenTitle,
    `<h1>${escapeHtml(t.citizenTitle)}</h1>
<p>${escapeHtml(t.citizenIntro)}</p>
${summary}
<form method="post" action="${escapeHtml(page.action)}" novalidate>
<label for="pid">${escapeHtml(t.nationalId)}</label>
<p class="hint" id="pid-hint">${escapeHtml(t.nationalIdHint)}</p>
${idError ? `<p class="error" id="pid-error">${escapeHtml(idError)}</p>` : ''}
<input type="text" id="pid" name="pid" inputmode="numeric" autocomplete="off" maxlength="14" required aria-describedby="${describedBy}"${
      idError ? ' aria-invalid="true"' : ''
    } value="${escapeHtml(page.nationalId ?? '')}">
<fieldset>
<legend>${escapeHtml(t.level)}</legend>
${levels}
</fieldset>
<button type="submit">${escapeHtml(t.login)}</button>
<button type="submit" name="cancel" value="yes" formnovalidate class="secondary">${escapeHtml(t.cancel)}</button>
</form>`,
  );
}

export interface StaffLoginPage {
  lang: PageLanguage;
  action: string;
  users: { subject: string; name: string; email: string }[];
  error?: boolean;
}

export function staffLoginPage(page: StaffLoginPage): string {
  const t = TEXT[page.lang];
  const summary = errorSummary(page.lang, page.error ? [{ href: '#user-0', text: t.staffMissing }] : []);
  const users = page.users
    .map(
      (user, index) =>
        `<div class="choice"><input type="radio" id="user-${index}" name="subject" value="${escapeHtml(user.subject)}"${
          index === 0 ? ' checked' : ''
        }><label for="user-${index}">${escapeHtml(user.name)} <small>(${escapeHtml(user.email)})</small></label></div>`,
    )
    .join('\n');
  return htmlDocument(
    page.lang,
    t.staffTitle,
    `<h1>${escapeHtml(t.staffTitle)}</h1>
<p>${escapeHtml(t.staffIntro)}</p>
${summary}
${
  page.users.length === 0
    ? `<p>${escapeHtml(t.staffNone)}</p>`
    : `<form method="post" action="${escapeHtml(page.action)}">
<fieldset>
<legend>${escapeHtml(t.staffLegend)}</legend>
${users}
</fieldset>
<button type="submit">${escapeHtml(t.login)}</button>
<button type="submit" name="cancel" value="yes" class="secondary">${escapeHtml(t.cancel)}</button>
</form>`
}`,
  );
}

/**
 * The logout confirmation: the provider's form (with its anti-forgery field) plus `logout=yes`, submitted by a
 * script at once so that RP-initiated logout needs no click; without scripts a button does the same.
 */
export function logoutPage(lang: PageLanguage, providerForm: string): string {
  const t = TEXT[lang];
  const form = providerForm.replace(
    '</form>',
    `<input type="hidden" name="logout" value="yes"/><noscript><button type="submit">${escapeHtml(t.logoutContinue)}</button></noscript></form>`,
  );
  return htmlDocument(
    lang,
    t.logoutTitle,
    `<h1>${escapeHtml(t.logoutTitle)}</h1>
${form}
<script>document.forms[0].submit()</script>`,
  );
}

export function loggedOutPage(lang: PageLanguage): string {
  const t = TEXT[lang];
  return htmlDocument(
    lang,
    t.loggedOutTitle,
    `<h1>${escapeHtml(t.loggedOutTitle)}</h1><p>${escapeHtml(t.loggedOut)}</p>`,
  );
}

/** An error page. Only protocol error codes and fixed texts are shown, never request data. */
export function errorPage(lang: PageLanguage, details: { error: string; description?: string }): string {
  const t = TEXT[lang];
  return htmlDocument(
    lang,
    t.errorTitle,
    `<h1>${escapeHtml(t.errorTitle)}</h1>
<p><strong>${escapeHtml(details.error)}</strong></p>
${details.description ? `<p>${escapeHtml(details.description)}</p>` : ''}`,
  );
}
