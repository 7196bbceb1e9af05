"""Entry point of the frozen (PyInstaller) kiosk."""

from kiosk.cli import main

raise SystemExit(main())
