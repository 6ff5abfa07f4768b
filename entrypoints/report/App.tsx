import { ReportPage } from '@/components/report/report-page';

/** report.html?stream=ID[&compare=ID] */
export function App() {
  const q = new URLSearchParams(location.search);
  return <ReportPage streamId={Number(q.get('stream')) || undefined} compareId={Number(q.get('compare')) || undefined} />;
}
