import { defineConfig } from 'vite';

/**
 * The macro's Custom UI bundle. Forge serves it from a CDN path we do not control, so
 * every asset URL is relative (base './'). Vite 8 transforms JSX itself (oxc), which
 * is why @vitejs/plugin-react is not used.
 */
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
