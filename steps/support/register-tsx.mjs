// Loaded first by cucumber.mjs: registers tsx so that the TypeScript step files that follow can be imported
// in this ESM project (cucumber-js's `loader` option cannot take tsx, which must be registered by import).
import { register } from 'tsx/esm/api';

register();
