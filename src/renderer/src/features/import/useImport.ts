import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { fileToBase64 } from './base64';
import { ImportJob, type ImportOutcome, type ImportProgress } from './importJob';
import { refreshWhileImporting } from './inboxRefresh';
import { collectedFiles, textItem, type Collected, type PastedContent } from './importItems';

/** What the inbox says about a paste that could not happen. */
export type ImportNotice = 'paste-denied' | 'paste-empty' | 'paste-unsupported';

export interface Importer {
  /** While an import runs; null otherwise. */
  progress: ImportProgress | null;
  /** The last finished import, until dismissed or another starts. */
  outcome: ImportOutcome | null;
  notice: ImportNotice | null;
  importFiles: (files: readonly File[]) => void;
  /** Files gathered elsewhere (a folder input), or still being gathered (a dropped folder). */
  importCollected: (collected: Collected | Promise<Collected>) => void;
  importText: (content: PastedContent) => void;
  cancel: () => void;
  dismiss: () => void;
  showNotice: (notice: ImportNotice | null) => void;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/**
 * One import path for the Import button, dropped files and folders, and pasted text. Whatever
 * arrives while an import runs joins it: one progress bar, one report. A paste imported on its
 * own opens as its story (`onOpen`): the editor pasted it to work on it.
 */
export function useImport(onImported: () => void, onOpen?: (storyId: number) => void): Importer {
  const { t } = useTranslation();
  const reportError = useReportError();
  const job = useRef<ImportJob | null>(null);
  /** The job a paste started, while nothing else has joined it. */
  const pasteJob = useRef<ImportJob | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [notice, setNotice] = useState<ImportNotice | null>(null);

  const withJob = useCallback(
    (use: (running: ImportJob) => void) => {
      const running = job.current;
      if (running && !running.finished) {
        use(running);
        return;
      }
      const refreshInbox = refreshWhileImporting(onImported);
      const created: ImportJob = new ImportJob({
        sendFiles: (files) => call('stories.import', { files }),
        sendText: (content) => call('stories.importText', content),
        readBase64: fileToBase64,
        messages: {
          tooLarge: (_file, bytes) => t('import.tooLarge', { size: megabytes(bytes) }),
          unreadable: (_file, reason) => t('import.unreadable', { reason }),
          requestFailed: (reason) => t('import.requestFailed', { reason }),
        },
        onProgress: (next) => {
          if (job.current !== created) return;
          setProgress(next);
          refreshInbox(next);
        },
      });
      job.current = created;
      pasteJob.current = null;
      setOutcome(null);
      setNotice(null);
      use(created);
      setProgress(created.progress());
      created
        .run()
        .then((finished) => {
          if (job.current !== created) return;
          job.current = null;
          setProgress(null);
          setOutcome(finished);
          const { imported, updated, duplicates } = finished.report;
          if (imported.length > 0 || updated.length > 0) onImported();
          // The pasted story, or the one already in the store that it repeats.
          const pasted = imported[0]?.id ?? duplicates[0]?.id;
          const alone = imported.length + updated.length + duplicates.length === 1;
          if (pasteJob.current === created && alone && pasted !== undefined) onOpen?.(pasted);
        })
        .catch((error: unknown) => {
          if (job.current === created) {
            job.current = null;
            setProgress(null);
          }
          reportError(error);
        });
    },
    [t, onImported, onOpen, reportError],
  );

  const importCollected = useCallback(
    (collected: Collected | Promise<Collected>) => {
      // Files join the paste's import: it is no longer a paste alone.
      pasteJob.current = null;
      if (collected instanceof Promise) {
        withJob((running) => running.addLater(collected));
        return;
      }
      // An empty folder, or one of hidden files only, still gets a report saying so.
      withJob((running) => running.add(collected));
    },
    [withJob],
  );

  const importFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length > 0) importCollected(collectedFiles(files));
    },
    [importCollected],
  );

  const importText = useCallback(
    (content: PastedContent) => {
      if (!content.text.trim() && !content.html?.trim()) {
        setNotice('paste-empty');
        return;
      }
      withJob((running) => {
        // A paste that starts an import opens its story; one that joins a running import, or
        // a second paste, does not.
        pasteJob.current = running.progress().total === 0 ? running : null;
        running.add({
          items: [textItem(content, content.name ?? t('import.pastedName'))],
          failures: [],
          skipped: 0,
        });
      });
    },
    [withJob, t],
  );

  const cancel = useCallback(() => job.current?.cancel(), []);
  const dismiss = useCallback(() => setOutcome(null), []);

  return useMemo(
    () => ({
      progress,
      outcome,
      notice,
      importFiles,
      importCollected,
      importText,
      cancel,
      dismiss,
      showNotice: setNotice,
    }),
    [progress, outcome, notice, importFiles, importCollected, importText, cancel, dismiss],
  );
}
