import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { validZone, zoneChoices } from '@renderer/lib/timeZones';

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
  const id = useId();
  const listId = useId();
  const errorId = useId();
  const zones = useMemo(() => zoneChoices(), []);
  const ok = validZone(value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        data-testid={testId}
        list={listId}
        value={value}
        placeholder="Europe/Sofia"
        spellCheck={false}
        autoComplete="off"
        aria-invalid={ok ? undefined : true}
        aria-describedby={ok ? undefined : errorId}
        onChange={(event) => onChange(event.target.value, validZone(event.target.value))}
      />
      <datalist id={listId}>
        {zones.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {!ok && (
        <p className="field__error" id={errorId}>
          {t('edition.fields.timezoneInvalid')}
        </p>
      )}
    </div>
  );
}
