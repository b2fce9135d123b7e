import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowFacets } from '@shared/model';
import { activeFilterCount, NO_FILTERS, type WindowFilters } from './useWindowStories';

/**
 * The window's filters: source, language, section (as the wire names it), status, embargo and
 * use in this edition. Their choices come from the whole window (`facets`), and a value chosen
 * stays offered when the window no longer holds it.
 */
export function WindowFilterBar({
  id,
  hidden,
  filters,
  facets,
  onChange,
}: {
  id: string;
  hidden: boolean;
  filters: WindowFilters;
  facets: WindowFacets;
  onChange: (filters: WindowFilters) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const filterCount = activeFilterCount(filters);
  // Choices from the window's facets (a value chosen stays offered), then fixed ones; every
  // select opens with its "any" choice, the empty value.
  const facetChoices = (
    key: 'source' | 'language' | 'section',
    values: string[],
    show: (value: string) => string = (value) => value,
  ): [string, string][] =>
    withCurrent(values, filters[key]).map((value): [string, string] => [value, show(value)]);
  const selects: {
    key: keyof WindowFilters;
    label: string;
    any: string;
    options: [string, string][];
  }[] = [
    {
      key: 'source',
      label: t('edition.window.source'),
      any: t('edition.window.anySource'),
      options: facetChoices('source', facets.sources),
    },
    {
      key: 'language',
      label: t('edition.window.language'),
      any: t('edition.window.anyLanguage'),
      options: facetChoices('language', facets.languages, (language) => language.toUpperCase()),
    },
    {
      key: 'section',
      label: t('edition.window.section'),
      any: t('edition.window.anySection'),
      options: facetChoices('section', facets.sections),
    },
    {
      key: 'status',
      label: t('edition.window.status'),
      any: t('edition.window.anyStatus'),
      options: [
        ['usable', t('edition.window.statusUsable')],
        ['withheld', t('edition.window.statusWithheld')],
        ['canceled', t('edition.window.statusCanceled')],
      ],
    },
    {
      key: 'embargoed',
      label: t('edition.window.embargoed'),
      any: t('edition.window.any'),
      options: [
        ['yes', t('edition.window.embargoedYes')],
        ['no', t('edition.window.embargoedNo')],
      ],
    },
    {
      key: 'used',
      label: t('edition.window.usedFilter'),
      any: t('edition.window.any'),
      options: [
        ['no', t('edition.window.usedNo')],
        ['yes', t('edition.window.usedYes')],
      ],
    },
  ];
  return (
    <div className="window-filters" id={id} hidden={hidden}>
      {selects.map(({ key, label, any, options }) => (
        <FilterSelect
          key={key}
          label={label}
          testId={`window-filter-${key}`}
          value={filters[key]}
          // The options offered are the values the filter takes.
          onChange={(value) => onChange({ ...filters, [key]: value })}
          options={[['', any], ...options]}
        />
      ))}
      {filterCount > 0 && (
        <button
          type="button"
          className="link-button window-filters__clear"
          onClick={() => onChange(NO_FILTERS)}
        >
          {t('edition.window.clearFilters')}
        </button>
      )}
    </div>
  );
}

function withCurrent(values: string[], current: string): string[] {
  return current && !values.includes(current) ? [...values, current] : values;
}

function FilterSelect({
  label,
  testId,
  value,
  options,
  onChange,
}: {
  label: string;
  testId: string;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
}): React.JSX.Element {
  const id = useId();
  return (
    <div className="window-filters__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input input--small"
        data-testid={testId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
