"""Launcher: `python main.py --help`."""

from dordtwest_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
