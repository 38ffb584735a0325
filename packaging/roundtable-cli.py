"""The frozen app's command-line program (roundtable): the same as `python -m roundtable`; with
no command it opens the window too."""

import sys

from roundtable.cli import main

sys.exit(main())
