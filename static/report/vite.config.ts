import { defineConfig } from 'vite';
import { customUiConfig } from '../vite.custom-ui.mts';

/** The admin report's Custom UI bundle (confluence:globalPage). */
export default defineConfig(customUiConfig(3000));
