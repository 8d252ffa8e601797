"""``python -m framing``."""

import sys

from framing.cli import main

sys.exit(main())
