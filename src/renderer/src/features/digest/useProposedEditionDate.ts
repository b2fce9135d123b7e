import { useEffect, useRef, useState } from 'react';
import type { Settings } from '@shared/model';
import { call } from '@renderer/api/client';
import { todayLocal } from '@renderer/lib/localDate';
import { nextEditionDate } from '@renderer/lib/nextEditionDate';

/**
 * The date field of a new edition: today at first, then — once the newsroom's close time and
 * zone are read from the settings — the date of the next edition to close, unless the editor
 * has already picked one.
 */
export function useProposedEditionDate(): [string, (date: string) => void] {
  const [date, setDate] = useState(() => todayLocal());
  const picked = useRef(false);
  useEffect(() => {
    let current = true;
    call('settings.get', {})
      .then((settings: Settings) => {
        const { closeTime, timezone } = settings.editionDefaults;
        if (current && !picked.current) setDate(nextEditionDate(new Date(), closeTime, timezone));
      })
      // Without the settings, today stays: nothing to report for a proposal.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  const pick = (value: string): void => {
    picked.current = true;
    setDate(value);
  };
  return [date, pick];
}
