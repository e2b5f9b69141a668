"""What the calendar export and import agree on: event identities and the app's own fields.

Plain Python: the writing (export/ics.py) and reading (services/ics_read.py) both
use these, so a round trip finds its own meetings again.
"""

from __future__ import annotations

import uuid

# The time zone of every meeting: the app keeps local times without a zone.
ZONE = "Europe/Amsterdam"

# A UID of the app's own: the meeting's UUID at a name of ours. Outlook and Google
# key an event by its UID, so a re-export updates the event instead of adding one.
UID_SUFFIX = "@dordtwest-alliantie"

# Fields only the app reads back (calendar programs keep and ignore X- properties).
X_BODY = "X-DORDTWEST-BODY"
X_BODY_NAME = "X-DORDTWEST-BODY-NAME"
X_CHAIR = "X-DORDTWEST-CHAIR"

# Events of other programs get a UUID derived from their UID (and, for an occurrence
# of a series, its original start), so importing the same file again updates them.
_FOREIGN = uuid.UUID("6f1c1e0a-4c2d-5d3e-9a51-0c8d3a1f7e21")

# The meeting fields whose change makes a calendar program show the update: a change
# of any of them raises the event's SEQUENCE (RFC 5545, 3.8.7.4).
SEQUENCE_FIELDS = ("day", "start_time", "end_time", "location", "status")

# More events than this in one file is not a calendar of meetings but someone's whole
# agenda (a meeting a week for twenty years is about 1,000).
MAX_EVENTS = 5000


def uid_of(meeting_id: uuid.UUID) -> str:
    return f"{meeting_id}{UID_SUFFIX}"


def meeting_id_of(uid: str, occurrence: str = "") -> uuid.UUID:
    """The meeting an event stands for: our own UID's UUID, else one derived from the UID."""
    text = uid.strip()
    if text.endswith(UID_SUFFIX) and not occurrence:
        try:
            return uuid.UUID(text[: -len(UID_SUFFIX)])
        except ValueError:
            pass
    return uuid.uuid5(_FOREIGN, f"{text}\n{occurrence}")
