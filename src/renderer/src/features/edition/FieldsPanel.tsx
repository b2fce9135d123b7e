import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Digest } from '@shared/model';
import { TimeZoneField } from '@renderer/app/fields/TimeZoneField';
import type { FieldsPatch } from './useFieldsSaver';
import { useFollowedValue } from './useFollowedValue';
import { IntroEditor } from './IntroEditor';
import { BUILT_IN_KEYS, shortcutText, SHORTCUTS } from '@renderer/editor/utils/shortcuts';
import { fieldLength, introFromText, SUBJECT_MAX, SUBJECT_MIN, subjectFit } from './text';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * What the edition says besides its stories. Each field saves itself (see useFieldsSaver); a
 * field that main would refuse (no title, an unknown time zone) says so and is not sent.
 */
export function FieldsPanel({
  digest,
  unsaved,
  onChange,
  onLeave,
}: {
  digest: Digest;
  /** Fields holding typing not yet saved: they keep it when the stored edition changes. */
  unsaved: ReadonlySet<keyof FieldsPatch>;
  onChange: (patch: FieldsPatch) => void;
  /** Leaving a field saves at once. */
  onLeave: () => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const id = {
    title: useId(),
    subject: useId(),
    subjectHint: useId(),
    preheader: useId(),
    preheaderHint: useId(),
    intro: useId(),
    introHint: useId(),
    signoff: useId(),
    language: useId(),
    close: useId(),
    closeHint: useId(),
    titleError: useId(),
  };
  // Each field shows what is stored, also when it changes (another window, an undo), unless it
  // holds typing not yet saved: that stays, and is what is saved.
  const [title, setTitle] = useFollowedValue(
    digest.title,
    unsaved.has('title'),
    (value, stored) => value.trim() === stored,
  );
  const [subject, setSubject] = useFollowedValue(digest.subject, unsaved.has('subject'));
  const [preheader, setPreheader] = useFollowedValue(digest.preheader, unsaved.has('preheader'));
  // An intro written as plain text (by the command line, or before the intro was rich text)
  // opens as its paragraphs. Compared by content: each answer from main is a new object (but
  // typing in another field is no new answer: the intro is written out only when one comes).
  const introKey = useMemo(
    () => JSON.stringify([digest.intro, digest.introText]),
    [digest.intro, digest.introText],
  );
  const [intro, setIntro] = useState(() => ({
    key: introKey,
    stored: digest.intro,
    fallback: introFromText(digest.introText),
  }));
  if (intro.key !== introKey)
    setIntro({ key: introKey, stored: digest.intro, fallback: introFromText(digest.introText) });
  const focusIntro = useRef<(() => void) | null>(null);
  const [signoff, setSignoff] = useFollowedValue(
    digest.signoff ?? '',
    unsaved.has('signoff'),
    (value, stored) => (value.trim() ? value : '') === stored,
  );
  const [language, setLanguage] = useFollowedValue(digest.language, unsaved.has('language'));
  const [zone, setZone] = useFollowedValue(
    digest.timezone,
    unsaved.has('timezone'),
    (value, stored) => value.trim() === stored,
  );
  const [close, setClose] = useFollowedValue(digest.closeTime, unsaved.has('closeTime'));

  // As sent and as the checks count it: trimmed, in characters a reader sees.
  const subjectLength = fieldLength(subject);
  const fit = subjectFit(subject);
  const titleOk = title.trim() !== '';
  const windowText = useMemo(() => {
    const format = (iso: string): string => {
      try {
        return new Intl.DateTimeFormat(i18n.language, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: digest.timezone,
        }).format(Date.parse(iso));
      } catch {
        return iso;
      }
    };
    return t('edition.fields.windowCovers', {
      start: format(digest.windowStart),
      end: format(digest.windowEnd),
      zone: digest.timezone,
    });
  }, [digest.windowStart, digest.windowEnd, digest.timezone, i18n.language, t]);

  return (
    <form
      className="edition-fields"
      aria-label={t('edition.fields.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onLeave();
      }}
      onBlur={onLeave}
    >
      <div className="field">
        <label htmlFor={id.title}>{t('edition.fields.title')}</label>
        <input
          id={id.title}
          className="input"
          data-testid="edition-title"
          value={title}
          maxLength={300}
          required
          aria-invalid={titleOk ? undefined : true}
          aria-describedby={titleOk ? undefined : id.titleError}
          onChange={(event) => {
            const next = event.target.value;
            // The subject line starts as the title: until the editor writes one of its own, a
            // renamed edition's email is not sent under its old name.
            // (Blanked on the way to a new title, the stored subject stays; main follows it.)
            const subjectFollows = subject.trim() === title.trim() && next.trim() !== '';
            setTitle(next);
            if (subjectFollows) setSubject(next);
            if (next.trim())
              onChange(
                subjectFollows
                  ? { title: next.trim(), subject: next.trim() }
                  : { title: next.trim() },
              );
          }}
        />
        {!titleOk && (
          <p className="field__error" id={id.titleError}>
            {t('edition.fields.titleRequired')}
          </p>
        )}
      </div>

      <div className="field">
        <div className="field__label-row">
          <label htmlFor={id.subject}>{t('edition.fields.subject')}</label>
          <span
            className={`field__counter field__counter--${fit}`}
            data-testid="edition-subject-count"
          >
            {t('edition.fields.characters', { count: subjectLength })}
          </span>
        </div>
        <input
          id={id.subject}
          className="input"
          data-testid="edition-subject"
          value={subject}
          maxLength={300}
          aria-describedby={id.subjectHint}
          onChange={(event) => {
            setSubject(event.target.value);
            onChange({ subject: event.target.value });
          }}
        />
        <p
          className={`field__hint field__hint--${fit}`}
          id={id.subjectHint}
          data-testid="edition-subject-hint"
          data-fit={fit}
          aria-live="polite"
        >
          {t(`edition.fields.subjectHint.${fit}`, { min: SUBJECT_MIN, max: SUBJECT_MAX })}
        </p>
      </div>

      <div className="field">
        <div className="field__label-row">
          <label htmlFor={id.preheader}>{t('edition.fields.preheader')}</label>
          <span className="field__counter">
            {t('edition.fields.characters', { count: fieldLength(preheader) })}
          </span>
        </div>
        <input
          id={id.preheader}
          className="input"
          data-testid="edition-preheader"
          value={preheader}
          maxLength={500}
          aria-describedby={id.preheaderHint}
          onChange={(event) => {
            setPreheader(event.target.value);
            onChange({ preheader: event.target.value });
          }}
        />
        <p className="field__hint" id={id.preheaderHint}>
          {t('edition.fields.preheaderHint')}
        </p>
      </div>

      <div className="field">
        {/* Not a <label>: what it names is not a form control. A click on it still focuses it. */}
        <span className="field__label" id={id.intro} onClick={() => focusIntro.current?.()}>
          {t('edition.fields.intro')}
        </span>
        <IntroEditor
          focusRef={focusIntro}
          intro={intro.stored}
          fallback={intro.fallback}
          unsaved={unsaved.has('intro')}
          labelId={id.intro}
          hintId={id.introHint}
          toolbarLabel={t('edition.fields.introTools')}
          onChange={(next) => onChange({ intro: next })}
        />
        <p className="field__hint" id={id.introHint}>
          {/* Keys named as the toolbar's tooltips and the shortcuts sheet name them. */}
          {t('edition.fields.introHint', {
            bold: shortcutText(BUILT_IN_KEYS.bold),
            italic: shortcutText(BUILT_IN_KEYS.italic),
            link: shortcutText(SHORTCUTS.link),
          })}
        </p>
      </div>

      <div className="field">
        <label htmlFor={id.signoff}>{t('edition.fields.signoff')}</label>
        <textarea
          id={id.signoff}
          className="input textarea"
          data-testid="edition-signoff"
          rows={3}
          value={signoff}
          maxLength={5000}
          onChange={(event) => {
            setSignoff(event.target.value);
            onChange({ signoff: event.target.value.trim() ? event.target.value : null });
          }}
        />
      </div>

      <div className="edition-fields__row">
        <TimeZoneField
          label={t('edition.fields.timezone')}
          testId="edition-timezone"
          value={zone}
          onChange={(value, valid) => {
            setZone(value);
            if (valid) onChange({ timezone: value.trim() });
          }}
        />
        <div className="field edition-fields__close">
          <label htmlFor={id.close}>{t('edition.fields.closeTime')}</label>
          <input
            id={id.close}
            className="input"
            type="time"
            data-testid="edition-close-time"
            value={close}
            required
            aria-describedby={id.closeHint}
            onChange={(event) => {
              setClose(event.target.value);
              if (TIME.test(event.target.value)) onChange({ closeTime: event.target.value });
            }}
          />
        </div>
      </div>
      <p className="field__hint" id={id.closeHint} data-testid="edition-window">
        {windowText}
      </p>

      <div className="field">
        <label htmlFor={id.language}>{t('edition.fields.language')}</label>
        <select
          id={id.language}
          className="input"
          data-testid="edition-language"
          value={language}
          onChange={(event) => {
            const value = event.target.value as 'bg' | 'en' | 'ru';
            setLanguage(value);
            onChange({ language: value });
          }}
        >
          <option value="bg">{t('edition.fields.languages.bg')}</option>
          <option value="en">{t('edition.fields.languages.en')}</option>
          <option value="ru">{t('edition.fields.languages.ru')}</option>
        </select>
      </div>
    </form>
  );
}
