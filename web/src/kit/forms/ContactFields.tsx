import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ContactFieldProps {
  label: string;
  description?: string | undefined;
  /** The control's name: the server's name for the field, so that its messages find the field. */
  name?: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  required?: boolean;
  /** `off` where the details are someone else's, e.g. a person being invited. */
  autoComplete?: string;
  maxLength?: number;
}

/** How each kind of contact detail is written: addresses and numbers left to right, not spell-checked. */
interface ContactKind {
  type?: 'email' | 'tel' | 'url';
  name: string;
  autoComplete: string;
  maxLength: number;
  className: 'field-medium' | 'field-narrow';
  ltr: boolean;
  spellCheck?: false;
}

const NAME: ContactKind = { name: 'name', autoComplete: 'name', maxLength: 200, className: 'field-medium', ltr: false };
const EMAIL: ContactKind = {
  type: 'email',
  name: 'email',
  autoComplete: 'email',
  // The longest address mail allows.
  maxLength: 254,
  className: 'field-medium',
  ltr: true,
  spellCheck: false,
};
const PHONE: ContactKind = {
  type: 'tel',
  name: 'phone',
  autoComplete: 'tel',
  maxLength: 40,
  className: 'field-narrow',
  ltr: true,
};
const WEBSITE: ContactKind = {
  type: 'url',
  name: 'website',
  autoComplete: 'url',
  maxLength: 2000,
  className: 'field-medium',
  ltr: true,
  spellCheck: false,
};

function ContactField({
  kind,
  name = kind.name,
  autoComplete = kind.autoComplete,
  maxLength = kind.maxLength,
  onChange,
  ...props
}: ContactFieldProps & { kind: ContactKind }) {
  return (
    <Textfield
      {...props}
      type={kind.type}
      name={name}
      autoComplete={autoComplete}
      spellCheck={kind.spellCheck}
      dir={kind.ltr ? 'ltr' : undefined}
      maxLength={maxLength}
      onChange={(event) => onChange(event.target.value)}
      className={kind.className}
    />
  );
}

/** A person's or an organisation's name. */
export function NameField(props: ContactFieldProps) {
  return <ContactField kind={NAME} {...props} />;
}

export function EmailField(props: ContactFieldProps) {
  return <ContactField kind={EMAIL} {...props} />;
}

export function PhoneField(props: ContactFieldProps) {
  return <ContactField kind={PHONE} {...props} />;
}

export function WebsiteField(props: ContactFieldProps) {
  return <ContactField kind={WEBSITE} {...props} />;
}

/** The part of the municipality, or none; the server names the field `neighbourhoodId`. */
export function NeighbourhoodSelect({
  label,
  neighbourhoods,
  value,
  onChange,
  error,
}: {
  label: string;
  neighbourhoods: readonly { id: string; name: string }[];
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        name="neighbourhoodId"
        width="auto"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <Select.Option value="">{t('providerCommon.noNeighbourhood')}</Select.Option>
        {neighbourhoods.map((n) => (
          <Select.Option key={n.id} value={n.id}>
            {n.name}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
