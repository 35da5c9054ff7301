// Reports: text tables, CSV, JSON, ICS (RFC 5545) and HTML renderings of planning results.
