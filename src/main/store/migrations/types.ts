/** One schema step. Versions only rise; each runs once, in one transaction with the version bump. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}
