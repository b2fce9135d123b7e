import { useCallback, useState } from 'react';
import type { ImportReport } from '@shared/model';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { importFiles } from './importFiles';

export interface Importer {
  importing: boolean;
  report: ImportReport | null;
  run: (files: File[]) => void;
  dismissReport: () => void;
}

/** One import path for the Import button and for files dropped on the window. */
export function useImport(onImported: () => void): Importer {
  const reportError = useReportError();
  const [importing, setImporting] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);

  const run = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      setImporting(true);
      importFiles(files)
        .then((answer) => {
          setReport(answer);
          onImported();
        })
        .catch(reportError)
        .finally(() => setImporting(false));
    },
    [onImported, reportError],
  );

  const dismissReport = useCallback(() => setReport(null), []);

  return { importing, report, run, dismissReport };
}
