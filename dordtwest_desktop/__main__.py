from dordtwest_desktop.cli import main

raise SystemExit(main())
