"""Use cases. Permission checks and audit entries happen here, once, for the UI and the CLI alike."""
