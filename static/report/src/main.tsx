import '@atlaskit/css-reset';
import { createRoot } from 'react-dom/client';
import { ReportPage } from './ReportPage';

createRoot(document.getElementById('root')!).render(<ReportPage />);
