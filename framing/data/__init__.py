"""Data shipped with framing: the bundled sample."""
