/**
 * The pages of the simulator's stand-in for the Vipps MobilePay app: what a guardian sees when sent to a payment's
 * redirectUrl in development. Plain HTML in bokmål, WCAG 2.1 AA: a main landmark, an h1, buttons named by their
 * text, colours with at least 4.5:1 contrast and a visible focus ring.
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** 123450 øre → "1 234,50 kr" (with a no-break space), from integers only. */
export function formatKroner(ore: number): string {
  const kroner = Math.floor(ore / 100);
  const rest = String(ore % 100).padStart(2, '0');
  return `${new Intl.NumberFormat('nb-NO').format(kroner)},${rest}\u00a0kr`;
}

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f4f4f4;
    color: #1a1a1a; line-height: 1.5; }
  main { max-width: 28rem; margin: 2rem auto; padding: 1.5rem; background: #ffffff; border-radius: 0.75rem;
    border: 1px solid #767676; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  dl { margin: 0 0 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0 0 0.75rem; }
  .amount { font-size: 1.75rem; font-weight: 700; }
  .note { font-size: 0.875rem; color: #4d4d4d; }
  form { display: flex; gap: 0.75rem; flex-wrap: wrap; margin-top: 1.5rem; }
  button { font: inherit; font-weight: 600; padding: 0.75rem 1.5rem; border-radius: 0.5rem; cursor: pointer;
    min-width: 8rem; min-height: 2.75rem; }
  .approve { background: #1b5e20; color: #ffffff; border: 2px solid #1b5e20; }
  .reject { background: #ffffff; color: #1a1a1a; border: 2px solid #1a1a1a; }
  button:focus-visible, a:focus-visible { outline: 3px solid #0b3d91; outline-offset: 3px; }
  a { color: #0b3d91; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nb">
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
</html>
`;
}

export interface ApprovalPageInput {
  merchantName: string;
  paymentDescription: string | undefined;
  /** In øre. */
  amount: number;
  /** Where the form posts. */
  action: string;
  /** Hidden field identifying the payment. */
  token: string;
}

/** The payment to approve or reject. */
export function approvalPage(input: ApprovalPageInput): string {
  const amount = formatKroner(input.amount);
  const description = input.paymentDescription ?? 'Betaling';
  return page(
    `Betal ${amount} til ${input.merchantName} – Vipps MobilePay (simulator)`,
    `<h1>Betal til ${escapeHtml(input.merchantName)}</h1>
<dl>
<dt>Hva du betaler for</dt>
<dd>${escapeHtml(description)}</dd>
<dt>Beløp</dt>
<dd class="amount">${escapeHtml(amount)}</dd>
</dl>
<p class="note">Dette er en lokal simulator av Vipps MobilePay for utvikling og test. Ingen penger blir trukket.</p>
<form method="post" action="${escapeHtml(input.action)}">
<input type="hidden" name="token" value="${escapeHtml(input.token)}">
<button type="submit" class="approve" name="decision" value="approve">Godkjenn</button>
<button type="submit" class="reject" name="decision" value="reject">Avvis</button>
</form>`,
  );
}

const OUTCOMES: Record<string, string> = {
  AUTHORIZED: 'Betalingen er godkjent',
  ABORTED: 'Betalingen er avvist',
  EXPIRED: 'Betalingen er utløpt',
  TERMINATED: 'Betalingen er avbrutt av butikken',
};

/** A payment that can no longer be approved or rejected (or one just decided that has nowhere to return to). */
export function outcomePage(state: string, returnUrl: string | undefined): string {
  const title = OUTCOMES[state] ?? 'Betalingen venter';
  const back = returnUrl ? `<p><a href="${escapeHtml(returnUrl)}">Tilbake til butikken</a></p>` : '';
  return page(`${title} – Vipps MobilePay (simulator)`, `<h1>${escapeHtml(title)}</h1>\n${back}`);
}

export function notFoundPage(): string {
  return page(
    'Fant ikke betalingen – Vipps MobilePay (simulator)',
    '<h1>Fant ikke betalingen</h1>\n<p>Lenken er ugyldig eller betalingen finnes ikke lenger.</p>',
  );
}
