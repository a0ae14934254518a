/** Records one catalogue finding (`action-unknown`, `condition-key-unknown` …) at the severity the caller chose. */
export type CatalogFinding = (code: string, path: string, text: string) => void;
