// Kept in step with package.json by tests/unit/version.test.ts.
export const MURMUR_VERSION = '0.1.0';
