// Kept in sync with package.json by release-please's generic updater (see .release-please-config.json).
// The bundle keeps this line, marker and all, so dist/cli.js is listed as a generic extra file too:
// the release PR then bumps the version inside the committed bundle exactly as a rebuild would, and
// the release commit still passes .ci/run's fresh-dist check (test/repository/self-release.test.ts).
// Nothing else in src/ may put a version number on a line that names the marker.
export const packageVersion = '0.1.0'; // x-release-please-version
