"""Run by tests/store/test_robustness.py (the SIGKILL test): a stream of edits, each
reported on stdout once its call returned."""

from __future__ import annotations

import sys
import uuid

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.services.dto import MilestoneDTO
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import open_store


def main() -> None:
    store = open_store(sys.argv[1])
    service = ProgrammeService(store)
    print("ready", flush=True)
    number = int(sys.argv[2])
    while True:
        ident = uuid.uuid4()
        service.save_milestone(
            MilestoneDTO(id=ident, title=f"crash-{number}", due=PreciseDate.parse("Q1 2030"))
        )
        print(f"done {ident}", flush=True)
        number += 1


if __name__ == "__main__":
    main()
