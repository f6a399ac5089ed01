import { useCallback, useEffect, useRef, useState } from 'react';
import { collectReport, type CollectedReport } from '../../../src/usecases/report/collect';
import type { ReportFilters } from '../../../src/usecases/report/filters';
import { fetchReportPage } from './api';

export interface ReportState {
  report: CollectedReport;
  /** True until the first page arrived (the table shows a spinner only then). */
  loadingFirst: boolean;
  /** True until the last page arrived (export waits for it, so the CSV is complete). */
  loading: boolean;
  error?: string;
}

const EMPTY: CollectedReport = { rows: [], users: {}, cql: '' };

/**
 * Loads every page of the report for `filters`, painting each page as it arrives. A newer
 * filter choice cancels the older load, so stale pages never mix into the table.
 */
export function useReport(filters: ReportFilters): ReportState & { retry: () => void } {
  const [state, setState] = useState<ReportState>({ report: EMPTY, loadingFirst: true, loading: true });
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    const cancelled = () => generation.current !== mine;
    setState({ report: EMPTY, loadingFirst: true, loading: true });
    collectReport(
      fetchReportPage,
      filters,
      (report, done) => {
        if (!cancelled()) setState({ report: { ...report }, loadingFirst: false, loading: !done });
      },
      cancelled,
    ).catch((e: unknown) => {
      if (cancelled()) return;
      setState((s) => ({ ...s, loadingFirst: false, loading: false, error: (e as Error)?.message ?? String(e) }));
    });
    return () => {
      generation.current++;
    };
  }, [filters, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
