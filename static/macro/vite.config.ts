import { defineConfig } from 'vite';
import { customUiConfig } from '../vite.custom-ui.mts';

/** The macro's Custom UI bundle. */
export default defineConfig(customUiConfig(2000));
