import { Label, Paragraph } from '@digdir/designsystemet-react';
import { type ChangeEvent, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The kinds of picture the server takes. */
const IMAGE_TYPES = 'image/jpeg,image/png,image/webp';

/** A picture to upload: the label, which pictures are taken, and the file chooser; `children` come below it. */
export function ImageInput({
  label,
  disabled,
  onChange,
  children,
}: {
  label: string;
  disabled: boolean;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="provider-stack-sm">
      <Label htmlFor={id}>{label}</Label>
      <Paragraph data-size="sm" className="muted">
        {t('providerCommon.imageHint')}
      </Paragraph>
      <input
        id={id}
        type="file"
        accept={IMAGE_TYPES}
        onChange={onChange}
        disabled={disabled}
        className="provider-file"
      />
      {children}
    </div>
  );
}
