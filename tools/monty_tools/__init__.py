"""Ready host tools for monty-agent sandboxes (web, files, data). Filled in by later issues."""
