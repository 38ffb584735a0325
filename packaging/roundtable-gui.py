"""The frozen app's window program (roundtable-gui): like the `roundtable-gui` script pip
installs, it runs without a console, so errors go to the log and a dialog, not to stderr."""

import sys

from roundtable.cli import gui_main

sys.exit(gui_main())
