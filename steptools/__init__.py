"""Tools that read steps.toml and check, run and serve the step folders."""
