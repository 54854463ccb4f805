"""acme-cli: the acme command line."""
