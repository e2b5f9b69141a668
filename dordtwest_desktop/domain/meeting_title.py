"""What a meeting is called where it needs a name and none was typed."""

from __future__ import annotations

from datetime import date

from dordtwest_desktop.domain.dates import format_short_date
from dordtwest_desktop.domain.enums import Body
from dordtwest_desktop.i18n import mark, tr

# The body with its article, as a sentence names it.
_OF_BODY = {
    Body.ALLIANCE: mark("Meeting of the Alliantie Dordt West"),
    Body.EXECUTIVE: mark("Meeting of the college van B&W"),
    Body.COUNCIL: mark("Meeting of the municipal council"),
}


def default_title(body: Body, body_name: str = "", day: date | None = None) -> str:
    """ "Vergadering van de Alliantie Dordt West, 14 januari 2027" (the day only if given)."""
    if body in _OF_BODY:
        text = tr(_OF_BODY[body])
    else:
        text = tr("Meeting of {body}").format(body=body_name.strip() or tr("the body"))
    return f"{text}, {format_short_date(day)}" if day else text


def meeting_title(title: str, body: Body, body_name: str = "", day: date | None = None) -> str:
    """The title as typed, else the default title."""
    return title.strip() or default_title(body, body_name, day)
