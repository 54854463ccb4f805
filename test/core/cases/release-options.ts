/**
 * Oracle cases for plugins (sentence-case), PR-body overrides and the changelog options
 * (changelog.json, include-commit-authors, initial-version, skip-changelog, date-format).
 */
import type { OracleCase } from '../../harness/oracle.js';

export const releaseOptionCases: OracleCase[] = [
  {
    "name": "plugins: sentence-case (default special words)",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget"
        }
      },
      "plugins": [
        "sentence-case"
      ]
    },
    "commits": [
      "feat: add npm install support (#12)",
      "fix(api): github client retries\n\nRefs #7",
      "feat!: drop python 3.8",
      "chore: tidy",
      "docs: npm",
      "fix: gRPC",
      "feat(cli)!: rename flag\n\nBREAKING CHANGE: --old is now --new"
    ],
    "date": "2024-06-01"
  },
  {
    "name": "plugins: sentence-case with specialWords",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget"
        }
      },
      "plugins": [
        {
          "type": "sentence-case",
          "specialWords": [
            "github",
            "npm install support (#12)"
          ]
        }
      ]
    },
    "commits": [
      "feat: add npm install support (#12)",
      "fix(api): github client retries\n\nRefs #7",
      "feat!: drop python 3.8",
      "chore: tidy",
      "docs: npm",
      "fix: gRPC",
      "feat(cli)!: rename flag\n\nBREAKING CHANGE: --old is now --new"
    ],
    "date": "2024-06-01"
  },
  {
    "name": "overrides: one PR body replaces its commit",
    "commits": [
      "fix: base",
      {
        "message": "feat: squashed title (#5)",
        "pullRequest": {
          "number": 5,
          "body": "Intro\n\nBEGIN_COMMIT_OVERRIDE\nfeat: one\nfix: two\n\nfeat(x)!: three\nEND_COMMIT_OVERRIDE\n\nmore"
        }
      }
    ],
    "date": "2024-06-01"
  },
  {
    "name": "overrides: every commit of one PR gets the override",
    "commits": [
      {
        "message": "fix: a",
        "pullRequest": {
          "number": 9,
          "body": "BEGIN_COMMIT_OVERRIDE\nfeat: the real change\nEND_COMMIT_OVERRIDE"
        }
      },
      {
        "message": "fix: b",
        "pullRequest": {
          "number": 9,
          "body": "BEGIN_COMMIT_OVERRIDE\nfeat: the real change\nEND_COMMIT_OVERRIDE"
        }
      }
    ],
    "date": "2024-06-01"
  },
  {
    "name": "overrides: a block without END takes the rest of the body",
    "commits": [
      {
        "message": "fix: typo (#3)",
        "pullRequest": {
          "number": 3,
          "body": "BEGIN_COMMIT_OVERRIDE\nfeat: a real feature\n\nThanks!"
        }
      }
    ],
    "date": "2024-06-01"
  },
  {
    "name": "overrides: an empty block keeps the message",
    "commits": [
      {
        "message": "fix: keep me (#4)",
        "pullRequest": {
          "number": 4,
          "body": "BEGIN_COMMIT_OVERRIDE\n\nEND_COMMIT_OVERRIDE"
        }
      }
    ],
    "date": "2024-06-01"
  },
  {
    "name": "overrides: a non-conventional override drops the commit",
    "commits": [
      "fix: stays",
      {
        "message": "feat: dropped (#6)",
        "pullRequest": {
          "number": 6,
          "body": "BEGIN_COMMIT_OVERRIDE\nnot conventional\nEND_COMMIT_OVERRIDE"
        }
      }
    ],
    "date": "2024-06-01"
  },
  {
    "name": "changelog.json: the new release goes first",
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "changelog.json": "{\n  \"repository\": \"acme/widget\",\n  \"entries\": [\n    {\n      \"changes\": [],\n      \"version\": \"1.0.0\",\n      \"language\": \"PYTHON\",\n      \"artifactName\": \"widget\",\n      \"id\": \"00000000-0000-4000-8000-000000000000\",\n      \"createTime\": \"2024-01-01T12:00:00.000Z\"\n    }\n  ],\n  \"updateTime\": \"2024-01-01T12:00:00.000Z\"\n}\n"
    },
    "commits": [
      "feat: add npm install support (#12)",
      "fix(api): github client retries\n\nRefs #7",
      "feat!: drop python 3.8",
      "chore: tidy",
      "docs: npm",
      "fix: gRPC",
      "feat(cli)!: rename flag\n\nBREAKING CHANGE: --old is now --new"
    ],
    "date": "2024-06-01"
  },
  {
    "name": "changelog.json: only hidden commits leave it as it is",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "changelog-sections": [
            {
              "type": "feat",
              "section": "Features"
            },
            {
              "type": "fix",
              "section": "Fixes",
              "hidden": true
            }
          ]
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "changelog.json": "{\n  \"repository\": \"acme/widget\",\n  \"entries\": [\n    {\n      \"changes\": [],\n      \"version\": \"1.0.0\",\n      \"language\": \"PYTHON\",\n      \"artifactName\": \"widget\",\n      \"id\": \"00000000-0000-4000-8000-000000000000\",\n      \"createTime\": \"2024-01-01T12:00:00.000Z\"\n    }\n  ],\n  \"updateTime\": \"2024-01-01T12:00:00.000Z\"\n}\n"
    },
    "commits": [
      "fix: hidden one",
      "fix!: hidden but breaking"
    ],
    "date": "2024-06-01"
  },
  {
    "name": "changelog.json: skip-changelog leaves it and CHANGELOG.md alone",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "skip-changelog": true
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "changelog.json": "{\n  \"repository\": \"acme/widget\",\n  \"entries\": [\n    {\n      \"changes\": [],\n      \"version\": \"1.0.0\",\n      \"language\": \"PYTHON\",\n      \"artifactName\": \"widget\",\n      \"id\": \"00000000-0000-4000-8000-000000000000\",\n      \"createTime\": \"2024-01-01T12:00:00.000Z\"\n    }\n  ],\n  \"updateTime\": \"2024-01-01T12:00:00.000Z\"\n}\n",
      "CHANGELOG.md": "# Changelog\n"
    },
    "commits": [
      "feat: add npm install support (#12)",
      "fix(api): github client retries\n\nRefs #7",
      "feat!: drop python 3.8",
      "chore: tidy",
      "docs: npm",
      "fix: gRPC",
      "feat(cli)!: rename flag\n\nBREAKING CHANGE: --old is now --new"
    ],
    "date": "2024-06-01"
  },
  {
    "name": "changelog.json: name from setup.py when pyproject.toml has no project name",
    "config": {
      "packages": {
        ".": {
          "release-type": "python"
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nversion = \"1.0.0\"\n",
      "setup.py": "setup(\n    name=\"widget-setup\",\n    version=\"1.0.0\",\n)\n",
      "changelog.json": "{\n  \"repository\": \"acme/widget\",\n  \"entries\": [\n    {\n      \"changes\": [],\n      \"version\": \"1.0.0\",\n      \"language\": \"PYTHON\",\n      \"artifactName\": \"widget\",\n      \"id\": \"00000000-0000-4000-8000-000000000000\",\n      \"createTime\": \"2024-01-01T12:00:00.000Z\"\n    }\n  ],\n  \"updateTime\": \"2024-01-01T12:00:00.000Z\"\n}\n"
    },
    "commits": [
      "feat: x"
    ],
    "date": "2024-06-01"
  },
  {
    "name": "include-commit-authors: release-please 17.11.2 shows no author",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "include-commit-authors": true
        }
      },
      "include-commit-authors": true
    },
    "commits": [
      {
        "message": "feat: add x",
        "author": {
          "name": "Ann Lee",
          "email": "ann@example.com",
          "username": "annlee"
        }
      },
      {
        "message": "fix: y",
        "author": {
          "name": "Bo",
          "email": "bo@example.com"
        }
      }
    ],
    "date": "2024-06-01"
  },
  {
    "name": "initial-version: ignored for python, a first release is 0.1.0",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "initial-version": "2.0.0"
        }
      }
    },
    "manifest": {},
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"0.0.0\"\n"
    },
    "tagPreviousRelease": false,
    "commits": [
      "feat: first"
    ],
    "date": "2024-06-01"
  },
  {
    "name": "date-format: only markers use it, never the CHANGELOG heading",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "date-format": "%d.%m.%Y",
          "extra-files": [
            {
              "type": "generic",
              "path": "VERSION.txt"
            }
          ]
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "VERSION.txt": "1.0.0 (01.01.2020) x-release-please-version-date\n"
    },
    "commits": [
      "feat: x"
    ],
    "date": "2024-06-01"
  }
];
