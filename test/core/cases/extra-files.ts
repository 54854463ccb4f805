/**
 * Oracle cases for every extra-files type, as release-please 17.11.2 edits them (updaters/generic*.js,
 * java/pom-xml.js, strategies/base.js): each file's new content is compared with release-please's.
 */
import type { OracleCase } from '../../harness/oracle.js';

export const extraFileCases: OracleCase[] = [
  {
    "name": "json: jsonpath $.version, four-space first indent (detect-indent)",
    "date": "2024-06-01",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "extra-files": [
            {
              "type": "json",
              "path": "package.json",
              "jsonpath": "$.version"
            }
          ]
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "package.json": "{\n    \"name\": \"w\",\n    \"meta\": {\n      \"a\": 1,\n      \"b\": 2\n    },\n    \"version\": \"1.0.0\"\n}\n"
    },
    "commits": [
      "feat: add x"
    ]
  },
  {
    "name": "json: recursive descent and a filter",
    "date": "2024-06-01",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "extra-files": [
            {
              "type": "json",
              "path": "manifest.json",
              "jsonpath": "$..version"
            },
            {
              "type": "json",
              "path": "deps.json",
              "jsonpath": "$.deps[?(@.name=='widget')].version"
            }
          ]
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "manifest.json": "{\"version\": \"v1.0.0\", \"nested\": {\"version\": \"1.0.0-beta.1+build\"}, \"n\": 3}",
      "deps.json": "{\n  \"deps\": [\n    {\"name\": \"other\", \"version\": \"1.0.0\"},\n    {\"name\": \"widget\", \"version\": \"1.0.0\"}\n  ]\n}\n"
    },
    "commits": [
      "feat: add x"
    ]
  },
  {
    "name": "json: a non-string match is skipped",
    "date": "2024-06-01",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "extra-files": [
            {
              "type": "json",
              "path": "a.json",
              "jsonpath": "$.v[*]"
            }
          ]
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "a.json": "{\"v\": [1, \"1.0.0\", \"none\", {\"x\": 1}]}\n"
    },
    "commits": [
      "feat: add x"
    ]
  },
  {
    "name": "toml: uv.lock filter on .value, poetry, inline table, recursive descent",
    "date": "2024-06-01",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "extra-files": [
            {
              "type": "toml",
              "path": "uv.lock",
              "jsonpath": "$.package[?(@.name.value=='widget')].version"
            },
            {
              "type": "toml",
              "path": "poetry.toml",
              "jsonpath": "$.tool.poetry.version"
            },
            {
              "type": "toml",
              "path": "inline.toml",
              "jsonpath": "$.a.b.version"
            },
            {
              "type": "toml",
              "path": "dotted.toml",
              "jsonpath": "$..version"
            }
          ]
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "uv.lock": "version = 1\n\n[[package]]\nname = \"other\"\nversion = \"1.0.0\"\n\n[[package]]\nname = \"widget\"\nversion = \"1.0.0\"  # ours\nsource = { editable = \".\" }\n",
      "poetry.toml": "# c\n[tool.poetry]\nname = 'w'\nversion = '1.0.0' # keep\n",
      "inline.toml": "a = { b = { version = \"1.0.0\" }, c = 1 }\r\nx = 2\r\n",
      "dotted.toml": "x.version = \"1.0.0\"\n[y]\nz.version = \"1.0.0\"\n"
    },
    "commits": [
      "feat: add x"
    ]
  },
  {
    "name": "yaml: typed jsonpath, comments, multi-document",
    "date": "2024-06-01",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "extra-files": [
            {
              "type": "yaml",
              "path": "chart/Chart.yaml",
              "jsonpath": "$.appVersion"
            },
            {
              "type": "yaml",
              "path": "multi.yaml",
              "jsonpath": "$.version"
            }
          ]
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "chart/Chart.yaml": "# Helm chart\napiVersion: v2\nname: widget   # the name\nversion: 0.3.0\nappVersion: \"1.0.0\"  # x\n",
      "multi.yaml": "version: '1.0.0'\nlist: [1, 2]\n---\n# second\nversion: 1.0.0\nother: {a: b}\n"
    },
    "commits": [
      "feat: add x"
    ]
  },
  {
    "name": "yaml: string entries, $.version then markers",
    "date": "2024-06-01",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "extra-files": [
            "conf.yml",
            "nover.yaml"
          ]
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "conf.yml": "version: 1.0.0\nimage: widget\n",
      "nover.yaml": "image:\n  tag: \"1.0.0\" # x-release-please-version\n"
    },
    "commits": [
      "feat: add x"
    ]
  },
  {
    "name": "xml and pom",
    "date": "2024-06-01",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "extra-files": [
            {
              "type": "xml",
              "path": "build.xml",
              "xpath": "//version"
            },
            {
              "type": "pom",
              "path": "pom.xml"
            },
            {
              "type": "pom",
              "path": "child/pom.xml"
            },
            "plugin.xml"
          ]
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "build.xml": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- build -->\n<build attr='x'>\n  <version>1.0.0</version>\n  <sub><version>1.0.0</version></sub>\n</build>\n",
      "pom.xml": "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <modelVersion>4.0.0</modelVersion>\n  <version>1.0.0</version>\n  <dependencies><dependency><version>9.9</version></dependency></dependencies>\n</project>",
      "child/pom.xml": "<project>\n  <parent>\n    <version>1.0.0</version>\n  </parent>\n</project>\n",
      "plugin.xml": "<plugin>\n  <version>1.0.0</version>\n  <!-- x-release-please-version -->\n  <v>1.0.0</v> <!-- x-release-please-version -->\n</plugin>\n"
    },
    "commits": [
      "feat: add x"
    ]
  },
  {
    "name": "generic markers: every scope, blocks, CRLF",
    "date": "2024-06-01",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "extra-files": [
            {
              "type": "generic",
              "path": "src/widget/_meta.py"
            },
            "README.md"
          ]
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "src/widget/_meta.py": "VERSION = \"1.0.0\"  # x-release-please-version\r\nMAJOR = 1  # x-release-please-major\r\nMINOR = 0  # x-release-please-minor\r\nPATCH = 0  # x-release-please-patch\r\nDATE = \"2020-01-01\"  # x-release-please-date\r\nBOTH = \"1.0.0 2020-01-01\"  # x-release-please-version-date\r\n",
      "README.md": "Install widget\n<!-- x-release-please-start-version -->\npip install widget==1.0.0\nsee v1.0.0 docs\n<!-- x-release-please-end -->\nold 1.0.0 stays\n<!-- x-release-please-start-major -->\nv1 line\n<!-- x-release-please-end -->\n"
    },
    "commits": [
      "feat: add x"
    ]
  },
  {
    "name": "date-format: %d/%m/%Y",
    "date": "2024-06-01",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "extra-files": [
            {
              "type": "generic",
              "path": "d.txt"
            }
          ],
          "date-format": "%d/%m/%Y"
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "d.txt": "released 01/01/2020 # x-release-please-date\n"
    },
    "commits": [
      "feat: add x"
    ]
  },
  {
    "name": "date-format: %Y%m%d is left alone (release-please's date check)",
    "date": "2024-06-01",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "extra-files": [
            {
              "type": "generic",
              "path": "d.txt"
            }
          ],
          "date-format": "%Y%m%d"
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "d.txt": "released 20200101 # x-release-please-date\nv1.0.0 20200101 # x-release-please-version-date\n"
    },
    "commits": [
      "feat: add x"
    ]
  },
  {
    "name": "glob: package-relative and root-relative",
    "date": "2024-06-01",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "extra-files": [
            {
              "type": "json",
              "path": "plugins/*.json",
              "jsonpath": "$.version",
              "glob": true
            },
            {
              "type": "generic",
              "path": "/docs/**/*.md",
              "glob": true
            }
          ]
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "plugins/a.json": "{\"version\": \"1.0.0\"}\n",
      "plugins/b.json": "{\"version\": \"1.0.0\", \"x\": [1]}\n",
      "plugins/c.txt": "1.0.0",
      "docs/x/y.md": "v 1.0.0 <!-- x-release-please-version -->\n",
      "docs/z.md": "1.0.0 x-release-please-version\n"
    },
    "commits": [
      "feat: add x"
    ]
  },
  {
    "name": "string entries by extension: json, toml",
    "date": "2024-06-01",
    "config": {
      "packages": {
        ".": {
          "release-type": "python",
          "package-name": "widget",
          "extra-files": [
            "package.json",
            "Cargo.toml"
          ]
        }
      }
    },
    "files": {
      "pyproject.toml": "[project]\nname = \"widget\"\nversion = \"1.0.0\"\n",
      "package.json": "{\n\t\"version\": \"1.0.0\"\n}",
      "Cargo.toml": "version = \"1.0.0\"\n[package]\nother = \"1.0.0\" # x-release-please-version\n"
    },
    "commits": [
      "feat: add x"
    ]
  }
];
