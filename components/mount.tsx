import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { initUi } from '@/lib/i18n';
import './styles.css';

/** Every extension page starts the same way: UI language first, then React. */
export async function mountPage(App: ComponentType): Promise<void> {
  await initUi();
  createRoot(document.getElementById('root')!).render(<App />);
}
