import { useTranslation } from 'react-i18next';
import { navigate } from '@renderer/app/routing/route';
import { useDigests } from '@renderer/features/digest/DigestContext';
import { useLoadSampleEdition } from '@renderer/features/samples/useLoadSampleEdition';
import { formatDay } from '@renderer/features/stories/dates';
import { skipToStory } from '@renderer/app/skipToStory';
import { useCommand } from './CommandsContext';

const RECENT = 5;

/** Navigation and the recent editions, for the palette. Renders nothing. */
export function AppCommands(): React.JSX.Element {
  const { t } = useTranslation();
  const { summaries } = useDigests();
  const { load: loadSample } = useLoadSampleEdition();
  const go = t('commands.groups.go');
  useCommand({
    id: 'go.board',
    label: t('commands.board'),
    group: go,
    run: () => navigate({ view: 'board' }),
  });
  useCommand({
    id: 'go.inbox',
    label: t('commands.inbox'),
    group: go,
    run: () => navigate({ view: undefined }),
  });
  useCommand({
    id: 'go.story',
    label: t('commands.story'),
    group: go,
    run: skipToStory,
  });
  useCommand({
    id: 'app.sample',
    label: t('commands.sample'),
    group: t('commands.groups.app'),
    run: loadSample,
  });
  return (
    <>
      {(summaries ?? []).slice(0, RECENT).map((digest) => (
        <EditionCommand key={digest.id} id={digest.id} date={digest.date} title={digest.title} />
      ))}
    </>
  );
}

function EditionCommand({ id, date, title }: { id: number; date: string; title: string }): null {
  const { t, i18n } = useTranslation();
  useCommand({
    id: `edition.${id}`,
    label: t('commands.openEdition', { date: formatDay(date, i18n.language), title }),
    // Found by the date as scripts and the CLI write it too.
    keywords: date,
    group: t('commands.groups.editions'),
    run: () => navigate({ digestId: id, view: 'board' }),
  });
  return null;
}
