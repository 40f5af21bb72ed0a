/**
 * E-mail texts about providers, in the municipality's written standard (bokmål or nynorsk). Plain text; each
 * message names who it comes from and what to do next.
 */
import type { ProviderKind } from '../../domain/provider.ts';

export type MailLanguage = 'nb' | 'nn';

export interface MailText {
  subject: string;
  text: string;
}

const KIND_NAMES: Record<MailLanguage, Record<ProviderKind, string>> = {
  nb: {
    voluntary: 'frivillig lag eller forening',
    municipal: 'kommunal tilbyder',
    commercial: 'kommersiell tilbyder',
    private: 'privat tilbyder',
  },
  nn: {
    voluntary: 'frivillig lag eller foreining',
    municipal: 'kommunal tilbydar',
    commercial: 'kommersiell tilbydar',
    private: 'privat tilbydar',
  },
};

function longDate(at: Date, language: MailLanguage): string {
  return new Intl.DateTimeFormat(language === 'nn' ? 'nn-NO' : 'nb-NO', {
    timeZone: 'Europe/Oslo',
    dateStyle: 'long',
  }).format(at);
}

/** To the municipality's contact address: a provider has registered and waits for approval. */
export function registrationReceivedMail(
  language: MailLanguage,
  input: {
    municipalityName: string;
    providerName: string;
    organisationNumber: string;
    kind: ProviderKind;
    email: string;
    portalUrl: string;
  },
): MailText {
  const kind = KIND_NAMES[language][input.kind];
  if (language === 'nn') {
    return {
      subject: `Ny tilbydar ventar på godkjenning: ${input.providerName}`,
      text: [
        `${input.providerName} (org.nr. ${input.organisationNumber}, ${kind}) har registrert seg som tilbydar i fritidskortet for ${input.municipalityName}.`,
        `Kontaktadresse: ${input.email}`,
        '',
        `Logg inn som administrator på ${input.portalUrl} for å godkjenne eller avvise registreringa.`,
      ].join('\n'),
    };
  }
  return {
    subject: `Ny tilbyder venter på godkjenning: ${input.providerName}`,
    text: [
      `${input.providerName} (org.nr. ${input.organisationNumber}, ${kind}) har registrert seg som tilbyder i fritidskortet for ${input.municipalityName}.`,
      `Kontaktadresse: ${input.email}`,
      '',
      `Logg inn som administrator på ${input.portalUrl} for å godkjenne eller avvise registreringen.`,
    ].join('\n'),
  };
}

/** To the provider: the municipality's decision on its registration. */
export function decisionMail(
  language: MailLanguage,
  input: {
    municipalityName: string;
    providerName: string;
    outcome: 'approved' | 'rejected' | 'suspended';
    note: string | null;
    portalUrl: string;
  },
): MailText {
  const note = input.note
    ? ['', language === 'nn' ? 'Grunngiving frå kommunen:' : 'Begrunnelse fra kommunen:', input.note]
    : [];
  const lines = (
    language === 'nn'
      ? {
          approved: {
            subject: `${input.providerName} er godkjend som tilbydar`,
            body: `${input.municipalityName} kommune har godkjent ${input.providerName} som tilbydar i fritidskortet. No kan de leggje ut aktivitetane dykkar på ${input.portalUrl}.`,
          },
          rejected: {
            subject: `${input.providerName} er ikkje godkjend som tilbydar`,
            body: `${input.municipalityName} kommune har avvist registreringa av ${input.providerName} som tilbydar i fritidskortet.`,
          },
          suspended: {
            subject: `${input.providerName} er mellombels stengd som tilbydar`,
            body: `${input.municipalityName} kommune har mellombels stengt ${input.providerName} som tilbydar i fritidskortet. Aktivitetane dykkar blir ikkje viste medan tilbydaren er stengd.`,
          },
        }
      : {
          approved: {
            subject: `${input.providerName} er godkjent som tilbyder`,
            body: `${input.municipalityName} kommune har godkjent ${input.providerName} som tilbyder i fritidskortet. Nå kan dere legge ut aktivitetene deres på ${input.portalUrl}.`,
          },
          rejected: {
            subject: `${input.providerName} er ikke godkjent som tilbyder`,
            body: `${input.municipalityName} kommune har avvist registreringen av ${input.providerName} som tilbyder i fritidskortet.`,
          },
          suspended: {
            subject: `${input.providerName} er midlertidig stengt som tilbyder`,
            body: `${input.municipalityName} kommune har midlertidig stengt ${input.providerName} som tilbyder i fritidskortet. Aktivitetene deres vises ikke mens tilbyderen er stengt.`,
          },
        }
  )[input.outcome];
  return {
    subject: lines.subject,
    text: [
      lines.body,
      ...note,
      '',
      `Spørsmål? Svar på denne e-posten eller kontakt ${input.municipalityName} kommune.`,
    ].join('\n'),
  };
}

/** To a person invited to help administer a provider: the one-time link. */
export function invitationMail(
  language: MailLanguage,
  input: {
    inviteeName: string;
    invitedBy: string;
    providerName: string;
    municipalityName: string;
    link: string;
    expiresAt: Date;
  },
): MailText {
  const until = longDate(input.expiresAt, language);
  if (language === 'nn') {
    return {
      subject: `Invitasjon til å administrere ${input.providerName} i fritidskortet`,
      text: [
        `Hei ${input.inviteeName}!`,
        '',
        `${input.invitedBy} har invitert deg til å administrere ${input.providerName} i fritidskortet for ${input.municipalityName}.`,
        'Opna lenkja nedanfor og logg inn for å ta imot invitasjonen:',
        input.link,
        '',
        `Lenkja kan brukast éin gong og er gyldig til ${until}. Var du ikkje venta på denne e-posten, kan du sjå bort frå han.`,
      ].join('\n'),
    };
  }
  return {
    subject: `Invitasjon til å administrere ${input.providerName} i fritidskortet`,
    text: [
      `Hei ${input.inviteeName}!`,
      '',
      `${input.invitedBy} har invitert deg til å administrere ${input.providerName} i fritidskortet for ${input.municipalityName}.`,
      'Åpne lenken nedenfor og logg inn for å ta imot invitasjonen:',
      input.link,
      '',
      `Lenken kan brukes én gang og er gyldig til ${until}. Hvis du ikke ventet denne e-posten, kan du se bort fra den.`,
    ].join('\n'),
  };
}
