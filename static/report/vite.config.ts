import { defineConfig } from 'vite';

/**
 * The admin report's Custom UI bundle (confluence:globalPage). Forge serves it from a CDN
 * path we do not control, so asset URLs are relative (base './'). Vite 8 transforms JSX
 * itself (oxc); @vitejs/plugin-react is not used.
 */
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
  },
});
