import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PubStatus, WindowFacets } from '@shared/model';
import { activeFilterCount, NO_FILTERS, type Choice, type WindowFilters } from './useWindowStories';

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
  const setFilter = <K extends keyof WindowFilters>(key: K, value: WindowFilters[K]): void =>
    onChange({ ...filters, [key]: value });
  const filterCount = activeFilterCount(filters);
  return (
    <div className="window-filters" id={id} hidden={hidden}>
      <FilterSelect
        label={t('edition.window.source')}
        testId="window-filter-source"
        value={filters.source}
        onChange={(value) => setFilter('source', value)}
        options={[
          ['', t('edition.window.anySource')],
          ...withCurrent(facets.sources, filters.source).map((s): [string, string] => [s, s]),
        ]}
      />
      <FilterSelect
        label={t('edition.window.language')}
        testId="window-filter-language"
        value={filters.language}
        onChange={(value) => setFilter('language', value)}
        options={[
          ['', t('edition.window.anyLanguage')],
          ...withCurrent(facets.languages, filters.language).map((l): [string, string] => [
            l,
            l.toUpperCase(),
          ]),
        ]}
      />
      <FilterSelect
        label={t('edition.window.section')}
        testId="window-filter-section"
        value={filters.section}
        onChange={(value) => setFilter('section', value)}
        options={[
          ['', t('edition.window.anySection')],
          ...withCurrent(facets.sections, filters.section).map((name): [string, string] => [
            name,
            name,
          ]),
        ]}
      />
      <FilterSelect
        label={t('edition.window.status')}
        testId="window-filter-status"
        value={filters.status}
        onChange={(value) => setFilter('status', value as '' | PubStatus)}
        options={[
          ['', t('edition.window.anyStatus')],
          ['usable', t('edition.window.statusUsable')],
          ['withheld', t('edition.window.statusWithheld')],
          ['canceled', t('edition.window.statusCanceled')],
        ]}
      />
      <FilterSelect
        label={t('edition.window.embargoed')}
        testId="window-filter-embargoed"
        value={filters.embargoed}
        onChange={(value) => setFilter('embargoed', value as Choice)}
        options={[
          ['', t('edition.window.any')],
          ['yes', t('edition.window.embargoedYes')],
          ['no', t('edition.window.embargoedNo')],
        ]}
      />
      <FilterSelect
        label={t('edition.window.usedFilter')}
        testId="window-filter-used"
        value={filters.used}
        onChange={(value) => setFilter('used', value as Choice)}
        options={[
          ['', t('edition.window.any')],
          ['no', t('edition.window.usedNo')],
          ['yes', t('edition.window.usedYes')],
        ]}
      />
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
