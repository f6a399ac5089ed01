import pkg from '../../package.json';

/** Recorded in every handover property, so a later version knows what wrote it. */
export const APP_VERSION: string = pkg.version;
