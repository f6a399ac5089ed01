import type { UserConfig } from 'vite';

/**
 * What every Custom UI bundle of this app needs. Forge serves resources from a CDN path we
 * do not control, so asset URLs are relative (base './'). Vite 8 transforms JSX itself
 * (oxc), which is why @vitejs/plugin-react is not used.
 */
export function customUiConfig(chunkSizeWarningLimit: number): UserConfig {
  return {
    base: './',
    oxc: { jsx: { runtime: 'automatic' } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit },
  };
}
