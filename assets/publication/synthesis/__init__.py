"""The public HTML synthesis: page assembly, charts, messages, template, sections, département view, checks."""
