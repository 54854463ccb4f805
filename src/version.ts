// Kept in sync with package.json by release-please's generic updater (see .release-please-config.json).
export const packageVersion = '0.1.0'; // x-release-please-version
