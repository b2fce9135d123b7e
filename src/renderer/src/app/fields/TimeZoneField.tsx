import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { validZone, zoneChoices } from '@renderer/lib/timeZones';
import { TextField } from './TextField';

/**
 * An IANA time zone, typed with suggestions. A zone the browser does not know is marked
 * invalid and explained under the field; `onChange` hears every keystroke, `valid` says whether
 * the text is worth saving.
 */
export function TimeZoneField({
  label,
  testId,
  value,
  onChange,
}: {
  label: string;
  testId: string;
  value: string;
  onChange: (value: string, valid: boolean) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const listId = useId();
  const zones = useMemo(() => zoneChoices(), []);
  return (
    <>
      <TextField
        label={label}
        testId={testId}
        value={value}
        placeholder="Europe/Sofia"
        list={listId}
        error={validZone(value) ? null : t('edition.fields.timezoneInvalid')}
        onChange={(next) => onChange(next, validZone(next))}
      />
      <datalist id={listId}>
        {zones.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
